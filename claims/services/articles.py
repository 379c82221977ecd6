"""Ingest and correction of articles: validation shared by every entry point, then tagging queued.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from ..models import Article
from ..text import InvalidArticle, TextFormat, clean_body
from .workflow import Perm, require

# --- ingest -----------------------------------------------------------------------------------


@dataclass
class IngestResult:
    article: Article
    outcome: str  # "created", "updated" or "unchanged"


def parse_published_at(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        parsed = parse_datetime(value.strip())
        if parsed is None:
            day = parse_date(value.strip())
            parsed = dt.datetime.combine(day, dt.time()) if day else None
        if parsed is None:
            raise InvalidArticle(f"published_at {value!r} is not an ISO 8601 date or date-time")
    else:
        raise InvalidArticle(f"published_at must be a string, got {type(value).__name__}")
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed, dt.UTC)


def _clean_str(value: Any, name: str, max_len: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidArticle(f"{name} must be a string, got {type(value).__name__}")
    if "\x00" in value:
        raise InvalidArticle(f"{name} contains a NUL byte")
    value = " ".join(value.split())
    if len(value) > max_len:
        raise InvalidArticle(f"{name} is longer than {max_len} characters")
    return value


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
    clean = clean_body(body, fmt=fmt, max_bytes=settings.ARTICLE_MAX_BYTES)
    title = _clean_str(title, "title", 500) or clean.title_hint[:500]
    url = _clean_str(url, "url", 2000) or None
    if url and not url.lower().startswith(("http://", "https://")):
        raise InvalidArticle(f"url must start with http:// or https://, got {url[:80]!r}")
    publisher_name = _clean_str(publisher, "publisher", 255)
    when = parse_published_at(published_at)

    for attempt in range(2):
        try:
            with transaction.atomic():
                return _upsert_article(clean.text, clean.sha256, title, url, publisher_name, when)
        except IntegrityError:
            # Two ingests of the same url raced; the second pass finds the winner's row.
            if attempt:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _upsert_article(
    text: str, sha: str, title: str, url: str | None, publisher_name: str, when: dt.datetime | None
) -> IngestResult:
    from provenance.services import get_or_create_source, request_tagging

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
        request_tagging(article=article)
        return IngestResult(article, "created")
    if existing.body_sha256 == sha:
        return IngestResult(existing, "unchanged")
    existing.body, existing.body_sha256 = text, sha
    existing.title = title or existing.title
    existing.publisher = publisher or existing.publisher
    existing.published_at = when or existing.published_at
    existing.save()
    request_tagging(article=existing)
    return IngestResult(existing, "updated")


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
    from provenance.services import get_or_create_source, request_tagging

    require(actor, "claims.change_article")
    clean = clean_body(body, fmt=fmt, max_bytes=settings.ARTICLE_MAX_BYTES)
    url = _clean_str(url, "url", 2000) or None
    publisher_name = _clean_str(publisher, "publisher", 255)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if url and Article.objects.filter(url=url).exclude(pk=article_id).exists():
            raise InvalidArticle(f"another article already has the url {url}")
        changed_body = article.body_sha256 != clean.sha256
        article.title = _clean_str(title, "title", 500) or clean.title_hint[:500] or article.title
        article.url = url
        article.publisher = get_or_create_source(name=publisher_name) if publisher_name else None
        article.published_at = parse_published_at(published_at)
        article.body, article.body_sha256 = clean.text, clean.sha256
        article.save()
        if changed_body:
            request_tagging(article=article)
    return IngestResult(article, "updated" if changed_body else "unchanged")
