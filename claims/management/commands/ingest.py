"""manage.py ingest PATH... [--format text|html|jsonl] [--batch-size N] [--no-progress]

Streams items from files and folders (memory stays flat however large the input), validates each,
and stores them in batches (one transaction and a few bulk INSERTs per batch); tagging is queued
after each batch commits. Idempotent on url, else on the body's SHA-256: a second run creates
nothing.

Exit codes: 0 every item stored or unchanged; 1 some items rejected (the rest are stored);
2 nothing to ingest (no files found) or bad usage. Rejections are listed with the file or line
they came from.
"""

from __future__ import annotations

import sys
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from claims.ingest import FORMATS, read_items
from claims.services.articles import PreparedArticle, prepare_article
from claims.text import InvalidArticle
from provenance.services.ingest import ingest_articles

SHOW_REJECTIONS = 50


class Command(BaseCommand):
    help = "Ingest articles from text, HTML or JSON-lines files (or folders of them) and queue their tagging."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders ('-' is not supported)")
        parser.add_argument(
            "--format", choices=FORMATS, default=None,
            help="force a format (default: by extension: .jsonl jsonl, .html html, else text)",
        )
        parser.add_argument("--batch-size", type=int, default=500, help="articles per transaction (default 500)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    def handle(self, *args: object, **options: object) -> None:
        paths: list[str] = options["paths"]  # type: ignore[assignment]
        batch_size = int(options["batch_size"])  # type: ignore[arg-type]
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1", returncode=2)
        counts: Counter[str] = Counter()
        # Only the first rejections are kept for the report, so memory stays flat on huge inputs.
        shown: list[str] = []

        def reject(location: str, reason: str) -> None:
            counts["rejected"] += 1
            if len(shown) < SHOW_REJECTIONS:
                shown.append(f"{location}: {reason}")

        batch: list[PreparedArticle] = []

        def flush() -> None:
            counts.update(ingest_articles(items=batch))
            batch.clear()

        bar = tqdm(
            unit=" articles", file=sys.stderr, disable=bool(options["no_progress"]) or None, dynamic_ncols=True
        )
        items = read_items(paths, options["format"], max_bytes=settings.ARTICLE_MAX_BYTES)  # type: ignore[arg-type]
        for item in items:
            bar.update(1)
            if item.error:
                reject(item.location, item.error)
                continue
            try:
                batch.append(prepare_article(fmt=item.fmt, **item.fields))
            except InvalidArticle as exc:
                reject(item.location, str(exc))
                continue
            if len(batch) >= batch_size:
                flush()
        flush()
        bar.close()

        total = sum(counts.values())
        self.stdout.write(
            f"{total} items: {counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['rejected']} rejected"
        )
        for line in shown:
            self.stdout.write(f"  rejected {line}")
        if counts["rejected"] > len(shown):
            self.stdout.write(f"  ... and {counts['rejected'] - len(shown)} more rejections")
        if total == 0:
            raise CommandError("no articles found in the given paths", returncode=2)
        if counts["rejected"]:
            raise CommandError(f"{counts['rejected']} item(s) rejected; the others were stored", returncode=1)
