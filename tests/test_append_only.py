"""The review history is append-only in the database itself: UPDATE, DELETE and TRUNCATE on
claims_reviewevent fail in plain SQL (the attack found DELETE and TRUNCATE succeeding)."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from claims.append_only import TABLE
from claims.models import Article, Claim, ReviewAction, ReviewEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def event() -> ReviewEvent:
    article = Article.objects.create(title="t", body="The mayor said so.", body_sha256="0" * 64)
    claim = Claim.objects.create(article=article, ordinal=0, start=0, end=18, text=article.body, text_hash="h")
    return ReviewEvent.objects.create(claim=claim, action=ReviewAction.STATUS_CHANGED, from_value="unverified",
                                      to_value="in_review", note="kept forever")


def refused(sql: str) -> str:
    with pytest.raises(DatabaseError) as exc, transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The test's rows were inserted in this same transaction: run their deferred foreign
            # key checks now, or PostgreSQL refuses TRUNCATE for those before our trigger fires.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(sql)
    return str(exc.value)


@pytest.mark.parametrize(
    "sql",
    [
        f"UPDATE {TABLE} SET note = 'rewritten'",
        f"DELETE FROM {TABLE}",
        f"DELETE FROM {TABLE} WHERE id IN (SELECT id FROM {TABLE})",
    ],
)
def test_update_and_delete_are_refused_in_sql(event, sql):
    assert "append-only" in refused(sql)
    assert ReviewEvent.objects.get(pk=event.pk).note == "kept forever"


@pytest.mark.postgres
def test_truncate_is_refused_on_postgresql(event):
    assert "append-only (TRUNCATE refused)" in refused(f"TRUNCATE {TABLE}")
    # Also when another table's TRUNCATE ... CASCADE would reach the history.
    assert "append-only" in refused("TRUNCATE claims_claim CASCADE")
    assert ReviewEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.postgres
def test_truncate_of_an_empty_history_is_refused_too(db):
    assert not ReviewEvent.objects.exists()
    assert "TRUNCATE refused" in refused(f"TRUNCATE {TABLE}")


def test_the_guard_is_installed_after_every_migration(db):
    # A later migration that rebuilds the table on SQLite drops its triggers silently: this names them.
    if connection.vendor == "postgresql":
        sql = "SELECT tgname FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s"
    with connection.cursor() as cursor:
        cursor.execute(sql, [TABLE])
        names = {row[0] for row in cursor.fetchall()}
    expected = {f"{TABLE}_no_update", f"{TABLE}_no_delete"}
    if connection.vendor == "postgresql":
        expected.add(f"{TABLE}_no_truncate")
    assert names == expected


def test_inserting_events_still_works(event):
    ReviewEvent.objects.create(claim=event.claim, action=ReviewAction.EVIDENCE_ADDED,
                               evidence_url="https://example.org/doc")
    assert ReviewEvent.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_with_events_is_emptied_and_the_guard_kept():
    # The teardown of this test flushes the tables past the guard (tests/conftest.py); the next
    # tests see the guard again (test_the_guard_is_installed_after_every_migration runs after it
    # in a full run, and this file's own refusals do too).
    article = Article.objects.create(title="t", body="b", body_sha256="1" * 64)
    claim = Claim.objects.create(article=article, ordinal=0, start=0, end=1, text="b", text_hash="h")
    ReviewEvent.objects.create(claim=claim, action=ReviewAction.ASSIGNED, to_value="x")
    assert "append-only" in refused(f"DELETE FROM {TABLE}")


def test_the_guard_is_back_after_a_flush(event):
    assert "append-only" in refused(f"DELETE FROM {TABLE}")
