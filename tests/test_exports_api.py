"""The export endpoints as clients meet them: content negotiation (Accept, Swagger's "Try it out"),
JSON errors whatever was asked for, and ClaimReview built from the desk's settings."""
# ruff: noqa: F811  (tests take the imported `world` fixture as a parameter of the same name)

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.management import CommandError, call_command
from django.http import StreamingHttpResponse
from django.utils import timezone
from test_api_support import client_for, world  # noqa: F401
from test_settings import run

from claims.models import ClaimStatus
from claims.services import change_claim_status

pytestmark = pytest.mark.django_db
API = "/api/v1"
EXPORTS = {"claims.csv": "text/csv", "claims.jsonl": "application/x-ndjson", "claimreview.json": "application/ld+json"}


@pytest.fixture
def desk(settings):
    settings.CLAIMREVIEW_URL_TEMPLATE = "https://desk.example.org/checks/{claim_id}"
    settings.CLAIMREVIEW_AUTHOR = "Harbor Valley Fact Desk"
    settings.CLAIMREVIEW_AUTHOR_URL = "https://desk.example.org/"
    settings.CLAIMREVIEW_RATING_NAMES = {"false": "Pants on fire"}
    return settings


def streamed(response) -> bytes:  # noqa: ANN001
    assert response.status_code == 200, getattr(response, "content", b"")
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(("path", "media_type"), EXPORTS.items())
def test_accept_of_the_exports_media_type_is_served(world, viewer, desk, path, media_type):
    response = client_for(viewer).get(f"{API}/exports/{path}", HTTP_ACCEPT=media_type)
    assert response["Content-Type"] == f"{media_type}; charset=utf-8"
    assert streamed(response)


@pytest.mark.parametrize("accept", ["*/*", "text/*", "text/csv; charset=utf-8",
                                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"])
def test_browsers_and_curl_get_the_csv(world, viewer, accept):
    response = client_for(viewer).get(f"{API}/exports/claims.csv", HTTP_ACCEPT=accept)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert streamed(response).startswith(b"id,article_id,")


def test_claimreview_is_also_served_as_plain_json(world, viewer, desk):
    response = client_for(viewer).get(f"{API}/exports/claimreview.json", HTTP_ACCEPT="application/json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert json.loads(streamed(response))[0]["@type"] == "ClaimReview"


def test_format_query_parameter_selects_the_same_renderer(world, viewer):
    assert streamed(client_for(viewer).get(f"{API}/exports/claims.csv?format=csv")).startswith(b"id,")


def test_a_type_the_export_cannot_give_is_406_in_json(world, viewer):
    response = client_for(viewer).get(f"{API}/exports/claims.csv", HTTP_ACCEPT="application/xml")
    assert response.status_code == 406
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()
    unknown = client_for(viewer).get(f"{API}/exports/claims.csv?format=xlsx")
    assert unknown.status_code == 404 and unknown["Content-Type"] == "application/json"


def test_errors_are_json_even_when_csv_was_asked_for(world, viewer, django_user_model):
    bad = client_for(viewer).get(f"{API}/exports/claims.csv?status=bogus", HTTP_ACCEPT="text/csv")
    assert bad.status_code == 400 and bad["Content-Type"] == "application/json"
    assert "status" in bad.json()
    anonymous = client_for(None).get(f"{API}/exports/claims.jsonl", HTTP_ACCEPT="application/x-ndjson")
    assert anonymous.status_code == 401 and anonymous["Content-Type"] == "application/json"
    nobody = django_user_model.objects.create_user("nobody", password="pw-nobody-1234")
    refused = client_for(nobody).get(f"{API}/exports/claims.csv", HTTP_ACCEPT="text/csv")
    assert refused.status_code == 403 and refused["Content-Type"] == "application/json"


def test_swagger_try_it_out_sends_what_the_schema_declares(world, viewer, desk):
    """Swagger UI sends `Accept: <the 200 response's media type>`: every declared type must answer 200."""
    schema = client_for(viewer).get(f"{API}/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    tried = 0
    for path, operations in schema["paths"].items():
        if not path.startswith("/api/v1/exports/"):
            continue
        content = operations["get"]["responses"]["200"]["content"]
        for media_type in content:
            response = client_for(viewer).get(path, HTTP_ACCEPT=media_type)
            assert response.status_code == 200, (path, media_type, response.status_code)
            assert response["Content-Type"].startswith(media_type)
            streamed(response)
            tried += 1
        assert operations["get"]["responses"]["406"]["content"]["application/json"]
    assert tried == 4  # csv, jsonl, claimreview as JSON-LD and as JSON
    claimreview = schema["paths"]["/api/v1/exports/claimreview.json"]["get"]["responses"]
    assert "503" in claimreview


def test_claimreview_fields_come_from_settings(world, viewer, desk, fact_checker, monkeypatch):
    decided = timezone.make_aware(dt.datetime(2026, 2, 14, 9, 30))
    change_claim_status(claim_id=world.c1.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    monkeypatch.setattr(timezone, "now", lambda: decided)
    change_claim_status(claim_id=world.c1.pk, actor=fact_checker, to_status=ClaimStatus.FALSE, note="no recall",
                        evidence_url="https://evidence.example.org/recalls")
    monkeypatch.undo()
    items = json.loads(streamed(client_for(viewer).get(f"{API}/exports/claimreview.json")))
    by_text = {i["claimReviewed"]: i for i in items}
    review = by_text[world.c1.text]
    assert review["url"] == f"https://desk.example.org/checks/{world.c1.pk}"
    assert review["author"] == {"@type": "Organization", "name": "Harbor Valley Fact Desk",
                                "url": "https://desk.example.org/"}
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Pants on fire"}
    assert review["datePublished"] == "2026-02-14"  # the deciding event's date, not the last change's
    # Statuses without a desk word keep their label.
    assert by_text[world.c3.text]["reviewRating"]["alternateName"] == "Verified"


def test_claimreview_refuses_to_start_unconfigured_in_production(world, viewer, settings, tmp_path):
    settings.DEBUG = False
    settings.CLAIMREVIEW_URL_TEMPLATE = ""
    settings.CLAIMREVIEW_AUTHOR = ""
    response = client_for(viewer).get(f"{API}/exports/claimreview.json")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    detail = response.json()["detail"]
    assert "CLAIMREVIEW_URL_TEMPLATE" in detail and "CLAIMREVIEW_AUTHOR" in detail
    out = tmp_path / "review.json"
    with pytest.raises(CommandError, match="CLAIMREVIEW_URL_TEMPLATE"):
        call_command("export_claims", "--format", "claimreview", "--no-progress", "-o", str(out))
    assert not out.exists()  # refused before the file was opened
    # The other exports do not depend on these settings.
    assert streamed(client_for(viewer).get(f"{API}/exports/claims.csv"))


def test_claimreview_demo_fallback_with_debug_on(world, viewer, settings):
    settings.DEBUG = True
    settings.CLAIMREVIEW_URL_TEMPLATE = ""
    settings.CLAIMREVIEW_AUTHOR = ""
    items = json.loads(streamed(client_for(viewer).get(f"{API}/exports/claimreview.json")))
    assert items[0]["url"].startswith("http://testserver/api/v1/claims/")
    assert "CLAIMREVIEW_AUTHOR" in items[0]["author"]["name"]  # a placeholder that says what to set


def test_claimreview_url_template_braces_other_than_the_id_stay_literal(world, viewer, desk):
    desk.CLAIMREVIEW_URL_TEMPLATE = "https://desk.example.org/checks/{claim_id}?from={feed}"
    items = json.loads(streamed(client_for(viewer).get(f"{API}/exports/claimreview.json")))
    assert {i["url"] for i in items} == {f"https://desk.example.org/checks/{c.pk}?from={{feed}}"
                                         for c in (world.c3, world.c4)}


PROBE = ("import json, django; from django.conf import settings; django.setup();"
         "print(json.dumps([settings.CLAIMREVIEW_URL_TEMPLATE, settings.CLAIMREVIEW_AUTHOR,"
         " settings.CLAIMREVIEW_RATING_NAMES]))")


def test_claimreview_settings_from_the_environment():
    proc = run({"DEBUG": "1", "CLAIMREVIEW_URL_TEMPLATE": "https://desk.example.org/c/{claim_id}",
                "CLAIMREVIEW_AUTHOR": "Desk", "CLAIMREVIEW_RATING_MISLEADING": "Half true"}, "-c", PROBE)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == [
        "https://desk.example.org/c/{claim_id}", "Desk", {"misleading": "Half true"}]


@pytest.mark.parametrize("template", ["desk.example.org/checks/{claim_id}", "https://desk.example.org/checks/",
                                      "javascript:alert(1)//{claim_id}"])
def test_a_template_that_cannot_work_is_refused_at_start_up(template):
    proc = run({"DEBUG": "1", "CLAIMREVIEW_URL_TEMPLATE": template}, "-c", PROBE)
    assert proc.returncode != 0
    assert "CLAIMREVIEW_URL_TEMPLATE must be an http(s) address containing {claim_id}" in proc.stderr
