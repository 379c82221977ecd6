"""Matches in the API, the admin (the Elsewhere panel, the claim list filter, the source page) and
the exports. Query counts are pinned at two sizes: they must not grow with the matches shown."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims import exports
from claims.models import Article, Claim, ClaimStatus, ReviewAction, ReviewEvent
from claims.services import change_claim_status
from provenance.models import ClaimMatch, MatchSignature, MatchState, Source, SourceType
from provenance.services import matching

pytestmark = pytest.mark.django_db

BASE = dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)
_serial = itertools.count()


def make_group(n_others: int, *, text: str = "Tillbury will close about 650 beds at its hospitals by August."):
    """A scoop and n_others later articles stating the same claim, matched by the real service."""
    claims = []
    for i in range(n_others + 1):
        outlet = Source.objects.get_or_create(canonical_name=f"Outlet {i}", type=SourceType.NEWS_OUTLET)[0]
        n = next(_serial)
        article = Article.objects.create(title=f"Story {i}", body=text, body_sha256=f"{n:064d}", publisher=outlet,
                                         url=f"https://news.example.org/{n}", published_at=BASE + dt.timedelta(days=i))
        claims.append(Claim.objects.create(article=article, ordinal=0, start=0, end=len(text), text=text,
                                           text_hash=f"h{i}"))
    for claim in claims:
        matching.match_article(article_id=claim.article_id)
    return claims


@pytest.fixture
def api(fact_checker):
    client = APIClient()
    client.force_authenticate(fact_checker)
    return client


# --- API -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n_others", [2, 5])
def test_claim_matches_endpoint(api, django_assert_num_queries, n_others):
    claims = make_group(n_others)
    scoop, last = claims[0], claims[-1]
    # the user's permissions (2), the claim exists, the group walk (2 steps for a star: the claim's
    # matches, then theirs), the group's articles, the matches, the group's decided claims
    with django_assert_num_queries(8):
        response = api.get(reverse("api:claim-matches", args=[last.pk]))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["first_appearance"]["claim_id"] == scoop.pk
    assert body["first_appearance"]["article_url"] == scoop.article.url
    assert body["group_size"] == n_others + 1
    assert {m["other"]["id"] for m in body["matches"]} == {c.pk for c in claims[:-1]}
    first = next(m for m in body["matches"] if m["other"]["id"] == scoop.pk)
    assert first["is_first_appearance"] and first["other"]["article"]["publisher"] == "Outlet 0"
    assert first["state"] == "suggested" and 0.5 <= first["score"] <= 1


def test_confirm_and_reject_endpoints(api, viewer):
    a, b = make_group(1)
    match = ClaimMatch.objects.get(claim=a, other=b)
    response = api.post(reverse("api:match-confirm", args=[match.pk]), {"note": "same"}, format="json")
    assert response.status_code == 200
    assert response.json()["matches"][0]["state"] == "confirmed"
    assert ClaimMatch.objects.get(claim=b, other=a).state == MatchState.CONFIRMED
    response = api.post(reverse("api:match-reject", args=[match.pk]), {}, format="json")
    assert response.status_code == 200 and response.json()["matches"][0]["state"] == "rejected"
    assert api.post(reverse("api:match-reject", args=[999999]), {}, format="json").status_code == 404
    assert api.post(reverse("api:match-reject", args=[match.pk]), {"note": "x" * 20000},
                    format="json").status_code == 400
    readonly = APIClient()
    readonly.force_authenticate(viewer)
    assert readonly.get(reverse("api:claim-matches", args=[a.pk])).status_code == 200
    assert readonly.post(reverse("api:match-confirm", args=[match.pk]), {}, format="json").status_code == 403
    assert ClaimMatch.objects.get(pk=match.pk).state == MatchState.REJECTED
    assert APIClient().get(reverse("api:claim-matches", args=[a.pk])).status_code in (401, 403)
    assert api.get(reverse("api:claim-matches", args=[999999])).status_code == 404


def test_apply_verdict_endpoint(api, fact_checker):
    a, b = make_group(1)
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.MISLEADING,
                        evidence_url="https://evidence.example.org/check")
    verdicts = api.get(reverse("api:claim-matches", args=[b.pk])).json()["verdicts"]
    assert [(v["claim_id"], v["status"]) for v in verdicts] == [(a.pk, "misleading")]
    url = reverse("api:claim-apply-verdict", args=[b.pk])
    assert api.post(url, {"from_claim": a.pk, "version": 99}, format="json").status_code == 409
    response = api.post(url, {"from_claim": a.pk, "version": b.version}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "misleading"
    assert api.post(url, {"from_claim": a.pk, "version": response.json()["version"]},
                    format="json").status_code == 400


# --- admin -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("n_others", [2, 5])
def test_review_page_elsewhere_panel(client, fact_checker, n_others):
    claims = make_group(n_others)
    client.force_login(fact_checker)
    response = client.get(reverse("admin:claims_claim_change", args=[claims[-1].pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('data-action="confirm-match"') == n_others
    assert "first appearance" in page and f"claim {claims[0].pk}" in page


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    return ctx.captured_queries


def test_review_page_query_count_does_not_grow_with_the_group(client, fact_checker):
    small = make_group(2, text="Tillbury will close about 650 beds at its hospitals by August.")
    big = make_group(6, text="Greyhaven will open 12 new schools by 2030, officials in Greyhaven said.")
    lonely = make_group(0, text="Ashwick will repave 40 miles of road this summer.")
    client.force_login(fact_checker)
    n_small = len(_queries(client, reverse("admin:claims_claim_change", args=[small[-1].pk])))
    n_big = len(_queries(client, reverse("admin:claims_claim_change", args=[big[-1].pk])))
    n_none = len(_queries(client, reverse("admin:claims_claim_change", args=[lonely[0].pk])))
    assert n_small == n_big
    # A claim with matches costs two queries more than one without: the walk's second step, and
    # the group's decided claims (none to look for when the group is the claim alone).
    assert n_small - n_none == 2


def test_admin_confirm_reject_and_apply_verdict(client, fact_checker):
    a, b = make_group(1)
    match = ClaimMatch.objects.get(claim=b, other=a)
    client.force_login(fact_checker)
    review = reverse("admin:claims_claim_change", args=[b.pk])
    response = client.post(reverse("admin:provenance_claimmatch_decide", args=[match.pk]),
                           {"decision": "confirmed", "next": review})
    assert response.status_code == 302 and response["Location"] == review
    assert set(ClaimMatch.objects.values_list("state", flat=True)) == {MatchState.CONFIRMED}
    # An outside `next` is not followed.
    response = client.post(reverse("admin:provenance_claimmatch_decide", args=[match.pk]),
                           {"decision": "rejected", "next": "https://elsewhere.example.com/"})
    assert response["Location"] == review
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.FALSE,
                        evidence_url="https://evidence.example.org/check")
    # Rejected: no verdict travels.
    assert "Apply: false" not in client.get(review).content.decode()
    client.post(reverse("admin:provenance_claimmatch_decide", args=[match.pk]), {"decision": "confirmed"})
    page = client.get(review).content.decode()
    assert "A matching claim was rated false on" in page and "Apply: false" in page
    b.refresh_from_db()
    response = client.post(reverse("admin:provenance_claimmatch_apply_verdict"),
                           {"claim": b.pk, "from_claim": a.pk, "version": b.version, "next": review})
    assert response.status_code == 302
    b.refresh_from_db()
    assert b.status == ClaimStatus.FALSE
    assert ReviewEvent.objects.filter(claim=b, action=ReviewAction.MATCH_CONFIRMED).count() == 2


def test_viewer_sees_the_panel_without_buttons_and_cannot_post(client, viewer):
    a, b = make_group(1)
    client.force_login(viewer)
    page = client.get(reverse("admin:claims_claim_change", args=[b.pk])).content.decode()
    assert 'id="elsewhere"' in page and 'data-action="confirm-match"' not in page
    match = ClaimMatch.objects.get(claim=b)
    response = client.post(reverse("admin:provenance_claimmatch_decide", args=[match.pk]), {"decision": "confirmed"})
    assert response.status_code == 403
    assert ClaimMatch.objects.get(pk=match.pk).state == MatchState.SUGGESTED


@pytest.mark.parametrize("n_others", [2, 5])
def test_claim_list_filters(client, fact_checker, django_assert_num_queries, n_others):
    from tests.test_admin_queries import CLAIM_LIST_QUERIES

    claims = make_group(n_others)
    lonely = Claim.objects.create(article=claims[0].article, ordinal=1, start=0, end=4, text="Rain.", text_hash="r")
    client.force_login(fact_checker)
    url = reverse("admin:claims_claim_changelist")
    with django_assert_num_queries(CLAIM_LIST_QUERIES):
        response = client.get(url, {"matches": "yes"})
    assert {c.pk for c in response.context["cl"].result_list} == {c.pk for c in claims}
    response = client.get(url, {"matches": "first"})
    assert [c.pk for c in response.context["cl"].result_list] == [claims[0].pk]
    assert lonely.pk not in {c.pk for c in response.context["cl"].result_list}


def test_first_appearance_filter_prefers_confirmed_matches(client, fact_checker):
    a, b, c = make_group(2)
    # b and c are confirmed the same claim; b's earlier suggestion to a no longer decides.
    matching.confirm_match(match_id=ClaimMatch.objects.get(claim=b, other=c).pk, actor=fact_checker)
    client.force_login(fact_checker)
    response = client.get(reverse("admin:claims_claim_changelist"), {"matches": "first"})
    assert {x.pk for x in response.context["cl"].result_list} == {a.pk, b.pk}


def test_source_page_shows_relays(client, editor):
    a, b = make_group(1)
    client.force_login(editor)
    later = client.get(reverse("admin:provenance_source_change", args=[b.article.publisher_id])).content.decode()
    earlier = client.get(reverse("admin:provenance_source_change", args=[a.article.publisher_id])).content.decode()
    relays = later[later.index('id="relays"'):later.index('id="relayed-by"')]
    assert "Outlet 0" in relays
    relayed_by = earlier[earlier.index('id="relayed-by"'):]
    assert "Outlet 1" in relayed_by


# --- exports ---------------------------------------------------------------------------------------


def test_jsonl_rows_carry_matches_and_first_appearance(fact_checker):
    a, b, c = make_group(2)
    matching.reject_match(match_id=ClaimMatch.objects.get(claim=c, other=a).pk, actor=fact_checker)
    rows = {r["id"]: r for r in map(json.loads, b"".join(exports.jsonl_chunks(Claim.objects.all())).splitlines())}
    assert rows[a.pk]["article_url"] == a.article.url
    assert rows[a.pk]["published_at"].startswith("2026-04-01")
    assert {m["claim_id"] for m in rows[c.pk]["matches"]} == {b.pk}  # the rejected one is left out
    assert {m["state"] for m in rows[a.pk]["matches"]} == {"suggested"}
    for claim in (a, b, c):
        assert rows[claim.pk]["first_appearance"] == {
            "claim_id": a.pk, "article_url": a.article.url, "published_at": rows[a.pk]["published_at"]}


def test_claimreview_carries_appearances_of_confirmed_matches(fact_checker, settings):
    settings.CLAIMREVIEW_URL_TEMPLATE = "https://desk.example.org/checks/{claim_id}"
    settings.CLAIMREVIEW_AUTHOR = "Harbor Valley Fact Desk"
    a, b, c = make_group(2)
    matching.confirm_match(match_id=ClaimMatch.objects.get(claim=b, other=a).pk, actor=fact_checker)
    change_claim_status(claim_id=b.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    change_claim_status(claim_id=b.pk, actor=fact_checker, to_status=ClaimStatus.FALSE,
                        evidence_url="https://evidence.example.org/check")
    [item] = json.loads(b"".join(exports.claimreview_chunks(Claim.objects.all(), base_url="https://desk.example/")))
    reviewed = item["itemReviewed"]
    urls = [x.get("url") for x in reviewed["appearance"]]
    assert urls == [b.article.url, a.article.url]  # its own article, then the confirmed match (c is only suggested)
    assert reviewed["firstAppearance"]["url"] == a.article.url


def test_signatures_are_not_exported_and_matching_leaves_csv_alone():
    make_group(1)
    header = b"".join(exports.csv_chunks(Claim.objects.all())).splitlines()[0].decode()
    assert header == ",".join(exports.HEADER)
    assert MatchSignature.objects.count() == 2


def test_api_refuses_a_nul_byte_in_the_note(api):
    a, b = make_group(1)
    match = ClaimMatch.objects.get(claim=a, other=b)
    response = api.post(reverse("api:match-confirm", args=[match.pk]), {"note": "same\x00"}, format="json")
    assert response.status_code == 400
    assert ClaimMatch.objects.get(pk=match.pk).state == MatchState.SUGGESTED


def test_admin_refuses_garbage(client, fact_checker):
    a, b = make_group(1)
    match = ClaimMatch.objects.get(claim=a, other=b)
    client.force_login(fact_checker)
    response = client.post(reverse("admin:provenance_claimmatch_apply_verdict"), {"claim": "x", "from_claim": "1"})
    assert response.status_code == 400
    response = client.post(reverse("admin:provenance_claimmatch_decide", args=[match.pk]), {"decision": "maybe"},
                           follow=True)
    assert any("decision must be confirmed or rejected" in str(m) for m in response.context["messages"])
    assert client.get(reverse("admin:provenance_claimmatch_decide", args=[match.pk])).status_code == 405
    assert set(ClaimMatch.objects.values_list("state", flat=True)) == {MatchState.SUGGESTED}


@pytest.mark.parametrize("n_others", [1, 4])
def test_relay_graph_query_count(django_assert_num_queries, n_others):
    from provenance import selectors

    claims = make_group(n_others)
    with django_assert_num_queries(7):  # six grouped counts and the names
        graph = selectors.relay_graph(source_id=claims[0].article.publisher_id)
    assert {link.name for link in graph["relayed_by"]} == {f"Outlet {i}" for i in range(1, n_others + 1)}


def test_panel_forms_carry_a_working_csrf_token(fact_checker):
    import re

    from django.test import Client

    a, b = make_group(1)
    client = Client(enforce_csrf_checks=True)
    client.force_login(fact_checker)
    page = client.get(reverse("admin:claims_claim_change", args=[b.pk])).content.decode()
    panel = page[page.index('id="elsewhere"'):]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', panel)[1]
    match = ClaimMatch.objects.get(claim=b, other=a)
    response = client.post(reverse("admin:provenance_claimmatch_decide", args=[match.pk]),
                           {"decision": "confirmed", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert ClaimMatch.objects.get(pk=match.pk).state == MatchState.CONFIRMED
