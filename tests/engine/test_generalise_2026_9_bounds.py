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

# -- 'against' right after a reporting verb names the side the speaker takes: it belongs to the
# cue whatever the verb ('argued against', 'cautioned against', 'ruled Friday against').


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe argued against the new toll, calling it unfair.",
     [("Jane Roe", "argued against"), ("Jane Roe", "calling")]),
    ("The judge ruled Friday against the landlord.",
     [("The judge", "ruled Friday against")]),
    ("The mayor has cautioned against reading too much into the poll.",
     [("The mayor", "has cautioned against")]),
])
def test_against_after_a_reporting_verb_joins_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Roe said the vote went against the council.", [("Roe", "said")]),
    ('Roe said "against all odds" the mill survived.', [("Roe", "said")]),
    ("The court ruled that the toll was unlawful, against the wishes of the council.",
     [("The court", "ruled")]),
])
def test_against_not_next_to_the_verb_stays_out(text, expected):
    assert pairs(text) == expected

# -- With a verb of asking or advocating, 'for' opens what is asked for and belongs to the cue
# ('asked for', 'argued for', 'called Tuesday for'); 'for' opening a duration or a manner does not.


@pytest.mark.parametrize("text, expected", [
    ("The mayor asked for patience while the bridge is rebuilt.",
     [("The mayor", "asked for")]),
    ("The union has argued for a shorter week.",
     [("The union", "has argued for")]),
    ("Acme called Tuesday for a recount.",
     [("Acme", "called Tuesday for")]),
    ("Jane Roe pleaded for calm, saying the mill would reopen.",
     [("Jane Roe", "pleaded for"), ("Jane Roe", "saying")]),
])
def test_for_after_a_verb_of_asking_joins_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Roe has asked for years that the bridge be fixed.", [("Roe", "has asked")]),
    ("Jane Roe argued for the first time that the mill should close.", [("Jane Roe", "argued")]),
    ("Roe argued for a while that the toll was unfair.", [("Roe", "argued")]),
])
def test_for_opening_a_duration_stays_out(text, expected):
    assert pairs(text) == expected

# -- What is expressed completes the verb ('expressed concern', 'expressed deep concern',
# 'expressed his condolences'), and so does the preposition naming what it is about
# ('expressed concern about', 'expressed support for', 'expressed interest in').


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe expressed concern about the new toll.",
     [("Jane Roe", "expressed concern about")]),
    ("The landlord expressed grave concern about unpaid rent.",
     [("The landlord", "expressed grave concern about")]),
    ("The guild expressed support for the strike.",
     [("The guild", "expressed support for")]),
    ("The mayor expressed his condolences over the fire.",
     [("The mayor", "expressed his condolences over")]),
    ("Acme expressed interest in the mill.",
     [("Acme", "expressed interest in")]),
])
def test_expressed_attitude_and_its_preposition_join_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe expressed concern.", [("Jane Roe", "expressed concern")]),
    ("Jane Roe expressed confidence that the bridge would open.", [("Jane Roe", "expressed confidence")]),
    ("Jane Roe expressed the view that the toll was unfair.", [("Jane Roe", "expressed")]),
    ('The mayor expressed concern "about everything" in the plan.', [("The mayor", "expressed concern")]),
])
def test_expressed_without_an_attitude_preposition(text, expected):
    assert pairs(text) == expected

# -- 'agree' and 'disagree' take 'on' (the topic) into the cue as they take 'with' (the other
# party); 'on' before a date is when, not what.


@pytest.mark.parametrize("text, expected", [
    ("The two unions agreed on a shorter week, Roe said.",
     [("The two unions", "agreed on"), ("Roe", "said")]),
    ("Jane Roe and the mayor disagree on how the toll should be spent.",
     [("Jane Roe and the mayor", "disagree on")]),
    ("Jane Roe agreed with the mayor that the toll was too high.",
     [("Jane Roe", "agreed with")]),
])
def test_agree_on_joins_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The council agreed on Monday that the bridge would close.", [("The council", "agreed")]),
    ("The mayor commented on Tuesday that rents were high.", [("The mayor", "commented")]),
    ("Jane Roe agreed that the toll was too high.", [("Jane Roe", "agreed")]),
])
def test_on_before_a_date_stays_out(text, expected):
    assert pairs(text) == expected
