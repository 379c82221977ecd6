"""A real task through Redis to a separately started worker process, observed in PostgreSQL."""

from __future__ import annotations

import pytest
from django.db import transaction

from claims.models import Article, Claim
from provenance.models import TaggingRun, TaggingState
from provenance.services import ingest_article
from tests.conftest import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.timeout(180)]

BODY = (
    "The Ashford water board said on Thursday that it would raise rates by 4 percent. "
    "People familiar with the plan said a larger increase had been discussed. "
    "The board's chair declined to comment."
)


def test_worker_process_tags_an_article_enqueued_after_commit(worker_factory):
    worker = worker_factory().start()
    with transaction.atomic():
        article = ingest_article(body=BODY, title="Water rates", url="https://example.org/water").article
    run = wait_for(
        lambda: TaggingRun.objects.filter(article=article, state=TaggingState.DONE).first(),
        what="the worker to finish the tagging run",
    )
    assert run.attempts == 1
    claims = list(Claim.objects.filter(article=article).order_by("ordinal"))
    assert claims and claims[0].text.startswith("The Ashford water board said")
    assert sum(c.attributions.count() for c in claims) >= 1
    assert worker.proc.poll() is None
    assert "Task provenance.tasks.tag_article[" in worker.log.read_text()
    assert Article.objects.count() == 1
