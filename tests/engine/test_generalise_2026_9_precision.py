"""Engine 2026.9, precision fixes (sentences written for the project).

'show' reports what a survey or records found ('a poll showed that ...'), but 'show up' is arriving
and 'show off' or 'show around' is displaying: no finding, no attribution. A refusal to discuss,
elaborate or be interviewed is a note like a refusal to comment (the note pattern named them, but
the cheap pre-check in front of it did not, so they never reached it).
"""

from __future__ import annotations

import pytest

from .helpers import pairs, segments


@pytest.mark.parametrize("text", [
    "A survey showed up in the mail on Monday.",
    "The mayor showed off the new ferry to reporters.",
    "Dozens of tenants showed up at the council meeting.",
])
def test_show_as_a_phrasal_verb_reports_nothing(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("A survey showed that most tenants want a rent cap.", [("A survey", "showed")]),
    ("The records show the council spent more than it had.", [("The records", "show")]),
])
def test_show_with_a_finding_is_still_a_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe declined to discuss the harbor contract.",
    "A spokesman for Acme declined to elaborate.",
    "The mayor declined to be interviewed for this story.",
])
def test_a_refusal_to_discuss_is_a_note(text):
    assert [s["kind"] for s in segments(text)] == ["note"]


def test_discussing_is_still_a_claim():
    assert [s["kind"] for s in segments("Jane Roe discussed the harbor contract with the council.")] == ["claim"]
