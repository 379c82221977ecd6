"""Server time of the desk's admin pages on a newsroom-sized PostgreSQL database.

    createdb -h 127.0.0.1 -U postgres provenance_bench_r
    DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1:5432/provenance_bench_r \\
        .venv/bin/python bench/admin.py --claims 1000000

Seeds (with bench/seed.py, COPY) up to --claims claims if the database holds fewer, then requests
each page in-process through Django's test client as a logged-in Editor and prints the median of
--runs timings (after --warmup untimed requests). That is server time: URL resolution, middleware,
queries, template rendering; no network. Target: under 100 ms per page (the claim list default,
filtered and searched, the claim review page, the article reading page, My queue). Never part of
the test run. --seed-only seeds (and prints how long it took) without timing anything. --only TEXT
times just the pages whose label contains TEXT (`--only searched`); --no-migrate leaves the schema
as it is (a database whose pending migration would rewrite millions of rows).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.seed import seed, setup_django  # noqa: E402

TARGET_MS = 100.0
SLOW_PAGE_S = 2.0
QUEUE_EVERY = 1000  # every 1000th claim is in the bench editor's queue (10,000 at 10 M claims)


def estimated_rows(table: str) -> int:
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = %s", [table])
        row = cur.fetchone()
    return max(0, row[0]) if row else 0


def prepare(n_claims: int) -> None:
    """Seed to the wanted size; give editors' decisions and one real article body to look at."""
    from django.db import connection

    from claims.models import Claim

    have = Claim.objects.count() if estimated_rows("claims_claim") < n_claims * 0.9 else estimated_rows("claims_claim")
    if have < n_claims * 0.99:
        print(f"seeding {n_claims - have:,} claims (have {have:,}) ...", flush=True)
        seed(n_claims=n_claims - have)
    with connection.cursor() as cur:
        # Editors' decisions on some machine attributions, for the engine-precision figures.
        cur.execute("SELECT count(*) FROM provenance_attribution WHERE review <> 'pending'")
        if cur.fetchone()[0] == 0:
            cur.execute("UPDATE provenance_attribution SET review = 'confirmed' WHERE id % 20 = 0")
            cur.execute("UPDATE provenance_attribution SET review = 'rejected' WHERE id % 97 = 0")
        cur.execute("VACUUM (ANALYZE) claims_claim")
        cur.execute("VACUUM (ANALYZE) provenance_attribution")
        cur.execute("VACUUM (ANALYZE) claims_article")


def bench_article_id() -> int:
    """An article whose body is rewritten from its claims, so the page highlights real offsets."""
    from django.db import transaction

    from claims.models import Article, Claim
    from provenance.models import Attribution

    article = Article.objects.order_by("-id").first()
    claims = list(Claim.objects.filter(article=article).order_by("ordinal"))
    with transaction.atomic():
        pos, parts = 0, []
        for claim in claims:
            text = f"{claim.text[:-1]}, the source said."
            Claim.objects.filter(pk=claim.pk).update(start=pos, end=pos + len(text), text=text)
            at = pos + text.index("the source said")
            Attribution.objects.filter(claim=claim).update(source_start=at, source_end=at + 10, cue_start=at + 11,
                                                            cue_end=at + 15)
            parts.append(text)
            pos += len(text) + 2
        Article.objects.filter(pk=article.pk).update(body="\n\n".join(parts))
    return article.pk


def fill_queue(user_id: int) -> None:
    """Assign every QUEUE_EVERY-th claim to the user, spread over the whole table (index lookups)."""
    from django.db import connection

    from claims.models import Claim

    if Claim.objects.filter(assigned_to_id=user_id).exists():
        return
    with connection.cursor() as cur:
        cur.execute("SELECT max(id) FROM claims_claim")
        top = cur.fetchone()[0] or 0
        cur.execute("UPDATE claims_claim SET assigned_to_id = %s WHERE id IN (SELECT generate_series(1, %s, %s))",
                    [user_id, top, QUEUE_EVERY])
        cur.execute("ANALYZE claims_claim")


def time_page(client, url: str, runs: int, warmup: int) -> tuple[float, float, int, int]:  # noqa: ANN001
    from django.db import connection, reset_queries

    for _ in range(warmup):
        started = time.perf_counter()
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        if time.perf_counter() - started > SLOW_PAGE_S:
            runs = min(runs, 3)  # far over target already: three timings say enough, and save minutes
            break
    timings, cpu = [], []
    queries = 0
    for _ in range(runs):
        reset_queries()
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        queries = len(connection.queries)
    return statistics.median(timings), statistics.median(cpu), queries, response.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--seed-only", action="store_true",
                        help="migrate and seed to --claims, then stop (seed a large database ahead of the timing)")
    parser.add_argument("--only", default="", help="time only the pages whose label contains this text")
    parser.add_argument("--no-migrate", action="store_true", help="do not apply pending migrations first")
    args = parser.parse_args()
    setup_django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    if connection.vendor != "postgresql":
        raise SystemExit("bench/admin.py needs PostgreSQL: set DATABASE_URL=postgres://...")
    if not args.no_migrate:
        call_command("migrate", verbosity=0)
    started = time.monotonic()
    prepare(args.claims)
    if args.seed_only:
        print(f"seeded to {args.claims:,} claims in {time.monotonic() - started:.0f} s")
        return
    article_id = bench_article_id()

    user, _ = get_user_model().objects.get_or_create(username="bench-editor", defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name="Editor"))
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)

    from claims.models import Claim
    from provenance.models import Source

    fill_queue(user.pk)
    review_claim = Claim.objects.filter(article_id=article_id).order_by("ordinal").values_list("pk", flat=True)[0]
    # A name that many sources contain ("Bench source 1": 1, 10-19, 100-199, ...) and one only one has.
    source_name = Source.objects.order_by("id").values_list("canonical_name", flat=True)[0]
    rare_name = Source.objects.order_by("-id").values_list("canonical_name", flat=True)[0]

    pages = [
        ("claim list (default)", "/admin/claims/claim/"),
        ("claim list, status=in_review", "/admin/claims/claim/?status=in_review"),
        ("claim list, status=false", "/admin/claims/claim/?status=false"),
        ("claim list, source type=anonymous", "/admin/claims/claim/?source_type=anonymous"),
        ("claim list, source type=social_media", "/admin/claims/claim/?source_type=social_media"),
        ("claim list, searched (q=budget)", "/admin/claims/claim/?q=budget"),
        (f"claim list, searched ({source_name})", f"/admin/claims/claim/?q={quote_plus(source_name)}"),
        (f"claim list, searched ({rare_name})", f"/admin/claims/claim/?q={quote_plus(rare_name)}"),
        ("claim list, searched (WSJ: no match)", "/admin/claims/claim/?q=WSJ"),
        ("claim list, in review + searched", "/admin/claims/claim/?status=in_review&q=budget"),
        (f"claim review page (#{review_claim})", f"/admin/claims/claim/{review_claim}/change/"),
        ("My queue", "/admin/my-queue/"),
        (f"article page (#{article_id})", f"/admin/claims/article/{article_id}/read/"),
        ("audit dashboard (snapshot, <= 60 s old)", "/admin/claims/claim/audit/"),
        # Reported, not a target: what one recompute of every figure costs (once a minute at most).
        ("audit dashboard, recomputed (?refresh=1)", "/admin/claims/claim/audit/?refresh=1"),
    ]
    n = estimated_rows("claims_claim")
    print(f"\nPostgreSQL {connection.pg_version}, ~{n:,} claims, ~{estimated_rows('provenance_attribution'):,} "
          f"attributions; DEBUG={settings.DEBUG}; median of {args.runs} runs after {args.warmup} warm-up")
    # Python CPU: this process's own time (rendering, ORM), which other load on the machine affects
    # far less than the wall-clock median; the database's time is in its own processes.
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'page':44} {'median ms':>10} {'py cpu ms':>10} {'queries':>8}  target < {TARGET_MS:.0f} ms")
    worst = 0.0
    for label, url in pages:
        if args.only not in label:
            continue
        median, cpu, queries, _ = time_page(client, url, args.runs, args.warmup)
        if "refresh=1" not in url:
            worst = max(worst, median)
        print(f"{label:44} {median:10.1f} {cpu:10.1f} {queries:8d}  {'ok' if median < TARGET_MS else 'SLOW'}", flush=True)
    print(f"claims in the database (exact): {Claim.objects.count():,}")
    print(f"worst median of the target pages: {worst:.1f} ms ({'within' if worst < TARGET_MS else 'over'} the {TARGET_MS:.0f} ms target)")


if __name__ == "__main__":
    main()
