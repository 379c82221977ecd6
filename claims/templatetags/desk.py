"""Template tags for the admin's chrome: the header's "My queue (N)"."""

from __future__ import annotations

from django import template

from .. import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def my_queue_count(context: template.Context) -> str:
    """The logged-in user's open assigned claims, "999+" past the cap; "" for none, and
    for nobody logged in (then without a query)."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return ""
    n = selectors.my_queue_count(user_id=user.pk)
    if not n:
        return ""
    return f"{selectors.QUEUE_COUNT_CAP}+" if n > selectors.QUEUE_COUNT_CAP else str(n)
