"""Tokenisation of one sentence: words, punctuation and quotation state.

Every rule walks the token list this module produces. A token knows whether it sits inside
a quotation, so rules can skip reported content. The regex is written so that no input can
make it backtrack (one pass, bounded alternatives).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cue_lexicon import CUE_ADVERBS

# Punctuation that only the last alternative of TOKEN can match, as one character: a fast path
# matches it before the special forms are tried (a test keeps it so).
FAST_PUNCT = ',.;:!?()“”"'
# A lower-case word before a full stop that no letter, digit or hyphen follows (a sentence's last
# word): no special form can take the stop ('a.m.' and 'factcheck.org' have one after it).
FAST_WORD_BEFORE_STOP = r"[a-z]+(?=\.(?![\w-]))"

TOKEN = re.compile(
    # No token starts with whitespace: the lookahead rejects a space at once instead of trying
    # every alternative below on it (the regex then runs about 40% faster; same tokens).
    r"(?=\S)(?:"
    # Fast path: a plain word not followed by anything the special forms below care about.
    r"[A-Za-z][a-z]*(?![\w.'’&-])"
    "|[" + FAST_PUNCT + "]"
    "|" + FAST_WORD_BEFORE_STOP +
    r"|[RDI]-[A-Z]\.[A-Z]\.?(?=[\s,)])"  # party and state labels: D-N.Y., and D-N.Y before a bracket
    r"|(?:[A-Za-z]\.){2,}"  # U.S., a.m.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt|Maj|Adm|Cmdr|St|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft"
    r"|Gens|Sens|Reps|Hon|Supt|Det|Del|Sept|Jan|Feb|Aug|Oct|Nov|Dec|No)\.(?=\s|,)"
    r"|[A-Z]\.(?=\s[A-Z])"  # middle initial
    # 'he’s', 'They’re', 'we’ve', 'I’d': the pronoun is a token of its own (it can be a source).
    r"|(?i:i|you|we|they|he|she|it|that|there|who|what)(?=['’](?:s|re|ve|d|ll|m)\b)|['’](?:s|re|ve|d|ll|m)\b"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]\w)|\d+\.\d+(?!\w)"  # 80,000 and 3.5 are one token
    r"|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co\.uk|us)(?![\w.]\w)"  # Factcheck.org
    r"|[^\W_]+(?:[-'’&][^\W_]+)*"
    r"|--|'(?='')|''|``|[^\w\s]"  # three apostrophes close an inner quotation, then the outer one
    r")"
)

# TOKEN with the gap before it: findall() gives (gap, token) string pairs, cheaper than a Match object per
# token; the offsets are summed from the lengths. Nothing but whitespace and '_' starts no token (the last
# alternatives take any other character), so the gaps hold only those and the tokens are TOKEN's own.
# The end of the text closes the last gap with an empty token (without it a long run of '_' at the end
# would be scanned again from each of its characters).
GAP_TOKEN = re.compile(r"([\s_]*)(?:(" + TOKEN.pattern + r")|\Z)")

QUOTES_OPEN = {"“", "«", "``"}

QUOTES_CLOSE = {"”", "»"}

QUOTE_TOGGLE = {'"', "''"}

QUOTE_KIND = {**{q: 0 for q in QUOTE_TOGGLE}, **{q: 1 for q in QUOTES_OPEN}, **{q: 2 for q in QUOTES_CLOSE}}

HARD_STOPS = {";", ":", "—", "–", "--", "“", "”", '"', "''", "``", "«", "»", "!", "?", "[", "―"}

NOT_ADVERB_LY = {"family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "italy", "july",
                 "belly", "bully", "holly", "lily", "fly", "daily", "weekly", "monthly", "quarterly", "tally",
                 "jelly", "folly", "gully", "sully", "dolly", "reply", "apply", "comply", "imply", "multiply",
                 "butterfly", "firefly", "homily", "lolly", "melancholy", "rely", "doily", "ugly", "bodily"}


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    quoted: bool
    cap: bool = False


def tokenize(text: str, a: int, b: int, quoted: bool) -> tuple[list[Tok], bool]:
    """Tokens of text[a:b] with a flag for being inside a quotation; returns the state at the end."""
    out: list[Tok] = []
    append = out.append
    kinds = QUOTE_KIND
    e = a
    for gap, t in GAP_TOKEN.findall(text, a, b):
        if not t:
            break  # the end of the text
        s = e + len(gap)
        e = s + len(t)
        if t not in kinds:
            # 'A WHO spokesman', 'WHO officials said': the capitalised acronym is a name, never the relative
            # 'who' (a rule reading 'who' would cut the source after it); it keeps its letters as 'U.S.' does.
            append(Tok(s, e, t, t.lower() if t != "WHO" else "w.h.o.", quoted, t[0].isupper()))
            continue
        kind = kinds[t]
        if kind == 1 and quoted and s > 0 and (text[s - 1] in ",.?!" or text[s - 1].isalnum()):
            # a typo for the closing mark: '“It is unusual,“ said Roe', 'an “expedited review“ of' (an opening
            # mark follows a space or a bracket, never the end of a word)
            kind = 2
        quoted = (not quoted) if kind == 0 else (kind == 1)
        append(Tok(s, e, t, "”" if kind == 2 else t, False))
    return out, quoted


def is_cap(t: Tok) -> bool:
    return t.cap


def is_adverb(t: Tok) -> bool:
    return t.low in CUE_ADVERBS or (t.low.endswith("ly") and len(t.low) > 4 and t.low not in NOT_ADVERB_LY
                                    and not t.cap)
