"""Find cues and their sources inside one sentence segment.

A sentence is tokenised once; every rule walks the token list with a bounded window,
so the cost is linear in the sentence length whatever the input looks like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    AFTER_PARTICIPLE,
    AUX,
    CLAUSE_WORDS,
    CUE_ADVERBS,
    DAY_PARTS,
    DETERMINERS,
    INTRO_WORDS,
    INVERTIBLE,
    IRREGULAR_PP,
    NON_NP,
    NOUN_LIKE,
    NP_PREPOSITIONS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    STANCE_COMPLEMENT,
    STANCE_LEMMAS,
    STRONG_LEMMAS,
    TIME_AFTER_CUE,
    TITLES,
    VERB_FORMS,
)

TOKEN = re.compile(
    # Fast path: a plain word not followed by anything the special forms below care about.
    r"[A-Za-z][a-z]*(?![\w.'’&-])"
    r"|[RDI]-(?:[A-Z]\.){2}(?=[\s,)])"  # party and state labels: D-N.Y.
    r"|(?:[A-Za-z]\.){2,}"  # U.S., a.m.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt|Maj|Adm|Cmdr|St|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft"
    r"|Gens|Sens|Reps|Hon|Supt|Det|Del|Sept|Jan|Feb|Aug|Oct|Nov|Dec|No)\.(?=\s|,)"
    r"|[A-Z]\.(?=\s[A-Z])"  # middle initial
    r"|(?i:he|she|it|that|there|who|what)(?=['’]s\b)|['’]s\b"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]\w)|\d+\.\d+(?!\w)"  # 80,000 and 3.5 are one token
    r"|[^\W_]+(?:[-'’&][^\W_]+)*"
    r"|--|''|``|[^\w\s]"
)
QUOTES_OPEN = {"“", "«", "``"}
QUOTES_CLOSE = {"”", "»"}
QUOTE_TOGGLE = {'"', "''"}
QUOTE_KIND = {**{q: 0 for q in QUOTE_TOGGLE}, **{q: 1 for q in QUOTES_OPEN}, **{q: 2 for q in QUOTES_CLOSE}}
HARD_STOPS = {";", ":", "—", "–", "--", "“", "”", '"', "''", "``", "«", "»", "!", "?", "[", "―"}
POSSESSIVE = {"'s", "’s", "'", "’"}
RELATIVE = {"who", "which"}
RELATIVE_ADVERBS = {"where", "when", "while", "whereas", "as", "because", "since", "although", "though", "if"}
HEDGE_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"}
ING_NOUNS = {"morning", "evening", "thing", "things", "king", "spring", "building", "meeting", "ring", "wing",
             "string", "funding", "spending", "training", "nothing", "something", "anything", "everything",
             "ruling", "briefing", "hearing", "polling", "housing", "offering", "clothing", "ceiling", "sibling",
             "darling", "viking", "pudding", "wedding", "bring", "sterling", "lightning", "ting", "sing", "ming"}
TIME_NOUNS = {"week", "month", "year", "night", "weekend", "morning", "afternoon", "evening", "day", "time",
              "spring", "summer", "fall", "autumn", "winter", "january", "february", "march", "april", "may", "june",
              "july", "august", "september", "october", "november", "december"}
COMPLEMENT_START = {"that", ",", ":", "“", '"', "''", "``", "he", "she", "they", "it", "we", "i", "you", "the", "a",
                    "an", "his", "her", "their", "its", "this", "these", "those", "there", "what", "how", "why",
                    "whether", "if", "to", "about", "on", "in", "for"}
COLON_NOT_SPEAKER = {"note", "update", "updated", "editor", "editors", "watch", "read", "related", "photo", "video",
                     "warning", "correction", "q", "a", "answer", "question", "transcript", "source", "sources",
                     "caption", "credit", "image", "listen", "more", "see", "also", "breaking", "exclusive",
                     "analysis", "opinion", "live", "latest", "the", "why", "how", "what", "who", "when", "where",
                     "here", "this", "that", "these", "bottom", "subscribe", "background", "context", "disclosure",
                     "full", "partial", "key", "lesson", "step", "part", "chapter", "day", "tip", "fact", "ps"}
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
    cap: bool = False


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
    append = out.append
    kinds = QUOTE_KIND
    for m in TOKEN.finditer(text, a, b):
        t = m.group()
        s = m.start()
        if t not in kinds:
            append(Tok(s, s + len(t), t, t.lower(), quoted, t[0].isupper()))
            continue
        kind = kinds[t]
        quoted = (not quoted) if kind == 0 else (kind == 1)
        append(Tok(s, s + len(t), t, t, False))
    return out, quoted


def _cap(t: Tok) -> bool:
    return t.cap


def _adverb(t: Tok) -> bool:
    return t.low in CUE_ADVERBS or (t.low.endswith("ly") and len(t.low) > 4 and t.low not in NOT_ADVERB_LY
                                    and not t.cap)


def _np_word(toks: list[Tok], i: int) -> bool:
    """Can toks[i] sit inside a subject noun phrase?"""
    t = toks[i]
    low = t.low
    if t.quoted:
        return False
    if low in POSSESSIVE or low in {"(", ")", "-", "&", "/", ".", "@"}:
        return True
    if t.cap:
        return low not in {"i"} or len(toks) == 1
    if low[:1].isdigit():
        return True
    if low in DETERMINERS or low in NP_PREPOSITIONS or low in TITLES:
        return True
    prev = toks[i - 1].low if i > 0 else ""
    if low in PRENOMINAL and (prev in DETERMINERS or prev in POSSESSIVE or prev.endswith(("'s", "’s"))
                              or prev in PRENOMINAL):
        return True  # 'the former first lady', "the city's only ally"
    if low in VERB_FORMS and VERB_FORMS[low][1] in {"base", "3sg"} and low not in NON_NP and (
            prev in DETERMINERS or prev in POSSESSIVE or prev.endswith(("'s", "’s")) or prev in NP_PREPOSITIONS):
        return True
    if low in VERB_FORMS and VERB_FORMS[low][0] in NOUN_LIKE and VERB_FORMS[low][1] in {"base", "3sg"} \
            and not t.cap and i + 1 < len(toks) and prev not in PERSONAL_PRONOUNS and not (i > 0 and toks[i - 1].cap):
        # 'recent reports say', 'reports in the Gazette': a plural noun before a verb or preposition.
        nxt = toks[i + 1].low
        if nxt in {"of", "in", "by", "from", "on"} or nxt in AUX or (nxt in VERB_FORMS and nxt != low
                                                                    and VERB_FORMS[nxt][0] not in NOUN_LIKE):
            return True
    if low in NON_NP or low in VERB_FORMS or low in RELATIVE or low in PERSONAL_PRONOUNS:
        return False
    if _adverb(t):
        return False
    if low in INTRO_WORDS:
        return False
    if (low.endswith("ed") and low not in PERSON_NOUNS) or (low.endswith("ing") and len(low) > 5
                                                             and low not in ING_NOUNS):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return prev in DETERMINERS or prev in POSSESSIVE or (
            nxt is not None and (nxt.cap or nxt.low in TITLES) and prev not in NP_PREPOSITIONS
            and not _cap(toks[i - 1] if i > 0 else t)) or (
            # 'elected officials', 'restructuring experts': a participle before a person noun
            nxt is not None and not nxt.cap and nxt.low.endswith("s") and _agent_noun(nxt.low)
            and (i == 0 or not toks[i - 1].low[:1].isalpha() or prev in CLAUSE_WORDS or prev in RELATIVE_ADVERBS))
    return low[:1].isalpha()


PRENOMINAL = {"former", "first", "second", "third", "last", "next", "only", "longtime", "early", "late", "then"}


def _valid_np(toks: list[Tok], s: int, e: int) -> bool:
    """toks[s:e] looks like a complete noun phrase."""
    if e <= s or e - s > MAX_NP:
        return False
    first, last = toks[s], toks[e - 1]
    if e - s == 1 and first.low in PERSONAL_PRONOUNS | RELATIVE:
        return True
    if e - s == 1 and first.low in DETERMINERS and first.low not in {"one", "both", "all", "others", "many", "some",
                                                                      "several", "most"}:
        return False
    if first.low in INTRO_WORDS and first.low not in DETERMINERS:
        return False
    if (first.low in NP_PREPOSITIONS and not first.cap) or first.low in POSSESSIVE or first.low in {"(", ")", "-", "&", "/", "."}:
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
            if toks[i].low in {"and", "or", "&", "to"} and s < i < e - 1 and _np_word(toks, i - 1) and _np_word(toks, i + 1):
                continue
            return False
    return depth == 0


def _participle_modifier(toks: list[Tok], s: int, i: int, e: int) -> bool:
    """toks[i] starts a reduced relative clause inside toks[s:e]: 'a post shared 40,000 times on
    Facebook', 'a report released by the agency' (a participle right after a noun, then a
    preposition, number or time word, never a direct object)."""
    if i <= s or i + 1 >= e:
        return False
    t = toks[i]
    low = t.low
    if t.cap or t.quoted or not (low in IRREGULAR_PP or (low.endswith("ed") and len(low) > 4)):
        return False
    prev = toks[i - 1]
    if prev.cap or prev.low in DETERMINERS or prev.low in NP_PREPOSITIONS or prev.low in POSSESSIVE or not prev.low[:1].isalnum():
        return False
    nxt = toks[i + 1]
    if not (nxt.low in AFTER_PARTICIPLE or nxt.low[:1].isdigit() or nxt.low in TIME_AFTER_CUE):
        return False
    if not _valid_np(toks, s, i):
        return False
    return all(_np_word(toks, x) for x in range(i + 1, e))


def _reduced_np(toks: list[Tok], s: int, e: int) -> bool:
    """toks[s:e] is a noun phrase, possibly with one participle post-modifier."""
    if _valid_np(toks, s, e):
        return True
    for i in range(s + 1, min(e, s + MAX_NP)):
        if not _np_word(toks, i):
            return _participle_modifier(toks, s, i, e)
    return False


def _appositive(toks: list[Tok], s: int, e: int) -> bool:
    first = toks[s]
    if first.low in RELATIVE:
        return True
    if first.low[:1].isdigit() and e - s <= 2:
        return True
    if first.low in {"a", "an", "the", "his", "her", "its", "their", "one", "another", "who"}:
        return _reduced_np(toks, s, e) or first.low in RELATIVE
    if e - s >= 2 and toks[s + 1].low in POSSESSIVE:
        return _valid_np(toks, s, e)
    if not first.cap and first.low not in INTRO_WORDS and first.low not in CLAUSE_WORDS \
            and _agent_noun(_head_word(toks, s, e)):
        return _valid_np(toks, s, e)  # 'X, president of the union, said'
    return False


PARTY_LABEL = re.compile(r"[RDI]-[A-Z]")


def _party_label(toks: list[Tok], s: int, e: int) -> bool:
    """'R-Ky.', 'D-N.Y.': a party and state label after a politician's name."""
    return 0 < e - s <= 5 and bool(PARTY_LABEL.match(toks[s].text))


def _name_like(toks: list[Tok], s: int, e: int) -> bool:
    return all(toks[i].cap or toks[i].low in {".", "-", "(", ")"} for i in range(s, e))


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


STRIPPABLE = {"but", "and", "so", "yet", "however", "meanwhile", "still", "now", "then", "also", "instead",
              "thus", "hence", "indeed", "moreover", "nonetheless", "nevertheless", "finally", "separately",
              "yesterday", "today", "or", "nor", "plus", "later", "earlier", "first", "second", "third"}


def _temporal_tail(toks: list[Tok], ps: int, pe: int) -> int:
    """End of toks[ps:pe] without a trailing time phrase ('Sanders on Tuesday', 'a panel in 2001')."""
    if pe - ps >= 3 and toks[pe - 2].low in {"on", "in", "last", "this", "earlier", "late", "during", "early"}:
        last = toks[pe - 1].low
        if last in TIME_AFTER_CUE or last in TIME_NOUNS or last[:1].isdigit():
            cut = pe - 2
            if cut - 1 > ps and toks[cut - 1].low in {"in", "on"}:
                cut -= 1  # 'released in late August'
            return pe if _participle_before(toks, ps, cut) else cut
    if pe - ps >= 2 and toks[pe - 1].low in TIME_AFTER_CUE and toks[pe - 1].cap:
        return pe if _participle_before(toks, ps, pe - 1) else pe - 1
    return pe


def _participle_before(toks: list[Tok], ps: int, k: int) -> bool:
    """toks[k-1] is a participle after a noun: the time phrase belongs to it ('a poll released Friday')."""
    if k - 1 <= ps:
        return False
    t = toks[k - 1]
    return not t.cap and (t.low in IRREGULAR_PP or (t.low.endswith("ed") and len(t.low) > 4)) \
        and toks[k - 2].low not in DETERMINERS and toks[k - 2].low[:1].isalpha()


def _adjunct_part(toks: list[Tok], s: int, e: int) -> bool:
    """A comma-delimited part that is a participle or prepositional phrase, not a noun phrase."""
    first = toks[s].low
    if first in RELATIVE or first in {"and", "but", "or", "so", "yet", "nor"}:
        return False
    if first in INTRO_WORDS and first not in DETERMINERS:
        return True
    if s + 1 < e and not toks[s + 1].cap and toks[s + 1].low.endswith("s") and _agent_noun(toks[s + 1].low):
        return False  # 'elected officials from both parties': a noun phrase
    return not toks[s].cap and (first.endswith("ing") or first.endswith("ed")) and first not in ING_NOUNS


AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian", "man", "woman", "person", "ee", "ive", "ary", "ard")


def _agent_noun(word: str) -> bool:
    """A noun that names a person by role ('spokeswoman', 'director', 'economists')."""
    if word.endswith("s") and len(word) > 4 and not word.endswith("ss"):
        word = word[:-1]
    return word in TITLES or word in PERSON_NOUNS or word in {"aide", "chief", "head", "expert", "leader",
                                                               "adviser", "advisor", "executive", "official",
                                                               "associate", "partner", "member", "founder",
                                                               "co-founder", "fellow", "deputy", "dean", "host",
                                                               "editor", "author", "coach", "candidate"} \
        or (word.endswith(AGENT_SUFFIXES) and len(word) > 4)


def _relative_start(toks: list[Tok], ps: int, i: int, pe: int) -> int | None:
    """Start of 'NP who ...' when a relative 'who' sits between ps and i (the failed token)."""
    w = i
    while w > ps and toks[w].low not in {"who", "that"} and pe - w < 16:
        w -= 1
    if w > ps and toks[w].low == "that" and w + 1 < pe:
        # 'a study that appeared in the journal found': 'that' straight before a verb is relative.
        nxt = toks[w + 1].low
        if not (nxt in AUX or (nxt.endswith("ed") and len(nxt) > 4) or nxt in IRREGULAR_PP):
            return None
        inner = left_np(toks, w, ps)
        if inner and inner[1] == w and toks[inner[0]].low not in PERSONAL_PRONOUNS | RELATIVE \
                and toks[w - 1].low not in VERB_FORMS:
            return inner[0]
        return None
    if w > ps and toks[w].low == "who":
        inner = left_np(toks, w, ps)
        if inner and inner[1] == w and toks[inner[0]].low not in PERSONAL_PRONOUNS | RELATIVE:
            return inner[0]
    return None


def _reduced_start(toks: list[Tok], ps: int, i: int, pe: int) -> int | None:
    """Start of the noun phrase when toks[i] is a participle modifying it ('a study released
    Monday found'); None unless that noun phrase begins the part or follows a clause word."""
    j = i - 1
    while j >= ps and _np_word(toks, j) and toks[j].low not in CLAUSE_WORDS:
        j -= 1
    start = j + 1
    if j >= ps and not (toks[j].low in CLAUSE_WORDS and not toks[j].cap):
        return None
    return start if _participle_modifier(toks, start, i, pe) else None


def _head_word(toks: list[Tok], s: int, e: int) -> str:
    """Head noun of toks[s:e]: the word before the first post-modifying preposition."""
    for x in range(s + 1, e):
        if toks[x].low in NP_PREPOSITIONS or toks[x].low in RELATIVE:
            if toks[x].low == "of" and toks[x - 1].low in QUANTIFIERS and x + 1 < e:
                return _head_word(toks, x + 1, e)  # 'one of the family's lawyers'
            return toks[x - 1].low
    return toks[e - 1].low


QUANTIFIERS = {"one", "two", "three", "some", "many", "several", "most", "all", "each", "none", "few", "both",
               "any", "either", "neither"}


def _all_np(toks: list[Tok], s: int, e: int) -> bool:
    """Every token of toks[s:e] can sit in a noun phrase; 'to' and 'and' may join two nouns
    ('an adviser to the campaign on tax and budget issues')."""
    for x in range(s, e):
        if _np_word(toks, x):
            continue
        if toks[x].low in {"to", "and"} and s < x < e - 1 and _np_word(toks, x - 1) and _np_word(toks, x + 1) \
                and toks[x - 1].low not in DETERMINERS and toks[x - 1].low not in NP_PREPOSITIONS:
            continue
        return False
    return True


def left_np(toks: list[Tok], k: int, sentence_lo: int = 0, final: bool = False) -> tuple[int, int] | None:
    """The subject noun phrase ending right before token k (the first cue token).

    ``final``: the cue ends the sentence ('..., the agency said in a report.'), so the part
    that opens the sentence is the reported content, never an appositive of the subject."""
    lo = k
    while lo > sentence_lo and k - lo < WINDOW:
        t = toks[lo - 1]
        if t.low in HARD_STOPS or t.quoted or (t.low == "." and lo - 1 > sentence_lo
                                                and not (lo < k and toks[lo].low in {")", ","})):
            break
        lo -= 1
    if lo == k:
        return None
    # The first part may not be a whole phrase (cut by the window) or may be the content itself.
    first_blocked = (lo > sentence_lo and k - lo >= WINDOW) or (final and lo == sentence_lo)
    parts = _parts(toks, lo, k)
    closed = len(parts) >= 2 and parts[-1][1] == parts[-1][0]
    if closed:
        parts = parts[:-1]  # 'X, an analyst, said': the comma closes an appositive
    # '[Trump], speaking to veterans, said': the subject is the part before the adjunct (which
    # is set off by commas on both sides; '..., though a panel found' is a clause of its own).
    while closed and len(parts) >= 2 and parts[-1][1] > parts[-1][0] and _adjunct_part(toks, *parts[-1]):
        parts = parts[:-1]
    ps, pe = parts[-1]
    while ps < pe - 1 and toks[ps].cap and toks[ps].low in STRIPPABLE:
        ps += 1
    parts[-1] = (ps, pe)
    if toks[ps].low not in RELATIVE and "who" not in {toks[x].low for x in range(ps, pe)}:
        pe = _temporal_tail(toks, ps, pe)
    if pe <= ps:
        return None
    if toks[pe - 1].low in POSSESSIVE or toks[pe - 1].low.endswith(("'s", "’s")):
        return None
    gap = _object_relative(toks, ps, pe)
    if gap is not None:
        return gap
    head = ps
    reduced = False
    i = pe - 1
    if toks[i].low in RELATIVE:
        return (i, pe)
    if toks[ps].low in RELATIVE and len(parts) >= 2:
        i = ps - 1  # a relative clause set off by commas: the noun phrase is in the parts before it
    if toks[i].low in PERSONAL_PRONOUNS:
        return (i, pe) if i == ps or not _np_word(toks, i - 1) or toks[i - 1].low in CLAUSE_WORDS else None
    while i >= ps:
        t = toks[i]
        if i == ps and t.cap and i < pe - 1 and t.low in CLAUSE_WORDS and t.low not in DETERMINERS \
                and t.low not in {"and", "or", "but", "yet", "so", "then", "to", "not"}:
            head = i + 1  # 'While a federal judge found ...'
            break
        if t.low in RELATIVE or (t.low in CLAUSE_WORDS and not t.cap):
            if t.low in {"and", "or"} and i > ps and i + 1 < pe and (_all_np(toks, ps, i) or (
                    t.low == "and" and toks[i - 1].cap and toks[i + 1].cap)):
                i -= 1  # 'the Center for Media and Public Affairs'
                continue
            if t.low == "to" and i > ps and _np_word(toks, i - 1) and toks[i - 1].low not in DETERMINERS \
                    and toks[i - 1].low not in NP_PREPOSITIONS:
                i -= 1  # 'advisers to the president', 'those close to him'
                continue
            rel = _relative_start(toks, ps, i, pe)
            if rel is not None:
                head = rel
                break
            head = i + 1
            break
        if not _np_word(toks, i) and not (t.low == "(" or t.low == ")"):
            if i == ps and t.cap and t.low in CLAUSE_WORDS | INTRO_WORDS:
                head = i + 1
                break
            # 'a former engineer who requested anonymity said': a restrictive relative clause.
            rel = _relative_start(toks, ps, i, pe)
            if rel is None:
                rel = _reduced_start(toks, ps, i, pe)
                if rel is None:
                    return None
                reduced = True
            head = rel
            break
        i -= 1
    if toks[ps].low in RELATIVE and len(parts) >= 2:
        pass
    elif head < pe and any(toks[x].low == "who" for x in range(head, pe)) and _valid_np(
            toks, head, next(x for x in range(head, pe) if toks[x].low == "who")):
        pass
    elif reduced:
        if head > ps:
            return (head, pe)
    elif head >= pe or not _valid_np(toks, head, pe):
        return None
    elif head > ps:
        return (head, pe)
    # The part is a whole noun phrase: take in appositives and the name they describe.
    start = ps
    idx = len(parts) - 1
    cur_s, cur_e = ps, pe
    relative = toks[cur_s].low in RELATIVE
    while idx > 0:
        qs, qe = parts[idx - 1]
        if idx == 1 and first_blocked and not _name_like(toks, qs, qe):
            break
        if toks[qs].low == "of" and qe - qs >= 2 and idx >= 2 and _name_like(toks, qs + 1, qe) \
                and _name_like(toks, cur_s, cur_e) and cur_e - cur_s <= 3:
            # 'Johnnie Wilson, of Springfield, Va., said': a home town and its state.
            start, cur_s, cur_e, idx = qs, qs, qe, idx - 1
            continue
        stop_after = False
        while qs < qe - 1 and toks[qs].low in {"which", "who", "that", "and", "but"}:
            qs += 1
            stop_after = True
        if qe <= qs:
            break
        q_ok = _valid_np(toks, qs, qe) and toks[qs].low not in PERSONAL_PRONOUNS and not _adjunct_part(toks, qs, qe) \
            and toks[qe - 1].low not in TIME_NOUNS and toks[qe - 1].low not in TIME_AFTER_CUE \
            and (not stop_after or _name_like(toks, qs, qe) or _agent_noun(_head_word(toks, qs, qe)))
        if q_ok and (relative or _appositive(toks, cur_s, cur_e) or _party_label(toks, cur_s, cur_e)
                     or (toks[cur_s].low == "of" and qe - qs == 1 and toks[qs].low[:1].isdigit())
                     or (_name_like(toks, qs, qe) and not _name_like(toks, cur_s, cur_e))):
            start, cur_s, cur_e, idx = qs, qs, qe, idx - 1
            relative = False
            if stop_after:
                break
            continue
        if _name_like(toks, cur_s, cur_e) and q_ok and _appositive(toks, qs, qe) and toks[qs].low not in RELATIVE \
                and (idx - 1 == 0 or stop_after or _adjunct_part(toks, *parts[idx - 2])) \
                and _agent_noun(_head_word(toks, qs, qe)):
            start = qs
        break
    if toks[cur_s].low in RELATIVE:
        return None
    return (start, pe)


OBJECT_RELATIVES = {"which", "whom"}


def _object_relative(toks: list[Tok], ps: int, pe: int) -> tuple[int, int] | None:
    """The speaker of a relative clause whose object is the reported content: '..., which the
    mayor said were', '..., which he says is'. Also 'many of whom (say)', where the quantified
    relative is itself the speaker."""
    if pe - ps >= 3 and toks[ps].low in QUANTIFIERS and toks[ps + 1].low == "of" \
            and toks[ps + 2].low in {"whom", "which"} and pe == ps + 3:
        return (ps, pe)
    if pe - ps < 2 or toks[ps].low not in OBJECT_RELATIVES:
        return None
    s = ps + 1
    if toks[s].low in PERSONAL_PRONOUNS - {"it"}:
        return (s, s + 1) if pe == s + 1 else None
    if _valid_np(toks, s, pe) and toks[s].low not in RELATIVE and toks[pe - 1].low not in TIME_NOUNS:
        return (s, pe)
    return None


def right_np(toks: list[Tok], r: int, inverted: bool = False) -> tuple[int, int] | None:
    """A noun phrase starting at token r (after 'according to', 'by', inverted 'said')."""
    n = len(toks)
    if r >= n:
        return None
    i = r
    limit = min(n, r + MAX_NP)
    depth = 0
    participle = False
    while i < limit:
        t = toks[i]
        if t.low == "(":
            depth += 1
        elif t.low == ")" and depth:
            depth -= 1
            i += 1
            continue
        if depth:
            if t.quoted or t.low in HARD_STOPS:
                break
            i += 1
            continue
        if t.quoted or t.low in HARD_STOPS or t.low in {",", ".", "!", "?"}:
            break
        if t.low in {"on", "in", "at", "during", "after", "before", "last", "this"} and i > r:
            nxt = toks[i + 1].low if i + 1 < n else ""
            if nxt in TIME_AFTER_CUE or nxt in {"a", "an", "his", "her", "their", "its"} or nxt[:1].isdigit() \
                    or inverted:
                break
        if t.low in {"and", "&"} and i > r and i + 1 < n and toks[i + 1].cap and toks[i - 1].cap:
            i += 1  # a name with a conjunction: 'the Securities and Exchange Commission'
            continue
        if t.low in CLAUSE_WORDS:
            break
        if t.low in RELATIVE or t.low in TIME_AFTER_CUE:
            break
        if not _np_word(toks, i) and not (i == r and t.low in PERSONAL_PRONOUNS):
            info = VERB_FORMS.get(t.low)
            if info and info[0] in NOUN_LIKE and info[1] in {"base", "3sg"} and not t.cap and (
                    i == r or (_np_word(toks, i - 1) and toks[i - 1].low not in NP_PREPOSITIONS)):
                i += 1  # a noun that looks like a verb: 'according to recent reports', 'poll estimates'
                continue
            if not participle and _participle_modifier(toks, r, i, min(n, i + 2)):
                participle = True  # 'a lawsuit filed by a former partner'
                i += 1
                continue
            break
        i += 1
    e = i
    while e > r and (toks[e - 1].low in DETERMINERS - {"one", "two", "both", "all", "others"}
                     or toks[e - 1].low in NP_PREPOSITIONS or toks[e - 1].low in {"(", "-", "&"}):
        e -= 1
    if e <= r or not (_valid_np(toks, r, e) or (participle and _reduced_np(toks, r, e))):
        return None
    # 'a poll released last week': the participle and its time phrase belong to the noun.
    p = e if e + 1 < n and e == i and not toks[e].quoted and _participle_before(toks, r, e + 1) else e - 1
    if p + 1 < n and p > r and _participle_before(toks, r, p + 1):
        if toks[p + 1].low in TIME_AFTER_CUE:
            e = p + 2
        elif toks[p + 1].low in {"last", "this", "earlier"} and p + 2 < n and toks[p + 2].low in TIME_NOUNS:
            e = p + 3
    # Sentence-final appositive after an inverted cue: '..., said Jane Roe, a spokeswoman for the city.'
    end = e
    for _ in range(3):
        if not (inverted and end < n and toks[end].low == ","):
            break
        j = end + 1
        rel = None
        depth = 0
        while j < n and j - end < MAX_NP and not toks[j].quoted and (
                depth or toks[j].low not in {",", ".", ";", "!", "?"}):
            if toks[j].low == "(":
                depth += 1
            elif toks[j].low == ")":
                depth = max(0, depth - 1)
            if rel is None and toks[j].low in RELATIVE | {"that"}:
                rel = j
            j += 1
        np_end = rel if rel is not None else j
        if j > end + 1 and (j >= n or toks[j].low in {".", ","}) and (
                rel == end + 1 or (np_end > end + 1 and (_appositive(toks, end + 1, np_end)
                                                         or _valid_np(toks, end + 1, np_end)))):
            end = j
            continue
        break
    return (r, end)


LEADING_NOT_CUE = {"since", "long", "once", "first", "just"}


def _subject_end(toks: list[Tok], cs: int) -> int:
    """Where the subject ends: before adverbs left out of the cue ('Bloomberg News first reported')."""
    while cs > 0 and (toks[cs - 1].low in LEADING_NOT_CUE or _adverb(toks[cs - 1])) and not toks[cs - 1].cap \
            and not toks[cs - 1].quoted:
        cs -= 1
    return cs


def _cue_extent(toks: list[Tok], i: int, lemma: str) -> tuple[int, int]:
    """Cue tokens around the verb at i: auxiliaries and adverbs before, particles and a day after."""
    s = i
    while s > 0 and (toks[s - 1].low in AUX or _adverb(toks[s - 1])) and not toks[s - 1].quoted \
            and not toks[s - 1].cap:
        s -= 1
    while s < i and toks[s].low in LEADING_NOT_CUE:
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
    # 'said in a phone interview': the channel belongs to the cue.
    if e + 2 < n and toks[e].low == "in" and toks[e + 1].low in {"a", "an"}:
        for x in range(e + 2, min(n, e + 5)):
            if toks[x].low in {"interview", "interviews"}:
                return s, x + 1
            if not toks[x].low.isalpha():
                break
    return s, e


def _past_verb_after_noun(toks: list[Tok], j: int, ps: int) -> bool:
    """toks[j] is a lowercase '-ed' word right after a noun: the main verb ('groups granted')."""
    t = toks[j]
    if j <= ps or t.cap or not t.low.endswith("ed") or len(t.low) < 5:
        return False
    prev = toks[j - 1]
    return prev.low[:1].isalpha() and prev.low not in DETERMINERS and prev.low not in POSSESSIVE \
        and prev.low not in NP_PREPOSITIONS and not _adverb(prev)


def _clause_subject(toks: list[Tok], found: list[Found], k: int) -> tuple[int, int] | None:
    """Subject of the main clause, for '..., saying' and '... and said'."""
    for f in reversed(found):
        if f.source and f.cue[0] < k and f.role == "source" and not f.hedge:
            return f.source
    # Forward scan from the start of the sentence, skipping introductory phrases.
    parts = _parts(toks, max(0, k - WINDOW), k)
    for n_part, (ps, pe) in enumerate(parts):
        if pe <= ps or toks[ps].low in INTRO_WORDS or toks[ps].quoted or toks[ps].low in HARD_STOPS:
            continue
        if n_part + 2 < len(parts) and _name_like(toks, ps, pe) and _appositive(toks, *parts[n_part + 1]):
            # 'Donald Trump, her opponent, bemoaned ... and said': name and appositive.
            qs, qe = parts[n_part + 2]
            if qe > qs and not _np_word(toks, qs) or _past_verb_after_noun(toks, qs, qs - 1):
                return (ps, parts[n_part + 1][1])
        j = ps
        seen_cap = False
        if toks[ps].low in PERSONAL_PRONOUNS and ps + 1 < pe and not toks[ps + 1].low[:1].isdigit():
            return (ps, ps + 1)  # 'it attacked Trump, saying ...'
        while j < pe and j - ps < MAX_NP:
            t = toks[j]
            if not _np_word(toks, j) or _past_verb_after_noun(toks, j, ps):
                break
            if t.cap:
                seen_cap = True
            elif seen_cap and t.low not in NP_PREPOSITIONS and t.low not in POSSESSIVE and t.low not in TITLES \
                    and t.low not in PERSON_NOUNS and toks[j - 1].low not in POSSESSIVE:
                break
            j += 1
        if j > ps and j < pe and (toks[j].low in AUX or toks[j].low in CUE_ADVERBS or not _np_word(toks, j)
                                  or _past_verb_after_noun(toks, j, ps)):
            j = _temporal_tail(toks, ps, j)
            if _valid_np(toks, ps, j):
                return (ps, j)
        return None
    return None


def _headline(toks: list[Tok]) -> bool:
    words = [t for t in toks if t.low[:1].isalpha()]
    return len(words) >= 3 and sum(t.cap for t in words) >= 0.75 * len(words)


def _speaker_label(toks: list[Tok]) -> Found | None:
    """'WALLACE: ...' or 'Jane Roe: ...' at the start of a sentence (interviews, transcripts)."""
    j = 0
    while j < len(toks) and toks[j].low in QUOTE_TOGGLE | QUOTES_OPEN:
        j += 1
    k = j
    while k < len(toks) and k - j < 4 and (toks[k].cap or toks[k].low == ".") and toks[k].low != ":":
        k += 1
    if k == j or k >= len(toks) - 1 or toks[k].low != ":" or toks[j].low in COLON_NOT_SPEAKER:
        return None
    words = [toks[x] for x in range(j, k) if toks[x].low[:1].isalpha()]
    if not words or any(w.low in COLON_NOT_SPEAKER or w.low in DETERMINERS for w in words):
        return None
    caps = all(w.text.isupper() and len(w.text) > 1 for w in words)
    if not caps and len(words) > 3:
        return None
    verb = VERB_FORMS.get(toks[j].low)
    if verb and verb[0] in INVERTIBLE and k - j >= 2 and toks[j + 1].cap:
        return Found((j, j + 1), (j + 1, k), "SPEAKER-LABEL: verb + name + colon", 0.7)  # 'Said Jane Roe: ...'
    return Found((k, k + 1), (j, k), "SPEAKER-LABEL: name + colon", 0.75 if caps else 0.6)


def _dash_credit(toks: list[Tok]) -> Found | None:
    """'― Jane Roe' after a quotation: a dash and a name closing the quote."""
    if len(toks) < 2 or toks[0].low not in {"―", "—", "–", "-", "--"}:
        return None
    e = 1
    while e < len(toks) and e < 8 and (toks[e].cap or toks[e].low == "."):
        e += 1
    if e == 1 or (e < len(toks) and toks[e].low not in {",", "."}):
        return None
    return Found((0, 1), (1, e), "DASH-CREDIT: quotation signed with a name", 0.7)


def _nested(found: list[Found], toks: list[Tok], cs: int) -> bool:
    """The cue sits inside the reported content of an earlier cue in the same sentence."""
    last = None
    for f in reversed(found):
        if not f.hedge and f.role == "source" and f.cue[1] <= cs:
            last = f
            break
    if last is None or cs - last.cue[1] > WINDOW:
        return False
    for f in (last,):
        for x in range(f.cue[1], cs):
            low = toks[x].low
            if low in {";", "but", "while", "whereas", "and"} and x > 0 and toks[x - 1].low == ",":
                break
            if low in {";", "although", "though"}:
                break
        else:
            return True
    return False


POLL_HEADS = {"poll", "polls", "survey", "surveys", "polling"}


def _in_poll(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """'(leads) in a poll released Monday', 'in one of the first surveys': the poll is the source."""
    for x in range(i + 1, min(len(toks), i + 9)):
        if toks[x].low in POLL_HEADS:
            break
    else:
        return None  # cheap test first: 'in' is frequent, polls are not
    src = right_np(toks, i + 1)
    if src is None:
        return None
    for x in range(src[0], src[1]):
        low = toks[x].low
        if low in POLL_HEADS:
            break
        if (low in NP_PREPOSITIONS and low != "of") or (low.endswith("ed") and x > src[0]):
            return None
    else:
        return None
    if toks[src[0]].low in {"the"} and src[1] - src[0] == 2:
        return None  # 'in the polls': the race in general, no particular poll
    return src


NOMINAL_CUES = {
    "claim", "claims", "comments", "comment", "remarks", "remark", "statement", "statements", "assertion",
    "allegation", "allegations", "accusation", "accusations", "call", "calls", "warning", "warnings", "promise",
    "promises", "pledge", "insistence", "argument", "contention", "suggestion", "denial", "admission",
    "prediction", "predictions", "testimony", "tweet", "tweets", "criticism", "description", "assessment",
    "complaint", "complaints", "charge", "charges", "boast", "vow", "threat", "demand", "demands",
}
NOMINAL_MODIFIERS = {"recent", "new", "latest", "earlier", "previous", "repeated", "public", "private", "false",
                     "controversial", "initial", "original", "own", "frequent", "many", "several", "first", "last",
                     "angry", "baseless", "dubious", "bold", "sweeping", "stark", "blunt", "explicit", "renewed"}
NOMINAL_COMPLEMENT = {"that", "about", ":", "“", '"', "``"}
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its"}


def _nominal_cue(toks: list[Tok], i: int) -> Found | None:
    """A speech-act noun owned by its speaker, followed by what was said: "the mayor's claim that
    ...", "his comments about ...", "her calls for ...". Cue is the noun, source the owner."""
    low = toks[i].low
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    if nxt is None:
        return None
    cue_end = i + 1
    if low in {"call", "calls"}:
        if nxt.low != "for":
            return None
        cue_end = i + 2
    elif not (nxt.low in NOMINAL_COMPLEMENT or (nxt.quoted and toks[i].low not in {"charge", "charges"})):
        return None
    # Up to two adjectives between owner and noun: 'his repeated calls for', "Roe's latest claim that".
    j = i - 1
    while j >= 0 and i - j <= 2 and (toks[j].low in NOMINAL_MODIFIERS
                                     or (toks[j].low.endswith(("ed", "est")) and toks[j].low not in VERB_FORMS)):
        j -= 1
    if j < 0:
        return None
    owner = toks[j]
    if owner.quoted:
        return None
    if owner.low in POSSESSIVE_PRONOUNS:
        return Found((i, cue_end), (j, j + 1), "NOMINAL: possessive + speech-act noun", 0.6)
    if owner.cap and owner.low.endswith(("'s", "’s")):
        s = j
        while s > 0 and (toks[s - 1].cap or toks[s - 1].low in {".", "-"}) and not toks[s - 1].quoted \
                and j - s < 5 and toks[s - 1].low not in INTRO_WORDS:
            s -= 1
        if s > 0 and toks[s - 1].low in {"the", "a", "an"}:
            return None  # "the Times's report": an outlet's article, a different construction
        while s < j and toks[s].low in {".", "-"}:
            s += 1
        return Found((i, cue_end), (s, j + 1), "NOMINAL: owner's speech-act noun", 0.65)
    return None


def find(toks: list[Tok]) -> list[Found]:
    """All attributions of one sentence, in textual order."""
    found: list[Found] = []
    n = len(toks)
    if n == 0:
        return found
    label = _speaker_label(toks) or _dash_credit(toks)
    if label:
        found.append(label)
    headline = None  # computed only when a capitalised verb needs it
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
        if low == "in" and i + 1 < n:
            poll = _in_poll(toks, i)
            if poll:
                found.append(Found((i, i + 1), poll, "IN-POLL: result reported in a poll or survey", 0.7))
                i = poll[1]
                continue
        if low in NOMINAL_CUES and i > 0 and not t.cap:
            nom = _nominal_cue(toks, i)
            if nom:
                found.append(nom)
                i = nom.cue[1]
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
        if info is not None and t.cap and i > 0 and headline is None:
            headline = _headline(toks)
        if info is None or (t.cap and i > 0 and not (headline and VERB_FORMS[low][0] in STRONG_LEMMAS)):
            i += 1
            continue
        lemma, form = info
        cs, ce = _cue_extent(toks, i, lemma)
        prev = toks[cs - 1] if cs > 0 else None
        nxt = toks[ce] if ce < n else None
        strong = lemma in STRONG_LEMMAS
        if i + 2 < n and ((lemma in {"ask", "request"} and toks[i + 1].low in {"not", "to", "for"})
                          or (lemma == "decline" and toks[i + 1].low == "to" and toks[i + 2].low == "be")):
            # 'who asked not to be named', 'declined to be identified': a condition, not a reporting act.
            i = ce
            continue
        if lemma in STANCE_LEMMAS and not _stance_complement(toks, ce):
            i = ce
            continue
        if lemma == "rule" and not _ruling_complement(toks, ce):
            i = ce
            continue
        final_only = False
        if (lemma in NOUN_LIKE and form in {"base", "3sg"}) or lemma == "continue":
            if (nxt is None or nxt.low in {".", "!", "?"}) and lemma != "continue" and cs == i and prev is not None \
                    and ((prev.low.endswith("s") and not prev.cap and prev.low not in POSSESSIVE)
                         or (form == "3sg" and (prev.cap or prev.low in {"he", "she", "it"}))):
                final_only = True  # '..., recent surveys show.': only as a sentence-final attribution
            elif nxt is None or not (nxt.low in COMPLEMENT_START or (nxt.cap and lemma != "continue")
                                     or nxt.low in QUOTES_OPEN):
                i += 1
                continue
            if lemma == "continue" and (nxt.low not in {",", ":", "“", '"', "''", "``"} or cs < i):
                i += 1  # 'talks are continuing, he said' is no cue; 'he continued: ...' is
                continue
            if cs == i and prev is not None and (prev.low in DETERMINERS or prev.low in POSSESSIVE
                                                 or prev.low.endswith(("'s", "’s"))):
                i += 1
                continue
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
            if cs >= 2 and toks[cs - 2].low in CATENATIVES and not toks[cs - 2].quoted and lemma not in COGNITION_ONLY:
                # 'protesters continued to call for', 'she began to argue': one cue
                cs = _cue_extent(toks, cs - 2, "continue")[0]
                prev = toks[cs - 1] if cs > 0 else None
            else:
                i += 1
                continue
        if form == "ger" and not any(toks[x].low in AUX for x in range(cs, i)):
            if prev is not None and prev.low in {",", "and"} or (prev is not None and _adverb(prev)):
                subj = _clause_subject(toks, found, cs)
                if subj:
                    found.append(Found((cs if prev.low not in {",", "and"} else i, ce), subj,
                                       "PARTICIPLE: main-clause subject", 0.7 if strong else 0.6))
            elif prev is not None and (prev.cap or prev.low in {"him", "her", "them"}) and not prev.quoted:
                src = left_np(toks, _subject_end(toks, cs))
                if src and _name_like(toks, *src) or prev.low in {"him", "her", "them"}:
                    found.append(Found((i, ce), src or (cs - 1, cs), "GERUND: named speaker + participle", 0.6))
            i = ce
            continue
        # Coordinated verb phrase: '... and said ...'.
        if prev is not None and prev.low in {"and", "but"} and cs > 1 and not toks[cs - 2].low == ",":
            src = left_np(toks, _subject_end(toks, cs))
            if src is None:
                subj = _clause_subject(toks, found, cs)
                if subj:
                    found.append(Found((cs, ce), subj, "COORDINATED-VP: main-clause subject", 0.65))
                i = ce
                continue
        src = left_np(toks, _subject_end(toks, cs), final=_final_cue(toks, ce))
        if src is not None:
            if form == "base" and toks[src[1] - 1].low in {"he", "she", "it"} and cs == i:
                i = ce
                continue
            before = toks[src[0] - 1].low if src[0] > 0 else ""
            final = ce >= n or toks[ce].low in {".", "!", "?", ";"}
            if final_only and before not in FINAL_ONLY_BEFORE:
                i = ce
                continue
            if not (final and before == ",") and before not in {"which", "what", "whom", "but", "though",
                                                                  "although", "however"} \
                    and _nested(found, toks, cs):
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
            prev is None or prev.low in {",", "”", '"', "’", "''"}
        ):
            src = right_np(toks, ce, inverted=True)
            if src and src[1] < n and not _ends_inverted_subject(toks[src[1]]):
                src = None  # 'said parents still want': a clause follows, the verb is not inverted
            if src:
                found.append(Found((cs, ce), src, "VERB-SUBJ: inverted reporting verb", 0.85))
                i = src[1]
                continue
        i = ce
    if label and len(found) > 1:
        found = [found[0]] + [f for f in found[1:] if f.cue != label.cue]
    return found


def _stance_complement(toks: list[Tok], ce: int) -> bool:
    """After an evaluative verb, does a proposition follow its object? 'attacked the plan as a
    giveaway', 'praised the staff for acting fast', 'accused her of lying', 'blasted it: "..."',
    '..., saying ...'. A bare object ('praised the volunteers.') reports no claim."""
    n = len(toks)
    j = ce
    while j < n and j - ce < 14:
        t = toks[j]
        low = t.low
        if t.quoted or low in STANCE_COMPLEMENT:
            return j > ce or low not in {"for", "of", "over"}  # 'called for' is a different verb
        if low == "," and j + 1 < n and toks[j + 1].low.endswith("ing") and toks[j + 1].low in VERB_FORMS:
            return True  # ', saying ...', ', calling ...'
        if low in {".", "!", "?", ";", ",", "and", "but", "after", "before", "when", "while", "because"}:
            return False
        j += 1
    return False


def _ruling_complement(toks: list[Tok], ce: int) -> bool:
    """'ruled that ...', 'ruled Friday against ...': a decision with content, not 'ruled the country'."""
    for j in range(ce, min(len(toks), ce + 3)):
        if toks[j].low in {"that", "against", "unconstitutional", "illegal", "invalid", "unlawful"}:
            return True
        if toks[j].low == "in" and j + 1 < len(toks) and toks[j + 1].low == "favor":
            return True
    return False


FINAL_ONLY_BEFORE = {",", '"', "”", "''", "?", "!"}
CATENATIVES = {"continue", "continues", "continued", "continuing", "began", "begin", "begins", "begun", "start",
               "started", "starts", "repeatedly", "went", "go", "goes"}
COGNITION_ONLY = {"think", "believe", "feel", "fear", "worry", "hope", "expect", "know", "doubt", "suspect", "want"}


ADJUNCT_STARTS = {"in", "on", "at", "during", "last", "this", "earlier", "late", "via", "through", "after",
                  "before", "early", "recently", "later"}


def _final_cue(toks: list[Tok], ce: int) -> bool:
    """Nothing reported follows the cue: only the end of the sentence, a comma, or an adjunct
    such as 'in a June report' or 'on Tuesday'."""
    n = len(toks)
    j = ce
    if j >= n or toks[j].low in {".", "!", "?", ";", ","}:
        return True
    if toks[j].low not in ADJUNCT_STARTS and toks[j].low not in TIME_AFTER_CUE:
        return False
    while j < n and j - ce < 12:
        low = toks[j].low
        if low in {".", "!", "?", ";", ","}:
            return True
        if low == "that" or toks[j].quoted or (low in VERB_FORMS and VERB_FORMS[low][1] not in {"base", "3sg"}):
            return False
        j += 1
    return j >= n


AFTER_INVERTED_SUBJECT = {"on", "in", "at", "during", "after", "before", "last", "this", "as", "while", "when",
                          "from", "to", "earlier", "later", "with", "following", "about", "of", "for", "and",
                          "but", "because", "outside", "inside", "via", "through", "over", "shortly", "early",
                          "late", "recently", "afterward", "afterwards", "then"}


def _ends_inverted_subject(t: Tok) -> bool:
    """Can t follow the subject of an inverted cue ('..., said Jane Roe on Monday.')?"""
    low = t.low
    return not low[:1].isalnum() or t.cap or low in AFTER_INVERTED_SUBJECT or low in TIME_AFTER_CUE


def _is_outlet_recipient(toks: list[Tok], span: tuple[int, int]) -> bool:
    from .gazetteer import lookup

    text = " ".join(toks[x].text for x in range(*span))
    hit = lookup(text)
    return (hit is not None and hit[1] == "news_outlet") or text.lower() in RECIPIENTS
