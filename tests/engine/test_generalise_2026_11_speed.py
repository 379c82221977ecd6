"""Engine 2026.11 speed work: shortcuts that must give the same answer as the long way round
(sentences written for the project).
"""

from __future__ import annotations

import random
import time

import pytest

from provenance.engine.segment import NOTE_HINTS, _note_hint, segment_kind
from provenance.engine.tokens import TOKEN, tokenize

from .helpers import segments

# -- _note_hint(): substring tests in place of NOTE_HINTS.search; the two must agree.


def test_note_hint_knows_every_stem_of_the_regex():
    for stem in NOTE_HINTS.pattern.split("|"):
        assert _note_hint(f"the ferry office would not {stem} on friday.")
        assert _note_hint(stem)


@pytest.mark.parametrize("low", [
    "jane roe never answered the ferry board's questions on tuesday.",
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
    ("Jane Roe, the harbor master, declined comment on the ferry timetable.", "note"),
    ("A spokesman for Acme Ferries could not be reached.", "note"),
    ("The harbor master said the ferry would run on Sunday.", "claim"),
    ("Tolls on the Elmwood bridge rose for a third straight month.", "claim"),
])
def test_segment_kind_with_and_without_a_note_hint(text, kind):
    assert segment_kind(text, 0, len(text)) == kind
    assert [s["kind"] for s in segments(text)] == [kind]


# -- tokenize(): tokens come from GAP_TOKEN.findall (gap, token) pairs; they must be TOKEN's own, at
# TOKEN's offsets, whatever stands between them.


def _by_finditer(text, a, b):
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, a, b)]


def _by_tokenize(text, a, b, quoted=False):
    return [(t.start, t.end, t.text) for t in tokenize(text, a, b, quoted)[0]]


@pytest.mark.parametrize("text", [
    "“It’s done,” said Sen. Roe (D-N.Y.) -- and Acme's 80,000 staff, per Factcheck.org, agreed!",
    "  Jane Roe   said\tthe ferry\n\nwould run.  ",
    "snake_case_name and __init__ are not words ___",
    "Tom Reyes ____________________",
    "",
    "   ",
    "___",
    "a",
])
def test_tokens_and_offsets_are_those_of_the_token_regex(text):
    assert _by_tokenize(text, 0, len(text)) == _by_finditer(text, 0, len(text))
    for a in range(len(text) + 1):
        assert _by_tokenize(text, a, len(text)) == _by_finditer(text, a, len(text))
        assert _by_tokenize(text, 0, a) == _by_finditer(text, 0, a)


def test_tokens_of_random_strings_are_those_of_the_token_regex():
    rng = random.Random(3)
    alphabet = list("aZ_ -'’.,“”\"`&1\n\té—") + ["Mr.", "U.S.", "D-N.Y.", "''", "``", ".com", "80,000", "3.5", "he’s"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert _by_tokenize(text, a, b) == _by_finditer(text, a, b), (text, a, b)


def test_quotation_state_with_gaps_and_underscores():
    text = "_ “The ferry _ runs,” said Roe. “It is late"
    toks, quoted = tokenize(text, 0, len(text), False)
    assert [t.text for t in toks if t.quoted] == ["The", "ferry", "runs", ",", "It", "is", "late"]
    assert quoted
    assert not tokenize("said Roe ___", 0, 12, False)[1]


def test_a_long_run_of_underscores_at_the_end_stays_linear():
    text = "Jane Roe said " + "_" * 400_000
    started = time.process_time()
    toks, _ = tokenize(text, 0, len(text), False)
    assert [t.text for t in toks] == ["Jane", "Roe", "said"]
    assert time.process_time() - started < 1.0
