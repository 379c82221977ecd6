"""Rows into PostgreSQL with COPY ... FROM STDIN, in COPY's text format.

psycopg2 has copy_expert but no encoder for Python values (psycopg 3's Copy.write_row would do
this job; the stack pins psycopg2), so this module turns tuples of str, int, float, bool, None,
datetime, list and dict (JSON columns) into COPY text. Only the tagging pipeline's batch writes
use it (provenance.services.bulk); everything else goes through the ORM.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_str(value: str) -> str:
    # Most values need no escape; looking costs a tenth of translate()'s copy.
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_COPY_ESCAPES)
    return value


@lru_cache(maxsize=8)
def _copy_datetime(value: datetime) -> str:
    return value.isoformat()  # every row of a batch carries the same timestamps


_COPY_ENCODERS: dict[type, Callable[[Any], str]] = {
    str: _copy_str,
    int: str,
    float: repr,
    bool: lambda v: "t" if v else "f",
    type(None): lambda v: "\\N",
    list: lambda v: _copy_str(json.dumps(v)),
    dict: lambda v: _copy_str(json.dumps(v)),
    datetime: _copy_datetime,
}


def copy_value(value: Any) -> str:
    """One value in COPY's text format (str subclasses such as TextChoices members included)."""
    encode = _COPY_ENCODERS.get(type(value))
    if encode is None:
        encode = _copy_str if isinstance(value, str) else str
    return encode(value)


def copy_rows(cursor: Any, *, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """COPY `rows` into `table`'s `columns` (names already quoted) over a psycopg2 cursor."""
    data = "".join("\t".join(map(copy_value, row)) + "\n" for row in rows)
    cursor.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", io.StringIO(data))
