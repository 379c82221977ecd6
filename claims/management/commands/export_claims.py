"""Export claims as CSV, JSON lines or ClaimReview JSON-LD, with the API's claim filters.

    python manage.py export_claims --format csv --status verified --status false -o claims.csv

Rows come from claims.exports, the same code the HTTP exports stream; progress goes to stderr.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import QueryDict
from tqdm import tqdm

from claims import exports

# option dest -> filter name; repeatable options may be given several times.
FILTER_OPTIONS = {
    "status": ("--status", True, "verification status (repeatable)"),
    "sourcing_strength": ("--sourcing-strength", True, "on_record, anonymous_only, vague_only, none (repeatable)"),
    "source_type": ("--source-type", False, "claims with a non-rejected attribution of this source type"),
    "source": ("--source", False, "claims with a non-rejected attribution to this source id"),
    "publisher": ("--publisher", False, "publisher source id"),
    "article": ("--article", False, "article id"),
    "assigned_to": ("--assigned-to", False, "user id"),
    "unassigned": ("--unassigned", False, "true or false"),
    "flag": ("--flag", False, "text_changed, removed_from_article, not_independently_verified"),
    "age": ("--age", False, "under_1_day, 1_to_7_days, 7_to_30_days, over_30_days"),
    "created_after": ("--created-after", False, "ISO 8601 date-time, inclusive"),
    "created_before": ("--created-before", False, "ISO 8601 date-time, exclusive"),
    "updated_after": ("--updated-after", False, "ISO 8601 date-time, inclusive (incremental sync)"),
    "updated_before": ("--updated-before", False, "ISO 8601 date-time, exclusive"),
    "q": ("--q", False, "search claim text and the names of the sources cited"),
}


class Command(BaseCommand):
    help = "Export claims (csv, jsonl or claimreview) with the same filters as /api/v1/claims/."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=exports.FORMATS, default="csv")
        parser.add_argument("-o", "--output", help="file to write (default: standard output)")
        parser.add_argument("--base-url", default="http://127.0.0.1:8000/",
                            help="site address for ClaimReview urls while CLAIMREVIEW_URL_TEMPLATE is unset (DEBUG only)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
        for dest, (flag, repeatable, text) in FILTER_OPTIONS.items():
            parser.add_argument(flag, dest=dest, action="append" if repeatable else "store", help=text)

    def handle(self, *args, **options) -> None:  # noqa: ANN002, ANN003
        params = QueryDict(mutable=True)
        for dest in FILTER_OPTIONS:
            value = options.get(dest)
            if value is not None:
                params.setlist(dest, value if isinstance(value, list) else [value])
        try:
            claims = exports.filtered_claims(params)
        except exports.ExportFilterError as exc:
            raise CommandError(f"invalid filters: {exc}") from None
        fmt = options["format"]
        try:
            # Before the output file is opened: a refused export leaves no empty file behind.
            exports.ensure_configured(fmt)
        except exports.ExportNotConfigured as exc:
            raise CommandError(str(exc)) from None
        bar = None
        if not options["no_progress"]:
            bar = tqdm(total=exports.export_count(fmt, claims), unit="claims", file=sys.stderr)
        out = open(options["output"], "wb") if options["output"] else sys.stdout.buffer  # noqa: SIM115
        try:
            for chunk in exports.export_chunks(fmt, claims, base_url=options["base_url"],
                                               progress=bar.update if bar else None):
                out.write(chunk)
            out.flush()
        finally:
            if bar:
                bar.close()
            if options["output"]:
                out.close()
