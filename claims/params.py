"""Identifiers taken from URLs, query strings and cursors, checked before they reach a query."""

from __future__ import annotations

BIGINT_MAX = 2**63 - 1


def database_id(value: str | None) -> int | None:
    """A row id, or None. ASCII digits only: str.isdigit() accepts "²" and "٣", which int() then
    refuses (a 500) or reads as another number; and within a bigint, which every id column is."""
    if value and value.isascii() and value.isdigit() and 0 < (pk := int(value)) <= BIGINT_MAX:
        return pk
    return None
