"""Engine 2026.13, second desk reading of unseen wire stories (sentences written for the project).

Bank failures, prison riots, zoning fights, fire evacuations, doping cases, hospital cyberattacks,
teacher contracts, bridge inquiries, leaked texts, product settlements, aid appeals and drug-price
hearings. Classes covered: a word an outlet is named after, before a capitalised title and a name
('Information Minister Kofi Roe'), is no outlet.
"""

from __future__ import annotations

import pytest

from .helpers import attributions


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a["source"]["text"], a["source"]["type"], a["source"]["canonical"])
            for a in attributions(text) if a["source"]]


# -- A capitalised title after an outlet's name-word: a minister, not the outlet.

@pytest.mark.parametrize("text, span", [
    ("Information Minister Abel Tanko said on state radio that the roads were open.", "Information Minister Abel Tanko"),
    ("Information Secretary Mara Quill told the assembly that the count was complete.", "Information Secretary Mara Quill"),
])
def test_outlet_word_before_a_capitalised_title_is_no_outlet(text, span):
    [(found, kind, _)] = sources(text)
    assert found == span and kind != "news_outlet"


def test_outlet_before_a_newsroom_title_stays_the_outlet():
    # Near miss: an editor is the outlet's own person.
    [(_, kind, _)] = sources("Guardian Editor Hal Moss said the paper stood by its story.")
    assert kind == "news_outlet"
