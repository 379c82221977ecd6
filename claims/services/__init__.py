"""Writes for articles and claims (HackSoft's services), one module per concern."""

from .articles import IngestResult, edit_article, ingest_article, parse_published_at
from .workflow import (
    ALLOWED_TRANSITIONS,
    ConflictError,
    Perm,
    WorkflowError,
    add_evidence,
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
    "IngestResult",
    "Perm",
    "WorkflowError",
    "add_evidence",
    "allowed_next_statuses",
    "assign_claim",
    "bump",
    "change_claim_status",
    "edit_article",
    "ingest_article",
    "lock_claim",
    "parse_published_at",
    "require",
]
