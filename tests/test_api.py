"""/api/v1/: status codes, shapes, filters, pagination, roles, conflicts and the audit trail."""
# ruff: noqa: F811  (tests take the imported `world` fixture as a parameter of the same name)

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from test_api_support import World, attribution, claim, client_for, world  # noqa: F401

from claims.models import Article, Claim, ReviewAction, ReviewEvent
from provenance.models import Attribution, AttributionOrigin, AttributionReview, Source

pytestmark = pytest.mark.django_db
API = "/api/v1"


def fresh(user):  # noqa: ANN001, ANN201
    # A user as a request sees it: permission caches empty, so their queries are counted.
    return get_user_model().objects.get(pk=user.pk)


# --- authentication and roles ----------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/articles/", "/claims/", "/sources/", "/audit/", "/exports/claims.csv", "/claims/1/", "/sources/1/"]
)
def test_anonymous_requests_are_refused(path):
    response = APIClient().get(API + path)
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")


def test_user_without_a_role_sees_nothing(world):
    nobody = get_user_model().objects.create_user("nobody", password="pw-nobody-1234")
    client = client_for(nobody)
    for path in ["/articles/", "/claims/", f"/claims/{world.c1.pk}/", "/sources/", "/audit/"]:
        assert client.get(API + path).status_code == 403, path


def test_token_authentication(world, viewer):
    token = Token.objects.create(user=viewer)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get(API + "/claims/").status_code == 200
    client.credentials(HTTP_AUTHORIZATION="Token " + "0" * 40)
    assert client.get(API + "/claims/").status_code == 401


def test_guessed_tokens_are_throttled_per_address(db, viewer):
    from django.core.cache import cache

    from config.security import ThrottledTokenAuthentication

    cache.clear()
    client = APIClient(REMOTE_ADDR="10.9.8.7")
    client.credentials(HTTP_AUTHORIZATION="Token " + "f" * 40)
    codes = [client.get(API + "/claims/").status_code for _ in range(ThrottledTokenAuthentication.limit + 1)]
    assert codes[:-1] == [401] * ThrottledTokenAuthentication.limit
    assert codes[-1] == 429
    # Another address is not affected, nor a valid token... from another address.
    other = APIClient(REMOTE_ADDR="10.9.8.8")
    other.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=viewer).key}")
    assert other.get(API + "/claims/").status_code == 200
    cache.clear()


def test_user_throttle_applies_to_token_users(world, viewer, settings):
    from django.core.cache import cache
    from rest_framework.throttling import UserRateThrottle

    cache.clear()
    UserRateThrottle.THROTTLE_RATES = {**UserRateThrottle.THROTTLE_RATES, "user": "3/hour"}
    try:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=viewer).key}")
        codes = [client.get(API + "/audit/").status_code for _ in range(4)]
    finally:
        from rest_framework.settings import api_settings

        UserRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
        cache.clear()
    assert codes == [200, 200, 200, 429]


def test_admin_login_works_and_repeated_failures_lock_out(db, editor, settings):
    from django.core.cache import cache

    cache.clear()
    client = APIClient(enforce_csrf_checks=False)
    login = "/admin/login/?next=/admin/"
    assert client.post(login, {"username": "ed", "password": "pw-ed-123456"}).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert client.post(login, {"username": "ed", "password": "wrong"}).status_code == 200
    # The attempt that reaches the limit is itself answered with the lockout.
    assert client.post(login, {"username": "ed", "password": "wrong"}).status_code == 429
    # Locked out now: even the right password is refused for this username from this address.
    assert client.post(login, {"username": "ed", "password": "pw-ed-123456"}).status_code == 429
    # Other usernames from the same address still log in (the newsroom shares one NAT address).
    get_user_model().objects.create_user("other", password="pw-other-1234", is_staff=True)
    assert client.post(login, {"username": "other", "password": "pw-other-1234"}).status_code == 302


def test_session_authentication_after_admin_login(world, viewer):
    client = APIClient()
    assert client.login(username="vi", password="pw-vi-123456")
    assert client.get(API + "/claims/").status_code == 200


# --- articles ----------------------------------------------------------------------------------


def test_article_list_shape_and_pinned_queries(world, viewer):
    client = client_for(fresh(viewer))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(API + "/articles/")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2 and body["next"] is None
    first = {a["id"]: a for a in body["results"]}[world.a1.pk]
    assert first["publisher"] == {"id": world.planet.pk, "canonical_name": "Daily Planet", "type": "news_outlet"}
    assert first["claim_count"] == 2
    assert "body" not in first
    # 2 for the user's permissions, then count + page (claim counts and publishers joined in).
    assert len(queries) == 4, [q["sql"] for q in queries]


def test_article_detail_has_claims_and_attributions(world, viewer, django_assert_num_queries):
    client = client_for(viewer)
    client.get(API + "/articles/")  # warm the user's permission cache
    with django_assert_num_queries(3):  # article, its claims, their attributions (with sources)
        response = client.get(f"{API}/articles/{world.a1.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert body["body"] == world.a1.body
    assert [c["id"] for c in body["claims"]] == [world.c1.pk, world.c2.pk]
    assert body["claims"][0]["attributions"][0]["source"]["canonical_name"] == "The Wall Street Journal"
    assert client.get(f"{API}/articles/999999/").status_code == 404


def test_article_create_ingests_and_queues_tagging(db, editor, django_capture_on_commit_callbacks):
    client = client_for(editor)
    payload = {"title": "Port strike", "url": "https://example.org/port", "publisher": "Harbor Courier",
               "published_at": "2026-04-01", "body": "Dock workers walked out on Monday, the union said."}
    with django_capture_on_commit_callbacks(execute=True) as queued:
        response = client.post(API + "/articles/", payload, format="json")
    assert response.status_code == 201, response.json()
    assert queued  # tagging is sent after commit
    body = response.json()
    assert body["outcome"] == "created"
    article = Article.objects.get(pk=body["article"]["id"])
    assert article.publisher.canonical_name == "Harbor Courier"
    assert article.claims.exists()  # eager Celery in tests: tagged already
    again = client.post(API + "/articles/", payload, format="json")
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged"
    assert Article.objects.count() == 1


def test_article_create_html_format(db, editor):
    html = "<html><head><title>T</title><script>x()</script></head><body><article><p>" + (
        "The council approved the budget on Tuesday, officials said. " * 5) + "</p></article></body></html>"
    response = client_for(editor).post(API + "/articles/", {"body": html, "format": "html"}, format="json")
    assert response.status_code == 201, response.json()
    assert "x()" not in Article.objects.get().body


@pytest.mark.parametrize("user_fixture", ["viewer", "fact_checker"])
def test_article_create_needs_the_editor_role(db, request, user_fixture):
    user = request.getfixturevalue(user_fixture)
    response = client_for(user).post(API + "/articles/", {"body": "A sentence."}, format="json")
    assert response.status_code == 403
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"body": ""}, "empty"),
        ({"body": "   \n\t "}, "empty"),
        ({"body": "Text with a NUL \x00 byte."}, "NUL"),
        ({"body": "<html><body><div><p>Hi</p></div></body></html>"}, "HTML"),
        ({"body": "x" * 5000}, "over the limit"),
        ({"body": "Fine text.", "published_at": "yesterday-ish"}, "published_at"),
        ({"body": "Fine text.", "url": "ftp://example.org/x"}, "url"),
        ({"body": "Fine text.", "format": "pdf"}, "format"),
        ({"title": "no body"}, "body"),
        ({"body": ["a list"]}, "body"),
    ],
)
def test_article_create_bad_input_is_a_clear_400_and_stores_nothing(db, editor, settings, payload, message):
    settings.ARTICLE_MAX_BYTES = 4096
    response = client_for(editor).post(API + "/articles/", payload, format="json")
    assert response.status_code == 400
    assert message.lower() in json.dumps(response.json()).lower()
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [
        (b'{"body": "caf\xe9 au lait"}', "application/json"),  # invalid UTF-8
        (b'{"body": "unterminated', "application/json"),
        (b"body=hello", "application/x-www-form-urlencoded"),
        (b"[1, 2]", "application/json"),
    ],
)
def test_article_create_malformed_bodies(db, editor, raw, content_type):
    response = client_for(editor).generic("POST", API + "/articles/", raw, content_type=content_type)
    assert response.status_code in (400, 415)
    assert "detail" in response.json() or "non_field_errors" in response.json()
    assert not Article.objects.exists()


def test_oversized_request_is_refused_before_parsing(db, editor, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = json.dumps({"body": "word " * 400})
    response = client_for(editor).generic("POST", API + "/articles/", body, content_type="application/json")
    assert response.status_code == 413
    assert not Article.objects.exists()


# --- claims: list, filters, pagination ---------------------------------------------------------


def ids(response) -> list[int]:  # noqa: ANN001
    assert response.status_code == 200, response.content
    return [c["id"] for c in response.json()["results"]]


def test_claim_list_shape_and_pinned_queries(world, viewer):
    for n in range(10):  # more rows must not mean more queries
        attribution(claim(world.a1, 10 + n, f"Extra claim {n}."), world.wsj)
    client = client_for(fresh(viewer))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(API + "/claims/")
    body = response.json()
    assert set(body) == {"next", "previous", "results"}
    item = next(c for c in body["results"] if c["id"] == world.c3.pk)
    assert item["article"]["id"] == world.a2.pk and item["article"]["publisher"] is None
    assert item["assigned_to"]["username"] == "fc"
    assert item["attributions"][0]["source"]["type"] == "person"
    assert item["status"] == "verified" and item["version"] == 1
    # 2 for the user's permissions, claims (joined with article, publisher, assignee), attributions.
    assert len(queries) == 4, [q["sql"] for q in queries]


def test_claim_list_cursor_pagination_walks_everything_once(world, viewer):
    client = client_for(viewer)
    seen, url = [], API + "/claims/?page_size=2"
    while url:
        response = client.get(url)
        page = ids(response)
        assert len(page) <= 2
        seen += page
        url = response.json()["next"]
    assert seen == sorted(Claim.objects.values_list("id", flat=True))
    assert client.get(API + "/claims/?cursor=garbage").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=unverified", ["c1", "c5"]),
        ("status=verified&status=false", ["c3", "c4"]),
        ("sourcing_strength=anonymous_only", ["c2"]),
        ("source_type=person", ["c3"]),
        ("source_type=news_outlet", ["c1"]),
        ("source={wsj}", ["c1"]),
        ("publisher={planet}", ["c1", "c2"]),
        ("article={a2}", ["c3", "c4", "c5"]),
        ("assigned_to={fc}", ["c3"]),
        ("unassigned=false", ["c3"]),
        ("flag=not_independently_verified", ["c4"]),
        ("q=JOURNAL", ["c1"]),
        ("created_after=2000-01-01T00:00:00Z", ["c1", "c2", "c3", "c4", "c5"]),
        ("created_before=2000-01-01T00:00:00Z", []),
        ("updated_after=2999-01-01T00:00:00Z", []),
        ("created_after=2000-01-01T00:00:00%2B20:58", ["c1", "c2", "c3", "c4", "c5"]),  # offset PostgreSQL refuses
        ("status=unverified&article={a1}", ["c1"]),
    ],
)
def test_claim_filters(world, viewer, fact_checker, query, expected):
    query = query.format(wsj=world.wsj.pk, planet=world.planet.pk, a2=world.a2.pk, a1=world.a1.pk,
                         fc=fact_checker.pk)
    got = ids(client_for(viewer).get(f"{API}/claims/?{query}"))
    assert got == [getattr(world, name).pk for name in expected]


def test_rejected_attributions_do_not_match_source_filters(world, viewer):
    world.att_wsj.review = AttributionReview.REJECTED
    world.att_wsj.save()
    assert ids(client_for(viewer).get(f"{API}/claims/?source={world.wsj.pk}")) == []


@pytest.mark.parametrize(
    "query",
    ["article=abc", "article=-3", "source=99999999999999999999999", "created_after=nope", "status=bogus",
     "flag=whatever", "updated_before=9999-12-31T23:59:59-12:00", "page_size=x"],
)
def test_malformed_filter_values_are_400(world, viewer, query):
    response = client_for(viewer).get(f"{API}/claims/?{query}")
    assert response.status_code in (400, 200)  # page_size is clamped to the default, the rest refused
    if not query.startswith("page_size"):
        assert response.status_code == 400, response.content


@pytest.mark.parametrize(
    "query", ["q=a%00b", "q=%00", "article=1%00", "q=%ff%fe", "%00=1", "q=caf%e9"]
)
def test_nul_and_invalid_utf8_in_query_strings_are_400(world, viewer, query):
    for path in ["/claims/", "/sources/", "/exports/claims.csv", "/articles/"]:
        response = client_for(viewer).get(API + path, QUERY_STRING=query)
        assert response.status_code == 400, (path, query)
        assert "detail" in response.json()


def test_unknown_api_paths_answer_json_404(viewer):
    response = client_for(viewer).get(API + "/claims/not-a-number/")
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}
    # Schemathesis found this one: a path with CR/LF in it escaped the catch-all and got HTML.
    response = client_for(viewer).post(API + "/attributions/%C3%81O%0D%F1%0A3D/edit/", "R", content_type="application/json")
    assert response.status_code == 404 and response["Content-Type"] == "application/json"


# --- claims: detail and writes -------------------------------------------------------------------


def test_claim_detail_shape(world, viewer):
    body = client_for(viewer).get(f"{API}/claims/{world.c3.pk}/").json()
    assert body["text"] == world.c3.text
    assert body["allowed_next_statuses"] == ["in_review"]
    assert [e["action"] for e in body["events"]] == ["status_changed"]
    assert client_for(viewer).get(f"{API}/claims/999999/").status_code == 404


def status_change(client, c, **payload):  # noqa: ANN001, ANN003, ANN201
    return client.post(f"{API}/claims/{c.pk}/status/", payload, format="json")


def test_status_change_200_writes_an_event(world, fact_checker):
    response = status_change(client_for(fact_checker), world.c1, status="in_review", note="checking",
                             evidence_url="https://example.org/evidence", version=1)
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "in_review" and body["version"] == 2
    event = ReviewEvent.objects.get(claim=world.c1)
    assert (event.actor, event.action, event.from_value, event.to_value) == (
        fact_checker, ReviewAction.STATUS_CHANGED, "unverified", "in_review")
    assert event.evidence_url == "https://example.org/evidence" and event.note == "checking"


def test_status_change_disallowed_transition_is_400(world, fact_checker):
    response = status_change(client_for(fact_checker), world.c1, status="verified", version=1)
    assert response.status_code == 400
    assert "cannot go from unverified to verified" in response.json()["detail"]
    assert not ReviewEvent.objects.filter(claim=world.c1).exists()


def test_status_change_viewer_is_403(world, viewer):
    response = status_change(client_for(viewer), world.c1, status="in_review", version=1)
    assert response.status_code == 403
    assert Claim.objects.get(pk=world.c1.pk).status == "unverified"


def test_reopen_needs_the_editor_role_and_a_note(world, fact_checker, editor):
    assert status_change(client_for(fact_checker), world.c3, status="in_review", note="new facts",
                         version=1).status_code == 403
    assert status_change(client_for(editor), world.c3, status="in_review", version=1).status_code == 400
    response = status_change(client_for(editor), world.c3, status="in_review", note="new facts", version=1)
    assert response.status_code == 200


def test_stale_version_is_409_and_changes_nothing(world, fact_checker):
    client = client_for(fact_checker)
    assert status_change(client, world.c2, status="verified", version=1,
                         evidence_url="https://evidence.example.org/c2").status_code == 200
    response = status_change(client, world.c2, status="false", version=1)
    assert response.status_code == 409
    assert response.json()["current_version"] == 2
    assert Claim.objects.get(pk=world.c2.pk).status == "verified"
    assert ReviewEvent.objects.filter(claim=world.c2).count() == 1


@pytest.mark.parametrize(
    "payload",
    [{}, {"status": "in_review"}, {"status": "in_review", "version": "x"}, {"status": "nope", "version": 1},
     {"status": "in_review", "version": 1, "evidence_url": "not a url"}, {"status": "in_review", "version": 0}],
)
def test_status_change_invalid_input_is_400(world, fact_checker, payload):
    response = client_for(fact_checker).post(f"{API}/claims/{world.c1.pk}/status/", payload, format="json")
    assert response.status_code == 400


def test_status_change_missing_claim_is_404(db, fact_checker):
    assert status_change(client_for(fact_checker), Claim(pk=424242), status="in_review",
                         version=1).status_code == 404


def test_assignment(world, editor, fact_checker, viewer):
    client = client_for(editor)
    url = f"{API}/claims/{world.c1.pk}/assign/"
    response = client.post(url, {"assignee": fact_checker.pk, "version": 1}, format="json")
    assert response.status_code == 200
    assert response.json()["assigned_to"]["id"] == fact_checker.pk
    event = ReviewEvent.objects.get(claim=world.c1, action=ReviewAction.ASSIGNED)
    assert event.to_value == "fc" and event.actor == editor
    assert client.post(url, {"assignee": viewer.pk, "version": 2}, format="json").status_code == 400
    assert client.post(url, {"assignee": 999999, "version": 2}, format="json").status_code == 400
    assert client.post(url, {"assignee": None, "version": 1}, format="json").status_code == 409
    assert client.post(url, {"assignee": None, "version": 2}, format="json").status_code == 200
    assert client_for(viewer).post(url, {"assignee": None, "version": 3}, format="json").status_code == 403


def test_evidence(world, fact_checker):
    url = f"{API}/claims/{world.c1.pk}/evidence/"
    response = client_for(fact_checker).post(url, {"evidence_url": "https://example.org/doc", "version": 1},
                                            format="json")
    assert response.status_code == 200 and response.json()["version"] == 2
    assert ReviewEvent.objects.filter(claim=world.c1, action=ReviewAction.EVIDENCE_ADDED).count() == 1


# --- attributions ------------------------------------------------------------------------------


def test_attribution_detail(world, viewer):
    body = client_for(viewer).get(f"{API}/attributions/{world.att_wsj.pk}/").json()
    assert body["claim_id"] == world.c1.pk and body["review"] == "pending"


@pytest.mark.parametrize(("action", "review", "event"), [
    ("confirm", "confirmed", ReviewAction.ATTRIBUTION_CONFIRMED),
    ("reject", "rejected", ReviewAction.ATTRIBUTION_REJECTED),
])
def test_attribution_confirm_and_reject(world, fact_checker, action, review, event):
    url = f"{API}/attributions/{world.att_anon.pk}/{action}/"
    response = client_for(fact_checker).post(url, {"version": 1, "note": "checked"}, format="json")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["attribution"]["review"] == review and body["claim_version"] == 2
    assert ReviewEvent.objects.get(attribution=world.att_anon).action == event
    stale = client_for(fact_checker).post(url.replace(action, "confirm" if action == "reject" else "reject"),
                                         {"version": 1}, format="json")
    assert stale.status_code == 409


def test_rejecting_the_only_source_updates_sourcing_strength(world, fact_checker):
    client_for(fact_checker).post(f"{API}/attributions/{world.att_anon.pk}/reject/", {"version": 1}, format="json")
    assert Claim.objects.get(pk=world.c2.pk).sourcing_strength == "none"


def test_attribution_edit(world, fact_checker, viewer, editor):
    url = f"{API}/attributions/{world.att_anon.pk}/edit/"
    payload = {"source_name": "Dr. Paul Mensah", "source_type": "person", "version": 1, "note": "named later"}
    assert client_for(viewer).post(url, payload, format="json").status_code == 403
    # A name the registry does not know makes a new source: an Editor's right, not a Fact-checker's.
    refused = client_for(fact_checker).post(url, payload, format="json")
    assert refused.status_code == 403 and "Editor's right" in refused.json()["detail"]
    response = client_for(editor).post(url, payload, format="json")
    assert response.status_code == 200, response.json()
    body = response.json()["attribution"]
    assert body["source"]["canonical_name"] == "Dr. Paul Mensah" and body["review"] == "confirmed"
    assert ReviewEvent.objects.get(attribution=world.att_anon).action == ReviewAction.ATTRIBUTION_EDITED
    assert Claim.objects.get(pk=world.c2.pk).sourcing_strength == "on_record"
    by_id = client_for(fact_checker).post(url, {"source_id": world.wsj.pk, "version": 2}, format="json")
    assert by_id.status_code == 200 and by_id.json()["attribution"]["source"]["id"] == world.wsj.pk
    missing = client_for(fact_checker).post(url, {"source_id": 999999, "version": 3}, format="json")
    assert missing.status_code == 400
    nothing = client_for(fact_checker).post(url, {"version": 3}, format="json")
    assert nothing.status_code == 400


def test_attribution_add(world, fact_checker, viewer):
    url = f"{API}/claims/{world.c5.pk}/attributions/"
    payload = {"source_id": world.jane.pk, "cue_text": "said", "version": 1}
    assert client_for(viewer).post(url, payload, format="json").status_code == 403
    response = client_for(fact_checker).post(url, payload, format="json")
    assert response.status_code == 201, response.json()
    created = Attribution.objects.get(pk=response.json()["attribution"]["id"])
    assert created.origin == AttributionOrigin.EDITOR and created.claim_id == world.c5.pk
    assert ReviewEvent.objects.get(attribution=created).action == ReviewAction.ATTRIBUTION_ADDED
    assert client_for(fact_checker).post(url, payload, format="json").status_code == 409
    hedge = client_for(fact_checker).post(url, {"cue_text": "allegedly", "version": 2}, format="json")
    assert hedge.status_code == 201 and hedge.json()["attribution"]["source"] is None
    empty = client_for(fact_checker).post(url, {"version": 3}, format="json")
    assert empty.status_code == 400


# --- sources and audit -------------------------------------------------------------------------


def test_source_list_search_and_figures(world, viewer, django_assert_max_num_queries):
    client = client_for(viewer)
    client.get(API + "/audit/")
    with django_assert_max_num_queries(2):  # count + page, figures annotated
        body = client.get(API + "/sources/").json()
    assert body["count"] == 4
    wsj = next(s for s in body["results"] if s["id"] == world.wsj.pk)
    assert (wsj["attribution_count"], wsj["claim_count"]) == (1, 1)
    planet = next(s for s in body["results"] if s["id"] == world.planet.pk)
    assert planet["published_article_count"] == 1
    found = client.get(API + "/sources/?q=WSJ").json()["results"]  # an alias finds its source
    assert [s["id"] for s in found] == [world.wsj.pk]
    assert [s["id"] for s in client.get(API + "/sources/?type=person").json()["results"]] == [world.jane.pk]
    assert client.get(API + "/sources/?type=bogus").status_code == 400


def test_source_detail_with_aliases_and_figures(world, viewer):
    body = client_for(viewer).get(f"{API}/sources/{world.wsj.pk}/").json()
    assert {a["alias"] for a in body["aliases"]} == {"The Wall Street Journal", "WSJ", "the Journal"}
    assert body["claims_by_status"] == {"unverified": 1}
    assert body["attributions_by_review"] == {"pending": 1}
    assert client_for(viewer).get(f"{API}/sources/999999/").status_code == 404
    assert Source.objects.count() == 4


def test_audit_summary_is_the_dashboard_selector(world, viewer):
    from claims.selectors import audit_summary

    body = client_for(viewer).get(API + "/audit/").json()
    expected = audit_summary()
    assert set(body) == set(expected)
    assert body["claims_total"] == 5 == expected["claims_total"]
    assert body["claims_by_status_and_strength"] == expected["claims_by_status_and_strength"]


# --- schema and docs ---------------------------------------------------------------------------


def test_openapi_schema_and_docs_are_served_locally(client):
    schema = client.get(API + "/schema/?format=json")
    assert schema.status_code == 200
    doc = json.loads(schema.content)
    assert doc["openapi"].startswith("3.")
    assert "/api/v1/claims/{id}/status/" in doc["paths"]
    assert "409" in doc["paths"]["/api/v1/claims/{id}/status/"]["post"]["responses"]
    export_params = {p["name"] for p in doc["paths"]["/api/v1/exports/claims.csv"]["get"]["parameters"]}
    assert {"status", "source_type", "updated_after", "q"} <= export_params
    docs = client.get(API + "/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "swagger-ui" in html and "/static/drf_spectacular_sidecar/" in html
    assert "cdn" not in html.lower() and "unpkg" not in html.lower()
