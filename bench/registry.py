"""The source registry at scale: splitting shared unnamed sources, searching, the clean-up list.

    createdb -h 127.0.0.1 -U postgres provenance_bench_registry
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/provenance_bench_registry \\
        python bench/registry.py --claims 1000000

Migrates to just before provenance.0011 (the split of shared anonymous and vague sources), seeds
with bench/seed.py (its registry files every source globally, as before scoping: a quarter of the
sources are anonymous or vague, each cited across hundreds of articles), times the split
migration, then times (median of 5) the claim search and the source search for a few terms and
the clean-up list. With --no-seed it only times the searches on whatever the database holds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TERMS = ("WSJ", "Bench source 17", "budget")


def _median_ms(fn: Callable[[], int], runs: int = 5) -> tuple[int, float]:
    times, n = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - started)
    return n, statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--no-seed", action="store_true", help="only time the searches and the clean-up list")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench.seed import seed, setup_django

    setup_django()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit("bench/registry.py needs PostgreSQL (set DATABASE_URL=postgres://...)")
    from claims.models import Claim
    from claims.selectors import search_claims
    from provenance.models import Attribution, Source, SourceAlias
    from provenance.selectors import search_sources, suspicious_sources

    if not args.no_seed:
        call_command("migrate", "provenance", "0010", verbosity=0)
        call_command("migrate", "claims", verbosity=0)
        started = time.monotonic()
        seed(args.claims, log=None)
        print(f"seeded {args.claims:,} claims in {time.monotonic() - started:.0f} s")
        unnamed = Attribution.objects.filter(source__type__in=["anonymous", "unspecified"]).count()
        started = time.monotonic()
        call_command("migrate", "provenance", "0011", verbosity=0)
        print(f"split migration: {time.monotonic() - started:.1f} s for {unnamed:,} anonymous or vague "
              f"attributions -> {Source.objects.filter(article__isnull=False).count():,} scoped sources; "
              f"attributions without a source: {Attribution.objects.filter(source__isnull=True).count()}; "
              f"aliases left: {SourceAlias.objects.count():,}")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE provenance_source, provenance_sourcealias, provenance_attribution")
    print(f"claims: {Claim.objects.count():,}; sources: {Source.objects.count():,}")
    for term in TERMS:
        n, ms = _median_ms(lambda t=term: len(
            search_claims(Claim.objects.order_by("-created_at", "-id"), t)[:100].values_list("id", flat=True)))
        print(f"claim search q={term!r}: {n} rows (first page of 100), median {ms:.1f} ms")
        n, ms = _median_ms(lambda t=term: len(search_sources(Source.objects.order_by("canonical_name", "id"), t)[:50]))
        print(f"source search q={term!r}: {n} rows (first page of 50), median {ms:.1f} ms")
    n, ms = _median_ms(lambda: len(suspicious_sources()), runs=3)
    print(f"clean-up list: {n} suspects, median {ms:.0f} ms")


if __name__ == "__main__":
    main()
