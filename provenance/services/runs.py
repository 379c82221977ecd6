"""Tagging runs and their states: the engine behind one seam, and exactly-once runs.

Tagging is exactly-once in effect because the database, not the broker, decides: a run is
claimed with a conditional UPDATE (queued → running), and its claims, attributions and the
run's `done` state are written in one transaction (provenance.services.apply). Duplicate
deliveries find nothing to claim. This module owns the state machine: requesting and re-queueing
runs, claiming one, recording failures (bounded by TAGGING_MAX_ATTEMPTS) and the sweeper that
rescues runs whose worker died or whose message was lost. Many new articles at once take the
batch path (provenance.services.batch).
"""

from __future__ import annotations

import logging
import random
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import cache, partial
from typing import Any

from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string
from kombu.exceptions import OperationalError as BrokerOperationalError

from claims.models import Article

from .. import queue
from ..models import TaggingRun, TaggingState
from .apply import apply_document, dropped_claims
from .learning import active_model_id, engine_version_for, model_id_of, tagger

log = logging.getLogger(__name__)

# --- the engine, behind one seam ------------------------------------------------------------


@cache
def _engine_callable(path: str) -> Callable[[str], Any]:
    return import_string(path)


def engine_version() -> str:
    """The rules' version, plus the active tagger model's id (one indexed query: every worker sees
    an activation on its next run)."""
    return engine_version_for(active_model_id())


def run_engine(text: str, engine_version: str | None = None) -> dict[str, Any]:
    """The engine's output for `text`, as the contract's JSON dict.

    settings.TAGGING_ENGINE names the callable (default provenance.engine.tag); tests point it at
    a failing engine to prove that a poison article cannot stall the queue. A run passes its own
    engine version, so it tags with the model that version names even if another was activated since.
    """
    engine = _engine_callable(settings.TAGGING_ENGINE)
    model_id = model_id_of(engine_version) if engine_version else None
    result = engine(text) if model_id is None else engine(text, model=tagger(model_id))
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
        transaction.on_commit(lambda: queue.enqueue_tagging(article_id))
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


def reset_run(*, run: TaggingRun) -> TaggingRun:
    """Queue a failed run again (an operator's decision, e.g. after an engine fix)."""
    TaggingRun.objects.filter(pk=run.pk).update(
        state=TaggingState.QUEUED, attempts=0, error="", enqueued_at=timezone.now()
    )
    article_id = run.article_id
    transaction.on_commit(lambda: queue.enqueue_tagging(article_id))
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
    # A run queued under another engine version (a tagger model was activated or rolled back since)
    # will never be claimed: this one replaces it, or the sweeper would re-send it forever.
    TaggingRun.objects.filter(article=article, state=TaggingState.QUEUED).exclude(pk=run.pk).update(
        state=TaggingState.SUPERSEDED, finished_at=timezone.now()
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
        return record_failure(run=run, error=exc)


def _tag_claimed_run(*, run: TaggingRun, article_id: int) -> TaggingOutcome:
    body = Article.objects.values_list("body", flat=True).get(pk=article_id)
    try:
        document = run_engine(body, run.engine_version)
    except TRANSIENT_ERRORS:
        raise
    except Exception as exc:  # noqa: BLE001 - any engine bug must end in a recorded, bounded failure
        return record_failure(run=run, error=exc)

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
        locked.claims_dropped = note_dropped_claims(run=locked, document=document)
        locked.save(update_fields=["state", "finished_at", "error", "claims_written", "attributions_written",
                                   "claims_dropped"])
        transaction.on_commit(partial(queue.enqueue_matching, [article_id]))
    return TaggingOutcome("done", run.pk, *written)


def note_dropped_claims(*, run: TaggingRun, document: dict[str, Any]) -> int:
    """Claims over TAGGING_MAX_CLAIMS: counted on the run (admin, tagging_status) and logged."""
    dropped = dropped_claims(document)
    if dropped:
        log.warning(
            "tagging run %s of article %s: %s claims over TAGGING_MAX_CLAIMS (%s) left out",
            run.pk, run.article_id, dropped, settings.TAGGING_MAX_CLAIMS,
        )
    return dropped


def record_failure(*, run: TaggingRun, error: BaseException) -> TaggingOutcome:
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
    transaction.on_commit(lambda: queue.enqueue_tagging(article_id, countdown=countdown))
    return TaggingOutcome("retry", run.pk)


def _backoff(attempt: int) -> float:
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
        queue.enqueue_tagging(article_id)
    return {"requeued": requeued, "failed": failed, "resent": len(article_ids)}
