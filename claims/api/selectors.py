"""Reads for the API: querysets shaped so that each endpoint runs a fixed number of queries.

Writes never happen here; views call the services for those.
"""

from __future__ import annotations

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet

from provenance import selectors as provenance_selectors
from provenance.models import Attribution, AttributionReview, Source

from ..models import Article, Claim, ReviewEvent

_ATTRIBUTIONS = Prefetch("attributions", queryset=Attribution.objects.select_related("source").order_by("id"))


def article_list() -> QuerySet[Article]:
    return Article.objects.select_related("publisher").annotate(claim_count=Count("claims")).order_by(
        "-created_at", "-id"
    )


def article_detail(*, article_id: int, claims_offset: int = 0, claims_limit: int = 100) -> tuple[Article, list[Claim]]:
    """The article and one page of its claims (in the article's order; claims no longer in its
    body last): 3 queries whatever the article's size."""
    article = Article.objects.select_related("publisher").annotate(claim_count=Count("claims")).get(pk=article_id)
    claims = list(
        Claim.objects.filter(article_id=article_id)
        .select_related("assigned_to")
        .prefetch_related(_ATTRIBUTIONS)
        .order_by(F("ordinal").asc(nulls_last=True), "id")[claims_offset : claims_offset + claims_limit]
    )
    return article, claims


def claim_list() -> QuerySet[Claim]:
    # Ordered by id: cursor pagination needs a unique, indexed, never-changing key.
    return (
        Claim.objects.select_related("article", "article__publisher", "assigned_to")
        .prefetch_related(_ATTRIBUTIONS)
        .order_by("id")
    )


def claim_detail(*, claim_id: int) -> Claim:
    events = ReviewEvent.objects.select_related("actor").order_by("created_at", "id")
    return claim_list().prefetch_related(Prefetch("events", queryset=events)).get(pk=claim_id)


def attribution_detail(*, attribution_id: int) -> Attribution:
    return Attribution.objects.select_related("source", "claim").get(pk=attribution_id)


def _with_figures(qs: QuerySet[Source]) -> QuerySet[Source]:
    live = ~Q(attributions__review=AttributionReview.REJECTED)
    return qs.annotate(
        attribution_count=Count("attributions", filter=live, distinct=True),
        claim_count=Count("attributions__claim", filter=live, distinct=True),
        published_article_count=Count("published_articles", distinct=True),
    )


def source_list(*, search: str = "", type: str = "") -> QuerySet[Source]:
    qs = Source.objects.all()
    if type:
        qs = qs.filter(type=type)
    if search:
        # Any spelling the registry or the gazetteer knows: "WSJ" finds The Wall Street Journal.
        qs = provenance_selectors.search_sources(qs, search)
    return _with_figures(qs).order_by("canonical_name", "id")


def source_detail(*, source_id: int) -> tuple[Source, dict[str, int], dict[str, int]]:
    """The source with its aliases, and its claims counted by status and by review decision."""
    source = _with_figures(Source.objects.select_related("parent").prefetch_related("aliases")).get(pk=source_id)
    by_status = dict(
        Claim.objects.filter(
            Exists(Attribution.objects.filter(claim=OuterRef("pk"), source_id=source_id).exclude(
                review=AttributionReview.REJECTED
            ))
        )
        .order_by()
        .values_list("status")
        .annotate(n=Count("id"))
    )
    by_review = dict(
        Attribution.objects.filter(source_id=source_id).order_by().values_list("review").annotate(n=Count("id"))
    )
    return source, by_status, by_review
