"""Words for people in templates: `{% load words %}`, then `{{ attribution|why }}` (the reason as a
sentence with its cue word) and `{{ value|status_label }}` (a stored status as its label)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from claims.models import ClaimFlag, ClaimStatus, ReviewAction

from ..reasons import human_reason

register = template.Library()


@register.filter
def why(attribution) -> SafeString:  # noqa: ANN001
    return human_reason(attribution.reason, attribution.cue_text)


@register.filter
def status_label(value: str) -> str:
    """A claim status's label ("In review"); any other value unchanged."""
    return ClaimStatus(value).label if value in ClaimStatus.values else value


@register.filter
def event_value(value: str, event) -> str:  # noqa: ANN001
    """An event's from/to value as people read it: statuses as their labels, everything else as stored."""
    return status_label(value) if event.action == ReviewAction.STATUS_CHANGED else value


FLAG_LABELS = {
    ClaimFlag.TEXT_CHANGED: "text changed under an editor's decision",
    ClaimFlag.REMOVED_FROM_ARTICLE: "no longer in the article",
    ClaimFlag.NOT_INDEPENDENTLY_VERIFIED: "not independently verified (says the article)",
}


@register.filter
def flag_label(value: str) -> str:
    return FLAG_LABELS.get(value, value.replace("_", " "))
