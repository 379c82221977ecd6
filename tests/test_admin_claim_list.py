"""The admin claim list speaks the API's filter language: one query string selects the same claims
in /admin/claims/claim/ and /api/v1/claims/, and the list's export links carry it."""
# ruff: noqa: F811  (tests take the imported `world` fixture as a parameter of the same name)

from __future__ import annotations

import csv
import io
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from test_api_support import client_for, world  # noqa: F401

from claims.models import Claim

pytestmark = pytest.mark.django_db
LIST = "/admin/claims/claim/"


def admin_ids(client, query: str) -> list[int]:  # noqa: ANN001
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 200, (query, response.status_code, response.get("Location"))
    return sorted(c.pk for c in response.context["cl"].result_list)


def api_ids(user, query: str) -> list[int]:  # noqa: ANN001
    found, url = [], f"/api/v1/claims/?{query}"
    while url:
        page = client_for(user).get(url).json()
        found += [c["id"] for c in page["results"]]
        url = page["next"]
    return sorted(found)


def export_hrefs(response) -> dict[str, str]:  # noqa: ANN001
    html = response.content.decode()
    return {label: unescape(href) for href, label in re.findall(r'<a href="([^"]+)" class="cp-export"[^>]*>([^<]+)</a>',
                                                                html)}


@pytest.mark.parametrize("query", [
    "", "status=verified&status=false", "status=unverified", "sourcing_strength=anonymous_only",
    "sourcing_strength=on_record&status=verified", "source_type=anonymous", "publisher={planet}",
    "assigned_to={fc}", "unassigned=true", "unassigned=false", "flag=not_independently_verified",
    "age=under_1_day", "q=budget", "q=WSJ", "article={a2}", "source={wsj}", "created_after=2000-01-01T00:00:00Z",
    "updated_before=2000-01-01T00:00:00Z",
])
def test_one_query_string_selects_the_same_claims_in_the_admin_and_the_api(client, world, viewer, fact_checker,
                                                                           query):
    query = query.format(planet=world.planet.pk, fc=fact_checker.pk, a2=world.a2.pk, wsj=world.wsj.pk)
    client.force_login(viewer)
    assert admin_ids(client, query) == api_ids(viewer, query)


def test_the_filters_do_select(client, world, viewer, fact_checker):
    """The comparison above is only worth something if the filters narrow the list."""
    client.force_login(viewer)
    assert admin_ids(client, "status=verified&status=false") == sorted([world.c3.pk, world.c4.pk])
    assert admin_ids(client, f"assigned_to={fact_checker.pk}") == [world.c3.pk]
    assert admin_ids(client, "q=WSJ") == [world.c1.pk]  # an alias of a source cited in the claim
    assert admin_ids(client, f"article={world.a2.pk}&status=false") == [world.c4.pk]


def test_export_links_carry_the_lists_filters_and_nothing_else(client, world, viewer):
    client.force_login(viewer)
    response = client.get(f"{LIST}?status=verified&status=false&q=the&o=1&p=0")
    links = export_hrefs(response)
    assert set(links) == {"Export CSV", "Export JSON lines"}
    csv_link = urlsplit(links["Export CSV"])
    assert csv_link.path == reverse("api:export-csv")
    assert parse_qs(csv_link.query) == {"status": ["verified", "false"], "q": ["the"]}  # no ordering, no page
    assert urlsplit(links["Export JSON lines"]).path == reverse("api:export-jsonl")
    # Followed in the same browser session, the link exports what the list shows.
    shown = sorted(c.pk for c in response.context["cl"].result_list)
    exported = client.get(links["Export CSV"])
    assert exported.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(exported.streaming_content).decode())))
    assert sorted(int(r["id"]) for r in rows) == shown == sorted([world.c3.pk, world.c4.pk])


def test_unfiltered_list_links_the_whole_export(client, world, viewer):
    client.force_login(viewer)
    links = export_hrefs(client.get(LIST))
    assert links["Export CSV"] == reverse("api:export-csv")


def test_api_only_filters_show_in_the_sidebar_with_a_way_out(client, world, viewer):
    client.force_login(viewer)
    response = client.get(f"{LIST}?article={world.a1.pk}&created_after=2000-01-01T00:00:00Z")
    html = response.content.decode()
    assert "other filters" in html
    assert f"article: {world.a1.pk}" in html and "created after: 2000-01-01T00:00:00Z" in html
    assert sorted(c.pk for c in response.context["cl"].result_list) == sorted([world.c1.pk, world.c2.pk])
    assert "other filters" not in client.get(LIST).content.decode()


def test_repeated_status_is_either_and_both_are_marked(client, world, viewer):
    client.force_login(viewer)
    response = client.get(f"{LIST}?status=verified&status=false")
    spec = next(s for s in response.context["cl"].filter_specs if s.title == "status")
    selected = [c["display"] for c in spec.choices(response.context["cl"]) if c["selected"]]
    assert selected == ["Verified", "False"]


def test_assigned_filter_offers_me_and_nobody_in_api_terms(client, world, fact_checker):
    client.force_login(fact_checker)
    response = client.get(LIST)
    spec = next(s for s in response.context["cl"].filter_specs if s.title == "assigned editor")
    choices = {c["display"]: c["query_string"] for c in spec.choices(response.context["cl"])}
    assert choices["me"] == f"?assigned_to={fact_checker.pk}"
    assert choices["nobody"] == "?unassigned=true"
    assert admin_ids(client, choices["nobody"][1:]) == sorted(
        Claim.objects.filter(assigned_to__isnull=True).values_list("pk", flat=True))


@pytest.mark.parametrize("query", ["publisher=%C2%B2", "assigned_to=%C2%B2", "status=bogus", "age=forever",
                                   "created_after=nope", "article=-1"])
def test_invalid_filter_values_reload_the_list_with_the_error_flag(client, world, viewer, query):
    client.force_login(viewer)
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 302 and response["Location"].endswith("?e=1")


def test_old_field_lookups_still_work_for_bookmarks(client, world, viewer):
    client.force_login(viewer)
    assert admin_ids(client, "status__exact=false") == [world.c4.pk]


def test_dashboard_links_use_the_shared_parameters(client, world, viewer):
    client.force_login(viewer)
    html = client.get(reverse("admin:claims_audit")).content.decode()
    assert f"{LIST}?status=verified" in html and "status__exact" not in html
