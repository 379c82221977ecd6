"""Celery tasks of the claims side: thin, each calls one function.

Sent by beat only (CELERY_BEAT_SCHEDULE in config/settings.py), never by the services.
"""

from __future__ import annotations

from pathlib import Path

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from .exports import reports


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
