"""Shared fixtures: service detection, eager Celery for unit tests, a live worker for integration.

Tests marked `postgres` need DATABASE_URL to point at PostgreSQL; tests marked `integration`
also need REDIS_URL and start a real Celery worker process. Without those services they skip
with the reason; with REQUIRE_SERVICES=1 (as .ci/run sets) they fail instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def _django_configured() -> bool:
    """False when the suite runs without Django (`-p no:django`, e.g. the engine's tests alone)."""
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.DATABASES  # noqa: B018 - touching it loads the settings module
    except ImproperlyConfigured:
        return False
    return True


def _have_postgres() -> bool:
    return _django_configured() and settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def _have_redis() -> bool:
    return _django_configured() and bool(settings.REDIS_URL)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    required = os.environ.get("REQUIRE_SERVICES") == "1"
    missing = {
        "postgres": None if _have_postgres() else "needs PostgreSQL: set DATABASE_URL=postgres://...",
        "integration": None
        if _have_postgres() and _have_redis()
        else "needs PostgreSQL and Redis: set DATABASE_URL=postgres://... and REDIS_URL=redis://...",
    }
    for item in items:
        for marker, reason in missing.items():
            if reason and item.get_closest_marker(marker):
                if required:
                    raise pytest.UsageError(f"REQUIRE_SERVICES=1 but {item.nodeid} {reason}")
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(autouse=True, scope="session")
def _flush_past_the_append_only_guard():
    """Transactional tests end by emptying every table (TRUNCATE on PostgreSQL, DELETE on SQLite),
    which the review history's guard refuses. Inside the flush's own transaction the guard is
    dropped first and created again last, so the guard holds for every test and for the next."""
    if not _django_configured():
        yield
        return
    from django.db.backends.base.operations import BaseDatabaseOperations

    from claims.append_only import TABLE, guard_sql

    original = BaseDatabaseOperations.execute_sql_flush

    def execute_sql_flush(self, sql_list):  # noqa: ANN001, ANN202
        if any(TABLE in sql for sql in sql_list):
            vendor = self.connection.vendor
            sql_list = [*guard_sql(vendor, "drop"), *sql_list, *guard_sql(vendor, "create")]
        return original(self, sql_list)

    BaseDatabaseOperations.execute_sql_flush = execute_sql_flush
    yield
    BaseDatabaseOperations.execute_sql_flush = original


@pytest.fixture(autouse=True)
def _celery_mode(request: pytest.FixtureRequest):
    """Unit tests run tasks eagerly even when REDIS_URL is set; integration tests use the broker."""
    if not _django_configured():
        yield
        return
    from config.celery import app

    eager = request.node.get_closest_marker("integration") is None
    before = app.conf.task_always_eager
    app.conf.task_always_eager = eager or before
    yield
    app.conf.task_always_eager = before


def _user_in_role(django_user_model, username: str, role: str):
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_roles

    # The migration made the groups, but a transactional test before this one may have flushed them.
    if not Group.objects.filter(name=role).exists():
        sync_roles(Group, Permission)
    user = django_user_model.objects.create_user(username, password=f"pw-{username}-123456", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor(django_user_model):
    return _user_in_role(django_user_model, "ed", "Editor")


@pytest.fixture
def fact_checker(django_user_model):
    return _user_in_role(django_user_model, "fc", "Fact-checker")


@pytest.fixture
def viewer(django_user_model):
    return _user_in_role(django_user_model, "vi", "Viewer")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached figures (the audit snapshot) must not leak from one test into the next."""
    if _django_configured():
        from django.core.cache import cache

        cache.clear()


class Worker:
    """A `celery -A config worker` subprocess on its own queue, against the test database."""

    def __init__(self, queue: str, env: dict[str, str], log: Path) -> None:
        self.queue, self.env, self.log = queue, env, log
        self.proc: subprocess.Popen | None = None

    def start(self, concurrency: int = 1) -> Worker:
        handle = self.log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", self.queue,
             f"--concurrency={concurrency}", "--pool=prefork", "--without-gossip", "--without-mingle",
             "--loglevel=INFO", "-n", f"test-{uuid.uuid4().hex[:6]}@%h"],
            cwd=ROOT, env=self.env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if b" ready." in self.log.read_bytes():
                return self
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready after 60 s:\n{self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        import signal

        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        import signal

        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def worker_factory(transactional_db, tmp_path):
    """Start workers that share the test database; the broker's database is emptied around each test."""
    import redis
    from django.db import connection

    db = connection.settings_dict
    url = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
        f"/{db['NAME']}"
    )
    broker = redis.Redis.from_url(settings.REDIS_URL)
    broker.flushdb()
    workers: list[Worker] = []

    def make(**extra_env: str) -> Worker:
        env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": settings.REDIS_URL, "DEBUG": "1", **extra_env}
        worker = Worker(settings.CELERY_TASK_DEFAULT_QUEUE, env, tmp_path / f"worker-{len(workers)}.log")
        workers.append(worker)
        return worker

    yield make
    for w in workers:
        w.stop()
    broker.flushdb()


def wait_for(predicate, timeout: float = 60.0, interval: float = 0.2, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
