"""Engine 2026.7, cues in sentences the engine used to leave empty (sentences written for the project).

Each class has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- '..., saying' after a main verb that an adverb parts from its subject ('the clerk later walked back').


@pytest.mark.parametrize("text, expected", [
    # (2026.10: taking back the remarks is itself a speech act, so 'later walked back' is a cue too.)
    ("A bakery spokesman later walked back the remarks, saying that the owner meant no offence.",
     [("A bakery spokesman", "later walked back"), ("A bakery spokesman", "saying")]),
    ("The tenants union quickly reversed course, saying the vote had been rushed.",
     [("The tenants union", "saying")]),
])
def test_participle_after_an_adverb_and_its_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The newly elected mayor, saying nothing, left the hall.",
    "Under the recently renovated roof, children played for hours.",
])
def test_adverb_before_a_participle_adjective_is_no_main_verb(text):
    assert pairs(text) == []

# -- 'with NP <participle>': the noun phrase after 'with' is the participle's own subject.


@pytest.mark.parametrize("text, expected", [
    ("Bakeries kept raising prices, with 40 percent of owners saying flour costs had doubled.",
     [("40 percent of owners", "saying")]),
    ("The ferry kept running, with Mayor Jane Roe calling it a lifeline for the island.",
     [("Mayor Jane Roe", "calling")]),
    ("Rents rose again, with the tenants union warning that it would sue.",
     [("the tenants union", "warning")]),
    ("The video ends with footage of Omar Tell saying the mill will reopen.",
     [("Omar Tell", "saying")]),
])
def test_with_absolute_participle(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Doe led the county race with 90 percent of precincts reporting.",
    "The council replaced the clause with softer wording calling for patience.",
    "Acme kept hiring, with the new plant adding jobs.",
    "There is nothing wrong with me saying that out loud.",
    "Roe led the field in June, with 12 percent supporting another candidate.",
])
def test_with_phrase_that_is_no_speaker(text):
    assert pairs(text) == []

# -- A view held with an adjective: 'Subject + be + worried about / critical of / convinced that'.


@pytest.mark.parametrize("text, expected", [
    ("The bakers union is worried about the new flour tax.", [("The bakers union", "is worried about")]),
    ("Jane Roe has been sharply critical of the rent board since May.",
     [("Jane Roe", "has been sharply critical of")]),
    ("Most ferry riders are convinced that the timetable was rigged.",
     [("Most ferry riders", "are convinced")]),
    ("Acme's owners were never optimistic about the second bakery.",
     [("Acme's owners", "were never optimistic about")]),
])
def test_stance_adjective(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "It is clear that the ferry will run late again.",
    "The pantry was full of stale bread.",
    "The council could not be sure that the levy would pass.",
    "If the mayor can be convinced that rents matter, the board may act.",
    "The baker is proud.",
])
def test_stance_adjective_without_a_holder_or_a_held_view(text):
    assert pairs(text) == []

# -- An issued document that does something with its words ('a memo titled', 'a report detailing').


@pytest.mark.parametrize("text, expected", [
    ("The bakers guild released a memo titled “Flour First” on Monday.",
     [("The bakers guild", "released a memo titled")]),
    ("Acme Corp published a report detailing the cost of the new ovens.",
     [("Acme Corp", "published a report detailing")]),
    ("Mayor Jane Roe issued a statement condemning the vandalism at the pier.",
     [("Mayor Jane Roe", "issued a statement condemning")]),
])
def test_issued_document_with_a_verb_of_its_words(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The baker sold a loaf detailing nothing at all.",
    "Volunteers painted a mural praising the nurses.",
])
def test_no_issued_document_without_a_channel_and_an_issuing_verb(text):
    assert pairs(text) == []

# -- 'answer' reports words only when the words are right there ('“Not yet,” she answered.').


@pytest.mark.parametrize("text, expected", [
    ("“Not before spring,” the ferry captain answered.", [("the ferry captain", "answered")]),
    ("Jane Roe answered, “We will bake every day.”", [("Jane Roe", "answered")]),
])
def test_answer_with_its_words(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The baker answered every letter from the guild by hand.",
    "How the council answers that petition will decide the vote.",
])
def test_answer_as_an_act(text):
    assert pairs(text) == []

# -- A text and the verb of its wording: 'the sign read', 'the letter reads: ...', 'the lease states that'.


@pytest.mark.parametrize("text, expected", [
    ("“Closed for the holiday,” the sign on the bakery door read.", [("the sign on the bakery door", "read")]),
    ("The letter reads: “We will not pay the new rent.”", [("The letter", "reads")]),
    ("The lease states that pets are not allowed in the tower.", [("The lease", "states")]),
])
def test_wording_of_a_text(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe reads the paper every morning.",
    "The bill states its purpose in the first line.",
    "The baker read, and the ferry left without him.",
])
def test_reading_that_gives_no_wording(text):
    assert pairs(text) == []

# -- A poll or survey dated by a participle: 'a county survey released last week showed ...'.


@pytest.mark.parametrize("text, expected", [
    ("A county survey released last week showed tenants split on rent control.",
     [("A county survey released last week", "showed")]),
    ("A Riverside College poll out Monday showed the levy with a narrow lead.",
     [("A Riverside College poll out Monday", "showed")]),
])
def test_dated_evidence_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "A survey released because of the strike showed tenants split on rent.",
    "Bakers released last week showed no interest in the fair.",
])
def test_dated_evidence_subject_without_a_finding(text):
    assert pairs(text) == []

# -- 'as X put it': the phrasing is the subject's.


@pytest.mark.parametrize("text, expected", [
    ("As the baker put it, the flour was gone by noon.", [("the baker", "put it")]),
    ("The ferry is, as one captain put it, a floating bus.", [("one captain", "put it")]),
    ("The levy is a tax on bread, as a county memo puts it.", [("a county memo", "puts it")]),
])
def test_as_subject_put_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "As soon as we put it in the oven, the lights went out.",
    "He took the cake and put it on the shelf.",
])
def test_put_it_as_an_act(text):
    assert pairs(text) == []

# -- What a named person or a spokesman offers is words ('Jane Roe offered a blunt verdict'); what a
# -- town or a job offers is not.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe offered a blunt verdict on the new ferry timetable.", [("Jane Roe", "offered")]),
    ("The bakery spokesman offered little hope that prices would fall.", [("The bakery spokesman", "offered")]),
])
def test_offer_by_a_person(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The island offers cheap rents and a slow ferry.",
    "Ohio offered a generous tax break to the mill.",
    "The new job offers Roe a chance to travel.",
    "Jane Roe could offer the bakery a loan.",
])
def test_offer_by_a_place_or_a_thing(text):
    assert pairs(text) == []

# -- 'came out against / in support of': a public stance.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe came out against the flour tax on Monday.", [("Jane Roe", "came out against")]),
    ("The bakers guild had come out in favour of the levy.",
     [("The bakers guild", "had come out in favour of")]),
    ("The tenants union came out strongly for Omar Tell in May.", [("The tenants union", "came out strongly for")]),
])
def test_came_out_for_or_against(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The sun came out for an hour before the parade.",
    "The new loaves came out of the oven at noon.",
])
def test_came_out_without_a_side(text):
    assert pairs(text) == []
