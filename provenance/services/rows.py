"""Inserting and marking many rows at once: the write primitives of the tagging pipeline.

Profiled on PostgreSQL (cProfile on run_tagging_batch), building model instances and compiling
multi-row INSERTs took about three quarters of a batch's write time, nearly all of it Django
preparing each value, and bulk_update of the runs (a CASE expression tree per row) most of the
rest. The pipeline therefore writes plain tuples: COPY on PostgreSQL (encoded by
provenance.pgcopy), bulk_create elsewhere.
"""

from __future__ import annotations

from datetime import datetime

from django.db import connection, models

from ..models import TaggingRun, TaggingState
from ..pgcopy import copy_rows


def insert_rows(model: type[models.Model], columns: tuple[str, ...], rows: list[tuple], *, returning_ids: bool = False) -> list[int]:
    """Insert rows (tuples of values for `columns`, given by attname) in one go; with
    `returning_ids`, returns the new primary keys in the order of `rows`."""
    if not rows:
        return []
    if connection.vendor != "postgresql":
        objs = model.objects.bulk_create(
            [model(**dict(zip(columns, row, strict=True))) for row in rows], batch_size=500
        )
        return [o.pk for o in objs] if returning_ids else []
    table = model._meta.db_table
    pk = model._meta.pk.column
    column_of = {f.attname: f.column for f in model._meta.concrete_fields}
    names = [column_of[c] for c in columns]
    ids: list[int] = []
    with connection.cursor() as cursor:
        if returning_ids:
            # COPY returns nothing, so the keys are taken from the table's sequence first (nextval
            # is safe under concurrency and never hands out the same value twice).
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)", [table, pk, len(rows)]
            )
            ids = sorted(r[0] for r in cursor.fetchall())
            names = [pk, *names]
            rows = [(i, *row) for i, row in zip(ids, rows, strict=True)]
        quote = connection.ops.quote_name
        copy_rows(cursor, table=quote(table), columns=[quote(n) for n in names], rows=rows)
    return ids


def mark_runs_done(runs: list[tuple[int, int, int]], *, finished: datetime) -> None:
    """Set (run id, claims written, attributions written) runs done in one UPDATE.

    Hand-written CASE: bulk_update builds the same statement through an expression per value,
    which cost more than the rest of the batch's bookkeeping together.
    """
    if not runs:
        return
    table = connection.ops.quote_name(TaggingRun._meta.db_table)
    cases = " ".join(["WHEN %s THEN %s"] * len(runs))
    ids = [run_id for run_id, _, _ in runs]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET state = %s, finished_at = %s, error = '', "
            f"claims_written = CASE id {cases} END, attributions_written = CASE id {cases} END "
            f"WHERE id IN ({', '.join(['%s'] * len(ids))})",
            [
                TaggingState.DONE,
                finished,
                *(v for run_id, c, _ in runs for v in (run_id, c)),
                *(v for run_id, _, a in runs for v in (run_id, a)),
                *ids,
            ],
        )
