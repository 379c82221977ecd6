"""Engine 2026.10, where a cue ends (sentences written for the project).

A cue is scored by its exact words, so each boundary rule here says which words next to the
reporting verb belong to the act of saying and which name something else (a listener, a topic).
Each family has cases where the word joins the cue and cases where it stays out.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- 'talked to' / 'talking with': the listener is left out of the cue; the topic ('about') stays in.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe talked to reporters about the harbor levy.",
     [("Jane Roe", "talked")]),
    ("Omar Tell has been talking with donors about a run for mayor.",
     [("Omar Tell", "has been talking")]),
])
def test_talk_leaves_the_listener_out(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe talked about the harbor levy at length.",
     [("Jane Roe", "talked about")]),
])
def test_talk_keeps_its_topic(text, expected):
    assert pairs(text) == expected



# -- 'pleaded guilty', 'pleaded not guilty': the plea belongs to the verb that enters it.


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell pleaded guilty to two counts of fraud.", [("Omar Tell", "pleaded guilty")]),
    ("Jane Roe pleaded not guilty to the harbor theft.", [("Jane Roe", "pleaded not guilty")]),
    ("Jane Roe has pleaded innocent to the charges.", [("Jane Roe", "has pleaded innocent")]),
])
def test_plea_joins_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell pleaded for more time.", [("Omar Tell", "pleaded for")]),
    ("Omar Tell pleaded with the board to wait.", [("Omar Tell", "pleaded")]),
])
def test_plead_without_a_plea(text, expected):
    assert pairs(text) == expected


# -- 'declined to say': the refusal is the cue; the infinitive names what went unsaid.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe declined to say whether the harbor levy would pass.", [("Jane Roe", "declined")]),
    ("A spokesman for Acme declined to discuss the ferry contract.", [("A spokesman for Acme", "declined")]),
    ("Omar Tell wants to say that the pier is safe.", [("Omar Tell", "wants")]),
    ("The bakers want to discuss the harbor levy with the mayor.", [("The bakers", "want")]),
])
def test_declined_leaves_the_infinitive_out(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell went on to say that the levy was unfair.", [("Omar Tell", "went on to say")]),
    ("Jane Roe is correct to note that the pier is old.", [("Jane Roe", "is correct to note")]),
])
def test_other_heads_keep_the_infinitive(text, expected):
    assert pairs(text) == expected


# -- 'tweeted out', 'shouted out': the particle sends the words out and belongs to the cue;
#    'out of frustration' gives a reason and stays out.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe shouted out that the levy was a scandal.", [("Jane Roe", "shouted out")]),
    ("Omar Tell tweeted out a warning that the ferry would close.", [("Omar Tell", "tweeted out")]),
])
def test_out_particle_joins_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe said out of frustration that the levy was a scandal.", [("Jane Roe", "said")]),
    ("Omar Tell tweeted that the ferry would close.", [("Omar Tell", "tweeted")]),
])
def test_out_of_stays_out(text, expected):
    assert pairs(text) == expected


# -- 'said dryly', 'insisted angrily': an adverb of how the words were delivered belongs to the cue;
#    an adverb of time or degree ('early', 'nearly half') does not.


@pytest.mark.parametrize("text, expected", [
    ("“The levy is dead,” Jane Roe said dryly.", [("Jane Roe", "said dryly")]),
    ("Omar Tell insisted angrily that the pier was safe.", [("Omar Tell", "insisted angrily")]),
])
def test_manner_of_speaking_joins_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“We will see,” Jane Roe said early on Tuesday.", [("Jane Roe", "said")]),
    ("Omar Tell said nearly half the bakers would leave.", [("Omar Tell", "said")]),
])
def test_other_adverbs_stay_out(text, expected):
    assert pairs(text) == expected


# -- 'said with a laugh': the gesture that carried the words joins the cue; other company does not.


@pytest.mark.parametrize("text, expected", [
    ("“The pier is safe,” Jane Roe said with a laugh.", [("Jane Roe", "said with a laugh")]),
    ("“Not yet,” Omar Tell said with a wry smile.", [("Omar Tell", "said with a wry smile")]),
])
def test_gesture_joins_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe said with a group of bakers that the levy was unfair.", [("Jane Roe", "said")]),
    ("“Fine,” Omar Tell said with an aide at his side.", [("Omar Tell", "said")]),
])
def test_other_with_phrases_stay_out(text, expected):
    assert pairs(text) == expected


# -- 'spoke out about the levy': the topic's 'about' follows the phrasal verb into the cue, as after
#    'spoke about'; a place ('spoke out at the meeting') stays out.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe spoke out about the harbor levy on Tuesday.", [("Jane Roe", "spoke out about")]),
    ("Omar Tell spoke about the ferry schedule.", [("Omar Tell", "spoke about")]),
])
def test_spoke_out_about_joins_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe spoke out at the meeting.", [("Jane Roe", "spoke out")]),
])
def test_spoke_out_at_a_place(text, expected):
    assert pairs(text) == expected
