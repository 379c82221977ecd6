"""Engine 2026.9, verbs of finding used in another sense (sentences written for the project).

'show' reports what a survey or records found ('a poll showed that ...'), but 'show up' is arriving
and 'show off' or 'show around' is displaying: no finding, no attribution.
"""

from __future__ import annotations

import pytest

from .helpers import pairs


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
