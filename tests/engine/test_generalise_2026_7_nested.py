"""Engine 2026.7: second and nested attributions in a sentence that already has one (sentences
written for the project).

Each class has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- 'X said ..., before adding that ...': a reporting participle after 'before' is a second cue of
#    the main-clause speaker, like one after a comma or 'while'.


@pytest.mark.parametrize("text, expected", [
    ("The baker said the oven was fixed, before adding that bread would cost more.",
     ("The baker", "adding")),
    ("Jane Roe thanked the council before insisting the rent cap was too low.",
     ("Jane Roe", "insisting")),
])
def test_reporting_participle_after_before_is_a_second_cue(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "The council met for an hour before voting on the rent cap.",
    "Jane Roe ate lunch before walking to the bakery.",
])
def test_plain_participle_after_before_is_no_cue(text):
    assert pairs(text) == []


# -- '..., with N percent saying ...': an absolute 'with' phrase after the main clause names a
#    second speaker right before a reporting participle.

@pytest.mark.parametrize("text, expected", [
    ("Rents rose again this spring, with 40 percent of tenants saying they may move.",
     ("40 percent of tenants", "saying")),
    ("The council vote was close, with Jane Roe calling the result unfair.", ("Jane Roe", "calling")),
    ("The bakery sold out by noon, and with three in 10 buyers saying the bread was too dear, prices fell.",
     ("three in 10 buyers", "saying")),
])
def test_with_phrase_names_a_second_speaker(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "Jane Roe won the council seat, with all precincts reporting.",
    "The baker won the contest with a loaf from the old oven showing a dark crust.",
    "Acme Corp settled the dispute with a memo for staff saying nothing new.",
])
def test_with_phrase_without_a_speaker_is_no_cue(text):
    assert pairs(text) == []


# -- 'Noting that ..., Roe said ...': a reporting participle that opens the sentence (bare or after
#    'after', 'while', 'instead of' ...) is a second cue of the main clause's speaker.

@pytest.mark.parametrize("text, expected", [
    ("Noting that rents had doubled, Jane Roe said the town needs a cap.", ("Jane Roe", "Noting")),
    ("Instead of denying the leak, the mayor said flour prices were at fault.", ("the mayor", "denying")),
    ("While insisting the oven was safe, the baker admitted the fire alarm had failed.", ("the baker", "insisting")),
    ("After praising the volunteers, Acme Corp announced it would close the depot.", ("Acme Corp", "praising")),
])
def test_fronted_participle_takes_the_main_speaker(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "Noting the late hour, the council closed the meeting.",
    "Saying nothing, the baker left the shop.",
])
def test_fronted_participle_without_a_reported_main_clause_is_no_cue(text):
    assert pairs(text) == []


# -- 'Roe praised the bakers, criticized the landlords and ...': a verb after a comma with no
#    subject of its own continues a list of verb phrases of the previous speaker.

@pytest.mark.parametrize("text, expected", [
    ("Jane Roe praised the bakers, criticized the landlords and demanded a rent cap.", ("Jane Roe", "criticized")),
    ("The mayor supports a new ferry, opposes the toll and wants a vote.", ("The mayor", "opposes")),
])
def test_comma_listed_verb_shares_the_speaker(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text, expected", [
    ("The mayor praised the bakers, asked about the toll in an interview.", [("The mayor", "praised")]),
    ("Jane Roe praised the plan, shows like the one on Friday aside.", [("Jane Roe", "praised")]),
    ("Jane Roe praised the bakers; criticized the landlords.", [("Jane Roe", "praised")]),
    ("Jane Roe backed a study that, while costly, criticized the toll.", [("Jane Roe", "backed")]),  # (2026.9: 'backed' + object is a cue)
])
def test_comma_listed_verb_needs_a_plain_list(text, expected):
    assert pairs(text) == expected
