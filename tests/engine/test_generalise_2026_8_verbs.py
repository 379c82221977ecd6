"""Engine 2026.8, reporting verbs the lexicon lacked (sentences written for the project).

Each family has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- Verbs of citing and recalling: 'referenced', 'invoked', 'quoted', 'remembered', 'recognized'.


@pytest.mark.parametrize("text, expected", [
    ("The baker remembered that flour once cost half as much.",
     [("The baker", "remembered")]),
    ("Jane Roe recognized that the rent freeze had failed.",
     [("Jane Roe", "recognized")]),
    ("The council chair quoted the town charter: \"No bridge shall be sold.\"",
     [("The council chair", "quoted")]),
    ("Acme's lawyer referenced an old contract, arguing that the lease had lapsed.",
     [("Acme's lawyer", "referenced"), ("Acme's lawyer", "arguing")]),
    ("The mayor invoked the drought of 1988, saying the reservoir must never run dry again.",
     [("The mayor", "invoked"), ("The mayor", "saying")]),
])
def test_citing_and_recalling_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The plumber quoted us a fair price.",  # 'quote' needs a proposition after its object
    "The mayor made no reference to the strike.",
    "The quote on the mug was faded.",
    "Remember to lock the shed before you leave.",
    "The clause, rarely invoked, lets the council close roads.",
    "The remembered tune drifted across the bakery.",
])
def test_citing_verbs_without_a_speaker(text):
    assert pairs(text) == []
