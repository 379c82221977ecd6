"""Words for people: why the tagger proposed an attribution, in a sentence an editor reads at a glance.

The engine records which rule fired ("SUBJ-VERB: subject + reporting verb") for debugging and for
the learned tagger's features; editors see "subject of *said*" instead. Every rule family the engine
writes is mapped here, in one place; a family not listed (a new rule) falls back to a neutral phrase,
never to the code itself.
"""

from __future__ import annotations

import re

from django.utils.html import format_html
from django.utils.safestring import SafeString

# The rule family (the text before ':') -> a sentence; "{cue}" is the cue word, shown in italics.
REASONS: dict[str, str] = {
    "SUBJ-VERB": "subject of {cue}",
    "VERB-SUBJ": "named after {cue} (“…, said the mayor”)",
    "PASSIVE-BY": "named with “by” after {cue}",
    "ACCORDING-TO": "named after {cue}",
    "CITING": "named after {cue}",
    "TOLD": "was {cue} it, then passed it on",
    "PARTICIPLE": "subject of the sentence, with {cue}",
    "COORDINATED-VP": "subject of the sentence's other verb, {cue}",
    "GERUND": "named speaker with {cue}",
    "HEDGE": "hedge {cue}: nobody named",
    "IN-POLL": "a poll or survey reports it",
    "ISSUED-DOCUMENT": "a document its subject issued says so ({cue})",
    "LIGHT-VERB": "subject of {cue} (“made the claim”)",
    "NOMINAL": "owner of {cue} (“the mayor's claim that…”)",
    "DASH-CREDIT": "name signing the quotation (“— Jane Roe”)",
    "SPEAKER-LABEL": "speaker's name before a colon",
    "QUOTE-CONTINUATION": "the quotation goes on from the previous sentence",
}
EDITOR_REASON = "added by an editor"
UNKNOWN = "proposed by the tagger"
_LEARNED = re.compile(r"^LEARNED p=(?P<p>[0-9.]+)(?:; rules: (?P<rule>.*))?$")


def family(reason: str) -> str:
    return reason.split(":", 1)[0].split(";", 1)[0].strip()


def _sentence(reason: str, cue: str) -> SafeString:
    template = REASONS.get(family(reason), UNKNOWN)
    if "{cue}" in template:
        if not cue:
            return format_html("{}", template.replace("{cue}", "a reporting word"))
        before, after = template.split("{cue}", 1)
        return format_html("{}<em>{}</em>{}", before, cue, after)
    if cue and template == UNKNOWN:
        return format_html("{} (<em>{}</em>)", template, cue)
    return format_html("{}", template)


def human_reason(reason: str, cue: str = "") -> SafeString:
    """The sentence for one attribution's `reason` with its cue word (HTML, escaped)."""
    reason = (reason or "").strip()
    cue = (cue or "").strip()
    if not reason:
        return format_html("{}", UNKNOWN)
    if reason == EDITOR_REASON:
        return format_html("{}", EDITOR_REASON)
    learned = _LEARNED.match(reason)
    if learned:
        sure = round(float(learned["p"]) * 100)
        if learned["rule"]:
            return format_html("{}; the learned tagger agrees ({}% sure)", _sentence(learned["rule"], cue), sure)
        return format_html("the learned tagger proposes {} ({}% sure)", format_html("<em>{}</em>", cue) if cue
                           else "it", sure)
    return _sentence(reason, cue)
