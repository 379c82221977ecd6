"""Engine 2026.10, subjects the engine could not find (sentences written for the project).

Each family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- a relative 'that' right after a noun is the subject of a verb of saying ('a sign that said');
#    after a verb it opens the reported clause, and with other verbs it only describes a thing.


@pytest.mark.parametrize("text, expected", [
    ("Tenant groups that say the harbor levy is unfair met on Monday.",
     [("that", "say")]),
    ("Acme is a firm that says the ferry fares are too low.",
     [("that", "says")]),
    ("Omar Tell held up a placard that said the pier belongs to the town.",
     [("that", "said")]),
])
def test_relative_that_subject_of_saying(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The bakers' guild rented a hall that holds two hundred people.",
    "So that says very little about the ferry.",
    "The dog she said was lost came home.",
])
def test_that_without_a_speaker(text):
    assert pairs(text) == []


def test_that_after_a_verb_opens_the_clause():
    assert pairs("Jane Roe argued that claims about the levy were false.") == [("Jane Roe", "argued")]

# -- a time phrase after the comma that closes an appositive belongs to the verb; the subject is the
#    name with its appositive.


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell, an aide to the mayor, on Tuesday called the levy unfair.",
     [("Omar Tell, an aide to the mayor", "called")]),
    ("Jane Roe, 54, on Monday said the ferry would stay.",
     [("Jane Roe, 54", "said")]),
    ("Jane Roe, a baker, yesterday said the levy was unfair.",
     [("Jane Roe, a baker", "said")]),
])
def test_time_phrase_after_appositive(text, expected):
    assert pairs(text) == expected


def test_time_phrase_after_an_opening_adjunct():
    assert pairs("After the vote, on Tuesday the mayor said it was unfair.") == [("the mayor", "said")]

# -- a relative clause without 'that' on an object: 'a rule they say helped ...'; the pronoun is
#    the speaker. A noun phrase that opens the sentence keeps the old reading (no attribution).


@pytest.mark.parametrize("text, expected", [
    ("It was a rule they say helped the harbor bakers.",
     [("they", "say")]),
    ("It is a route they believe will suit the ferry.",
     [("they", "believe")]),
    ("The tenants live next to a fence she says is too tall.",
     [("she", "says")]),
    ("Jane Roe is fixing the pier they say was neglected.",
     [("they", "say")]),
])
def test_pronoun_after_an_object_noun(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The dog she said was lost came home.",
    "Jane Roe's dog she adores.",
])
def test_pronoun_after_a_subject_noun(text):
    assert pairs(text) == []

# -- the same clause with a name, a role noun or 'some' as the speaker: 'the place harbor officials
#    say the ferry will dock'. A role noun before a name is the name's title, not a clause.


@pytest.mark.parametrize("text, expected", [
    ("The pier is the place harbor officials say the ferry will dock.",
     [("officials", "say")]),
    ("It is a plan some believe could work.",
     [("some", "believe")]),
    ("There are two reasons Acme opposes the harbor levy.",
     [("Acme", "opposes")]),
])
def test_speaker_after_an_object_noun(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Acme hired the page editor Jane Roe, who said the levy was unfair.",
     [("who", "said")]),
])
def test_title_before_a_name_is_not_a_clause(text, expected):
    assert pairs(text) == expected


def test_participle_after_a_comma_has_no_speaker():
    assert pairs("He was a loyal Acme engineer, taking the ferry daily.") == []

# -- 'earlier' and 'later' after a determiner are adjectives inside the subject ('an earlier report').


@pytest.mark.parametrize("text, expected", [
    ("An earlier report in the Gazette said that the levy was unfair.",
     [("An earlier report in the Gazette", "said")]),
    ("His later statement said the levy was unfair.",
     [("His later statement", "said")]),
])
def test_earlier_after_a_determiner(text, expected):
    assert pairs(text) == expected


def test_earlier_as_an_adverb_stays_out():
    assert pairs("Jane Roe earlier said the levy was unfair.") == [("Jane Roe", "earlier said")]

# -- before a present-tense verb, 'today' after the subject names the present-day body and stays in
#    the source. A verb that reports nothing stays without a cue.


@pytest.mark.parametrize("text, expected", [
    ("Acme backers today argue that the levy is fair.",
     [("Acme backers today", "argue")]),
    ("The guild today wants a second ferry.",
     [("The guild today", "wants")]),
])
def test_today_after_a_subject(text, expected):
    assert pairs(text) == expected


def test_today_before_a_plain_verb():
    assert pairs("The ferry today runs late.") == []

# -- after 'everything', 'something' and the like a pronoun opens a relative clause ('everything he
#    said'); the pronoun speaks.


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell takes back everything he said about the levy.",
     [("he", "said")]),
    ("The levy is something she opposed as mayor.",
     [("she", "opposed")]),
])
def test_pronoun_after_everything(text, expected):
    assert pairs(text) == expected


def test_plain_verb_after_everything_stays_out():
    assert pairs("Everything he owns fits in one bag.") == []

# -- an insert set off by commas inside the verb group keeps the subject before the auxiliary
#    ('has, however, said').


@pytest.mark.parametrize("text, expected", [
    ("The mayor has, however, revealed that the levy is unpopular.",
     [("The mayor", "has, however, revealed")]),
    ("Jane Roe has, in fact, praised the bakers' guild.",
     [("Jane Roe", "has, in fact, praised")]),
])
def test_comma_insert_in_the_verb_group(text, expected):
    assert pairs(text) == expected


def test_comma_after_a_subject_is_no_insert():
    assert pairs("The mayor, a baker, has said the levy is unfair.") == [("The mayor, a baker", "has said")]

# -- a phrase opened by a preposition, with no comma, before a name: the name is the subject; a name
#    right after a determiner is the preposition's own object.


@pytest.mark.parametrize("text, expected", [
    ("At the rally Jane Roe said the levy was unfair.",
     [("Jane Roe", "said")]),
    ("During the debate Gov. Omar Tell criticized the harbor levy.",
     [("Gov. Omar Tell", "criticized")]),
])
def test_name_after_an_opening_prepositional_phrase(text, expected):
    assert pairs(text) == expected


def test_name_after_a_determiner_in_the_opening_phrase():
    assert pairs("In the Gazette Jane Roe wrote that the levy was unfair.") == []
