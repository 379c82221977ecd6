"""Bulk-seed PostgreSQL with articles, claims, attributions and sources, fast (COPY FROM STDIN).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/provenance_bench_a \\
        python bench/seed.py --claims 1000000

Reusable: `from bench.seed import seed; seed(n_claims=1_000_000)` after django.setup(). Rows are
appended after the existing ids (sequences are moved past them), so seeding twice doubles the data.
Statuses, sourcing strengths, flags and source types are spread so that every filter matches some.
With --history, every 4th claim also has a relay (a news outlet passed it on), every decided claim
has the review event that decided it (a note, every other one an evidence link) and every 10th claim
an added evidence link: what the provenance columns of the exports read.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STATUSES = ["unverified"] * 6 + ["in_review"] * 2 + ["verified", "false", "misleading", "unverifiable", "not_a_claim"]
STRENGTH_FOR_TYPE = {"news_outlet": "on_record", "official": "on_record", "government": "on_record",
                     "person": "on_record", "document": "on_record", "social_media": "on_record",
                     "anonymous": "anonymous_only", "unspecified": "vague_only"}
SOURCE_TYPES = list(STRENGTH_FOR_TYPE)
WORDS = ("regulators officials company recall budget council report filing vehicles percent million agency "
         "spokesperson statement investigation program contract workers prices union court data").split()
CHUNK = 50_000


def _copy(cursor, table: str, columns: list[str], rows: Iterator[list]) -> int:  # noqa: ANN001
    """COPY rows into table in chunks of CHUNK rows; returns how many were written."""
    total = 0
    while True:
        buffer = io.StringIO()
        writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC)  # "" stays an empty string, not NULL
        n = 0
        for row in rows:
            writer.writerow(row)
            n += 1
            if n >= CHUNK:
                break
        if not n:
            return total
        buffer.seek(0)
        quoted = ", ".join(f'"{c}"' for c in columns)  # "end" is a reserved word
        cursor.copy_expert(f"COPY {table} ({quoted}) FROM STDIN WITH (FORMAT csv)", buffer)
        total += n
        if n < CHUNK:
            return total


def _next_id(cursor, table: str) -> int:  # noqa: ANN001
    cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")  # noqa: S608
    return cursor.fetchone()[0]


def _fix_sequence(cursor, table: str) -> None:  # noqa: ANN001
    cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1)) FROM {table}")  # noqa: S608


DECIDED = {"verified", "false", "misleading", "unverifiable", "not_a_claim"}


def seed(n_claims: int, *, claims_per_article: int = 25, n_sources: int = 2000, attributions_per_claim: int = 1,
         history: bool = False, seed_value: int = 7, log: Callable[[str], None] | None = print) -> dict[str, int]:
    """Append n_claims claims (in articles of claims_per_article), their attributions and a source registry.

    Needs Django set up against PostgreSQL. Returns the number of rows written per table.
    """
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        raise SystemExit("bench/seed.py needs PostgreSQL (set DATABASE_URL=postgres://...)")
    rng = random.Random(seed_value)
    now = dt.datetime.now(dt.UTC)
    started = time.monotonic()
    n_articles = max(1, -(-n_claims // claims_per_article))
    written: dict[str, int] = {}
    say = log or (lambda _msg: None)

    with transaction.atomic(), connection.cursor() as cur:
        cursor = cur.cursor  # the psycopg2 cursor, for copy_expert
        src0 = _next_id(cur, "provenance_source")
        alias0 = _next_id(cur, "provenance_sourcealias")
        art0 = _next_id(cur, "claims_article")
        claim0 = _next_id(cur, "claims_claim")
        att0 = _next_id(cur, "provenance_attribution")

        source_types = [SOURCE_TYPES[i % len(SOURCE_TYPES)] for i in range(n_sources)]
        written["sources"] = _copy(cursor, "provenance_source",
                                   ["id", "canonical_name", "type", "notes", "description", "created_at",
                                    "updated_at"],
                                   ([src0 + i, f"Bench source {src0 + i}", source_types[i], "", "", now, now]
                                    for i in range(n_sources)))
        written["aliases"] = _copy(cursor, "provenance_sourcealias", ["id", "source_id", "alias", "normalised"],
                                   ([alias0 + i, src0 + i, f"Bench source {src0 + i}", f"bench source {src0 + i}"]
                                    for i in range(n_sources)))
        n_outlets = max(1, n_sources // len(SOURCE_TYPES))  # every 8th source is a news outlet
        written["articles"] = _copy(
            cursor, "claims_article",
            ["id", "title", "url", "publisher_id", "published_at", "body", "body_sha256", "created_at", "updated_at"],
            ([art0 + i, f"Bench article {art0 + i}", f"https://bench.example.org/{art0 + i}",
              src0 + (i % n_outlets) * len(SOURCE_TYPES), now - dt.timedelta(days=i % 365),
              "Bench body.", f"{art0 + i:064x}", now - dt.timedelta(minutes=n_articles - i), now]
             for i in range(n_articles)))
        say(f"sources, aliases, articles: {time.monotonic() - started:.1f} s")

        claim_source: list[int] = []
        claim_status: list[str] = []

        def claims() -> Iterator[list]:
            for i in range(n_claims):
                words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 22)))
                source_index = rng.randrange(n_sources)
                claim_source.append(source_index)
                status = rng.choice(STATUSES)
                claim_status.append(status)
                flags = '["not_independently_verified"]' if i % 50 == 0 else "[]"
                created = now - dt.timedelta(seconds=n_claims - i)
                yield [claim0 + i, art0 + i // claims_per_article, i % claims_per_article, 0, len(words) + 1,
                       f"{words.capitalize()}.", f"{claim0 + i:064x}", 0, "attributed", status,
                       STRENGTH_FOR_TYPE[source_types[source_index]], flags, 1, created, created]

        written["claims"] = _copy(
            cursor, "claims_claim",
            ["id", "article_id", "ordinal", "start", "end", "text", "text_hash", "occurrence", "tag_status",
             "status", "sourcing_strength", "flags", "version", "created_at", "updated_at"],
            claims())
        say(f"claims: {written['claims']:,} after {time.monotonic() - started:.1f} s")

        def attributions() -> Iterator[list]:
            n = 0
            for i, source_index in enumerate(claim_source):
                for _ in range(attributions_per_claim):
                    type_ = source_types[source_index]
                    row = [att0 + n, claim0 + i, src0 + source_index, "source", "said",
                           f"Bench source {src0 + source_index}", type_, 0.9, "bench", "machine", "pending", "bench",
                           now, now]
                    yield [*row, 0] if history else row
                    n += 1
                if history and i % 4 == 0:  # "..., X said, according to <outlet>"
                    outlet = (source_index % n_outlets) * len(SOURCE_TYPES)
                    yield [att0 + n, claim0 + i, src0 + outlet, "relay", "according to", f"Bench source {src0 + outlet}",
                           "news_outlet", 0.8, "bench", "machine", "confirmed", "bench", now, now, 40]
                    n += 1

        written["attributions"] = _copy(
            cursor, "provenance_attribution",
            ["id", "claim_id", "source_id", "role", "cue_text", "source_text", "source_type", "confidence", "reason",
             "origin", "review", "engine_version", "created_at", "updated_at", *(["source_start"] if history else [])],
            attributions())
        tables = ["provenance_source", "provenance_sourcealias", "claims_article", "claims_claim",
                  "provenance_attribution"]
        if history:
            cur.execute(
                "INSERT INTO auth_user (username, password, is_superuser, is_staff, is_active, first_name, last_name,"
                " email, date_joined) VALUES ('bench-reviewer', '!', false, true, true, '', '', '', now())"
                " ON CONFLICT (username) DO NOTHING"
            )
            cur.execute("SELECT id FROM auth_user WHERE username = 'bench-reviewer'")
            actor = cur.fetchone()[0]
            event0 = _next_id(cur, "claims_reviewevent")

            def events() -> Iterator[list]:
                n = 0
                for i, status in enumerate(claim_status):
                    at = now - dt.timedelta(seconds=n_claims - i - 1)
                    if status in DECIDED:
                        yield [event0 + n, actor, claim0 + i, "status_changed", "in_review", status,
                               f"Checked against the record ({i}).",
                               f"https://evidence.example.org/{claim0 + i}" if i % 2 else "", at]
                        n += 1
                    if i % 10 == 0:
                        yield [event0 + n, actor, claim0 + i, "evidence_added", "", "", "",
                               f"https://archive.example.org/{claim0 + i}", at]
                        n += 1

            written["events"] = _copy(
                cursor, "claims_reviewevent",
                ["id", "actor_id", "claim_id", "action", "from_value", "to_value", "note", "evidence_url",
                 "created_at"],
                events())
            tables.append("claims_reviewevent")
        for table in tables:
            _fix_sequence(cur, table)
    with connection.cursor() as cur:
        cur.execute("ANALYZE claims_article, claims_claim, provenance_attribution, provenance_source,"
                    " claims_reviewevent")
    say(f"done: {written} in {time.monotonic() - started:.1f} s")
    return written


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--claims-per-article", type=int, default=25)
    parser.add_argument("--sources", type=int, default=2000)
    parser.add_argument("--attributions-per-claim", type=int, default=1)
    parser.add_argument("--history", action="store_true",
                        help="relays, deciding review events and evidence links (what the exports' provenance reads)")
    parser.add_argument("--no-migrate", action="store_true", help="skip `migrate` (the schema is already there)")
    args = parser.parse_args()
    setup_django()
    if not args.no_migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
    seed(args.claims, claims_per_article=args.claims_per_article, n_sources=args.sources,
         attributions_per_claim=args.attributions_per_claim, history=args.history)


if __name__ == "__main__":
    main()
