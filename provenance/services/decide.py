"""One submit of the review page: a claim's attribution decisions and its status, together.

The desk reviews a claim in one go (confirm or reject the proposed sources, set the verdict with a
note and evidence); doing it as one transaction means a refused status (no evidence, a stale page)
leaves the attributions undecided too, so the editor resubmits the whole decision they saw.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from claims.models import Claim
from claims.services import Perm, WorkflowError, change_claim_status, lock_claim, require

from ..models import Attribution, AttributionReview
from .review import review_attribution


def decide_claim(
    *,
    claim_id: int,
    actor: AbstractBaseUser,
    confirm: Iterable[int] = (),
    reject: Iterable[int] = (),
    to_status: str = "",
    note: str = "",
    evidence_url: str = "",
    expected_version: int | None = None,
) -> Claim:
    """Confirm and reject these attributions of the claim, then (if given) move it to `to_status`,
    through review when it is unverified; every step writes its ReviewEvent."""
    require(actor, Perm.REVIEW)
    confirm, reject = set(confirm), set(reject)
    if confirm & reject:
        raise WorkflowError("an attribution cannot be both confirmed and rejected")
    if not (confirm or reject or to_status):
        raise WorkflowError("nothing to decide: choose a status or decide an attribution")
    with transaction.atomic():
        claim = lock_claim(claim_id, expected_version)
        decided = confirm | reject
        own = set(Attribution.objects.filter(claim_id=claim_id, pk__in=decided).values_list("pk", flat=True))
        if own != decided:
            raise WorkflowError(f"attribution(s) {sorted(decided - own)} are not this claim's")
        # The row lock is held and the version checked above: the steps need no version of their own.
        for pk in sorted(decided):
            decision = AttributionReview.CONFIRMED if pk in confirm else AttributionReview.REJECTED
            review_attribution(attribution_id=pk, actor=actor, decision=decision)
        if to_status:
            claim = change_claim_status(claim_id=claim_id, actor=actor, to_status=to_status, note=note,
                                        evidence_url=evidence_url, through_review=True)
        else:
            claim.refresh_from_db()
    return claim
