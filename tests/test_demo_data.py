"""The demo's sample articles (project-written, fictional) show what the desk's views are for:
every source type, hedges, newsroom notes, and stories relayed from one outlet to another."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from claims.management.commands.demo_setup import SAMPLES
from claims.models import Article, Claim, ClaimFlag
from provenance import selectors as provenance_selectors
from provenance.models import Attribution, AttributionRole, ClaimMatch, SourceType

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(django_capture_on_commit_callbacks):
    out = StringIO()
    # Tagging and matching run on commit; in a test's transaction they run when captured.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("demo_setup", stdout=out)
    return out.getvalue()


def test_samples_are_about_twenty_articles_from_several_outlets():
    items = [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]
    assert 18 <= len(items) <= 25
    assert len({item["publisher"] for item in items}) >= 6
    assert len({item["url"] for item in items}) == len(items)


def test_demo_is_quiet_and_creates_the_login(demo, django_user_model):
    lines = demo.strip().splitlines()
    assert len(lines) <= 3, demo
    assert f"{len(SAMPLES.read_text().split(chr(10))) - 1} created:" in demo
    user = django_user_model.objects.get(username="editor")
    assert user.check_password("provenance-demo") and user.groups.filter(name="Editor").exists()


def test_demo_covers_every_source_type_hedges_and_notes(demo):
    tagged = set(Attribution.objects.values_list("source_type", flat=True))
    assert set(SourceType.values) <= tagged, set(SourceType.values) - tagged
    assert Claim.objects.filter(tag_status="hedged").exists()
    assert Attribution.objects.filter(role=AttributionRole.RELAY).exists()
    noted = [c for c in Claim.objects.all() if ClaimFlag.NOT_INDEPENDENTLY_VERIFIED in c.flags]
    assert noted, "a 'could not independently verify' note should flag the claims it covers"


def test_demo_shows_one_outlet_relaying_another(demo):
    """A claim of a later article, matched to an earlier article of another outlet that it names as
    its source: the matcher links them and the earlier one is the group's first appearance."""
    relayed = []
    for match in ClaimMatch.objects.select_related("claim__article__publisher", "other__article__publisher"):
        first, later = match.claim, match.other
        if first.article.publisher_id == later.article.publisher_id:
            continue
        if first.article.published_at >= later.article.published_at:
            continue
        cites_first = Attribution.objects.filter(claim=later, source_id=first.article.publisher_id).exists()
        if cites_first:
            relayed.append((first, later))
    assert relayed, "no later article cites an earlier outlet for a claim the matcher linked"
    first, later = relayed[0]
    appearance = provenance_selectors.first_appearance(claim_id=later.pk)
    assert appearance is not None and appearance.article_id == first.article_id
    graph = provenance_selectors.relay_graph(source_id=later.article.publisher_id)
    assert first.article.publisher_id in {link.source_id for link in graph["relays"]}


def test_demo_setup_twice_creates_nothing_new(demo, django_capture_on_commit_callbacks):
    before = (Article.objects.count(), Claim.objects.count(), ClaimMatch.objects.count())
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("demo_setup", stdout=out)
    assert f"{Article.objects.count()} unchanged:" in out.getvalue()
    assert (Article.objects.count(), Claim.objects.count(), ClaimMatch.objects.count()) == before
