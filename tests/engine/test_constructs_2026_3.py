"""Constructs added in engine 2026.3 (sentences written for the project)."""

from __future__ import annotations

import pytest

from .helpers import pairs, segments


@pytest.mark.parametrize("text, expected", [
    ("The mayor attacked the council for wasting money.", [("The mayor", "attacked")]),
    ("The senator accused the agency of hiding the data.", [("The senator", "accused")]),
    ("The union endorsed Jane Roe for mayor on Thursday.", [("The union", "endorsed")]),
    ("Ms. Roe criticized the plan as \"reckless.\"", [("Ms. Roe", "criticized")]),
    ("The council praised the volunteers for their quick work.", [("The council", "praised")]),
    ("The board blasted the audit, saying it ignored the facts.", [("The board", "blasted"), ("The board", "saying")]),
])
def test_stance_verb_with_a_proposition_is_a_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Gunmen attacked the convoy on Monday.",
    "The mayor thanked the firefighters and left.",
    "The guard rejected the parcel.",
])
def test_stance_verb_without_a_proposition_is_not_a_cue(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # 2026.4: verbs that only ever report an evaluation are cues with a bare object too.
    ("The council praised the volunteers.", [("The council", "praised")]),
    ("Ms. Roe criticized the plan.", [("Ms. Roe", "criticized")]),
    ("The union endorsed Jane Roe.", [("The union", "endorsed")]),
])
def test_evaluative_speech_verb_with_a_bare_object(text, expected):
    assert pairs(text) == expected


def test_ruled_needs_a_decision():
    assert pairs("A federal judge ruled Friday that the levy was invalid.") == [("A federal judge", "ruled Friday")]
    assert pairs("The court ruled against the county.") == [("The court", "ruled against")]
    assert pairs("The family ruled the valley for a century.") == []


@pytest.mark.parametrize("text, expected", [
    ("The audit covered the grants, which he said were spent on travel.", [("he", "said")]),
    ("The bridge, which engineers say is unsafe, will close in May.", [("engineers", "say")]),
    ("The old mill, which Ms. Adler says she wants to reopen, is for sale.", [("Ms. Adler", "says")]),
    ("The fee angered tenants, many of whom say it is unfair.", [("many of whom", "say")]),
])
def test_relative_clause_with_an_object_gap(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Critics continued to call for his resignation.", [("Critics", "continued to call for")]),
    ("Prices will rise next year, the Gazette reports.", [("the Gazette", "reports")]),
    ("\"Why now?\" he asks.", [("he", "asks")]),
    ("\"We will appeal,\" said Del. Stacey Moe of the Islands.", [("Del. Stacey Moe of the Islands", "said")]),
    ("Said Ellis: \"We won.\"", [("Ellis", "Said")]),
])
def test_more_verb_cue_shapes(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jo Poe's claim that the bridge is safe was false.", [("Jo Poe's", "claim")]),
    ("His comments about the budget drew criticism.", [("His", "comments")]),
    ("The union renewed its calls for a strike.", [("its", "calls for")]),
    ("Her repeated warnings that the dam would fail were ignored.", [("Her", "warnings")]),
])
def test_nominal_cue_owned_by_its_speaker(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jo Poe's book was a hit.",
    "His comments drew criticism.",  # no content follows the noun
    "The call came at noon.",
    "We know from her tax returns that the ferry shares sit in a family trust.",
])
def test_nominal_cue_needs_an_owner_and_content(text):
    assert pairs(text) == []


def test_result_in_a_poll():
    assert pairs("Support for the levy fell to 41 percent in a poll released Monday.") == [
        ("a poll released Monday", "in")]
    assert pairs("The mayor leads in the polls.") == []
    assert pairs("She campaigned in a school gym.") == []


def test_participle_and_time_stay_with_the_poll():
    assert pairs("Support fell, according to a poll released last week.") == [
        ("a poll released last week", "according to")]


@pytest.mark.parametrize("text, expected", [
    ("The retired harbor pilot and county commissioner said the plan was a mistake.",
     [("The retired harbor pilot and county commissioner", "said")]),
    ("Norway, the region's only neighbor and its largest customer, said it was opposed.",
     [("Norway, the region's only neighbor and its largest customer", "said")]),
])
def test_coordinated_noun_phrases_in_the_source(text, expected):
    assert pairs(text) == expected


def _sources_by_segment(text):
    return [(text[s["start"]:s["end"]], [a["source"]["text"] for a in s["attributions"] if a["source"]])
            for s in segments(text)]


def test_quote_runs_on_into_the_next_paragraph():
    text = ('"We will rebuild the bridge," Mayor Jo Poe said. "It will take time."\n\n'
            '"We have the money. The council agreed."\n\n'
            '"Next year we start," said Ann Lee, the engineer.')
    got = _sources_by_segment(text)
    assert got[2] == ('"We have the money.', ["Mayor Jo Poe"])
    assert got[3] == ('The council agreed."', ["Mayor Jo Poe"])
    assert got[4][1] == ["Ann Lee, the engineer"]
    reasons = [a["reason"] for s in segments(text) for a in s["attributions"]]
    assert reasons.count("QUOTE-CONTINUATION: SUBJ-VERB") == 3


def test_quote_paragraph_after_unquoted_text_is_not_continued():
    text = ('"We will rebuild," Mayor Jo Poe said.\n\nThe bridge closed in May.\n\n"It is unsafe."')
    assert _sources_by_segment(text)[-1] == ('"It is unsafe."', [])


def test_quote_paragraph_with_its_own_speaker_is_not_continued():
    text = ('"We will rebuild," Mayor Jo Poe said.\n\n"It is unsafe," Ann Lee said. "Close it."')
    got = _sources_by_segment(text)
    assert got[1][1] == ["Ann Lee"] and got[2][1] == ["Ann Lee"]
