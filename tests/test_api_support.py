"""Shared data for the API, export and schema tests (a module of fixtures, no tests of its own)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import Article, Claim, ClaimFlag, ReviewAction, ReviewEvent
from claims.text import normalise_alias
from provenance.models import (
    Attribution,
    AttributionOrigin,
    AttributionReview,
    Source,
    SourceAlias,
    SourceType,
)


@dataclass
class World:
    planet: Source
    wsj: Source
    anon: Source
    jane: Source
    a1: Article
    a2: Article
    c1: Claim
    c2: Claim
    c3: Claim
    c4: Claim
    c5: Claim
    att_wsj: Attribution
    att_anon: Attribution
    att_jane: Attribution
    att_hedge: Attribution


def source(name: str, type_: str, *aliases: str) -> Source:
    s = Source.objects.create(canonical_name=name, type=type_)
    for alias in (name, *aliases):
        SourceAlias.objects.create(source=s, alias=alias, normalised=normalise_alias(alias))
    return s


def claim(article: Article, ordinal: int, text: str, **kw) -> Claim:
    return Claim.objects.create(
        article=article, ordinal=ordinal, start=ordinal * 100, end=ordinal * 100 + len(text), text=text,
        text_hash=f"h{article.pk}-{ordinal}", **kw,
    )


def attribution(c: Claim, s: Source | None, **kw) -> Attribution:
    defaults = {"source_text": s.canonical_name if s else "", "source_type": s.type if s else "",
                "cue_text": "said", "confidence": 0.9, "reason": "test", "origin": AttributionOrigin.MACHINE}
    return Attribution.objects.create(claim=c, source=s, **{**defaults, **kw})


def make_world(reviewer=None) -> World:  # noqa: ANN001
    planet = source("Daily Planet", SourceType.NEWS_OUTLET)
    wsj = source("The Wall Street Journal", SourceType.NEWS_OUTLET, "WSJ", "the Journal")
    anon = source("people familiar with the matter", SourceType.ANONYMOUS)
    jane = source("Jane Doe", SourceType.PERSON)
    a1 = Article.objects.create(title="Kestrel brakes", url="https://example.org/kestrel", publisher=planet,
                                published_at=timezone.make_aware(dt.datetime(2026, 3, 1)), body="x" * 400,
                                body_sha256="1" * 64)
    a2 = Article.objects.create(title="Harbor budget", url=None, body="y" * 600, body_sha256="2" * 64)
    c1 = claim(a1, 0, "Kestrel recalled 40,000 cars, the Journal reported.", sourcing_strength="on_record")
    c2 = claim(a1, 1, "The recall was delayed, people familiar with the matter said.", status="in_review",
               sourcing_strength="anonymous_only")
    c3 = claim(a2, 0, "The budget grew by 4 percent, Jane Doe said.", status="verified",
               sourcing_strength="on_record", assigned_to=reviewer)
    c4 = claim(a2, 1, "The harbor will close in May.", status="false",
               flags=[ClaimFlag.NOT_INDEPENDENTLY_VERIFIED])
    c5 = claim(a2, 2, "Reportedly, the mayor resigned.", sourcing_strength="vague_only")
    att_wsj = attribution(c1, wsj)
    att_anon = attribution(c2, anon)
    att_jane = attribution(c3, jane, review=AttributionReview.CONFIRMED)
    att_hedge = attribution(c5, None, cue_text="Reportedly", source_type=SourceType.UNSPECIFIED)
    ReviewEvent.objects.create(claim=c3, action=ReviewAction.STATUS_CHANGED, from_value="in_review",
                               to_value="verified")
    return World(planet, wsj, anon, jane, a1, a2, c1, c2, c3, c4, c5, att_wsj, att_anon, att_jane, att_hedge)


@pytest.fixture
def world(db, fact_checker) -> World:  # noqa: ANN001
    return make_world(reviewer=fact_checker)


def client_for(user) -> APIClient:  # noqa: ANN001
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client
