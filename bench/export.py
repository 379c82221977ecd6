"""Benchmark the streaming CSV export over HTTP against PostgreSQL's own COPY, side by side.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/provenance_bench_a python bench/seed.py --claims 1000000 --history
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/provenance_bench_a python bench/export.py

Starts gunicorn (1 gthread worker, DEBUG off) on a free 127.0.0.1 port, downloads
/api/v1/exports/claims.csv with a token, and prints rows/s, time to the first byte and to the first
row, and the worker's peak memory (VmHWM). Then, in the same run, two raw COPYs to a client that
only counts bytes:
- the same rows: one `COPY (<the export's SELECT over every claim>) TO STDOUT WITH CSV`, provenance
  columns and neutralisation included, in a single statement (no windows, no HTTP, no Python);
- the claim's own columns alone (what the export wrote before it carried provenance), for the cost
  of the provenance columns.
Targets: the HTTP export's rate >= 50% of the raw COPY of the same rows, first byte < 100 ms,
worker peak < 200 MB, every claim exported. Not part of the test suite's pass/fail.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.seed import setup_django  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_status(pid: int, key: str) -> int:
    """A /proc/<pid>/status figure in bytes (VmRSS, VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    return 0


def children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def start_server(port: int, env: dict[str, str], log: Path) -> subprocess.Popen:
    handle = log.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1",
         "--worker-class", "gthread", "--threads", "2", "--timeout", "600"],
        cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(log.read_text()) from None
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def download(port: int, path: str, token: str) -> dict[str, float]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    started = time.perf_counter()
    conn.request("GET", path, headers={"Authorization": f"Token {token}", "Accept": "text/csv"})
    response = conn.getresponse()
    headers_at = time.perf_counter() - started
    if response.status != 200:
        raise RuntimeError(f"HTTP {response.status}: {response.read()[:500]!r}")
    first = response.read1(65536)
    first_byte_at = time.perf_counter() - started
    size, lines = len(first), first.count(b"\n")
    first_row_at = first_byte_at if lines > 1 else None
    while chunk := response.read1(1 << 20):
        size += len(chunk)
        lines += chunk.count(b"\n")
        if first_row_at is None and lines > 1:
            first_row_at = time.perf_counter() - started
    elapsed = time.perf_counter() - started
    conn.close()
    return {"seconds": elapsed, "headers": headers_at, "first_byte": first_byte_at,
            "first_row": first_row_at or elapsed, "bytes": size, "rows": lines - 1}


def copy_rate(sql: str) -> dict[str, float]:
    """PostgreSQL's COPY of a SELECT to a client that only counts bytes and rows."""
    from django.db import connection

    class Sink:
        size = 0
        lines = 0

        def write(self, data: bytes | str) -> None:
            data = data.encode() if isinstance(data, str) else data
            self.size += len(data)
            self.lines += data.count(b"\n")

    sink = Sink()
    with connection.cursor() as cursor:
        started = time.perf_counter()
        cursor.cursor.copy_expert(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv, HEADER)", sink)
        elapsed = time.perf_counter() - started
        rows = cursor.cursor.rowcount
    return {"seconds": elapsed, "bytes": sink.size, "rows": rows}


def reference_selects() -> tuple[str, str]:
    """(the export's SELECT over every claim in one statement, the claims' own columns alone)."""
    from django.db import connection

    from claims import exports
    from claims.exports import columns, pgcopy

    claims = exports.filtered_claims({})
    last_id = claims.order_by("-id").values_list("id", flat=True).first() or 0
    sql, params = claims.order_by().values("id", "status").query.sql_with_params()
    with connection.cursor() as cursor:
        selection = cursor.cursor.mogrify(sql, params).decode()
    same_rows = pgcopy.window_sql(selection, 0, last_id)
    own = ", ".join(f'{c.sql} AS "{c.name}"' for c in columns.ROW_COLUMNS)
    claim_columns = (
        f"SELECT {own} FROM claims_claim c JOIN claims_article ar ON ar.id = c.article_id"
        " LEFT JOIN provenance_source pub ON pub.id = ar.publisher_id"
        " LEFT JOIN auth_user au ON au.id = c.assigned_to_id ORDER BY c.id"
    )
    return same_rows, claim_columns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", default="/api/v1/exports/claims.csv")
    args = parser.parse_args()
    setup_django()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from rest_framework.authtoken.models import Token

    from claims.models import Claim

    if connection.vendor != "postgresql":
        raise SystemExit("bench/export.py needs PostgreSQL (DATABASE_URL=postgres://...)")
    n_claims = Claim.objects.count()
    user, _ = get_user_model().objects.get_or_create(username="bench-export")
    user.groups.add(Group.objects.get(name="Viewer"))
    token, _ = Token.objects.get_or_create(user=user)

    print(f"load average before the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} CPUs)")
    port = free_port()
    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key",
           "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "0", "LOG_LEVEL": "WARNING"}
    log = Path("/tmp") / f"bench-export-gunicorn-{port}.log"
    server = start_server(port, env, log)
    try:
        time.sleep(1)
        workers = children(server.pid)
        download(port, args.path + "?article=1", token.key)  # warm-up: imports, connection
        base_rss = sum(proc_status(w, "VmRSS") for w in workers)
        http_run = download(port, args.path, token.key)
        peak = max(proc_status(w, "VmHWM") for w in workers)
    finally:
        import signal

        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    same_rows_sql, claim_columns_sql = reference_selects()
    copy_run = copy_rate(same_rows_sql)
    plain_run = copy_rate(claim_columns_sql)

    http_rate = http_run["rows"] / http_run["seconds"]
    copy_rows_per_s = copy_run["rows"] / copy_run["seconds"]
    plain_rows_per_s = plain_run["rows"] / plain_run["seconds"]
    ratio = http_rate / copy_rows_per_s
    mb = 1024 * 1024
    print(f"claims in the database:        {n_claims:,}")
    print(f"HTTP export (gunicorn gthread): {http_run['rows']:,} rows, {http_run['bytes'] / mb:,.1f} MB "
          f"in {http_run['seconds']:.2f} s = {http_rate:,.0f} rows/s")
    print(f"  time to headers / first byte / first row: {http_run['headers'] * 1000:.0f} ms / "
          f"{http_run['first_byte'] * 1000:.0f} ms / {http_run['first_row'] * 1000:.0f} ms")
    print(f"  worker memory: {base_rss / mb:.1f} MB before, peak {peak / mb:.1f} MB (VmHWM)")
    print(f"raw COPY, the same rows:        {copy_run['rows']:,} rows, {copy_run['bytes'] / mb:,.1f} MB "
          f"in {copy_run['seconds']:.2f} s = {copy_rows_per_s:,.0f} rows/s")
    print(f"raw COPY, claim columns alone:  {plain_run['rows']:,} rows, {plain_run['bytes'] / mb:,.1f} MB "
          f"in {plain_run['seconds']:.2f} s = {plain_rows_per_s:,.0f} rows/s")
    print(f"HTTP export rate / raw COPY of the same rows:   {ratio:.0%}")
    print(f"HTTP export rate / raw COPY of the claim columns: {http_rate / plain_rows_per_s:.0%} "
          "(what the provenance columns cost)")
    print(f"load average after the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    targets = {
        "peak memory < 200 MB": peak < 200 * mb,
        "rate >= 50% of the raw COPY of the same rows": ratio >= 0.50,
        "first byte < 100 ms": http_run["first_byte"] < 0.1,
        "every claim exported": http_run["rows"] == n_claims == copy_run["rows"],
    }
    for name, ok in targets.items():
        print(f"  [{'ok' if ok else 'MISSED'}] {name}")


if __name__ == "__main__":
    main()
