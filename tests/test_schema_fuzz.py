"""Schemathesis over the whole OpenAPI schema against a live gunicorn on PostgreSQL, with a token.

Every generated request (valid and invalid) must get an answer that is not a 5xx and matches the
schema: documented status code, content type and body. Bounded by examples per operation and a
time budget so that CI on two cores finishes in a few minutes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from live_gunicorn import gunicorn
from test_api_support import make_world

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.postgres, pytest.mark.timeout(600)]


@pytest.fixture
def live_server_url(transactional_db, tmp_path):
    from django.db import connection

    db = connection.settings_dict
    url = (f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
           f"/{db['NAME']}")
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}  # tagging runs eagerly in the server
    env.update({"DATABASE_URL": url, "DEBUG": "1", "API_THROTTLE_USER": "1000000/hour",
                "API_THROTTLE_ANON": "1000000/hour", "LOG_LEVEL": "WARNING"})
    log = tmp_path / "gunicorn.log"
    try:
        with gunicorn(env, log) as base:
            yield base, log
    finally:
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
