"""What a claim asserts, as comparable features: terms, numbers, named entities, negation, sources.

The attribution is cut out first (the source's name and the reporting verb, as the engine or an
editor marked them), so "Mayor Ruiz told the Ledger that the city will close 700 beds" and "the
Ledger reported that, according to Ruiz, the city plans to shut roughly seven hundred beds"
compare on what is asserted, not on who is quoted. Who is quoted is kept apart (`sources`).

Features are plain data (JSON-serialisable) so they can be stored beside the claim and compared
without recomputing; `FEATURES_VERSION` changes whenever the output for a text would.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import snowballstemmer
from text_to_num import alpha2digit

FEATURES_VERSION = 2
MAX_CHARS = 4000  # of a claim's text
MAX_WORD = 40  # letters in a search term

# --- word lists ------------------------------------------------------------------------------------

STOPWORDS = frozenset(
    """a about above across after again against all almost along also although am among an and another any
    anyone are around as at be became because been before being below between both but by can could did do
    does doing down during each either else even ever every few for from further had has have having he her
    here hers herself him himself his how however i if in into is it its itself just least less like made
    make many may me might more most much must my myself near nearly next now of off on once one only onto
    or other others our ours ourselves out over own per perhaps quite rather same she should since so some
    such than that the their theirs them themselves then there these they this those though through thus to
    too under until up upon us very via was we were what whatever when where whether which while who whom
    whose why will with within would yet you your yours yourself
    roughly approximately some around estimated nearly almost about just over under least
    said says say saying told tells tell telling according reportedly reported reports added adds noted
    claimed claims claim stated statement announced announces confirmed confirms
    plans plan planned planning expected expects wants want going
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks month months
    year years day days percent per cent""".split()
)
# A plain verb stays a term ("plan" the noun would be lost otherwise, so only the forms above go).
STOPWORDS = STOPWORDS - {"plan"}

NEGATION_WORDS = frozenset(
    """not no never none nobody nothing neither nor cannot deny denies denied denying denial denials refute
    refutes refuted refuting false untrue baseless unfounded""".split()
)
_NEGATION_CONTRACTION = re.compile(r"\w(?:n't|n’t)\b", re.I)

# Titles before a name: "Mayor Elena Ruiz" and "Ruiz" are one person.
TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame gov governor sen senator rep representative mayor president
    vice secretary minister chancellor chief judge justice general gen col capt officer commissioner
    director chairman chairwoman chair ceo cfo spokesman spokeswoman spokesperson deputy councilman
    councilwoman councillor council member superintendent inspector sheriff attorney""".split()
)
ORG_SUFFIXES = frozenset("inc corp co ltd llc plc group".split())
DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
ENTITY_CONNECTORS = frozenset({"of", "de", "la", "van", "von", "for", "and", "&", "del", "da"})

# Common news verbs and nouns said in several ways, by stem. Small on purpose: every entry must be
# a paraphrase in any story ("shut" the plant = "close" it), never a guess about one story.
SYNONYMS = {
    "shut": "close", "closur": "close",
    "slash": "cut", "reduc": "cut", "trim": "cut", "elimin": "cut", "axe": "cut",
    "rose": "rise", "risen": "rise", "increas": "rise", "climb": "rise", "jump": "rise", "grew": "rise",
    "grow": "rise", "hike": "rise", "boost": "rise", "soar": "rise",
    "fell": "fall", "fallen": "fall", "drop": "fall", "declin": "fall", "decreas": "fall", "plung": "fall",
    "sank": "fall", "slump": "fall", "tumbl": "fall",
    "acquir": "buy", "purchas": "buy", "bought": "buy",
    "employe": "worker", "staff": "worker", "staffer": "worker", "workforc": "worker",
    "fire": "dismiss", "sack": "dismiss", "oust": "dismiss",
    "prohibit": "ban", "outlaw": "ban",
    "probe": "investig", "inquiri": "investig",
    "lawsuit": "sue", "su": "sue",
    "resign": "quit",
    "die": "kill", "dead": "kill", "death": "kill",
    "hurt": "injur", "wound": "injur",
    "firm": "compani",
    "vehicl": "car",
    "kid": "child", "children": "child",
    "approv": "approv", "pass": "approv", "rais": "rise",
    "spend": "spend", "spent": "spend",
    "began": "begin", "begun": "begin", "start": "begin",
}

# --- numbers ---------------------------------------------------------------------------------------

_SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "millions": 10**6, "m": 10**6, "mn": 10**6,
    "billion": 10**9, "billions": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
    "1000": 10**3, "1000000": 10**6, "1000000000": 10**9, "1000000000000": 10**12,
}
# A number, then optionally a scale (alpha2digit turns "1.2 million" into "1.2 1000000") and a percent.
_NUMBER = re.compile(
    r"(?<![\w.])(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|millions?|billions?|trillion|bn|mn|tn|k|m|b|1000|1000000|1000000000|1000000000000)\b)?"
    r"(?:\s*(?P<pct>%|percent\b|per\s+cent\b|percentage\s+points?\b))?",
    re.I,
)
_FRACTIONS = {"half": "0.5", "third": "0.333", "thirds": "0.667", "quarter": "0.25", "quarters": "0.75"}
_FRACTION = re.compile(r"\b(one|a|two|three)[\s-](half|third|thirds|quarter|quarters)\b", re.I)
_DOZEN = re.compile(r"\b(a|one|two|three|half a)\s+dozen\b", re.I)


def _canonical(value: Decimal) -> str:
    """A number as a search term: 700, 3400, 4500000000, 2p5 (no dot: terms are plain word characters)."""
    value = value.quantize(Decimal("0.001")) if value != value.to_integral_value() else value.to_integral_value()
    text = format(value.normalize(), "f")
    return text.replace(".", "p").replace("-", "minus")


def display_number(term: str) -> str:
    """A canonical number as people write it: "2p5pct" -> "2.5%", "3400" -> "3,400"."""
    pct = term.endswith("pct")
    body = term[:-3] if pct else term
    body = body.replace("minus", "-").replace("p", ".")
    try:
        value = Decimal(body)
    except InvalidOperation:
        return term
    shown = f"{value:,f}" if value != value.to_integral_value() else f"{int(value):,}"
    return shown + ("%" if pct else "")


def extract_numbers(text: str) -> list[str]:
    """Canonical numbers in the text, in order: digits and words alike ("seven hundred" == "700")."""
    text = _DOZEN.sub(lambda m: {"a": "12", "one": "12", "two": "24", "three": "36", "half a": "6"}[m[1].lower()], text)
    out = []
    for m in _FRACTION.finditer(text):
        out.append(_fraction_value(m[1], m[2]))
    digits = alpha2digit(text, "en")
    for m in _NUMBER.finditer(digits):
        try:
            value = Decimal(m["value"].replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
            continue
        scale = (m["scale"] or "").lower()
        if scale:
            value *= _SCALES[scale]
        term = _canonical(value)
        out.append(f"{term}pct" if m["pct"] else term)
    return out


def _fraction_value(count: str, part: str) -> str:
    n = {"one": 1, "a": 1, "two": 2, "three": 3}[count.lower()]
    base = {"half": Decimal("0.5"), "third": Decimal(1) / 3, "thirds": Decimal(1) / 3,
            "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}[part.lower()]
    return _canonical((base * n * 100).quantize(Decimal(1))) + "pct"


# --- entities --------------------------------------------------------------------------------------

_CAP_TOKEN = re.compile(r"[A-Z][\w&'’.\-]*|[A-Z]")
_TOKEN = re.compile(r"[\w&'’.\-]+")


def _clean_name_token(token: str) -> str:
    token = token.casefold()
    for suffix in ("'s", "’s"):
        if token.endswith(suffix):
            token = token[: -len(suffix)]
    return token.strip(".'’-")


# Words that open a sentence capitalised without being names, beyond the stopwords.
OPENERS = frozenset("""however meanwhile despite instead still overall together separately elsewhere already
    earlier later last next first then now""".split())


def _opening_name(word: str) -> bool:
    """Whether a lone capitalised word opening a sentence is taken for a name ("Tillbury will...").

    Without a tagger this is a guess: acronyms are names; plurals, -ing and -ion words and the
    usual openers are not ("Officials", "Opening", "Completion", "However").
    """
    if word.isupper() and len(word) > 1:
        return True
    folded = _clean_name_token(word)
    return not (folded in STOPWORDS or folded in OPENERS or folded.endswith(("s", "ing", "ion", "ed", "ly")))


def extract_entities(text: str, *, sentence: bool = True) -> list[str]:
    """Capitalised names in the text (titles and a leading "the" dropped), lower-cased.

    In a sentence, a lone capitalised word that opens it is taken only when it does not look like
    an ordinary word ("Tillbury will..." yes, "Officials said..." no; see _opening_name).
    `sentence=False` for a name on its own (a cited source's name).
    """
    entities: list[str] = []
    tokens = list(_TOKEN.finditer(text))
    first_word = next((i for i, t in enumerate(tokens) if t[0][0].isalpha()), None)
    i = 0
    while i < len(tokens):
        tok = tokens[i][0]
        if not tok[0].isupper() or _clean_name_token(tok) in DATE_WORDS:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(tokens):
            nxt = tokens[j][0]
            gap = text[tokens[j - 1].end() : tokens[j].start()]
            if gap not in (" ",):
                break
            if nxt[0].isupper() and _clean_name_token(nxt) not in DATE_WORDS:
                run.append(j)
                j += 1
                continue
            if (
                nxt.casefold() in ENTITY_CONNECTORS
                and j + 1 < len(tokens)
                and tokens[j + 1][0][:1].isupper()
                and text[tokens[j].end() : tokens[j + 1].start()] == " "
            ):
                run.extend([j, j + 1])
                j += 2
                continue
            break
        words = [_clean_name_token(tokens[k][0]) for k in run]
        # Only a few characters back: a long text must not be re-read for every name in it.
        before = text[max(0, tokens[run[0]].start() - 8) : tokens[run[0]].start()].rstrip()
        opens_sentence = run[0] == first_word or before.endswith((".", ":", "“", '"'))
        if sentence and opens_sentence and len(words) == 1 and not _opening_name(tokens[run[0]][0]):
            words = []
        while words and (words[0] in STOPWORDS or words[0] in TITLES):
            words = words[1:]
        while words and words[-1] in ORG_SUFFIXES:
            words = words[:-1]
        words = [w for w in words if w and w not in TITLES]
        if words and any(w not in STOPWORDS for w in words):
            name = " ".join(words)
            if name not in entities:
                entities.append(name)
        i = j
    return entities


# --- terms -----------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*", re.UNICODE)
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    stemmed = _stemmer.stemWord(word)
    return SYNONYMS.get(stemmed, SYNONYMS.get(word, stemmed))


def content_words(text: str) -> list[str]:
    words = []
    for m in _WORD.finditer(text):
        w = m[0].casefold().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        # No real word is 40 letters long; a run of letters that is would also be refused by
        # PostgreSQL's full-text index (lexemes are limited in size).
        if w[0].isdigit() or w in STOPWORDS or not 2 <= len(w) <= MAX_WORD or "'" in w:
            continue
        words.append(stem(w))
    return words


def has_negation(text: str) -> bool:
    if _NEGATION_CONTRACTION.search(text):
        return True
    words = {w.casefold() for w in _WORD.findall(text)}
    if words & NEGATION_WORDS:
        return True
    return "no longer" in text.casefold()


# --- one claim -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Features:
    terms: tuple[str, ...]  # stems of the content words, numbers as n<value>; sorted, unique
    numbers: tuple[str, ...]  # canonical numbers of the content
    entities: tuple[str, ...]  # names in the content (not the cited sources)
    negated: bool
    sources: tuple[str, ...]  # names of who is cited (people, organisations), kept apart from the content

    def to_dict(self) -> dict:
        return {"t": list(self.terms), "n": list(self.numbers), "e": list(self.entities), "neg": self.negated,
                "s": list(self.sources), "v": FEATURES_VERSION}

    @classmethod
    def from_dict(cls, data: dict) -> Features:
        return cls(tuple(data.get("t", ())), tuple(data.get("n", ())), tuple(data.get("e", ())),
                   bool(data.get("neg")), tuple(data.get("s", ())))

    @property
    def search_terms(self) -> str:
        """The terms as one space-separated string, for the full-text index."""
        return " ".join(self.terms)


def cut_spans(text: str, spans: Iterable[tuple[int | None, int | None]]) -> str:
    """The text with the given [start, end) spans (offsets into `text`) blanked out, lengths kept."""
    chars = list(text)
    for start, end in spans:
        if start is None or end is None:
            continue
        for k in range(max(0, start), min(len(chars), end)):
            chars[k] = " "
    return "".join(chars)


def claim_features(text: str, *, cut: Sequence[tuple[int | None, int | None]] = (),
                   sources: Iterable[str] = ()) -> Features:
    """Features of one claim. `cut`: spans of the attribution (source names, cues) relative to `text`;
    `sources`: the names of the people and organisations cited (outlets that relay it are not a
    party to the claim, and leave them out; so do unnamed sources, which have no name)."""
    # A "claim" longer than this is a segmentation accident (a table, a list run together); its
    # opening says what it is about, and matching must stay cheap whatever arrives.
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS])
    content = cut_spans(text, cut)
    numbers = extract_numbers(content)
    entities = extract_entities(content)
    words = content_words(alpha2digit(content, "en"))
    terms = sorted(set(words) | {f"n{n}" for n in numbers})
    return Features(
        terms=tuple(terms),
        numbers=tuple(dict.fromkeys(numbers)),
        entities=tuple(entities),
        negated=has_negation(text),
        sources=tuple(dict.fromkeys(name for s in sources for name in extract_entities(s, sentence=False))),
    )
