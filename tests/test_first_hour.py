"""A new user's first hour: / leads to the admin, a favicon, the add form takes a date alone and
opens the annotated article, which shows its tagging state and reloads until tagging is done."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from claims.models import Article
from provenance.models import TaggingRun, TaggingState

pytestmark = pytest.mark.django_db

STORY = ("The harbour authority said on Monday that cargo volumes fell 12 percent in October. "
         "Dock workers said the new cranes had not yet arrived.")


def add_form(**changes: str) -> dict:
    form = {"title": "Harbour volumes fall", "url": "", "publisher_name": "Bay Courier", "published_at_0": "",
            "published_at_1": "", "body_format": "text", "body": STORY}
    return {**form, **changes}


def test_root_leads_to_the_admin(client):
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == reverse("admin:index")


def test_favicon_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file's header
    assert client.get("/favicon.svg").status_code == 200


def test_admin_pages_link_the_favicon_the_api_docs_and_no_missing_site(client, viewer):
    client.force_login(viewer)
    page = client.get(reverse("admin:index")).content.decode()
    assert 'rel="icon" href="/favicon.ico"' in page
    assert f'href="{reverse("api:docs")}"' in page and client.get(reverse("api:docs")).status_code == 200
    assert "View site" not in page  # there is no public site to view


def test_add_form_shows_no_internals(client, editor):
    client.force_login(editor)
    page = client.get(reverse("admin:claims_article_add")).content.decode()
    assert 'name="body"' in page
    for internal in ("sha256", "Body sha256", "Created at", "Updated at"):
        assert internal not in page


def test_add_form_accepts_a_date_alone_and_opens_the_reading_page(client, editor, django_capture_on_commit_callbacks):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:claims_article_add"), add_form(published_at_0="2026-11-03"))
    assert response.status_code == 302, response.content.decode()[-1500:]
    article = Article.objects.get()
    assert response["Location"] == reverse("admin:claims_article_read", args=[article.pk])
    assert article.published_at == dt.datetime(2026, 11, 3, tzinfo=dt.UTC)
    page = client.get(response["Location"]).content.decode()
    assert 'id="tagging-state">done<' in page and 'http-equiv="refresh"' not in page


def test_add_form_keeps_a_time_when_given_and_refuses_a_time_alone(client, editor):
    client.force_login(editor)
    client.post(reverse("admin:claims_article_add"), add_form(published_at_0="2026-11-03", published_at_1="14:30"))
    assert Article.objects.get().published_at == dt.datetime(2026, 11, 3, 14, 30, tzinfo=dt.UTC)
    page = client.post(reverse("admin:claims_article_add"),
                       add_form(url="https://example.org/2", published_at_1="14:30")).content.decode()
    assert "Enter a date" in page and Article.objects.count() == 1


def test_save_and_continue_still_returns_to_the_form(client, editor):
    client.force_login(editor)
    response = client.post(reverse("admin:claims_article_add"), add_form(_continue="1"))
    assert response["Location"] == reverse("admin:claims_article_change", args=[Article.objects.get().pk])


@pytest.mark.parametrize(("state", "refreshes"), [(TaggingState.QUEUED, True), (TaggingState.RUNNING, True),
                                                  (TaggingState.DONE, False), (TaggingState.FAILED, False)])
def test_reading_page_reloads_while_tagging_is_under_way(client, viewer, state, refreshes):
    article = Article.objects.create(title="Waiting", body=STORY, body_sha256="a" * 64)
    TaggingRun.objects.create(article=article, body_sha256=article.body_sha256, engine_version="x", state=state)
    client.force_login(viewer)
    page = client.get(reverse("admin:claims_article_read", args=[article.pk])).content.decode()
    assert f'id="tagging-state">{state.label.lower()}<' in page
    assert ('http-equiv="refresh"' in page) is refreshes
    assert ('id="tagging-wait"' in page) is refreshes


@pytest.mark.skipif(__import__("shutil").which("make") is None, reason="make is not installed")
def test_make_demo_installs_the_runtime_lock_only_keeps_logs_quiet_and_files_mail():
    import subprocess

    from tests.conftest import ROOT

    # -n prints every command the recipe would run (-B: as on a fresh clone), running none of them.
    plan = subprocess.run(["make", "-n", "-B", "demo"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    installs = [line for line in plan.splitlines() if "pip install" in line and " -r " in line]
    assert installs and all("-r requirements.txt" in line for line in installs), installs
    assert "requirements-dev" not in plan
    commands = [line for line in plan.splitlines() if "manage.py" in line]
    assert commands and all("LOG_LEVEL=WARNING" in line for line in commands), commands
    # Mail is written to files, since the server's console output is dropped.
    assert all("EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend" in line for line in commands)
