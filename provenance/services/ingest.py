"""The pipeline's entry: storing an article (ingest, bulk ingest, an editor's correction) and
queueing its tagging, in one transaction.

It lives in provenance, not in the claims core, because storing an article resolves its
publisher in the source registry and asks for a tagging run; the claims core only validates the
input (claims.services.articles.prepare_article), so every entry point shares those messages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.models import Article
from claims.services import Perm, require
from claims.services.articles import PreparedArticle, prepare_article
from claims.text import InvalidArticle, TextFormat, normalise_alias

from .. import queue
from ..models import SourceType, TaggingRun
from . import runs
from .sources import get_or_create_source, registry_key, resolve_sources

log = logging.getLogger(__name__)

# Rows per INSERT statement: well under SQLite's variable limit and PostgreSQL's sweet spot.
BATCH_INSERT = 250


@dataclass
class IngestResult:
    article: Article
    outcome: str  # "created", "updated" or "unchanged"


def ingest_article(
    *,
    body: str | bytes,
    title: str = "",
    url: str | None = None,
    publisher: str | None = None,
    published_at: Any = None,
    fmt: str = TextFormat.TEXT,
    actor: AbstractBaseUser | None = None,
) -> IngestResult:
    """Create or update one article and queue its tagging. Idempotent on url, else on the body hash.

    Raises InvalidArticle with a plain message; nothing is stored then.
    """
    if actor is not None:
        require(actor, Perm.INGEST)
    item = prepare_article(body=body, title=title, url=url, publisher=publisher, published_at=published_at, fmt=fmt)

    for attempt in range(2):
        try:
            with transaction.atomic():
                return _upsert_article(item)
        except IntegrityError:
            # Two ingests of the same url (or of the same url-less body) raced and the database's
            # unique constraint stopped the second; the second pass finds the winner's row, so
            # this ingest reports "unchanged" (or "updated" when its body differs).
            if attempt:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _upsert_article(item: PreparedArticle) -> IngestResult:
    text, sha, title, url, when = item.text, item.sha256, item.title, item.url, item.published_at
    publisher_name = item.publisher
    existing = (
        Article.objects.select_for_update().filter(url=url).first()
        if url
        else Article.objects.filter(url__isnull=True, body_sha256=sha).first()
    )
    publisher = get_or_create_source(name=publisher_name) if publisher_name else None
    if existing is None:
        article = Article.objects.create(
            title=title, url=url, publisher=publisher, published_at=when, body=text, body_sha256=sha
        )
        runs.request_tagging(article=article)
        return IngestResult(article, "created")
    if existing.body_sha256 == sha:
        return IngestResult(existing, "unchanged")
    existing.body, existing.body_sha256 = text, sha
    existing.title = title or existing.title
    existing.publisher = publisher or existing.publisher
    existing.published_at = when or existing.published_at
    existing.save()
    runs.request_tagging(article=existing)
    return IngestResult(existing, "updated")


def ingest_articles(*, items: list[PreparedArticle]) -> list[str]:
    """Store a batch of prepared articles in one transaction with batched inserts; queue their
    tagging after commit. Returns each item's outcome ("created", "updated", "unchanged").

    Idempotent like ingest_article: on url, else on the body hash. New articles and their runs
    go in with bulk_create; the rare update (a changed body at a known url) and repeats inside the
    batch take the one-by-one path. A concurrent ingest of the same url makes the batch insert
    fail as a whole; then every item takes the one-by-one path, which resolves the race.
    """
    if not items:
        return []
    try:
        with transaction.atomic():
            return _ingest_batch(items)
    except IntegrityError:
        log.info("batch of %s articles raced another ingest; storing them one by one", len(items))
        outcomes = []
        for item in items:
            for attempt in range(2):
                try:
                    with transaction.atomic():
                        outcomes.append(_upsert_article(item).outcome)
                    break
                except IntegrityError:
                    if attempt:
                        raise
        return outcomes


def _ingest_batch(items: list[PreparedArticle]) -> list[str]:
    urls = {i.url for i in items if i.url}
    shas = {i.sha256 for i in items if not i.url}
    known: dict[tuple[str, str], str] = {}  # (kind, key) -> stored body hash
    for url, sha in Article.objects.filter(url__in=urls).values_list("url", "body_sha256"):
        known[("url", url)] = sha
    for sha in Article.objects.filter(url__isnull=True, body_sha256__in=shas).values_list("body_sha256", flat=True):
        known[("sha", sha)] = sha

    outcomes: list[str | None] = [None] * len(items)
    fresh: list[int] = []
    one_by_one: list[int] = []
    seen: set[tuple[str, str]] = set()
    for n, item in enumerate(items):
        key = ("url", item.url) if item.url else ("sha", item.sha256)
        if key in seen:
            one_by_one.append(n)  # a repeat inside the batch: decide after the first is stored
        elif key in known:
            if known[key] == item.sha256:
                outcomes[n] = "unchanged"
            else:
                one_by_one.append(n)
        else:
            fresh.append(n)
        seen.add(key)

    publishers = resolve_sources(
        sorted(
            {(items[n].publisher, SourceType.NEWS_OUTLET) for n in fresh if items[n].publisher},
            key=lambda m: normalise_alias(m[0]),
        )
    )
    created = Article.objects.bulk_create(
        [
            Article(
                title=items[n].title,
                url=items[n].url,
                publisher=publishers.get(registry_key(items[n].publisher, SourceType.NEWS_OUTLET))
                if items[n].publisher
                else None,
                published_at=items[n].published_at,
                body=items[n].text,
                body_sha256=items[n].sha256,
            )
            for n in fresh
        ],
        batch_size=BATCH_INSERT,
    )
    now = timezone.now()
    version = runs.engine_version()
    TaggingRun.objects.bulk_create(
        [TaggingRun(article=a, body_sha256=a.body_sha256, engine_version=version, enqueued_at=now) for a in created],
        batch_size=BATCH_INSERT,
    )
    for n in fresh:
        outcomes[n] = "created"
    for n in one_by_one:
        with transaction.atomic():
            outcomes[n] = _upsert_article(items[n]).outcome

    ids = [a.pk for a in created]
    # New articles are tagged in batches: one message and a few INSERTs per batch, not per article.
    transaction.on_commit(lambda: queue.enqueue_tagging_batch(ids))
    return [o or "unchanged" for o in outcomes]


def edit_article(
    *,
    article_id: int,
    actor: AbstractBaseUser,
    title: str,
    body: str | bytes,
    url: str | None = None,
    publisher: str | None = None,
    published_at: Any = None,
    fmt: str = TextFormat.TEXT,
) -> IngestResult:
    """An editor's correction of an article; a changed body queues a re-tag (claims keep their history)."""
    require(actor, "claims.change_article")
    prepared = prepare_article(
        body=body, title=title, url=url, publisher=publisher, published_at=published_at, fmt=fmt
    )
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        others = Article.objects.exclude(pk=article_id)
        if prepared.url and others.filter(url=prepared.url).exists():
            raise InvalidArticle(f"another article already has the url {prepared.url}")
        if not prepared.url and others.filter(url__isnull=True, body_sha256=prepared.sha256).exists():
            raise InvalidArticle("another article without a url already has this body; give one of them a url")
        changed_body = article.body_sha256 != prepared.sha256
        article.title = prepared.title or article.title
        article.url = prepared.url
        article.publisher = get_or_create_source(name=prepared.publisher) if prepared.publisher else None
        article.published_at = prepared.published_at
        article.body, article.body_sha256 = prepared.text, prepared.sha256
        article.save()
        if changed_body:
            runs.request_tagging(article=article)
    return IngestResult(article, "updated" if changed_body else "unchanged")
