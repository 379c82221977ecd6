"""A source's registry name: the head phrase of a mention, its description kept apart.

The engine's source span can be a whole clause ("Two senior city officials, who spoke on condition
of anonymity because they were not authorised to talk") or a name with its apposition ("Jane Roe,
a scholar at the Harbour Institute"). Used as the registry's canonical name, such a clause makes a
new source for every wording and fills the dashboard with sentences. `split_name` is the one rule
every write path that names a registry source from a mention goes through (tagging, batch
tagging, an editor typing a new name); it is pure, so it is tested with phrases alone.
"""

from __future__ import annotations

import re

from provenance.engine import gazetteer

# Where a description starts after the name. The relative pronouns and the anonymity phrases need
# a space before them so that "Whoever" or "Thatcher" are not cut; a comma inside a number
# ("40,000") is no break.
_CUT = re.compile(
    r"\s*(?:,(?!\d)|;|\(|\s[—–]\s|\s--\s|:\s)"
    r"|\s+(?=(?:who|whom|whose|which|that|where|because|speaking|requesting|"
    r"insisting|not\s+authori[sz]ed)\b)",
    re.IGNORECASE,
)
# What may follow a comma and still be part of the name ("Acme, Inc.", "John Smith, Jr.").
_NAME_SUFFIX = re.compile(
    r"(?:inc|ltd|llc|llp|plc|co|corp|jr|sr|ii|iii|iv|d\.\s?c|s\.\s?a|n\.\s?v|ag|gmbh)\.?(?=$|[\s,;:)])",
    re.IGNORECASE,
)
_TRIM = " \t\n,;:—–-"


def _part_of_name(tail: str) -> bool:
    """A comma followed by a suffix or a lone place ("The Times, London") is not a description."""
    tail = tail.strip()
    if _NAME_SUFFIX.match(tail):
        return True
    first = re.split(r"[,;(]", tail, maxsplit=1)[0].strip().rstrip(".")
    return bool(first) and gazetteer.is_place(first) and first == tail.strip().rstrip(".")


def split_name(text: str) -> tuple[str, str]:
    """(name, description) of a mention: "Jane Roe, a scholar at X" -> ("Jane Roe", "a scholar at X").

    The description is "" when the whole text is the name. The name is never empty: a text that
    starts with its description ("who said ...") is kept whole.
    """
    text = " ".join((text or "").split())
    start = 0
    while True:
        match = _CUT.search(text, start)
        if match is None:
            return text.strip(_TRIM) or text, ""
        head = text[: match.start()].strip(_TRIM)
        tail = text[match.start():].strip(_TRIM + "(")
        if match.group(0).strip() == "," and _part_of_name(text[match.end():]):
            start = match.end()
            continue
        if not any(ch.isalnum() for ch in head):
            return text.strip(_TRIM) or text, ""
        if tail.endswith(")") and tail.count(")") > tail.count("("):
            tail = tail[:-1].strip()
        return head, tail


def head_name(text: str) -> str:
    return split_name(text)[0]
