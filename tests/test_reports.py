"""The daily report CSVs: what they hold, how they are written, and the beat entry that is off by default."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from test_settings import run

from claims import tasks
from claims.exports import export_chunks, filtered_claims, reports
from claims.models import Article, Claim

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 3, 10, 6, 0, tzinfo=dt.UTC)


@pytest.fixture
def backlog() -> dict[str, Claim]:
    article = Article.objects.create(title="Harbor budget", body="x" * 900, body_sha256="9" * 64)
    made = {}
    for i, (name, status, strength, age_days) in enumerate([
        ("old_unverified", "unverified", "on_record", 10),
        ("old_in_review", "in_review", "none", 8),
        ("new_unverified", "unverified", "on_record", 2),
        ("old_verified", "verified", "on_record", 30),
        ("anonymous_open", "in_review", "anonymous_only", 1),
        ("anonymous_decided", "false", "anonymous_only", 1),
    ]):
        claim = Claim.objects.create(article=article, ordinal=i, start=i * 100, end=i * 100 + 10, text=f"{name}.",
                                     text_hash=f"r{i}", status=status, sourcing_strength=strength)
        Claim.objects.filter(pk=claim.pk).update(created_at=NOW - dt.timedelta(days=age_days))
        made[name] = claim
    return made


def ids_in(path) -> list[int]:  # noqa: ANN001
    return sorted(int(r["id"]) for r in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_the_two_reports_hold_the_desks_open_work(backlog, tmp_path):
    written = {r.name: r for r in reports.write_daily_reports(folder=tmp_path, days=7, now=NOW)}
    unverified = written["unverified-older-than-7-days"]
    assert unverified.path == tmp_path / "unverified-older-than-7-days-2026-03-10.csv"
    assert ids_in(unverified.path) == sorted([backlog["old_unverified"].pk, backlog["old_in_review"].pk])
    assert unverified.rows == 2
    anonymous = written["anonymous-only"]
    assert anonymous.path == tmp_path / "anonymous-only-2026-03-10.csv"
    assert ids_in(anonymous.path) == [backlog["anonymous_open"].pk]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([unverified.path.name, anonymous.path.name])


def test_a_report_is_the_export_of_its_api_query(backlog, tmp_path):
    for report in reports.write_daily_reports(folder=tmp_path, days=7, now=NOW):
        again = b"".join(export_chunks("csv", filtered_claims(report.query)))
        assert report.path.read_bytes() == again


def test_writing_the_same_day_again_replaces_the_files(backlog, tmp_path):
    reports.write_daily_reports(folder=tmp_path, days=7, now=NOW)
    Claim.objects.filter(pk=backlog["old_unverified"].pk).update(status="verified")
    reports.write_daily_reports(folder=tmp_path, days=7, now=NOW)
    assert ids_in(tmp_path / "unverified-older-than-7-days-2026-03-10.csv") == [backlog["old_in_review"].pk]
    assert len(list(tmp_path.iterdir())) == 2


def test_a_failed_write_leaves_no_half_file_and_keeps_the_previous_one(backlog, tmp_path, monkeypatch):
    reports.write_daily_reports(folder=tmp_path, days=7, now=NOW)
    before = (tmp_path / "unverified-older-than-7-days-2026-03-10.csv").read_bytes()

    def dying(fmt, claims, **kw):  # noqa: ANN001, ANN003, ANN202
        yield b"id,article_id\n1,"
        raise OSError("disk full")

    monkeypatch.setattr(reports, "export_chunks", dying)
    with pytest.raises(OSError, match="disk full"):
        reports.write_daily_reports(folder=tmp_path, days=7, now=NOW)
    assert (tmp_path / "unverified-older-than-7-days-2026-03-10.csv").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anonymous-only-2026-03-10.csv",
                                                           "unverified-older-than-7-days-2026-03-10.csv"]


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        reports.write_daily_reports(folder=tmp_path / "nope", days=7, now=NOW)
    with pytest.raises(CommandError, match="does not exist"):
        call_command("export_reports", "--dir", str(tmp_path / "nope"))
    with pytest.raises(CommandError, match="EXPORT_REPORTS_DIR"):
        call_command("export_reports", "--dir", "")


def test_the_task_writes_nothing_unless_configured(backlog, tmp_path, settings, monkeypatch):
    settings.EXPORT_REPORTS_DIR = ""
    assert tasks.write_daily_reports.delay().get() == {}
    settings.EXPORT_REPORTS_DIR = str(tmp_path)
    settings.EXPORT_REPORTS_UNVERIFIED_DAYS = 7
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    assert tasks.write_daily_reports.delay().get() == {"unverified-older-than-7-days-2026-03-10.csv": 2,
                                                       "anonymous-only-2026-03-10.csv": 1}


def test_the_command_writes_todays_reports(backlog, tmp_path, capsys):
    call_command("export_reports", "--dir", str(tmp_path), "--days", "1")
    out = capsys.readouterr().out
    assert "unverified-older-than-1-days-" in out and "anonymous-only-" in out


PROBE = ("import json, django; from django.conf import settings; django.setup();"
         "entry = settings.CELERY_BEAT_SCHEDULE.get('daily-claim-reports');"
         "print(json.dumps(entry and [entry['task'], sorted(entry['schedule'].hour), sorted(entry['schedule'].minute),"
         " settings.EXPORT_REPORTS_UNVERIFIED_DAYS]))")


def test_beat_entry_is_off_by_default_and_set_from_the_environment(tmp_path):
    off = run({"DEBUG": "1"}, "-c", PROBE)
    assert off.returncode == 0, off.stderr
    assert json.loads(off.stdout.strip().splitlines()[-1]) is None
    on = run({"DEBUG": "1", "EXPORT_REPORTS_DIR": str(tmp_path), "EXPORT_REPORTS_HOUR": "5",
              "EXPORT_REPORTS_UNVERIFIED_DAYS": "14"}, "-c", PROBE)
    assert on.returncode == 0, on.stderr
    assert json.loads(on.stdout.strip().splitlines()[-1]) == ["claims.tasks.write_daily_reports", [5], [0], 14]
    bad = run({"DEBUG": "1", "EXPORT_REPORTS_DIR": str(tmp_path), "EXPORT_REPORTS_HOUR": "24"}, "-c", PROBE)
    assert bad.returncode != 0 and "EXPORT_REPORTS_HOUR" in bad.stderr
