"""Tagging runs: the engine behind one seam, exactly-once runs, and writing the engine's output.

Tagging is exactly-once in effect because the database, not the broker, decides: a run is
claimed with a conditional UPDATE (queued → running), and its claims, attributions and the
run's `done` state are written in one transaction. Duplicate deliveries find nothing to claim.
"""

from __future__ import annotations

import difflib
import io
import json
import logging
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, lru_cache, partial
from typing import Any

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection, models, transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.module_loading import import_string
from kombu.exceptions import OperationalError as BrokerOperationalError

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
from .sources import recompute_sourcing_strength, resolve_sources, sourcing_strength_for

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

# Errors a later attempt can cure (a database restart, a broker blip). Anything else raised while
# tagging is a bug in the engine or the write and is recorded and bounded by TAGGING_MAX_ATTEMPTS.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (OperationalError, InterfaceError, BrokerOperationalError)


def request_tagging(*, article: Article) -> TaggingRun:
    """Make sure a run exists for the article's current body and engine; enqueue it after commit."""
    run, _ = TaggingRun.objects.get_or_create(
        article=article, body_sha256=article.body_sha256, engine_version=engine_version()
    )
    now = timezone.now()
    # Runs for an older body will never be wanted again.
    TaggingRun.objects.filter(article=article, state=TaggingState.QUEUED).exclude(pk=run.pk).update(
        state=TaggingState.SUPERSEDED, finished_at=now
    )
    if run.state in (TaggingState.DONE, TaggingState.SUPERSEDED) and not _is_applied(run):
        # The body went back to an earlier version (A → B → A): the claims show B, so A's run,
        # done or superseded long ago, must run again or the article would never be re-tagged.
        TaggingRun.objects.filter(pk=run.pk, state=run.state).update(
            state=TaggingState.QUEUED, attempts=0, error="", started_at=None, finished_at=None
        )
        run.refresh_from_db()
    if run.state == TaggingState.QUEUED:
        TaggingRun.objects.filter(pk=run.pk).update(enqueued_at=now)
        article_id = article.pk
        transaction.on_commit(lambda: enqueue_tagging(article_id))
    return run


def _is_applied(run: TaggingRun) -> bool:
    """Whether the article's claims are this run's output (no other run finished after it)."""
    if run.state != TaggingState.DONE:
        return False
    return not TaggingRun.objects.filter(
        article_id=run.article_id, state=TaggingState.DONE, finished_at__gt=run.finished_at
    ).exists()


def retag_articles(*, article_ids: list[int], force: bool = False, retry_failed: bool = False) -> Counter[str]:
    """Queue a run for each article's current body and engine, in one transaction.

    Without `force` an article already tagged for its body and engine is left alone; with it, its
    run is queued again (editor work survives a re-tag, see apply_document). Failed runs stay
    failed unless `retry_failed`: they failed TAGGING_MAX_ATTEMPTS times and need a reason to run.
    Returns counts by outcome: queued, pending (already queued or running), up_to_date, failed.
    """
    counts: Counter[str] = Counter()
    version = engine_version()
    with transaction.atomic():
        articles = Article.objects.filter(pk__in=article_ids).only("id", "body_sha256").order_by("pk")
        runs = {
            r.article_id: r
            for r in TaggingRun.objects.filter(article_id__in=article_ids, engine_version=version).only(
                "id", "article_id", "body_sha256", "state", "finished_at"
            )
        }
        for article in articles:
            run = runs.get(article.pk)
            if run is not None and run.body_sha256 != article.body_sha256:
                run = TaggingRun.objects.filter(
                    article=article, body_sha256=article.body_sha256, engine_version=version
                ).first()
            if run is None or run.state == TaggingState.SUPERSEDED or (run.state == TaggingState.DONE and not _is_applied(run)):
                request_tagging(article=article)
                counts["queued"] += 1
            elif run.state in (TaggingState.QUEUED, TaggingState.RUNNING):
                counts["pending"] += 1
            elif run.state == TaggingState.FAILED and not retry_failed:
                counts["failed"] += 1
            elif run.state == TaggingState.DONE and not force:
                counts["up_to_date"] += 1
            else:
                reset_run(run=run)
                counts["queued"] += 1
    return counts


def enqueue_tagging(article_id: int, *, countdown: float | None = None) -> None:
    from ..tasks import tag_article  # the task module imports this one

    tag_article.apply_async(args=[article_id], countdown=countdown)


def reset_run(*, run: TaggingRun) -> TaggingRun:
    """Queue a failed run again (an operator's decision, e.g. after an engine fix)."""
    TaggingRun.objects.filter(pk=run.pk).update(
        state=TaggingState.QUEUED, attempts=0, error="", enqueued_at=timezone.now()
    )
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
    run.refresh_from_db(fields=["attempts", "engine_version", "body_sha256", "article_id"])
    try:
        return _tag_claimed_run(run=run, article_id=article_id)
    except TRANSIENT_ERRORS:
        # Hand the run back so the task's retry can claim it; left `running`, the retry would be
        # skipped and the article wait for the sweeper. The attempt is not counted: the engine
        # did not fail. If the database is down this fails too, and the sweeper covers it.
        try:
            TaggingRun.objects.filter(pk=run.pk, state=TaggingState.RUNNING, attempts=run.attempts).update(
                state=TaggingState.QUEUED, attempts=F("attempts") - 1, enqueued_at=timezone.now()
            )
        except TRANSIENT_ERRORS:
            log.warning("could not hand back tagging run %s; the sweeper will re-queue it", run.pk)
        raise
    except Exception as exc:  # noqa: BLE001 - a bug in the write must end bounded, like an engine bug
        return _record_failure(run=run, error=exc)


def _tag_claimed_run(*, run: TaggingRun, article_id: int) -> TaggingOutcome:
    body = Article.objects.values_list("body", flat=True).get(pk=article_id)
    try:
        document = run_engine(body)
    except TRANSIENT_ERRORS:
        raise
    except Exception as exc:  # noqa: BLE001 - any engine bug must end in a recorded, bounded failure
        return _record_failure(run=run, error=exc)

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


def _record_failure(*, run: TaggingRun, error: BaseException) -> TaggingOutcome:
    detail = "".join(traceback.format_exception(error))[-4000:]
    final = run.attempts >= settings.TAGGING_MAX_ATTEMPTS
    countdown = None if final else _backoff(run.attempts)
    now = timezone.now()
    TaggingRun.objects.filter(pk=run.pk, state=TaggingState.RUNNING, attempts=run.attempts).update(
        state=TaggingState.FAILED if final else TaggingState.QUEUED,
        error=f"attempt {run.attempts} of {settings.TAGGING_MAX_ATTEMPTS}: {detail}",
        finished_at=now if final else None,
        # The retry is due after its countdown; the sweeper must not re-send it before then.
        enqueued_at=now + timedelta(seconds=countdown or 0),
    )
    log.warning("tagging run %s failed (attempt %s): %r", run.pk, run.attempts, error)
    if final:
        return TaggingOutcome("failed", run.pk)
    article_id = run.article_id
    transaction.on_commit(lambda: enqueue_tagging(article_id, countdown=countdown))
    return TaggingOutcome("retry", run.pk)


def _backoff(attempt: int) -> float:
    import random

    return min(300.0, 2.0**attempt) * (0.5 + random.random())  # noqa: S311 - jitter, not security


def sweep_stuck_runs(*, older_than: timedelta | None = None) -> dict[str, int]:
    """Re-queue runs whose worker died (still `running` past the hard time limit) and re-send
    queued runs whose message was lost (e.g. the broker was down at commit). Bounded by
    TAGGING_MAX_ATTEMPTS: a run that kills its worker every time ends `failed`."""
    older_than = older_than or timedelta(seconds=settings.TAGGING_STUCK_AFTER)
    now = timezone.now()
    cutoff = now - older_than
    stuck = TaggingRun.objects.filter(state=TaggingState.RUNNING, started_at__lt=cutoff)
    failed = stuck.filter(attempts__gte=settings.TAGGING_MAX_ATTEMPTS).update(
        state=TaggingState.FAILED,
        error=f"worker lost: the run was still running after {int(older_than.total_seconds())} s "
        f"on each of {settings.TAGGING_MAX_ATTEMPTS} attempts (killed, or over the hard time limit)",
        finished_at=now,
    )
    stuck_ids = list(stuck.values_list("pk", flat=True))
    requeued = TaggingRun.objects.filter(pk__in=stuck_ids, state=TaggingState.RUNNING, started_at__lt=cutoff).update(
        state=TaggingState.QUEUED, enqueued_at=now
    )
    # Only runs whose last message is old: a long backlog still in the broker is not sent twice.
    lost = TaggingRun.objects.filter(state=TaggingState.QUEUED).filter(
        Q(enqueued_at__lt=cutoff) | Q(enqueued_at__isnull=True, created_at__lt=cutoff)
    )
    lost_ids = list(lost.values_list("pk", flat=True))
    TaggingRun.objects.filter(pk__in=lost_ids).update(enqueued_at=now)
    article_ids = set(
        TaggingRun.objects.filter(pk__in=[*stuck_ids, *lost_ids]).values_list("article_id", flat=True)
    )
    for article_id in sorted(article_ids):
        enqueue_tagging(article_id)
    return {"requeued": requeued, "failed": failed, "resent": len(article_ids)}


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


def _attribution_keys(a: Attribution | dict[str, Any], claim_start: int) -> tuple[tuple, tuple]:
    """Two identities of an attribution within its claim: by position relative to the claim (it
    survives text added above the claim) and by its words (it survives a reworded claim)."""

    def rel(offset: int | None) -> int | None:
        return None if offset is None else offset - claim_start

    if isinstance(a, Attribution):
        role, texts = a.role, (a.source_text, a.cue_text)
        spans = (a.source_start, a.source_end, a.cue_start, a.cue_end)
    else:
        src, cue = a.get("source") or {}, a.get("cue") or {}
        role, texts = a.get("role", AttributionRole.SOURCE), (src.get("text") or "", cue.get("text") or "")
        spans = (src.get("start"), src.get("end"), cue.get("start"), cue.get("end"))
    by_position = (role, *(rel(o) for o in spans))
    by_words = (role, *(" ".join(t.casefold().split()) for t in texts))
    return by_position, by_words


def _move_offsets(a: Attribution, *, old_start: int, new_start: int, new_text: str, text_changed: bool) -> bool:
    """Keep a kept attribution's spans pointing at its words after the claim moved or changed."""
    if not text_changed:
        delta = new_start - old_start
        if not delta:
            return False
        for name in ("source_start", "source_end", "cue_start", "cue_end"):
            value = getattr(a, name)
            if value is not None:
                setattr(a, name, value + delta)
        return True
    for text, start, end in (("source_text", "source_start", "source_end"), ("cue_text", "cue_start", "cue_end")):
        words = getattr(a, text)
        at = new_text.find(words) if words else -1
        # A span that no longer points at its words would mislead; the words themselves are kept.
        setattr(a, start, new_start + at if at >= 0 else None)
        setattr(a, end, new_start + at + len(words) if at >= 0 else None)
    return True


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

    # A re-tag mostly finds what it wrote last time: only claims whose columns differ are written
    # (bulk_update builds an expression per value, which made rewriting every claim ~130 ms an article).
    before = {c.pk: _tag_columns(c) for c in existing}
    now = timezone.now()
    kept: list[Claim] = []
    old_start: dict[int, tuple[int, bool]] = {}
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
        old_start[claim.pk] = (claim.start, text_changed or claim.text != seg.text)
        claim.ordinal, claim.start, claim.end, claim.text = seg.ordinal, seg.start, seg.end, seg.text
        claim.text_hash, claim.occurrence, claim.tag_status = seg.key, seg.occurrence, seg.tag_status
        claim.flags = sorted(set(keep) | set(seg.flags))
        kept.append(claim)
    gone_ids = []
    for claim in removed:
        if not has_editor_work(claim):
            gone_ids.append(claim.pk)
            continue
        flags = set(claim.flags) | {ClaimFlag.REMOVED_FROM_ARTICLE}
        if flags != set(claim.flags):
            claim.flags, claim.version = sorted(flags), claim.version + 1
        claim.ordinal = None
        kept.append(claim)
    to_update = [c for c in kept if _tag_columns(c) != before[c.pk]]
    for claim in to_update:
        claim.updated_at = now
    Claim.objects.filter(pk__in=gone_ids).delete()
    # Ordinals are unique per article: free every ordinal that moves before any claim takes its new
    # one (one UPDATE that swaps two ordinals collides midway on PostgreSQL). Unchanged claims keep
    # theirs, which no other claim is given.
    moving = [c.pk for c in to_update if before[c.pk][0] is not None and c.ordinal != before[c.pk][0]]
    if moving:
        Claim.objects.filter(pk__in=moving).update(ordinal=None)
    Claim.objects.bulk_update(to_update, [*CLAIM_TAG_COLUMNS, "updated_at"], batch_size=500)
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

    # Machine attributions: the pending ones are replaced (kept as they are when the engine proposes
    # exactly the same again); one an editor already decided on is not proposed again, whether
    # confirmed or rejected.
    claim_for: list[tuple[int, _NewClaim]] = [(c.pk, s) for c, s, _ in pairs] + [
        (c.pk, s) for c, s in zip(created, added, strict=True)
    ]
    paired = {c.pk: s for c, s, _ in pairs}
    pending: dict[int, list[Attribution]] = defaultdict(list)
    decided: dict[int, set[tuple]] = defaultdict(set)
    moved: list[Attribution] = []
    for a in Attribution.objects.filter(claim_id__in=paired).order_by("claim_id", "id"):
        if a.origin == AttributionOrigin.MACHINE and a.review == AttributionReview.PENDING:
            pending[a.claim_id].append(a)
            continue
        start, changed = old_start[a.claim_id]
        decided[a.claim_id].update(_attribution_keys(a, start))
        seg = paired[a.claim_id]
        if _move_offsets(a, old_start=start, new_start=seg.start, new_text=seg.text, text_changed=changed):
            moved.append(a)
    Attribution.objects.bulk_update(moved, ["source_start", "source_end", "cue_start", "cue_end"], batch_size=500)
    # Sorted, so that two workers creating the same new sources insert them in the same order
    # and cannot deadlock on the unique alias.
    mentions = sorted(
        (
            (a["source"]["canonical"] or a["source"]["text"], a["source"]["type"])
            for _, seg in claim_for
            for a in seg.attributions
            if a.get("source")
        ),
        key=lambda mention: normalise_alias(mention[0]),
    )
    sources = resolve_sources(mentions)
    proposed = 0
    stale: list[int] = []
    rows: list[tuple] = []
    touched: set[int] = set()
    for claim_id, seg in claim_for:
        mine = [
            _machine_attribution_values(claim_id, a, sources, engine_version)
            for a in seg.attributions
            if not decided[claim_id].intersection(_attribution_keys(a, seg.start))
        ]
        proposed += len(mine)
        old = pending.get(claim_id, [])
        if [tuple(getattr(a, c) for c in ATTRIBUTION_COLUMNS) for a in old] == mine:
            continue  # the same proposals in the same order: nothing to write
        stale += [a.pk for a in old]
        rows += [(*values, now, now) for values in mine]
        touched.add(claim_id)
    Attribution.objects.filter(pk__in=stale).delete()
    _insert_rows(Attribution, (*ATTRIBUTION_COLUMNS, "created_at", "updated_at"), rows)
    # A claim whose proposals changed is changed for readers syncing on updated_at.
    touched -= {c.pk for c in to_update} | {c.pk for c in created}
    if touched:
        Claim.objects.filter(pk__in=touched).update(updated_at=now)
    recompute_sourcing_strength(claim_ids=[cid for cid, _ in claim_for])
    return len(claim_for), proposed


# The columns a tagging run writes on an existing claim; a claim is rewritten only if one differs.
CLAIM_TAG_COLUMNS = ("ordinal", "start", "end", "text", "text_hash", "occurrence", "tag_status", "flags", "version")


def _tag_columns(claim: Claim) -> tuple:
    return tuple(getattr(claim, name) for name in CLAIM_TAG_COLUMNS)


# Columns of a machine attribution, in the order _machine_attribution_values returns them.
ATTRIBUTION_COLUMNS = (
    "claim_id", "source_id", "role", "cue_text", "cue_start", "cue_end", "source_text", "source_start",
    "source_end", "source_type", "confidence", "reason", "origin", "review", "engine_version",
)


def _machine_attribution_values(claim_id: int, a: dict[str, Any], sources: dict[str, Any], version: str) -> tuple:
    src, cue = a.get("source"), a.get("cue") or {}
    source = sources.get(normalise_alias(src["canonical"] or src["text"])) if src else None
    return (
        claim_id,
        source.pk if source is not None else None,
        a.get("role", AttributionRole.SOURCE),
        (cue.get("text") or "")[:255],
        cue.get("start"),
        cue.get("end"),
        (src["text"] if src else "")[:500],
        src["start"] if src else None,
        src["end"] if src else None,
        src["type"] if src else "",
        min(1.0, max(0.0, float(a.get("confidence", 0.5)))),
        (a.get("reason") or "")[:255],
        AttributionOrigin.MACHINE,
        AttributionReview.PENDING,
        version,
    )


# --- many new articles at once ------------------------------------------------------------
# A bulk ingest of thousands of articles would spend most of its time on per-article round trips
# (about 17 queries each). New articles have no claims and no editor work, so their first runs
# can be claimed one by one as usual (the conditional UPDATE keeps them exactly-once) and then
# written together: a few bulk INSERTs per batch. Anything unusual takes the one-by-one path.

# Articles per tag_articles message. Each batch costs two commits and a dozen queries whatever
# its size; at 25 those were a third of the write time in bench/pipeline.py.
TAG_BATCH = 100


def _engine_budget() -> float:
    """Seconds a batch may spend in the engine. Runs not reached by then are handed back and sent
    as a new batch, so a batch of long articles (or a slow engine) never nears the task's soft
    time limit, whatever TAG_BATCH is."""
    return settings.CELERY_TASK_SOFT_TIME_LIMIT / 4


def enqueue_tagging_batch(article_ids: list[int]) -> None:
    from ..tasks import tag_articles

    for at in range(0, len(article_ids), TAG_BATCH):
        tag_articles.apply_async(args=[article_ids[at : at + TAG_BATCH]])


def run_tagging_batch(*, article_ids: list[int]) -> Counter[str]:
    """Tag several articles; new ones are written together, the rest go through run_tagging."""
    outcomes: Counter[str] = Counter()
    version = engine_version()
    articles = {a.pk: a for a in Article.objects.filter(pk__in=article_ids).only("id", "body_sha256", "body")}
    outcomes["gone"] = len(set(article_ids) - set(articles))
    with_claims = set(
        Claim.objects.filter(article_id__in=articles).order_by().values_list("article_id", flat=True).distinct()
    )
    runs = {
        r.article_id: r
        for r in TaggingRun.objects.filter(article_id__in=articles, engine_version=version)
        if r.body_sha256 == articles[r.article_id].body_sha256
    }
    one_by_one = [pk for pk in articles if pk in with_claims or pk not in runs]
    claimed = _claim_runs([runs[pk] for pk in sorted(set(articles) - set(one_by_one))])
    outcomes["skipped"] += len(articles) - len(one_by_one) - len(claimed)
    attempts = dict(TaggingRun.objects.filter(pk__in=[r.pk for r in claimed]).values_list("pk", "attempts"))
    for run in claimed:
        run.attempts = attempts[run.pk]
    documents: list[tuple[TaggingRun, dict[str, Any]]] = []
    deadline = time.monotonic() + _engine_budget()
    for n, run in enumerate(claimed):
        if n and time.monotonic() > deadline:  # at least one per batch, so every batch makes progress
            later = claimed[n:]
            _hand_back(later)
            later_ids = [r.article_id for r in later]
            transaction.on_commit(partial(enqueue_tagging_batch, later_ids))
            outcomes["deferred"] += len(later)
            break
        try:
            documents.append((run, run_engine(articles[run.article_id].body)))
        except Exception as exc:  # noqa: BLE001 - recorded and bounded, as in run_tagging
            outcomes[_record_failure(run=run, error=exc).result] += 1
    try:
        outcomes["done"] += _write_new_articles(documents, articles, version)
    except Exception as exc:  # noqa: BLE001 - the one-by-one path records and bounds real errors
        # Hand the runs back and let the one-by-one path (with its own error handling) do them.
        if not isinstance(exc, _BatchNotApplicable):
            log.warning("batch write of %s runs failed (%r); tagging them one by one", len(documents), exc)
        _hand_back([run for run, _ in documents])
        one_by_one += [run.article_id for run, _ in documents]
    for pk in one_by_one:
        outcomes[run_tagging(article_id=pk).result] += 1
    return +outcomes


def _hand_back(runs: list[TaggingRun]) -> None:
    """Return claimed runs to the queue uncounted (the engine did not fail on them). Only runs this
    worker still holds (running, at the attempt it claimed) are touched; one UPDATE per attempt."""
    by_attempt: dict[int, list[int]] = defaultdict(list)
    for run in runs:
        by_attempt[run.attempts].append(run.pk)
    for attempts, ids in by_attempt.items():
        TaggingRun.objects.filter(pk__in=ids, state=TaggingState.RUNNING, attempts=attempts).update(
            state=TaggingState.QUEUED, attempts=F("attempts") - 1, enqueued_at=timezone.now()
        )


def _claim_runs(candidates: list[TaggingRun]) -> list[TaggingRun]:
    """The conditional UPDATE (queued → running) for many runs; returns the ones this worker got."""
    now = timezone.now()
    if connection.features.has_select_for_update_skip_locked:
        # Lock the queued ones (skipping rows another worker is claiming), then claim exactly those.
        with transaction.atomic():
            got = list(
                TaggingRun.objects.select_for_update(skip_locked=True)
                .filter(pk__in=[r.pk for r in candidates], state=TaggingState.QUEUED)
                .values_list("pk", flat=True)
            )
            TaggingRun.objects.filter(pk__in=got, state=TaggingState.QUEUED).update(
                state=TaggingState.RUNNING, attempts=F("attempts") + 1, started_at=now
            )
    else:
        got = [
            r.pk
            for r in candidates
            if TaggingRun.objects.filter(pk=r.pk, state=TaggingState.QUEUED).update(
                state=TaggingState.RUNNING, attempts=F("attempts") + 1, started_at=now
            )
        ]
    return [r for r in candidates if r.pk in set(got)]


def _write_new_articles(
    documents: list[tuple[TaggingRun, dict[str, Any]]], articles: dict[int, Article], version: str
) -> int:
    if not documents:
        return 0
    with transaction.atomic():
        run_ids = [run.pk for run, _ in documents]
        locked = {r.pk: r for r in TaggingRun.objects.select_for_update().filter(pk__in=run_ids).order_by("pk")}
        current = dict(
            Article.objects.select_for_update()
            .filter(pk__in=[r.article_id for r, _ in documents])
            .order_by("pk")
            .values_list("pk", "body_sha256")
        )
        has_claims = set(
            Claim.objects.filter(article_id__in=current).order_by().values_list("article_id", flat=True).distinct()
        )
        ready = [
            (run, doc)
            for run, doc in documents
            if locked[run.pk].state == TaggingState.RUNNING
            and locked[run.pk].attempts == run.attempts
            and current.get(run.article_id) == run.body_sha256
            and run.article_id not in has_claims
        ]
        if len(ready) != len(documents):
            # Something changed under us (a sweep, an edit, an editor): the careful path decides.
            raise _BatchNotApplicable
        segs = [(run, seg) for run, doc in ready for seg in _claims_from_document(articles[run.article_id].body, doc)]
        now = timezone.now()
        claim_ids = _insert_rows(
            Claim,
            CLAIM_COLUMNS,
            [
                (
                    run.article_id, seg.ordinal, seg.start, seg.end, seg.text, seg.key, seg.occurrence,
                    seg.tag_status, ClaimStatus.UNVERIFIED,
                    sourcing_strength_for(
                        ((a.get("source") or {}).get("type") or None)
                        for a in seg.attributions
                        if a.get("role", AttributionRole.SOURCE) == AttributionRole.SOURCE
                    ),
                    seg.flags, None, 1, now, now,
                )
                for run, seg in segs
            ],
            returning_ids=True,
        )
        mentions = sorted(
            {
                (a["source"]["canonical"] or a["source"]["text"], a["source"]["type"])
                for _, seg in segs
                for a in seg.attributions
                if a.get("source")
            },
            key=lambda mention: normalise_alias(mention[0]),
        )
        sources = resolve_sources(mentions)
        _insert_rows(
            Attribution,
            (*ATTRIBUTION_COLUMNS, "created_at", "updated_at"),
            [
                (*_machine_attribution_values(claim_id, a, sources, version), now, now)
                for claim_id, (_, seg) in zip(claim_ids, segs, strict=True)
                for a in seg.attributions
            ],
        )
        per_run = Counter(run.pk for run, _ in segs)
        per_run_attributions = Counter(run.pk for run, seg in segs for _ in seg.attributions)
        _mark_runs_done(
            [(run.pk, per_run[run.pk], per_run_attributions[run.pk]) for run, _ in ready], finished=timezone.now()
        )
    return len(ready)


# --- inserting many rows --------------------------------------------------------------------
# Profiled on PostgreSQL (cProfile on run_tagging_batch), building model instances and compiling
# multi-row INSERTs took about three quarters of a batch's write time, nearly all of it Django
# preparing each value, and bulk_update of the runs (a CASE expression tree per row) most of the
# rest. The batch path therefore writes plain tuples: COPY on PostgreSQL, bulk_create elsewhere.

CLAIM_COLUMNS = (
    "article_id", "ordinal", "start", "end", "text", "text_hash", "occurrence", "tag_status", "status",
    "sourcing_strength", "flags", "assigned_to_id", "version", "created_at", "updated_at",
)

_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_str(value: str) -> str:
    # Most values need no escape; looking costs a tenth of translate()'s copy.
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_COPY_ESCAPES)
    return value


@lru_cache(maxsize=8)
def _copy_datetime(value: datetime) -> str:
    return value.isoformat()  # every row of a batch carries the same timestamps


_COPY_ENCODERS: dict[type, Callable[[Any], str]] = {
    str: _copy_str,
    int: str,
    float: repr,
    bool: lambda v: "t" if v else "f",
    type(None): lambda v: "\\N",
    list: lambda v: _copy_str(json.dumps(v)),
    dict: lambda v: _copy_str(json.dumps(v)),
    datetime: _copy_datetime,
}


def _copy_value(value: Any) -> str:
    """One value in COPY's text format (str subclasses such as TextChoices members included)."""
    encode = _COPY_ENCODERS.get(type(value))
    if encode is None:
        encode = _copy_str if isinstance(value, str) else str
    return encode(value)


def _insert_rows(model: type[models.Model], columns: tuple[str, ...], rows: list[tuple], *, returning_ids: bool = False) -> list[int]:
    """Insert rows (tuples of values for `columns`, given by attname) in one go; with
    `returning_ids`, returns the new primary keys in the order of `rows`."""
    if not rows:
        return []
    if connection.vendor != "postgresql":
        objs = model.objects.bulk_create(
            [model(**dict(zip(columns, row, strict=True))) for row in rows], batch_size=500
        )
        return [o.pk for o in objs] if returning_ids else []
    table = model._meta.db_table
    pk = model._meta.pk.column
    column_of = {f.attname: f.column for f in model._meta.concrete_fields}
    names = [column_of[c] for c in columns]
    ids: list[int] = []
    with connection.cursor() as cursor:
        if returning_ids:
            # COPY returns nothing, so the keys are taken from the table's sequence first (nextval
            # is safe under concurrency and never hands out the same value twice).
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)", [table, pk, len(rows)]
            )
            ids = sorted(r[0] for r in cursor.fetchall())
            names = [pk, *names]
            rows = [(i, *row) for i, row in zip(ids, rows, strict=True)]
        data = "".join("\t".join(map(_copy_value, row)) + "\n" for row in rows)
        quote = connection.ops.quote_name
        cursor.copy_expert(
            f"COPY {quote(table)} ({', '.join(quote(n) for n in names)}) FROM STDIN", io.StringIO(data)
        )
    return ids


def _mark_runs_done(runs: list[tuple[int, int, int]], *, finished: datetime) -> None:
    """Set (run id, claims written, attributions written) runs done in one UPDATE.

    Hand-written CASE: bulk_update builds the same statement through an expression per value,
    which cost more than the rest of the batch's bookkeeping together.
    """
    if not runs:
        return
    table = connection.ops.quote_name(TaggingRun._meta.db_table)
    cases = " ".join(["WHEN %s THEN %s"] * len(runs))
    ids = [run_id for run_id, _, _ in runs]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET state = %s, finished_at = %s, error = '', "
            f"claims_written = CASE id {cases} END, attributions_written = CASE id {cases} END "
            f"WHERE id IN ({', '.join(['%s'] * len(ids))})",
            [
                TaggingState.DONE,
                finished,
                *(v for run_id, c, _ in runs for v in (run_id, c)),
                *(v for run_id, _, a in runs for v in (run_id, a)),
                *ids,
            ],
        )


class _BatchNotApplicable(Exception):
    pass
