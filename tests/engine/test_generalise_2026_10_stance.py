"""Engine 2026.10, stances: who supports, opposes, backs or criticises what (sentences written for the project).

A person or a body that states its side ('supports raising the levy', 'a super PAC backing Jane Roe',
'Roe's opposition to the toll') is a source of that stance; the same words with no owner or no side
('military support', 'the support beams') attribute nothing. Each family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- 'support' / 'oppose' + a gerund: the gerund object makes the noun-like form a verb.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe supports raising the harbor levy.",
     [("Jane Roe", "supports")]),
    ("Most ferry pilots oppose closing the north pier.",
     [("Most ferry pilots", "oppose")]),
])
def test_support_with_a_gerund(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The roof support building up rust worried the inspectors.",
    "Support beams holding the pier were replaced.",
    "Strong support among bakers kept the fair going.",
])
def test_support_nouns_with_a_participle(text):
    assert pairs(text) == []
