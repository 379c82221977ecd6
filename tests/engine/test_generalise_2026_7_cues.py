"""Engine 2026.7, cues in sentences the engine used to leave empty (sentences written for the project).

Each class has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- '..., saying' after a main verb that an adverb parts from its subject ('the clerk later walked back').


@pytest.mark.parametrize("text, expected", [
    ("A bakery spokesman later walked back the remarks, saying that the owner meant no offence.",
     [("A bakery spokesman", "saying")]),
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
