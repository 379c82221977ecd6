"""Engine 2026.8: fewer false sources (sentences written for the project).

Each class has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- 'Roe reported from Lisbon.': the credit line of the reporter who filed the story names no
#    speaker; 'reported' with a real complement still does.


@pytest.mark.parametrize("text", [
    "The bakery reopened on Monday. Jane Roe reported from Lisbon.",
    "Tenants lined up outside the town hall. John Doe reported from Springfield, Ill.; Mary Major from Dover.",
])
def test_dateline_credit_is_no_source(text):
    assert [p for p in pairs(text) if p[1] == "reported"] == []


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe reported that the bakery had closed.", ("Jane Roe", "reported")),
    ("The Valley Herald reported from court records that rents rose by a third.",
     ("The Valley Herald", "reported")),
])
def test_reported_with_a_claim_keeps_its_source(text, expected):
    assert expected in pairs(text)
