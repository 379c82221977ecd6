"""Review rules the outside attack got around: a Fact-checker creating registry sources, changing a
decided claim's attributions without reopening it, learning user names through assignment, and a
merge that made two sources each other's parent."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from test_api_support import client_for, world  # noqa: F401

from claims.models import Claim, ReviewEvent
from claims.services import WorkflowError
from provenance.models import Attribution, Source, SourceType
from provenance.services import merge_sources
from provenance.services.sources import create_source, update_source

pytestmark = pytest.mark.django_db
API = "/api/v1"


# --- creating registry sources is an Editor's right ------------------------------------------------


@pytest.mark.parametrize("how", ["edit", "add"])
def test_fact_checker_cannot_create_registry_sources_through_attributions(world, fact_checker, how):  # noqa: F811
    before = set(Source.objects.values_list("pk", flat=True))
    payload = {"source_name": "Ministry of Truth", "source_type": "government", "version": 1}
    url = (f"{API}/attributions/{world.att_anon.pk}/edit/" if how == "edit"
           else f"{API}/claims/{world.c2.pk}/attributions/")
    response = client_for(fact_checker).post(url, payload, format="json")
    assert response.status_code == 403
    assert "adding sources to the registry is an Editor's right" in response.json()["detail"]
    assert set(Source.objects.values_list("pk", flat=True)) == before
    assert Claim.objects.get(pk=world.c2.pk).version == 1
    # A name the registry knows (any alias, any spelling) is the Fact-checker's to use, with its type;
    # another type for it would be an edit of the registry, refused as such.
    retyped = client_for(fact_checker).post(url, {**payload, "source_name": "the journal"}, format="json")
    assert retyped.status_code == 403 and "changing a registry source's type" in retyped.json()["detail"]
    assert Source.objects.get(pk=world.wsj.pk).type == SourceType.NEWS_OUTLET
    known = client_for(fact_checker).post(url, {"source_name": "the journal", "version": 1}, format="json")
    assert known.status_code in (200, 201), known.json()
    assert known.json()["attribution"]["source"]["id"] == world.wsj.pk
    assert set(Source.objects.values_list("pk", flat=True)) == before


def test_editor_still_creates_sources_through_attributions(world, editor):  # noqa: F811
    url = f"{API}/attributions/{world.att_anon.pk}/edit/"
    response = client_for(editor).post(
        url, {"source_name": "Ministry of Ports", "source_type": "government", "version": 1}, format="json")
    assert response.status_code == 200
    assert Source.objects.get(canonical_name="Ministry of Ports").type == SourceType.GOVERNMENT


# --- a decided claim's attributions change only after it is reopened ---------------------------------


def _decided_claim_changes(world):  # noqa: ANN001, ANN202, F811
    # c3 is verified, on the record through its confirmed attribution to Jane Doe.
    return [
        (f"/attributions/{world.att_jane.pk}/reject/", {"version": 1}),
        (f"/attributions/{world.att_jane.pk}/confirm/", {"version": 1}),
        (f"/attributions/{world.att_jane.pk}/edit/", {"source_id": world.anon.pk, "version": 1}),
        (f"/claims/{world.c3.pk}/attributions/", {"source_id": world.anon.pk, "version": 1}),
    ]


def test_a_decided_claims_attributions_cannot_change_without_reopening(world, fact_checker, editor):  # noqa: F811
    for user in (fact_checker, editor):
        for path, payload in _decided_claim_changes(world):
            response = client_for(user).post(API + path, payload, format="json")
            assert response.status_code == 400, (path, response.json())
            assert "reopen it" in response.json()["detail"]
    claim = Claim.objects.get(pk=world.c3.pk)
    assert (claim.status, claim.sourcing_strength, claim.version) == ("verified", "on_record", 1)
    assert Attribution.objects.filter(claim=claim).count() == 1
    assert ReviewEvent.objects.filter(claim=claim).count() == 1  # only the fixture's own


def test_after_reopening_the_attributions_change(world, editor, fact_checker):  # noqa: F811
    reopen = client_for(editor).post(f"{API}/claims/{world.c3.pk}/status/",
                                     {"status": "in_review", "note": "new filing", "version": 1}, format="json")
    assert reopen.status_code == 200
    response = client_for(fact_checker).post(f"{API}/attributions/{world.att_jane.pk}/reject/", {"version": 2},
                                             format="json")
    assert response.status_code == 200
    assert Claim.objects.get(pk=world.c3.pk).sourcing_strength == "none"


def test_bulk_confirm_skips_decided_claims(world, fact_checker):  # noqa: F811
    from provenance.services.review import bulk_confirm_machine_attributions

    result = bulk_confirm_machine_attributions(claim_ids=[world.c1.pk, world.c3.pk], actor=fact_checker)
    assert result.done == [world.c1.pk]
    assert [pk for pk, _ in result.skipped] == [world.c3.pk]


# --- assignment tells nobody who is behind a user id -------------------------------------------------


def test_assignment_does_not_leak_user_names(world, fact_checker, viewer):  # noqa: F811
    User = get_user_model()
    secret = User.objects.create_user("standards-chief-hidden", password="pw-hidden-123456")
    gone = User.objects.create_user("former-reporter-hidden", password="pw-gone-123456", is_active=False)
    answers = []
    for pk in (secret.pk, gone.pk, viewer.pk, 987654):
        response = client_for(fact_checker).post(f"{API}/claims/{world.c1.pk}/assign/",
                                                 {"assignee": pk, "version": 1}, format="json")
        assert response.status_code == 400
        text = json.dumps(response.json())
        assert "hidden" not in text
        answers.append(response.json())
    # The same answer whatever is behind the id: existing or not, active or not, reviewer or not.
    assert all(a == answers[0] for a in answers), answers
    assert Claim.objects.get(pk=world.c1.pk).assigned_to is None


# --- merging sources never makes a parent loop -----------------------------------------------------


def test_merge_that_would_make_a_parent_loop_is_refused(editor):
    b = create_source(actor=editor, canonical_name="Bureau B", type=SourceType.GOVERNMENT)
    c = create_source(actor=editor, canonical_name="Office C", type=SourceType.GOVERNMENT, parent_id=b.pk)
    a = create_source(actor=editor, canonical_name="Desk A", type=SourceType.GOVERNMENT)
    update_source(source_id=a.pk, actor=editor, parent_id=c.pk)  # A → C → B
    with pytest.raises(WorkflowError, match="each other's parent"):
        merge_sources(keep_id=a.pk, merge_id=b.pk, actor=editor)
    assert Source.objects.filter(pk=b.pk).exists()
    assert Source.objects.get(pk=a.pk).parent_id == c.pk and Source.objects.get(pk=c.pk).parent_id == b.pk


def test_merges_without_a_loop_still_work(editor):
    b = create_source(actor=editor, canonical_name="Bureau B", type=SourceType.GOVERNMENT)
    c = create_source(actor=editor, canonical_name="Office C", type=SourceType.GOVERNMENT, parent_id=b.pk)
    a = create_source(actor=editor, canonical_name="Desk A", type=SourceType.GOVERNMENT, parent_id=b.pk)
    merge_sources(keep_id=a.pk, merge_id=b.pk, actor=editor)  # A was B's child: it takes B's place
    assert Source.objects.get(pk=a.pk).parent_id is None
    assert Source.objects.get(pk=c.pk).parent_id == a.pk
    # No source is its own ancestor anywhere in the registry.
    for source in Source.objects.all():
        seen, node = set(), source
        while node is not None:
            assert node.pk not in seen
            seen.add(node.pk)
            node = node.parent
