"""Engine 2026.11, plain speech verbs whose subject was lost (sentences written for the project).

'say', 'said', 'told' after a long subject the subject finder could not read: a reduced relative
with an infinitive inside ('tenants hoping to oust the board chair say'), a bare past
participle after a plural noun ('the voters polled said'). Each construct has positive and
negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- an '-ing' reduced relative whose infinitive has a verb the noun-phrase scan stops on.


@pytest.mark.parametrize("text, expected", [
    ("Tenants hoping to oust the harbor board chair say they have a plan.",
     [("Tenants hoping to oust the harbor board chair", "say")]),
    ("Bakers hoping to persuade the council said the levy would close shops.",
     [("Bakers hoping to persuade the council", "said")]),
])
def test_ing_relative_with_infinitive(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the infinitive belongs to the main clause: its subject speaks through a later 'say'
    ("The landlords kept trying to oust the board chair, tenants say.",
     [("tenants", "say")]),
    ("Landlords are trying to oust the chair and say they will win.",
     [("Landlords", "say")]),
])
def test_infinitive_in_main_clause_keeps_its_speaker(text, expected):
    assert pairs(text) == expected


# -- a bare past participle after a plural noun closes the subject.


@pytest.mark.parametrize("text, expected", [
    ("Some 40 percent of Canadians polled said the toll was too high.",
     [("Some 40 percent of Canadians polled", "said")]),
    ("Voters polled said the ferry plan is too costly.",
     [("Voters polled", "said")]),
    ("In addition, the landlords and Lutherans polled said the levy was unfair.",
     [("the landlords and Lutherans polled", "said")]),
])
def test_bare_participle_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The harbor board polled said nothing.",
    "Jane Roe's plan failed.",
])
def test_no_participle_subject_after_singular_or_without_cue(text):
    assert pairs(text) == []


# -- 'X keeps its books closed but says': a present verb before an object's determiner ends the
#    subject, so the coordinated 'says' goes back to it.


@pytest.mark.parametrize("text, expected", [
    ("The guild keeps its ledgers private but says membership has doubled.",
     [("The guild", "says")]),
    ("Acme keeps its books closed and says its business has tripled.",
     [("Acme", "says")]),
])
def test_coordinated_say_after_present_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause's verb before 'the' stays inside the subject
    ("Landlords who own the towers say the levy is fair.",
     [("Landlords who own the towers", "say")]),
    ("Critics of the plan say its costs are hidden.",
     [("Critics of the plan", "say")]),
])
def test_subject_with_object_inside_stays_whole(text, expected):
    assert pairs(text) == expected


# -- an attribution inside an insertion between the subject and 'told'/'said' does not swallow the verb.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe, in the wake of a survey showing her ahead, told reporters on Monday that she would win.",
     [("a survey", "showing"), ("Jane Roe", "told")]),
    ("The guild, after a study showing rents doubled, said the levy must go.",
     [("a study", "showing"), ("The guild", "said")]),
])
def test_verb_after_insertion_with_a_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a parenthetical 'Roe recalled,' inside the subject is no insertion of that kind
    ("The clerk who met her at the door, Roe recalled, asked her to leave.",
     [("Roe", "recalled")]),
    # a verb inside what was said stays nested
    ("Roe said that Doe told the board it was wrong.",
     [("Roe", "said")]),
])
def test_nested_verbs_stay_nested(text, expected):
    assert pairs(text) == expected


# -- 'is now the place officials say ...': an adverb between the verb and the object before a
#    relative clause without 'that' whose speaker is named.


@pytest.mark.parametrize("text, expected", [
    ("The old pier is now the place Harbor Board officials say the ferry will dock.",
     [("Harbor Board officials", "say")]),
    ("The levy was still a tax Jane Roe said was unfair.",
     [("Jane Roe", "said")]),
])
def test_speaker_after_object_and_adverb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The old pier is now the place the ferry will dock, officials say.",
     [("officials", "say")]),
    ("Harbor officials now say the ferry will dock at the old pier.",
     [("Harbor officials", "now say")]),
])
def test_adverb_elsewhere_changes_nothing(text, expected):
    assert pairs(text) == expected


# -- a stray comma after a name's party label: 'Sen. Omar Tell (D-Md.), said after ...'.


@pytest.mark.parametrize("text, expected", [
    ("Sen. Omar Tell (D-Md.), said after a hearing on Monday that he had not read the bill.",
     [("Sen. Omar Tell (D-Md.)", "said")]),
    ("Jane Roe (D-Elm), said the ferry plan was sound.",
     [("Jane Roe (D-Elm)", "said")]),
])
def test_comma_after_party_label(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name after the verb: the verb is inverted, the comma set off what was said
    ("Jane Roe (D-Md.), said Doyle, is clear.",
     [("Doyle", "said")]),
    ("The contrast, said Doyle, is clear.",
     [("Doyle", "said")]),
])
def test_comma_before_inverted_verb_still_parts(text, expected):
    assert pairs(text) == expected


# -- 'after telling', 'upon saying': the main-clause subject is the speaker of the plain speech verbs.


@pytest.mark.parametrize("text, expected", [
    ("The mayor was booed after telling the crowd that the pier would close.",
     [("The mayor", "telling")]),
    ("Jane Roe drew boos upon saying the levy would stay.",
     [("Jane Roe", "saying")]),
])
def test_speech_gerund_after_after_or_upon(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # other gerunds after 'after' name an earlier act
    "Jane Roe was detained after declining to quit the harbor office.",
    "The council was praised after arguing that the levy was fair.",
])
def test_other_gerunds_after_after_stay_out(text):
    assert pairs(text) == []
