"""Segmentation: split text into sentence segments and classify them as claim, note or boilerplate.

Everything here is a linear scan: regexes are anchored or bounded so that no input
(no punctuation at all, thousands of quotation marks) can make them backtrack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import CREDIT, DATELINE, EDITOR_NOTE, furniture_line
from .lexicon import ABBREV_MAYBE_BREAK, ABBREV_NO_BREAK, SENTENCE_STARTERS
from .notes import NOTE

# A line's visible part: from its first non-space character to its last (a line is what lies between
# \r and \n; \s is str.isspace()). Backtracking goes only over a line's trailing spaces.
LINE = re.compile(r"\S(?:[^\r\n]*\S)?")


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each LINE match. Without a '\r' in the text, str.split() and strip() find the same
    spans several times faster than the regex, which steps through every character of the text."""
    if "\r" in text:
        return [m.span() for m in LINE.finditer(text)]
    out = []
    pos = 0
    for line in text.split("\n"):
        body = line.lstrip()
        if body:
            s = pos + len(line) - len(body)
            out.append((s, s + len(body.rstrip())))
        pos += len(line) + 1
    return out

# Written to start with a character set, so the regex engine skips to the next candidate mark
# instead of trying the pattern at every character (a third of the time; '...' is one run of marks).
# A dash right after a closing quotation mark starts the signature ('...nothing about.”― Pamela Padilla').
# The marks are group 1; the match goes on over the spaces after them, to where the next sentence starts
# (one regex call per mark instead of two).
BOUNDARY = re.compile(r"([.!?…][.!?…]*[\"”’')\]]*)(?=\s|(?<=[\"”])[―—])\s*")

WORD_BEFORE = re.compile(r"[\w.]{1,30}$")

WORD_AFTER = re.compile(r"[\"“‘'(]?(\w+)")

LETTER = re.compile(r"[^\W\d_]")

_SPEECH_AFTER = (r"(?:said|says|asked|asks|added|adds|replied|wrote|writes|told|continued|explained|shouted|yelled"
                 r"|tweeted|recalled|insisted|noted|wondered|argued|exclaimed|demanded|joked|quipped)\b")

SPEAKER_AFTER_QUOTE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}" + _SPEECH_AFTER)

INVERTED_AFTER_QUOTE = re.compile(_SPEECH_AFTER.replace("(?:said", "(?:[Ss]aid", 1).replace("|asked", "|[Aa]sked", 1))


@dataclass(slots=True)
class RawSegment:
    start: int
    end: int
    kind: str
    paragraph: int


def _is_break(text: str, punct: str, start: int, nxt: int, lo: int) -> bool:
    """Do the marks ``punct`` at ``start`` end a sentence, with the next one at ``nxt``?"""
    c = text[nxt]
    if c.islower() or c in ",;:)]":
        return False
    first = punct[0]
    if first == ".":
        if punct.startswith(".."):
            return True
        # The word before the point: no word spans a space, so the search starts after the last
        # one (the same match, without trying every position of the words before it).
        lo = max(lo, start - 30)
        w = WORD_BEFORE.search(text, max(lo, text.rfind(" ", lo, start - 1) + 1), start)
        if w:
            word = w.group().lstrip(".")
            low = word.lower()
            if len(word) == 1 and word.isupper():
                return False
            if low in {"no", "nos"}:
                return not c.isdigit()  # 'No. 3' abbreviates 'number'; 'she said no.' ends a sentence
            if low in ABBREV_NO_BREAK:
                return False
            if low in ABBREV_MAYBE_BREAK or ("." in word and len(word) <= 8):
                after = WORD_AFTER.match(text, nxt)
                return after is not None and after.group(1).lower() in SENTENCE_STARTERS
    elif first in "?!" and punct[-1] in "\"”’'" and (SPEAKER_AFTER_QUOTE.match(text, nxt)
                                                    or INVERTED_AFTER_QUOTE.match(text, nxt)):
        return False  # '“Why now?” Mayor Ruiz asked.': the attribution closes the quoted question
    return True


def _split_unit(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    cur = a
    for m in BOUNDARY.finditer(text, a, b):
        nxt = m.end()
        if nxt >= b:
            break
        if _is_break(text, m.group(1), m.start(), nxt, a):
            out.append((cur, m.end(1)))
            cur = nxt
    out.append((cur, b))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _units(text: str):
    """Yield (start, end, paragraph) units: lines, with hard-wrapped lines joined."""
    paragraph = 0
    unit_start: int | None = None  # (None until the first line; unit_end is read only after it)
    unit_end = 0
    last_end = 0
    count = text.count
    for s, e in _line_spans(text):
        # Line breaks in the gap before the line ('\r\n' is one), counted without slicing the gap out.
        blank = count("\n", last_end, s) + count("\r", last_end, s) - count("\r\n", last_end, s) >= 2
        if unit_start is not None:
            prev = text[unit_end - 1]
            joined = not blank and (prev.islower() or prev == ",") and text[s].islower()
            if joined:
                unit_end = e
                last_end = e
                continue
            yield unit_start, unit_end, paragraph
            if blank:
                paragraph += 1
        unit_start, unit_end = s, e
        last_end = e
    if unit_start is not None:
        yield unit_start, unit_end, paragraph


NOTE_HINTS = re.compile("comment|respond|return|repl|answer|reach|verif|confirm|available|discuss|elaborat|interview"
                        "|referred")


def _note_hint(low: str) -> bool:
    """NOTE_HINTS.search(low), as substring tests: each runs in C over the sentence, together about
    twice as fast as the regex, which tries its stems at every c, r, a, v, d, e and i (a test keeps
    the two in step)."""
    return "comment" in low or "respond" in low or "return" in low or "repl" in low or "answer" in low \
        or "reach" in low or "verif" in low or "confirm" in low or "available" in low or "discuss" in low \
        or "elaborat" in low or "interview" in low or "referred" in low


def segment_kind(text: str, a: int, b: int) -> str:
    """The kind segment() gives the sentence text[a:b] (read trimmed, as segment() cuts sentences)."""
    a, b = _trim(text, a, b)
    span = text[a:b]
    return _sentence_kind(span, span.lower()) if span else "boilerplate"


def _note_or_claim(span: str, low: str | None = None) -> str:
    """segment_kind() of a span already known not to be boilerplate (``low``: its lower-case form, when the
    caller has it already)."""
    if low is None:
        low = span.lower()
    if _note_hint(low) and _is_note(span, low):
        return "note"
    return "claim"


def _sentence_kind(span: str, low: str) -> str:
    """segment_kind() of a trimmed, non-empty span, given its lower-case form (read once for both tests)."""
    if not LETTER.search(span) or (len(span) < 300 and furniture_line(span, low)):
        return "boilerplate"
    return _note_or_claim(span, low)


# NOTE without IGNORECASE, for lower-case text (NOTE's pattern is all lower case; a test keeps it so).
NOTE_LOWER = re.compile(NOTE.pattern)


def _is_note(span: str, low: str) -> bool:
    """NOTE.search on the span with its quotations blanked. An ASCII span matches NOTE exactly when
    its lower-case form matches NOTE_LOWER, which is three times as fast: matching ignoring case
    folds every character it compares (and only outside ASCII does folding differ from lower())."""
    if span.isascii():
        return NOTE_LOWER.search(QUOTED.sub(" ", low)) is not None
    return NOTE.search(QUOTED.sub(" ", span)) is not None


# A quotation's own words ('“He didn't answer your question,” she said') never make a note.
QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|''(?:[^']|'(?!'))*''")


def _caption_segments(out: list[RawSegment], para: int, line_start: int) -> list[RawSegment]:
    """The segments of the unit just before a credit line: its paragraph, or, when the credit sits
    in the same paragraph on the next line (a pasted photo block), that line alone."""
    last = out[-1].paragraph
    lo = line_start if last == para else -1
    k = len(out)
    # Walking back from the end, not over every segment so far: a page of credit lines stays linear.
    while k > 0 and out[k - 1].paragraph == last and out[k - 1].start >= lo:
        k -= 1
    return out[k:]


def _caption(text: str, segs: list[RawSegment]) -> bool:
    """The unit just before a credit line is a short caption: one or two sentences, no quotation."""
    if not segs or len(segs) > 2 or any(seg.kind != "claim" for seg in segs):
        return False
    span = text[segs[0].start:segs[-1].end]
    return len(span) <= 300 and not any(q in span for q in '"“”') and not REPORTED.search(span)


# A sentence that reports someone's words is story, not a caption.
REPORTED = re.compile(r"\b(?:said|says|told|according to|wrote|reported|announced|stated)\b")


def segment(text: str) -> list[RawSegment]:
    out: list[RawSegment] = []
    last_para = -1
    line_start = 0  # where the previous unit (a line, or hard-wrapped lines) starts
    for a, b, para in _units(text):
        first_in_para = para != last_para
        last_para = para
        unit_start = a  # before a dateline is cut off
        # Page furniture is read on the whole unit (a credit line may hold full stops); whether a sentence
        # is a note is read on each sentence, and on the unit only when it is one sentence.
        short = b - a < 300
        if short:
            line = text[a:b]  # (a unit is trimmed, as furniture_line() wants its line)
            low = line.lower()
            boilerplate = not LETTER.search(line) or furniture_line(line, low)
        else:
            boilerplate = False
        if text[a] in "Ee" and EDITOR_NOTE.match(text, a, b) and not REPORTED.search(text, a, b):
            # The whole "Editor's note:" line, however long: the publication's disclaimer about its
            # story. A note that reports someone's words (a correction: '... officials said') is story.
            boilerplate = True
        previous_line, line_start = line_start, a
        if boilerplate:
            if out and CREDIT.search(text, a, b):
                caption = _caption_segments(out, para, previous_line)
                if _caption(text, caption):
                    # 'A man walks past the plant.' + 'Jane Roe | Harbor Agency | Getty Images': the line
                    # before a credit is the photo's caption.
                    for seg in caption:
                        seg.kind = "boilerplate"
            out.append(RawSegment(a, b, "boilerplate", para))
            continue
        if first_in_para:
            # The dateline is found before sentence splitting: 'ELMWOOD, Ore. — ...' must not
            # end a sentence at the state abbreviation.
            d = DATELINE.match(text, a, b)
            if d and d.end() < b:
                ds, de = _trim(text, a, d.end())
                out.append(RawSegment(ds, de, "boilerplate", para))
                a = d.end()
        # The sentences come trimmed and not empty: a unit and the text after a dateline start and end
        # with a visible character, a sentence ends on its mark, and the next starts after the spaces.
        for s, e in _split_unit(text, a, b):
            if short and s == unit_start and e == b:
                # A one-sentence unit was read for furniture above already.
                kind = _note_or_claim(line, low)
            else:
                span = text[s:e]
                kind = _sentence_kind(span, span.lower())
            out.append(RawSegment(s, e, kind, para))
    return out
