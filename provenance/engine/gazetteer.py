"""Load the editable gazetteers next to this file into lookup tables.

gazetteer.json: outlets, agencies, companies with their aliases and types. places.json:
countries with their capitals, and U.S. states, which as a source stand for a government
('Beijing said', 'the U.S. warned'). The entry points for other layers are ``lookup(text)``,
``find_inside(words)`` and ``is_place(text)``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).with_name("gazetteer.json")
PLACES_PATH = Path(__file__).with_name("places.json")


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
            if hit:
                return hit
    return None
