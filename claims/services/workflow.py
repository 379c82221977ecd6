"""The verification workflow: permissions, optimistic concurrency, status, assignment, evidence.

Each public function is one transaction and writes its ReviewEvent inside it (Zulip's actions).
Permissions are checked here, not only in the UI, so the admin and the API enforce the same rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ..models import DECIDED_STATUSES, Claim, ClaimFlag, ClaimStatus, ReviewAction, ReviewEvent
from .notifications import queue_notification


class WorkflowError(ValueError):
    """The change breaks a workflow rule (a transition not allowed, a reopen without a note)."""


class ConflictError(Exception):
    """Someone else changed the record since the caller read it (optimistic concurrency)."""

    def __init__(self, current_version: int) -> None:
        # The version is for programs (the API answers it as current_version); people read words.
        super().__init__(
            "This claim was changed by someone else meanwhile: check what changed below and apply your "
            "change again."
        )
        self.current_version = current_version


class Perm:
    REVIEW = "claims.review_claim"
    REOPEN = "claims.reopen_claim"
    INGEST = "claims.add_article"


def require(user: AbstractBaseUser | None, perm: str) -> None:
    if user is None or not user.is_active or not user.has_perm(perm):
        raise PermissionDenied(f"you do not have permission for this ({perm})")


# --- verification workflow ----------------------------------------------------------------------

ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    ClaimStatus.UNVERIFIED: frozenset({ClaimStatus.IN_REVIEW, ClaimStatus.NOT_A_CLAIM}),
    ClaimStatus.IN_REVIEW: frozenset(
        {
            ClaimStatus.UNVERIFIED,
            ClaimStatus.VERIFIED,
            ClaimStatus.FALSE,
            ClaimStatus.MISLEADING,
            ClaimStatus.UNVERIFIABLE,
            ClaimStatus.NOT_A_CLAIM,
        }
    ),
    # Reopening a decided claim sends it back to review, with a reason.
    **{s: frozenset({ClaimStatus.IN_REVIEW}) for s in DECIDED_STATUSES},
}


def allowed_next_statuses(status: str) -> list[str]:
    return [s for s in ClaimStatus.values if s in ALLOWED_TRANSITIONS.get(status, frozenset())]


def lock_claim(claim_id: int, expected_version: int | None) -> Claim:
    """The claim, row-locked for this transaction; ConflictError when the caller's copy is stale."""
    claim = Claim.objects.select_for_update().get(pk=claim_id)
    if expected_version is not None and claim.version != expected_version:
        raise ConflictError(claim.version)
    return claim


def bump(claim: Claim, **changes: Any) -> Claim:
    """Save the changed fields and the next version in one UPDATE."""
    changes["updated_at"] = timezone.now()
    Claim.objects.filter(pk=claim.pk).update(version=F("version") + 1, **changes)
    for name, value in changes.items():
        setattr(claim, name, value)
    claim.version += 1
    return claim


def label(status: str) -> str:
    """The word people read for a status ("in review", never `in_review`)."""
    return ClaimStatus(status).label.lower() if status in ClaimStatus.values else status


def allowed_decisions(status: str) -> list[str]:
    """Where one submit may take a claim from `status`: its next statuses, and from unverified also
    every status reachable through review (the review step is then recorded on the way)."""
    reachable = set(ALLOWED_TRANSITIONS.get(status, frozenset()))
    if status == ClaimStatus.UNVERIFIED:
        reachable |= ALLOWED_TRANSITIONS[ClaimStatus.IN_REVIEW] - {ClaimStatus.UNVERIFIED}
    return [s for s in ClaimStatus.values if s in reachable]


def evidence_required_for(status: str) -> bool:
    return status in settings.REVIEW_EVIDENCE_REQUIRED_FOR


def _has_evidence_since_last_status_change(claim: Claim) -> bool:
    """Evidence added to the claim (add_evidence) since its status last changed counts for a decision."""
    last_change = (
        ReviewEvent.objects.filter(claim_id=claim.pk, action=ReviewAction.STATUS_CHANGED).order_by("-id")
        .values_list("id", flat=True).first()
    )
    evidence = ReviewEvent.objects.filter(claim_id=claim.pk, action=ReviewAction.EVIDENCE_ADDED)
    if last_change is not None:
        evidence = evidence.filter(id__gt=last_change)
    return evidence.exists()


def change_claim_status(
    *,
    claim_id: int,
    actor: AbstractBaseUser,
    to_status: str,
    note: str = "",
    evidence_url: str = "",
    expected_version: int | None = None,
    through_review: bool = False,
) -> Claim:
    """Move the claim to `to_status`, writing one ReviewEvent per step.

    `through_review` lets one submit take an unverified claim straight to a decision: the
    unverified → in review step is recorded first, then the decision with its note and evidence,
    both in this transaction under one version bump (the history shows the path the claim took).
    """
    require(actor, Perm.REVIEW)
    if to_status not in ClaimStatus.values:
        raise WorkflowError(f"unknown status {to_status!r}")
    note = (note or "").strip()
    evidence_url = (evidence_url or "").strip()
    if evidence_url and not evidence_url.lower().startswith(("http://", "https://")):
        raise WorkflowError("evidence must be an http(s) link")
    with transaction.atomic():
        claim = lock_claim(claim_id, expected_version)
        from_status = claim.status
        if to_status == from_status:
            raise WorkflowError(f"the claim is already {label(from_status)}")
        steps = [(from_status, to_status)]
        if (through_review and from_status == ClaimStatus.UNVERIFIED
                and to_status not in ALLOWED_TRANSITIONS[from_status]
                and to_status in allowed_decisions(from_status)):
            steps = [(from_status, ClaimStatus.IN_REVIEW), (ClaimStatus.IN_REVIEW, to_status)]
        if to_status not in ALLOWED_TRANSITIONS[steps[-1][0]]:
            allowed = ", ".join(label(s) for s in allowed_next_statuses(from_status)) or "none"
            raise WorkflowError(
                f"a claim cannot go from {label(from_status)} to {label(to_status)} (allowed: {allowed})")
        if from_status in DECIDED_STATUSES:
            require(actor, Perm.REOPEN)
            if not note:
                raise WorkflowError("reopening a decided claim needs a note saying why")
        if evidence_required_for(to_status) and not evidence_url and not _has_evidence_since_last_status_change(claim):
            raise WorkflowError(
                f"a claim marked {label(to_status)} needs evidence: give the link to what shows it "
                "(a document, a recording, a published correction)")
        changes: dict[str, Any] = {"status": to_status}
        if ClaimFlag.TEXT_CHANGED in claim.flags:
            # An editor acting on the claim's current text answers the re-review flag.
            changes["flags"] = [f for f in claim.flags if f != ClaimFlag.TEXT_CHANGED]
        bump(claim, **changes)
        for step_from, step_to in steps:
            final = step_to == to_status
            event = ReviewEvent.objects.create(
                actor=actor,
                claim=claim,
                action=ReviewAction.STATUS_CHANGED,
                from_value=step_from,
                to_value=step_to,
                note=note if final else "",
                evidence_url=(evidence_url or "") if final else "",
            )
        if to_status in DECIDED_STATUSES:
            queue_notification(event_id=event.pk)  # matching claims' assignees (claims.notify)
    return claim


# One message whether the user does not exist, is inactive or may not review: naming the user, or
# answering differently, would tell any reviewer who is behind every user id.
NOT_ASSIGNABLE = "no active user with this id may review claims, so none can be assigned one"


def assign_claim(
    *, claim_id: int, actor: AbstractBaseUser, assignee: AbstractBaseUser | None, expected_version: int | None = None
) -> Claim:
    require(actor, Perm.REVIEW)
    if assignee is not None and not (assignee.is_active and assignee.has_perm(Perm.REVIEW)):
        raise WorkflowError(NOT_ASSIGNABLE)
    with transaction.atomic():
        claim = lock_claim(claim_id, expected_version)
        before = claim.assigned_to
        if (before.pk if before else None) == (assignee.pk if assignee else None):
            return claim
        bump(claim, assigned_to=assignee)
        event = ReviewEvent.objects.create(
            actor=actor,
            claim=claim,
            action=ReviewAction.ASSIGNED,
            from_value=before.get_username() if before else "",
            to_value=assignee.get_username() if assignee else "",
        )
        if assignee is not None:
            queue_notification(event_id=event.pk)
    return claim


def add_evidence(
    *, claim_id: int, actor: AbstractBaseUser, evidence_url: str, note: str = "", expected_version: int | None = None
) -> Claim:
    require(actor, Perm.REVIEW)
    if not evidence_url or not evidence_url.lower().startswith(("http://", "https://")):
        raise WorkflowError("evidence must be an http(s) link")
    with transaction.atomic():
        claim = lock_claim(claim_id, expected_version)
        bump(claim)
        ReviewEvent.objects.create(
            actor=actor, claim=claim, action=ReviewAction.EVIDENCE_ADDED, evidence_url=evidence_url, note=note
        )
    return claim


# --- bulk operations ----------------------------------------------------------------------------
# The desk selects many claims at once. Each claim still goes through its own service call (own
# transaction, own ReviewEvent, own permission and workflow checks), so a claim that cannot move
# is reported and the others proceed.


@dataclass
class BulkResult:
    done: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def summary(self, verb: str) -> str:
        text = f"{len(self.done)} claim(s) {verb}."
        if self.skipped:
            shown = "; ".join(f"#{pk}: {why}" for pk, why in self.skipped[:10])
            more = f" (and {len(self.skipped) - 10} more)" if len(self.skipped) > 10 else ""
            text += f" {len(self.skipped)} skipped: {shown}{more}"
        return text


def bulk_apply(claim_ids: Iterable[int], call: Callable[[int], object]) -> BulkResult:
    result = BulkResult()
    for claim_id in claim_ids:
        try:
            call(claim_id)
        # PermissionDenied here is per claim (reopening needs more than reviewing); the batch-wide
        # permission is checked by the callers before the loop.
        except (WorkflowError, ConflictError, PermissionDenied, Claim.DoesNotExist) as exc:
            result.skipped.append((claim_id, str(exc) or exc.__class__.__name__))
        else:
            result.done.append(claim_id)
    return result


def bulk_change_status(
    *, claim_ids: Iterable[int], actor: AbstractBaseUser, to_status: str, note: str = "", evidence_url: str = ""
) -> BulkResult:
    """One status and one note for many claims; PermissionDenied stops the whole batch at once."""
    require(actor, Perm.REVIEW)
    return bulk_apply(
        claim_ids,
        lambda pk: change_claim_status(
            claim_id=pk, actor=actor, to_status=to_status, note=note, evidence_url=evidence_url
        ),
    )


def bulk_assign(
    *, claim_ids: Iterable[int], actor: AbstractBaseUser, assignee: AbstractBaseUser | None
) -> BulkResult:
    require(actor, Perm.REVIEW)
    return bulk_apply(claim_ids, lambda pk: assign_claim(claim_id=pk, actor=actor, assignee=assignee))
