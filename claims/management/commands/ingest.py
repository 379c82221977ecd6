"""manage.py ingest PATH... [--format text|html|jsonl]

Exit codes: 0 every item stored or unchanged; 1 some items rejected (the rest are stored);
2 bad usage. Rejections are listed with the file or line they came from.
"""

from __future__ import annotations

import sys
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from claims.ingest import FORMATS, read_items
from claims.services import ingest_article
from claims.text import InvalidArticle

SHOW_REJECTIONS = 50


class Command(BaseCommand):
    help = "Ingest articles from text, HTML or JSON-lines files (or folders of them) and queue their tagging."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders ('-' is not supported)")
        parser.add_argument(
            "--format", choices=FORMATS, default=None,
            help="force a format (default: by extension: .jsonl jsonl, .html html, else text)",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    def handle(self, *args: object, **options: object) -> None:
        paths: list[str] = options["paths"]  # type: ignore[assignment]
        counts: Counter[str] = Counter()
        rejected: list[str] = []
        bar = tqdm(
            unit=" articles", file=sys.stderr, disable=bool(options["no_progress"]) or None, dynamic_ncols=True
        )
        items = read_items(paths, options["format"], max_bytes=settings.ARTICLE_MAX_BYTES)  # type: ignore[arg-type]
        for item in items:
            bar.update(1)
            if item.error:
                counts["rejected"] += 1
                rejected.append(f"{item.location}: {item.error}")
                continue
            try:
                result = ingest_article(fmt=item.fmt, **item.fields)
            except InvalidArticle as exc:
                counts["rejected"] += 1
                rejected.append(f"{item.location}: {exc}")
                continue
            counts[result.outcome] += 1
        bar.close()

        total = sum(counts.values())
        self.stdout.write(
            f"{total} items: {counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['rejected']} rejected"
        )
        for line in rejected[:SHOW_REJECTIONS]:
            self.stdout.write(f"  rejected {line}")
        if len(rejected) > SHOW_REJECTIONS:
            self.stdout.write(f"  ... and {len(rejected) - SHOW_REJECTIONS} more rejections")
        if total == 0:
            raise CommandError("no articles found in the given paths", returncode=2)
        if rejected:
            raise CommandError(f"{len(rejected)} item(s) rejected; the others were stored", returncode=1)
