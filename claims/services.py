"""Writes for articles and claims: ingest, verification status, assignment, evidence.

Each public function is one transaction and writes its ReviewEvent inside it (Zulip's actions).
Permissions are checked here, not only in the UI, so the admin and the API enforce the same rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from .models import DECIDED_STATUSES, Article, Claim, ClaimFlag, ClaimStatus, ReviewAction, ReviewEvent
from .text import InvalidArticle, TextFormat, clean_body


class WorkflowError(ValueError):
    """The change breaks a workflow rule (a transition not allowed, a reopen without a note)."""


class ConflictError(Exception):
    """Someone else changed the record since the caller read it (optimistic concurrency)."""

    def __init__(self, current_version: int) -> None:
        super().__init__(
            f"This claim was changed by someone else meanwhile (now version {current_version}); "
            "reload it and apply your change again."
        )
        self.current_version = current_version


class Perm:
    REVIEW = "claims.review_claim"
    REOPEN = "claims.reopen_claim"
    INGEST = "claims.add_article"


def require(user: AbstractBaseUser | None, perm: str) -> None:
    if user is None or not user.is_active or not user.has_perm(perm):
        raise PermissionDenied(f"you do not have permission for this ({perm})")


# --- ingest -----------------------------------------------------------------------------------


@dataclass
class IngestResult:
    article: Article
    outcome: str  # "created", "updated" or "unchanged"


def parse_published_at(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        parsed = parse_datetime(value.strip())
        if parsed is None:
            day = parse_date(value.strip())
            parsed = dt.datetime.combine(day, dt.time()) if day else None
        if parsed is None:
            raise InvalidArticle(f"published_at {value!r} is not an ISO 8601 date or date-time")
    else:
        raise InvalidArticle(f"published_at must be a string, got {type(value).__name__}")
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed, dt.UTC)


def _clean_str(value: Any, name: str, max_len: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidArticle(f"{name} must be a string, got {type(value).__name__}")
    if "\x00" in value:
        raise InvalidArticle(f"{name} contains a NUL byte")
    value = " ".join(value.split())
    if len(value) > max_len:
        raise InvalidArticle(f"{name} is longer than {max_len} characters")
    return value


def ingest_article(
    *,
    body: str | bytes,
    title: str = "",
    url: str | None = None,
    publisher: str | None = None,
    published_at: Any = None,
    fmt: str = TextFormat.TEXT,
    actor: AbstractBaseUser | None = None,
) -> IngestResult:
    """Create or update one article and queue its tagging. Idempotent on url, else on the body hash.

    Raises InvalidArticle with a plain message; nothing is stored then.
    """
    if actor is not None:
        require(actor, Perm.INGEST)
    clean = clean_body(body, fmt=fmt, max_bytes=settings.ARTICLE_MAX_BYTES)
    title = _clean_str(title, "title", 500) or clean.title_hint[:500]
    url = _clean_str(url, "url", 2000) or None
    if url and not url.lower().startswith(("http://", "https://")):
        raise InvalidArticle(f"url must start with http:// or https://, got {url[:80]!r}")
    publisher_name = _clean_str(publisher, "publisher", 255)
    when = parse_published_at(published_at)

    for attempt in range(2):
        try:
            with transaction.atomic():
                return _upsert_article(clean.text, clean.sha256, title, url, publisher_name, when)
        except IntegrityError:
            # Two ingests of the same url raced; the second pass finds the winner's row.
            if attempt:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _upsert_article(
    text: str, sha: str, title: str, url: str | None, publisher_name: str, when: dt.datetime | None
) -> IngestResult:
    from provenance.services import get_or_create_source, request_tagging

    existing = (
        Article.objects.select_for_update().filter(url=url).first()
        if url
        else Article.objects.filter(url__isnull=True, body_sha256=sha).first()
    )
    publisher = get_or_create_source(name=publisher_name) if publisher_name else None
    if existing is None:
        article = Article.objects.create(
            title=title, url=url, publisher=publisher, published_at=when, body=text, body_sha256=sha
        )
        request_tagging(article=article)
        return IngestResult(article, "created")
    if existing.body_sha256 == sha:
        return IngestResult(existing, "unchanged")
    existing.body, existing.body_sha256 = text, sha
    existing.title = title or existing.title
    existing.publisher = publisher or existing.publisher
    existing.published_at = when or existing.published_at
    existing.save()
    request_tagging(article=existing)
    return IngestResult(existing, "updated")


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


def change_claim_status(
    *,
    claim_id: int,
    actor: AbstractBaseUser,
    to_status: str,
    note: str = "",
    evidence_url: str = "",
    expected_version: int | None = None,
) -> Claim:
    require(actor, Perm.REVIEW)
    if to_status not in ClaimStatus.values:
        raise WorkflowError(f"unknown status {to_status!r}")
    note = (note or "").strip()
    with transaction.atomic():
        claim = lock_claim(claim_id, expected_version)
        from_status = claim.status
        if to_status == from_status:
            raise WorkflowError(f"the claim is already {claim.get_status_display().lower()}")
        if to_status not in ALLOWED_TRANSITIONS[from_status]:
            allowed = ", ".join(allowed_next_statuses(from_status)) or "none"
            raise WorkflowError(f"a claim cannot go from {from_status} to {to_status} (allowed: {allowed})")
        if from_status in DECIDED_STATUSES:
            require(actor, Perm.REOPEN)
            if not note:
                raise WorkflowError("reopening a decided claim needs a note saying why")
        changes: dict[str, Any] = {"status": to_status}
        if ClaimFlag.TEXT_CHANGED in claim.flags:
            # An editor acting on the claim's current text answers the re-review flag.
            changes["flags"] = [f for f in claim.flags if f != ClaimFlag.TEXT_CHANGED]
        bump(claim, **changes)
        ReviewEvent.objects.create(
            actor=actor,
            claim=claim,
            action=ReviewAction.STATUS_CHANGED,
            from_value=from_status,
            to_value=to_status,
            note=note,
            evidence_url=evidence_url or "",
        )
    return claim


def assign_claim(
    *, claim_id: int, actor: AbstractBaseUser, assignee: AbstractBaseUser | None, expected_version: int | None = None
) -> Claim:
    require(actor, Perm.REVIEW)
    if assignee is not None and not assignee.has_perm(Perm.REVIEW):
        raise WorkflowError(f"{assignee} cannot review claims, so cannot be assigned one")
    with transaction.atomic():
        claim = lock_claim(claim_id, expected_version)
        before = claim.assigned_to
        if (before.pk if before else None) == (assignee.pk if assignee else None):
            return claim
        bump(claim, assigned_to=assignee)
        ReviewEvent.objects.create(
            actor=actor,
            claim=claim,
            action=ReviewAction.ASSIGNED,
            from_value=before.get_username() if before else "",
            to_value=assignee.get_username() if assignee else "",
        )
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


def edit_article(
    *,
    article_id: int,
    actor: AbstractBaseUser,
    title: str,
    body: str | bytes,
    url: str | None = None,
    publisher: str | None = None,
    published_at: Any = None,
    fmt: str = TextFormat.TEXT,
) -> IngestResult:
    """An editor's correction of an article; a changed body queues a re-tag (claims keep their history)."""
    from provenance.services import get_or_create_source, request_tagging

    require(actor, "claims.change_article")
    clean = clean_body(body, fmt=fmt, max_bytes=settings.ARTICLE_MAX_BYTES)
    url = _clean_str(url, "url", 2000) or None
    publisher_name = _clean_str(publisher, "publisher", 255)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if url and Article.objects.filter(url=url).exclude(pk=article_id).exists():
            raise InvalidArticle(f"another article already has the url {url}")
        changed_body = article.body_sha256 != clean.sha256
        article.title = _clean_str(title, "title", 500) or clean.title_hint[:500] or article.title
        article.url = url
        article.publisher = get_or_create_source(name=publisher_name) if publisher_name else None
        article.published_at = parse_published_at(published_at)
        article.body, article.body_sha256 = clean.text, clean.sha256
        article.save()
        if changed_body:
            request_tagging(article=article)
    return IngestResult(article, "updated" if changed_body else "unchanged")
