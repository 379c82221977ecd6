"""Engine 2026.10, predicate stances (sentences written for the project).

'Subject + be + an adjective of attitude + of/about/that/to' reports the subject's view as a verb of
belief would ('the tenants are wary of the levy'). The same adjectives with no holder, a modal or no
complement state nothing. Each family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- 'they're' is the verb 'be' as much as 'they are'.


@pytest.mark.parametrize("text, expected", [
    ("They're wary of the harbor levy.",
     [("They", "'re wary of")]),
    ("We’re still skeptical about the ferry plan.",
     [("We", "’re still skeptical about")]),
])
def test_clitic_be_holds_a_stance(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe's proud of the garden.",
    "They're wary.",
])
def test_clitic_without_a_stance(text):
    assert pairs(text) == []


# -- more adjectives of attitude that take 'of' or 'about'.


@pytest.mark.parametrize("text, expected", [
    ("Most shop owners are not enamored of the new toll.",
     [("Most shop owners", "are not enamored of")]),
    ("Omar Tell was upbeat about the bakery's chances.",
     [("Omar Tell", "was upbeat about")]),
    ("The guild is deeply mistrustful of the harbor board.",
     [("The guild", "is deeply mistrustful of")]),
    ("Jane Roe has been dismissive of the survey.",
     [("Jane Roe", "has been dismissive of")]),
])
def test_attitude_adjectives(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The tenants were nervous.",
    "It is enamored of nothing.",
    "Acme might be enthusiastic about the plan.",
])
def test_attitude_adjectives_without_a_holder(text):
    assert pairs(text) == []


# -- attitudes that take 'to'; for other adjectives 'to' is no link ('critical to' is 'essential to').


@pytest.mark.parametrize("text, expected", [
    ("The farmers are hostile to the harbor levy.",
     [("The farmers", "are hostile to")]),
    ("Jane Roe has been sympathetic to the tenants.",
     [("Jane Roe", "has been sympathetic to")]),
    ("The board was receptive to the bakers' plan.",
     [("The board", "was receptive to")]),
])
def test_attitudes_taking_to(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The ferry is critical to the island's economy.",
    "The museum is open to the public on Sundays.",
    "The plan is open to question.",
])
def test_to_without_an_attitude(text):
    assert pairs(text) == []


# -- 'both' and 'all' floated after 'be' grade nothing away: the subject still holds the view.


@pytest.mark.parametrize("text, expected", [
    ("The two mayors were both sternly critical of the toll.",
     [("The two mayors", "were both sternly critical of")]),
    ("The tenants are all wary of the new landlord.",
     [("The tenants", "are all wary of")]),
])
def test_floated_quantifier(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "All critical of the toll, the mayors left early.",
])
def test_floated_quantifier_without_be(text):
    assert pairs(text) == []


# -- a will toward an act: the infinitive is the content, outside the cue.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe is eager to sign the harbor bill.",
     [("Jane Roe", "is eager")]),
    ("The guild has been reluctant to raise its dues.",
     [("The guild", "has been reluctant")]),
])
def test_will_toward_an_act(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Omar Tell will be eager to rest.",
    "The dog is eager for a walk.",
    "It is reluctant to start in cold weather.",
])
def test_will_without_a_holder_or_act(text):
    assert pairs(text) == []


# -- 'remain' states that the view still holds.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe remains skeptical of the harbor levy.",
     [("Jane Roe", "remains skeptical of")]),
    ("The tenants remained wary of the landlord.",
     [("The tenants", "remained wary of")]),
])
def test_remain_holds_a_stance(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The tenants remained in the hall.",
    "Omar Tell may remain wary of the plan.",
])
def test_remain_without_a_stance(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell remains a fierce critic of the toll.",
     [("Omar Tell", "remains a fierce critic of")]),
    ("They're longtime backers of the ferry plan.",
     [("They", "'re longtime backers of")]),
])
def test_remain_holds_a_side(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The critics remained in the hall.",
])
def test_remain_without_a_side(text):
    assert pairs(text) == []


# -- 'made no secret of': the subject stated it openly.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe has made no secret of her doubts about the levy.",
     [("Jane Roe", "has made no secret of")]),
])
def test_made_no_secret_of(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The chef made a secret sauce for the fair.",
    "Omar Tell made the secret door himself.",
])
def test_secret_without_a_stance(text):
    assert pairs(text) == []


# -- satisfaction takes 'with'; for other adjectives 'with' is company.


@pytest.mark.parametrize("text, expected", [
    ("The tenants are unhappy with the new landlord.",
     [("The tenants", "are unhappy with")]),
    ("Omar Tell was not pleased with the harbor board.",
     [("Omar Tell", "was not pleased with")]),
])
def test_satisfaction_with(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe was busy with the budget.",
    "The room was comfortable.",
])
def test_with_without_a_stance(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The board seemed pleased with the vote.",
     [("The board", "seemed pleased with")]),
    ("Jane Roe appears skeptical of the survey.",
     [("Jane Roe", "appears skeptical of")]),
])
def test_seem_and_appear(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The harbor seemed calm.",
    "It appears clear that the levy will pass.",
])
def test_seem_without_a_holder(text):
    # ('seemed' alone may still be read as the writer's hedge, with no source.)
    assert [pair for pair in pairs(text) if pair[0] is not None] == []


# -- trust or its loss takes 'in'; for other adjectives 'in' is a place or a field.


@pytest.mark.parametrize("text, expected", [
    ("Most donors are confident in Jane Roe.",
     [("Most donors", "are confident in")]),
    ("The tenants were disappointed in the harbor board.",
     [("The tenants", "were disappointed in")]),
])
def test_trust_in(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Omar Tell was critical in the final game.",
    "The workers are upset in private.",
])
def test_in_without_trust(text):
    assert pairs(text) == []


# -- feelings a thing stirred take 'by'.


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell was impressed by the new ferry.",
     [("Omar Tell", "was impressed by")]),
    ("The guild is deeply troubled by the vote.",
     [("The guild", "is deeply troubled by")]),
])
def test_feelings_by(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "It was alarmed by a sensor.",
    "The committee will be impressed by the plan.",
])
def test_by_without_a_holder(text):
    assert pairs(text) == []
