"""The claim review page's "Elsewhere" panel: a self-contained inclusion tag.

`{% load matching %}{% elsewhere_panel claim %}` on any page that shows a claim. The reads are
provenance.selectors.claim_elsewhere (a fixed number of queries); the forms post to the match
admin's views (provenance.admin.ClaimMatchAdmin), which call the matching services.
"""

from __future__ import annotations

from django import template

from claims.models import DECIDED_STATUSES
from claims.services import Perm

from .. import selectors

register = template.Library()


@register.inclusion_tag("admin/provenance/claimmatch/_elsewhere.html", takes_context=True)
def elsewhere_panel(context: template.Context, claim) -> dict:  # noqa: ANN001
    request = context.get("request")
    user = getattr(request, "user", None)
    elsewhere = selectors.claim_elsewhere(claim_id=claim.pk)
    return {
        "claim": claim,
        "elsewhere": elsewhere,
        "can_review": bool(user and user.has_perm(Perm.REVIEW)),
        "can_apply": claim.status not in DECIDED_STATUSES,
        "csrf_token": context.get("csrf_token"),
        "next": request.get_full_path() if request else "",
    }
