"""Reads for the admin, the audit dashboard and the API (HackSoft selectors).

`audit_summary()` is exposed as-is at /api/v1/audit/: its keys are a contract. Add keys, never
rename or remove them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from provenance import selectors as provenance_selectors
from provenance.models import (
    Attribution,
    AttributionOrigin,
    AttributionReview,
    Source,
    SourceType,
    TaggerModel,
)
from provenance.services.learning import model_id_of

from .models import OPEN_STATUSES, Article, Claim, ClaimStatus, ReviewEvent, SourcingStrength

WEAK_STRENGTHS = (SourcingStrength.ANONYMOUS_ONLY, SourcingStrength.VAGUE_ONLY)

# (key, label, lower bound in days inclusive, upper bound in days exclusive or None)
AGE_BUCKETS: list[tuple[str, str, int, int | None]] = [
    ("under_1_day", "under a day", 0, 1),
    ("1_to_7_days", "1–7 days", 1, 7),
    ("7_to_30_days", "7–30 days", 7, 30),
    ("over_30_days", "over 30 days", 30, None),
]


def claims_by_status_and_strength() -> dict[str, dict[str, int]]:
    """{status: {strength: count}} with every cell present (zeros included)."""
    table = {s: dict.fromkeys(SourcingStrength.values, 0) for s in ClaimStatus.values}
    rows = Claim.objects.order_by().values_list("status", "sourcing_strength").annotate(n=Count("id"))
    for status, strength, n in rows:
        table.setdefault(status, dict.fromkeys(SourcingStrength.values, 0))[strength] = n
    return table


def open_claims_by_age(*, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Undecided claims counted per age bucket (age of the claim row), split unverified / in review."""
    now = now or timezone.now()
    aggregates = {}
    for key, _label, low, high in AGE_BUCKETS:
        window = Q(created_at__lte=now - dt.timedelta(days=low))
        if high is not None:
            window &= Q(created_at__gt=now - dt.timedelta(days=high))
        for status in OPEN_STATUSES:
            aggregates[f"{key}__{status}"] = Count("id", filter=window & Q(status=status))
    counts = Claim.objects.filter(status__in=OPEN_STATUSES).aggregate(**aggregates)
    out = []
    for key, label, low, high in AGE_BUCKETS:
        per_status = {status: counts[f"{key}__{status}"] or 0 for status in OPEN_STATUSES}
        out.append(
            {"bucket": key, "label": label, "min_days": low, "max_days": high, **per_status,
             "total": sum(per_status.values())}
        )
    return out


def weakly_sourced_articles(*, limit: int = 20) -> dict[str, Any]:
    """Articles with attributed claims, every one of which rests only on anonymous or vague sources.

    Unattributed sentences (strength `none`) do not count either way: an article of which the
    only attributed claims cite "people familiar with the matter" is the one to worry about.
    """
    grouped = (
        Claim.objects.order_by()
        .values("article_id")
        .annotate(
            weak=Count("id", filter=Q(sourcing_strength__in=WEAK_STRENGTHS)),
            anonymous_only=Count("id", filter=Q(sourcing_strength=SourcingStrength.ANONYMOUS_ONLY)),
            vague_only=Count("id", filter=Q(sourcing_strength=SourcingStrength.VAGUE_ONLY)),
            on_record=Count("id", filter=Q(sourcing_strength=SourcingStrength.ON_RECORD)),
            claims=Count("id"),
        )
        .filter(weak__gt=0, on_record=0)
    )
    rows = list(grouped.order_by("-weak", "-article_id")[:limit])
    total = grouped.count() if len(rows) == limit else len(rows)
    titles = dict(Article.objects.filter(pk__in=[r["article_id"] for r in rows]).values_list("pk", "title"))
    return {
        "count": total,
        "articles": [
            {
                "id": r["article_id"],
                "title": titles.get(r["article_id"], "") or f"Article {r['article_id']}",
                "claims": r["claims"],
                "anonymous_only": r["anonymous_only"],
                "vague_only": r["vague_only"],
            }
            for r in rows
        ],
    }


def most_cited_sources(*, limit: int = 15) -> list[dict[str, Any]]:
    """Registry sources by the number of non-rejected attributions naming them.

    Anonymous and vague sources scoped to one article (Source.article) are left out: "one source"
    cited five times in one story is not a source the desk leans on. unnamed_sources counts them.
    """
    rows = (
        Attribution.objects.order_by()
        .filter(source__isnull=False, source__article__isnull=True)
        .exclude(review=AttributionReview.REJECTED)
        .values("source_id")
        .annotate(attributions=Count("id"))
        .order_by("-attributions", "source_id")[:limit]
    )
    rows = list(rows)
    ids = [r["source_id"] for r in rows]
    sources = {s.pk: s for s in Source.objects.filter(pk__in=ids).only("canonical_name", "type")}
    return [
        {
            "id": r["source_id"],
            "name": sources[r["source_id"]].canonical_name,
            "type": sources[r["source_id"]].type,
            "attributions": r["attributions"],
        }
        for r in rows
        if r["source_id"] in sources
    ]


def unnamed_sources() -> list[dict[str, Any]]:
    """Anonymous and vague sources, each scoped to its article: how many per type, in how many
    articles. Counted on the registry (one row per person per story), not on the attributions."""
    rows = (
        Source.objects.order_by()
        .filter(article__isnull=False)
        .values("type")
        .annotate(sources=Count("id"), articles=Count("article_id", distinct=True))
    )
    by_type = {r["type"]: r for r in rows}
    return [
        {"type": type_, "sources": by_type[type_]["sources"], "articles": by_type[type_]["articles"]}
        for type_ in SourceType.values
        if type_ in by_type
    ]


def _machine_decisions(*, by: str) -> list[dict[str, Any]]:
    """Decided machine attributions counted per value of `by`: {by, confirmed, rejected} rows."""
    return list(
        Attribution.objects.order_by()
        .filter(origin=AttributionOrigin.MACHINE, review__in=[AttributionReview.CONFIRMED, AttributionReview.REJECTED])
        .values(by)
        .annotate(
            confirmed=Count("id", filter=Q(review=AttributionReview.CONFIRMED)),
            rejected=Count("id", filter=Q(review=AttributionReview.REJECTED)),
        )
    )


def engine_precision_by_source_type() -> list[dict[str, Any]]:
    """Precision of machine attributions per source type, measured by editors' decisions.

    Only decided (confirmed or rejected) machine attributions count; an editor's correction of the
    source counts as confirmed, as the review service records it.
    """
    rows = _machine_decisions(by="source_type")
    by_type = {r["source_type"] or "": r for r in rows}
    out = []
    for type_ in [*SourceType.values, ""]:
        r = by_type.get(type_)
        if r is None and type_ == "":
            continue
        confirmed = r["confirmed"] if r else 0
        rejected = r["rejected"] if r else 0
        decided = confirmed + rejected
        out.append(
            {
                "source_type": type_ or "none",
                "confirmed": confirmed,
                "rejected": rejected,
                "precision": round(confirmed / decided, 4) if decided else None,
            }
        )
    return out


def version_key(version: str) -> tuple[tuple[tuple[int, int | str], ...], str]:
    """Order engine versions as numbers, newest last: '2026.10' after '2026.9' (as strings it would sort
    before it), and a model's refinement ('2026.10+m7') right after its rules."""
    base, _, model = version.partition("+")
    if not base:
        return (), model  # no version recorded: oldest
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in base.split(".")), model


def engine_precision_by_engine_version() -> list[dict[str, Any]]:
    """The same precision per engine version, naming the tagger model that produced each (a version
    `2026.3+m7` is the rules refined by model 7; a bare version is the rules alone)."""
    rows = _machine_decisions(by="engine_version")
    ids = {model_id_of(r["engine_version"] or "") for r in rows} - {None}
    names = {m.pk: str(m) for m in TaggerModel.objects.filter(pk__in=ids).only("pk", "label")} if ids else {}
    out = []
    for r in sorted(rows, key=lambda r: version_key(r["engine_version"] or ""), reverse=True):
        model_id = model_id_of(r["engine_version"] or "")
        decided = r["confirmed"] + r["rejected"]
        out.append(
            {
                "engine_version": r["engine_version"] or "",
                "model_id": model_id,
                "model": "rules only" if model_id is None else names.get(model_id, f"model {model_id} (deleted)"),
                "confirmed": r["confirmed"],
                "rejected": r["rejected"],
                "precision": round(r["confirmed"] / decided, 4) if decided else None,
            }
        )
    return out


def active_tagger_model() -> dict[str, Any] | None:
    model = TaggerModel.objects.filter(active=True).only("pk", "label", "activated_at").first()
    if model is None:
        return None
    return {"id": model.pk, "name": str(model), "activated_at": model.activated_at.isoformat() if model.activated_at else None}


def audit_summary() -> dict[str, Any]:
    """Every figure of the audit dashboard as a plain, JSON-serialisable dict (the API returns it)."""
    table = claims_by_status_and_strength()
    return {
        "generated_at": timezone.now().isoformat(),
        "claims_total": sum(sum(row.values()) for row in table.values()),
        "statuses": list(ClaimStatus.values),
        "sourcing_strengths": list(SourcingStrength.values),
        "claims_by_status_and_strength": table,
        "open_claims_by_age": open_claims_by_age(),
        "weakly_sourced_articles": weakly_sourced_articles(),
        "most_cited_sources": most_cited_sources(),
        "unnamed_sources": unnamed_sources(),
        "engine_precision_by_source_type": engine_precision_by_source_type(),
        "engine_precision_by_engine_version": engine_precision_by_engine_version(),
        "tagger_model": active_tagger_model(),
    }



AUDIT_CACHE_KEY = "claims:audit_summary:v1"
AUDIT_MAX_AGE = 60  # seconds


def audit_snapshot(*, max_age: int = AUDIT_MAX_AGE, refresh: bool = False) -> dict[str, Any]:
    """audit_summary(), recomputed at most once per `max_age` seconds (per cache).

    Each figure is a pass over the claims or attributions table: about a second in all at a million
    claims, too slow for a page the desk reloads all day. The dashboard shows `generated_at` and
    offers a recompute; the API's audit_summary() stays fresh.
    """
    if not refresh:
        cached = cache.get(AUDIT_CACHE_KEY)
        if cached is not None:
            return cached
    summary = audit_summary()
    cache.set(AUDIT_CACHE_KEY, summary, max_age)
    return summary


# --- the admin's reads ---------------------------------------------------------------------------


def article_for_reading(*, article_id: int) -> tuple[Article, list[Claim]]:
    """The article with its placed claims, each with its attributions and their sources (3 queries)."""
    article = Article.objects.select_related("publisher").get(pk=article_id)
    claims = list(
        Claim.objects.filter(article_id=article_id, ordinal__isnull=False)
        .order_by("start")
        .prefetch_related(Prefetch("attributions", Attribution.objects.select_related("source").order_by("id")))
    )
    return article, claims


def claim_for_review(*, claim_id: int) -> tuple[Claim, list[Attribution], list[ReviewEvent]]:
    claim = (
        Claim.objects.select_related("article__publisher", "assigned_to")
        .prefetch_related(Prefetch("attributions", Attribution.objects.select_related("source").order_by("id")))
        .get(pk=claim_id)
    )
    attributions = list(claim.attributions.all())
    events = list(
        ReviewEvent.objects.filter(claim_id=claim_id).select_related("actor", "attribution").order_by("-created_at", "-id")
    )
    return claim, attributions, events


def reviewers() -> QuerySet:
    """Users who may review claims (directly or through a role): the desk's assignees."""
    User = get_user_model()
    perm = Q(codename="review_claim", content_type__app_label="claims")
    return (
        User.objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(user_permissions__in=Permission.objects.filter(perm))
                | Q(groups__permissions__in=Permission.objects.filter(perm)))
        .distinct()
        .order_by("username")
    )


def desk_claims(queryset: QuerySet) -> QuerySet:
    """The claim list's rows: each with its attributions and their sources (two queries per page)."""
    return queryset.prefetch_related(
        Prefetch("attributions", Attribution.objects.select_related("source").order_by("id"))
    )


def publishers() -> list[tuple[int, str]]:
    """(id, name) of the sources that publish at least one article, for the desk's filter."""
    return list(
        Source.objects.filter(pk__in=Article.objects.filter(publisher__isnull=False).values("publisher_id"))
        .order_by("canonical_name")
        .values_list("pk", "canonical_name")
    )


def with_source_type(queryset: QuerySet, source_type: str) -> QuerySet:
    """Claims with a non-rejected attribution of this source type (a semi-join: no duplicate rows)."""
    return queryset.filter(
        Exists(
            Attribution.objects.filter(claim_id=OuterRef("pk"), source_type=source_type).exclude(
                review=AttributionReview.REJECTED
            )
        )
    )


def with_flag(queryset: QuerySet, flag: str) -> QuerySet:
    if connection.vendor == "postgresql":
        return queryset.filter(flags__contains=[flag])
    # SQLite has no JSON containment; flags are a short list of fixed words, so text search is exact enough.
    return queryset.filter(flags__icontains=f'"{flag}"')


def aged(queryset: QuerySet, bucket: str, *, now: dt.datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    for key, _label, low, high in AGE_BUCKETS:
        if key == bucket:
            queryset = queryset.filter(created_at__lte=now - dt.timedelta(days=low))
            if high is not None:
                queryset = queryset.filter(created_at__gt=now - dt.timedelta(days=high))
            return queryset
    return queryset


# A search term matched by at most this many claims is listed by id (`pk__in`); a commoner one by
# the list's own ordering with a per-row test, which fills a page after a few hundred rows.
SEARCH_PROBE_LIMIT = 10_000
# pg_trgm can use its index for `LIKE '%term%'` only when the term holds a trigram: a run of three
# letters or digits. Without one the probe would scan the table, so such terms skip it.
_TRIGRAM_RUN = re.compile(r"[^\W_]{3}")


def search_claims(queryset: QuerySet, term: str) -> QuerySet:
    """Claim text, or the name of a source attributed in it (registry name or as written)."""
    term = term.strip()
    if not term:
        return queryset
    # Every spelling of the source ("WSJ" for The Wall Street Journal), by the unique alias index.
    source_ids = provenance_selectors.sources_named(term).values("source_id")
    if _TRIGRAM_RUN.search(term):
        ids = _claims_matching(term, source_ids)
        if ids is not None:
            return queryset.filter(pk__in=ids)
    named = Attribution.objects.filter(claim_id=OuterRef("pk")).filter(
        Q(source__canonical_name__icontains=term) | Q(source_text__icontains=term)
        | Q(source_id__in=source_ids)
    )
    return queryset.filter(Q(text__icontains=term) | Exists(named))


def _claims_matching(term: str, source_ids: QuerySet) -> list[int] | None:
    """The ids of every claim the term matches, or None when more than SEARCH_PROBE_LIMIT do.

    Why: the per-row test above, walked down the list's -created_at index, reads the whole table for
    a rare or absent term (8-58 s at 10M claims on PostgreSQL). Here each way a claim can match is
    one query on its own index (trigram on claim text, trigram on source_text, source ids from the
    name trigram index and from the unique alias index), each limited to what is left of the budget,
    so a rare term costs four index lookups and a common one stops after the first branch or two.
    Separate queries, not one UNION ALL: PostgreSQL runs a UNION's branches in parallel workers, and
    a worker on a branch that finds nothing for a common term read all 10M attributions (3.9 s)
    while the LIMIT waited for it.
    """
    limit = SEARCH_PROBE_LIMIT
    named = Source.objects.filter(canonical_name__icontains=term).values("pk")
    branches = [
        Claim.objects.filter(text__icontains=term).values_list("pk", flat=True),
        Attribution.objects.filter(source_text__icontains=term).values_list("claim_id", flat=True),
        # Each later branch leaves out the attributions an earlier one gave (a source as written is
        # mostly its registry name), so a claim is not counted twice against the limit.
        Attribution.objects.filter(source_id__in=named).exclude(source_text__icontains=term)
        .values_list("claim_id", flat=True),
        Attribution.objects.filter(source_id__in=source_ids).exclude(source_id__in=named)
        .exclude(source_text__icontains=term).values_list("claim_id", flat=True),
    ]
    found: list[int] = []
    for branch in branches:
        found += branch.order_by()[: limit + 1 - len(found)]
        if len(found) > limit:
            return None
    return sorted(set(found))


# The header shows "My queue (N)" up to this many; beyond it "999+" (a capped count stays one cheap
# index-only query whatever the size of someone's backlog).
QUEUE_COUNT_CAP = 999


def my_queue(*, user_id: int) -> QuerySet[Claim]:
    """A fact-checker's assigned claims still to decide, oldest first (claim_open_assigned_idx)."""
    return (
        Claim.objects.filter(assigned_to_id=user_id, status__in=OPEN_STATUSES)
        .select_related("article__publisher")
        .order_by("created_at", "id")
    )


def my_queue_count(*, user_id: int) -> int:
    """How many claims are in the user's queue, at most QUEUE_COUNT_CAP + 1 (one query)."""
    return Claim.objects.filter(assigned_to_id=user_id, status__in=OPEN_STATUSES).order_by()[
        : QUEUE_COUNT_CAP + 1].count()


__all__ = [
    "AGE_BUCKETS",
    "OPEN_STATUSES",
    "aged",
    "article_for_reading",
    "audit_snapshot",
    "audit_summary",
    "claim_for_review",
    "desk_claims",
    "claims_by_status_and_strength",
    "engine_precision_by_source_type",
    "most_cited_sources",
    "my_queue",
    "my_queue_count",
    "open_claims_by_age",
    "publishers",
    "reviewers",
    "search_claims",
    "unnamed_sources",
    "weakly_sourced_articles",
    "with_flag",
    "with_source_type",
]
