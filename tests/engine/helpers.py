"""Small helpers for the engine tests (sentences here are written for the project)."""

from __future__ import annotations

from provenance.engine import tag


def attributions(text: str, role: str | None = "source") -> list[dict]:
    out = []
    for seg in tag(text).to_dict()["segments"]:
        for att in seg["attributions"]:
            if role is None or att["role"] == role:
                out.append(att)
    return out


def sources(text: str) -> list[tuple[str, str, str]]:
    """(source text, type, canonical name) for every source attribution that names a source."""
    return [(a["source"]["text"], a["source"]["type"], a["source"]["canonical"])
            for a in attributions(text) if a["source"]]


def pairs(text: str, role: str | None = "source") -> list[tuple[str | None, str]]:
    """(source text, cue text) for every attribution."""
    return [((a["source"] or {}).get("text"), a["cue"]["text"]) for a in attributions(text, role)]


def segments(text: str) -> list[dict]:
    return tag(text).to_dict()["segments"]


def seg_texts(text: str) -> list[str]:
    return [text[s["start"]:s["end"]] for s in segments(text)]
