"""Engine 2026.10, stances: who supports, opposes, backs or criticises what (sentences written for the project).

A person or a body that states its side ('supports raising the levy', 'a super PAC backing Jane Roe',
'Roe's opposition to the toll') is a source of that stance; the same words with no owner or no side
('military support', 'the support beams') attribute nothing. Each family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- 'support' / 'oppose' + a gerund: the gerund object makes the noun-like form a verb.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe supports raising the harbor levy.",
     [("Jane Roe", "supports")]),
    ("Most ferry pilots oppose closing the north pier.",
     [("Most ferry pilots", "oppose")]),
])
def test_support_with_a_gerund(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The roof support building up rust worried the inspectors.",
    "Support beams holding the pier were replaced.",
    "Strong support among bakers kept the fair going.",
])
def test_support_nouns_with_a_participle(text):
    assert pairs(text) == []

# -- people + 'supporting' / 'backing' / 'opposing' + a side: a reduced relative clause ('donors who back
#    Roe'); the participle is the cue and the people before it its source. Not after a thing, a particle,
#    a preposition word, 'to' (the participle may describe what was sent) or a poll's 'with' share.


@pytest.mark.parametrize("text, expected", [
    ("A super PAC backing Jane Roe spent heavily on radio ads.",
     [("A super PAC", "backing")]),
    ("Donors supporting Omar Tell met in the harbor hall.",
     [("Donors", "supporting")]),
    ("Tenants opposing the toll filled the hall on Monday.",
     [("Tenants", "opposing")]),
    ("One pastor supporting Omar Tell, Jane Roe of Elmwood, said she had called every church.",
     [("One pastor", "supporting"), ("Jane Roe of Elmwood", "said")]),
])
def test_people_taking_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Evidence supporting the claim was thin.",
    "The beams supporting the pier rotted.",
    "The trucks backing into the alley blocked traffic.",
    "With 60 percent of voters backing Jane Roe, the race looks over.",
    "She is leaning toward supporting Omar Tell.",
    "He mailed a letter to the council members opposing the toll.",
    "The actor in the chief supporting role fell ill.",
])
def test_participles_without_people_taking_a_side(text):
    assert pairs(text) == []

# -- subject + be + a (graded) supporter / critic / backer ... of + the side: the subject states its side;
#    the cue runs from the verb group to 'of'. Not a hypothetical ('would be'), not a crowd named by its side.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe is a longtime supporter of the harbor levy.",
     [("Jane Roe", "is a longtime supporter of")]),
    ("Omar Tell has been a steady and vocal critic of the toll.",
     [("Omar Tell", "has been a steady and vocal critic of")]),
    ("The bakers were early backers of the fair.",
     [("The bakers", "were early backers of")]),
])
def test_a_role_that_takes_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "She would be a supporter of the plan if it passed.",
    "Supporters of the levy cheered outside the hall.",
    "The toll is disliked by supporters of the ferry.",
    "Jane Roe is a critic.",
])
def test_roles_without_a_stated_side(text):
    assert pairs(text) == []

# -- 'campaigned / decided / opted / turned against' + the side: acts that take a side, in the act frame
#    of 2026.9 (only the 'against' frame; 'decided to', 'campaigned in', 'turned the page' take none).


@pytest.mark.parametrize("text, expected", [
    ("The bakers' guild campaigned against the harbor toll.",
     [("The bakers' guild", "campaigned against")]),
    ("The guild is campaigning against the toll.",
     [("The guild", "is campaigning against")]),
    ("The county board decided against raising the levy.",
     [("The county board", "decided against")]),
    ("Acme opted against a merger with the ferry line.",
     [("Acme", "opted against")]),
    ("Many tenants have turned against the landlord.",
     [("Many tenants", "have turned against")]),
])
def test_acts_against_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe campaigned in Elmwood on Monday.",
    "The council decided to close the pier.",
    "Omar Tell campaigned for mayor in 2010.",
    "She turned the page and left.",
])
def test_acts_without_a_side_against(text):
    assert pairs(text) == []

# -- 'favor' is a verb of a held view like 'support' ('favors a second ferry'); the noun ('a favor', 'favors
#    to donors', 'in favor of') is not.


@pytest.mark.parametrize("text, expected", [
    ("Most tenants favor a rent cap.",
     [("Most tenants", "favor")]),
    ("Jane Roe still favors a second ferry.",
     [("Jane Roe", "still favors")]),
])
def test_favoring_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "He did the mayor a favor.",
    "Acme handed out favors to donors.",
    "The vote went in favor of the levy.",
    "Her favor with voters has faded.",
])
def test_favor_the_noun(text):
    assert pairs(text) == []

# -- 'reject' / 'dismiss' + words, an idea or a proposal as the bare object state a stance ('rejected the
#    allegation', 'dismissed the report'); a parcel or two drivers stay no cue (tests of 2026.6).


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe rejected the allegation on Monday.",
     [("Jane Roe", "rejected")]),
    ("Omar Tell dismissed the harbor board's latest report.",
     [("Omar Tell", "dismissed")]),
    ("The guild rejected efforts by the council to raise the toll.",
     [("The guild", "rejected")]),
])
def test_turning_down_what_was_said(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The clerk rejected the damaged crate.",
    "The bakery dismissed three cooks in May.",
    "The judge rejected the harbor parcel in the lot.",
])
def test_turning_down_things_or_people(text):
    assert pairs(text) == []

# -- 'blame' with a bare object states whom the subject holds responsible; an order ("Don't blame ...")
#    has no holder, and "can't blame" excuses rather than blames.


@pytest.mark.parametrize("text, expected", [
    ("The mayor blamed the ferry operator.",
     [("The mayor", "blamed")]),
    ("Omar Tell blamed the delays on the weather.",
     [("Omar Tell", "blamed")]),
])
def test_blaming(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Don't blame the pilots.",
    "You can't blame the tenants for leaving.",
])
def test_blame_without_a_holder(text):
    assert pairs(text) == []

# -- a verb that governs 'to' + 'endorse' / 'support' / 'oppose' makes one cue with it, as with 'to say'
#    ('refused to endorse', 'tended to support'); 'to blame' stays out ('are to blame' names no one's view).


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe has refused to endorse Omar Tell.",
     [("Jane Roe", "has refused to endorse")]),
    ("Omar Tell went on to endorse Jane Roe at the fair.",
     [("Omar Tell", "went on to endorse")]),
    ("Tenants tended to support Jane Roe.",
     [("Tenants", "tended to support")]),
    ("The council voted to expand the pier.",
     [("The council", "voted")]),
])
def test_infinitive_of_a_side_joins_its_verb(text, expected):
    assert pairs(text) == expected


def test_to_blame_is_no_stance():
    assert pairs("The mayor and the council are to blame for the delays.") == []

# -- the side spelled out after a verb of speaking belongs to the cue, like a bare 'against': 'spoke out in
#    favor of', 'argued in support of', and 'against' after an adverb ('spoke out sharply against').


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe spoke out in favor of the harbor levy.",
     [("Jane Roe", "spoke out in favor of")]),
    ("Omar Tell also argued in support of a second ferry.",
     [("Omar Tell", "also argued in support of")]),
    ("The mayor spoke out sharply against the toll.",
     [("The mayor", "spoke out sharply against")]),
    ("Omar Tell argued in court that the toll was unfair.",
     [("Omar Tell", "argued")]),
])
def test_spelled_out_side_joins_the_cue(text, expected):
    assert pairs(text) == expected

# -- 'both' floated off a coordinated subject sits in the verb group ('Roe and Tell both condemned'), as in
#    'have both argued'; 'both' as the subject itself stays the source.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe and Omar Tell both condemned the toll.",
     [("Jane Roe and Omar Tell", "both condemned")]),
    ("And both vowed to fight the toll.",
     [("both", "vowed")]),
])
def test_floated_both(text, expected):
    assert pairs(text) == expected

# -- a participle of taking a side + 'by' + people describes a thing by who took that side ('the bill,
#    opposed by most tenants, ...'): the people are the source. Not 'backed' or 'supported' by (money as
#    often as a view), and not an agent that is no person or body.


@pytest.mark.parametrize("text, expected", [
    ("The ferry bill, opposed by most tenants, never became law.",
     [("most tenants", "opposed")]),
    ("The toll, endorsed by the harbor council, passed in May.",
     [("the harbor council", "endorsed")]),
    ("The wall, criticized by Jane Roe, went up anyway.",
     [("Jane Roe", "criticized")]),
])
def test_side_taken_by_people(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The plan, backed by two banks, stalled.",
    "The plan, supported by two donors, stalled.",
    "The pier, opposed by the tide, held.",
])
def test_side_participles_without_people(text):
    assert pairs(text) == []

# -- 'backs' + an object with no determiner ('backs tougher limits'); not a particle or a preposition.


def test_backing_a_bare_object():
    assert pairs("Jane Roe backs tougher limits on night ferries.") == [("Jane Roe", "backs")]


@pytest.mark.parametrize("text", [
    "The truck backed into the alley.",
    "The van backed slowly out of the lot.",
    "The tenants backed down.",
])
def test_backing_a_vehicle_or_down(text):
    assert pairs(text) == []

# -- 'attacked' with a bare object is a verbal attack when the object is words or an idea, or, with a person
#    attacking, a named person or what is someone's; a depot, a convoy or a dog's victim is no stance. A side
#    taken on an object nests no later cue.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe attacked Omar Tell on Monday.",
     [("Jane Roe", "attacked")]),
    ("Omar Tell also attacked the mayor's record.",
     [("Omar Tell", "also attacked")]),
    ("The guild attacked the proposal.",
     [("The guild", "attacked")]),
])
def test_verbal_attacks(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Rebels attacked the depot at dawn.",
    "A dog attacked her neighbor's cat.",
    "The convoy was attacked near the pier.",
])
def test_attacks_that_are_no_stance(text):
    assert pairs(text) == []


def test_supporting_quoted_words():
    assert pairs('Jane Roe supports "fair pay raises" for ferry crews.') == [("Jane Roe", "supports")]

# -- 'fired / shot / hit / jabbed back' report a retort (and 'at' names its target); alone these verbs are no
#    speech, and 'shot back up' is a movement.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe fired back at her critics on Monday.",
     [("Jane Roe", "fired back at")]),
    ('"That is false," Omar Tell shot back.',
     [("Omar Tell", "shot back")]),
    ("The mayor hit back, saying the toll was fair.",
     [("The mayor", "hit back"), ("The mayor", "saying")]),
])
def test_retorts(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Rents shot back up in May.",
    "The guard fired the pilot.",
    "A stray ball hit the window.",
])
def test_hitting_without_a_retort(text):
    assert pairs(text) == []

# -- 'the first / only / earliest + noun + to + endorse (or another verb of speech)': the one singled out did
#    it; the infinitive is the cue and the singled-out noun phrase its source.


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell was the first member of the council to endorse Jane Roe.",
     [("the first member of the council", "to endorse")]),
    ("She is one of the earliest bakers to criticize the levy.",
     [("one of the earliest bakers", "to criticize")]),
])
def test_the_first_to_take_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The first ferry to leave the pier was late.",
    "It was the only way to say it.",
])
def test_the_first_to_do_something_else(text):
    assert pairs(text) == []

# -- 'walked back' + words as the object takes them back, a speech act; 'walked back to the pier' is no speech.


def test_walking_back_words():
    assert pairs("Jane Roe later walked back her remarks about the toll.") == [("Jane Roe", "later walked back")]


def test_walking_back_to_a_place():
    assert pairs("Omar Tell walked back to the pier.") == []

# -- people + be + against + a side ('most tenants are against the toll'); not when the holder is no person or
#    body ('the odds are against him'), nor the idioms 'against the law / rules / clock'.


@pytest.mark.parametrize("text, expected", [
    ("Most tenants are against the toll.",
     [("Most tenants", "are against")]),
    ("She was against the war from the start.",
     [("She", "was against")]),
])
def test_being_against_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The odds are against him.",
    "The vote was 5 against.",
    "It is against the law.",
    "The bakers were against the rules.",
])
def test_against_without_a_side(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Some bakers are so vehemently opposed to the toll that they closed.",
     [("Some bakers", "are so vehemently opposed to")]),
    ("Omar Tell was always in favor of a second ferry.",
     [("Omar Tell", "was always in favor of")]),
])
def test_being_for_or_opposed(text, expected):
    assert pairs(text) == expected


def test_opposed_forces_are_no_side():
    assert pairs("The ferry is opposed to the wind.") == []

# -- 'later' before a plain noun grades the noun ('later closing hours'), it does not date the cue.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe would support later closing hours for the bakery.",
     [("Jane Roe", "would support")]),
    ("Omar Tell said later that the toll was fair.",
     [("Omar Tell", "said later")]),
])
def test_later_as_a_modifier(text, expected):
    assert pairs(text) == expected

# -- a piece of writing + a participle of judging or taking a side says what the piece does ('ads attacking
#    Roe', 'an op-ed criticizing the toll'); a speech is left to its speaker.


@pytest.mark.parametrize("text, expected", [
    ("The guild ran ads attacking Jane Roe.",
     [("ads", "attacking")]),
    ("An op-ed criticizing the toll ran on Sunday.",
     [("An op-ed", "criticizing")]),
])
def test_pieces_that_take_a_side(text, expected):
    assert pairs(text) == expected


def test_a_speech_is_left_to_its_speaker():
    assert pairs("Omar Tell spent his speech praising the crew.") == []
