"""manage.py match_claims (--all | --article ID [ID ...]) [--no-progress]

Finds the same claims across articles for existing data (new articles are matched by the task
sent after their tagging run). Each article is matched in turn with a progress bar on stderr:
its claims' signatures are stored, candidates found and scored, suggestions written. Editors'
decisions stay as they are (a rejected pair is never suggested again). Re-running is safe: it
rescores and adds what is new.
Exit codes: 0 done; 1 an --article id does not exist (the others are matched); 2 bad usage.
"""

from __future__ import annotations

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from claims.models import Article
from provenance.services import matching


class Command(BaseCommand):
    help = "Suggest matches between claims of different articles (backfill)."

    def add_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help="every article, oldest first")
        which.add_argument("--article", type=int, nargs="+", metavar="ID", help="these articles")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    def handle(self, *args: object, **options: object) -> None:
        missing: list[int] = []
        if options["all"]:
            ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        else:
            wanted: list[int] = options["article"]  # type: ignore[assignment]
            found = set(Article.objects.filter(pk__in=wanted).values_list("pk", flat=True))
            ids = [i for i in dict.fromkeys(wanted) if i in found]
            missing = [i for i in wanted if i not in found]
        totals: Counter[str] = Counter()
        with tqdm(total=len(ids), unit=" articles", file=sys.stderr,
                  disable=bool(options["no_progress"]) or None) as bar:
            for article_id in ids:
                outcome = matching.match_article(article_id=article_id)
                totals.update({k: v for k, v in outcome.as_dict().items() if isinstance(v, int)})
                bar.update(1)
        self.stdout.write(
            f"{len(ids)} articles, {totals['claims']} claims: {totals['suggested']} pairs suggested, "
            f"{totals['updated']} rescored, {totals['removed']} no longer suggested"
        )
        if missing:
            raise CommandError(f"no article with id {', '.join(map(str, missing))}", returncode=1)
