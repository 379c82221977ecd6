"""Clear the publication dates PostgreSQL holds but Python cannot read (year 10000, BC).

Before dates were converted to UTC on the way in, "9999-12-31T23:00:00-05:00" was stored as
year 10000 and "0001-01-01T01:00:00+05:00" as 1 BC; every list showing such an article then
failed, and the article could not be opened to correct it. Nothing else can read those values,
so they are cleared (the article is kept). SQLite never stored them (the write itself failed).
"""

from django.db import migrations

CLEAR = """
UPDATE claims_article SET published_at = NULL
WHERE published_at >= '10000-01-01 00:00:00+00' OR published_at < '0001-01-01 00:00:00+00'
"""


def clear_out_of_range(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CLEAR, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0008_reviewevent_append_only_delete_truncate"),
    ]

    operations = [
        migrations.RunPython(clear_out_of_range, migrations.RunPython.noop),
    ]
