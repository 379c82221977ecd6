"""Engine 2026.12 speed work: guards that skip tests which cannot fire, and must not skip one that can
(sentences written for the project)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from provenance.engine import rules
from provenance.engine.core import _has_quote_mark
from provenance.engine.tokens import QUOTE_KIND

from .helpers import pairs, segments

RULES_SOURCE = Path(__file__).resolve().parents[2] / "provenance" / "engine" / "rules.py"


def _block(start_marker: str, end_marker: str) -> str:
    # Read from the file: the compiled build's find() has no source for inspect to show.
    text = RULES_SOURCE.read_text(encoding="utf-8")
    node = next(n for n in ast.parse(text).body if isinstance(n, ast.FunctionDef) and n.name == "find")
    source = ast.get_source_segment(text, node)
    assert source is not None
    start = source.index(start_marker)
    return source[start:source.index(end_marker, start)]


def _guarded_keys(block: str, var: str, indent: int) -> tuple[set[str], set[str]]:
    """Words and set names the block's top-level tests compare ``var`` with ('if low == "in"', 'if low in DASHES')."""
    pad = " " * indent
    words = set(re.findall(rf'^{pad}if {var} == "([^"]+)"', block, re.M))
    words |= {w for group in re.findall(rf"^{pad}if {var} in \{{([^}}]*)\}}", block, re.M)
              for w in re.findall(r'"([^"]+)"', group)}
    names = set(re.findall(rf"^{pad}if {var} in ([A-Z_]+)", block, re.M))
    return words, names


def test_every_rule_before_the_verb_rules_starts_on_a_word_the_guard_lets_through():
    block = _block("if low in pre_verb:", "info = VERB_FORMS.get(low)")
    words, names = _guarded_keys(block, "low", 12)
    assert words and names  # the pattern still reads the block
    allowed = rules._pre_verb_words()
    assert words <= allowed
    for name in names:
        assert set(getattr(rules, name)) <= allowed, name


def test_every_verb_particular_test_looks_for_a_lemma_the_guard_lets_through():
    block = _block("if lemma in checked:", "evidence = lemma in EVIDENCE_LEMMAS")
    words, names = _guarded_keys(block, "lemma", 12)
    assert words and names
    allowed = rules._checked_lemmas()
    assert words <= allowed
    for name in names:
        assert set(getattr(rules, name)) <= allowed, name


def test_the_common_reporting_verbs_skip_the_verb_particular_tests():
    # (If one of them gains a test of its own, the guard set must name it: the test above checks that.)
    assert not {"say", "tell", "add", "write", "report", "warn", "note"} & rules._checked_lemmas()


@pytest.mark.parametrize("text, expected", [
    ("The harbor will reopen, the mayor said.", [("the mayor", "said")]),
    ("Acme sought to reopen the pier.", [("Acme", "sought")]),  # an aim stated (the intent test fires)
    ("Acme sought the nomination, the mayor said.", [("the mayor", "said")]),  # an act: the test drops it
    ("The council is considering a ban on jet skis.", [("The council", "is considering")]),
])
def test_verb_rules_still_fire_behind_the_guards(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("mark", sorted(QUOTE_KIND))
def test_the_quotation_precheck_knows_every_mark_the_tokenizer_reads(mark):
    assert _has_quote_mark(f"the mayor said {mark}yes")


def test_the_quotation_precheck_passes_plain_prose():
    assert not _has_quote_mark("The mayor's plan, which isn't final, would cost $4 million.")


def test_a_quote_continued_into_a_sentence_without_marks_keeps_its_speaker():
    text = '"The ferry will run all winter. Nobody will be stranded," Mayor Jane Roe said.'
    first, second = segments(text)
    assert [a["source"]["canonical"] for a in first["attributions"]] == ["Mayor Jane Roe"]
    assert [a["source"]["canonical"] for a in second["attributions"]] == ["Mayor Jane Roe"]
