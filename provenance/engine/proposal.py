"""``Found``: one attribution proposed by a rule, before typing and resolution."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Found:
    """An attribution before typing and resolution (token indices are into the sentence)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    rule: str
    confidence: float
    role: str = "source"
    hedge: bool = False
    channel: str | None = None  # the document the source spoke through ('a report stating'), if any
