"""schema.org ClaimReview (https://schema.org/ClaimReview) for claims decided on the facts.

What a ClaimReview says about the desk comes from settings, never from the request:
- `url`: CLAIMREVIEW_URL_TEMPLATE with `{claim_id}` (the public page of the check);
- `author`: CLAIMREVIEW_AUTHOR (the organisation), with CLAIMREVIEW_AUTHOR_URL if set;
- `reviewRating.alternateName`: CLAIMREVIEW_RATING_<STATUS> (the desk's own words), else the
  status's label;
- `datePublished`: the review event that set the claim's current status.
With DEBUG off an export refuses to start while the template or the author is unset: published
ClaimReviews pointing at the internal API, or signed by a placeholder, would be wrong everywhere
they are copied. With DEBUG on (the demo) they fall back to the API's claim URL and a placeholder.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, OuterRef, QuerySet, Subquery

from provenance import selectors as provenance_selectors
from provenance.models import (
    Attribution,
    AttributionReview,
    AttributionRole,
    ClaimMatch,
    MatchState,
    SourceType,
)

from ..models import Article, Claim, ClaimStatus, ReviewAction, ReviewEvent
from .reading import CHUNK_ROWS, batches

# Claims a ClaimReview can be published for: decided on the facts ("not a claim" is not a rating).
REVIEWABLE = (ClaimStatus.VERIFIED, ClaimStatus.FALSE, ClaimStatus.MISLEADING, ClaimStatus.UNVERIFIABLE)
PERSON_TYPES = (SourceType.PERSON,)
PLACEHOLDER_AUTHOR = "Fact-check desk (set CLAIMREVIEW_AUTHOR)"


class ExportNotConfigured(Exception):
    """An export that must not start with the current settings; the message says what to set."""


@dataclass(frozen=True)
class ReviewSettings:
    url_template: str  # "" only with DEBUG on: the API's claim URL stands in
    author: dict
    ratings: dict[str, str]

    def url(self, claim_id: int, base_url: str) -> str:
        if self.url_template:
            return self.url_template.replace("{claim_id}", str(claim_id))
        return f"{base_url.rstrip('/')}/api/v1/claims/{claim_id}/"


def review_settings() -> ReviewSettings:
    """The desk's ClaimReview settings; ExportNotConfigured (with DEBUG off) when they are missing."""
    template = settings.CLAIMREVIEW_URL_TEMPLATE
    author = settings.CLAIMREVIEW_AUTHOR
    missing = []
    if not template:
        missing.append("CLAIMREVIEW_URL_TEMPLATE (the public page of a check, e.g. "
                       "https://desk.example.org/checks/{claim_id})")
    if not author:
        missing.append("CLAIMREVIEW_AUTHOR (your organisation's name)")
    if missing and not settings.DEBUG:
        raise ExportNotConfigured("The ClaimReview export is not configured: set " + " and ".join(missing) + ".")
    organisation = {"@type": "Organization", "name": author or PLACEHOLDER_AUTHOR}
    if settings.CLAIMREVIEW_AUTHOR_URL:
        organisation["url"] = settings.CLAIMREVIEW_AUTHOR_URL
    ratings = {status: settings.CLAIMREVIEW_RATING_NAMES.get(status) or ClaimStatus(status).label
               for status in REVIEWABLE}
    return ReviewSettings(url_template=template, author=organisation, ratings=ratings)


def reviewable_rows(claims: QuerySet[Claim]) -> QuerySet:
    first_source = (
        Attribution.objects.filter(claim=OuterRef("pk"), role=AttributionRole.SOURCE, source__isnull=False)
        .exclude(review=AttributionReview.REJECTED)
        .order_by("id")
    )
    # The event that set the current status (trail.py's rule): its date is the review's.
    decided_at = (
        ReviewEvent.objects.filter(claim=OuterRef("pk"), action=ReviewAction.STATUS_CHANGED,
                                   to_value=OuterRef("status"))
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


def _creative_work(url: str | None, title: str, published: dt.datetime | None, publisher: str | None) -> dict:
    work: dict = {"@type": "CreativeWork", "headline": title or ""}
    if url:
        work["url"] = url
    if published:
        work["datePublished"] = published.date().isoformat()
    if publisher:
        work["publisher"] = {"@type": "Organization", "name": publisher}
    return work


def elsewhere_fields(claim_ids: list[int]) -> dict[int, dict]:
    """Per claim: the articles of its confirmed matches (itemReviewed.appearance, oldest first) and
    its group's first appearance (itemReviewed.firstAppearance). Three queries per batch."""
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


def claimreview_item(row: tuple, *, config: ReviewSettings, base_url: str, elsewhere: dict | None = None) -> dict:
    """One ClaimReview for a decided claim; `elsewhere` is its entry of elsewhere_fields()."""
    (claim_id, text, status, updated_at, author_name, author_type, decided_at, title, article_url,
     published_at, publisher_name) = row
    if author_name:
        author = {"@type": "Person" if author_type in PERSON_TYPES else "Organization", "name": author_name}
    else:
        # Nobody is quoted: the claim is the outlet's own statement.
        author = {"@type": "Organization", "name": publisher_name or "Unknown"}
    appearance = _creative_work(article_url, title, published_at, publisher_name)
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
        "url": config.url(claim_id, base_url),
        "claimReviewed": text,
        # A status set without an event (data loaded from elsewhere) has only its last change to go by.
        "datePublished": (decided_at or updated_at).date().isoformat(),
        "author": config.author,
        "reviewRating": {"@type": "Rating", "alternateName": config.ratings[status]},
        "itemReviewed": item_reviewed,
    }


def claimreview_chunks(claims: QuerySet[Claim], *, base_url: str, progress: Callable[[int], None] | None = None,
                       chunk_size: int = CHUNK_ROWS) -> Iterator[bytes]:
    """A JSON array of ClaimReview objects, written item by item. Settings are checked before the first byte."""
    config = review_settings()

    def generate() -> Iterator[bytes]:
        yield b"["
        first = True
        for batch in batches(reviewable_rows(claims), chunk_size):
            parts = []
            elsewhere = elsewhere_fields([row[0] for row in batch])
            for row in batch:
                item = claimreview_item(row, config=config, base_url=base_url, elsewhere=elsewhere[row[0]])
                parts.append(("\n" if first else ",\n") + json.dumps(item, ensure_ascii=False))
                first = False
            if progress:
                progress(len(batch))
            yield "".join(parts).encode("utf-8")
        yield b"\n]\n"

    return generate()
