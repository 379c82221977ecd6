"""Editing a registry source goes through update_source / create_source: permissions, aliases, and a
type change carried to attributions and their claims' sourcing strength, through the service and
through the admin with Django's test client."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims.models import Article, Claim, ReviewAction, ReviewEvent, SourcingStrength
from claims.services import WorkflowError
from claims.text import normalise_alias
from provenance.models import Attribution, AttributionReview, Source, SourceAlias, SourceType
from provenance.services import recompute_sourcing_strength
from provenance.services.sources import KEEP, create_source, update_source

pytestmark = pytest.mark.django_db


def _source(name: str, type_: str, *aliases: str) -> Source:
    source = Source.objects.create(canonical_name=name, type=type_)
    for alias in (name, *aliases):
        SourceAlias.objects.create(source=source, alias=alias, normalised=normalise_alias(alias))
    return source


@pytest.fixture
def insider() -> Source:
    """Tagged anonymous, though the desk knows it is the company's press office speaking."""
    return _source("a person close to the company", SourceType.ANONYMOUS, "someone close to the company")


@pytest.fixture
def claim(insider) -> Claim:
    article = Article.objects.create(title="Kestrel", body="The recall will widen, a person close to the company said.",
                                     body_sha256="1" * 64)
    claim = Claim.objects.create(article=article, ordinal=0, start=0, end=len(article.body), text=article.body,
                                 text_hash="h")
    Attribution.objects.create(claim=claim, source=insider, source_text=insider.canonical_name,
                               source_type=SourceType.ANONYMOUS, cue_text="said")
    recompute_sourcing_strength(claim_ids=[claim.pk])
    claim.refresh_from_db()
    assert claim.sourcing_strength == SourcingStrength.ANONYMOUS_ONLY
    return claim


def _aliases(source: Source) -> list[str]:
    return sorted(SourceAlias.objects.filter(source=source).values_list("alias", flat=True))


# --- the service ------------------------------------------------------------------------------


def test_type_change_from_anonymous_to_official_puts_the_claim_on_the_record(editor, insider, claim):
    before = claim.updated_at
    update_source(source_id=insider.pk, actor=editor, type=SourceType.OFFICIAL, note="it is the press office")
    claim.refresh_from_db()
    assert claim.sourcing_strength == SourcingStrength.ON_RECORD
    assert claim.updated_at > before  # API readers syncing on updated_at see the change
    assert set(Attribution.objects.filter(source=insider).values_list("source_type", flat=True)) == {"official"}
    event = ReviewEvent.objects.get(action=ReviewAction.SOURCE_EDITED)
    assert event.actor == editor and event.claim is None and event.note == "it is the press office"
    assert "type: anonymous" in event.from_value and "type: official" in event.to_value


def test_rejected_attributions_follow_the_type_but_still_do_not_count(editor, insider, claim):
    Attribution.objects.filter(claim=claim).update(review=AttributionReview.REJECTED)
    recompute_sourcing_strength(claim_ids=[claim.pk])
    update_source(source_id=insider.pk, actor=editor, type=SourceType.OFFICIAL)
    claim.refresh_from_db()
    assert claim.sourcing_strength == SourcingStrength.NONE
    assert Attribution.objects.get(claim=claim).source_type == SourceType.OFFICIAL


@pytest.mark.parametrize("role", ["viewer", "fact_checker"])
def test_viewer_and_fact_checker_may_not_edit_sources(request, role, insider, claim):
    actor = request.getfixturevalue(role)
    with pytest.raises(PermissionDenied):
        update_source(source_id=insider.pk, actor=actor, type=SourceType.OFFICIAL)
    with pytest.raises(PermissionDenied):
        create_source(actor=actor, canonical_name="Kestrel Motors", type=SourceType.OFFICIAL)
    insider.refresh_from_db()
    claim.refresh_from_db()
    assert insider.type == SourceType.ANONYMOUS and claim.sourcing_strength == SourcingStrength.ANONYMOUS_ONLY
    assert not ReviewEvent.objects.exists()


def test_aliases_are_replaced_normalised_and_the_canonical_name_stays_one(editor, insider):
    update_source(source_id=insider.pk, actor=editor, canonical_name="Kestrel Motors press office",
                  aliases=["Kestrel's press office", "  the   Kestrel press desk "])
    assert _aliases(insider) == ["Kestrel Motors press office", "Kestrel's press office", "the Kestrel press desk"]
    assert set(SourceAlias.objects.filter(source=insider).values_list("normalised", flat=True)) == {
        "kestrel motors press office", "kestrel s press office", "kestrel press desk"}
    event = ReviewEvent.objects.get(action=ReviewAction.SOURCE_EDITED)
    assert "someone close to the company" in event.from_value
    assert "Kestrel Motors press office" in event.to_value


def test_an_alias_of_another_source_is_refused_and_nothing_changes(editor, insider):
    wsj = _source("The Wall Street Journal", SourceType.NEWS_OUTLET, "WSJ")
    with pytest.raises(WorkflowError, match="already belongs to The Wall Street Journal"):
        update_source(source_id=insider.pk, actor=editor, type=SourceType.OFFICIAL, aliases=["wsj."])
    insider.refresh_from_db()
    assert insider.type == SourceType.ANONYMOUS  # one transaction: the type change went too
    assert _aliases(insider) == ["a person close to the company", "someone close to the company"]
    assert _aliases(wsj) == ["The Wall Street Journal", "WSJ"]
    with pytest.raises(WorkflowError, match="already belongs to The Wall Street Journal"):
        update_source(source_id=insider.pk, actor=editor, canonical_name="the Wall Street Journal")
    with pytest.raises(WorkflowError, match="already belongs"):
        create_source(actor=editor, canonical_name="WSJ", type=SourceType.NEWS_OUTLET)
    assert not ReviewEvent.objects.exists()


def test_two_spellings_of_one_alias_are_refused(editor, insider):
    with pytest.raises(WorkflowError, match="are the same alias"):
        update_source(source_id=insider.pk, actor=editor, aliases=["the Journal", "Journal"])


def test_parent_may_be_set_and_cleared_but_never_loop(editor, insider):
    company = _source("Kestrel Motors", SourceType.OFFICIAL)
    update_source(source_id=insider.pk, actor=editor, parent_id=company.pk)
    insider.refresh_from_db()
    assert insider.parent == company
    with pytest.raises(WorkflowError, match="cannot be its parent"):
        update_source(source_id=company.pk, actor=editor, parent_id=insider.pk)
    update_source(source_id=insider.pk, actor=editor, notes="press office", parent_id=KEEP)
    insider.refresh_from_db()
    assert insider.parent == company and insider.notes == "press office"
    update_source(source_id=insider.pk, actor=editor, parent_id=None)
    insider.refresh_from_db()
    assert insider.parent is None


def test_no_change_writes_no_event(editor, insider):
    update_source(source_id=insider.pk, actor=editor, canonical_name=insider.canonical_name, type=insider.type,
                  aliases=_aliases(insider))
    assert not ReviewEvent.objects.exists()


def test_create_source_adds_it_with_its_aliases_and_an_event(editor):
    source = create_source(actor=editor, canonical_name="Kestrel Motors", type=SourceType.OFFICIAL,
                           aliases=["Kestrel", "the company"])
    assert _aliases(source) == ["Kestrel", "Kestrel Motors", "the company"]
    assert ReviewEvent.objects.get(action=ReviewAction.SOURCE_ADDED).actor == editor


# --- through the admin ------------------------------------------------------------------------


def _change_url(source: Source) -> str:
    return reverse("admin:provenance_source_change", args=[source.pk])


def _form(source: Source, *, type_: str | None = None, name: str | None = None, new_aliases=(),
          delete=()) -> dict:
    """The change form as the browser posts it: the source's fields and the alias inline."""
    rows = list(SourceAlias.objects.filter(source=source).order_by("pk"))
    data = {
        "canonical_name": name or source.canonical_name, "type": type_ or source.type, "parent": "", "notes": "",
        "aliases-TOTAL_FORMS": str(len(rows) + len(new_aliases)), "aliases-INITIAL_FORMS": str(len(rows)),
        "aliases-MIN_NUM_FORMS": "0", "aliases-MAX_NUM_FORMS": "1000", "_save": "Save",
    }
    for i, row in enumerate(rows):
        data.update({f"aliases-{i}-id": str(row.pk), f"aliases-{i}-source": str(source.pk),
                     f"aliases-{i}-alias": row.alias})
        if row.alias in delete:
            data[f"aliases-{i}-DELETE"] = "on"
    for j, alias in enumerate(new_aliases, start=len(rows)):
        data.update({f"aliases-{j}-id": "", f"aliases-{j}-source": str(source.pk), f"aliases-{j}-alias": alias})
    return data


def test_editor_changes_the_type_in_the_admin_and_the_claim_flips(client, editor, insider, claim):
    client.force_login(editor)
    response = client.post(_change_url(insider), _form(insider, type_=SourceType.OFFICIAL,
                                                       new_aliases=["the Kestrel press office"],
                                                       delete=["someone close to the company"]))
    assert response.status_code == 302, response.content.decode()[:2000]
    insider.refresh_from_db()
    claim.refresh_from_db()
    assert insider.type == SourceType.OFFICIAL
    assert claim.sourcing_strength == SourcingStrength.ON_RECORD
    assert _aliases(insider) == ["a person close to the company", "the Kestrel press office"]
    assert SourceAlias.objects.get(alias="the Kestrel press office").normalised == "kestrel press office"
    assert ReviewEvent.objects.get(action=ReviewAction.SOURCE_EDITED).actor == editor


@pytest.mark.parametrize("role", ["viewer", "fact_checker"])
def test_viewer_and_fact_checker_posts_are_refused_in_the_admin(client, request, role, insider, claim):
    client.force_login(request.getfixturevalue(role))
    response = client.post(_change_url(insider), _form(insider, type_=SourceType.OFFICIAL))
    assert response.status_code == 403
    insider.refresh_from_db()
    assert insider.type == SourceType.ANONYMOUS
    assert not ReviewEvent.objects.exists()


def test_admin_shows_an_alias_taken_by_another_source_next_to_it(client, editor, insider):
    _source("The Wall Street Journal", SourceType.NEWS_OUTLET, "WSJ")
    client.force_login(editor)
    response = client.post(_change_url(insider), _form(insider, type_=SourceType.OFFICIAL, new_aliases=["WSJ"]))
    assert response.status_code == 200  # the form again, with the error and what was typed
    assert "already belongs to The Wall Street Journal" in response.content.decode()
    insider.refresh_from_db()
    assert insider.type == SourceType.ANONYMOUS and "WSJ" not in _aliases(insider)


def test_admin_refuses_a_rename_to_another_sources_name(client, editor, insider):
    _source("The Wall Street Journal", SourceType.NEWS_OUTLET)
    client.force_login(editor)
    response = client.post(_change_url(insider), _form(insider, name="Wall Street Journal"))
    assert response.status_code == 200
    assert "already belongs to The Wall Street Journal" in response.content.decode()


def test_editor_adds_a_source_in_the_admin(client, editor):
    client.force_login(editor)
    data = {"canonical_name": "Kestrel Motors", "type": SourceType.OFFICIAL, "parent": "", "notes": "",
            "aliases-TOTAL_FORMS": "1", "aliases-INITIAL_FORMS": "0", "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000", "aliases-0-alias": "the carmaker", "_save": "Save"}
    response = client.post(reverse("admin:provenance_source_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    source = Source.objects.get(canonical_name="Kestrel Motors")
    assert _aliases(source) == ["Kestrel Motors", "the carmaker"]
    assert ReviewEvent.objects.filter(action=ReviewAction.SOURCE_ADDED).count() == 1


def test_a_refusal_only_the_service_can_see_comes_back_as_a_message(client, editor, insider):
    """A parent loop passes the form (it checks fields one by one); the service refuses it, nothing is saved."""
    company = _source("Kestrel Motors", SourceType.OFFICIAL)
    update_source(source_id=insider.pk, actor=editor, parent_id=company.pk)
    client.force_login(editor)
    data = _form(company, type_=SourceType.GOVERNMENT)
    data["parent"] = str(insider.pk)
    response = client.post(_change_url(company), data, follow=True)
    assert "Not saved:" in response.content.decode() and "cannot be its parent" in response.content.decode()
    company.refresh_from_db()
    assert company.parent is None and company.type == SourceType.OFFICIAL
