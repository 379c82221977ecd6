"""Span precision, recall and F1: exact match after trimming punctuation and spaces at both ends.

Editors' spans and the engine's are compared the way attribution corpora are scored: a span
is right only if it has exactly the same words. Figures are kept per source type too: a found
span counts for the editor's type, a spurious one for the predicted type, a missed one for the
editor's type.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

TRIM = frozenset(" \t\r\n\"'“”‘’.,;:()[]—–-")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


@dataclass
class Tally:
    """True positives, false positives and false negatives, overall and per key (a source type)."""

    counts: Counter = field(default_factory=Counter)

    def add(self, key: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.counts[(key, "tp")] += tp
        self.counts[(key, "fp")] += fp
        self.counts[(key, "fn")] += fn

    def prf(self, key: str) -> dict[str, float | int]:
        tp, fp, fn = (self.counts[(key, x)] for x in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}

    def keys(self) -> list[str]:
        return sorted({k for k, _ in self.counts})

    def report(self) -> dict[str, dict[str, float | int]]:
        return {k: self.prf(k) for k in self.keys()}


def score_spans(
    text: str,
    tally: Tally,
    kind: str,
    predicted: dict[tuple[int, int], str],
    gold: dict[tuple[int, int], str],
) -> None:
    """Add one document's spans to the tally under `kind` ("source", "cue") and "kind:type"."""
    pred: dict[tuple[int, int], str] = {}
    for (s, e), typ in predicted.items():
        pred.setdefault(trimmed(text, s, e), typ)
    want: dict[tuple[int, int], str] = {}
    for (s, e), typ in gold.items():
        want.setdefault(trimmed(text, s, e), typ)
    for span, typ in pred.items():
        if span in want:
            tally.add(kind, tp=1)
            # A found span counts for the editor's type: per-type recall is about what the desk typed.
            if want[span] or typ:
                tally.add(f"{kind}:{want[span] or typ}", tp=1)
        else:
            tally.add(kind, fp=1)
            if typ:
                tally.add(f"{kind}:{typ}", fp=1)
    for span, typ in want.items():
        if span not in pred:
            tally.add(kind, fn=1)
            if typ:
                tally.add(f"{kind}:{typ}", fn=1)
