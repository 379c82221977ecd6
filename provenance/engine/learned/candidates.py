"""Candidate spans in one segment and the features a model scores them by.

The learned layer re-ranks spans instead of labelling every token: cue candidates are the
rules' cues, the desk's own cue phrases (learned from its decisions) and the reporting-verb
lexicon, each optionally widened over auxiliaries to its left ("has also said"); source
candidates are the noun-phrase-like spans right before or right after an accepted cue, plus
the rules' own source for that cue. A few dozen candidates per sentence keep the layer cheap
(tokens without a candidate cost one regex match), and a span is what an editor confirms.

Features are short strings; a model is a weight per string. Rule reasons enter only as their
family (the text before ':'), one feature among many, so a retrained model follows the rules
when they change.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Attribution, Segment
from .rules import cue_form

# Words, numbers and single punctuation marks. Fine-grained on purpose: every span boundary an
# editor draws falls on a token boundary ("Trump’s campaign", "don’t like").
TOKEN = re.compile(r"\w+|[^\w\s]")
QUOTES = frozenset({'"', "“", "”", "«", "»", "``", "''"})
# Tokens a source span never crosses.
HARD_STOPS = frozenset({";", ":", "“", "”", '"', "«", "»", "!", "?", "[", "]", "—", "–"})
# Words that may stand between a subject and its verb and that editors count as part of the cue.
AUX = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might",
    "must", "can", "did", "does", "do", "also", "not", "never", "been", "be", "later", "previously",
    "repeatedly", "once", "often", "already", "still", "again", "publicly", "privately", "recently", "just",
    "reportedly", "allegedly", "even", "further", "then", "first", "ultimately", "apparently", "clearly",
})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
                         "my", "your", "some", "many", "several", "most", "all", "both", "each", "one", "two",
                         "three", "few", "other", "another", "no", "any", "such"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "him", "them", "us"})
# A source span starts after one of these (or at the segment's start).
OPENERS = frozenset({",", "(", "and", "but", "or", "that", "because", "as", "while", "when", "if", "since",
                     "although", "though", "where", "after", "before", "so", "yet", "then", "-", "'", "’", "‘"})
# Words a cue may end with ("calling for", "spoke of", "described as", "referring to").
CUE_PREPOSITIONS = frozenset({"for", "of", "about", "on", "to", "against", "as", "with", "at", "over", "into"})
MAX_CUE = 6
MAX_SOURCE = 6  # tokens, any start; longer spans only start after an opener, a capital or a determiner
MAX_SOURCE_LONG = 16


@dataclass(slots=True)
class Tokens:
    """The tokens of one segment: offsets into the article and the words, lower-cased too."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    lows: list[str]
    # Running counts of commas, reporting verbs and capitalised words (see span_counts).
    counts: tuple[list[int], list[int], list[int]] | None = None


def span_counts(toks: Tokens) -> tuple[list[int], list[int], list[int]]:
    """Prefix sums, so any span's commas, verbs and capitals cost three subtractions."""
    if toks.counts is None:
        commas, verbs, caps = [0], [0], [0]
        c = v = k = 0
        for w, low in zip(toks.words, toks.lows, strict=True):
            c += low == ","
            v += _lemma(low) is not None
            k += w[:1].isupper()
            commas.append(c)
            verbs.append(v)
            caps.append(k)
        toks.counts = (commas, verbs, caps)
    return toks.counts


def tokenize(text: str, start: int, end: int) -> Tokens:
    words = TOKEN.findall(text, start, end)
    # Only whitespace lies between two tokens, so each word is found where it starts.
    starts: list[int] = []
    append = starts.append
    find = text.find
    pos = start
    for w in words:
        pos = find(w, pos)
        append(pos)
        pos += len(w)
    ends = [s + len(w) for s, w in zip(starts, words, strict=True)]
    return Tokens(starts, ends, words, [w.lower() for w in words])


def token_range(toks: Tokens, start: int, end: int) -> tuple[int, int] | None:
    """Token indices [i, j) exactly covering the characters [start, end), if tokens align."""
    i = bisect_left(toks.starts, start)
    if i >= len(toks.starts) or toks.starts[i] != start:
        return None
    j = bisect_left(toks.ends, end)
    if j >= len(toks.ends) or toks.ends[j] != end:
        return None
    return i, j + 1


def inside_range(toks: Tokens, start: int, end: int) -> tuple[int, int] | None:
    """Token indices [i, j) of the tokens lying within the characters [start, end)."""
    i = bisect_left(toks.starts, start)
    j = i
    while j < len(toks.ends) and toks.ends[j] <= end:
        j += 1
    return (i, j) if j > i else None


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    if word.isalpha():
        if word.isupper() and len(word) > 1:
            return "AA"
        return "Aa" if word[0].isupper() else "a"
    if word.isdigit():
        return "9"
    if word.isalnum():
        return "a9"
    return "q" if word in QUOTES else "p"


@lru_cache(maxsize=65536)
def _lemma(low: str) -> tuple[str, str] | None:
    return cue_form(low)


@dataclass(slots=True)
class Cue:
    i: int  # token indices [i, j)
    j: int
    head: int  # the first token after any auxiliary widening
    rule: Attribution | None = None  # a rule attribution whose cue is exactly this span
    near_rule: Attribution | None = None  # one whose cue overlaps this span
    feats: list[str] = field(default_factory=list)
    score: float = 0.0


@dataclass(slots=True)
class SourceCandidate:
    i: int
    j: int
    side: str  # "L" before the cue, "R" after it, "X" the rules' source elsewhere
    rule: Attribution | None = None
    feats: list[str] = field(default_factory=list)
    score: float = 0.0


def in_quote_flags(toks: Tokens) -> list[bool]:
    """Per token: inside a quotation (the quotation marks themselves are not)."""
    if QUOTES.isdisjoint(toks.words):
        return [False] * len(toks.words)
    flags, quoted = [], False
    for w in toks.words:
        if w in ("“", "«", "``"):
            quoted = True
            flags.append(False)
            continue
        if w in ("”", "»", "''"):
            quoted = False
            flags.append(False)
            continue
        if w == '"':
            quoted = not quoted
            flags.append(False)
            continue
        flags.append(quoted)
    return flags


def rule_spans(seg: Segment, toks: Tokens) -> tuple[dict[tuple[int, int], Attribution], list[tuple[int, int, Attribution]]]:
    """The rules' cue spans in token indices: exact ones by span, and all of them (for overlaps)."""
    exact: dict[tuple[int, int], Attribution] = {}
    every: list[tuple[int, int, Attribution]] = []
    lo, hi = (toks.starts[0], toks.ends[-1]) if toks.starts else (0, 0)
    for a in seg.attributions:
        if a.cue.start < lo or a.cue.end > hi:
            continue  # a quote continuation: its cue is in another segment
        r = token_range(toks, a.cue.start, a.cue.end) or inside_range(toks, a.cue.start, a.cue.end)
        if r is None:
            continue
        exact.setdefault(r, a)
        every.append((r[0], r[1], a))
    return exact, every


def link_rules(c: Cue, exact: dict[tuple[int, int], Attribution], every: list[tuple[int, int, Attribution]]) -> Cue:
    """Note which rule attribution has exactly this cue, or one overlapping it."""
    if c.rule is None:
        c.rule = exact.get((c.i, c.j))
    for ri, rj, a in every:
        if ri < c.j and c.i < rj:
            c.near_rule = a
            break
    return c


def head_of(lows: list[str], i: int, j: int) -> int:
    """The first token of a cue after its auxiliaries ('has also said' -> 'said')."""
    h = i
    while h < j - 1 and lows[h] in AUX:
        h += 1
    return h


@dataclass(slots=True)
class CueLexicon:
    """What the model knows about cue words (see tagger.LearnedModel)."""

    index: dict[str, list[tuple[str, ...]]]  # first word -> phrases starting with it, longest first
    known: frozenset[tuple[str, ...]]  # the desk's cue phrases
    aux: frozenset[str]  # auxiliaries the desk's cues start with ("has said")


def cue_candidates(toks: Tokens, lexicon: CueLexicon,
                   exact: dict[tuple[int, int], Attribution], every: list[tuple[int, int, Attribution]]) -> list[Cue]:
    """Every cue candidate of a segment: the rules' cues, the lexicon's phrases, and their
    widenings (a preposition after, an auxiliary before) when the desk's cues take them."""
    lows = toks.lows
    index, known = lexicon.index, lexicon.known
    found: dict[tuple[int, int], Cue] = {}
    for (i, j), a in exact.items():
        found[(i, j)] = Cue(i, j, head_of(lows, i, j), rule=a)
    for i in [i for i, low in enumerate(lows) if low in index]:
        for ph in index[lows[i]]:
            k = len(ph)
            if (i, i + k) not in found and (k == 1 or tuple(lows[i : i + k]) == ph):
                found[(i, i + k)] = Cue(i, i + k, head_of(lows, i, i + k))
    n = len(lows)
    for c in list(found.values()):
        if c.j < n and lows[c.j] in CUE_PREPOSITIONS and (c.i, c.j + 1) not in found \
                and tuple(lows[c.i : c.j + 1]) in known:
            found[(c.i, c.j + 1)] = Cue(c.i, c.j + 1, c.head)
    for c in list(found.values()):
        i = c.i
        while i > 0 and lows[i - 1] in AUX and c.i - i < 2:
            i -= 1
            if (i, c.j) not in found and (lows[i] in lexicon.aux or tuple(lows[i : c.j]) in known):
                found[(i, c.j)] = Cue(i, c.j, c.head)
    return [link_rules(c, exact, every) for c in found.values()]


def _bucket(d: int) -> str:
    if d <= 3:
        return str(d)
    if d <= 6:
        return "4-6"
    if d <= 12:
        return "7-12"
    return "13+"


def cue_features(c: Cue, toks: Tokens, quoted: list[bool], kind: str) -> list[str]:
    lows, words = toks.lows, toks.words
    n = len(lows)
    head = lows[c.head]
    phrase = " ".join(lows[c.i : c.j])
    prev1 = lows[c.i - 1] if c.i > 0 else "<s>"
    prev2 = lows[c.i - 2] if c.i > 1 else "<s>"
    next1 = lows[c.j] if c.j < n else "</s>"
    next2 = lows[c.j + 1] if c.j + 1 < n else "</s>"
    f = ["b", "p=" + phrase, "h=" + head, "n=" + str(min(c.j - c.i, 4)), "-1=" + prev1, "-2=" + prev2,
         "+1=" + next1, "+2=" + next2, "h+1=" + head + "|" + next1, "-1h=" + prev1 + "|" + head,
         "s-1=" + (shape(words[c.i - 1]) if c.i > 0 else "<s>"), "s+1=" + (shape(words[c.j]) if c.j < n else "</s>")]
    lem = _lemma(head)
    if lem:
        f += ["lem=" + lem[0], "vf=" + lem[1], "lvf=" + lem[0] + "|" + lem[1]]
    else:
        f.append("nolex")
    if c.head != c.i:
        f += ["aux=" + lows[c.i], "auxh=" + head]
    if c.j - c.head > 1:
        f += ["last=" + lows[c.j - 1], "hl=" + head + "|" + lows[c.j - 1]]
    if c.rule is not None:
        a = c.rule
        f += ["r=exact", "rf=" + _family(a.reason), "rrole=" + a.role,
              "rsrc=" + (a.source.type if a.source else "none"), "rc=" + str(round(a.confidence, 1))]
    elif c.near_rule is not None:
        f += ["r=near", "rnf=" + _family(c.near_rule.reason)]
    else:
        f.append("r=none")
    if quoted[c.head]:
        f.append("inq")
    if any(w in QUOTES for w in lows[max(0, c.i - 3) : c.i]):
        f.append("q-")
    if any(w in QUOTES for w in lows[c.j : c.j + 3]):
        f.append("q+")
    if c.i == 0:
        f.append("bos")
    if c.j >= n - 1:
        f.append("eos")
    if kind != "claim":
        f.append("k=" + kind)
    return f


def _family(reason: str) -> str:
    return reason.split(":", 1)[0].split(";", 1)[0].strip()[:32] or "-"


def _start_ok(toks: Tokens, s: int) -> bool:
    if s == 0:
        return True
    prev = toks.lows[s - 1]
    return prev in OPENERS or toks.words[s][:1].isupper() or toks.lows[s] in DETERMINERS


def source_candidates(c: Cue, toks: Tokens, seg_rules: list[tuple[int, int, Attribution]],
                      right_heads: frozenset[str] | None = None) -> list[SourceCandidate]:
    """Spans that may be this cue's source. Spans after the cue are tried only for cue words the
    desk's sources follow ('according to X', 'said X'): `right_heads`, learned (None: every cue)."""
    lows = toks.lows
    n = len(lows)
    out: dict[tuple[int, int], SourceCandidate] = {}
    # Left of the cue: the span ends right before it, or before one comma/quote/bracket.
    ends = [c.i]
    if c.i > 0 and lows[c.i - 1] in {",", ")", "’", "'"}:
        ends.append(c.i - 1)
    for e in ends:
        for s in range(e - 1, max(-1, e - MAX_SOURCE_LONG - 1), -1):
            w = lows[s]
            if w in HARD_STOPS or w in QUOTES:
                break
            if e - s > MAX_SOURCE and not _start_ok(toks, s):
                continue
            if w in {",", ".", "(", ")", "-", "'", "’"}:
                continue  # a span never starts on punctuation
            out.setdefault((s, e), SourceCandidate(s, e, "L"))
    # Right of the cue ('said the spokesman', 'according to the report').
    starts = [c.j] if right_heads is None or lows[c.head] in right_heads else []
    if c.j < n and lows[c.j] in {",", ":"}:
        starts.append(c.j + 1)
    for s in starts:
        if s >= n or lows[s] in HARD_STOPS or lows[s] in QUOTES or lows[s] in {",", "."}:
            continue
        for e in range(s + 1, min(n, s + MAX_SOURCE) + 1):
            w = lows[e - 1]
            if w in HARD_STOPS or w in QUOTES:
                break
            if e < n and lows[e] not in {",", ".", ";", ")", "(", "-", "—", "–", "”", '"', "that", "and", "in", "on",
                                        "who", "to", "about", "as", "for", "at", "after", "'", "’", "!", "?"}:
                if e - s > 3:
                    continue
            if w in {",", "(", "-"}:
                continue
            out.setdefault((s, e), SourceCandidate(s, e, "R"))
    # The rules' source for this cue, wherever it is.
    rule = c.rule or c.near_rule
    if rule is not None and rule.source is not None:
        r = token_range(toks, rule.source.start, rule.source.end)
        if r is not None:
            cand = out.setdefault(r, SourceCandidate(r[0], r[1], "X"))
            cand.rule = rule
    for _ri, _rj, a in seg_rules:
        if a.source is None:
            continue
        r = token_range(toks, a.source.start, a.source.end)
        if r is not None and r in out and out[r].rule is None:
            out[r].rule = a
    return list(out.values())


def source_features(sc: SourceCandidate, c: Cue, toks: Tokens, quoted: list[bool]) -> list[str]:
    lows, words = toks.lows, toks.words
    n = len(lows)
    s, e = sc.i, sc.j
    first, last = lows[s], lows[e - 1]
    before = lows[s - 1] if s > 0 else "<s>"
    after = lows[e] if e < n else "</s>"
    length = e - s
    if sc.side == "L":
        gap = c.i - e
    elif sc.side == "R":
        gap = s - c.j
    else:
        gap = -1
    side = sc.side
    size = _bucket(length)
    f = ["b", "side=" + side, f"gap={side}{gap}", "len=" + size, "f=" + first, "l=" + last, "-1=" + before,
         "+1=" + after, "fs=" + shape(words[s]), "ls=" + shape(words[e - 1]), f"fl={side}|{first}|{size}",
         f"ch={side}|{lows[c.head]}", f"sl={side}|{size}", f"b1={side}|{before}", f"a1={side}|{after}"]
    if length == 1:
        f.append("one=" + first)
    counts = span_counts(toks)
    commas = counts[0][e] - counts[0][s]
    verbs = counts[1][e] - counts[1][s]
    caps = counts[2][e] - counts[2][s]
    f += ["cm=" + str(min(commas, 3)), "vb=" + str(min(verbs, 2)),
          "cap=" + ("all" if caps == length else "none" if caps == 0 else "some")]
    if first in DETERMINERS:
        f.append("det")
    if first in PRONOUNS:
        f.append("pron")
    if quoted[s]:
        f.append("inq")
    if sc.rule is not None:
        exact = sc.rule is (c.rule or c.near_rule)
        f += ["rs=" + ("own" if exact else "other"), "rst=" + (sc.rule.source.type if sc.rule.source else "-")]
    else:
        f.append("rs=none")
    return f
