"""Validation and normalisation of article bodies, shared by every entry point (command, admin, API).

Pure functions: they raise InvalidArticle with a message an editor can act on, and never touch
the database, so "nothing partial is saved" holds by construction.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

# Imported with this module, not on the first HTML article: every web process and worker loads it
# at start-up (the admin and the API import this module), so an install that lacks part of the
# HTML path (trafilatura -> justext -> lxml_html_clean) fails at boot, not as a 500 per request.
import trafilatura


class InvalidArticle(ValueError):
    """The input cannot become an article; the message says why, in plain words.

    `field` names the input it is about (body, title, url, publisher, published_at), so that a
    form can show the message next to it; the API and the ingest command show the message alone.
    """

    def __init__(self, message: str, *, field: str = "body") -> None:
        super().__init__(message)
        self.field = field


class TextFormat:
    TEXT = "text"
    HTML = "html"
    CHOICES = (TEXT, HTML)


# C0 controls other than tab, newline and carriage return, plus DEL: never stored.
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_HINT = re.compile(r"<\s*(?:!doctype|html|head|body|script|style|div|p|span|article|br|a\s)[^>]*>", re.I)
_SCRIPT_OR_STYLE = re.compile(r"<\s*(script|style)\b", re.I)


@dataclass(frozen=True)
class CleanBody:
    text: str
    sha256: str
    title_hint: str = ""


def body_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_utf8(raw: bytes, *, where: str = "input") -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidArticle(
            f"{where} is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first"
        ) from None


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    starts_with_tag = head.lstrip().startswith("<") and bool(_HTML_HINT.search(head))
    return starts_with_tag or len(_HTML_HINT.findall(head)) >= 3


def html_to_text(html: str) -> tuple[str, str]:
    """Main text and title of an HTML page; scripts, styles and navigation are dropped."""
    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_recall=True, with_metadata=True
    )
    if not extracted:
        raise InvalidArticle("no article text could be found in the HTML")
    text = extracted.text if hasattr(extracted, "text") else extracted.get("text")
    title = extracted.title if hasattr(extracted, "title") else extracted.get("title")
    if not text or not text.strip():
        raise InvalidArticle("no article text could be found in the HTML")
    return text, title or ""


def clean_body(raw: str | bytes, *, fmt: str = TextFormat.TEXT, max_bytes: int) -> CleanBody:
    """Validate and normalise one article body. Raises InvalidArticle; returns the text to store."""
    if not isinstance(raw, str | bytes):
        raise InvalidArticle(f"body must be text, got {type(raw).__name__}")
    if fmt not in TextFormat.CHOICES:
        raise InvalidArticle(f"unknown format {fmt!r}; use one of: {', '.join(TextFormat.CHOICES)}")
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InvalidArticle(f"body is {size:,} bytes, over the limit of {max_bytes:,} bytes (ARTICLE_MAX_BYTES)")
    text = decode_utf8(raw, where="body") if isinstance(raw, bytes) else raw
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise InvalidArticle("body contains lone surrogate code points (invalid UTF-8 at the source)")
    if "\ufffd" in text:
        # What a lenient decoder (a browser form, Django's request parsing) makes of invalid UTF-8.
        raise InvalidArticle(
            "body contains U+FFFD replacement characters: it was not valid UTF-8 where it came from; "
            "fix the encoding at the source"
        )
    if "\x00" in text:
        raise InvalidArticle(f"body contains a NUL byte at character {text.index(chr(0))}; refusing binary input")
    title_hint = ""
    if fmt == TextFormat.HTML:
        text, title_hint = html_to_text(text)
    elif looks_like_html(text):
        raise InvalidArticle("body looks like HTML; send it with format 'html' so the main text is extracted")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise InvalidArticle("body is empty (nothing but whitespace)")
    if fmt == TextFormat.HTML and _SCRIPT_OR_STYLE.search(text):
        raise InvalidArticle("extracted text still contains script or style markup")
    return CleanBody(text=text, sha256=body_sha256(text), title_hint=title_hint.strip())


_WORDS = re.compile(r"\w+")


def sentence_key(text: str) -> str:
    """Hash of a sentence, insensitive to spacing, punctuation and case: a claim's identity across re-tags."""
    words = _WORDS.findall(unicodedata.normalize("NFKC", text).casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


# --- source names ------------------------------------------------------------------------------

_ALIAS_PUNCT = re.compile(r"[^\w\s&]+")
_ALIAS_SPACE = re.compile(r"\s+")


def normalise_alias(name: str) -> str:
    """The key under which a source name is looked up: "The  Wall Street Journal." == "wall street journal".

    A leading "the" is dropped so that "the Journal" and "Journal" are one alias.
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = _ALIAS_SPACE.sub(" ", _ALIAS_PUNCT.sub(" ", folded)).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded[:255]
