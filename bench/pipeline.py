"""Benchmark the whole pipeline: ingest and tag generated articles through PostgreSQL, Redis and
two Celery worker processes, beside the engine alone on the same articles.

    python bench/pipeline.py [--articles 10000] [--database-url postgres://...] [--redis-url redis://...]

It (re)creates the database named in --database-url (default provenance_bench) and empties the
Redis database of --redis-url (default db 12), so point them at nothing you want to keep.
Prints: the engine-only rate (one process, the same articles), the end-to-end rate (from the
start of `manage.py ingest` to the last run `done`), their ratio (target >= 50%), the ingest
command's own rate and peak RSS, and a second, idempotent ingest (must create nothing).
The articles are templated text the project writes here; no real news text. Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = ["Laura Pinsky", "Paul Mensah", "Dana Whitfield", "Ray Holt", "Carla Nunez", "Omar Haddad", "Mei Tan"]
TITLES = ["Commerce Secretary", "Dr.", "Sen.", "analyst", "Mayor", "economist"]
ORGS = ["the company", "the Commerce Department", "Reuters", "The Wall Street Journal", "the city council",
        "Acme Corp.", "the union", "NHTSA", "Bloomberg News", "the ministry"]
VERBS = ["said", "told reporters", "added", "warned", "argued", "noted", "wrote on X"]
FACTS = ["the plant would reopen in June", "prices rose 3.5 percent last year", "the recall covers 40,000 vehicles",
         "talks with the union had stalled", "the budget gap was larger than expected",
         "exports fell for a third straight month", "the merger needs approval from regulators"]
PLACES = ["Dover", "Harwick", "Marlow", "Ashford", "Kenmore", "Bayside"]


def sentence(rng: random.Random) -> str:
    name, fact, org = f"{rng.choice(TITLES)} {rng.choice(NAMES)}", rng.choice(FACTS), rng.choice(ORGS)
    form = rng.randrange(7)
    if form == 0:
        return f"{name} {rng.choice(VERBS)} that {fact}."
    if form == 1:
        return f"{fact.capitalize()}, according to {org}."
    if form == 2:
        return f"People familiar with the matter said {fact}."
    if form == 3:
        return f"The minister reportedly knew that {fact}."
    if form == 4:
        return f"{name}, a spokesperson for {org}, declined to comment."
    if form == 5:
        return f"{fact.capitalize()}, {org} reported, citing federal records."
    return f"In {rng.choice(PLACES)}, officials said {fact} and warned of delays."


def article(rng: random.Random, i: int) -> dict:
    paras = [f"{rng.choice(PLACES).upper()} — Report number {i}: " + sentence(rng)]
    for _ in range(rng.randint(5, 9)):
        paras.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 3))))
    return {"title": f"Generated story {i}", "url": f"https://bench.example.org/story/{i}",
            "publisher": rng.choice(["The Coastline Herald", "Harwick Daily", "Marlow Times"]),
            "published_at": "2026-03-01", "body": "\n\n".join(paras)}


def reset_services(database_url: str, redis_url: str) -> None:
    import psycopg2
    import redis

    db = urlparse(database_url)
    admin = psycopg2.connect(host=db.hostname, port=db.port or 5432, user=db.username, password=db.password,
                             dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{db.path.lstrip("/")}" WITH (FORCE)')
        cur.execute(f'CREATE DATABASE "{db.path.lstrip("/")}"')
    admin.close()
    redis.Redis.from_url(redis_url).flushdb()


def start_worker(env: dict, log: Path, name: str) -> subprocess.Popen:
    handle = log.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", env["CELERY_QUEUE"], "--concurrency=1",
         "--pool=prefork", "--without-gossip", "--without-mingle", "--loglevel=WARNING", "-n", f"{name}@%h"],
        cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
    )
    return proc


def wait_ready(proc: subprocess.Popen, env: dict, name: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ping = subprocess.run(
            [sys.executable, "-m", "celery", "-A", "config", "inspect", "ping", "-d", f"{name}@{os.uname().nodename}",
             "--timeout=1"], cwd=ROOT, env=env, capture_output=True, text=True,
        )
        if "pong" in ping.stdout:
            return
        if proc.poll() is not None:
            raise SystemExit(f"worker {name} exited early")
    raise SystemExit(f"worker {name} not ready after 60 s")


def run_ingest(env: dict, path: Path) -> tuple[float, int, str]:
    """Seconds, peak RSS in kB (of the ingest process alone, from wait4) and its stdout."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "manage.py", "ingest", str(path), "--no-progress"], cwd=ROOT,
                                env=env, stdout=out, stderr=err)
        # wait4 reports this child's own peak RSS (ru_maxrss, kB on Linux), no other process's.
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        peak_kb = usage.ru_maxrss
        out.seek(0)
        err.seek(0)
        out, err = out.read(), err.read()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{out.decode()}\n{err.decode()[-3000:]}")
    return elapsed, peak_kb, out.decode().strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/provenance_bench")
    ap.add_argument("--redis-url", default="redis://127.0.0.1:6379/12")
    ap.add_argument("--timeout", type=float, default=1800)
    args = ap.parse_args()

    # The ratio compares one process (engine only) with a run that needs both CPUs, so other work on
    # a shared machine lowers it; the load average before the run is printed to read it by.
    load_before = os.getloadavg()[0]
    rng = random.Random(2026)
    rows = [article(rng, i) for i in range(args.articles)]
    tmp = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    corpus = tmp / "articles.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    size_mb = corpus.stat().st_size / 1e6

    # Engine alone, one process, on the same bodies (as stored: ingest strips and NFC-normalises).
    from provenance.engine import tag

    bodies = [r["body"].strip() for r in rows]
    tag(bodies[0])
    started = time.perf_counter()
    for body in bodies:
        tag(body).to_dict()
    engine_seconds = time.perf_counter() - started
    engine_rate = len(bodies) / engine_seconds

    reset_services(args.database_url, args.redis_url)
    env = {**os.environ, "DATABASE_URL": args.database_url, "REDIS_URL": args.redis_url, "DEBUG": "0",
           "SECRET_KEY": "bench-only-not-a-secret", "CELERY_QUEUE": "bench-pipeline", "LOG_LEVEL": "WARNING",
           "TAGGING_ENGINE": "provenance.engine.tag"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)

    ingest_seconds, ingest_peak_kb, ingest_out = run_ingest(env, corpus)  # workers not started yet: see below
    # The first ingest above only measures the command alone (no workers competing); the pipeline
    # run below starts from an empty database again with the workers up.
    reset_services(args.database_url, args.redis_url)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)

    workers = [start_worker(env, tmp / f"worker-{n}.log", f"bench{n}") for n in (1, 2)]
    try:
        for n, proc in enumerate(workers, start=1):
            wait_ready(proc, env, f"bench{n}")
        started = time.perf_counter()
        pipe_ingest = subprocess.Popen([sys.executable, "manage.py", "ingest", str(corpus), "--no-progress"],
                                       cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        import django

        os.environ.update({k: env[k] for k in ("DATABASE_URL", "REDIS_URL", "DEBUG", "SECRET_KEY", "CELERY_QUEUE")})
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        django.setup()
        from provenance.models import TaggingRun, TaggingState

        done = failed = 0
        while time.perf_counter() - started < args.timeout:
            done = TaggingRun.objects.filter(state=TaggingState.DONE).count()
            failed = TaggingRun.objects.filter(state=TaggingState.FAILED).count()
            if done + failed >= args.articles:
                break
            time.sleep(0.25)
        end_to_end = time.perf_counter() - started
        pipe_out, pipe_err = pipe_ingest.communicate()
        if pipe_ingest.returncode != 0:
            raise SystemExit(f"pipeline ingest failed:\n{pipe_out.decode()}\n{pipe_err.decode()[-3000:]}")
        from claims.models import Claim
        from provenance.models import Attribution

        claims, attributions = Claim.objects.count(), Attribution.objects.count()
        again_seconds, _, again_out = run_ingest(env, corpus)
    finally:
        for proc in workers:
            proc.terminate()
        for proc in workers:
            proc.wait(30)

    e2e_rate = done / end_to_end
    print(f"corpus: {args.articles} generated articles, {size_mb:.1f} MB of JSON lines ({tmp})")
    print(f"engine only (1 process, same articles): {engine_rate:.0f} articles/s ({engine_seconds:.1f} s)")
    print(f"end to end (ingest + PostgreSQL + Redis + 2 worker processes): {e2e_rate:.0f} articles/s "
          f"({done} done, {failed} failed in {end_to_end:.1f} s; {claims} claims, {attributions} attributions)")
    print(f"end to end / engine only: {100 * e2e_rate / engine_rate:.0f}% (target >= 50%)")
    print(f"ingest command alone: {args.articles / ingest_seconds:.0f} articles/s ({ingest_seconds:.1f} s), "
          f"peak RSS {ingest_peak_kb / 1024:.0f} MB; {ingest_out.splitlines()[0]}")
    print(f"second ingest of the same file: {again_seconds:.1f} s; {again_out.splitlines()[0]}")
    print(f"machine: {os.cpu_count()} CPUs, load average {load_before:.2f} before the run")


if __name__ == "__main__":
    main()
