"""Engine 2026.10, punctuation cues (sentences written for the project).

In news digests a heading, a dash and a short name with a colon introduce a quotation: the colon
is the cue and the name the source. A dash followed by words that are not a name, or a name and a
colon with no quotation after it, attribute nothing.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- 'Heading - Jane Roe: "..."', 'Heading - More from Roe: "..."'


@pytest.mark.parametrize("text, expected", [
    ('Ferry fares are climbing again - Jane Roe: "The harbor levy has doubled since spring."',
     [("Jane Roe", ":")]),
    ('Turnout was higher than expected - More from Roe: "Younger voters came out in numbers."',
     [("Roe", ":")]),
    ('The bakers count the cost - Omar Tell and Jane Roe: "Flour is dearer every month."',
     [("Omar Tell and Jane Roe", ":")]),
])
def test_dash_name_colon_before_a_quotation(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The pier reopened in May - Harbor Street: closed until June.",
    'The ferry runs twice a day - Note: "Times may change."',
    "The levy passed - and the mayor left town.",
])
def test_dash_without_a_named_quotation(text):
    assert pairs(text) == []


# -- 'Rep. Jane Roe (D-Maine): ...': a hearing transcript tags the speaker with party and state.


@pytest.mark.parametrize("text, expected", [
    ('Rep. Jane Roe (D-Maine): "Who approved the harbor levy before the vote?"',
     [("Rep. Jane Roe (D-Maine)", ":")]),
    ("Sen. Omar Tell (R-Ohio): I have never seen the ferry contract myself.",
     [("Sen. Omar Tell (R-Ohio)", ":")]),
])
def test_transcript_label_with_party_tag(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Harbor Street (Route 9): closed to traffic until the end of June.",
    "Acme Ferries (ACME): shares fell four percent on the levy news.",
])
def test_parenthesis_before_colon_that_is_no_party_tag(text):
    assert pairs(text) == []


# -- '... Jane Roe, Acme Institute."': the signer closing a quoted letter.

LETTER = 'The economists wrote: "The harbor levy will not pay for the pier.\n'


@pytest.mark.parametrize("text, expected", [
    (LETTER + 'Jane Roe, Institute for Harbor Studies."',
     [("Jane Roe, Institute for Harbor Studies", '"')]),
    (LETTER + 'Omar Tell, Acme Bank."',
     [("Omar Tell, Acme Bank", '"')]),
])
def test_signature_closing_a_quoted_letter(text, expected):
    assert pairs(text)[-1:] == expected


@pytest.mark.parametrize("text", [
    LETTER + 'Fix it, Acme Bank."',
    LETTER + 'Jane Roe, we all know, is wrong."',
    'Jane Roe, Institute for Harbor Studies.',
])
def test_no_signature(text):
    assert all(cue != '"' for _, cue in pairs(text))


# -- 'From the report: "..."', "Here's Roe in 2019: "..."".


@pytest.mark.parametrize("text, expected", [
    ('From the audit: "The ferry fund was short by two million dollars."',
     [("the audit", ":")]),
    ("Here's Jane Roe in 2019: “We will never close the old pier.”",
     [("Jane Roe", ":")]),
])
def test_opening_names_the_speaker_of_a_quotation(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "From the pier: a view of the whole bay at sunset.",
    "Here is the plan: build two new docks by May.",
    "More from Roe next week in our harbor series.",
])
def test_opening_without_a_quoted_speaker(text):
    assert pairs(text) == []
