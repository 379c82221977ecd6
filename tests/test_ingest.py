"""Ingest through the command and the service: every format, and bad input refused with nothing stored."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, Claim
from claims.services import ingest_article
from claims.text import InvalidArticle
from provenance.models import TaggingRun, TaggingState

pytestmark = pytest.mark.django_db

STORY = (
    "Officials at the Marlow Port Authority said on Monday that cargo volumes fell by a third. "
    "The drop was first reported by the Coastline Herald. "
    "A spokesperson for the authority declined to comment on job cuts."
)


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    """Run `manage.py ingest`; tagging, enqueued after commit, runs at once as after a real commit."""
    from io import StringIO

    def run(*args: str) -> tuple[int, str]:
        out = StringIO()
        try:
            with django_capture_on_commit_callbacks(execute=True):
                call_command("ingest", *args, "--no-progress", stdout=out)
        except CommandError as exc:
            return exc.returncode, out.getvalue() + str(exc)
        return 0, out.getvalue()

    return run


def test_text_file_is_stored_and_tagged(ingest, tmp_path):
    path = tmp_path / "port-volumes.txt"
    path.write_text(STORY, encoding="utf-8")
    code, out = ingest(str(path))
    assert code == 0, out
    assert "1 created" in out
    article = Article.objects.get()
    assert article.title == "port volumes"
    assert article.body == STORY
    assert TaggingRun.objects.get(article=article).state == TaggingState.DONE
    assert Claim.objects.filter(article=article).count() >= 2


def test_jsonl_with_metadata_and_second_run_creates_nothing(ingest, tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [
        {"title": "Port", "url": "https://example.org/port", "publisher": "Coastline Herald",
         "published_at": "2026-03-01", "body": STORY},
        {"title": "Other", "body": "The mayor said the bridge would reopen in May."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out = ingest(str(path))
    assert code == 0 and "2 created" in out, out
    port = Article.objects.get(url="https://example.org/port")
    assert port.publisher.canonical_name == "Coastline Herald"
    assert port.published_at.year == 2026
    code, out = ingest(str(path))
    assert code == 0 and "0 created" in out and "2 unchanged" in out, out
    assert Article.objects.count() == 2


def test_changed_body_at_same_url_updates_and_queues_a_new_run(tmp_path):
    first = ingest_article(body=STORY, url="https://example.org/x")
    assert ingest_article(body=STORY, url="https://example.org/x").outcome == "unchanged"
    second = ingest_article(body=STORY + " The port reopened on Friday, the authority said.", url="https://example.org/x")
    assert second.outcome == "updated" and second.article.pk == first.article.pk
    assert TaggingRun.objects.filter(article=first.article).count() == 2


def test_html_file_keeps_main_text_and_drops_scripts(ingest, tmp_path):
    html = (
        "<html><head><title>Port volumes fall</title><script>alert('x')</script>"
        "<style>p{color:red}</style></head><body><nav>Home | Sections</nav><article>"
        + "".join(f"<p>{s}.</p>" for s in STORY.split(". "))
        + "</article><script>track()</script></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    code, out = ingest(str(path))
    assert code == 0, out
    article = Article.objects.get()
    assert "cargo volumes fell" in article.body
    assert "alert" not in article.body and "track()" not in article.body and "color:red" not in article.body
    assert article.title == "Port volumes fall"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"Officials said\x00 the port closed.", "NUL"),
        (b"Officials said \xff\xfe the port closed.", "not valid UTF-8"),
        (b"<html><body><p>Officials said so.</p><script>x()</script></body></html>", "looks like HTML"),
    ],
)
def test_bad_text_files_are_rejected_with_a_reason_and_nothing_stored(ingest, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out = ingest(str(path))
    assert code == 1
    assert message in out
    assert Article.objects.count() == 0
    assert TaggingRun.objects.count() == 0


def test_oversized_body_is_rejected(ingest, tmp_path, settings):
    settings.ARTICLE_MAX_BYTES = 1000
    path = tmp_path / "big.txt"
    path.write_text("The council said the budget passed. " * 100, encoding="utf-8")
    code, out = ingest(str(path))
    assert code == 1 and "over the limit" in out
    assert Article.objects.count() == 0


def test_jsonl_bad_lines_are_reported_by_line_and_the_rest_stored(ingest, tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"title": "ok", "body": STORY}).encode(),
        b"{not json",
        json.dumps({"title": "no body"}).encode(),
        json.dumps({"body": "x", "colour": "red"}).encode(),
        b'{"body": "bad \xff byte"}',
        json.dumps({"body": "Officials said\u0000 so."}).encode(),
        json.dumps({"body": 42}).encode(),
        json.dumps({"body": "The mayor said so.", "published_at": "yesterday"}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, out = ingest(str(path))
    assert code == 1
    assert "1 created" in out and "7 rejected" in out
    for n, reason in [(2, "not valid JSON"), (3, "missing field: body"), (4, "unknown fields: colour"),
                      (5, "not valid UTF-8"), (6, "NUL"), (7, "body must be text"), (8, "published_at")]:
        assert f"mixed.jsonl:{n}: " in out and reason in out, (n, reason, out)
    assert Article.objects.count() == 1


def test_missing_path_and_empty_folder_are_usage_errors(ingest, tmp_path):
    code, out = ingest(str(tmp_path / "nope.txt"))
    assert code == 1 and "no such file" in out
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out = ingest(str(empty))
    assert code == 2 and "no articles found" in out


def test_folder_ingest_reads_every_file(ingest, tmp_path):
    for i in range(3):
        (tmp_path / f"story-{i}.txt").write_text(f"The agency said {i} ships were delayed.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    code, out = ingest(str(tmp_path))
    assert code == 0 and "3 created" in out, out


def test_service_rejects_bad_url_and_non_string_title():
    with pytest.raises(InvalidArticle, match="url must start with http"):
        ingest_article(body=STORY, url="javascript:alert(1)")
    with pytest.raises(InvalidArticle, match="title must be a string"):
        ingest_article(body=STORY, title=["x"])
    assert Article.objects.count() == 0
