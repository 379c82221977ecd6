"""Engine 2026.9, acts that take a side (sentences written for the project).

A person or a body that votes for a measure, pushes for it or backs a candidate takes a stance
that attribution counts as theirs; the same verbs with no side after them ('voted on Tuesday',
'pushed the cart') state no position. Each family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- 'voted for / against / in favor of', and 'voted' before an infinitive.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe voted against the harbor levy.",
     [("Jane Roe", "voted against")]),
    ("The county council voted to expand the ferry pier.",
     [("The county council", "voted")]),
    ("The council voted Thursday to close the old library.",
     [("The council", "voted")]),
    ("In 2009, the senator had voted in favor of the bridge toll.",
     [("the senator", "had voted in favor of")]),
    ("Omar Tell voted twice for the bakers' guild plan.",
     [("Omar Tell", "voted twice for")]),
])
def test_voting_takes_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Thousands of residents voted on Tuesday.",
    "Jane Roe voted early at the town hall.",
    "The measure was voted down in March.",
    "Most tenants have never voted.",
])
def test_voting_without_a_side(text):
    assert pairs(text) == []

# -- 'pushed for', 'pushed back on / against'; the bare 'push' only after a modal or 'to', and the
#    gerund only with an auxiliary ('is pushing for', not an adjunct '..., pushing for').


@pytest.mark.parametrize("text, expected", [
    ("The bakers' union pushed for a ban on night shifts.",
     [("The bakers' union", "pushed for")]),
    ("Jane Roe pushed back on the landlord's claims on Monday.",
     [("Jane Roe", "pushed back on")]),
    ("Acme has been quietly pushing for lower bridge tolls.",
     [("Acme", "has been quietly pushing for")]),
    ("The mayor will push for a second ferry.",
     [("The mayor", "will push for")]),
])
def test_pushing_for_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Her push for a second ferry stalled in committee.",
    "The movers pushed the piano up the ramp.",
    "The tenants pushed for months.",
    "Those are the tolls the council has pushed for.",
    "The ferry left early, pushing for the far shore before the storm.",
])
def test_pushing_without_a_side(text):
    assert pairs(text) == []

# -- 'backed' / 'backs' / 'is backing' + the side as object; not 'backed away', not a passive, not a
#    relative clause that only says who someone is, and the nested claim after it keeps its own cue.


@pytest.mark.parametrize("text, expected", [
    ("The bakers' guild backed Jane Roe in the mayoral race.",
     [("The bakers' guild", "backed")]),
    ("The harbor commissioner backs the new toll.",
     [("The harbor commissioner", "backs")]),
    ("Omar Tell is backing the levy because he worries the pier will close.",
     [("Omar Tell", "is backing"), ("he", "worries")]),
])
def test_backing_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Acme backed away from the harbor deal.",
    "The plan, backed by two banks, stalled.",
    "The movers backed up into the alley.",
    "A donor who backed Jane Roe in 2012 bought the bakery.",
    "The tenants turned their backs on the council.",
])
def test_backing_without_a_side(text):
    assert pairs(text) == []

# -- 'signed' + a text that states or enacts a position ('a letter', 'the bill'), and 'signed into law'.


@pytest.mark.parametrize("text, expected", [
    ("Forty harbor pilots signed an open letter against the new toll.",
     [("Forty harbor pilots", "signed")]),
    ("The governor signed the ferry bill on Friday.",
     [("The governor", "signed")]),
    ("Jane Roe signed into law a cap on bakery rents.",
     [("Jane Roe", "signed into law")]),
])
def test_signing_a_position(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Acme signed the striker to a three-year contract.",
    "The singer signed autographs outside the hall.",
    "The letter was signed by forty pilots.",
    "Most tenants signed up for the newsletter.",
])
def test_signing_without_a_position(text):
    assert pairs(text) == []

# -- 'is (best) known for / as': what people at large say of the subject, a hedge with no named holder.


@pytest.mark.parametrize("text, cue", [
    ("The bakery is best known for its rye bread.", "is best known for"),
    ("Jane Roe was known as a stubborn negotiator.", "was known as"),
    ("The harbor town has long been known for its fog.", "has long been known for"),
])
def test_reputation_is_a_hedge(text, cue):
    assert pairs(text, role=None) == [(None, cue)]


@pytest.mark.parametrize("text", [
    "She has known the baker for years.",
    "The rye bread the bakery is known for has sold out.",
    "We tasted the rye bread the bakery is known for.",
    "The ferry is known.",
])
def test_knowing_is_no_reputation(text):
    assert pairs(text, role=None) == []

# -- 'sided with / against'.


def test_siding_with_a_party():
    assert pairs("A county judge sided with the tenants in the rent dispute.") == [("A county judge", "sided with")]


@pytest.mark.parametrize("text", [
    "The ferry carried a two-sided sign.",
    "The judge sided.",
])
def test_siding_without_a_party(text):
    assert pairs(text) == []

# -- 'is considering' + what is weighed: a stance being formed ('considering a ban'); other forms of
#    'consider' still need 'as' or 'that' ('considers Roe a friend' is no claim).


@pytest.mark.parametrize("text, expected", [
    ("The harbor council is considering a ban on night ferries.",
     [("The harbor council", "is considering")]),
    ("Jane Roe is also considering whether to close the bakery.",
     [("Jane Roe", "is also considering")]),
])
def test_weighing_an_option(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Considering the rain, the fair went well.",
    "The council considered the matter on Monday.",
    "The tenants were considering.",
])
def test_considering_without_an_option(text):
    assert pairs(text) == []
