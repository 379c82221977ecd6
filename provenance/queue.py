"""Sending tagging (and, after it, matching) work to the Celery workers.

Tasks are sent by name through the project's Celery app. The task module (provenance.tasks)
calls the run services, and the run services send tasks; naming the task here, instead of
importing the module that defines it, keeps the imports flowing one way (tasks → services →
queue). provenance.apps imports the task module at start-up so that the names are registered
in every process, which eager mode (no REDIS_URL) needs to run them in-process.
"""

from __future__ import annotations

from config.celery import app

TAG_ARTICLE = "provenance.tasks.tag_article"
TAG_ARTICLES = "provenance.tasks.tag_articles"
MATCH_ARTICLE = "provenance.tasks.match_article"

# Articles per tag_articles message. Each batch costs two commits and a dozen queries whatever
# its size; at 25 those were a third of the write time in bench/pipeline.py.
TAG_BATCH = 100


def enqueue_tagging(article_id: int, *, countdown: float | None = None) -> None:
    app.tasks[TAG_ARTICLE].apply_async(args=[article_id], countdown=countdown)


def enqueue_tagging_batch(article_ids: list[int]) -> None:
    task = app.tasks[TAG_ARTICLES]
    for at in range(0, len(article_ids), TAG_BATCH):
        task.apply_async(args=[article_ids[at : at + TAG_BATCH]])


def enqueue_matching(article_ids: list[int]) -> None:
    """Find the same claims in other articles, once each article's tagging run is written."""
    task = app.tasks[MATCH_ARTICLE]
    for article_id in article_ids:
        task.apply_async(args=[article_id])
