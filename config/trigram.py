"""Trigram (pg_trgm) GIN indexes for `icontains` searches, shared by the apps' migrations.

PostgreSQL only: SQLite has no such index type, and its databases are the zero-setup demo where a
scan is fine. The indexes are not part of the model state (a GinIndex in Meta would be rendered on
SQLite too), so `makemigrations` neither knows of them nor proposes to drop them.
"""

from __future__ import annotations

Index = tuple[str, str, str]  # (index name, table, indexed expression with its operator class)


def _drop_invalid(cursor, name: str) -> None:  # noqa: ANN001
    # A CONCURRENTLY build that failed leaves an INVALID index behind, which IF NOT EXISTS would keep.
    cursor.execute(
        "SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE c.relname = %s AND NOT i.indisvalid",
        [name],
    )
    if cursor.fetchone():
        cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')


def create_trigram_indexes(schema_editor, indexes: list[Index]) -> bool:  # noqa: ANN001
    """Build the indexes CONCURRENTLY (writers go on meanwhile); False on databases without pg_trgm.

    The calling migration must be `atomic = False`: CREATE INDEX CONCURRENTLY cannot run in a
    transaction.
    """
    if schema_editor.connection.vendor != "postgresql":
        return False
    with schema_editor.connection.cursor() as cursor:
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, table, expression in indexes:
            _drop_invalid(cursor, name)
            cursor.execute(f'CREATE INDEX CONCURRENTLY IF NOT EXISTS "{name}" ON "{table}" USING gin ({expression})')
    return True


def drop_trigram_indexes(schema_editor, indexes: list[Index]) -> None:  # noqa: ANN001
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name, _table, _expression in indexes:
            cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')
        # The extension stays: the other app's indexes or an operator's own objects may use it.
