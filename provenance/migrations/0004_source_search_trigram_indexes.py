"""Trigram indexes for searches over source names (PostgreSQL only).

Each index is on the expression the ORM lookup produces, or PostgreSQL will not use it:
- `canonical_name__icontains` (desk search, source registry API, admin) and
  `source_text__icontains` (desk search: a source as written in the claim) become
  `UPPER(col::text) LIKE UPPER('%term%')`;
- `normalised__contains` (source registry API: any spelling of the source) becomes
  `normalised::text LIKE '%term%'`.
Attribution grows with the claims (about one per claim), so its index matters most; the registry
tables are small, theirs keep the source API's search flat as the registry grows.

Not part of the model state (a GinIndex in Meta would be rendered on SQLite too), so
`makemigrations` neither knows of these nor proposes to drop them.
"""

from django.db import migrations

# CONCURRENTLY: the tagging workers keep writing attributions and sources while these build.
INDEXES = [
    ("provenance_source_name_upper_trgm", "provenance_source", "UPPER(canonical_name) gin_trgm_ops"),
    ("provenance_sourcealias_normalised_trgm", "provenance_sourcealias", "normalised gin_trgm_ops"),
    ("provenance_attribution_source_text_upper_trgm", "provenance_attribution", "UPPER(source_text) gin_trgm_ops"),
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


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name, _table, _expression in INDEXES:
            cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')
        # The extension stays: claims' index or an operator's own objects may use it.


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run inside a transaction

    dependencies = [
        ("provenance", "0003_attribution_plain_indexes"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
