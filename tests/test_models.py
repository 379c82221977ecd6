from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from claims.models import Article, Claim, ReviewAction, ReviewEvent
from claims.text import normalise_alias
from provenance.models import Source, SourceAlias, SourceType, TaggingRun

pytestmark = pytest.mark.django_db


def make_article(**kw) -> Article:
    defaults = {"title": "t", "body": "Body text.", "body_sha256": "0" * 64}
    return Article.objects.create(**{**defaults, **kw})


def test_alias_normalisation_folds_case_punctuation_and_leading_the():
    assert normalise_alias("The  Wall Street Journal.") == normalise_alias("wall street journal")
    assert normalise_alias("the Journal") == "journal"
    assert normalise_alias("AT&T") == "at&t"


def test_duplicate_alias_is_refused():
    wsj = Source.objects.create(canonical_name="The Wall Street Journal", type=SourceType.NEWS_OUTLET)
    other = Source.objects.create(canonical_name="Another Journal", type=SourceType.NEWS_OUTLET)
    SourceAlias.objects.create(source=wsj, alias="the Journal", normalised=normalise_alias("the Journal"))
    with pytest.raises(IntegrityError), transaction.atomic():
        SourceAlias.objects.create(source=other, alias="Journal", normalised=normalise_alias("Journal"))


def test_duplicate_tagging_run_is_refused():
    article = make_article()
    TaggingRun.objects.create(article=article, body_sha256="a" * 64, engine_version="1")
    with pytest.raises(IntegrityError), transaction.atomic():
        TaggingRun.objects.create(article=article, body_sha256="a" * 64, engine_version="1")
    TaggingRun.objects.create(article=article, body_sha256="a" * 64, engine_version="2")


def test_url_unique_when_present_but_many_articles_without_url():
    make_article(url="https://example.org/a")
    # Url-less articles are unique on their body instead (article_unique_urlless_body), so these differ.
    make_article(url=None, body="One body.", body_sha256="1" * 64)
    make_article(url=None, body="Another body.", body_sha256="2" * 64)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(url="https://example.org/a")


def test_claim_ordinal_unique_per_article():
    article = make_article()
    Claim.objects.create(article=article, ordinal=0, start=0, end=4, text="Body", text_hash="h")
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(article=article, ordinal=0, start=5, end=9, text="text", text_hash="h2")


def test_review_events_are_append_only():
    article = make_article()
    claim = Claim.objects.create(article=article, ordinal=0, start=0, end=4, text="Body", text_hash="h")
    event = ReviewEvent.objects.create(claim=claim, action=ReviewAction.STATUS_CHANGED, from_value="a", to_value="b")
    with pytest.raises(TypeError):
        ReviewEvent.objects.filter(pk=event.pk).update(note="rewritten")
    with pytest.raises(TypeError):
        ReviewEvent.objects.filter(pk=event.pk).delete()
    # Even a save() that bypasses the queryset is refused by the database trigger.
    event.note = "rewritten"
    with pytest.raises(Exception, match="append-only"), transaction.atomic():
        event.save()
    event.refresh_from_db()
    assert event.note == ""
