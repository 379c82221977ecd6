"""The export's columns, defined once: name, kind, where the value comes from in the ORM (the
Python writers) and in SQL (PostgreSQL's COPY), and how a CSV cell is written.

Reporting tools key on the names; add columns at the end, never rename one.

Cells, the same on every database (tests/test_exports_provenance.py holds PostgreSQL's COPY and
the Python writer to the same bytes):
- empty strings and NULLs are both an empty, unquoted cell;
- timestamps are ISO 8601 in UTC with microseconds: 2026-03-01T09:10:13.113358Z;
- free text (titles, claim text, names, notes, links, usernames) that starts with `=`, `+`, `-`,
  `@`, a tab or a carriage return gets a leading `'`, as OWASP advises against CSV formula
  injection: a spreadsheet then shows the text instead of running it as a formula. JSON lines and
  ClaimReview are data for programs and carry the text unchanged.
- lists (sources, source types, roles) are joined with "; ", evidence links with " ", the chain's
  links with " → ".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import CharField, Expression
from django.db.models.functions import Cast

INT = "int"
WORD = "word"  # a value from a closed vocabulary (status, type): never starts like a formula
TEXT = "text"  # free text from outside or from users: neutralised in CSV
TIME = "time"
FLAGS = "flags"  # the stored JSON list, as text in CSV and a list in JSON lines

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "
URL_SEPARATOR = " "
CHAIN_SEPARATOR = " → "


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    # The claim row's value for the Python writers: a values_list field or expression. None for the
    # provenance columns, which come from the claim's attributions and review events (provenance.py).
    orm: str | Expression | None
    # The same value in the PostgreSQL COPY query (pgcopy.py), before the cell formatting of `kind`.
    sql: str


COLUMNS: list[Column] = [
    Column("id", INT, "id", "c.id"),
    Column("article_id", INT, "article_id", "c.article_id"),
    Column("article_title", TEXT, "article__title", "ar.title"),
    Column("article_url", TEXT, "article__url", "ar.url"),
    Column("published_at", TIME, "article__published_at", "ar.published_at"),
    Column("publisher", TEXT, "article__publisher__canonical_name", "pub.canonical_name"),
    Column("ordinal", INT, "ordinal", "c.ordinal"),
    Column("start", INT, "start", "c.start"),
    Column("end", INT, "end", 'c."end"'),
    Column("text", TEXT, "text", "c.text"),
    Column("status", WORD, "status", "c.status"),
    Column("sourcing_strength", WORD, "sourcing_strength", "c.sourcing_strength"),
    Column("tag_status", WORD, "tag_status", "c.tag_status"),
    Column("flags", FLAGS, Cast("flags", CharField()), "c.flags::text"),
    Column("assigned_to", TEXT, "assigned_to__username", "au.username"),
    Column("version", INT, "version", "c.version"),
    Column("created_at", TIME, "created_at", "c.created_at"),
    Column("updated_at", TIME, "updated_at", "c.updated_at"),
    # The claim's provenance (issue 13): who says so, the chain, and the decision with its evidence.
    Column("sources", TEXT, None, "att.sources"),
    Column("source_types", WORD, None, "att.source_types"),
    Column("roles", WORD, None, "att.roles"),
    Column("chain", TEXT, None, "COALESCE(att.chain_sources, 'no stated source')"
           " || COALESCE(' → ' || att.chain_relays, '')"
           " || ' → ' || COALESCE('this article (' || NULLIF(pub.canonical_name, '') || ')', 'this article')"),
    Column("decision_note", TEXT, None, "dec.note"),
    Column("evidence_urls", TEXT, None, "evi.urls"),
    Column("decided_by", TEXT, None, "dec.username"),
    Column("decided_at", TIME, None, "dec.created_at"),
]
HEADER = [c.name for c in COLUMNS]
ROW_COLUMNS = [c for c in COLUMNS if c.orm is not None]
PROVENANCE_COLUMNS = [c for c in COLUMNS if c.orm is None]


def neutralise(text: str) -> str:
    """OWASP's defence against CSV formula injection: a leading `'` where a spreadsheet would compute."""
    return "'" + text if text.startswith(FORMULA_START) else text


def format_time(value: dt.datetime) -> str:
    # isoformat, not strftime: it pads years below 1000 as PostgreSQL's to_char does.
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def csv_cell(kind: str, value: object) -> object:
    """A value as its CSV cell (None for an empty cell)."""
    if value is None or value == "":
        return None
    if kind == TIME:
        return format_time(value)  # type: ignore[arg-type]
    if kind == TEXT:
        return neutralise(value)  # type: ignore[arg-type]
    return value


# --- the same cell rules in PostgreSQL's SQL (pgcopy.py builds the query from these) -------------


def sql_cell(kind: str, expression: str) -> str:
    if kind == TIME:
        return f"""to_char({expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""
    if kind == INT:
        return expression
    # NULLIF: COPY writes an empty string as "" and NULL as nothing; the Python writer writes both
    # as nothing. Empty cells must look the same whichever database wrote them.
    if kind == TEXT:
        starts = ", ".join(_sql_literal(c) for c in FORMULA_START)
        return (f"CASE WHEN left({expression}, 1) IN ({starts}) THEN '''' || {expression}"
                f" ELSE NULLIF({expression}, '') END")
    return f"NULLIF({expression}, '')"


def _sql_literal(char: str) -> str:
    if char == "\t":
        return "E'\\t'"
    if char == "\r":
        return "E'\\r'"
    return "'" + char.replace("'", "''") + "'"
