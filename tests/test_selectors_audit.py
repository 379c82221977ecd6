"""The audit figures (claims.selectors.audit_summary, also served at /api/v1/audit/) on data built by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus, SourcingStrength
from claims.selectors import audit_summary
from provenance.models import Attribution, AttributionOrigin, AttributionReview, Source, SourceType
from provenance.selectors import Chunk, highlighted_segments, provenance_chain

pytestmark = pytest.mark.django_db


def article_with(strengths: list[str], title: str) -> Article:
    article = Article.objects.create(title=title, body="x" * 10 * len(strengths), body_sha256=title.ljust(64, "0"))
    for i, strength in enumerate(strengths):
        Claim.objects.create(article=article, ordinal=i, start=i * 10, end=i * 10 + 9, text="x" * 9,
                             text_hash=str(i), sourcing_strength=strength)
    return article


def test_summary_is_plain_json_with_stable_keys():
    summary = audit_summary()
    assert json.loads(json.dumps(summary)) == summary
    assert {"claims_total", "statuses", "sourcing_strengths", "claims_by_status_and_strength", "open_claims_by_age",
            "weakly_sourced_articles", "most_cited_sources", "engine_precision_by_source_type",
            "generated_at"} <= set(summary)
    assert summary["claims_total"] == 0
    assert set(summary["claims_by_status_and_strength"]) == set(ClaimStatus.values)


def test_articles_resting_only_on_anonymous_or_vague_sources():
    weak = article_with([SourcingStrength.ANONYMOUS_ONLY, SourcingStrength.VAGUE_ONLY, SourcingStrength.NONE], "weak")
    article_with([SourcingStrength.ANONYMOUS_ONLY, SourcingStrength.ON_RECORD], "mixed")
    article_with([SourcingStrength.NONE], "bare")
    result = audit_summary()["weakly_sourced_articles"]
    assert result["count"] == 1
    assert result["articles"] == [{"id": weak.pk, "title": "weak", "claims": 3, "anonymous_only": 1, "vague_only": 1}]


def test_status_table_and_open_claims_by_age():
    article = article_with([SourcingStrength.ON_RECORD] * 4, "aged")
    claims = list(article.claims.order_by("ordinal"))
    now = timezone.now()
    Claim.objects.filter(pk=claims[0].pk).update(created_at=now - dt.timedelta(days=3))
    Claim.objects.filter(pk=claims[1].pk).update(created_at=now - dt.timedelta(days=40), status=ClaimStatus.IN_REVIEW)
    Claim.objects.filter(pk=claims[2].pk).update(status=ClaimStatus.VERIFIED)
    summary = audit_summary()
    assert summary["claims_total"] == 4
    table = summary["claims_by_status_and_strength"]
    assert table["unverified"]["on_record"] == 2 and table["verified"]["on_record"] == 1
    ages = {b["bucket"]: b for b in summary["open_claims_by_age"]}
    assert ages["under_1_day"]["total"] == 1
    assert ages["1_to_7_days"]["unverified"] == 1
    assert ages["over_30_days"]["in_review"] == 1
    assert sum(b["total"] for b in summary["open_claims_by_age"]) == 3


def test_most_cited_sources_and_engine_precision():
    article = article_with([SourcingStrength.ON_RECORD] * 4, "cited")
    wsj = Source.objects.create(canonical_name="The Wall Street Journal", type=SourceType.NEWS_OUTLET)
    anon = Source.objects.create(canonical_name="people familiar", type=SourceType.ANONYMOUS)
    reviews = [AttributionReview.CONFIRMED, AttributionReview.CONFIRMED, AttributionReview.REJECTED,
               AttributionReview.PENDING]
    for claim, review in zip(article.claims.order_by("ordinal"), reviews, strict=True):
        Attribution.objects.create(claim=claim, source=wsj, source_type=wsj.type, review=review)
    Attribution.objects.create(claim=article.claims.first(), source=anon, source_type=anon.type,
                               review=AttributionReview.REJECTED)
    Attribution.objects.create(claim=article.claims.first(), source=anon, source_type=anon.type,
                               origin=AttributionOrigin.EDITOR, review=AttributionReview.CONFIRMED)
    summary = audit_summary()
    assert summary["most_cited_sources"][0] == {"id": wsj.pk, "name": "The Wall Street Journal",
                                                "type": "news_outlet", "attributions": 3}
    precision = {p["source_type"]: p for p in summary["engine_precision_by_source_type"]}
    assert precision["news_outlet"] == {"source_type": "news_outlet", "confirmed": 2, "rejected": 1,
                                        "precision": round(2 / 3, 4)}
    # The editor-added attribution is not the engine's: only the rejected machine one counts.
    assert precision["anonymous"]["precision"] == 0.0
    assert precision["person"]["precision"] is None


def test_highlighter_escapes_nothing_itself_and_covers_every_character():
    body = "Intro.\n\nWSJ said <b>x</b>.\n\nEnd."
    article = Article.objects.create(title="h", body=body, body_sha256="h" * 64)
    start = body.index("WSJ")
    claim = Claim.objects.create(article=article, ordinal=0, start=start, end=start + 19, text=body[start:start + 19],
                                 text_hash="h")
    wsj = Source.objects.create(canonical_name="The Wall Street Journal", type=SourceType.NEWS_OUTLET)
    Attribution.objects.create(claim=claim, source=wsj, source_type=wsj.type, source_start=start,
                               source_end=start + 3, cue_start=start + 4, cue_end=start + 8, cue_text="said")
    claims = list(Claim.objects.prefetch_related("attributions__source"))
    segments = highlighted_segments(text=body, claims=claims)
    assert "".join(c.text for s in segments for c in s.chunks) == body
    marked = [c for s in segments for c in s.chunks if c.classes]
    assert marked[0] == Chunk("WSJ", "src t-news_outlet r-source", marked[0].title)
    assert marked[1].text == "said" and marked[1].classes == "cue"
    chain = provenance_chain(attributions=claim.attributions.all(), publisher=None)
    assert [link.label for link in chain] == ["The Wall Street Journal", "this article"]
