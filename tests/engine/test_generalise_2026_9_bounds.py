"""Engine 2026.9, cue boundaries as editors mark them (sentences written for the project).

Each convention has positive cases (the words the cue takes in, with the source unchanged) and
negative cases (where the cue stays as it was).
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- An adverb of time right before the verb ('first reported', 'once praised', 'just saw')
# dates the speaking and belongs to the cue; the subject ends before it.


@pytest.mark.parametrize("text, expected", [
    ("The Courier first reported the merger on its website.",
     [("The Courier", "first reported")]),
    ("Jane Roe once praised the bakery as the best in town.",
     [("Jane Roe", "once praised")]),
    ("Jane Roe, who once said the mill would close, now runs it.",
     [("who", "once said")]),
])
def test_time_adverb_before_the_verb_joins_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe has since said the plan was flawed.",
     [("Jane Roe", "has since said")]),
    ("The first reported case of the flu came in May.", []),
    ("Once said, the words could not be taken back.", []),
])
def test_time_adverb_cases_left_alone(text, expected):
    assert pairs(text) == expected
