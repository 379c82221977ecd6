"""Reading articles from files: text, HTML and JSON lines, streamed one item at a time.

Each item carries where it came from ("file.jsonl:12") so that a rejection can be reported
against its line while the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .text import InvalidArticle, decode_utf8

FORMATS = ("text", "html", "jsonl")
JSONL_FIELDS = {"title", "url", "publisher", "published_at", "body"}
# What one article may carry, in a JSON line or an API request: anything else is refused, since
# a misspelt field ("publised_at") silently dropped is a wrong article stored.
ARTICLE_FIELDS = frozenset(JSONL_FIELDS | {"format"})


def unknown_fields_problem(record: dict[str, Any]) -> str:
    """The message for fields an article does not have, or "" when there are none."""
    unknown = set(record) - ARTICLE_FIELDS
    return f"unknown fields: {', '.join(sorted(map(str, unknown)))}" if unknown else ""


@dataclass
class Item:
    location: str
    fields: dict[str, Any] = field(default_factory=dict)
    fmt: str = "text"
    error: str = ""


def format_for(path: Path, forced: str | None) -> str:
    if forced:
        return forced
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix in {".html", ".htm"}:
        return "html"
    return "text"


def expand_paths(paths: list[str]) -> Iterator[Path]:
    """Files as given, and the files under each folder in a stable order (hidden ones skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        else:
            yield path


def read_items(paths: list[str], forced_format: str | None = None, *, max_bytes: int) -> Iterator[Item]:
    for path in expand_paths(paths):
        fmt = format_for(path, forced_format)
        if not path.exists():
            yield Item(str(path), error="no such file or folder")
        elif fmt == "jsonl":
            yield from _jsonl_items(path, max_bytes=max_bytes)
        else:
            yield _file_item(path, fmt, max_bytes=max_bytes)


def _file_item(path: Path, fmt: str, *, max_bytes: int) -> Item:
    size = path.stat().st_size
    if size > max_bytes:
        return Item(str(path), error=f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes (ARTICLE_MAX_BYTES)")
    raw = path.read_bytes()
    try:
        text = decode_utf8(raw, where=path.name)
    except InvalidArticle as exc:
        return Item(str(path), error=str(exc))
    title = "" if fmt == "html" else path.stem.replace("_", " ").replace("-", " ").strip()
    return Item(str(path), {"title": title, "body": text}, fmt)


def _jsonl_items(path: Path, *, max_bytes: int) -> Iterator[Item]:
    # Binary lines: an invalid UTF-8 byte rejects its own line, not the whole file.
    limit = max_bytes * 2 + 65536  # JSON escaping can double a body's size
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            if len(raw) > limit:
                yield Item(where, error=f"line is {len(raw):,} bytes, over the limit for one article")
                continue
            try:
                record = json.loads(decode_utf8(raw, where="line"))
            except InvalidArticle as exc:
                yield Item(where, error=str(exc))
                continue
            except json.JSONDecodeError as exc:
                yield Item(where, error=f"not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            except RecursionError:
                yield Item(where, error="not valid JSON (nested too deeply)")
                continue
            if not isinstance(record, dict):
                yield Item(where, error="each line must be a JSON object")
                continue
            if problem := unknown_fields_problem(record):
                yield Item(where, error=problem)
                continue
            if "body" not in record:
                yield Item(where, error="missing field: body")
                continue
            fmt = record.pop("format", "text")
            if fmt not in ("text", "html"):
                yield Item(where, error=f"format must be text or html, got {fmt!r}")
                continue
            yield Item(where, record, fmt)
