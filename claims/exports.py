"""Streaming exports of claims: CSV, JSON lines and schema.org ClaimReview JSON-LD.

The HTTP endpoints (/api/v1/exports/...) and `manage.py export_claims` both call `export_chunks`,
so the two can never disagree about columns, filters or formatting. Memory stays constant:
- CSV on PostgreSQL: the database formats the rows itself (COPY ... TO STDOUT WITH CSV), one
  window of claim ids at a time, all windows in one snapshot.
- Everything else: rows are read as plain tuples (`values_list`) through a server-side cursor
  (`.iterator(chunk_size=CHUNK_ROWS)`) and leave as ~64 KB byte chunks; no model instances.

On PostgreSQL the cursor is read inside a transaction: outside one, Django declares it WITH HOLD
and PostgreSQL materialises the entire result before the first row (seconds for a million
claims). Inside, the first bytes leave at once. SQLite is read without one, because its
transactions here start IMMEDIATE and would hold the write lock for the whole download.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterator, Mapping
from itertools import islice

from django.conf import settings
from django.db import connection, transaction
from django.db.models import CharField, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Cast

from provenance import selectors as provenance_selectors
from provenance.models import (
    Attribution,
    AttributionReview,
    AttributionRole,
    ClaimMatch,
    MatchState,
    SourceType,
)

from .api.filters import ClaimFilter
from .models import Article, Claim, ClaimStatus, ReviewAction, ReviewEvent

FORMATS = ("csv", "jsonl", "claimreview")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "claimreview": "application/ld+json; charset=utf-8",
}
CHUNK_ROWS = 5000  # rows fetched per round trip of the server-side cursor
FLUSH_BYTES = 64 * 1024  # bytes handed to the server per write

# (column name, ORM expression). Flags stay the stored JSON text: no per-row decoding for CSV.
COLUMNS: list[tuple[str, str | object]] = [
    ("id", "id"),
    ("article_id", "article_id"),
    ("article_title", "article__title"),
    ("article_url", "article__url"),
    ("publisher", "article__publisher__canonical_name"),
    ("ordinal", "ordinal"),
    ("start", "start"),
    ("end", "end"),
    ("text", "text"),
    ("status", "status"),
    ("sourcing_strength", "sourcing_strength"),
    ("tag_status", "tag_status"),
    ("flags", Cast("flags", CharField())),
    ("assigned_to", "assigned_to__username"),
    ("version", "version"),
    ("created_at", "created_at"),
    ("updated_at", "updated_at"),
]
HEADER = [name for name, _ in COLUMNS]
# Claims a ClaimReview can be published for: decided on the facts ("not a claim" is not a rating).
REVIEWABLE = (ClaimStatus.VERIFIED, ClaimStatus.FALSE, ClaimStatus.MISLEADING, ClaimStatus.UNVERIFIABLE)
PERSON_TYPES = (SourceType.PERSON,)


class ExportFilterError(ValueError):
    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in errors.items()))
        self.errors = dict(errors)


def filtered_claims(params: Mapping[str, object]) -> QuerySet[Claim]:
    """Claims matching the API's claim filters (a QueryDict or a dict of lists); ExportFilterError if invalid."""
    filterset = ClaimFilter(params, queryset=Claim.objects.all())
    if not filterset.is_valid():
        raise ExportFilterError(filterset.errors)
    return filterset.qs


TIMESTAMPS = ("created_at", "updated_at")


def rows_queryset(claims: QuerySet[Claim]) -> QuerySet:
    """The export's columns as plain tuples, in id order (stable across runs, and an index scan)."""
    columns = list(COLUMNS)
    if connection.vendor == "postgresql":
        # PostgreSQL writes ISO 8601 timestamps ("2026-03-01 09:10:13.113358+00") far faster than
        # psycopg2 parsing them and Python formatting them again, row after row.
        columns = [(name, Cast(expr, CharField()) if name in TIMESTAMPS else expr) for name, expr in columns]
    named = {f"export_{name}": expr for name, expr in columns if not isinstance(expr, str)}
    fields = [expr if isinstance(expr, str) else f"export_{name}" for name, expr in columns]
    return claims.order_by("id").annotate(**named).values_list(*fields)


def _batches(rows: QuerySet, size: int) -> Iterator[list[tuple]]:
    """Lists of at most `size` rows from a server-side cursor over `rows`."""
    in_transaction = transaction.atomic() if connection.vendor == "postgresql" else contextlib.nullcontext()
    with in_transaction:
        it = rows.iterator(chunk_size=size)
        while batch := list(islice(it, size)):
            yield batch


COPY_WINDOW_IDS = 20_000  # claim ids per COPY on PostgreSQL: bounds memory to one window's rows


def csv_chunks(claims: QuerySet[Claim], *, progress: Callable[[int], None] | None = None,
               chunk_size: int = CHUNK_ROWS) -> Iterator[bytes]:
    if connection.vendor == "postgresql":
        yield from _postgresql_csv_chunks(claims, progress=progress)
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for batch in _batches(rows_queryset(claims), chunk_size):
        writer.writerows(batch)
        if progress:
            progress(len(batch))
        if buffer.tell() >= FLUSH_BYTES:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def _postgresql_csv_chunks(claims: QuerySet[Claim], *, progress: Callable[[int], None] | None) -> Iterator[bytes]:
    """The same rows, formatted by PostgreSQL's own COPY ... TO STDOUT WITH CSV, window by window.

    Python-side CSV formatting of psycopg2 rows runs at about a quarter of COPY's rate; letting the
    database write the CSV is what makes a full-archive export fast. COPY takes no parameters, so
    the queryset's SQL is bound with psycopg2's mogrify (its own quoting). Each window is a range
    of claim ids (an index range scan), so memory holds at most one window, and the windows run
    in one REPEATABLE READ transaction when we open it, so the export is one consistent snapshot.
    """
    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow(HEADER)
    yield header.getvalue().encode("utf-8")
    rows = rows_queryset(claims)
    last_id = claims.order_by("-id").values_list("id", flat=True).first()
    if last_id is None:
        return
    opened = not connection.in_atomic_block
    with transaction.atomic():
        with connection.cursor() as django_cursor:
            cursor = django_cursor.cursor  # psycopg2's own: mogrify and copy_expert
            if opened:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            low = 0
            while low < last_id:
                high = low + COPY_WINDOW_IDS
                sql, params = rows.filter(id__gt=low, id__lte=high).query.sql_with_params()
                bound = cursor.mogrify(sql, params).decode("utf-8")
                out = io.BytesIO()
                cursor.copy_expert(f"COPY ({bound}) TO STDOUT WITH (FORMAT csv)", out)
                chunk = out.getvalue()
                if chunk:
                    if progress:
                        progress(chunk.count(b"\n"))  # rows, give or take a claim with a line break
                    yield chunk
                    low = high
                else:
                    # A sparse selection: jump over the empty id range instead of walking it.
                    following = claims.filter(id__gt=high).order_by("id").values_list("id", flat=True).first()
                    if following is None:
                        break
                    low = following - 1


def _json_default(value: object) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def jsonl_chunks(claims: QuerySet[Claim], *, progress: Callable[[int], None] | None = None,
                 chunk_size: int = CHUNK_ROWS) -> Iterator[bytes]:
    flags_at = HEADER.index("flags")
    for batch in _batches(rows_queryset(claims), chunk_size):
        lines = []
        elsewhere = jsonl_match_fields([row[0] for row in batch])
        for row in batch:
            record = dict(zip(HEADER, row, strict=True))
            record["flags"] = json.loads(row[flags_at] or "[]")
            record.update(elsewhere[row[0]])
            lines.append(json.dumps(record, default=_json_default, ensure_ascii=False))
        lines.append("")
        if progress:
            progress(len(batch))
        yield "\n".join(lines).encode("utf-8")


def _claimreview_queryset(claims: QuerySet[Claim]) -> QuerySet:
    first_source = (
        Attribution.objects.filter(claim=OuterRef("pk"), role=AttributionRole.SOURCE, source__isnull=False)
        .exclude(review=AttributionReview.REJECTED)
        .order_by("id")
    )
    decided_at = (
        ReviewEvent.objects.filter(claim=OuterRef("pk"), action=ReviewAction.STATUS_CHANGED)
        .order_by("-created_at", "-id")
        .values("created_at")[:1]
    )
    return (
        claims.filter(status__in=REVIEWABLE)
        .order_by("id")
        .annotate(
            author_name=Subquery(first_source.values("source__canonical_name")[:1]),
            author_type=Subquery(first_source.values("source__type")[:1]),
            decided_at=Subquery(decided_at),
            title=F("article__title"),
            article_url=F("article__url"),
            article_published_at=F("article__published_at"),
            publisher_name=F("article__publisher__canonical_name"),
        )
        .values_list(
            "id", "text", "status", "updated_at", "author_name", "author_type", "decided_at", "title",
            "article_url", "article_published_at", "publisher_name",
        )
    )


def claimreview_item(row: tuple, *, base_url: str, elsewhere: dict | None = None) -> dict:
    """One schema.org ClaimReview (https://schema.org/ClaimReview) for a decided claim."""
    (claim_id, text, status, updated_at, author_name, author_type, decided_at, title, article_url,
     published_at, publisher_name) = row
    if author_name:
        author = {"@type": "Person" if author_type in PERSON_TYPES else "Organization", "name": author_name}
    else:
        # Nobody is quoted: the claim is the outlet's own statement.
        author = {"@type": "Organization", "name": publisher_name or "Unknown"}
    appearance: dict = {"@type": "CreativeWork", "headline": title or ""}
    if article_url:
        appearance["url"] = article_url
    if published_at:
        appearance["datePublished"] = published_at.date().isoformat()
    if publisher_name:
        appearance["publisher"] = {"@type": "Organization", "name": publisher_name}
    item_reviewed: dict = {"@type": "Claim", "author": author, "appearance": [appearance]}
    if published_at:
        item_reviewed["datePublished"] = published_at.date().isoformat()
    if elsewhere:
        item_reviewed["appearance"] += elsewhere["appearance"]
        if elsewhere.get("firstAppearance"):
            item_reviewed["firstAppearance"] = elsewhere["firstAppearance"]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base_url.rstrip('/')}/api/v1/claims/{claim_id}/",
        "claimReviewed": text,
        "datePublished": (decided_at or updated_at).date().isoformat(),
        "author": {"@type": "Organization", "name": getattr(settings, "CLAIMREVIEW_ORGANISATION", "Fact-check desk")},
        "reviewRating": {"@type": "Rating", "alternateName": ClaimStatus(status).label},
        "itemReviewed": item_reviewed,
    }


def claimreview_chunks(claims: QuerySet[Claim], *, base_url: str, progress: Callable[[int], None] | None = None,
                       chunk_size: int = CHUNK_ROWS) -> Iterator[bytes]:
    """A JSON array of ClaimReview objects, written item by item."""
    yield b"["
    first = True
    for batch in _batches(_claimreview_queryset(claims), chunk_size):
        parts = []
        elsewhere = claimreview_match_fields([row[0] for row in batch])
        for row in batch:
            item = claimreview_item(row, base_url=base_url, elsewhere=elsewhere[row[0]])
            parts.append(("\n" if first else ",\n") + json.dumps(item, ensure_ascii=False))
            first = False
        if progress:
            progress(len(batch))
        yield "".join(parts).encode("utf-8")
    yield b"\n]\n"


# --- the same claim across articles (matches, first appearance) ---------------------------------
# Added to JSON lines and ClaimReview, one batch of rows at a time (a few queries per batch, none
# per row). CSV keeps its columns: a list of matches has no place in one cell.


def _creative_work(url: str | None, title: str, published: dt.datetime | None, publisher: str | None) -> dict:
    work: dict = {"@type": "CreativeWork", "headline": title or ""}
    if url:
        work["url"] = url
    if published:
        work["datePublished"] = published.date().isoformat()
    if publisher:
        work["publisher"] = {"@type": "Organization", "name": publisher}
    return work


# Keys every JSON-lines row has beyond HEADER (article_url is one of HEADER's already).
JSONL_MATCH_FIELDS = ("published_at", "matches", "first_appearance")


def jsonl_match_fields(claim_ids: list[int]) -> dict[int, dict]:
    """Per claim: its article's url and publication time, its suggested and confirmed matches
    (best first) and its group's first appearance."""
    out: dict[int, dict] = {
        pk: {"article_url": url, "published_at": published.isoformat() if published else None, "matches": [],
             "first_appearance": None}
        for pk, url, published in Claim.objects.filter(pk__in=claim_ids).values_list(
            "id", "article__url", "article__published_at")
    }
    matches = (
        ClaimMatch.objects.filter(claim_id__in=claim_ids).exclude(state=MatchState.REJECTED)
        .order_by("claim_id", "-score", "other_id").values_list("claim_id", "other_id", "score", "state")
    )
    for claim_id, other_id, score, state in matches:
        out[claim_id]["matches"].append({"claim_id": other_id, "score": score, "state": state})
    for claim_id, first in provenance_selectors.first_appearances(claim_ids).items():
        out[claim_id]["first_appearance"] = {
            "claim_id": first.claim_id, "article_url": first.article_url,
            "published_at": first.published_at.isoformat() if first.published_at else None,
        }
    return out


def claimreview_match_fields(claim_ids: list[int]) -> dict[int, dict]:
    """Per claim: the articles of its confirmed matches (itemReviewed.appearance) and its group's
    first appearance (itemReviewed.firstAppearance)."""
    out: dict[int, dict] = {pk: {"appearance": [], "firstAppearance": None} for pk in claim_ids}
    confirmed = (
        ClaimMatch.objects.filter(claim_id__in=claim_ids, state=MatchState.CONFIRMED)
        .order_by("claim_id", "other__article__published_at", "other_id")
        .values_list("claim_id", "other__article__url", "other__article__title", "other__article__published_at",
                     "other__article__publisher__canonical_name")
    )
    for claim_id, url, title, published, publisher in confirmed:
        out[claim_id]["appearance"].append(_creative_work(url, title, published, publisher))
    firsts = provenance_selectors.first_appearances(claim_ids)
    titles = dict(Article.objects.filter(pk__in={f.article_id for f in firsts.values()}).values_list("pk", "title"))
    for claim_id, first in firsts.items():
        out[claim_id]["firstAppearance"] = _creative_work(first.article_url, titles.get(first.article_id, ""),
                                                          first.published_at, first.publisher)
    return out


def export_chunks(fmt: str, claims: QuerySet[Claim], *, base_url: str = "",
                  progress: Callable[[int], None] | None = None) -> Iterator[bytes]:
    """The one entry point for every export: the bytes of `claims` in format `fmt`."""
    if fmt == "csv":
        return csv_chunks(claims, progress=progress)
    if fmt == "jsonl":
        return jsonl_chunks(claims, progress=progress)
    if fmt == "claimreview":
        return claimreview_chunks(claims, base_url=base_url, progress=progress)
    raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")


def export_count(fmt: str, claims: QuerySet[Claim]) -> int:
    """How many rows an export will write (for progress bars)."""
    return claims.filter(status__in=REVIEWABLE).count() if fmt == "claimreview" else claims.count()
