"""Engine 2026.10, false cues (sentences written for the project).

Words that report or hedge in one use and merely describe in another: each rule here keeps the
reporting use and drops the describing one. Each family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- 'seeming': a hedge as a verb form, an adjective after a determiner or a possessive.


@pytest.mark.parametrize("text", [
    "The mayor walked out, seeming to reject the harbor levy.",
    "Jane Roe spoke for an hour, seeming eager to end the strike.",
])
def test_seeming_as_a_verb_hedges(text):
    assert any(cue == "seeming" for _, cue in pairs(text, role=None))


@pytest.mark.parametrize("text", [
    "Critics pointed to Omar Tell's seeming indifference to the flood.",
    "The council welcomed his seeming change of heart on the levy.",
    "The seeming calm at the harbor ended on Friday.",
])
def test_seeming_as_an_adjective(text):
    assert all(cue != "seeming" for _, cue in pairs(text, role=None))


# -- 'may / might want to': the writer's advice, not the subject's wish.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe wants a recount in the harbor district.",
     [("Jane Roe", "wants")]),
    ("The ferry union wants to renegotiate the contract.",
     [("The ferry union", "wants")]),
])
def test_want_states_a_wish(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Omar Tell may want to check his figures before the vote.",
    "Acme might want to rethink its pricing.",
])
def test_may_want_is_advice(text):
    assert all(not cue.endswith("want") for _, cue in pairs(text, role=None))


# -- 'know' with nothing known after it: a filler or a shrug, not a stated belief.


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell knows the levy will fail.",
     [("Omar Tell", "knows")]),
    ("Harbor officials know that the pier is sinking.",
     [("Harbor officials", "know")]),
])
def test_know_with_a_proposition(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "You know, the ones who ride the ferry every day.",
    "It is good news, you know, for the bakers.",
    "I don't know.",
    "But we'll never know.",
])
def test_know_without_a_proposition(text):
    assert all(not cue.endswith("know") for _, cue in pairs(text, role=None))


# -- 'without' + a participle of knowing or worrying: an attitude nobody holds.


def test_without_mentioning_is_still_an_act_of_speech():
    assert pairs("Jane Roe signed the levy without mentioning the bakers.") == [("Jane Roe", "mentioning")]


@pytest.mark.parametrize("text", [
    "The mayor signed the levy without knowing who would pay it.",
    "Tenants use the ferry more, without worrying about the fare.",
    "It goes without saying that the ferry is late.",
])
def test_without_knowing_holds_no_view(text):
    assert pairs(text, role=None) == []


# -- an attitude inside a question: asked for, not stated.


@pytest.mark.parametrize("text, cue", [
    ("Jane Roe thinks the levy will pass.", "thinks"),
    ("The bakers fought what they believe is an unfair levy.", "believe"),
])
def test_stated_attitude(text, cue):
    assert any(c == cue for _, c in pairs(text))


@pytest.mark.parametrize("text, cue", [
    ("Reporters asked the mayor who she thought would win the harbor seat.", "thought"),
    ("Tenants were left wondering what Omar Tell really believes.", "really believes"),
    ("How do you think the levy will pass?", "think"),
])
def test_attitude_asked_about(text, cue):
    assert all(c != cue for _, c in pairs(text, role=None))


# -- 'called' + a person and nothing said of them: a phone call.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe called Omar Tell a liar.", [("Jane Roe", "called")]),
    ("Jane Roe called on Omar Tell to resign.", [("Jane Roe", "called on")]),
])
def test_called_names_or_urges(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The mayor called Jane Roe Tuesday night.",
    "I called him.",
    "Omar Tell called Jane Roe shortly after the vote was counted.",
])
def test_called_on_the_phone(text):
    assert all(cue != "called" for _, cue in pairs(text, role=None))


# -- 'a thing called X': a participle naming the thing before it.


@pytest.mark.parametrize("text", [
    'Acme released a short film called "Harbor Days" on Monday.',
    "The bakers formed a group called Bread First.",
    "One ferry is run by the city, and another called the Gull is private.",
])
def test_called_names_a_thing(text):
    assert all(cue != "called" for _, cue in pairs(text, role=None))


@pytest.mark.parametrize("text, expected", [
    ("A senator called the levy a disgrace.", [("A senator", "called")]),
])
def test_indefinite_subject_still_calls(text, expected):
    assert pairs(text) == expected


# -- hedge adverbs inside a noun phrase or after a preposition.


@pytest.mark.parametrize("text, cue", [
    ("Jane Roe allegedly dumped the oil in the harbor.", "allegedly"),
    ("The mayor reportedly wants a recount.", "reportedly"),
])
def test_hedge_adverb_on_a_clause(text, cue):
    assert (None, cue) in pairs(text, role=None)


@pytest.mark.parametrize("text, cue", [
    ("Acme was fined for allegedly dumping oil in the harbor.", "allegedly"),
    ("Tenants fear the supposedly imminent levy.", "supposedly"),
])
def test_hedge_adverb_inside_a_phrase(text, cue):
    assert all(c != cue for _, c in pairs(text, role=None))


# -- 'as we know it': a set phrase.


@pytest.mark.parametrize("text", [
    "The harbor as we know it is gone.",
    "Critics say the ferry, as we now know it, will vanish.",
])
def test_as_we_know_it(text):
    assert all(not cue.endswith("know") for _, cue in pairs(text, role=None))


def test_we_know_that_still_counts():
    assert pairs("We know that the ferry is late.") == [("We", "know")]


# -- 'feel' + a participle or 'free': a state of mind, no proposition.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe felt the levy was unfair.", [("Jane Roe", "felt")]),
    ("Tenants feel that the fare is too high.", [("Tenants", "feel")]),
])
def test_feel_with_a_proposition(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe felt betrayed by the council.",
    "Omar Tell felt free to criticize the levy.",
    "The bakers left the hall feeling ignored.",
])
def test_feel_a_state_of_mind(text):
    assert pairs(text, role=None) == []


# -- 'in what appeared to be ...': a free relative inside a phrase.


def test_appears_on_a_clause_hedges():
    assert (None, "appears") in pairs("The ferry appears to be late again.", role=None)


@pytest.mark.parametrize("text", [
    "Omar Tell left the pier early, over what appears to be his quarrel with the bakers.",
    "The council replied with what seemed to be a threat.",
])
def test_what_appeared_inside_a_phrase(text):
    assert all(cue not in {"appeared", "seemed"} for _, cue in pairs(text, role=None))
