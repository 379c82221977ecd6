"""Settings come from the environment only; checked in fresh interpreters."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PROBE = (
    "import json, django; from django.conf import settings; django.setup();"
    "print(json.dumps({'engine': settings.DATABASES['default']['ENGINE'], 'eager': settings.CELERY_TASK_ALWAYS_EAGER,"
    "'debug': settings.DEBUG, 'hosts': settings.ALLOWED_HOSTS, 'max': settings.ARTICLE_MAX_BYTES,"
    "'serializer': settings.CELERY_TASK_SERIALIZER, 'accept': settings.CELERY_ACCEPT_CONTENT,"
    "'acks_late': settings.CELERY_TASK_ACKS_LATE, 'prefetch': settings.CELERY_WORKER_PREFETCH_MULTIPLIER,"
    "'limits': [settings.CELERY_TASK_SOFT_TIME_LIMIT, settings.CELERY_TASK_TIME_LIMIT,"
    " settings.CELERY_BROKER_TRANSPORT_OPTIONS['visibility_timeout']]}))"
)


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "DEBUG",
                                                               "ALLOWED_HOSTS", "ARTICLE_MAX_BYTES", "CACHE_URL",
                                                               "TRUSTED_PROXIES", "TAGGING_MAX_CLAIMS"}}
    clean["DJANGO_SETTINGS_MODULE"] = "config.settings"
    return subprocess.run([sys.executable, *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True,
                          timeout=120)


def probe(env: dict[str, str]) -> dict:
    proc = run(env, "-c", PROBE)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_defaults_are_sqlite_and_eager_tasks():
    got = probe({"DEBUG": "1"})
    assert got["engine"] == "django.db.backends.sqlite3"
    assert got["eager"] is True
    assert got["max"] == 256 * 1024
    assert got["serializer"] == "json" and got["accept"] == ["json"]
    assert got["acks_late"] is True and got["prefetch"] == 1
    soft, hard, visibility = got["limits"]
    assert soft < hard < visibility


def test_environment_selects_postgres_redis_and_limits():
    got = probe({"DEBUG": "1", "DATABASE_URL": "postgres://u:p@db.example:5432/x", "REDIS_URL": "redis://r:6379/0",
                 "ARTICLE_MAX_BYTES": "1000", "ALLOWED_HOSTS": "a.example,b.example"})
    assert got["engine"] == "django.db.backends.postgresql"
    assert got["eager"] is False
    assert got["max"] == 1000
    assert got["hosts"] == ["a.example", "b.example"]


def test_secret_key_required_when_debug_is_off():
    proc = run({"DEBUG": "0"}, "-c", PROBE)
    assert proc.returncode != 0
    assert "SECRET_KEY must be set" in proc.stderr


def test_bad_boolean_is_a_clear_error():
    proc = run({"DEBUG": "maybe"}, "-c", PROBE)
    assert proc.returncode != 0
    assert "DEBUG must be a boolean" in proc.stderr


PRODUCTION = {"DEBUG": "0", "SECRET_KEY": "x" * 20 + "-Q9v#2kLm!pZ8rT4wY6uE1oI3aS5dF7gH0jK",
              "ALLOWED_HOSTS": "news.example", "CACHE_URL": "redis://127.0.0.1:6379/1"}


def test_production_settings_pass_check_deploy():
    proc = run(PRODUCTION, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "no issues" in proc.stdout


def test_check_deploy_warns_when_counters_are_per_process():
    # Without a shared cache each gunicorn worker throttles on its own count.
    proc = run({**PRODUCTION, "CACHE_URL": ""}, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert proc.returncode != 0
    assert "provenance.W001" in proc.stdout + proc.stderr


def test_trusted_proxies_must_be_addresses_or_networks():
    proc = run({"DEBUG": "1", "TRUSTED_PROXIES": "10.0.0.0/8,proxy.internal"}, "-c", PROBE)
    assert proc.returncode != 0
    assert "TRUSTED_PROXIES: 'proxy.internal'" in proc.stderr


def test_no_configuration_at_all_means_a_development_machine():
    got = probe({})
    assert got["debug"] is True
    assert got["hosts"] == ["127.0.0.1", "localhost", "[::1]"]


def test_a_secret_key_alone_means_production_defaults():
    got = probe({"SECRET_KEY": "k" * 50})
    assert got["debug"] is False
    assert got["hosts"] == []


def test_postgres_connections_turn_jit_off_unless_asked():
    code = ("import django, json; django.setup(); from django.conf import settings; "
            "print(json.dumps(settings.DATABASES['default'].get('OPTIONS', {}).get('options', '')))")
    pg = {"DEBUG": "1", "DATABASE_URL": "postgres://u:p@db.example:5432/x"}
    for env, expected in [(pg, "-c jit=off"), ({**pg, "DATABASE_JIT": "1"}, ""), ({"DEBUG": "1"}, "")]:
        proc = run(env, "-c", code)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout.strip().splitlines()[-1]) == expected, env


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_applications_postgres_sessions_have_jit_off():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
