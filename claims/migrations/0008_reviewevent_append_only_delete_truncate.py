"""The review history's database guard refuses DELETE and TRUNCATE too, not only UPDATE."""

from django.db import migrations

from claims.append_only import guard_sql

# 0003's guard, as it was: UPDATE only.
UPDATE_ONLY = {
    "postgresql": [
        """
        CREATE OR REPLACE FUNCTION claims_reviewevent_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'claims_reviewevent is append-only'; END; $$ LANGUAGE plpgsql;
        CREATE TRIGGER claims_reviewevent_no_update BEFORE UPDATE ON claims_reviewevent
            FOR EACH ROW EXECUTE FUNCTION claims_reviewevent_append_only();
        """
    ],
    "sqlite": [
        """
        CREATE TRIGGER claims_reviewevent_no_update BEFORE UPDATE ON claims_reviewevent
        BEGIN SELECT RAISE(ABORT, 'claims_reviewevent is append-only'); END;
        """
    ],
}


def full_guard(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in guard_sql(vendor, "drop") + guard_sql(vendor, "create"):
        schema_editor.execute(sql, params=None)  # None: no %-formatting of the SQL


def update_only_guard(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in guard_sql(vendor, "drop") + UPDATE_ONLY.get(vendor, []):
        schema_editor.execute(sql, params=None)  # None: no %-formatting of the SQL


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0007_reviewevent_match_actions"),
    ]

    operations = [
        migrations.RunPython(full_guard, update_only_guard),
    ]
