"""Reading claims for the Python writers: plain tuples from a server-side cursor, in batches.

On PostgreSQL the cursor is read inside a transaction: outside one, Django declares it WITH HOLD
and PostgreSQL materialises the entire result before the first row (seconds for a million
claims). Inside, the first rows leave at once. SQLite is read without one, because its
transactions here start IMMEDIATE and would hold the write lock for the whole download.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from itertools import islice

from django.db import connection, transaction
from django.db.models import QuerySet

CHUNK_ROWS = 5000  # rows fetched per round trip of the server-side cursor


def batches(rows: QuerySet, size: int = CHUNK_ROWS) -> Iterator[list[tuple]]:
    """Lists of at most `size` rows from a server-side cursor over `rows` (a values_list queryset)."""
    in_transaction = transaction.atomic() if connection.vendor == "postgresql" else contextlib.nullcontext()
    with in_transaction:
        it = rows.iterator(chunk_size=size)
        while batch := list(islice(it, size)):
            yield batch
