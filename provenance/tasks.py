"""Celery tasks: thin. They take ids, re-fetch, and call one service.

The services send these tasks by name (provenance.queue), so this module is the only one that
imports the services to run them, and nothing in the services imports it back.
"""

from __future__ import annotations

from celery import shared_task

from .services import batch, matching, runs
from .services.runs import TRANSIENT_ERRORS

# Only errors that a later attempt can cure are retried, with backoff and jitter; an engine bug
# is recorded by the service and bounded by TAGGING_MAX_ATTEMPTS instead. A worker that dies
# mid-task leaves the message unacknowledged, so the broker delivers it again.
TAGGING_TASK = {
    "bind": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": 2,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 5,
}


@shared_task(name="provenance.tasks.tag_article", **TAGGING_TASK)
def tag_article(self, article_id: int) -> str:  # noqa: ANN001
    return runs.run_tagging(article_id=int(article_id)).result


@shared_task(name="provenance.tasks.tag_articles", **TAGGING_TASK)
def tag_articles(self, article_ids: list[int]) -> dict[str, int]:  # noqa: ANN001
    """Many new articles at once (bulk ingest); each run is still claimed exactly once."""
    return dict(batch.run_tagging_batch(article_ids=[int(i) for i in article_ids]))


@shared_task(name="provenance.tasks.sweep_stuck_runs", acks_late=True, autoretry_for=TRANSIENT_ERRORS,
             retry_backoff=True, max_retries=3)
def sweep_stuck_runs() -> dict[str, int]:
    return runs.sweep_stuck_runs()


@shared_task(name="provenance.tasks.match_article", **TAGGING_TASK)
def match_article(self, article_id: int) -> dict[str, int | str]:  # noqa: ANN001
    """Suggest matches for an article's claims (sent after its tagging run is written); idempotent."""
    return matching.match_article(article_id=int(article_id)).as_dict()
