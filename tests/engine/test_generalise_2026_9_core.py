"""Engine 2026.9, core reporting verbs missed in context (sentences written for the project).

Each family has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- A passive reporting verb with no agent: 'was asked about', 'was announced', 'is said to'.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe was asked about the ferry fares on Monday.",
     [(None, "was asked about")]),
    ("The new ferry timetable was announced last week.",
     [(None, "was announced")]),
    ("Some council members are said to favour a second bridge.",
     [(None, "are said")]),
    ("Omar Tell was declared champion at the county bake-off.",
     [(None, "was declared")]),
    ("The tenants have repeatedly been asked to leave the building.",
     [(None, "have repeatedly been asked")]),
])
def test_passive_without_agent(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ferry was called the Harbor Queen.", []),  # naming, not speech
    ("Much more could be said about the ferry.", []),  # a modal passive reports nothing
    ("It should be noted that the bakery opened in 1990.", []),
    ("The timetable was announced by the harbor board.", [("the harbor board", "was announced")]),
])
def test_passive_without_agent_negatives(text, expected):
    assert pairs(text) == expected

# -- An owned gerund is a noun inside the subject: 'familiar with her thinking said'.


@pytest.mark.parametrize("text, expected", [
    ("Two deckhands close to her thinking say the ferry will stay.",
     [("Two deckhands close to her thinking", "say")]),
    ("An aide familiar with the mayor's thinking said the plan would pass.",
     [("An aide familiar with the mayor's thinking", "said")]),
    ("The Courier's reporting showed that the fares had doubled.",
     [("The Courier's reporting", "showed")]),
])
def test_owned_gerund_in_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A gerund after a name is still the participle of the sentence's own subject.
    ("Jane Roe toured the bakery, saying the rent was too high.",
     [("Jane Roe", "saying")]),
    ("Thinking the rent was too high, Jane Roe left.", []),
])
def test_owned_gerund_negatives(text, expected):
    assert pairs(text) == expected

# -- Words inside a verb group after its auxiliary: 'have both argued', 'has in fact said', 'would only say'.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe and Omar Tell have both argued that the ferry levy is unfair.",
     [("Jane Roe and Omar Tell", "have both argued")]),
    ("The tenants have in fact reported that the boiler failed twice.",
     [("The tenants", "have in fact reported")]),
    ("The harbor master would only say that repairs continue.",
     [("The harbor master", "would only say")]),
    ("Two bakers have in the past said the rent was fair.",
     [("Two bakers", "have in the past said")]),
    ("The mayor can't quite say why the ferry was late.",
     [("The mayor", "can't quite say")]),
])
def test_verb_group_inserts(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'both' and 'in fact' outside a verb group belong to no cue.
    ("Both bakers said the rent was fair.", [("Both bakers", "said")]),
    ("In fact, the harbor master said nothing.", [("the harbor master", "said")]),
    ("The tenants, in turn, said the heat had failed.", [("The tenants", "said")]),
])
def test_verb_group_inserts_negatives(text, expected):
    assert pairs(text) == expected

# -- Quantified subjects: 'four out of 10 tenants', 'all but two', 'voters polled'.


@pytest.mark.parametrize("text, expected", [
    ("About four out of 10 tenants said the rent was too high.",
     [("About four out of 10 tenants", "said")]),
    ("All but two of the bakers said they would close on Sunday.",
     [("All but two of the bakers", "said")]),
    ("Some 60 percent of riders polled said the ferry was late.",
     [("Some 60 percent of riders polled", "said")]),
    ("Those surveyed said the ferry was late.",
     [("Those surveyed", "said")]),
])
def test_quantified_subjects(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Everyone voted but two said they would not.", []),  # 'but' joining clauses opens no quantity
    # 'interviewed' with an object is the main verb, not the people asked.
    ("Tenants interviewed the mayor, who said the rent was fair.", [("who", "said")]),
])
def test_quantified_subjects_negatives(text, expected):
    assert pairs(text) == expected

# -- A reporting verb read as a noun's participle: 'said by telephone', 'the statement said in part',
# 'The Courier Post reported on'.


@pytest.mark.parametrize("text, expected", [
    ("\"The ferry is late again,\" Jane Roe said by telephone.",
     [("Jane Roe", "said")]),
    ("\"We regret the late ferries,\" the statement said in part.",
     [("the statement", "said")]),
    ("The Harbor Post reported on Monday that the ferry was sold.",
     [("The Harbor Post", "reported")]),
])
def test_verb_not_a_participle(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A letter posted on the door said the bakery was closed.",
     [("A letter posted on the door", "said")]),
    ("The rumour was first reported by the Courier.", [("the Courier", "was first reported")]),
])
def test_verb_not_a_participle_negatives(text, expected):
    assert pairs(text) == expected

# -- An opening quotation mark typed at the end of a word closes the quotation ('an “urgent review“ of').


@pytest.mark.parametrize("text, expected", [
    ("The tenants painted a “rent strike“ banner and said the landlord should pay.",
     [("The tenants", "said")]),
])
def test_typo_closing_mark(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A real opening mark after a space still opens a quotation: nothing inside it is attributed.
    ("Jane Roe wrote: “The bakers said the rent was fair.”", [("Jane Roe", "wrote")]),
])
def test_typo_closing_mark_negatives(text, expected):
    assert pairs(text) == expected

# -- A subject whose aside has commas, brackets or a short quotation of its own.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe, who backed Omar Tell, a baker, and opposed the levy, last week said the plan failed.",
     [("Jane Roe", "said")]),
    ("Jane Roe (who owns 25 ferries) said the levy was unfair.",
     [("Jane Roe (who owns 25 ferries)", "said")]),
    ("Omar Tell, meanwhile, who runs the bakery, said the rent was too high.",
     [("Omar Tell", "said")]),
])
def test_subject_with_long_aside(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Joe Roe, host of the station's “Morning Ferry,” suggested the bridge was a waste.",
     [("Joe Roe, host of the station's “Morning Ferry,”", "suggested")]),
    ("Mr. Tell, citing “the magic of the harbor,” said the ferry would win.",
     [("Mr. Tell", "said")]),
])
def test_subject_with_quoted_title_in_aside(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe — host of “The Harbor Hour” — said the bridge was safe.",
     [("Jane Roe — host of “The Harbor Hour”", "said")]),
    # A dash inside the quotation before the speaker stays part of what was said.
    ("“We will win — and soon,” Jane Roe said.", [("Jane Roe", "said")]),
])
def test_quoted_title_between_dashes(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A quotation before the name is what was said, never part of the speaker.
    ("“It was fine,” Jane Roe, a baker, said.", [("Jane Roe, a baker", "said")]),
    ("She called it “a disaster,” Jane Roe said.", [("She", "called"), ("Jane Roe", "said")]),
])
def test_subject_with_quoted_title_in_aside_negatives(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The relative clause ends and the main clause goes on: no subject for a later cue.
    ("Jane Roe, who enjoys a fight, was quiet at the meeting, not once referring to the levy.", []),
    # A 'which' clause may describe the last noun, not the speaker: no guess.
    ("The Courier, like the Herald, which was the first to do so, said the race was over.", []),
])
def test_subject_with_long_aside_negatives(text, expected):
    assert pairs(text) == expected

# -- 'according to' stays a cue when the words after it are more than a plain noun phrase.


@pytest.mark.parametrize("text, expected", [
    ("The levy would raise $2 million a year, according to the “Fair Ferries” plan she released.",
     [(None, "according to")]),
    ("According to the Courier, the ferry was sold.", [("the Courier", "According to")]),
])
def test_according_to_without_source(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Inside a quotation the words are the speaker's, not a cue of the writer's.
    ("Jane Roe replied: “According to the rumours, we sold the ferry.”", [("Jane Roe", "replied")]),
])
def test_according_to_without_source_negatives(text, expected):
    assert pairs(text) == expected
