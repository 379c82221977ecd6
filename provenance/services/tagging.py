"""Tagging runs: the engine behind one seam, exactly-once runs, and writing the engine's output.

Tagging is exactly-once in effect because the database, not the broker, decides: a run is
claimed with a conditional UPDATE (queued → running), and its claims, attributions and the
run's `done` state are written in one transaction. Duplicate deliveries find nothing to claim.
"""

from __future__ import annotations

import difflib
import logging
import traceback
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.module_loading import import_string

from claims.models import Article, Claim, ClaimFlag, ClaimStatus, ReviewAction, ReviewEvent
from claims.text import sentence_key

from ..models import (
    Attribution,
    AttributionOrigin,
    AttributionReview,
    AttributionRole,
    TaggingRun,
    TaggingState,
    normalise_alias,
)
from .sources import recompute_sourcing_strength, resolve_sources

log = logging.getLogger(__name__)

# Flags the pipeline owns; the engine's own flags are replaced on every re-tag.
PIPELINE_FLAGS = frozenset({ClaimFlag.TEXT_CHANGED, ClaimFlag.REMOVED_FROM_ARTICLE})

# --- the engine, behind one seam ------------------------------------------------------------


@cache
def _engine_callable(path: str) -> Callable[[str], Any]:
    return import_string(path)


def engine_version() -> str:
    from provenance.engine import ENGINE_VERSION

    return ENGINE_VERSION


def run_engine(text: str) -> dict[str, Any]:
    """The engine's output for `text`, as the contract's JSON dict.

    settings.TAGGING_ENGINE names the callable (default provenance.engine.tag); tests point it at
    a failing engine to prove that a poison article cannot stall the queue.
    """
    result = _engine_callable(settings.TAGGING_ENGINE)(text)
    return result.to_dict() if hasattr(result, "to_dict") else result


# --- tagging runs -----------------------------------------------------------------------------


def request_tagging(*, article: Article) -> TaggingRun:
    """Make sure a run exists for the article's current body and engine; enqueue it after commit."""
    run, _ = TaggingRun.objects.get_or_create(
        article=article, body_sha256=article.body_sha256, engine_version=engine_version()
    )
    # Runs for an older body will never be wanted again.
    TaggingRun.objects.filter(article=article, state=TaggingState.QUEUED).exclude(pk=run.pk).update(
        state=TaggingState.SUPERSEDED, finished_at=timezone.now()
    )
    if run.state == TaggingState.QUEUED:
        article_id = article.pk
        transaction.on_commit(lambda: enqueue_tagging(article_id))
    return run


def enqueue_tagging(article_id: int, *, countdown: float | None = None) -> None:
    from ..tasks import tag_article  # the task module imports this one

    tag_article.apply_async(args=[article_id], countdown=countdown)


def reset_run(*, run: TaggingRun) -> TaggingRun:
    """Queue a failed run again (an operator's decision, e.g. after an engine fix)."""
    TaggingRun.objects.filter(pk=run.pk).update(state=TaggingState.QUEUED, attempts=0, error="")
    article_id = run.article_id
    transaction.on_commit(lambda: enqueue_tagging(article_id))
    run.refresh_from_db()
    return run


@dataclass
class TaggingOutcome:
    result: str  # "done", "skipped", "gone", "superseded", "retry", "failed"
    run_id: int | None = None
    claims: int = 0
    attributions: int = 0


def run_tagging(*, article_id: int) -> TaggingOutcome:
    """Tag one article's current body, at most once per (body, engine version)."""
    article = Article.objects.filter(pk=article_id).only("id", "body_sha256").first()
    if article is None:
        return TaggingOutcome("gone")
    run, _ = TaggingRun.objects.get_or_create(
        article=article, body_sha256=article.body_sha256, engine_version=engine_version()
    )
    claimed = TaggingRun.objects.filter(pk=run.pk, state=TaggingState.QUEUED).update(
        state=TaggingState.RUNNING, attempts=F("attempts") + 1, started_at=timezone.now()
    )
    if not claimed:
        return TaggingOutcome("skipped", run.pk)
    run.refresh_from_db(fields=["attempts"])
    body = Article.objects.values_list("body", flat=True).get(pk=article_id)
    try:
        document = run_engine(body)
    except Exception as exc:  # noqa: BLE001 - any engine bug must end in a recorded, bounded failure
        return _record_engine_failure(run=run, error=exc)

    with transaction.atomic():
        locked = TaggingRun.objects.select_for_update().get(pk=run.pk)
        if locked.state != TaggingState.RUNNING or locked.attempts != run.attempts:
            # The sweeper gave this run to another worker while we were slow; it owns the write now.
            return TaggingOutcome("skipped", run.pk)
        current_sha = Article.objects.select_for_update().values_list("body_sha256", flat=True).get(pk=article_id)
        if current_sha != run.body_sha256:
            locked.state, locked.finished_at = TaggingState.SUPERSEDED, timezone.now()
            locked.save(update_fields=["state", "finished_at"])
            return TaggingOutcome("superseded", run.pk)
        written = apply_document(article_id=article_id, document=document, engine_version=locked.engine_version)
        locked.state, locked.finished_at, locked.error = TaggingState.DONE, timezone.now(), ""
        locked.claims_written, locked.attributions_written = written
        locked.save(update_fields=["state", "finished_at", "error", "claims_written", "attributions_written"])
    return TaggingOutcome("done", run.pk, *written)


def _record_engine_failure(*, run: TaggingRun, error: BaseException) -> TaggingOutcome:
    detail = "".join(traceback.format_exception(error))[-4000:]
    final = run.attempts >= settings.TAGGING_MAX_ATTEMPTS
    TaggingRun.objects.filter(pk=run.pk, state=TaggingState.RUNNING).update(
        state=TaggingState.FAILED if final else TaggingState.QUEUED,
        error=detail,
        finished_at=timezone.now() if final else None,
    )
    log.warning("tagging run %s failed (attempt %s): %r", run.pk, run.attempts, error)
    if final:
        return TaggingOutcome("failed", run.pk)
    article_id = run.article_id
    transaction.on_commit(lambda: enqueue_tagging(article_id, countdown=_backoff(run.attempts)))
    return TaggingOutcome("retry", run.pk)


def _backoff(attempt: int) -> float:
    import random

    return min(300.0, 2.0**attempt) * (0.5 + random.random())  # noqa: S311 - jitter, not security


def sweep_stuck_runs(*, older_than: timedelta | None = None) -> dict[str, int]:
    """Re-queue runs whose worker died (still `running` past the hard time limit) and re-send
    queued runs whose message was lost with a dead worker. Bounded by TAGGING_MAX_ATTEMPTS."""
    older_than = older_than or timedelta(seconds=settings.TAGGING_STUCK_AFTER)
    cutoff = timezone.now() - older_than
    stuck = TaggingRun.objects.filter(state=TaggingState.RUNNING, started_at__lt=cutoff)
    failed = stuck.filter(attempts__gte=settings.TAGGING_MAX_ATTEMPTS).update(
        state=TaggingState.FAILED,
        error="worker lost: the run was still running after the hard time limit on every attempt",
        finished_at=timezone.now(),
    )
    requeued_ids = list(stuck.values_list("pk", flat=True))
    TaggingRun.objects.filter(pk__in=requeued_ids, state=TaggingState.RUNNING).update(state=TaggingState.QUEUED)
    lost = TaggingRun.objects.filter(state=TaggingState.QUEUED, created_at__lt=cutoff).filter(
        Q(started_at__lt=cutoff) | Q(started_at__isnull=True)
    )
    article_ids = set(
        TaggingRun.objects.filter(Q(pk__in=requeued_ids) | Q(pk__in=lost.values("pk"))).values_list(
            "article_id", flat=True
        )
    )
    for article_id in article_ids:
        enqueue_tagging(article_id)
    return {"requeued": len(requeued_ids), "failed": failed, "resent": len(article_ids)}


# --- writing the engine's output ------------------------------------------------------------


@dataclass
class _NewClaim:
    ordinal: int
    start: int
    end: int
    text: str
    key: str
    occurrence: int
    tag_status: str
    flags: list[str]
    attributions: list[dict[str, Any]] = field(default_factory=list)


def _claims_from_document(body: str, document: dict[str, Any]) -> list[_NewClaim]:
    out: list[_NewClaim] = []
    seen: dict[str, int] = defaultdict(int)
    for seg in document.get("segments", []):
        if seg.get("kind") != "claim":
            continue
        text = body[seg["start"] : seg["end"]]
        key = sentence_key(text)
        occurrence = seen[key]
        seen[key] += 1
        out.append(
            _NewClaim(
                ordinal=len(out),
                start=seg["start"],
                end=seg["end"],
                text=text,
                key=key,
                occurrence=occurrence,
                tag_status=seg.get("status", ""),
                flags=sorted(set(seg.get("flags") or [])),
                attributions=list(seg.get("attributions") or []),
            )
        )
    return out


def _align(old: list[Claim], new: list[_NewClaim]) -> tuple[list[tuple[Claim, _NewClaim, bool]], list[Claim], list[_NewClaim]]:
    """Pair old claims with new segments: (old, new, text_changed), plus the unpaired of each side.

    Identical sentences pair first (in order, then anywhere: paragraphs get moved); a sentence
    replaced in place pairs with its replacement so an editor's decision follows the edit.
    """
    old_keys = [(c.text_hash, c.occurrence) for c in old]
    new_keys = [(n.key, n.occurrence) for n in new]
    pairs: list[tuple[Claim, _NewClaim, bool]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    replaced: list[tuple[range, range]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                pairs.append((old[i], new[j], False))
                used_old.add(i)
                used_new.add(j)
        elif tag == "replace":
            replaced.append((range(i1, i2), range(j1, j2)))
    by_key = {k: i for i, k in enumerate(old_keys) if i not in used_old}
    for j, k in enumerate(new_keys):
        if j not in used_new and k in by_key:
            i = by_key.pop(k)
            pairs.append((old[i], new[j], False))
            used_old.add(i)
            used_new.add(j)
    for old_range, new_range in replaced:
        free_old = [i for i in old_range if i not in used_old]
        free_new = [j for j in new_range if j not in used_new]
        for i, j in zip(free_old, free_new, strict=False):
            pairs.append((old[i], new[j], True))
            used_old.add(i)
            used_new.add(j)
    removed = [c for i, c in enumerate(old) if i not in used_old]
    added = [n for j, n in enumerate(new) if j not in used_new]
    return pairs, removed, added


def _attribution_key(a: Attribution | dict[str, Any]) -> tuple:
    if isinstance(a, Attribution):
        return (a.role, a.source_start, a.source_end, a.cue_start, a.cue_end)
    src, cue = a.get("source") or {}, a.get("cue") or {}
    return (a.get("role", "source"), src.get("start"), src.get("end"), cue.get("start"), cue.get("end"))


def apply_document(*, article_id: int, document: dict[str, Any], engine_version: str) -> tuple[int, int]:
    """Upsert the article's claims and machine attributions from one engine document.

    Must run inside the caller's transaction. Editor work is never overwritten: statuses,
    assignments, confirmed/rejected/editor-added attributions and history stay; a decided claim
    whose sentence changed is flagged text_changed; one that vanished is kept, flagged removed.
    """
    body = Article.objects.values_list("body", flat=True).get(pk=article_id)
    new = _claims_from_document(body, document)
    existing = list(
        Claim.objects.filter(article_id=article_id)
        .annotate(
            n_events=Count("events", distinct=True),
            n_touched=Count(
                "attributions",
                filter=~Q(
                    attributions__origin=AttributionOrigin.MACHINE,
                    attributions__review=AttributionReview.PENDING,
                ),
                distinct=True,
            ),
        )
        .order_by(F("ordinal").asc(nulls_last=True), "id")
    )

    def has_editor_work(c: Claim) -> bool:
        return bool(c.status != ClaimStatus.UNVERIFIED or c.assigned_to_id or c.n_events or c.n_touched)

    current = [c for c in existing if c.ordinal is not None]
    detached = [c for c in existing if c.ordinal is None]
    pairs, removed, added = _align(current + detached, new)

    # Ordinals are unique per article: clear them first so renumbering never collides midway.
    Claim.objects.filter(article_id=article_id).update(ordinal=None)
    now = timezone.now()
    to_update: list[Claim] = []
    changed_events: list[ReviewEvent] = []
    for claim, seg, text_changed in pairs:
        keep = [f for f in claim.flags if f in PIPELINE_FLAGS and f != ClaimFlag.REMOVED_FROM_ARTICLE]
        if text_changed and has_editor_work(claim):
            if ClaimFlag.TEXT_CHANGED not in keep:
                keep.append(ClaimFlag.TEXT_CHANGED)
            changed_events.append(
                ReviewEvent(
                    claim=claim,
                    action=ReviewAction.TEXT_CHANGED,
                    from_value=claim.text[:500],
                    to_value=seg.text[:500],
                    note="The article body changed; re-review this claim.",
                )
            )
        if text_changed or claim.text != seg.text or claim.ordinal is None:
            claim.version += 1
        claim.ordinal, claim.start, claim.end, claim.text = seg.ordinal, seg.start, seg.end, seg.text
        claim.text_hash, claim.occurrence, claim.tag_status = seg.key, seg.occurrence, seg.tag_status
        claim.flags = sorted(set(keep) | set(seg.flags))
        claim.updated_at = now
        to_update.append(claim)
    gone_ids = []
    for claim in removed:
        if not has_editor_work(claim):
            gone_ids.append(claim.pk)
            continue
        flags = set(claim.flags) | {ClaimFlag.REMOVED_FROM_ARTICLE}
        if flags != set(claim.flags):
            claim.flags, claim.version, claim.updated_at = sorted(flags), claim.version + 1, now
        claim.ordinal = None
        to_update.append(claim)
    Claim.objects.filter(pk__in=gone_ids).delete()
    Claim.objects.bulk_update(
        to_update,
        ["ordinal", "start", "end", "text", "text_hash", "occurrence", "tag_status", "flags", "version", "updated_at"],
        batch_size=500,
    )
    created = Claim.objects.bulk_create(
        [
            Claim(
                article_id=article_id,
                ordinal=s.ordinal,
                start=s.start,
                end=s.end,
                text=s.text,
                text_hash=s.key,
                occurrence=s.occurrence,
                tag_status=s.tag_status,
                flags=s.flags,
            )
            for s in added
        ],
        batch_size=500,
    )
    ReviewEvent.objects.bulk_create(changed_events)

    # Machine attributions: the pending ones are replaced; one an editor already decided on is
    # not proposed again, whether confirmed or rejected.
    claim_for: list[tuple[int, _NewClaim]] = [(c.pk, s) for c, s, _ in pairs] + [
        (c.pk, s) for c, s in zip(created, added, strict=True)
    ]
    paired_ids = [c.pk for c, _, _ in pairs]
    Attribution.objects.filter(claim_id__in=paired_ids).machine_pending().delete()
    decided: dict[int, set[tuple]] = defaultdict(set)
    for a in Attribution.objects.filter(claim_id__in=paired_ids):
        decided[a.claim_id].add(_attribution_key(a))
    sources = resolve_sources(
        (a["source"]["canonical"] or a["source"]["text"], a["source"]["type"])
        for _, seg in claim_for
        for a in seg.attributions
        if a.get("source")
    )
    rows = []
    for claim_id, seg in claim_for:
        for a in seg.attributions:
            if _attribution_key(a) in decided[claim_id]:
                continue
            src, cue = a.get("source"), a.get("cue") or {}
            rows.append(
                Attribution(
                    claim_id=claim_id,
                    source=sources.get(normalise_alias(src["canonical"] or src["text"])) if src else None,
                    role=a.get("role", AttributionRole.SOURCE),
                    cue_text=(cue.get("text") or "")[:255],
                    cue_start=cue.get("start"),
                    cue_end=cue.get("end"),
                    source_text=(src["text"] if src else "")[:500],
                    source_start=src["start"] if src else None,
                    source_end=src["end"] if src else None,
                    source_type=src["type"] if src else "",
                    confidence=min(1.0, max(0.0, float(a.get("confidence", 0.5)))),
                    reason=(a.get("reason") or "")[:255],
                    origin=AttributionOrigin.MACHINE,
                    review=AttributionReview.PENDING,
                    engine_version=engine_version,
                )
            )
    Attribution.objects.bulk_create(rows, batch_size=1000)
    recompute_sourcing_strength(claim_ids=[cid for cid, _ in claim_for])
    return len(claim_for), len(rows)
