"""Constructs added in engine 2026.3 (sentences written for the project)."""

from __future__ import annotations

import pytest

from .helpers import pairs


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
    "The council praised the volunteers.",
    "Ms. Roe criticized the plan.",
    "Gunmen attacked the convoy on Monday.",
    "The mayor thanked the firefighters and left.",
])
def test_stance_verb_without_a_proposition_is_not_a_cue(text):
    assert pairs(text) == []


def test_ruled_needs_a_decision():
    assert pairs("A federal judge ruled Friday that the levy was invalid.") == [("A federal judge", "ruled Friday")]
    assert pairs("The court ruled against the county.") == [("The court", "ruled")]
    assert pairs("The family ruled the valley for a century.") == []


@pytest.mark.parametrize("text, expected", [
    ("The audit covered the grants, which he said were spent on travel.", [("he", "said")]),
    ("The bridge, which engineers say is unsafe, will close in May.", [("engineers", "say")]),
    ("The old mill, which Ms. Adler says she wants to reopen, is for sale.", [("Ms. Adler", "says")]),
    ("The fee angered tenants, many of whom say it is unfair.", [("many of whom", "say")]),
])
def test_relative_clause_with_an_object_gap(text, expected):
    assert pairs(text) == expected
