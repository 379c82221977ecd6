"""Load the editable gazetteers next to this file into lookup tables.

gazetteer.json: outlets, agencies, companies with their aliases and types. places.json:
countries with their capitals, and U.S. states, which as a source stand for a government
('Beijing said', 'the U.S. warned'). The entry points for other layers are ``lookup(text)``,
``find_inside(words)`` and ``is_place(text)``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

# The package's own files, found through its import spec: a compiled module's __file__ does not name
# the directory it was loaded from (see provenance/engine/compile.py).
_HERE = files(__name__.rpartition(".")[0])
PATH = _HERE / "gazetteer.json"
PLACES_PATH = _HERE / "places.json"


@lru_cache(maxsize=1)
def entries() -> dict[str, tuple[str, str]]:
    """Alias (exact surface, plus 'The ...' variants) -> (canonical, type)."""
    data = json.loads(PATH.read_text(encoding="utf-8"))
    table: dict[str, tuple[str, str]] = {}
    for entry in data["entries"]:
        value = (entry["canonical"], entry["type"])
        for alias in [entry["canonical"], *entry["aliases"]]:
            for variant in _variants(alias):
                table.setdefault(variant, value)
    return table


@lru_cache(maxsize=1)
def with_places() -> dict[str, tuple[str, str]]:
    """entries() plus the places, typed government (a gazetteer entry wins a clash)."""
    table = dict(entries())
    for surface, canonical in places().items():
        table.setdefault(surface, (canonical, "government"))
    return table


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place name (exact surface, with 'the' variants) -> canonical country or state."""
    data = json.loads(PLACES_PATH.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for entry in data["entries"]:
        for alias in [entry["canonical"], *entry["aliases"]]:
            for variant in _variants(alias):
                table.setdefault(variant, entry["canonical"])
    return table


def is_place(text: str) -> bool:
    """The whole text names a country, a capital or a U.S. state."""
    return text.strip() in places()


def _variants(alias: str) -> list[str]:
    out = [alias]
    if alias.startswith("the "):
        out += ["The " + alias[4:]]
    elif alias.startswith("The "):
        out += ["the " + alias[4:], alias[4:]]
    else:
        out += ["the " + alias, "The " + alias]
    return out


def lookup(text: str) -> tuple[str, str] | None:
    """(canonical, type) when the whole text names a gazetteer entry or a place."""
    return with_places().get(text.strip())


@lru_cache(maxsize=1)
def alias_starts() -> frozenset[str]:
    """The first word of every alias in entries()."""
    return frozenset(alias.split(" ", 1)[0] for alias in entries())


# Heads that end the name of a public or private body, not of a newsroom or its sub-brand.
BODY_HEADS = {"office", "council", "agency", "commission", "bureau", "department", "ministry", "authority", "board",
              "institute", "foundation", "center", "centre", "committee", "service", "fund", "association"}


def _name_runs_on(words: list[str], k: int) -> bool:
    """An outlet alias opens a longer capitalised name that ends in a body's head: 'The Information
    Standards Office' is a regulator and 'Atlantic Council' a think tank, not the outlets they
    start like. (Sub-brands keep the outlet: 'Fox Business Network', 'Breitbart California'.)"""
    e = k
    while e < len(words) and words[e][:1].isupper() and words[e].isalpha():
        e += 1
    return e > k and words[e - 1].lower() in BODY_HEADS


def find_inside(words: list[str]) -> tuple[str, str] | None:
    """Longest gazetteer alias made of consecutive words, if any (e.g. 'a Reuters report'). Places
    are left out: inside a longer phrase a place is a modifier ('a Texas voter')."""
    table = entries()
    n = len(words)
    # Only a word that starts some alias can start a hit (words have no spaces): the others are
    # skipped instead of joined and looked up at every size.
    starts = alias_starts()
    candidates = [i for i in range(n) if words[i] in starts]
    if not candidates:
        return None
    for size in range(min(n, 6), 0, -1):
        for i in candidates:
            if i > n - size:
                break
            hit = table.get(" ".join(words[i : i + size]))
            if hit and not (hit[1] == "news_outlet" and _name_runs_on(words, i + size)):
                return hit
    return None
