"""What one maximum-size article costs: ingest + tagging, and the API's article detail.

    createdb -h 127.0.0.1 -U postgres provenance_bench_limits
    DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1:5432/provenance_bench_limits \\
        .venv/bin/python bench/article_limits.py

The attack's article: ARTICLE_MAX_BYTES of one-word "sentences" ("Item 1 passed. Item 2 passed.
..."), the worst case for claims per byte. Ingests it (tagging eager, in-process), then requests
GET /api/v1/articles/{id}/ through Django's test client as a Viewer and prints the claims kept
and dropped, the server time (median of --runs) and the answer's size; then the same for a
maximum-size article of ordinary prose. Run on an empty database; never part of the test run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.seed import setup_django  # noqa: E402

PROSE = (
    "The harbour board said on Monday that shipping volumes fell for a third straight month, "
    "citing weaker demand from inland manufacturers. "
    "A spokesperson for the port, who asked not to be named, said two cranes were idle. "
    "Officials at the transport ministry did not respond to a request for comment. "
)


def body_of(kind: str, max_bytes: int) -> str:
    if kind == "pathological":
        text = " ".join(f"Item {n} passed." for n in range(1, 200_000))
    else:
        text = PROSE * (max_bytes // len(PROSE) + 1)
    return text[: max_bytes - 1].rsplit(" ", 1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    setup_django()
    from django.conf import settings
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from rest_framework.test import APIClient

    from provenance.models import TaggingRun
    from provenance.services import ingest_article

    call_command("migrate", verbosity=0)
    viewer, _ = User.objects.get_or_create(username="bench-viewer")
    viewer.groups.add(Group.objects.get(name="Viewer"))
    client = APIClient()
    client.force_authenticate(viewer)
    print(f"ARTICLE_MAX_BYTES={settings.ARTICLE_MAX_BYTES:,} TAGGING_MAX_CLAIMS={settings.TAGGING_MAX_CLAIMS:,}")
    for kind in ("pathological", "prose"):
        body = body_of(kind, settings.ARTICLE_MAX_BYTES)
        started = time.perf_counter()
        article = ingest_article(body=body, url=f"https://bench.example/{kind}-{time.time_ns()}").article
        ingest_s = time.perf_counter() - started
        run = TaggingRun.objects.filter(article=article).latest("id")
        timings, size, peak = [], 0, 0
        for _ in range(args.runs):
            tracemalloc.start()
            t0 = time.perf_counter()
            response = client.get(f"/api/v1/articles/{article.pk}/", HTTP_HOST="localhost")
            timings.append(time.perf_counter() - t0)
            peak = max(peak, tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
            size = len(response.content)
            assert response.status_code == 200
        print(
            f"{kind:>12}: {len(body.encode()):,} bytes, ingest+tag {ingest_s:.1f} s, run {run.state}: "
            f"{run.claims_written:,} claims kept, {run.claims_dropped:,} dropped; "
            f"GET detail median {statistics.median(timings) * 1000:.0f} ms, {size:,} bytes, "
            f"peak Python memory {peak / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()
