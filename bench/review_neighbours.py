"""Previous/next claim on the review page: time of the two keyset queries and their plans.

Runs against the database in DATABASE_URL as it is (seed it first, e.g. with bench/admin.py or SQL);
for each desk-list query string it prints the median time of `claims.admin_review.neighbours` over
the runs and, with --plans, PostgreSQL's EXPLAIN (ANALYZE) of each neighbour query.

    DATABASE_URL=postgres://... python bench/review_neighbours.py [--runs 20] [--plans]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.contrib import admin  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from claims.admin_review import neighbours  # noqa: E402
from claims.models import Claim  # noqa: E402

QUERIES = ["", "status=unverified", "status=in_review", "o=2", "o=5", "status=unverified&o=-2.5",
           "q=harbor", "status=verified&q=port"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--plans", action="store_true")
    args = parser.parse_args()
    user = get_user_model().objects.filter(is_superuser=True).first() or get_user_model()(
        username="bench", is_superuser=True, is_staff=True, is_active=True)
    request = RequestFactory().get("/")
    request.user = user
    model_admin = admin.site._registry[Claim]
    oldest = Claim.objects.order_by("created_at").values_list("created_at", flat=True).first()
    newest = Claim.objects.order_by("-created_at").values_list("created_at", flat=True).first()
    if oldest is None:
        sys.exit("no claims: seed the database first")
    # A claim from the middle of the list, so that both neighbours exist.
    claim = Claim.objects.filter(created_at__gte=oldest + (newest - oldest) / 2).order_by("created_at", "id").first()
    print(f"database={connection.vendor} claim={claim.pk} ({claim.status}) runs={args.runs}")
    for query in QUERIES:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as ctx:
                around = neighbours(model_admin, request, claim, query=query)
            times.append((time.perf_counter() - start) * 1000)
        print(f"{query or '(default list)':32s} median {statistics.median(times):7.2f} ms  "
              f"max {max(times):7.2f} ms  queries {len(ctx.captured_queries)}  "
              f"prev={around.previous_id} next={around.next_id}")
        if args.plans and connection.vendor == "postgresql":
            for q in ctx.captured_queries:
                with connection.cursor() as cursor:
                    cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + q["sql"])
                    print("    " + "\n    ".join(row[0] for row in cursor.fetchall()))


if __name__ == "__main__":
    main()
