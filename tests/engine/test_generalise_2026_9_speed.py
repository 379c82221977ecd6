"""Engine 2026.9 speed work: shortcuts that must give the same output as the long way round
(sentences written for the project).

Each shortcut reuses or skips work on the assumption that it would give the same answer; these
tests pin the cases where that assumption could break.
"""

from __future__ import annotations

import pytest

from provenance.engine.segment import segment, segment_kind
from provenance.engine.tokens import tokenize

from .helpers import pairs, segments

# -- segment(): a unit of one sentence keeps the kind found for the whole unit. After a dateline
# is cut off the rest is a different span, and is classified again.


@pytest.mark.parametrize("text, expected", [
    ("LONDON — Advertisement\n\nJane Roe said the plant would reopen.",
     [("LONDON —", "boilerplate"), ("Advertisement", "boilerplate"),
      ("Jane Roe said the plant would reopen.", "claim")]),
    ("LONDON — Jane Roe did not immediately reply to the Courier.\n\nThe plant will reopen.",
     [("LONDON —", "boilerplate"), ("Jane Roe did not immediately reply to the Courier.", "note"),
      ("The plant will reopen.", "claim")]),
    ("Jane Roe did not immediately reply to the Courier.",
     [("Jane Roe did not immediately reply to the Courier.", "note")]),
    ("Advertisement\n\nThe plant will reopen. Acme did not immediately reply to the Courier.",
     [("Advertisement", "boilerplate"), ("The plant will reopen.", "claim"),
      ("Acme did not immediately reply to the Courier.", "note")]),
])
def test_segment_kinds_of_one_sentence_units(text, expected):
    assert [(text[s["start"]:s["end"]], s["kind"]) for s in segments(text)] == expected


def test_every_segment_kind_is_the_kind_of_its_own_span():
    text = ("ROME — By Jane Roe\n\nBERLIN (Acme) — Prices rose. Tom Reyes declined to comment.\n\n"
            "Advertisement\n\nThe bridge is safe, the council said.\n\nRead more: the full report")
    for seg in segment(text):
        assert seg.kind == segment_kind(text, seg.start, seg.end) or seg.kind == "boilerplate"


# -- tokenize(): the token regex has fast paths (a lookahead that rejects whitespace, and one
# for common punctuation) placed before the special forms; the special forms must still win.


@pytest.mark.parametrize("text, expected", [
    ("“It’s done,” said Sen. Roe (D-N.Y.) -- and Acme's 80,000 staff, per Factcheck.org, agreed!",
     ["“", "It", "’s", "done", ",", "”", "said", "Sen.", "Roe", "(", "D-N.Y.", ")", "--", "and", "Acme's",
      "80,000", "staff", ",", "per", "Factcheck.org", ",", "agreed", "!"]),
    ("He said ''yes'' and ``no''' then: (a) 3.5 percent; snake_case  x?",
     ["He", "said", "''", "yes", "''", "and", "``", "no", "'", "''", "then", ":", "(", "a", ")", "3.5", "percent",
      ";", "snake", "case", "x", "?"]),
    ('She said "we\'ll see." The U.S. said: no.',
     ["She", "said", '"', "we", "'ll", "see", ".", '"', "The", "U.S.", "said", ":", "no", "."]),
])
def test_tokens_with_fast_paths(text, expected):
    toks, quoted = tokenize(text, 0, len(text), False)
    assert [t.text for t in toks] == expected
    assert [text[t.start:t.end] for t in toks] == expected
    assert not quoted


def test_quotation_state_of_tokens():
    text = 'Roe said "we will see." Doe agreed.'
    toks, _ = tokenize(text, 0, len(text), False)
    assert [t.text for t in toks if t.quoted] == ["we", "will", "see", "."]
    assert pairs(text) == [("Roe", "said"), ("Doe", "agreed")]
