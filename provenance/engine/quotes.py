"""Quote continuation: quotation-only sentences take the speaker of the quote they continue."""

from __future__ import annotations

from .model import Attribution, Segment
from .tokens import Tok


def quote_only(toks: list[Tok]) -> bool:
    """The sentence is (almost) entirely quoted speech: a candidate for quote continuation."""
    # One pass: the flags of the words (tag() asks only about sentences with a quotation mark, so a
    # has_quote() test first would rarely spare it).
    words = [t.quoted for t in toks if t.low[:1].isalnum()]
    return bool(words) and sum(words) >= 0.8 * len(words)


def opens_quote(toks: list[Tok]) -> bool:
    return bool(toks) and toks[0].low in {"“", '"', "``", "«"}


def carry_over(cross: list[Segment], own: bool, carry: list[Attribution], paragraph: int,
                last: tuple[int, list[Attribution]] | None) -> tuple[int, list[Attribution]] | None:
    """Attribute a finished paragraph's quote-only segments to the previous paragraph's speaker."""
    if own or not cross or not carry:
        return last
    continued = [continued_from(a) for a in carry if a.role == "source"]
    for seg in cross:
        if not seg.attributions:
            seg.attributions = [Attribution(a.source, a.cue, a.role, a.confidence, a.reason) for a in continued]
    return (paragraph, carry)


def has_quote(toks: list[Tok]) -> bool:
    # A loop, not any() over a generator: resuming a generator per token costs twice as much.
    for t in toks:
        if t.quoted:
            return True
    return False


def continued_from(a: Attribution) -> Attribution:
    return Attribution(a.source, a.cue, a.role, round(a.confidence * 0.85, 2),
                       "QUOTE-CONTINUATION: " + a.reason.split(":")[0])
