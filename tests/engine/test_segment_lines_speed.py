"""Segmentation speed paths that must agree with the plain forms they replace."""

import random

from provenance.engine.segment import LINE, _line_spans


def test_line_spans_without_carriage_returns_are_the_regex_spans():
    # Without '\r', _line_spans() splits on '\n' and strips; it must find exactly LINE's matches
    # (whitespace other than '\n' stays inside a line and is trimmed at its ends).
    rnd = random.Random(7)
    alphabet = ["a", "B", ".", " ", "  ", "\t", "\n", "\n\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\xa0", "_"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert _line_spans(text) == [m.span() for m in LINE.finditer(text)], repr(text)


def test_line_spans_with_carriage_returns():
    text = "Jane Roe said.\r\n\r\n  The plant \rreopens.  \n"
    assert [text[s:e] for s, e in _line_spans(text)] == ["Jane Roe said.", "The plant", "reopens."]
