"""Many new articles at once (bulk ingest): runs claimed one by one, written together.

A bulk ingest of thousands of articles would spend most of its time on per-article round trips
(about 17 queries each). New articles have no claims and no editor work, so their first runs
can be claimed as usual (the conditional UPDATE keeps them exactly-once) and then written
together: a few bulk INSERTs per batch. Anything unusual (claims already there, a run changed
under us, a write error) takes the one-by-one path of provenance.services.runs.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from functools import partial
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus

from .. import queue
from ..models import Attribution, AttributionRole, TaggingRun, TaggingState
from . import runs
from .apply import ATTRIBUTION_COLUMNS, claims_from_document, machine_attribution_values, source_mentions
from .rows import insert_rows, mark_runs_done
from .sources import resolve_sources, sourcing_strength_for

log = logging.getLogger(__name__)

CLAIM_COLUMNS = (
    "article_id", "ordinal", "start", "end", "text", "text_hash", "occurrence", "tag_status", "status",
    "sourcing_strength", "flags", "assigned_to_id", "version", "created_at", "updated_at",
)


def _engine_budget() -> float:
    """Seconds a batch may spend in the engine. Runs not reached by then are handed back and sent
    as a new batch, so a batch of long articles (or a slow engine) never nears the task's soft
    time limit, whatever TAG_BATCH is."""
    return settings.CELERY_TASK_SOFT_TIME_LIMIT / 4


def run_tagging_batch(*, article_ids: list[int]) -> Counter[str]:
    """Tag several articles; new ones are written together, the rest go through run_tagging."""
    outcomes: Counter[str] = Counter()
    version = runs.engine_version()
    articles = {a.pk: a for a in Article.objects.filter(pk__in=article_ids).only("id", "body_sha256", "body")}
    outcomes["gone"] = len(set(article_ids) - set(articles))
    with_claims = set(
        Claim.objects.filter(article_id__in=articles).order_by().values_list("article_id", flat=True).distinct()
    )
    current_runs = {
        r.article_id: r
        for r in TaggingRun.objects.filter(article_id__in=articles, engine_version=version)
        if r.body_sha256 == articles[r.article_id].body_sha256
    }
    one_by_one = [pk for pk in articles if pk in with_claims or pk not in current_runs]
    claimed = _claim_runs([current_runs[pk] for pk in sorted(set(articles) - set(one_by_one))])
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
            transaction.on_commit(partial(queue.enqueue_tagging_batch, later_ids))
            outcomes["deferred"] += len(later)
            break
        try:
            documents.append((run, runs.run_engine(articles[run.article_id].body, run.engine_version)))
        except Exception as exc:  # noqa: BLE001 - recorded and bounded, as in run_tagging
            outcomes[runs.record_failure(run=run, error=exc).result] += 1
    try:
        outcomes["done"] += _write_new_articles(documents, articles, version)
    except Exception as exc:  # noqa: BLE001 - the one-by-one path records and bounds real errors
        # Hand the runs back and let the one-by-one path (with its own error handling) do them.
        if not isinstance(exc, _BatchNotApplicable):
            log.warning("batch write of %s runs failed (%r); tagging them one by one", len(documents), exc)
        _hand_back([run for run, _ in documents])
        one_by_one += [run.article_id for run, _ in documents]
    for pk in one_by_one:
        outcomes[runs.run_tagging(article_id=pk).result] += 1
    return +outcomes


def _hand_back(claimed: list[TaggingRun]) -> None:
    """Return claimed runs to the queue uncounted (the engine did not fail on them). Only runs this
    worker still holds (running, at the attempt it claimed) are touched; one UPDATE per attempt."""
    by_attempt: dict[int, list[int]] = defaultdict(list)
    for run in claimed:
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
        segs = [(run, seg) for run, doc in ready for seg in claims_from_document(articles[run.article_id].body, doc)]
        now = timezone.now()
        claim_ids = insert_rows(
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
        sources = resolve_sources(source_mentions((run.article_id, seg) for run, seg in segs))
        insert_rows(
            Attribution,
            (*ATTRIBUTION_COLUMNS, "created_at", "updated_at"),
            [
                (*machine_attribution_values(claim_id, run.article_id, a, sources, version), now, now)
                for claim_id, (run, seg) in zip(claim_ids, segs, strict=True)
                for a in seg.attributions
            ],
        )
        per_run = Counter(run.pk for run, _ in segs)
        per_run_attributions = Counter(run.pk for run, seg in segs for _ in seg.attributions)
        mark_runs_done(
            [(run.pk, per_run[run.pk], per_run_attributions[run.pk]) for run, _ in ready], finished=timezone.now()
        )
        for run, doc in ready:
            if dropped := runs.note_dropped_claims(run=run, document=doc):  # rare: one UPDATE each
                TaggingRun.objects.filter(pk=run.pk).update(claims_dropped=dropped)
        transaction.on_commit(partial(queue.enqueue_matching, [run.article_id for run, _ in ready]))
    return len(ready)


class _BatchNotApplicable(Exception):
    pass
