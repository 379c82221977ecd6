"""The full-text index that finds match candidates (PostgreSQL only).

GIN over the signature's terms as a tsvector, each term taken verbatim (array_to_tsvector: no
parser, no stemming by the database; the terms were already normalised in Python, the same way
on every database). provenance.services.matching queries exactly this expression, or PostgreSQL
would not use the index. SQLite, the zero-setup demo, scans instead.

Not part of the model state, like the trigram indexes (config.trigram builds both kinds).
"""

from django.db import migrations

from config.trigram import create_trigram_indexes, drop_trigram_indexes

SEARCH_EXPRESSION = "array_to_tsvector(string_to_array(NULLIF(terms, ''), ' '))"
INDEXES = [("provenance_matchsignature_terms_gin", "provenance_matchsignature", SEARCH_EXPRESSION)]


def create_indexes(apps, schema_editor):
    if create_trigram_indexes(schema_editor, INDEXES):
        # Every match task inserts a few signatures and then searches: with GIN's fast update, new
        # entries wait in a pending list that each search reads through in full (after a bulk load,
        # bench/matching.py saw 50 ms per query on it). Direct insertion keeps searches flat.
        schema_editor.execute(f'ALTER INDEX "{INDEXES[0][0]}" SET (fastupdate = off)')
        # ANALYZE keeps the index expression's most common terms with their frequencies; the
        # matcher searches by the rarest terms (provenance.services.matching.term_frequencies).
        # Ten thousand of them instead of a thousand.
        schema_editor.execute(f'ALTER INDEX "{INDEXES[0][0]}" ALTER COLUMN 1 SET STATISTICS 1000')


def drop_indexes(apps, schema_editor):
    drop_trigram_indexes(schema_editor, INDEXES)


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run inside a transaction

    dependencies = [
        ("provenance", "0005_claim_matches_and_signatures"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
