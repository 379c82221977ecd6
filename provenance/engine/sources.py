"""Source types and resolution of pronouns and definite descriptions to earlier sources."""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .lexicon import (
    ANONYMITY_MARKERS,
    DETERMINERS,
    DOCUMENT_HEADS,
    GOVERNMENT_WORDS,
    OFFICIAL_WORDS,
    PERSON_NOUNS,
    SOCIAL_WORDS,
    TITLES,
    VAGUE_DETERMINERS,
    VAGUE_HEADS,
)

WORD = re.compile(r"[^\W_]+(?:[-.'’&][^\W_]+)*\.?|@\w+")
ANON = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in ANONYMITY_MARKERS) + r")\b", re.IGNORECASE)
PRONOUN_TYPES = {"he": "person", "she": "person", "i": "person", "we": None, "they": None, "it": None,
                 "who": None, "which": None, "you": "person"}
# Definite descriptions and the source types they can point back to.
DEFINITE_HEADS = {
    "company": ("official",), "firm": ("official",), "campaign": ("official",), "spokesperson": ("official",),
    "spokesman": ("official",), "spokeswoman": ("official",), "group": ("official",),
    "organization": ("official",), "organisation": ("official",), "agency": ("government",),
    "department": ("government",), "ministry": ("government",), "administration": ("government",),
    "commission": ("government",), "officials": ("government", "anonymous"), "official": ("government", "anonymous"),
    "journal": ("news_outlet",), "newspaper": ("news_outlet",), "paper": ("news_outlet",),
    "outlet": ("news_outlet",), "network": ("news_outlet",), "times": ("news_outlet",), "post": ("news_outlet",),
    "study": ("document",), "report": ("document", "news_outlet"), "filing": ("document",),
    "survey": ("document",), "poll": ("document",), "people": ("anonymous",), "sources": ("anonymous",),
    "source": ("anonymous",), "person": ("anonymous", "person"), "president": ("government", "person"),
    "senator": ("government",), "governor": ("government",), "mayor": ("government",),
    "secretary": ("government",), "minister": ("government",), "nominee": ("person", "government"),
    "candidate": ("person", "government"), "businessman": ("person",), "executive": ("person", "official"),
}


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=8192)
def classify(text: str) -> str:
    """Source type of a source span (anonymity markers first)."""
    ws = words(text)
    if not ws:
        return "unspecified"
    lows = [w.lower() for w in ws]
    if ANON.search(text):
        return "anonymous"
    hit = gazetteer.lookup(text) or gazetteer.lookup(" ".join(ws))
    if hit:
        return hit[1]
    if any(w in SOCIAL_WORDS for w in lows) or any(w.startswith("@") for w in ws):
        return "social_media"
    head = _head(ws)
    hl = head.lower()
    inner = gazetteer.find_inside(ws)
    if hl in DOCUMENT_HEADS:
        if inner and inner[1] == "news_outlet" and hl in {"report", "story", "article", "analysis", "reporting"}:
            return "news_outlet"
        if hl in {"statement", "release"}:
            return "official"
        return "document"
    if inner and inner[1] == "news_outlet" and hl in {"reporters", "reporter", "journalists", "correspondent",
                                                      "editors", "board", "staff"}:
        return "news_outlet"
    if lows[0] in VAGUE_DETERMINERS or (hl in VAGUE_HEADS and not any(w[:1].isupper() for w in ws[1:])):
        return "unspecified"
    if any(w in {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "statement"} for w in lows):
        return "official"
    if inner and inner[1] in {"government", "news_outlet", "social_media"}:
        return inner[1]
    if any(w in GOVERNMENT_WORDS for w in lows):
        return "government"
    if any(w in OFFICIAL_WORDS for w in lows):
        return "official"
    if hl in PERSON_NOUNS or lows[0] in TITLES or any(w in TITLES for w in lows):
        return "person"
    if ws[0][:1].isupper() and lows[0] not in DETERMINERS:
        return "person"
    if any(w[:1].isupper() for w in ws[1:]):
        return "official"
    return "unspecified"


def _head(ws: list[str]) -> str:
    """Head noun: the last word before 'of/for/at/who/,' style modifiers."""
    cut = len(ws)
    for i, w in enumerate(ws):
        if i > 0 and w.lower() in {"of", "for", "at", "from", "with", "who", "which", "in", "on", "by", "close"}:
            cut = i
            break
    return ws[cut - 1] if cut else ws[-1]


def core_name(text: str) -> str:
    """The name part of a span: before the first comma or parenthesis, without a leading 'the'."""
    base = re.split(r"\s*[,(]", text, maxsplit=1)[0].strip()
    return base


class Resolver:
    """Keeps the sources mentioned so far in a document and resolves later references."""

    def __init__(self) -> None:
        self.history: list[tuple[str, str, str]] = []  # (surface, canonical, type)

    def resolve(self, text: str, kind: str) -> tuple[str, str]:
        """(canonical, type) for a source span; records it for later references."""
        ws = words(text)
        low = text.strip().lower()
        if low in PRONOUN_TYPES:
            wanted = PRONOUN_TYPES[low]
            for _surface, canonical, typ in reversed(self.history):
                if wanted == "person" and typ not in {"person", "government"}:
                    continue
                if low == "it" and typ in {"person"}:
                    continue
                if wanted == "person" and " " not in canonical and typ == "government" and canonical[:1].isupper():
                    pass
                return canonical, typ
            return text, wanted or "unspecified"
        hit = gazetteer.lookup(text) or (gazetteer.lookup(" ".join(ws)) if ws else None)
        if hit:
            self.history.append((text, hit[0], hit[1]))
            return hit
        if ws and ws[0].lower() == "the" and len(ws) <= 3:
            head = ws[-1].lower()
            types = DEFINITE_HEADS.get(head)
            if types:
                for surface, canonical, typ in reversed(self.history):
                    if typ in types or head in surface.lower():
                        return canonical, typ
        name = core_name(text)
        # A surname or 'Mr. Surname' pointing back to an earlier full name.
        nws = words(name)
        if nws and nws[-1][:1].isupper():
            last = nws[-1]
            for _surface, canonical, typ in reversed(self.history):
                cws = canonical.split()
                if len(cws) > len(nws) - (1 if nws[0].lower() in TITLES else 0) and cws and cws[-1] == last:
                    self.history.append((text, canonical, typ))
                    return canonical, typ
        canonical = name if kind in {"person", "government", "official", "news_outlet"} else text.strip()
        self.history.append((text, canonical, kind))
        return canonical, kind
