"""Schemathesis over the whole OpenAPI schema against a live gunicorn on PostgreSQL, with a token.

Every generated request (valid and invalid) must get an answer that is not a 5xx and matches the
schema: documented status code, content type and body. Bounded by examples per operation and a
time budget so that CI on two cores finishes in a few minutes.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_api_support import make_world

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.postgres, pytest.mark.timeout(600)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server_url(transactional_db, tmp_path):
    from django.db import connection

    db = connection.settings_dict
    url = (f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
           f"/{db['NAME']}")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}  # tagging runs eagerly in the server
    env.update({"DATABASE_URL": url, "DEBUG": "1", "API_THROTTLE_USER": "1000000/hour",
                "API_THROTTLE_ANON": "1000000/hour", "LOG_LEVEL": "WARNING"})
    log = tmp_path / "gunicorn.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2",
         "--timeout", "120"],
        cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not start:\n{log.read_text()[-3000:]}") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", log
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        connection.close()


def test_schemathesis_finds_no_server_errors_or_schema_violations(live_server_url, editor, tmp_path):
    from rest_framework.authtoken.models import Token

    base, server_log = live_server_url
    make_world(reviewer=editor)
    token = Token.objects.create(user=editor)
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", f"{base}/api/v1/schema/?format=json",
        "--header", f"Authorization: Token {token.key}",
        "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,"
                    "response_schema_conformance",
        "--phases", "examples,coverage,fuzzing",
        "--max-examples", "25", "--max-time", "150", "--workers", "1", "--seed", "20261128",
        "--request-timeout", "60", "--generation-database", "none",
    ]
    run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=400)
    output = run.stdout + run.stderr
    assert run.returncode == 0, f"{output[-12000:]}\n--- server log ---\n{server_log.read_text()[-4000:]}"
    assert "No issues found" in output or "passed" in output.lower(), output[-3000:]
