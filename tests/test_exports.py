"""Exports: CSV, JSON lines and ClaimReview over HTTP and from `manage.py export_claims`."""
# ruff: noqa: F811  (tests take the imported `world` fixture as a parameter of the same name)

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.http import StreamingHttpResponse
from test_api_support import client_for, world  # noqa: F401

from claims import exports
from claims.exports import pgcopy
from claims.models import Claim

pytestmark = pytest.mark.django_db
API = "/api/v1"


def body(response) -> str:  # noqa: ANN001
    assert response.status_code == 200, getattr(response, "content", b"")
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def list_ids(client, query: str) -> list[int]:  # noqa: ANN001
    found, url = [], f"{API}/claims/?{query}"
    while url:
        page = client.get(url).json()
        found += [c["id"] for c in page["results"]]
        url = page["next"]
    return found


def test_csv_parses_and_has_every_claim(world, viewer):
    response = client_for(viewer).get(API + "/exports/claims.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "claims.csv" in response["Content-Disposition"]
    rows = csv_rows(body(response))
    assert [int(r["id"]) for r in rows] == sorted(c.pk for c in [world.c1, world.c2, world.c3, world.c4, world.c5])
    first = rows[0]
    assert list(first) == exports.HEADER
    assert first["publisher"] == "Daily Planet" and first["article_url"] == "https://example.org/kestrel"
    assert first["text"] == world.c1.text  # the comma in the text survives quoting
    flagged = next(r for r in rows if int(r["id"]) == world.c4.pk)
    assert json.loads(flagged["flags"]) == ["not_independently_verified"]
    assert next(r for r in rows if int(r["id"]) == world.c3.pk)["assigned_to"] == "fc"


@pytest.mark.parametrize(
    "query",
    ["status=unverified", "status=verified&status=false", "sourcing_strength=on_record", "source_type=anonymous",
     "flag=not_independently_verified", "q=budget", "article={a1}", "publisher={planet}", "source={wsj}",
     "created_after=2000-01-01T00:00:00Z", "updated_before=2000-01-01T00:00:00Z"],
)
def test_csv_round_trips_the_claim_list_filters(world, viewer, query):
    query = query.format(a1=world.a1.pk, planet=world.planet.pk, wsj=world.wsj.pk)
    client = client_for(viewer)
    rows = csv_rows(body(client.get(f"{API}/exports/claims.csv?{query}")))
    assert [int(r["id"]) for r in rows] == list_ids(client, query)
    if query.startswith("status="):
        wanted = {v.split("=")[1] for v in query.split("&")}
        assert {r["status"] for r in rows} <= wanted


def test_jsonl_lines_parse(world, viewer):
    text = body(client_for(viewer).get(API + "/exports/claims.jsonl?article=" + str(world.a2.pk)))
    lines = text.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [world.c3.pk, world.c4.pk, world.c5.pk]
    assert set(records[0]) == {*exports.HEADER, "attributions", *exports.JSONL_MATCH_FIELDS}
    assert records[1]["flags"] == ["not_independently_verified"]
    assert dt.datetime.fromisoformat(records[0]["created_at"]).utcoffset() == dt.timedelta(0)


@pytest.fixture
def desk(settings):
    settings.CLAIMREVIEW_URL_TEMPLATE = "https://desk.example.org/checks/{claim_id}"
    settings.CLAIMREVIEW_AUTHOR = "Harbor Valley Fact Desk"
    return settings


def test_claimreview_is_json_ld_for_decided_claims(world, viewer, desk):
    response = client_for(viewer).get(API + "/exports/claimreview.json")
    assert response["Content-Type"].startswith("application/ld+json")
    items = json.loads(body(response))
    assert {i["claimReviewed"] for i in items} == {world.c3.text, world.c4.text}
    by_text = {i["claimReviewed"]: i for i in items}
    verified = by_text[world.c3.text]
    assert verified["@context"] == "https://schema.org" and verified["@type"] == "ClaimReview"
    assert verified["reviewRating"] == {"@type": "Rating", "alternateName": "Verified"}
    assert verified["itemReviewed"]["@type"] == "Claim"
    assert verified["itemReviewed"]["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert verified["itemReviewed"]["appearance"][0]["@type"] == "CreativeWork"
    assert verified["url"] == f"https://desk.example.org/checks/{world.c3.pk}"
    assert len(verified["datePublished"]) == 10  # an ISO date
    false = by_text[world.c4.text]
    assert false["reviewRating"]["alternateName"] == "False"
    # Nobody is quoted in c4: the claim is its outlet's own (here no publisher either).
    assert false["itemReviewed"]["author"]["@type"] == "Organization"
    for item in items:
        for key in ("claimReviewed", "reviewRating", "itemReviewed", "datePublished", "url", "author"):
            assert key in item


def test_claimreview_of_no_claims_is_an_empty_array(world, viewer, desk):
    assert json.loads(body(client_for(viewer).get(API + "/exports/claimreview.json?status=unverified"))) == []


def test_exports_refuse_bad_filters_and_users_without_a_role(world, viewer, django_user_model):
    assert client_for(viewer).get(API + "/exports/claims.csv?created_after=nope").status_code == 400
    assert client_for(viewer).get(API + "/exports/claims.jsonl?status=bogus").status_code == 400
    nobody = django_user_model.objects.create_user("nobody", password="pw-nobody-1234")
    assert client_for(nobody).get(API + "/exports/claims.csv").status_code == 403
    assert client_for(None).get(API + "/exports/claims.csv").status_code == 401


def test_export_streams_in_chunks_from_an_iterator(world, viewer, monkeypatch):
    monkeypatch.setattr(exports, "FLUSH_BYTES", 1)  # flush after every fetched batch (Python CSV)
    monkeypatch.setattr(pgcopy, "COPY_WINDOW_IDS", 1)  # one claim id per COPY (PostgreSQL)
    chunks = list(exports.csv_chunks(exports.filtered_claims({}), chunk_size=2))
    assert len(chunks) >= 3  # several chunks, never the whole export at once
    rows = list(csv.reader(io.StringIO(b"".join(chunks).decode("utf-8"))))
    assert rows[0] == exports.HEADER
    assert sorted(int(r[0]) for r in rows[1:]) == sorted(Claim.objects.values_list("id", flat=True))


@pytest.mark.timeout(60)
def test_export_of_a_sparse_selection_skips_empty_id_ranges(world, viewer, monkeypatch):
    monkeypatch.setattr(pgcopy, "COPY_WINDOW_IDS", 1)
    first = Claim.objects.order_by("id").first()
    far = Claim.objects.create(  # a gap no window-by-window walk could cross in reasonable time
        id=first.pk + 10_000_000, article=first.article, ordinal=10_000, start=0, end=1, text="X", text_hash="x"
    )
    claims = Claim.objects.filter(pk__in=[first.pk, far.pk])
    rows = list(csv.reader(io.StringIO(b"".join(exports.csv_chunks(claims)).decode("utf-8"))))
    assert [int(r[0]) for r in rows[1:]] == [first.pk, far.pk]


def test_command_writes_the_same_bytes_as_http(world, viewer, tmp_path, capsys):
    out = tmp_path / "claims.csv"
    call_command("export_claims", "--format", "csv", "--status", "verified", "--status", "false", "-o", str(out))
    http = body(client_for(viewer).get(API + "/exports/claims.csv?status=verified&status=false"))
    assert out.read_bytes().decode("utf-8") == http
    assert "2/2" in capsys.readouterr().err  # progress on stderr


def test_command_jsonl_and_claimreview(world, tmp_path, settings):
    settings.DEBUG = True  # the demo: no desk settings, the API's claim URL stands in
    out = tmp_path / "claims.jsonl"
    call_command("export_claims", "--format", "jsonl", "--flag", "not_independently_verified", "--no-progress",
                 "-o", str(out))
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [world.c4.pk]
    review = tmp_path / "review.json"
    call_command("export_claims", "--format", "claimreview", "--base-url", "https://desk.example.org",
                 "--no-progress", "-o", str(review))
    items = json.loads(review.read_text())
    assert all(i["url"].startswith("https://desk.example.org/api/v1/claims/") for i in items)


def test_command_refuses_bad_filters(db):
    with pytest.raises(CommandError, match="created_after"):
        call_command("export_claims", "--created-after", "not-a-date", "--no-progress")


def test_filters_given_as_a_dict_of_lists_or_values(world):
    """The reports and the bench pass plain dicts; a list must not reach a single-valued filter as text."""
    assert sorted(exports.filtered_claims({"article": [str(world.a2.pk)]}).values_list("id", flat=True)) == \
        [world.c3.pk, world.c4.pk, world.c5.pk]
    assert list(exports.filtered_claims({"article": world.a1.pk, "q": ["Journal"]}).values_list("id", flat=True)) == \
        [world.c1.pk]
    with pytest.raises(exports.ExportFilterError, match="article"):
        exports.filtered_claims({"article": ["nope"]})
