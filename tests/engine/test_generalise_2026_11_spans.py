"""Engine 2026.11, where a source begins and ends (sentences written for the project).

A source is scored by its exact words, so each rule here says which words next to the
subject belong to the phrase that names the speaker. Each family has cases where the words
join the source and cases where they stay out.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- A list that is the object of a preposition ('secretary for housing, schools and planning',
#    'voters in Ohio, Indiana and Kentucky') belongs to the phrase it ends: the source is the
#    whole phrase, not the list's last items.


@pytest.mark.parametrize("text, expected", [
    ("Mara Tolle, deputy secretary of state for housing, schools, and planning, said the plan was a start.",
     [("Mara Tolle, deputy secretary of state for housing, schools, and planning", "said")]),
    ("Most Republican voters in Ohio, Indiana and Kentucky said the economy was their main concern.",
     [("Most Republican voters in Ohio, Indiana and Kentucky", "said")]),
    ("A study released in May by the Institute of Letters, Music and Fine Arts found that funding fell.",
     [("A study released in May by the Institute of Letters, Music and Fine Arts", "found")]),
    ("The Board of Trade, Commerce and Industry said the levy would rise.",
     [("The Board of Trade, Commerce and Industry", "said")]),
])
def test_list_after_a_preposition_stays_in_the_source(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An adjunct before the subject is not part of it, even when it ends in a place.
    ("Ahead of the vote in Elmwood, Roe and Doe said the deal was close.", [("Roe and Doe", "said")]),
    ("After a meeting in Elmwood, Roe and Doe said the deal was close.", [("Roe and Doe", "said")]),
    # Items written unlike the preposition's object start a list of their own.
    ("Members of the harbor board, Roe and Doe said the deal was close.", [("Roe and Doe", "said")]),
    # An object with an article is a phrase of its own, not the first item of a list of names.
    ("The head of the union, Roe and Doe said the deal was close.", [("Roe and Doe", "said")]),
    ("Mara Tolle, deputy secretary for housing, said the plan was a start.",
     [("Mara Tolle, deputy secretary for housing", "said")]),
])
def test_list_without_a_preposition_before_it_stays_out(text, expected):
    assert pairs(text) == expected


# -- A relative clause without 'that' ('everything Roe says is', 'the photo Roe posted did not'):
#    when the main clause's verb follows the cue, the name before the cue is the speaker, not the
#    phrase it ends.


@pytest.mark.parametrize("text, expected", [
    ("Everything Omar Tell says is a lie.", [("Omar Tell", "says")]),
    ("The photo Jane Roe posted did not show a crowd.", [("Jane Roe", "posted")]),
    ("It is a trend Jane Roe said could last for years.", [("Jane Roe", "said")]),
    ("The plan Omar Tell talked about most is the harbor levy.", [("Omar Tell", "talked about")]),
])
def test_name_before_a_gap_is_the_speaker(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # No gap: the noun before the name is its title, and the whole phrase is the subject.
    ("The actress Jane Roe said she was leaving the show.", [("The actress Jane Roe", "said")]),
    ("Harbor board member Omar Tell says the levy is fair.", [("Harbor board member Omar Tell", "says")]),
    ("The union's lawyer Jane Roe says the levy is unfair.", [("The union's lawyer Jane Roe", "says")]),
])
def test_name_without_a_gap_keeps_its_title(text, expected):
    assert pairs(text) == expected


# -- The period of an abbreviation that a comma follows ('Elmwood, Ore., who ...') ends the word,
#    not the sentence: what describes the speaker after it stays in the source.


@pytest.mark.parametrize("text, expected", [
    ('"The market is hot," said Omar Tell, a realtor working out of Elmwood, Ore., who sells farmland.',
     [("Omar Tell, a realtor working out of Elmwood, Ore., who sells farmland", "said")]),
    ('"The market is hot," said Jane Roe, an economist in Elmwood, Va., and a co-editor of the journal.',
     [("Jane Roe, an economist in Elmwood, Va., and a co-editor of the journal", "said")]),
])
def test_abbreviation_before_a_comma_does_not_end_the_source(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A period that ends the sentence ends the source, abbreviation or not.
    ('"The market is hot," said Jane Roe, a realtor working out of Elmwood, Ore. The deal closed on Monday.',
     [("Jane Roe, a realtor working out of Elmwood, Ore", "said")]),
    ('"The market is hot," said Jane Roe, a realtor working out of Elmwood, Ore.',
     [("Jane Roe, a realtor working out of Elmwood, Ore", "said")]),
])
def test_abbreviation_at_the_end_of_the_sentence_ends_the_source(text, expected):
    assert pairs(text) == expected


# -- Examples after 'including' or 'like' that run over several comma parts up to the verb
#    ('Several members, including Roe, Doe and Lee, have denounced it') belong to the noun phrase
#    they illustrate: the source is that phrase with all its examples, not the last ones.


@pytest.mark.parametrize("text, expected", [
    ("Several council members, including Jane Roe, Omar Tell and Ada Lind, have since denounced the levy.",
     [("Several council members, including Jane Roe, Omar Tell and Ada Lind", "have since denounced")]),
    ("Critics of the levy, like Jane Roe, a tenant organizer, and Omar Tell, a landlord, see the vote as a "
     "chance to fix it.",
     [("Critics of the levy, like Jane Roe, a tenant organizer, and Omar Tell, a landlord", "see")]),
    ("Several council members, including Jane Roe (D-Elmwood), Omar Tell (R-Dover) and Ada Lind (D-Kent) "
     "have since denounced the levy.",
     [("Several council members, including Jane Roe (D-Elmwood), Omar Tell (R-Dover) and Ada Lind (D-Kent)",
       "have since denounced")]),
])
def test_examples_stay_with_the_phrase_they_illustrate(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Examples that open the sentence are an adjunct; the subject comes after them.
    ("Like Jane Roe, Omar Tell and Ada Lind, the mayor said the levy was unfair.", [("the mayor", "said")]),
    # A relative clause after the examples has its own subject, 'who'.
    ("The levy angered a number of council members, including Jane Roe and Omar Tell, who said it was unfair.",
     [("who", "said")]),
])
def test_examples_without_a_phrase_before_them(text, expected):
    assert pairs(text) == expected


# -- A list of speakers whose first item names people or a body with an article ('The family,
#    neighbors and church elders have asked'): the first item is one more speaker. A thing
#    named first ('The plan, critics and officials say, ...') is what they speak about.


@pytest.mark.parametrize("text, expected", [
    ("The family, neighbors and church elders have asked the county to reopen the inquiry.",
     [("The family, neighbors and church elders", "have asked")]),
    ("But the families, supporters and union officials said the levy was unfair.",
     [("the families, supporters and union officials", "said")]),
    ("The union, tenants and landlords said the levy was unfair.",
     [("The union, tenants and landlords", "said")]),
])
def test_list_of_speakers_opened_by_a_group(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The plan, critics and officials say, is flawed.", [("critics and officials", "say")]),
    ("The report, critics and officials said the levy was unfair.", [("critics and officials", "said")]),
])
def test_list_of_speakers_after_a_thing(text, expected):
    assert pairs(text) == expected


# -- A comma part opened by 'but', 'yet' or 'and then' starts a clause of its own: the parts
#    before it are never appositives of its subject.


@pytest.mark.parametrize("text, expected", [
    ("Landlords in the city share these fears, yet the Harbor Tenants Union, which speaks for about 2,000 "
     "families, wants to stay neutral.",
     [("the Harbor Tenants Union, which speaks for about 2,000 families", "wants")]),
    ("The crowd cheers, and then Roe says the vote is close.", [("Roe", "says")]),
    ("The crowd cheers, and then Roe, the mayor, says the vote is close.", [("Roe, the mayor", "says")]),
])
def test_clause_opened_by_but_starts_the_source(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'and' alone may join two speakers, one described by an appositive.
    ("Jane Roe, a tenant organizer, and Omar Tell said the levy was unfair.",
     [("Jane Roe, a tenant organizer, and Omar Tell", "said")]),
    ("Jane Roe, the mayor, then said the levy was unfair.", [("Jane Roe, the mayor", "then said")]),
])
def test_parts_joined_without_but_stay_together(text, expected):
    assert pairs(text) == expected


# -- 'almost', 'nearly', 'soon' and 'cannot' open the verb group and never end the subject
#    ('leaders almost universally condemned'); before a noun they stay in it ('Nearly half of ...').


@pytest.mark.parametrize("text, expected", [
    ("Harbor pilots and dock workers almost universally praised the new levy.",
     [("Harbor pilots and dock workers", "universally praised")]),
    ("Tenant leaders soon admitted the levy was fair.", [("Tenant leaders", "admitted")]),
    ("The mayor soon said the levy was fair.", [("The mayor", "said")]),
])
def test_verb_group_word_ends_the_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nearly half of the tenants said the levy was fair.", [("Nearly half of the tenants", "said")]),
    ("Only the mayor said the levy was fair.", [("Only the mayor", "said")]),
])
def test_verb_group_word_before_a_noun_stays(text, expected):
    assert pairs(text) == expected
