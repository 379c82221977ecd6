"""Streaming exports of claims: CSV, JSON lines and schema.org ClaimReview JSON-LD.

The HTTP endpoints (/api/v1/exports/...), `manage.py export_claims` and the scheduled reports all
call `export_chunks`, so they can never disagree about columns, filters or formatting. Memory
stays constant whatever the size:
- CSV on PostgreSQL: the database formats the rows itself, provenance columns and formula
  neutralisation included (pgcopy.py), window by window, in one snapshot.
- Everything else: claim rows are read as plain tuples through a server-side cursor
  (reading.py), each batch's attributions and review events in two more queries (trail.py), and
  leave as ~64 KB byte chunks; no model instances.

The package, by job: columns.py (the columns and the cell rules), trail.py (a claim's provenance
in Python), pgcopy.py (the same in PostgreSQL's SQL), claimreview.py, reports.py (the daily files).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Mapping

from django.db import connection
from django.db.models import QuerySet
from django.http import QueryDict

from ..api.filters import ClaimFilter
from ..models import Claim
from . import pgcopy
from .claimreview import REVIEWABLE, ExportNotConfigured, claimreview_chunks, review_settings
from .columns import COLUMNS, FLAGS, HEADER, PROVENANCE_COLUMNS, ROW_COLUMNS, TIME, csv_cell, format_time
from .elsewhere import JSONL_MATCH_FIELDS, jsonl_match_fields
from .reading import CHUNK_ROWS, batches
from .trail import Trail, trails

__all__ = [
    "FORMATS", "HEADER", "JSONL_MATCH_FIELDS", "REVIEWABLE", "ExportFilterError", "ExportNotConfigured", "csv_chunks", "ensure_configured",
    "export_chunks", "export_count", "filtered_claims", "jsonl_chunks", "python_csv_chunks", "review_settings",
]

FORMATS = ("csv", "jsonl", "claimreview")
FLUSH_BYTES = 64 * 1024  # bytes handed to the server per write


class ExportFilterError(ValueError):
    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in errors.items()))
        self.errors = dict(errors)


def filtered_claims(params: Mapping[str, object]) -> QuerySet[Claim]:
    """Claims matching the API's claim filters (a QueryDict or a dict of lists); ExportFilterError if invalid."""
    if not isinstance(params, QueryDict):
        # The form widgets read a plain dict's value as one value: a list would reach a single-valued
        # filter as its text ("['7']"). A QueryDict hands each widget what it expects.
        data = QueryDict(mutable=True)
        for name, values in params.items():
            data.setlist(name, [str(v) for v in values] if isinstance(values, list | tuple) else [str(values)])
        params = data
    filterset = ClaimFilter(params, queryset=Claim.objects.all())
    if not filterset.is_valid():
        raise ExportFilterError(filterset.errors)
    return filterset.qs


def rows_queryset(claims: QuerySet[Claim]) -> QuerySet:
    """The claim's own columns (columns.ROW_COLUMNS) as plain tuples, in id order (stable, an index scan)."""
    named = {f"export_{c.name}": c.orm for c in ROW_COLUMNS if not isinstance(c.orm, str)}
    fields = [c.orm if isinstance(c.orm, str) else f"export_{c.name}" for c in ROW_COLUMNS]
    return claims.order_by("id").annotate(**named).values_list(*fields)


_STATUS_AT = [c.name for c in ROW_COLUMNS].index("status")
_PUBLISHER_AT = [c.name for c in ROW_COLUMNS].index("publisher")


def records(claims: QuerySet[Claim], *, chunk_size: int = CHUNK_ROWS) -> Iterator[list[tuple[tuple, Trail]]]:
    """Batches of (claim row, its provenance trail): what the Python writers format.

    A new field goes here once: a column in columns.py, or a value in Trail, and both writers have it.
    """
    for batch in batches(rows_queryset(claims), chunk_size):
        found = trails([(row[0], row[_STATUS_AT], row[_PUBLISHER_AT]) for row in batch])
        yield [(row, found[row[0]]) for row in batch]


def _header(lineterminator: str = "\n") -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator=lineterminator).writerow(HEADER)
    return out.getvalue().encode("utf-8")


class _RowSink:
    """csv.writer's file: keeps each row, ending it with "\\n" as PostgreSQL's COPY does.

    The writer is told the terminator is "\\r\\n" so that it quotes every cell holding a CR or an LF,
    as COPY does (with "\\n" alone, Python 3.11 leaves a lone CR unquoted); each row then arrives in
    one write() and its last two characters are that terminator.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def write(self, line: str) -> None:
        line = line[:-2] + "\n"
        self.parts.append(line)
        self.size += len(line)

    def take(self) -> bytes:
        data = "".join(self.parts).encode("utf-8")
        self.parts, self.size = [], 0
        return data


def python_csv_chunks(claims: QuerySet[Claim], *, progress: Callable[[int], None] | None = None,
                      chunk_size: int = CHUNK_ROWS) -> Iterator[bytes]:
    """The CSV written in Python: the reference for, and on PostgreSQL the same bytes as, pgcopy's."""
    sink = _RowSink()
    writer = csv.writer(sink, lineterminator="\r\n")
    yield _header()
    kinds = [c.kind for c in COLUMNS]
    for batch in records(claims, chunk_size=chunk_size):
        for row, trail in batch:
            provenance = trail.csv_values()
            values = [*row, *(provenance[c.name] for c in PROVENANCE_COLUMNS)]
            writer.writerow([csv_cell(kind, value) for kind, value in zip(kinds, values, strict=True)])
        if progress:
            progress(len(batch))
        if sink.size >= FLUSH_BYTES:
            yield sink.take()
    yield sink.take()


def csv_chunks(claims: QuerySet[Claim], *, progress: Callable[[int], None] | None = None,
               chunk_size: int = CHUNK_ROWS) -> Iterator[bytes]:
    if connection.vendor == "postgresql":
        return pgcopy.csv_chunks(claims, header=_header(), progress=progress)
    return python_csv_chunks(claims, progress=progress, chunk_size=chunk_size)


def _json_value(kind: str, value: object) -> object:
    if value is None:
        return None
    if kind == TIME:
        return format_time(value)  # type: ignore[arg-type]
    if kind == FLAGS:
        return json.loads(value or "[]")  # type: ignore[arg-type]
    return value


def json_record(row: tuple, trail: Trail) -> dict:
    """One claim as JSON lines carries it: the CSV's fields with lists kept as lists, and its attributions."""
    record = {c.name: _json_value(c.kind, value) for c, value in zip(ROW_COLUMNS, row, strict=True)}
    provenance = trail.json_values()
    record.update({c.name: _json_value(c.kind, provenance[c.name]) for c in PROVENANCE_COLUMNS})
    record["attributions"] = trail.attributions
    return record


def jsonl_chunks(claims: QuerySet[Claim], *, progress: Callable[[int], None] | None = None,
                 chunk_size: int = CHUNK_ROWS) -> Iterator[bytes]:
    for batch in records(claims, chunk_size=chunk_size):
        elsewhere = jsonl_match_fields([row[0] for row, _ in batch])
        lines = [json.dumps({**json_record(row, trail), **elsewhere[row[0]]}, ensure_ascii=False)
                 for row, trail in batch]
        lines.append("")
        if progress:
            progress(len(batch))
        yield "\n".join(lines).encode("utf-8")


def ensure_configured(fmt: str) -> None:
    """ExportNotConfigured (saying what to set) if format `fmt` must not start with these settings."""
    if fmt == "claimreview":
        review_settings()


def export_chunks(fmt: str, claims: QuerySet[Claim], *, base_url: str = "",
                  progress: Callable[[int], None] | None = None) -> Iterator[bytes]:
    """The one entry point for every export: the bytes of `claims` in format `fmt`.

    Raises ExportNotConfigured before any byte when the format's settings are missing (ClaimReview).
    """
    ensure_configured(fmt)
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
