"""Validation of article input, shared by every entry point (ingest command, admin, API).

Pure checks and normalisation: nothing here touches the database. Storing an article is the
tagging pipeline's entry (provenance.services.ingest), because storing one queues its tagging
and resolves its publisher in the source registry, both provenance's business.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from ..text import InvalidArticle, TextFormat, clean_body, normalise_alias


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


def _clean_publisher(value: Any) -> str:
    name = _clean_str(value, "publisher", 255)
    if name and not normalise_alias(name):
        raise InvalidArticle(f"publisher needs at least one letter or digit, got {name!r}")
    return name


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


@dataclass(frozen=True)
class PreparedArticle:
    """An article that passed validation and is ready to store (see prepare_article)."""

    text: str
    sha256: str
    title: str
    url: str | None
    publisher: str
    published_at: dt.datetime | None


def prepare_article(
    *,
    body: str | bytes,
    title: str = "",
    url: str | None = None,
    publisher: str | None = None,
    published_at: Any = None,
    fmt: str = TextFormat.TEXT,
) -> PreparedArticle:
    """Validate and normalise one article's fields without touching the database.

    Raises InvalidArticle with a plain message. Every entry point goes through this.
    """
    clean = clean_body(body, fmt=fmt, max_bytes=settings.ARTICLE_MAX_BYTES)
    title = _clean_str(title, "title", 500) or clean.title_hint[:500]
    url = _clean_str(url, "url", 2000) or None
    if url and not url.lower().startswith(("http://", "https://")):
        raise InvalidArticle(f"url must start with http:// or https://, got {url[:80]!r}")
    return PreparedArticle(
        text=clean.text,
        sha256=clean.sha256,
        title=title,
        url=url,
        publisher=_clean_publisher(publisher),
        published_at=parse_published_at(published_at),
    )
