"""Engine 2026.9, false cues that are real errors in English (sentences written for the project).

A false cue costs precision, and it also hides a real cue after it: the later verb is taken as
nested inside the false one. Each family has negative cases (no cue where the word is not a verb
of saying) and positive cases (the real cue is still found, with its whole speaker).
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- A base-form 'show', 'report', 'claim' after a singular noun or a year is the noun the phrase
# ends with: a base-form verb cannot agree with a singular subject ('a radio show', 'that 2019
# report', 'the TV show').


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe, the host of a cooking show, said the bakery would close.",
     [("Jane Roe, the host of a cooking show", "said")]),
    ("One of the writers of that 2019 report, Jane Roe, said the plan had failed.",
     [("Jane Roe", "said")]),
    ("John Doe, a judge on the TV show \"Bake Off,\" said he would retire.",
     [("John Doe, a judge on the TV show \"Bake Off,\"", "said")]),
    ("A radio report said the ferry would close.",
     [("A radio report", "said")]),
])
def test_noun_after_a_singular_modifier_hides_no_speaker(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "John Doe, the host of a radio show, is a baker in Leeds.",
    "Jane Roe, star of the reality show \"Bake Off,\" opened a shop.",
    "The 2019 report on ferries was never published.",
    "Neighbours trusted the rumour more than a news report about the mill.",
    "Acme filed a wrongful dismissal claim for its workers.",
])
def test_noun_after_a_singular_modifier_is_no_cue(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Polls show the mayor is ahead.", [("Polls", "show")]),
    ("Residents here report that the water is brown.", [("Residents here", "report")]),
    ("Leaked pages from the 2019 tax return show that Acme paid nothing.",
     [("Leaked pages from the 2019 tax return", "show")]),
    ("Her surveys and our own research show that voters want a ferry.",
     [("Her surveys and our own research", "show")]),
    ("Most tenants back the plan, while 5 percent support a rent freeze.",
     [("5 percent", "support")]),
])
def test_plural_subject_keeps_the_verb(text, expected):
    assert pairs(text) == expected

# -- 'more' or 'most' + one lower-case word before 'remarks', 'comments', 'questions' is a graded
# adjective: the word after it is the noun it describes, not a verb with a speaker.


@pytest.mark.parametrize("text", [
    "But Jane Roe's more pointed remarks in other towns have left many bakers worried.",
    "Jane Roe's most important remarks that night were about bread prices.",
])
def test_graded_adjective_then_noun_is_no_cue(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Most people report that the ferry is late.", [("Most people", "report")]),
    ("Jane Roe's most pointed remarks were about rent, the Courier reported.",
     [("the Courier", "reported")]),
])
def test_graded_adjective_keeps_real_cues(text, expected):
    assert pairs(text) == expected

# -- Inside a subject, 'a radio report', 'the court report' is one noun phrase: the base form after
# a determiner and a singular noun cannot be the verb, so a participle after it ('aired Sunday')
# still belongs to the speaker and the real cue after it is found.


@pytest.mark.parametrize("text, expected", [
    ("A radio report aired Sunday said the mill would close.",
     [("A radio report aired Sunday", "said")]),
    ("The court report filed on Friday said the lease was void.",
     [("The court report filed on Friday", "said")]),
])
def test_noun_compound_subject_with_participle(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The staff report that the mill is closed.", [("The staff", "report")]),
    ("The bakers report that flour is scarce.", [("The bakers", "report")]),
])
def test_group_and_plural_subjects_keep_the_verb(text, expected):
    assert pairs(text) == expected
