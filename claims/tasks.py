"""Celery tasks of the claims side: thin, each calls one function.

write_daily_reports is sent by beat (CELERY_BEAT_SCHEDULE in config/settings.py); notify_event by
the workflow services, by name, once a review event commits (claims.services.notifications).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from functools import partial
from pathlib import Path

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from . import notify
from .exports import reports

log = logging.getLogger(__name__)

# A notification is worth a few tries over about an hour (30 s, 1, 2, 4, 8, 16 min, with jitter),
# and only for faults a later attempt can cure: the server unreachable, a timeout, a 5xx.
NOTIFY_RETRIES = 6
NOTIFY_BACKOFF = 30
DELIVERY_TASK = {"bind": True, "acks_late": True, "reject_on_worker_lost": True, "max_retries": NOTIFY_RETRIES}


@shared_task(name="claims.tasks.write_daily_reports", acks_late=True, reject_on_worker_lost=True,
             autoretry_for=(OperationalError, InterfaceError), retry_backoff=60, max_retries=3)
def write_daily_reports() -> dict[str, int]:
    """Today's report files in EXPORT_REPORTS_DIR: {file name: claims}. Nothing when it is unset."""
    if not settings.EXPORT_REPORTS_DIR:
        return {}
    written = reports.write_daily_reports(
        folder=Path(settings.EXPORT_REPORTS_DIR), days=settings.EXPORT_REPORTS_UNVERIFIED_DAYS, now=timezone.now()
    )
    return {report.path.name: report.rows for report in written}


@shared_task(name="claims.tasks.notify_event", acks_late=True, reject_on_worker_lost=True,
             autoretry_for=(OperationalError, InterfaceError), retry_backoff=30, max_retries=3)
def notify_event(event_id: int) -> dict[str, int]:
    """Queue one delivery per person to mail and one webhook message for the event."""
    notices = notify.notices_for_event(event_id=int(event_id))
    for notice in notices.notices:
        if notice.email:
            deliver_mail.delay(int(event_id), notice.user_id)
    if notices.summary and settings.NOTIFY_WEBHOOK_URL:
        deliver_webhook.delay(int(event_id))
    return {"notices": len(notices.notices)}


def _retry_later(task, exc: notify.TransientDeliveryError, what: str) -> str:  # noqa: ANN001
    if task.request.is_eager:
        # Eager tasks (no REDIS_URL: the demo, the tests) run inside the request that made the
        # change; retrying there would hold that request. The log keeps what was not delivered.
        log.warning("%s not delivered (no retry with eager tasks): %s", what, exc)
        return "not delivered"
    countdown = NOTIFY_BACKOFF * 2 ** task.request.retries
    raise task.retry(exc=exc, countdown=countdown + random.uniform(0, countdown / 2))  # noqa: S311


def _deliver(task, send: Callable[[], bool], what: str, *, unsent: str) -> str:  # noqa: ANN001
    """One delivery attempt of a delivery task: a transient fault is retried later, a refusal is
    logged and final (a later attempt would be refused the same way)."""
    try:
        return "sent" if send() else unsent
    except notify.TransientDeliveryError as exc:
        return _retry_later(task, exc, what)
    except notify.DeliveryRefused as exc:
        log.warning("%s refused: %s", what, exc)
        return "refused"


@shared_task(name="claims.tasks.deliver_mail", **DELIVERY_TASK)
def deliver_mail(self, event_id: int, user_id: int) -> str:  # noqa: ANN001
    """Mail one person what the event means to them (re-read now: ids only in the message)."""
    for notice in notify.notices_for_event(event_id=int(event_id)).notices:
        if notice.user_id == int(user_id):
            return _deliver(self, partial(notify.send_mail, notice), f"mail for event {event_id} to user {user_id}",
                            unsent="no address")
    return "nothing to send"


@shared_task(name="claims.tasks.deliver_webhook", **DELIVERY_TASK)
def deliver_webhook(self, event_id: int) -> str:  # noqa: ANN001
    """POST the event's one-line summary to NOTIFY_WEBHOOK_URL."""
    summary = notify.notices_for_event(event_id=int(event_id)).summary
    return _deliver(self, partial(notify.post_webhook, summary), f"webhook message for event {event_id}",
                    unsent="nothing to send")
