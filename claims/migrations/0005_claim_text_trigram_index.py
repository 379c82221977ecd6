"""A trigram index for the desk's and the API's search over claim text (PostgreSQL only).

Django's `text__icontains` becomes `UPPER("text") LIKE UPPER('%term%')` on PostgreSQL, so the index
is on that expression (a trigram index on the bare column would not be used). SQLite has no such
index type; its databases are the zero-setup demo, where a scan is fine.

Not part of the model state: a GinIndex in Meta would be rendered on SQLite too. So
`makemigrations` knows nothing of it and never proposes to drop it.
"""

from django.db import migrations

# CONCURRENTLY: a million-claim table keeps taking the tagging workers' writes while it builds.
TEXT_INDEX = "claims_claim_text_upper_trgm"
INDEXES = [
    (TEXT_INDEX, "claims_claim", "UPPER(text) gin_trgm_ops"),
]


def _drop_invalid(cursor, name):
    # A CONCURRENTLY build that failed leaves an INVALID index behind, which IF NOT EXISTS would keep.
    cursor.execute(
        "SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE c.relname = %s AND NOT i.indisvalid",
        [name],
    )
    if cursor.fetchone():
        cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, table, expression in INDEXES:
            _drop_invalid(cursor, name)
            cursor.execute(f'CREATE INDEX CONCURRENTLY IF NOT EXISTS "{name}" ON "{table}" USING gin ({expression})')
        # The planner estimates `UPPER(text) LIKE '%term%'` from this expression's histogram. With
        # the default 100 entries a term found in a single one is taken for 1% of all claims, and
        # the planner then walks the id or created_at index hoping to fill a page early: for a rare
        # term that is the whole table (180 ms at 200k claims against 0.7 ms through this index).
        # 1,000 entries bring that floor to 0.1%; ANALYZE samples 300k rows of claims instead of 30k.
        cursor.execute(f'ALTER INDEX "{TEXT_INDEX}" ALTER COLUMN 1 SET STATISTICS 1000')
        cursor.execute("ANALYZE claims_claim")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name, _table, _expression in INDEXES:
            cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')
        # The extension stays: other indexes (provenance's) or an operator's own objects may use it.


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run inside a transaction

    dependencies = [
        ("claims", "0004_narrower_claim_indexes_urlless_body_unique"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
