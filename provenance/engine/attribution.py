"""Find cues and their sources inside one sentence segment.

A sentence is tokenised once; every rule walks the token list with a bounded window,
so the cost is linear in the sentence length whatever the input looks like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    AUX,
    CLAUSE_WORDS,
    CUE_ADVERBS,
    DAY_PARTS,
    DETERMINERS,
    INTRO_WORDS,
    INVERTIBLE,
    NON_NP,
    NP_PREPOSITIONS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    STRONG_LEMMAS,
    TIME_AFTER_CUE,
    TITLES,
    VERB_FORMS,
)

TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., a.m.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt|Maj|Adm|Cmdr|St|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft"
    r"|Gens|Sens|Reps|Hon|Supt|Det|Sept|Jan|Feb|Aug|Oct|Nov|Dec|No)\.(?=\s|,)"
    r"|[A-Z]\.(?=\s[A-Z])"  # middle initial
    r"|[^\W_]+(?:[-'’&][^\W_]+)*"
    r"|--|[^\w\s]"
)
QUOTES_OPEN = {"“", "«"}
QUOTES_CLOSE = {"”", "»"}
QUOTE_TOGGLE = {'"'}
HARD_STOPS = {";", ":", "—", "–", "--", "“", "”", '"', "«", "»", "!", "?", "["}
POSSESSIVE = {"'s", "’s", "'", "’"}
RELATIVE = {"who", "which"}
HEDGE_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "apparently"}
HEDGE_PASSIVE = {"believed", "said", "reported", "alleged", "thought", "understood", "rumored", "rumoured",
                 "claimed", "expected"}
NOT_ADVERB_LY = {"family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "italy", "july",
                 "belly", "bully", "holly", "lily", "fly", "daily", "weekly", "monthly", "quarterly"}
RECIPIENTS = {"the newspaper", "the paper", "the outlet", "the network"}
WINDOW = 40
MAX_NP = 30


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    quoted: bool


@dataclass(slots=True)
class Found:
    """An attribution before typing and resolution (token indices are into the sentence)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    rule: str
    confidence: float
    role: str = "source"
    hedge: bool = False


def tokenize(text: str, a: int, b: int, quoted: bool) -> tuple[list[Tok], bool]:
    """Tokens of text[a:b] with a flag for being inside a quotation; returns the state at the end."""
    out = []
    for m in TOKEN.finditer(text, a, b):
        t = m.group()
        if t in QUOTE_TOGGLE:
            quoted = not quoted
            out.append(Tok(m.start(), m.end(), t, t, False))
            continue
        if t in QUOTES_OPEN:
            quoted = True
            out.append(Tok(m.start(), m.end(), t, t, False))
            continue
        if t in QUOTES_CLOSE:
            quoted = False
            out.append(Tok(m.start(), m.end(), t, t, False))
            continue
        out.append(Tok(m.start(), m.end(), t, t.lower(), quoted))
    return out, quoted


def _cap(t: Tok) -> bool:
    return t.text[:1].isupper()


def _adverb(t: Tok) -> bool:
    return t.low in CUE_ADVERBS or (t.low.endswith("ly") and len(t.low) > 4 and t.low not in NOT_ADVERB_LY
                                    and not _cap(t))


def _np_word(toks: list[Tok], i: int) -> bool:
    """Can toks[i] sit inside a subject noun phrase?"""
    t = toks[i]
    low = t.low
    if t.quoted:
        return False
    if low in POSSESSIVE or low in {"(", ")", "-", "&", "/", ".", "@"}:
        return True
    if _cap(t):
        return low not in {"i"} or len(toks) == 1
    if low[:1].isdigit():
        return True
    if low in DETERMINERS or low in NP_PREPOSITIONS or low in TITLES:
        return True
    if low in NON_NP or low in VERB_FORMS or low in RELATIVE or low in PERSONAL_PRONOUNS:
        return False
    if _adverb(t):
        return False
    if low in INTRO_WORDS:
        return False
    if low.endswith("ed") and low not in PERSON_NOUNS:
        prev = toks[i - 1].low if i > 0 else ""
        return prev in DETERMINERS or prev in POSSESSIVE
    return low[:1].isalpha()


def _valid_np(toks: list[Tok], s: int, e: int) -> bool:
    """toks[s:e] looks like a complete noun phrase."""
    if e <= s or e - s > MAX_NP:
        return False
    first, last = toks[s], toks[e - 1]
    if e - s == 1 and first.low in PERSONAL_PRONOUNS | RELATIVE:
        return True
    if first.low in INTRO_WORDS and first.low not in DETERMINERS:
        return False
    if first.low in NP_PREPOSITIONS or first.low in POSSESSIVE or first.low in {"(", ")", "-", "&", "/", "."}:
        return False
    if last.low in DETERMINERS and e - s > 1 and last.low not in {"one", "two", "three", "others", "both", "all"}:
        return False
    if last.low in NP_PREPOSITIONS or last.low in {"(", "-", "&", "/"}:
        return False
    depth = 0
    for i in range(s, e):
        if toks[i].low == "(":
            depth += 1
        elif toks[i].low == ")":
            depth -= 1
            if depth < 0:
                return False
        if depth == 0 and not _np_word(toks, i):
            return False
    return depth == 0


def _appositive(toks: list[Tok], s: int, e: int) -> bool:
    first = toks[s]
    if first.low in RELATIVE:
        return True
    if first.low[:1].isdigit() and e - s <= 2:
        return True
    if first.low in {"a", "an", "the", "his", "her", "its", "their", "one", "another", "who"}:
        return _valid_np(toks, s, e) or first.low in RELATIVE
    if e - s >= 2 and toks[s + 1].low in POSSESSIVE:
        return _valid_np(toks, s, e)
    return False


def _name_like(toks: list[Tok], s: int, e: int) -> bool:
    return all(_cap(toks[i]) or toks[i].low in {".", "-", "(", ")"} for i in range(s, e))


def _parts(toks: list[Tok], lo: int, hi: int) -> list[tuple[int, int]]:
    """Comma-separated parts of toks[lo:hi] (commas inside parentheses do not split)."""
    parts, cur, depth = [], lo, 0
    for i in range(lo, hi):
        low = toks[i].low
        if low == "(":
            depth += 1
        elif low == ")":
            depth = max(0, depth - 1)
        elif low == "," and depth == 0:
            parts.append((cur, i))
            cur = i + 1
    parts.append((cur, hi))
    return parts


def left_np(toks: list[Tok], k: int, sentence_lo: int = 0) -> tuple[int, int] | None:
    """The subject noun phrase ending right before token k (the first cue token)."""
    lo = k
    while lo > sentence_lo and k - lo < WINDOW:
        t = toks[lo - 1]
        if t.low in HARD_STOPS or t.quoted or (t.low == "." and lo - 1 > sentence_lo):
            break
        lo -= 1
    if lo == k:
        return None
    parts = _parts(toks, lo, k)
    ps, pe = parts[-1]
    if pe <= ps:
        return None
    # The last part: walk back to a clause word, a relative pronoun or the start of the part.
    head = ps
    i = pe - 1
    if toks[i].low in RELATIVE and i == pe - 1:
        return (i, pe)
    if toks[i].low in PERSONAL_PRONOUNS:
        return (i, pe) if i == ps or not _np_word(toks, i - 1) or toks[i - 1].low in CLAUSE_WORDS else None
    while i >= ps:
        t = toks[i]
        if t.low in RELATIVE or (t.low in CLAUSE_WORDS and not _cap(t) or t.low in {"that", "as", "when", "while",
                                                                                    "if", "because", "but"}):
            if t.low in {"and", "or"} and i > ps and _cap(toks[i - 1]) and i + 1 < pe and _cap(toks[i + 1]):
                i -= 1
                continue
            head = i + 1
            break
        if not _np_word(toks, i) and not (t.low == "(" or t.low == ")"):
            if i == ps and _cap(t) and t.low in CLAUSE_WORDS | INTRO_WORDS:
                head = i + 1
                break
            return None
        i -= 1
    if head >= pe or not _valid_np(toks, head, pe):
        return None
    if head > ps:
        return (head, pe)
    # The part is a whole noun phrase: take in appositives and the name they describe.
    start = ps
    idx = len(parts) - 1
    cur_s, cur_e = ps, pe
    relative = toks[cur_s].low in RELATIVE
    while idx > 0:
        qs, qe = parts[idx - 1]
        if qe <= qs:
            break
        if (relative or _appositive(toks, cur_s, cur_e)) and _valid_np(toks, qs, qe) and \
                toks[qs].low not in PERSONAL_PRONOUNS:
            start, cur_s, cur_e, idx = qs, qs, qe, idx - 1
            relative = False
            continue
        if _name_like(toks, cur_s, cur_e) and _appositive(toks, qs, qe) and toks[qs].low not in RELATIVE and idx - 1 == 0:
            start = qs
        break
    if toks[cur_s].low in RELATIVE:
        return None
    return (start, pe)


def right_np(toks: list[Tok], r: int, inverted: bool = False) -> tuple[int, int] | None:
    """A noun phrase starting at token r (after 'according to', 'by', inverted 'said')."""
    n = len(toks)
    if r >= n:
        return None
    i = r
    limit = min(n, r + MAX_NP)
    while i < limit:
        t = toks[i]
        if t.quoted or t.low in HARD_STOPS or t.low in {",", ".", "!", "?"}:
            break
        if t.low in {"on", "in", "at", "during", "after", "before", "last", "this"} and i > r:
            nxt = toks[i + 1].low if i + 1 < n else ""
            if nxt in TIME_AFTER_CUE or nxt in {"a", "an", "an", "his", "her", "their", "its"} or nxt[:1].isdigit() \
                    or inverted:
                break
        if t.low in CLAUSE_WORDS and not (t.low == "and" and i + 1 < n and _cap(toks[i + 1]) and _cap(toks[i - 1])):
            break
        if t.low in RELATIVE or t.low in TIME_AFTER_CUE:
            break
        if not _np_word(toks, i) and not (i == r and t.low in PERSONAL_PRONOUNS):
            break
        i += 1
    e = i
    while e > r and (toks[e - 1].low in DETERMINERS - {"one", "two", "both", "all", "others"}
                     or toks[e - 1].low in NP_PREPOSITIONS or toks[e - 1].low in {"(", "-", "&"}):
        e -= 1
    if e <= r or not _valid_np(toks, r, e):
        return None
    # Sentence-final appositive after an inverted cue: '..., said Jane Roe, a spokeswoman for the city.'
    if inverted and e < n and toks[e].low == ",":
        j = e + 1
        while j < n and j - e < MAX_NP and toks[j].low not in {",", ".", ";", "!", "?"} and not toks[j].quoted:
            j += 1
        if (j >= n or toks[j].low == ".") and j > e + 1 and _appositive(toks, e + 1, j):
            return (r, j)
    return (r, e)


def _cue_extent(toks: list[Tok], i: int, lemma: str) -> tuple[int, int]:
    """Cue tokens around the verb at i: auxiliaries and adverbs before, particles and a day after."""
    s = i
    while s > 0 and (toks[s - 1].low in AUX or toks[s - 1].low in CUE_ADVERBS) and not toks[s - 1].quoted:
        s -= 1
    while s < i and toks[s].low in {"since", "long", "once", "first", "just"}:
        s += 1
    e = i + 1
    n = len(toks)
    if lemma == "call" and e < n and toks[e].low in {"for", "on"}:
        e += 1
    elif lemma == "point" and e < n and toks[e].low == "out":
        e += 1
    if e < n and toks[e].low in TIME_AFTER_CUE:
        e += 1
        if e < n and toks[e].low in DAY_PARTS:
            e += 1
    return s, e


def _clause_subject(toks: list[Tok], found: list[Found], k: int) -> tuple[int, int] | None:
    """Subject of the main clause, for '..., saying' and '... and said'."""
    for f in reversed(found):
        if f.source and f.cue[0] < k and f.role == "source" and not f.hedge:
            return f.source
    # Forward scan from the start of the sentence, skipping introductory phrases.
    parts = _parts(toks, 0, k)
    for ps, pe in parts:
        if pe <= ps or toks[ps].low in INTRO_WORDS or toks[ps].quoted or toks[ps].low in HARD_STOPS:
            continue
        j = ps
        seen_cap = False
        while j < pe and j - ps < MAX_NP:
            t = toks[j]
            if t.low in PERSONAL_PRONOUNS and j == ps:
                j += 1
                break
            if not _np_word(toks, j):
                break
            if _cap(t):
                seen_cap = True
            elif seen_cap and t.low not in NP_PREPOSITIONS and t.low not in POSSESSIVE and t.low not in TITLES \
                    and t.low not in PERSON_NOUNS and toks[j - 1].low not in POSSESSIVE:
                break
            j += 1
        if j > ps and j < pe and _valid_np(toks, ps, j) and (toks[j].low in AUX or toks[j].low in CUE_ADVERBS
                                                               or not _np_word(toks, j)):
            return (ps, j)
        return None
    return None


def find(toks: list[Tok]) -> list[Found]:
    """All attributions of one sentence, in textual order."""
    found: list[Found] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        low = t.low
        if t.quoted:
            i += 1
            continue
        # 'according to X'
        if low == "according" and i + 1 < n and toks[i + 1].low == "to":
            src = right_np(toks, i + 2)
            if src:
                found.append(Found((i, i + 2), src, "ACCORDING-TO", 0.9))
                i = src[1]
                continue
            i += 2
            continue
        if low in HEDGE_ADVERBS:
            found.append(Found((i, i + 1), None, "HEDGE: adverb", 0.7, hedge=True))
            i += 1
            continue
        # 'it is believed that ...'
        if low == "it" and i + 2 < n and toks[i + 1].low in {"is", "was", "has", "had"}:
            j = i + 2
            if toks[j].low == "been" and j + 1 < n:
                j += 1
            if toks[j].low in HEDGE_PASSIVE and (j + 1 >= n or toks[j + 1].low in {"that", "to"}):
                found.append(Found((i, j + 1), None, "HEDGE: impersonal passive", 0.7, hedge=True))
                i = j + 1
                continue
        if low in {"citing", "per"}:
            if low == "citing" or (i == 0 or toks[i - 1].low in {",", "(", "—"}):
                src = right_np(toks, i + 1)
                if src:
                    # The clause subject passed the information on.
                    outer = None
                    for f in reversed(found):
                        if f.role == "source" and f.source and f.cue[1] <= i:
                            outer = f
                            break
                    found.append(Found((i, i + 1), src, "CITING: " + low, 0.8))
                    if outer is not None:
                        outer.role = "relay"
                        outer.rule += " (relay: cites another source)"
                    i = src[1]
                    continue
        info = VERB_FORMS.get(low)
        if info is None or _cap(t) and i > 0:
            i += 1
            continue
        lemma, form = info
        cs, ce = _cue_extent(toks, i, lemma)
        prev = toks[cs - 1] if cs > 0 else None
        nxt = toks[ce] if ce < n else None
        strong = lemma in STRONG_LEMMAS
        # Passive with an agent: 'was first reported by X'.
        aux_before = any(toks[x].low in {"was", "were", "is", "are", "been", "be"} for x in range(cs, i))
        if aux_before and form == "pp" and nxt is not None and nxt.low == "by":
            src = right_np(toks, ce + 1)
            if src:
                found.append(Found((cs, ce + 1), src, "PASSIVE-BY: reporting verb + agent", 0.8))
                i = src[1]
                continue
        if aux_before and form == "pp":
            i += 1
            continue
        if prev is not None and prev.low == "to" and form == "base":
            i += 1
            continue
        if form == "ger" and not any(toks[x].low in AUX for x in range(cs, i)):
            if prev is not None and prev.low in {",", "and"} or (prev is not None and _adverb(prev)):
                subj = _clause_subject(toks, found, cs)
                if subj:
                    found.append(Found((cs if prev.low not in {",", "and"} else i, ce), subj,
                                       "PARTICIPLE: main-clause subject", 0.7 if strong else 0.6))
            i = ce
            continue
        # Coordinated verb phrase: '... and said ...'.
        if prev is not None and prev.low in {"and", "but"} and cs > 1 and not toks[cs - 2].low == ",":
            src = left_np(toks, cs)
            if src is None:
                subj = _clause_subject(toks, found, cs)
                if subj:
                    found.append(Found((cs, ce), subj, "COORDINATED-VP: main-clause subject", 0.65))
                i = ce
                continue
        src = left_np(toks, cs)
        if src is not None and form != "ger":
            if form == "base" and toks[src[1] - 1].low in {"he", "she", "it"} and cs == i:
                i = ce
                continue
            conf = 0.9 if strong else 0.75
            if toks[src[0]].low in PERSONAL_PRONOUNS | RELATIVE:
                conf -= 0.1
            found.append(Found((cs, ce), src, "SUBJ-VERB: subject + reporting verb", conf))
            if lemma == "tell" and nxt is not None:
                rec = right_np(toks, ce)
                if rec and _is_outlet_recipient(toks, rec):
                    found.append(Found((cs, ce), rec, "TOLD: outlet passed it on", 0.7, role="relay"))
            i = ce
            continue
        if lemma in INVERTIBLE and form in {"pp", "3sg"} and cs == i and (
            prev is None or prev.low in {",", "”", '"', "’"}
        ):
            src = right_np(toks, ce, inverted=True)
            if src:
                found.append(Found((cs, ce), src, "VERB-SUBJ: inverted reporting verb", 0.85))
                i = src[1]
                continue
        i = ce
    return found


def _is_outlet_recipient(toks: list[Tok], span: tuple[int, int]) -> bool:
    from .gazetteer import lookup

    text = " ".join(toks[x].text for x in range(*span))
    hit = lookup(text)
    return (hit is not None and hit[1] == "news_outlet") or text.lower() in RECIPIENTS
