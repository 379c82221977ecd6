"""The claim search (admin list and API `q`): a rare term is listed by the ids a bounded probe found,
a common one by the per-row test; both give the same claims in the same order."""
# ruff: noqa: F811  (tests take the imported `world` fixture as a parameter of the same name)

from __future__ import annotations

import pytest
from test_api_support import attribution, world  # noqa: F401

from claims import selectors
from claims.models import Claim

pytestmark = pytest.mark.django_db


def listed(term: str) -> list[int]:
    return list(selectors.search_claims(Claim.objects.order_by("-created_at", "-id"), term)
                .values_list("pk", flat=True))


def _c(world, *names: str) -> list[int]:  # noqa: ANN001
    return [getattr(world, n).pk for n in names]


@pytest.fixture
def searched(world):  # noqa: ANN001, ANN201
    # A source as written that is not its registry name: only the source_text branch finds "pilot".
    attribution(world.c4, world.planet, source_text="a harbor pilot")
    return world


CASES = [
    ("WSJ", ["c1"]),  # an alias of the source (the claim says "the Journal")
    ("wall street", ["c1"]),  # the registry name, any case
    ("pilot", ["c4"]),  # the source as written in the claim
    ("Daily Planet", ["c4"]),  # a registry name the claim's text never spells
    ("harbor", ["c4"]),  # claim text and source as written: listed once
    ("said", ["c3", "c2"]),  # claim text, newest first
    ("zzqxv", []),  # nothing matches
    ("Re", ["c5", "c3", "c2", "c1"]),  # two letters: no trigram, the per-row test ("Street" for c1)
]


@pytest.mark.parametrize(("term", "expected"), CASES)
def test_search_lists_the_matching_claims(searched, term, expected):
    assert listed(term) == _c(searched, *expected)


@pytest.mark.parametrize(("term", "expected"), CASES)
def test_a_term_over_the_probe_limit_lists_the_same_claims_by_the_per_row_test(searched, monkeypatch, term,
                                                                               expected):
    # Limit 0: any match sends the search down the common-term path.
    monkeypatch.setattr(selectors, "SEARCH_PROBE_LIMIT", 0)
    assert listed(term) == _c(searched, *expected)


def test_search_narrows_an_already_filtered_list(searched):
    in_review = Claim.objects.filter(status="in_review").order_by("-created_at", "-id")
    assert list(selectors.search_claims(in_review, "said").values_list("pk", flat=True)) == [searched.c2.pk]


def _list_sql(term: str) -> str:
    return str(selectors.search_claims(Claim.objects.order_by("-created_at", "-id"), term).query).upper()


@pytest.mark.postgres
def test_a_rare_term_is_listed_by_the_probed_ids(searched, monkeypatch):
    """At 10M claims the per-row EXISTS read the whole table for a rare term (bench/admin.py)."""
    sql = _list_sql("WSJ")
    assert "EXISTS" not in sql and "LIKE" not in sql
    assert f'"CLAIMS_CLAIM"."ID" IN ({searched.c1.pk})' in sql
    monkeypatch.setattr(selectors, "SEARCH_PROBE_LIMIT", 1)
    assert "EXISTS" in _list_sql("said")  # two matches over a limit of one: the common-term path


def test_a_term_without_a_trigram_is_not_probed(searched, django_assert_num_queries):
    with django_assert_num_queries(1):  # the list alone: no probe queries
        assert listed("Re") == _c(searched, "c5", "c3", "c2", "c1")
