"""manage.py retag (--all | --stale | --failed | --article ID [ID ...]) [--batch-size N] [--no-progress]

Queues tagging runs in batches (one transaction each) with a progress bar on stderr, then prints
a summary. Editors' decisions survive a re-tag (see provenance.services.apply.apply_document).
  --stale    articles whose claims are not the current engine's output for their current body
  --all      every article, re-running even runs already done for this body and engine
  --article  these articles, likewise forced
  --failed   articles whose current run failed: reset and queued again
Exit codes: 0 done; 1 an --article id does not exist (the others are queued); 2 bad usage.
"""

from __future__ import annotations

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from claims.models import Article
from provenance import selectors
from provenance.models import TaggingRun, TaggingState
from provenance.services import runs


class Command(BaseCommand):
    help = "Queue re-tagging of articles (after an engine upgrade, or to retry failures)."

    def add_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help="every article (forced)")
        which.add_argument("--stale", action="store_true", help="articles tagged for an older engine or body")
        which.add_argument("--failed", action="store_true", help="articles whose current run failed")
        which.add_argument("--article", type=int, nargs="+", metavar="ID", help="these articles (forced)")
        parser.add_argument("--batch-size", type=int, default=500, help="articles per transaction (default 500)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    def handle(self, *args: object, **options: object) -> None:
        batch_size = int(options["batch_size"])  # type: ignore[arg-type]
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1", returncode=2)
        missing: list[int] = []
        force = retry_failed = False
        if options["stale"]:
            ids = list(selectors.stale_articles().values_list("pk", flat=True))
        elif options["failed"]:
            ids = list(
                TaggingRun.objects.filter(state=TaggingState.FAILED, engine_version=runs.engine_version())
                .order_by("article_id")
                .values_list("article_id", flat=True)
                .distinct()
            )
            retry_failed = True
        elif options["all"]:
            ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
            force = True
        else:
            wanted: list[int] = options["article"]  # type: ignore[assignment]
            found = set(Article.objects.filter(pk__in=wanted).values_list("pk", flat=True))
            ids = [i for i in dict.fromkeys(wanted) if i in found]
            missing = [i for i in wanted if i not in found]
            force = True

        counts: Counter[str] = Counter()
        with tqdm(
            total=len(ids), unit=" articles", file=sys.stderr, disable=bool(options["no_progress"]) or None
        ) as bar:
            for at in range(0, len(ids), batch_size):
                batch = ids[at : at + batch_size]
                counts.update(runs.retag_articles(article_ids=list(batch), force=force, retry_failed=retry_failed))
                bar.update(len(batch))

        self.stdout.write(
            f"{len(ids)} articles: {counts['queued']} queued, {counts['pending']} already queued or running, "
            f"{counts['up_to_date']} up to date, {counts['failed']} failed (use --failed to retry them)"
        )
        if missing:
            raise CommandError(f"no article with id {', '.join(map(str, missing))}", returncode=1)
