"""The matcher's features and scorer on their own: no database (runs with `-p no:django` too).

Sentences are the project's own, fictional. Expected figures are worked out by hand from the
sentences (a figure in words equals the same in digits), never read back from the code.
"""

from __future__ import annotations

import pytest

from provenance.matching import THRESHOLD, claim_features, score
from provenance.matching.features import cut_spans, extract_entities, extract_numbers, has_negation


def spans_of(text: str, *parts: str) -> list[tuple[int, int]]:
    return [(text.index(p), text.index(p) + len(p)) for p in parts]


def features(text: str, *attribution: str, sources: tuple[str, ...] = ()):
    return claim_features(text, cut=spans_of(text, *attribution), sources=sources)


SCOOP = "Tillbury will close about 650 beds at its public hospitals by August, Mayor Ines Okonjo told the Gazette."


def scoop():
    return features(SCOOP, "Mayor Ines Okonjo", "told", sources=("Mayor Ines Okonjo",))


@pytest.mark.parametrize("text", ["about 650 beds", "roughly six hundred and fifty beds", "650 beds"])
def test_a_figure_in_words_is_the_figure_in_digits(text):
    assert extract_numbers(text) == ["650"]


@pytest.mark.parametrize(("text", "expected"), [
    ("$2.5 billion", ["2500000000"]),
    ("2.5 billion dollars", ["2500000000"]),
    ("3,400 jobs", ["3400"]),
    ("up 12 percent", ["12pct"]),
    ("up 12%", ["12pct"]),
    ("one-third of the staff", ["33pct"]),
    ("a dozen schools", ["12"]),
])
def test_figures_are_normalised(text, expected):
    assert extract_numbers(text) == expected


@pytest.mark.parametrize(("term", "shown"), [("3400", "3,400"), ("2p5pct", "2.5%"), ("2500000000", "2,500,000,000")])
def test_figures_are_shown_as_people_write_them(term, shown):
    from provenance.matching.features import display_number

    assert display_number(term) == shown


def test_names_drop_titles_and_a_lone_opening_word():
    assert extract_entities("Officials said Mayor Ines Okonjo met the Tillbury Water Board on Monday.") == [
        "ines okonjo", "tillbury water board"]


def test_the_attribution_is_cut_out_of_the_content():
    f = scoop()
    assert "told" not in " ".join(f.terms) and "okonjo" not in f.terms
    assert f.sources == ("ines okonjo",)
    assert cut_spans("ab cd", [(0, 2)]) == "   cd"


@pytest.mark.parametrize("text", ["The plant did not close.", "Nobody was hurt.", "She denied the report.",
                                  "The firm won't pay.", "The plant is no longer open."])
def test_negation_is_seen(text):
    assert has_negation(text)


def test_paraphrase_with_the_figure_in_words_matches():
    other = features("Tillbury plans to shut roughly six hundred and fifty hospital beds before August.")
    s = score(scoop(), other)
    assert s.is_match, s
    assert s.shared["figures"] == ["650"]


def test_relay_through_another_outlet_matches():
    text = "Tillbury will close about 650 hospital beds by August, the Gazette reported, citing Mayor Ines Okonjo."
    relay = features(text, "the Gazette", "reported", "citing", "Mayor Ines Okonjo", sources=("Ines Okonjo",))
    assert score(scoop(), relay).is_match


def test_the_score_is_symmetric():
    other = features("Tillbury plans to shut roughly six hundred and fifty hospital beds before August.")
    assert score(scoop(), other).value == score(other, scoop()).value


def test_a_denial_is_not_a_match():
    denial = features("Mayor Ines Okonjo denied that Tillbury would close 650 beds at its public hospitals by August.")
    s = score(scoop(), denial)
    assert not s.is_match and s.veto == "negation"


def test_a_different_number_is_not_a_match():
    other = features("Tillbury will close about 450 beds at its public hospitals by August, an aide said.", "an aide",
                     "said")
    s = score(scoop(), other)
    assert not s.is_match and s.veto == "different figures"


def test_a_figure_only_one_side_gives_is_a_detail_not_a_contradiction():
    other = features("Tillbury will close 650 beds at its public hospitals by August, affecting 900 nurses.")
    assert score(scoop(), other).is_match


def test_a_different_town_is_not_a_match():
    other = features("Greyhaven will close about 650 beds at its public hospitals by August.")
    s = score(scoop(), other)
    assert not s.is_match and s.veto == "different names"


def test_a_shared_word_does_not_make_two_companies_one():
    a = features("Ostrava Motors is recalling 30,000 scooters because their batteries can overheat.")
    b = features("Lumen Motors is recalling 30,000 scooters because their batteries can overheat.")
    assert score(a, b).veto == "different names"


def test_a_surname_is_the_same_person():
    a = features("Councillor Petra Vance voted to keep the Eastside library open until 2030.")
    b = features("The Eastside library will stay open until 2030 after a vote by Vance.")
    assert score(a, b).veto == ""


def test_opposite_verbs_are_not_a_match():
    a = features("Halvard shares rose 9 percent in early trading.")
    b = features("Halvard shares fell 9 percent in early trading.")
    assert score(a, b).veto == "opposite"


def test_unrelated_claims_with_a_shared_name_do_not_match():
    other = features("Mayor Ines Okonjo will open a new library in Tillbury next spring.")
    assert not score(scoop(), other).is_match


def test_the_threshold_is_a_probability_like_cut():
    assert 0 < THRESHOLD < 1


def test_features_round_trip_through_json():
    f = scoop()
    assert type(f).from_dict(f.to_dict()) == f


def test_a_huge_run_on_claim_stays_cheap():
    import time

    text = " ".join(f"Name{i} Capital{i} said" for i in range(40_000)) + "."
    started = time.monotonic()
    f = claim_features(text)
    assert time.monotonic() - started < 2.0
    assert len(f.terms) < 2000  # only the opening is read


def test_a_claim_with_too_little_to_match_on_never_matches():
    f = claim_features("He agreed.")
    assert f.terms == ("agre",) and f.numbers == ()
    assert not score(f, f).is_match  # one word in common is not enough, even with itself
    assert claim_features("It was.").terms == ()
