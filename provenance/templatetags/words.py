"""Words for people in templates: `{% load words %}`, then `{{ attribution|why }}` (the reason as a
sentence with its cue word) and `{{ value|status_label }}` (a stored status as its label)."""

from __future__ import annotations

import re

from django import template
from django.utils.safestring import SafeString

from claims.models import ClaimFlag, ClaimStatus, ReviewAction
from provenance.models import AttributionReview

from ..reasons import human_reason

register = template.Library()


@register.filter
def why(attribution) -> SafeString:  # noqa: ANN001
    return human_reason(attribution.reason, attribution.cue_text)


@register.filter
def status_label(value: str) -> str:
    """A claim status's label ("In review"); any other value unchanged."""
    return ClaimStatus(value).label if value in ClaimStatus.values else value


# An attribution as the review services record it: "<who> [<role>]" and, for decisions, ": <review>".
_ATTRIBUTION = re.compile(r"^(?P<who>.*) \[(?P<role>source|relay)\](?:: (?P<review>pending|confirmed|rejected))?$", re.S)
_ROLE_WORDS = {"source": "source", "relay": "passed it on"}


@register.filter
def event_value(value: str, event) -> str:  # noqa: ANN001
    """An event's from/to value as people read it: statuses as their labels, attributions as
    "who (role): Review"; anything else as stored."""
    if event.action == ReviewAction.STATUS_CHANGED:
        return status_label(value)
    m = _ATTRIBUTION.match(value or "")
    if m and event.attribution_id:
        text = f"{m['who']} ({_ROLE_WORDS[m['role']]})"
        return f"{text}: {AttributionReview(m['review']).label}" if m["review"] else text
    return value


@register.filter
def flag_label(value: str) -> str:
    return ClaimFlag.LABELS.get(value, value.replace("_", " "))
