"""Load the editable gazetteer (gazetteer.json next to this file) into lookup tables."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).with_name("gazetteer.json")


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
    """(canonical, type) when the whole text names a gazetteer entry."""
    return entries().get(text.strip())


def find_inside(words: list[str]) -> tuple[str, str] | None:
    """Longest gazetteer alias made of consecutive words, if any (e.g. 'a Reuters report')."""
    table = entries()
    n = len(words)
    for size in range(min(n, 6), 0, -1):
        for i in range(n - size + 1):
            hit = table.get(" ".join(words[i : i + size]))
            if hit:
                return hit
    return None
