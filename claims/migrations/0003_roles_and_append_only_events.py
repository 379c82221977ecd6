"""Roles (Viewer, Fact-checker, Editor) and a database guard that keeps ReviewEvent append-only."""

from django.db import migrations

from claims.roles import ROLES, sync_roles

def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    sync_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


APPEND_ONLY_SQL = {
    "postgresql": (
        """
        CREATE OR REPLACE FUNCTION claims_reviewevent_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'claims_reviewevent is append-only'; END; $$ LANGUAGE plpgsql;
        CREATE TRIGGER claims_reviewevent_no_update BEFORE UPDATE ON claims_reviewevent
            FOR EACH ROW EXECUTE FUNCTION claims_reviewevent_append_only();
        """,
        """
        DROP TRIGGER IF EXISTS claims_reviewevent_no_update ON claims_reviewevent;
        DROP FUNCTION IF EXISTS claims_reviewevent_append_only();
        """,
    ),
    "sqlite": (
        """
        CREATE TRIGGER claims_reviewevent_no_update BEFORE UPDATE ON claims_reviewevent
        BEGIN SELECT RAISE(ABORT, 'claims_reviewevent is append-only'); END;
        """,
        "DROP TRIGGER IF EXISTS claims_reviewevent_no_update;",
    ),
}


def add_guard(apps, schema_editor):
    sql = APPEND_ONLY_SQL.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql[0])


def drop_guard(apps, schema_editor):
    sql = APPEND_ONLY_SQL.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql[1])


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_initial"),
        ("provenance", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_roles, remove_roles),
        migrations.RunPython(add_guard, drop_guard),
    ]
