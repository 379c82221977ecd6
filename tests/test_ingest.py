"""Ingest through the command and the service: every format, and bad input refused with nothing stored."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, Claim
from claims.text import InvalidArticle
from provenance.models import TaggingRun, TaggingState
from provenance.services import ingest_article

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


# --- bulk ingest -----------------------------------------------------------------------------


def _jsonl(path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_batched_ingest_is_idempotent_across_batches_and_tags_every_article(ingest, tmp_path):
    rows = [
        {"title": f"Story {i}", "url": f"https://example.org/s/{i}", "publisher": f"Herald {i % 3}",
         "body": f"The harbour master said {i} ships were delayed on Monday. Critics say the port is too small."}
        for i in range(23)
    ] + [{"body": f"The agency said {i} flights were cancelled."} for i in range(7)]
    path = tmp_path / "many.jsonl"
    _jsonl(path, rows)
    code, out = ingest(str(path), "--batch-size", "4")
    assert code == 0 and "30 items: 30 created, 0 updated, 0 unchanged, 0 rejected" in out, out
    assert Article.objects.count() == 30
    assert Article.objects.filter(publisher__canonical_name="Herald 1").count() == 8
    assert TaggingRun.objects.filter(state=TaggingState.DONE).count() == 30
    assert all(a.claims.exists() for a in Article.objects.all())
    code, out = ingest(str(path), "--batch-size", "7")
    assert code == 0 and "30 items: 0 created, 0 updated, 30 unchanged, 0 rejected" in out, out
    assert Article.objects.count() == 30 and TaggingRun.objects.count() == 30


def test_repeats_and_changes_inside_one_batch(ingest, tmp_path):
    first = {"url": "https://example.org/a", "body": "The mayor said the bridge would reopen in May."}
    changed = {"url": "https://example.org/a", "body": "The mayor said the bridge would reopen in June."}
    path = tmp_path / "repeats.jsonl"
    _jsonl(path, [first, first, {"body": STORY}, {"body": STORY}, changed])
    code, out = ingest(str(path))
    assert code == 0 and "5 items: 2 created, 1 updated, 2 unchanged" in out, out
    assert Article.objects.count() == 2
    assert Article.objects.get(url=first["url"]).body.endswith("June.")
    article = Article.objects.get(url=first["url"])
    assert TaggingRun.objects.get(article=article, body_sha256=article.body_sha256).state == TaggingState.DONE
    assert set(article.claims.values_list("text", flat=True)) == {changed["body"]}


def test_bad_lines_among_batches_are_reported_and_the_rest_stored(ingest, tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = []
    for i in range(60):
        if i % 10 == 3:
            lines.append(b'{"body": "bad \xff byte"}')
        elif i % 10 == 7:
            lines.append(json.dumps({"body": "   "}).encode())
        else:
            lines.append(json.dumps({"body": f"The council said item {i} passed."}).encode())
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, out = ingest(str(path), "--batch-size", "8")
    assert code == 1 and "60 items: 48 created" in out and "12 rejected" in out, out
    assert "mixed.jsonl:4: line is not valid UTF-8" in out and "mixed.jsonl:8: body is empty" in out
    assert Article.objects.count() == 48


def test_rejections_beyond_the_first_fifty_are_counted_not_listed(ingest, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("{not json\n" * 70, encoding="utf-8")
    code, out = ingest(str(path))
    assert code == 1 and "70 rejected" in out and "... and 20 more rejections" in out
    assert out.count("  rejected ") == 50


def test_batch_size_must_be_positive(ingest, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    code, out = ingest(str(path), "--batch-size", "0")
    assert code == 2


# --- url-less articles: unique on their body, races resolved as "unchanged" -------------------


def test_database_refuses_a_second_urlless_article_with_the_same_body():
    from django.db import IntegrityError, transaction

    from claims.text import body_sha256

    sha = body_sha256(STORY)
    Article.objects.create(body=STORY, body_sha256=sha)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(body=STORY, body_sha256=sha)
    # Articles with urls may share a body (syndicated copy), and so may one with and one without.
    Article.objects.create(body=STORY, body_sha256=sha, url="https://example.org/a")
    Article.objects.create(body=STORY, body_sha256=sha, url="https://example.org/b")
    assert Article.objects.count() == 3


def _race(monkeypatch, hook: str, ingest_one) -> list:
    """Run `ingest_one` in two threads (two database connections) that both look for the article
    before either inserts it: a barrier in `hook`, which sits between the lookup and the INSERT."""
    import threading

    from django.db import connection

    from provenance import queue
    from provenance.services import ingest as services

    monkeypatch.setattr(queue, "enqueue_tagging", lambda *a, **k: None)
    monkeypatch.setattr(queue, "enqueue_tagging_batch", lambda *a, **k: None)
    barrier, first_call = threading.Barrier(2, timeout=10), threading.local()
    real = getattr(services, hook)

    def wait_then_real(*args, **kwargs):
        if not getattr(first_call, "done", False):  # the retry after the lost race goes straight on
            first_call.done = True
            barrier.wait()
        return real(*args, **kwargs)

    monkeypatch.setattr(services, hook, wait_then_real)
    results, errors = [], []

    def run(n: int) -> None:
        try:
            results.append(ingest_one(n))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    return results


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_ingests_of_one_urlless_body_create_it_once(monkeypatch):
    results = _race(monkeypatch, "get_or_create_source", lambda n: ingest_article(body=STORY, publisher="Harwick Daily"))
    assert sorted(r.outcome for r in results) == ["created", "unchanged"]
    assert results[0].article.pk == results[1].article.pk
    assert Article.objects.filter(url__isnull=True).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_batch_ingests_of_one_urlless_body_create_it_once_and_the_rest(monkeypatch):
    from claims.services.articles import prepare_article
    from provenance.services.ingest import ingest_articles

    def batch(n: int) -> list[str]:
        own = STORY.replace("a third", f"{n} percent")
        return ingest_articles(items=[prepare_article(body=STORY, publisher="Harwick Daily"), prepare_article(body=own)])

    results = _race(monkeypatch, "resolve_sources", batch)
    assert sorted(results) == [["created", "created"], ["unchanged", "created"]]
    assert Article.objects.filter(url__isnull=True).count() == 3
    assert Article.objects.filter(body=STORY).count() == 1


def test_edit_refuses_to_make_a_second_urlless_copy_of_a_body(editor, django_capture_on_commit_callbacks):
    from provenance.services import edit_article

    with django_capture_on_commit_callbacks(execute=False):
        ingest_article(body=STORY)
        other = ingest_article(body=STORY, url="https://example.org/copy").article
        with pytest.raises(InvalidArticle, match="without a url already has this body"):
            edit_article(article_id=other.pk, actor=editor, title="t", body=STORY, url=None)
    assert Article.objects.get(pk=other.pk).url == "https://example.org/copy"


# --- bad input through the admin's add form ---------------------------------------------------

BAD_BODIES = [
    ("", "This field is required"),
    ("   \n\t  ", "body is empty"),
    ("Officials said\x00 the port closed.", "body contains a NUL byte at character 14; refusing binary input"),
    ("<html><body><p>Officials said so.</p><script>x()</script></body></html>", "looks like HTML"),
]


@pytest.fixture
def admin_client_editor(client, editor):
    client.force_login(editor)
    return client


def _add_form(body: str, fmt: str = "text") -> dict:
    return {"title": "t", "url": "", "publisher_name": "", "published_at_0": "", "published_at_1": "",
            "body_format": fmt, "body": body}


@pytest.mark.parametrize(("body", "message"), BAD_BODIES)
def test_admin_add_form_refuses_bad_bodies_and_stores_nothing(admin_client_editor, body, message):
    response = admin_client_editor.post("/admin/claims/article/add/", _add_form(body))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Article.objects.count() == 0 and TaggingRun.objects.count() == 0


def test_admin_add_form_refuses_an_oversized_body(admin_client_editor, settings):
    settings.ARTICLE_MAX_BYTES = 1000
    response = admin_client_editor.post("/admin/claims/article/add/", _add_form("The council said so. " * 100))
    assert response.status_code == 200 and "over the limit of 1,000 bytes" in response.content.decode()
    assert Article.objects.count() == 0


def test_admin_add_form_refuses_invalid_utf8(admin_client_editor):
    from urllib.parse import urlencode

    data = urlencode(_add_form("PLACEHOLDER")).replace("PLACEHOLDER", "Officials%20said%20%FF%FE%20so.")
    response = admin_client_editor.post(
        "/admin/claims/article/add/", data, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert "not valid UTF-8" in response.content.decode()
    assert Article.objects.count() == 0


def test_admin_add_form_html_keeps_main_text_and_drops_scripts(admin_client_editor, django_capture_on_commit_callbacks):
    html = ("<html><head><title>Port</title><script>alert('x')</script></head><body><article>"
            + "".join(f"<p>{s}.</p>" for s in STORY.split(". ")) + "</article><script>track()</script></body></html>")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_editor.post("/admin/claims/article/add/", _add_form(html, "html"))
    assert response.status_code == 302, response.content.decode()[-2000:]
    article = Article.objects.get()
    assert "cargo volumes fell" in article.body
    assert "alert" not in article.body and "track()" not in article.body
    assert TaggingRun.objects.get(article=article).state == TaggingState.DONE


def test_publisher_without_letters_or_digits_is_refused():
    with pytest.raises(InvalidArticle, match="publisher needs at least one letter or digit"):
        ingest_article(body=STORY, publisher="!!!")
    assert Article.objects.count() == 0


def test_admin_edit_validates_like_ingest(editor):
    from provenance.services import edit_article

    article = ingest_article(body=STORY, url="https://example.org/e").article
    with pytest.raises(InvalidArticle, match="url must start with http"):
        edit_article(article_id=article.pk, actor=editor, title="t", body=STORY, url="ftp://example.org/e")
    article.refresh_from_db()
    assert article.url == "https://example.org/e"
