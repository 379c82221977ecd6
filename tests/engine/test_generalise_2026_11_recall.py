"""Engine 2026.11, attributions the rules used to miss entirely (sentences written for the project).

Each family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import attributions, pairs

# -- The passive of a verb of judging or mentioning, no agent: unnamed others said it.


@pytest.mark.parametrize("text, cue", [
    ("The harbor levy has been criticized for its cost to small bakers.", "has been criticized"),
    ("Jane Roe has been mentioned as a possible harbor commissioner.", "has been mentioned"),
    ("The closure of the ferry line was confirmed on Tuesday.", "was confirmed"),
    ("The new ferry timetable was widely viewed as a concession to tenants.", "was widely viewed"),
    ("The council's figures were shown to be wrong.", "were shown"),
    ("In the footage the mayor is shown urging tenants to sign the petition.", "is shown"),
])
def test_agentless_passive_of_judging(text, cue):
    found = attributions(text)
    assert [a["cue"]["text"] for a in found] == [cue]
    assert found[0]["source"] is None


@pytest.mark.parametrize("text", [
    "The harbor was viewed from the old lighthouse.",  # looking, not judging
    "The film was shown at the festival in May.",  # a screening
    "The bakers were viewing the harbor from the pier.",  # no passive
    "The levy could be criticized, some argue, but it pays for the ferry.",  # (a modal: only what might be said)
])
def test_passive_without_judgment_is_no_cue(text):
    assert all(a["cue"]["text"] not in {"was viewed", "was shown", "could be criticized"}
               for a in attributions(text))


def test_passive_of_judging_with_agent_names_source():
    assert pairs("The levy was criticized by the bakers union.") == [("the bakers union", "was criticized")]

# -- 'identified X as Y': the subject names what X is, a judgment of its own.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe identified the harbor levy as the main worry of small bakers.",
     [("Jane Roe", "identified")]),
    ("The tenants union has identified rising rents as the reason families leave the island.",
     [("The tenants union", "has identified")]),
    ("Omar Tell, who lost the council race to Roe, identified the ferry fares as one of the reasons.",
     [("Omar Tell, who lost the council race to Roe", "identified")]),
])
def test_identified_object_as(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Most of the bakers on the pier identify as independents.",  # self-description, no object
    "The reporters identified themselves as students from the college.",
    "Volunteers will identify the boats before the race.",  # no 'as': a plain act
])
def test_identify_without_object_as_is_no_cue(text):
    assert [c for _, c in pairs(text) if "identif" in c] == []

# -- After a quotation closed by its comma the verb is inverted; a participle or a relative clause after the
#    speaker goes on describing the speaker.


@pytest.mark.parametrize("text, expected", [
    ("“The ferry will run all winter,” said the harbor chief known as Tom Vale, speaking at the pier on Monday.",
     [("the harbor chief known as Tom Vale", "said")]),
    ("“We will not close the bakery,” wrote a tenant calling herself Ada Bloom.",
     [("a tenant calling herself Ada Bloom", "wrote")]),
])
def test_inverted_speaker_with_participle_after_quotation(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # No quotation before the verb: the noun phrase after it opens what was said.
    ("In the end, the harbor board said members living on the island had won the vote.",
     [("the harbor board", "said")]),
    ("Jane Roe said parents still want a ferry to the island.", [("Jane Roe", "said")]),
    # After a plain comma, not a quotation, a participle after the noun is not taken as the speaker's.
    ("On the island, said members living there, the ferry is late.", []),
])
def test_no_inversion_without_quotation(text, expected):
    assert pairs(text) == expected

# -- Frequency and contrast adverbs inside the verb group belong to the cue ('has always denied').


@pytest.mark.parametrize("text, expected", [
    ("The harbor board has always denied the charge of favoring the bakers.",
     [("The harbor board", "has always denied")]),
    ("The Bakers Guild has twice complained to the council about the levy.",
     [("The Bakers Guild", "has twice complained")]),
    ("Jane Roe has sometimes acknowledged that the ferry figures were out of date.",
     [("Jane Roe", "has sometimes acknowledged")]),
])
def test_frequency_adverb_in_verb_group(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The ferry has always run on time in the summer.",
    "Tenants on the pier sometimes pay their rent late.",
    "The bakers have twice moved their stalls to the square.",
])
def test_frequency_adverb_alone_is_no_cue(text):
    assert pairs(text) == []

# -- A participle after a plural noun closes the subject: 'the bakers involved say', 'residents surveyed said'.


@pytest.mark.parametrize("text, expected", [
    ("The bakers involved said the levy was unfair.", [("The bakers involved", "said")]),
    ("Residents surveyed said the ferry was late most mornings.", [("Residents surveyed", "said")]),
    ("Harbor officials contacted on Monday said the pier would reopen.",
     [("Harbor officials contacted on Monday", "said")]),
])
def test_participle_closes_plural_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The costs involved are higher this year.",  # no speech verb follows
    "The bakers involved the council in the plan from the start.",  # 'involved' is the verb here
])
def test_participle_after_plural_without_speech(text):
    assert pairs(text) == []

# -- 'see X as Y' with a long object: the judgment 'as' may come up to twelve words after the verb.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe does not see the board’s role in setting ferry fares for the island as outdated.",
     [("Jane Roe", "does not see")]),
    ("Tenants see the council’s plan for the old harbor and the pier as a giveaway to builders.",
     [("Tenants", "see")]),
])
def test_see_long_object_as(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # A comma closes the object: the later 'as' compares, it does not judge.
    "Jane Roe saw the new ferry terminal on the far side of the bay, as did her neighbors.",
    # 'consider' keeps the short reach.
    "The mayor considers the levy on the bakers of the harbor district as a last resort.",
])
def test_far_as_is_no_judgment(text):
    assert pairs(text) == []


def test_that_of_a_later_speech_verb_is_not_seen():
    # 'who have seen the plan': the 'that' belongs to 'say', so 'seen' is no cue of its own.
    assert pairs("Bakers who have seen the plan say that the levy is unfair.") == [
        ("Bakers who have seen the plan", "say")]

# -- After a subject pronoun a contracted ''s' is 'is': 'she's wary of the plan' holds a view.


@pytest.mark.parametrize("text, expected", [
    ("She’s also supportive of the harbor levy.", [("She", "’s also supportive of")]),
    ("He's critical of the new ferry timetable.", [("He", "'s critical of")]),
])
def test_contracted_be_with_stance_adjective(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Roe's proud mother came to the harbor.",  # a possessive, not 'is'
    "It's clear that the ferry will run late.",  # an empty 'it' holds no view
])
def test_possessive_s_is_no_stance(text):
    assert pairs(text) == []

# -- Two reporting participles joined by 'but': the second has the same speaker as the first.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe spoke at the pier, praising the bakers but warning that the levy would rise.",
     [("Jane Roe", "praising"), ("Jane Roe", "warning")]),
    ("The mayor issued a statement describing the ferry as safe but insisting that repairs were due.",
     [("The mayor", "issued a statement describing"), ("The mayor", "insisting")]),
])
def test_participles_joined_by_but(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "It was an awkward but promising start for the ferry line.",  # no reporting participle before 'but'
    "The bakers were tired but happy after the long night.",
])
def test_but_without_reporting_participle(text):
    assert pairs(text) == []

# -- Verbs of portraying take a side when an object and 'as' follow: 'cast herself as', 'painted X as'.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe cast herself as the candidate of the harbor.", [("Jane Roe", "cast")]),
    ("The mayor has painted the levy as a giveaway to builders.", [("The mayor", "has painted")]),
    ("Omar Tell, under fire over the fares, is casting himself as a friend of the bakers.",
     [("Omar Tell", "is casting")]),
    ("The union billed the rally as a protest against the toll.", [("The union", "billed")]),
    ("Jane Roe named the toll as the main reason bakers leave.", [("Jane Roe", "named")]),
])
def test_portrayal_with_as(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Tenants cast their ballots at the pier.",  # no 'as': casting votes
    "The crew painted the ferry blue before the season.",
    "The cast members gathered at the harbor as the sun set.",  # the noun
    "The bill that passed the council as a stopgap was short.",  # the noun, and a far 'as'
    "She framed the photograph of the ferry.",
    "A baker named Omar Tell spoke at the pier.",  # 'named' + a name: what someone is called
])
def test_portrayal_verbs_without_as(text):
    assert pairs(text) == []

# -- A manner adverb inside a phrasal speech verb: 'spoke favorably of', 'talked openly about'.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe spoke favorably of the ferry plan.", [("Jane Roe", "spoke favorably of")]),
    ("The bakers talked openly about the levy at the pier.", [("The bakers", "talked openly about")]),
])
def test_adverb_inside_phrasal_speech_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe spoke softly to her daughter on the pier.",  # 'speak to' is no phrasal cue
    "The talk quickly turned to the weather.",  # the noun
])
def test_adverb_without_particle_is_no_phrasal_cue(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe wrote extensively about the ferry fares.", [("Jane Roe", "wrote extensively about")]),
    ("Omar Tell bragged prematurely about his win at the pier.", [("Omar Tell", "bragged prematurely about")]),
    ("Jane Roe wrote about the ferry fares.", [("Jane Roe", "wrote about")]),
])
def test_adverb_before_topic_preposition(text, expected):
    assert pairs(text) == expected


def test_adverb_without_topic_preposition_stays_out():
    assert pairs("Jane Roe wrote extensively in the spring that the fares were too high.") == [
        ("Jane Roe", "wrote")]
