"""Queue a notification about a review event once its transaction commits.

Who hears of what, and how, is decided above the claims core (claims.notify, run by the Celery
task claims.tasks.notify_event): whether a decision concerns matching claims needs provenance's
matches, which this core never imports. The task is sent by name, ids only.
"""

from __future__ import annotations

import logging

from django.db import transaction

from config.celery import app

log = logging.getLogger(__name__)

NOTIFY_EVENT = "claims.tasks.notify_event"


def _send(event_id: int) -> None:
    try:
        app.tasks[NOTIFY_EVENT].apply_async(args=[event_id])
    except Exception:  # noqa: BLE001
        # The review change is committed; a broker that is down (or, with eager tasks, a fault while
        # notifying) must not turn it into an error page. The log keeps what was not sent.
        log.exception("notification for review event %s was not queued", event_id)


def queue_notification(*, event_id: int) -> None:
    """Notify about this ReviewEvent after the surrounding transaction commits (never before)."""
    transaction.on_commit(lambda: _send(event_id))
