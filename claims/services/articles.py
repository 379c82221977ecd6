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
    """An article's date as an aware datetime in UTC, or None; InvalidArticle for anything else.

    Converted to UTC on the way in: PostgreSQL keeps offsets only up to ±15:59 (Python allows up
    to ±23:59), and a date at the edge of the calendar with an offset ("9999-12-31T23:00-05:00")
    lies outside it once converted, where Python cannot read it back: stored, it broke every list
    that shows it. Every entry point (API, admin, ingest) gives this function's messages.
    """
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        text = value.strip()
        try:
            parsed = parse_datetime(text)
            if parsed is None:
                day = parse_date(text)
                parsed = dt.datetime.combine(day, dt.time()) if day else None
        except ValueError:  # well-formed but impossible: 2026-02-30, an offset of 99 hours
            parsed = None
        if parsed is None:
            raise InvalidArticle(
                f"published_at {value[:40]!r} is not an ISO 8601 date or date-time", field="published_at"
            )
    else:
        raise InvalidArticle(f"published_at must be a string, got {type(value).__name__}", field="published_at")
    try:
        return parsed.astimezone(dt.UTC) if timezone.is_aware(parsed) else parsed.replace(tzinfo=dt.UTC)
    except (OverflowError, ValueError):
        raise InvalidArticle(
            f"published_at {str(value)[:40]!r} is out of range: in UTC it must fall between the years 1 and 9999",
            field="published_at",
        ) from None


def _clean_publisher(value: Any) -> str:
    name = _clean_str(value, "publisher", 255)
    if name and not normalise_alias(name):
        raise InvalidArticle(f"publisher needs at least one letter or digit, got {name!r}", field="publisher")
    return name


def _clean_str(value: Any, name: str, max_len: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidArticle(f"{name} must be a string, got {type(value).__name__}", field=name)
    if "\x00" in value:
        raise InvalidArticle(f"{name} contains a NUL byte", field=name)
    value = " ".join(value.split())
    if len(value) > max_len:
        raise InvalidArticle(f"{name} is longer than {max_len} characters", field=name)
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
        raise InvalidArticle(f"url must start with http:// or https://, got {url[:80]!r}", field="url")
    return PreparedArticle(
        text=clean.text,
        sha256=clean.sha256,
        title=title,
        url=url,
        publisher=_clean_publisher(publisher),
        published_at=parse_published_at(published_at),
    )
