"""Writes of the claims core (HackSoft's services): article input validation and the verification
workflow. Storing articles and tagging them is provenance's pipeline (provenance.services)."""

from .articles import PreparedArticle, parse_published_at, prepare_article
from .workflow import (
    ALLOWED_TRANSITIONS,
    ConflictError,
    Perm,
    WorkflowError,
    add_evidence,
    allowed_decisions,
    allowed_next_statuses,
    assign_claim,
    bump,
    change_claim_status,
    lock_claim,
    require,
)

__all__ = [
    "ALLOWED_TRANSITIONS",
    "ConflictError",
    "Perm",
    "PreparedArticle",
    "WorkflowError",
    "add_evidence",
    "allowed_decisions",
    "allowed_next_statuses",
    "assign_claim",
    "bump",
    "change_claim_status",
    "lock_claim",
    "parse_published_at",
    "prepare_article",
    "require",
]
