"""manage.py tagging_status [--check]

Counts of tagging runs by state, the oldest running (and stuck) run, the oldest queued run, how
many articles are stale, and the latest failures with their errors.
Exit codes: 0; with --check, 1 when a run is stuck or failed (for monitoring).
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from provenance import selectors
from provenance.models import TaggingRun
from provenance.services import runs


def _age(since) -> str:  # noqa: ANN001
    seconds = int((timezone.now() - since).total_seconds()) if since else 0
    minutes, seconds = divmod(max(seconds, 0), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m {seconds:02d}s" if hours else f"{minutes}m {seconds:02d}s"


def _describe(run: TaggingRun, since) -> str:  # noqa: ANN001
    return f"run #{run.pk} of article {run.article_id} (attempt {run.attempts}), {_age(since)} ago"


class Command(BaseCommand):
    help = "Show tagging runs by state, the oldest stuck run and recent failures."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--check", action="store_true", help="exit 1 when a run is stuck or failed")

    def handle(self, *args: object, **options: object) -> None:
        status = selectors.tagging_status()
        out = self.stdout
        out.write(f"engine version {runs.engine_version()}")
        for state, n in status.counts.items():
            out.write(f"  {state:<11}{n:>9}")
        out.write(f"  {'stale':<11}{status.stale:>9}  articles not tagged for their current body and engine")
        if status.oldest_stuck:
            out.write(
                f"oldest stuck run: {_describe(status.oldest_stuck, status.oldest_stuck.started_at)} "
                f"(running longer than TAGGING_STUCK_AFTER={status.stuck_after} s; the sweeper re-queues it)"
            )
        else:
            out.write(f"oldest stuck run: none (none running longer than {status.stuck_after} s)")
        if status.oldest_running:
            out.write(f"oldest running run: {_describe(status.oldest_running, status.oldest_running.started_at)}")
        if status.oldest_queued:
            out.write(f"oldest queued run: {_describe(status.oldest_queued, status.oldest_queued.created_at)}")
        for run in status.recent_failures:
            last_line = (run.error.strip().splitlines() or ["(no error kept)"])[-1][:200]
            out.write(f"failed: {_describe(run, run.finished_at)}: {last_line}")
        if options["check"] and (status.oldest_stuck or status.counts.get("failed")):
            raise CommandError("tagging has stuck or failed runs", returncode=1)
