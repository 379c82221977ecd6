"""Engine 2026.13, unseen wire stories read as a desk reads them (sentences written for the project).

Elections, lawsuits, outbreaks, summits, strikes, air incidents, markets, misconduct, budgets and
charity stories: leave to speak ('was not authorized to discuss') is not speech.
"""

from __future__ import annotations

import pytest

from .helpers import attributions


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a["source"]["text"], a["source"]["type"], a["source"]["canonical"])
            for a in attributions(text) if a["source"]]


# -- Leave to speak is not speech: the sentence that explains a grant of anonymity has no source.

@pytest.mark.parametrize("text", [
    "The envoy spoke on condition of anonymity because he was not authorized to discuss the truce.",
    "The clerk asked not to be named because she is not allowed to talk about pending cases.",
    "Two aides described the memo, though they were not permitted to discuss it in public.",
])
def test_leave_to_speak_is_not_a_cue(text):
    assert all("authori" not in a["cue"]["text"] and "allowed" not in a["cue"]["text"]
               and "permitted" not in a["cue"]["text"] for a in attributions(text, None))
    assert not [s for s in sources(text) if s[0] in {"he", "she", "they"}]


def test_a_speech_infinitive_after_a_plain_verb_is_still_a_cue():
    # Near miss: 'went on to say' governs the infinitive with no leave in between.
    [(span, _, _)] = sources("The envoy went on to say that the truce would hold through the winter.")
    assert span == "The envoy"
