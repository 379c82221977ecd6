"""Engine 2026.11 speed work: shortcuts that must give the same answer as the long way round
(sentences written for the project).
"""

from __future__ import annotations

import random

import pytest

from provenance.engine.segment import NOTE_HINTS, _note_hint, segment_kind

from .helpers import segments

# -- _note_hint(): substring tests in place of NOTE_HINTS.search; the two must agree.


def test_note_hint_knows_every_stem_of_the_regex():
    for stem in NOTE_HINTS.pattern.split("|"):
        assert _note_hint(f"the ferry office would not {stem} on friday.")
        assert _note_hint(stem)


@pytest.mark.parametrize("low", [
    "jane roe did not respond to a request for comment.",
    "acme declined to elaborate on the ferry schedule.",
    "the harbor board could not be reached on sunday.",
    "a spokesman did not return calls.",
    "tom reyes was not available for an interview.",
    "the mayor said the bridge is safe for traffic.",
    "prices rose 3.5 percent in elmwood last year.",
    "",
    "re ply, com ment, an swer: stems split by spaces are no stems",
])
def test_note_hint_agrees_with_the_regex(low):
    assert _note_hint(low) == (NOTE_HINTS.search(low) is not None)


def test_note_hint_agrees_with_the_regex_on_random_strings():
    rng = random.Random(11)
    pieces = [stem[:k] for stem in NOTE_HINTS.pattern.split("|") for k in range(1, len(stem) + 1)] + [" ", "x", "."]
    for _ in range(3000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert _note_hint(low) == (NOTE_HINTS.search(low) is not None), low


@pytest.mark.parametrize("text, kind", [
    ("Jane Roe, the harbor master, did not respond to a request for comment.", "note"),
    ("A spokesman for Acme Ferries could not be reached.", "note"),
    ("The harbor master said the ferry would run on Sunday.", "claim"),
    ("Tolls on the Elmwood bridge rose for a third straight month.", "claim"),
])
def test_segment_kind_with_and_without_a_note_hint(text, kind):
    assert segment_kind(text, 0, len(text)) == kind
    assert [s["kind"] for s in segments(text)] == [kind]
