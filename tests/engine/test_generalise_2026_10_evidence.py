"""Engine 2026.10, evidence, documents and polls as sources (sentences written for the project).

What a poll, a study, a set of records or a document shows, finds or states is attributed to
it; the same verbs about a television show or a person found somewhere report nothing. Each
family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- A poll or a study named with a long post-modifier ('of Ohio released on Tuesday') or a joint
#    pollster name ('an Acme/Ipsos poll') is still the subject of 'showed'.


@pytest.mark.parametrize("text, expected", [
    ("A new poll of Ohio released on Tuesday showed Jane Roe with a narrow lead.",
     [("A new poll of Ohio released on Tuesday", "showed")]),
    ("An Acme/Ipsos poll of the county released on Monday showed the harbor levy trailing.",
     [("An Acme/Ipsos poll of the county released on Monday", "showed")]),
])
def test_long_evidence_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The late-night show on Channel Four released on Tuesday drew a large crowd.",
    "Jane Roe and Omar Tell showed up at the ferry pier on Tuesday.",
])
def test_no_evidence_subject(text):
    assert pairs(text) == []

# -- 'with / despite / amid + poll + showing': the participle reports what the poll found; as the
#    object of another verb ('doubted the polls showing ...') the poll is that speaker's matter.


@pytest.mark.parametrize("text, expected", [
    ("Despite polls showing her far behind, Jane Roe kept campaigning.",
     [("polls", "showing")]),
    ("The race tightened, with a county survey finding that most tenants back the levy.",
     [("a county survey", "finding")]),
    ("Omar Tell spoke soon after a harbor survey suggesting his lead had vanished.",
     [("a harbor survey", "suggesting")]),
])
def test_evidence_participle(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The anchors doubted the polls showing Jane Roe ahead.",
    "Despite the late-night shows showing the ferry crash, the pier stayed open.",
])
def test_no_evidence_participle(text):
    assert pairs(text) == []

# -- More evidence nouns: an article, files, logs, an email as what 'found' or 'shows' something.


@pytest.mark.parametrize("text, expected", [
    ("A Gazette article printed Friday found that the pier sale was never recorded.",
     [("A Gazette article printed Friday", "found")]),
    ("Shipping logs from ACME LTD show that four crates went missing.",
     [("Shipping logs from ACME LTD", "show")]),
])
def test_more_evidence_nouns(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe found the files in a drawer.",
    "The police found the email on his phone.",
])
def test_evidence_nouns_as_objects(text):
    assert pairs(text) == []

# -- What a document includes or lists: the text is the source. A team or a batch that 'included
#    40 emails' only counts its members.


@pytest.mark.parametrize("text, expected", [
    ("The campaign ad includes footage of Jane Roe at the harbor.",
     [("The campaign ad", "includes")]),
    ("Omar Tell's memo listed three reasons to delay the levy.",
     [("Omar Tell's memo", "listed")]),
    ("The draft agreement includes a pledge to cut ferry fares.",
     [("The draft agreement", "includes")]),
])
def test_document_contents(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The team includes five nurses from the county.",
    "The release included 40 emails from the harbor office.",
    "The menu lists three soups.",
])
def test_no_document_contents(text):
    assert pairs(text) == []

# -- 'estimates X at $N': the estimator puts a figure on something; 'estimated the cost' alone
#    states no figure.


@pytest.mark.parametrize("text, expected", [
    ("Acme Research estimates the harbor levy's yield at $4 million a year.",
     [("Acme Research", "estimates")]),
    ("The fire chief estimated the crowd at about 5,000.",
     [("The fire chief", "estimated")]),
])
def test_estimate_at_a_figure(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe estimated the cost of the ferry at the meeting.",
])
def test_estimate_without_a_figure(text):
    assert pairs(text) == []

# -- 'X lists Y as / at ...': any lister that records something as a value states it.


@pytest.mark.parametrize("text, expected", [
    ("Acme Wealth lists her fortune at $2 billion.",
     [("Acme Wealth", "lists")]),
    ("The harbor office listed the pier as a hazard in its filing.",
     [("The harbor office", "listed")]),
])
def test_listed_as(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe listed the qualities of a good mayor.",
    "The agent listed the house last week.",
])
def test_listed_without_a_value(text):
    assert pairs(text) == []

# -- 'in a poll, conducted ..., ': the aside that dates a poll is part of the poll as source.


@pytest.mark.parametrize("text, expected", [
    ("In the last Harbor Gazette poll, conducted in early May, Jane Roe led by five points.",
     [("the last Harbor Gazette poll, conducted in early May", "In")]),
    ("Jane Roe holds a clear lead in the latest Acme News/Harbor Gazette Weekly poll.",
     [("the latest Acme News/Harbor Gazette Weekly poll", "in")]),
    ("In a poll conducted by Acme Research and the Harbor Gazette, most tenants backed the levy.",
     [("a poll conducted by Acme Research and the Harbor Gazette", "In")]),
])
def test_poll_with_fieldwork_aside(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In the last Harbor Gazette poll, Jane Roe led by five points.",
     [("the last Harbor Gazette poll", "In")]),
    ("In a poll, conducted by phone, just 2 percent approved.",
     []),
])
def test_poll_without_aside(text, expected):
    assert pairs(text) == expected

# -- "That's according to X": the copula is part of the cue of a sentence that only attributes.


@pytest.mark.parametrize("text, expected", [
    ("That’s according to figures released by the harbor office.",
     [("figures released by the harbor office", "’s according to")]),
    ("The levy passed, according to Jane Roe.",
     [("Jane Roe", "according to")]),
])
def test_thats_according_to(text, expected):
    assert pairs(text) == expected

# -- 'find + object + evaluative adjective': a verdict on the object ('I find the plan troubling');
#    'found a practical fix', 'found the car abandoned' report a discovery, not a view.


@pytest.mark.parametrize("text, expected", [
    ("I find the harbor levy troubling.",
     [("I", "find")]),
    ("Jane Roe found the ferry plan laughable, and said so.",
     [("Jane Roe", "found"), ("Jane Roe", "said")]),
    ("A jury found Omar Tell guilty of fraud.",
     [("A jury", "found")]),
])
def test_find_as_verdict(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "She found a practical fix.",
    "The police found the car abandoned.",
    "Omar Tell found the keys under a chair.",
])
def test_find_as_discovery(text):
    assert pairs(text) == []

# -- 'if the audit shows that ...': what the records would show is still their finding; a person
#    under 'if' or 'whether' ('asked whether she believed') states nothing.


@pytest.mark.parametrize("text, expected", [
    ("If the emails show that Omar Tell lied, the council will act.",
     [("the emails", "show")]),
])
def test_evidence_under_if(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "If the tenants believe the levy will pass, nothing will change.",
])
def test_person_under_if(text):
    assert pairs(text) == []

# -- 'suggest', 'indicate', 'reveal' take an evidence subject as 'show' and 'find' do.


@pytest.mark.parametrize("text, expected", [
    ("Figures released on Sunday suggest that Jane Roe is ahead.",
     [("Figures released on Sunday", "suggest")]),
    ("Shipping records obtained by the Gazette indicate that the ferry sailed late.",
     [("Shipping records obtained by the Gazette", "indicate")]),
])
def test_evidence_lemmas(text, expected):
    assert pairs(text) == expected
