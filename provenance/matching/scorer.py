"""How alike two claims are: a weighted overlap of their terms, with vetoes.

Words alone mislead in the news: "the city will close 700 beds" and "the city will close 500
beds", or "Harbor City will close..." and "Port Lewis will close...", or "...will close 700 beds"
and "Ruiz denied that the city will close 700 beds" share nearly every word and are different
claims. So:
- a negation on one side only is not a match (a denial, "did not", "no longer");
- a figure on each side that the other does not have is not a match (a different number);
  a figure only one side gives is a detail it adds, and fine;
- a name on each side that the other does not mention is not a match (a different party; the
  people and organisations cited count, the outlets relaying the claim do not);
- opposite verbs on the two sides ("rose" / "fell", "hire" / "lay off") are not a match.
What is left is scored by weighted overlap (numbers weigh most, then names, then words), the mean
of the overlap coefficient (a relay that adds "the Journal reported" stays close) and Dice (a
short claim inside a long one does not score 1 on its own).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .features import Features, display_number, stem

# Chosen by bench/matching.py on the project's evaluation set (pair F1 over thresholds).
THRESHOLD = 0.5
NUMBER_WEIGHT = 3.0
NAME_WEIGHT = 2.0
WORD_WEIGHT = 1.0
MIN_SHARED = 3.0  # at least a number, or three words, in common
SAME_SOURCE_BONUS = 0.05


@dataclass(frozen=True)
class Score:
    value: float
    veto: str = ""  # why it cannot be a match, when vetoed
    shared: dict = field(default_factory=dict)  # what the two have in common, for editors

    @property
    def is_match(self) -> bool:
        return not self.veto and self.value >= THRESHOLD

    def reasons(self) -> dict:
        return {"veto": self.veto, **self.shared} if self.veto else dict(self.shared)


# Words that say opposite things of the same subject ("shares rose" / "shares fell"): one on each
# side, and neither side has the other's, is a contradiction, not a paraphrase. By stem (after the
# synonyms of features.SYNONYMS).
OPPOSITES = [
    ({"rise"}, {"fall", "cut"}),
    ({"open", "reopen"}, {"close"}),
    ({"hire"}, {"lay", "dismiss", "cut"}),
    ({"add"}, {"end", "cut"}),
    ({"win", "won"}, {"lose", "lost"}),
    ({"approv", "accept"}, {"reject", "veto"}),
    ({"support", "favour", "favor"}, {"against", "oppos"}),
]


def _names(f: Features) -> list[tuple[str, frozenset[str]]]:
    return [(name, frozenset(name.split())) for name in dict.fromkeys((*f.entities, *f.sources))]


def _mentioned(words: frozenset[str], other_names: list[tuple[str, frozenset[str]]], other_terms: set[str]) -> bool:
    """A name is the same party when one name's words are all in the other's ("Ruiz" in "Elena
    Ruiz"), or all of its words occur in the other claim. Sharing a word is not enough: "Corvan
    Motors" is not "Brightline Motors"."""
    if any(words <= theirs or theirs <= words for _, theirs in other_names):
        return True
    return all(stem(w) in other_terms for w in words)


def _opposed(a_terms: set[str], b_terms: set[str]) -> str:
    for one, other in OPPOSITES:
        a1, a2, b1, b2 = a_terms & one, a_terms & other, b_terms & one, b_terms & other
        if (a1 and b2 and not a2 and not b1) or (a2 and b1 and not a1 and not b2):
            return sorted(a1 | a2)[0] + " / " + sorted(b1 | b2)[0]
    return ""


def score(a: Features, b: Features) -> Score:
    if a.negated != b.negated:
        return Score(0.0, "negation")
    a_terms, b_terms = set(a.terms), set(b.terms)
    only_a = [n for n in a.numbers if n not in b.numbers]
    only_b = [n for n in b.numbers if n not in a.numbers]
    if only_a and only_b:
        return Score(0.0, "different figures", {"figures": [display_number(only_a[0]), display_number(only_b[0])]})
    a_names, b_names = _names(a), _names(b)
    a_unmatched = [name for name, words in a_names if not _mentioned(words, b_names, b_terms)]
    b_unmatched = [name for name, words in b_names if not _mentioned(words, a_names, a_terms)]
    if a_unmatched and b_unmatched:
        return Score(0.0, "different names", {"names": [a_unmatched[0], b_unmatched[0]]})
    if opposed := _opposed(a_terms, b_terms):
        return Score(0.0, "opposite", {"terms": [opposed]})

    numbers = {f"n{n}" for n in (*a.numbers, *b.numbers)}
    names = {stem(w) for _, words in (*a_names, *b_names) for w in words}

    def weight(term: str) -> float:
        if term in numbers:
            return NUMBER_WEIGHT
        if term in names:
            return NAME_WEIGHT
        return WORD_WEIGHT

    common = a_terms & b_terms
    shared = sum(weight(t) for t in common)
    wa = sum(weight(t) for t in a_terms)
    wb = sum(weight(t) for t in b_terms)
    if not wa or not wb or shared < MIN_SHARED:
        return Score(0.0, "", {"terms": sorted(common)})
    overlap = shared / min(wa, wb)
    dice = 2 * shared / (wa + wb)
    value = 0.5 * overlap + 0.5 * dice
    if set(a.sources) & set(b.sources):
        value += SAME_SOURCE_BONUS
    details = {
        "figures": [display_number(n) for n in a.numbers if n in b.numbers],
        "names": sorted(name for name, words in a_names if _mentioned(words, b_names, b_terms)),
        "terms": sorted(common),
    }
    return Score(round(min(1.0, value), 4), "", details)
