"""Resolution of later references to earlier sources in the same article.

Pronouns ("she", "it"), definite descriptions ("the company", "the agency"), surnames and
"Mr. Surname", and outlet short names ("the Tribune") resolve to a canonical name seen before.
"""

from __future__ import annotations

import re

from . import gazetteer
from .lexicon import OUTLET_HEADS, TITLES
from .source_types import outlet_inside, words

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
        if ws and len(ws) <= 3 and ws[0].lower() == "the" and ws[-1].lower() in OUTLET_HEADS:
            # 'the Tribune' after 'the Millbrook Tribune': the outlet this article already named.
            head = ws[-1].lower()
            for _surface, canonical, typ in reversed(self.history):
                if typ == "news_outlet" and head in canonical.lower().split():
                    self.history.append((text, canonical, typ))
                    return canonical, typ
        hit = gazetteer.lookup(text) or (gazetteer.lookup(" ".join(ws)) if ws else None)
        if hit:
            self.history.append((text, hit[0], hit[1]))
            return hit
        if kind == "news_outlet" and ws:
            inner = gazetteer.find_inside(ws) or outlet_inside(ws)
            if inner and len(ws) <= 4 and inner[0] in {" ".join(ws), " ".join(ws[1:])}:
                inner = None  # 'the Gazette' itself: look for the full name mentioned earlier
            if inner:
                self.history.append((text, inner[0], "news_outlet"))
                return inner[0], "news_outlet"
            head = ws[-1].lower()
            if head in OUTLET_HEADS:
                for _surface, canonical, typ in reversed(self.history):
                    if typ == "news_outlet" and head in canonical.lower().split():
                        self.history.append((text, canonical, typ))
                        return canonical, typ
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
