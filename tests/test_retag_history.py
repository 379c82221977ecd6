"""A re-tag request leaves an article-level ReviewEvent with its actor, through the service and the admin."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.db.models import ProtectedError
from django.urls import reverse

from claims.models import Article, ReviewAction, ReviewEvent
from provenance.models import TaggingRun, TaggingState
from provenance.services import ingest_article
from provenance.services.review import retag_article

pytestmark = pytest.mark.django_db

BODY = "Kestrel Motors will recall 80,000 trucks, a company spokesperson said on Tuesday."


@pytest.fixture
def article(django_capture_on_commit_callbacks) -> Article:
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_article(body=BODY, title="Kestrel recall", url="https://example.org/kr")
    assert TaggingRun.objects.get(article=result.article).state == TaggingState.DONE
    return result.article


def test_retag_request_is_kept_with_actor_article_and_run(fact_checker, article, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        run = retag_article(article_id=article.pk, actor=fact_checker, note="engine fix for spokespeople")
    assert len(callbacks) == 1  # the run is sent after commit
    event = ReviewEvent.objects.get(action=ReviewAction.RETAG_REQUESTED)
    assert event.actor == fact_checker
    assert event.article == article and event.claim is None
    assert event.from_value == f"run {run.pk} ({run.engine_version}): done"
    assert event.to_value == f"run {run.pk} ({run.engine_version}): queued"
    assert event.note == "engine fix for spokespeople"
    assert list(article.events.all()) == [event]


def test_viewer_request_is_refused_and_leaves_no_event(viewer, article):
    with pytest.raises(PermissionDenied):
        retag_article(article_id=article.pk, actor=viewer)
    assert not ReviewEvent.objects.filter(action=ReviewAction.RETAG_REQUESTED).exists()
    assert TaggingRun.objects.get(article=article).state == TaggingState.DONE


def test_retag_button_in_the_admin_writes_the_event(client, editor, article, django_capture_on_commit_callbacks):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:claims_article_retag", args=[article.pk]))
    assert response.status_code == 302
    event = ReviewEvent.objects.get(action=ReviewAction.RETAG_REQUESTED)
    assert event.actor == editor and event.article_id == article.pk
    # The eager worker ran it again; the history keeps the request.
    assert TaggingRun.objects.get(article=article).state == TaggingState.DONE


def test_viewer_retag_post_is_refused_in_the_admin(client, viewer, article):
    client.force_login(viewer)
    assert client.post(reverse("admin:claims_article_retag", args=[article.pk])).status_code == 403
    assert not ReviewEvent.objects.exists()


def test_an_article_with_history_cannot_be_deleted(fact_checker, article):
    retag_article(article_id=article.pk, actor=fact_checker)
    with pytest.raises(ProtectedError):
        Article.objects.filter(pk=article.pk).delete()


def test_review_event_list_names_the_article_of_a_retag_request(client, editor, article):
    retag_article(article_id=article.pk, actor=editor)
    client.force_login(editor)
    response = client.get(reverse("admin:claims_reviewevent_changelist"))
    assert response.status_code == 200
    assert article.title in response.content.decode()
