"""What the outside attack found in the input paths: each case once through every entry point.

Dates out of range or with offsets PostgreSQL cannot keep, the API's article create as strict as
ingest (unknown fields, non-text values, size of the decoded text, the same messages as the
admin), JSON nested too deeply, tampered cursors, and Unicode digits in admin URLs and filters.
"""

from __future__ import annotations

import base64
import json

import pytest
from django.core.management import CommandError, call_command
from test_api_support import client_for, world  # noqa: F401

from claims.models import Article

pytestmark = pytest.mark.django_db
API = "/api/v1"
STORY = "The port authority said on Monday that cargo volumes fell by a third."

# (value sent, what it must become or None when refused)
DATES = [
    ("9999-12-31T23:00:00-05:00", None),  # year 10000 in UTC
    ("0001-01-01T01:00:00+05:00", None),  # 1 BC in UTC
    ("2026-02-30", None),  # well formed, no such day
    ("2026-03-01T10:00:00+99:00", None),
    ("2026-03-01T10:00:00+20:00", "2026-02-28T14:00:00+00:00"),  # Python keeps it, PostgreSQL does not
    ("2026-03-01T10:00:00-05:00", "2026-03-01T15:00:00+00:00"),
    ("9999-12-31", "9999-12-31T00:00:00+00:00"),
]
OUT_OF_RANGE = "is out of range: in UTC it must fall between the years 1 and 9999"


@pytest.mark.parametrize(("sent", "stored"), DATES)
def test_api_dates_are_utc_or_refused_and_lists_keep_working(world, editor, client, sent, stored):  # noqa: F811
    admin = client
    admin.force_login(editor)
    client = client_for(editor)
    response = client.post(f"{API}/articles/", {"body": STORY, "published_at": sent}, format="json")
    if stored is None:
        assert response.status_code == 400, response.json()
        assert "published_at" in response.json()["detail"]
        assert not Article.objects.filter(body=STORY).exists()
    else:
        assert response.status_code == 201, response.json()
        assert response.json()["article"]["published_at"].replace("Z", "+00:00") == stored
    for path in ("/articles/", "/claims/"):
        assert client.get(API + path).status_code == 200
    for path in ("/admin/claims/article/", "/admin/claims/claim/", "/admin/provenance/taggingrun/"):
        assert admin.get(path).status_code == 200, path
    if stored is not None:
        pk = response.json()["article"]["id"]
        assert client.get(f"{API}/articles/{pk}/").status_code == 200
        assert admin.get(f"/admin/claims/article/{pk}/change/").status_code == 200
        assert admin.get(f"/admin/claims/article/{pk}/read/").status_code == 200


def test_the_same_date_message_in_api_admin_and_ingest(editor, client, tmp_path):
    sent = "9999-12-31T23:00:00-05:00"
    api = client_for(editor).post(f"{API}/articles/", {"body": STORY, "published_at": sent}, format="json")
    assert OUT_OF_RANGE in api.json()["detail"]

    path = tmp_path / "dates.jsonl"
    path.write_text(
        json.dumps({"body": STORY, "published_at": sent}) + "\n"
        + json.dumps({"body": STORY + " Again.", "published_at": "2026-03-01T10:00:00+20:00"}) + "\n"
        + json.dumps({"body": STORY + " Third.", "published_at": "2026-02-30"}) + "\n",
        encoding="utf-8",
    )
    from io import StringIO

    out = StringIO()
    # A rejected line, not a traceback: the rest of the batch is stored.
    with pytest.raises(CommandError) as exc:
        call_command("ingest", str(path), "--no-progress", stdout=out)
    assert exc.value.returncode == 1
    report = out.getvalue()
    assert f"dates.jsonl:1: published_at '{sent}' {OUT_OF_RANGE}" in report
    assert "dates.jsonl:3: published_at '2026-02-30' is not an ISO 8601 date" in report
    assert "1 created" in report
    assert Article.objects.get().published_at.isoformat() == "2026-02-28T14:00:00+00:00"

    # The admin shows prepare_article's message too (its date widget cannot send an offset, so
    # the check is the same function's, applied to what the form parsed).
    from claims.admin import ArticleForm

    form = ArticleForm(data={"title": "t", "url": "", "publisher_name": "", "body_format": "text", "body": STORY,
                             "published_at_0": "9999-12-31", "published_at_1": "23:00"})
    assert form.is_valid(), form.errors  # 9999-12-31 23:00 UTC itself is fine
    from claims.services import parse_published_at
    from claims.text import InvalidArticle

    with pytest.raises(InvalidArticle, match=OUT_OF_RANGE):
        parse_published_at(sent)


# --- the API's article create is as strict as ingest --------------------------------------------


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"body": STORY, "publised_at": "2026-03-01"}, "unknown fields: publised_at"),
        ({"body": 12345}, "body must be text, got int"),
        ({"body": STORY, "title": 7}, "title must be a string, got int"),
        ({"body": STORY, "url": ["https://example.org"]}, "url must be a string, got list"),
        ({"body": STORY, "publisher": {"name": "x"}}, "publisher must be a string, got dict"),
        ({"body": STORY, "published_at": 20260301}, "published_at must be a string, got int"),
    ],
)
def test_api_article_create_refuses_what_ingest_refuses(editor, payload, message):
    response = client_for(editor).post(f"{API}/articles/", payload, format="json")
    assert response.status_code == 400
    assert message in json.dumps(response.json())
    assert not Article.objects.exists()


@pytest.mark.parametrize("field", ["body", "title", "publisher"])
def test_nul_bytes_get_the_same_message_in_the_api_and_the_admin(editor, client, field):
    payload = {"body": STORY, field: (STORY if field == "body" else "Harbor") + " \x00 tail"}
    api = client_for(editor).post(f"{API}/articles/", payload, format="json").json()
    client.force_login(editor)
    form = {"title": "t", "url": "", "publisher_name": "", "published_at_0": "", "published_at_1": "",
            "body_format": "text", "body": STORY}
    form[{"publisher": "publisher_name"}.get(field, field)] = payload[field]
    page = client.post("/admin/claims/article/add/", form).content.decode()
    assert "NUL byte" in api["detail"]
    assert api["detail"].replace("'", "&#x27;") in page, (api, page[:0])
    assert not Article.objects.exists()


def test_body_size_is_measured_on_the_decoded_text(editor, settings):
    # With the settings as loaded: a body just under ARTICLE_MAX_BYTES, sent with every character
    # \u-escaped (six bytes each), was refused with 413 before the article limit was even checked.
    sentence = "The port said cargo fell. "
    text = (sentence * (settings.ARTICLE_MAX_BYTES // len(sentence) + 1))[: settings.ARTICLE_MAX_BYTES - 100]
    escaped = "".join(f"\\u{ord(ch):04x}" for ch in text)
    raw = '{"body": "' + escaped + '"}'
    assert len(raw) > 5 * settings.ARTICLE_MAX_BYTES
    response = client_for(editor).generic("POST", f"{API}/articles/", raw, content_type="application/json")
    assert response.status_code == 201, response.content[:300]
    assert Article.objects.get().body == text.strip()
    # Over the limit once decoded: refused with the article limit's message.
    raw = json.dumps({"body": sentence * (settings.ARTICLE_MAX_BYTES // len(sentence) + 5)}, ensure_ascii=True)
    response = client_for(editor).generic("POST", f"{API}/articles/", raw, content_type="application/json")
    assert response.status_code == 400 and "ARTICLE_MAX_BYTES" in response.json()["detail"]


# --- JSON nested too deeply -------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/articles/", "/claims/1/status/", "/claims/1/assign/", "/attributions/1/edit/"])
def test_deeply_nested_json_is_a_400(editor, path):
    for raw in ("[" * 100_000, '{"body": ' + "[" * 100_000):
        response = client_for(editor).generic("POST", API + path, raw, content_type="application/json")
        assert response.status_code == 400, (path, response.status_code)
        assert "nested too deeply" in response.json()["detail"]


def test_deeply_nested_json_line_is_a_rejected_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + json.dumps({"body": STORY}) + "\n", encoding="utf-8")
    from io import StringIO

    out = StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(path), "--no-progress", stdout=out)
    assert "deep.jsonl:1: not valid JSON (nested too deeply)" in out.getvalue()
    assert Article.objects.count() == 1


# --- tampered cursors ----------------------------------------------------------------------------


def _cursor(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


@pytest.mark.parametrize("raw", ["p=abc", "p=1e5", "r=1&p=x", "p=-1", "p=%C2%B2", "p=99999999999999999999", "p="])
def test_tampered_cursors_are_404_not_500(world, viewer, raw):  # noqa: F811
    response = client_for(viewer).get(f"{API}/claims/", {"cursor": _cursor(raw)})
    assert response.status_code == 404, response.content
    assert response.json()["detail"] == "Invalid cursor"


def test_real_cursors_still_walk_the_list(world, viewer):  # noqa: F811
    client = client_for(viewer)
    first = client.get(f"{API}/claims/", {"page_size": 2}).json()
    second = client.get(first["next"]).json()
    assert len(first["results"]) == 2 and len(second["results"]) == 2
    assert second["results"][0]["id"] > first["results"][-1]["id"]


# --- Unicode digits in admin URLs and filters ---------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/admin/claims/claim/%C2%B2/change/", 404),  # "²": isdigit() is True, int() refuses it
        ("/admin/claims/claim/%D9%A3/change/", 404),  # Arabic-Indic three: int() reads it as 3
        ("/admin/claims/claim/99999999999999999999/change/", 404),
        # The list's filters are the API's: an invalid value reloads the list with Django's "?e=1".
        ("/admin/claims/claim/?publisher=%C2%B2", 302),
        ("/admin/claims/claim/?assigned_to=%C2%B2", 302),
        ("/admin/claims/claim/?publisher=99999999999999999999", 302),
        ("/admin/claims/article/%C2%B2/change/", 302),  # Django's own: "doesn't exist", back to the list
    ],
)
def test_unicode_digits_in_admin_urls_and_filters_are_not_500(world, editor, client, path, expected):  # noqa: F811
    client.force_login(editor)
    response = client.get(path)
    assert response.status_code == expected
    if expected == 302 and "?" in path:
        assert response["Location"].endswith("?e=1")


@pytest.mark.postgres
def test_dates_stored_before_the_fix_are_cleared_by_the_migration(world):  # noqa: F811
    # What the attack left behind on PostgreSQL: years Python cannot read, so every list failed.
    import importlib

    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("UPDATE claims_article SET published_at = '10000-01-01 04:00:00+00' WHERE id = %s",
                       [world.a1.pk])
        cursor.execute("UPDATE claims_article SET published_at = '0001-12-31 20:00:00+00 BC' WHERE id = %s",
                       [world.a2.pk])
    with pytest.raises((ValueError, OverflowError)):
        list(Article.objects.values_list("published_at", flat=True))
    from tests.conftest import ROOT

    # Found by its name, not its number: migrations are renumbered when branches merge.
    path = next((ROOT / "claims" / "migrations").glob("*_article_published_at_out_of_range_cleared.py"))
    migration = importlib.import_module(f"claims.migrations.{path.stem}")
    with connection.schema_editor() as editor:
        migration.clear_out_of_range(None, editor)
    assert list(Article.objects.order_by("pk").values_list("published_at", flat=True)) == [None, None]
    assert Article.objects.count() == 2
