"""Tokens of one segment and the features the sequence model sees for each of them.

Features come from four places: the word itself (lower case, shape, suffix), the rules'
proposals for the segment (which tokens the rules call source or cue, with the proposal's
type, role and rule family), the reporting-verb vocabulary and the gazetteer, and the
neighbours of each token. Rule reasons enter only as their family (the text before ':'), one
feature among many, so the model keeps working when the rules are rewritten: retrain it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Segment
from .rules import cue_form, gazetteer_entries

# Words, numbers and single punctuation marks. Fine-grained on purpose: every span boundary an
# editor draws falls on a token boundary ("Trump’s campaign", "don’t like").
TOKEN = re.compile(r"\w+|[^\w\s]")
QUOTE_MARKS = {'"', "“", "”", "«", "»", "‘", "’", "'"}
OPENING = {"“", "«"}
CLOSING = {"”", "»"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}


@dataclass(slots=True)
class SegmentTokens:
    """The tokens of one segment: parallel lists of offsets (into the article) and words."""

    start: int
    end: int
    starts: list[int]
    ends: list[int]
    words: list[str]


def tokenize(text: str, start: int, end: int) -> SegmentTokens:
    starts, ends, words = [], [], []
    for m in TOKEN.finditer(text, start, end):
        starts.append(m.start())
        ends.append(m.end())
        words.append(m.group())
    return SegmentTokens(start, end, starts, ends, words)


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, ...]:
    """Features of a word on its own (cached: news copy repeats its words)."""
    low = word.lower()
    out = ["w=" + low]
    if word.isalpha():
        if word.isupper() and len(word) > 1:
            out.append("sh=AA")
        elif word[0].isupper():
            out.append("sh=Aa")
        else:
            out.append("sh=a")
        if len(low) > 3:
            out.append("s3=" + low[-3:])
            out.append("s2=" + low[-2:])
    elif word.isdigit():
        out.append("sh=9")
    elif word.isalnum():
        out.append("sh=mix")
    else:
        out.append("sh=p")
        if word in QUOTE_MARKS:
            out.append("quote")
    form = cue_form(low)
    if form:
        out.append("lem=" + form[0])
        out.append("vf=" + form[1])
        out.append("verb")
    if low in PRONOUNS:
        out.append("pron")
    return tuple(out)


@lru_cache(maxsize=1)
def _gazetteer_by_first_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word of each alias -> [(alias words, type)], longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for alias, (_, typ) in gazetteer_entries().items():
        ws = tuple(TOKEN.findall(alias))
        if ws:
            table.setdefault(ws[0], []).append((ws, typ))
    for hits in table.values():
        hits.sort(key=lambda h: -len(h[0]))
    return table


def _gazetteer_marks(words: list[str]) -> list[str | None]:
    marks: list[str | None] = [None] * len(words)
    table = _gazetteer_by_first_word()
    i, n = 0, len(words)
    while i < n:
        for ws, typ in table.get(words[i], ()):
            k = len(ws)
            if tuple(words[i : i + k]) == ws:
                marks[i] = "gzB=" + typ
                for j in range(i + 1, i + k):
                    marks[j] = "gzI=" + typ
                i += k - 1
                break
        i += 1
    return marks


def rule_labels(seg: Segment, toks: SegmentTokens) -> tuple[list[str], list[str | None]]:
    """Per token: the rules' BIO label (S for source, C for cue) and the proposal's description."""
    n = len(toks.words)
    labels = ["O"] * n
    info: list[str | None] = [None] * n
    for a in seg.attributions:
        family = a.reason.split(":", 1)[0].split(";", 1)[0].strip()[:24] or "-"
        for kind, span, typ in (("C", a.cue, ""), ("S", a.source, a.source.type if a.source else "")):
            if span is None:
                continue
            inside = [i for i in range(n) if toks.starts[i] >= span.start and toks.ends[i] <= span.end]
            for j, i in enumerate(inside):
                if labels[i] != "O":
                    continue  # a quote continuation repeats a span; the first proposal wins
                labels[i] = ("B-" if j == 0 else "I-") + kind
                info[i] = f"{kind}|{typ}|{a.role}|{family}"
    return labels, info


def _bucket(d: int) -> str:
    if d <= 2:
        return str(d)
    if d <= 5:
        return "3-5"
    if d <= 10:
        return "6-10"
    return "far"


def sequence_features(seg: Segment, toks: SegmentTokens, quoted_at_start: bool = False) -> list[list[str]]:
    """The feature list of every token of one segment."""
    words = toks.words
    n = len(words)
    if not n:
        return []
    base = [_word_features(w) for w in words]
    lows = [b[0] for b in base]  # "w=..."
    labels, info = rule_labels(seg, toks)
    gaz = _gazetteer_marks(words)
    verbs = [i for i in range(n) if "verb" in base[i]]
    rule_cues = [i for i in range(n) if labels[i].endswith("C")]
    quoted = quoted_at_start
    inq = []
    for w in words:
        if w in OPENING:
            quoted = True
        elif w in CLOSING:
            quoted = False
        elif w == '"':
            quoted = not quoted
        inq.append(quoted)
    out: list[list[str]] = []
    for i in range(n):
        f = list(base[i])
        f.append("r=" + labels[i])
        if info[i]:
            kind, typ, role, family = info[i].split("|")
            f.append(f"rt={kind}:{typ}")
            f.append(f"rrole={role}")
            f.append(f"rfam={kind}:{family}")
        if gaz[i]:
            f.append(gaz[i])
        if inq[i]:
            f.append("inq")
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        nxt_v = next((v for v in verbs if v > i), None)
        prv_v = next((v for v in reversed(verbs) if v < i), None)
        if nxt_v is not None:
            f.append("dv+=" + _bucket(nxt_v - i))
        if prv_v is not None:
            f.append("dv-=" + _bucket(i - prv_v))
        nxt_c = next((c for c in rule_cues if c > i), None)
        prv_c = next((c for c in reversed(rule_cues) if c < i), None)
        if nxt_c is not None:
            f.append("dc+=" + _bucket(nxt_c - i))
        if prv_c is not None:
            f.append("dc-=" + _bucket(i - prv_c))
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.append(f"{off}:{lows[j]}")
                f.append(f"{off}:r={labels[j]}")
                b = base[j]
                f.append(f"{off}:{b[1]}")
                if "verb" in b:
                    f.append(f"{off}:verb")
            else:
                f.append(f"{off}:pad")
        if i > 0:
            f.append(f"bi={lows[i - 1]}|{lows[i]}")
        out.append(f)
    return out
