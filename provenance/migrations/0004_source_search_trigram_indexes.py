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

from config.trigram import create_trigram_indexes, drop_trigram_indexes

# CONCURRENTLY: the tagging workers keep writing attributions and sources while these build.
INDEXES = [
    ("provenance_source_name_upper_trgm", "provenance_source", "UPPER(canonical_name) gin_trgm_ops"),
    ("provenance_sourcealias_normalised_trgm", "provenance_sourcealias", "normalised gin_trgm_ops"),
    ("provenance_attribution_source_text_upper_trgm", "provenance_attribution", "UPPER(source_text) gin_trgm_ops"),
]


def create_indexes(apps, schema_editor):
    create_trigram_indexes(schema_editor, INDEXES)


def drop_indexes(apps, schema_editor):
    drop_trigram_indexes(schema_editor, INDEXES)


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run inside a transaction

    dependencies = [
        ("provenance", "0003_attribution_plain_indexes"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
