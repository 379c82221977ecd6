"""Write today's report CSVs now, as beat does daily when EXPORT_REPORTS_DIR is set.

    python manage.py export_reports [--dir FOLDER] [--days N]

For desks that schedule with cron rather than Celery beat, and to try the configuration.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from claims.exports import reports


class Command(BaseCommand):
    help = "Write the daily report CSVs (unverified older than N days, anonymous-only) into a folder."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dir", default=settings.EXPORT_REPORTS_DIR,
                            help="folder to write into (default: EXPORT_REPORTS_DIR)")
        parser.add_argument("--days", type=int, default=settings.EXPORT_REPORTS_UNVERIFIED_DAYS,
                            help="age in days for the unverified report (default: EXPORT_REPORTS_UNVERIFIED_DAYS)")

    def handle(self, *args, **options) -> None:  # noqa: ANN002, ANN003
        if not options["dir"]:
            raise CommandError("no folder: give --dir or set EXPORT_REPORTS_DIR")
        if options["days"] < 0:
            raise CommandError("--days must be 0 or more")
        try:
            written = reports.write_daily_reports(folder=Path(options["dir"]), days=options["days"], now=timezone.now())
        except FileNotFoundError as exc:
            raise CommandError(str(exc)) from None
        for report in written:
            self.stdout.write(f"{report.path}: {report.rows} claims")
