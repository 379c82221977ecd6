"""The database guard that keeps the review history append-only, whatever client writes to it.

The ORM already refuses bulk updates and deletes of ReviewEvent (ReviewEventQuerySet); these
triggers refuse them in SQL too, from a shell, a script or a bug that goes around the ORM:
UPDATE, DELETE and TRUNCATE on claims_reviewevent fail. SQLite has no TRUNCATE (its
"DELETE FROM" without WHERE is a delete, refused by the DELETE trigger).

Migrations install it (0003: UPDATE; the append-only migration after it: DELETE and TRUNCATE);
change it only together with a new migration. Erasing history (a legal order) is an operator's
job done deliberately: drop the triggers, delete, create them again, in one transaction.

On SQLite, a migration that rebuilds claims_reviewevent (most AlterField/AddField) drops its
triggers with the old table; tests/test_append_only.py fails then, and that migration must
install the guard again.
"""

from __future__ import annotations

TABLE = "claims_reviewevent"

_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {TABLE}_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION '{TABLE} is append-only (% refused)', TG_OP; END; $$ LANGUAGE plpgsql;
"""

GUARD: dict[str, dict[str, list[str]]] = {
    "postgresql": {
        "create": [
            _PG_FUNCTION,
            f"CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE} "
            f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_append_only()",
            f"CREATE TRIGGER {TABLE}_no_delete BEFORE DELETE ON {TABLE} "
            f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_append_only()",
            f"CREATE TRIGGER {TABLE}_no_truncate BEFORE TRUNCATE ON {TABLE} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_append_only()",
        ],
        "drop": [
            f"DROP TRIGGER IF EXISTS {TABLE}_no_update ON {TABLE}",
            f"DROP TRIGGER IF EXISTS {TABLE}_no_delete ON {TABLE}",
            f"DROP TRIGGER IF EXISTS {TABLE}_no_truncate ON {TABLE}",
        ],
    },
    "sqlite": {
        "create": [
            f"CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE} "
            f"BEGIN SELECT RAISE(ABORT, '{TABLE} is append-only (UPDATE refused)'); END",
            f"CREATE TRIGGER {TABLE}_no_delete BEFORE DELETE ON {TABLE} "
            f"BEGIN SELECT RAISE(ABORT, '{TABLE} is append-only (DELETE refused)'); END",
        ],
        "drop": [
            f"DROP TRIGGER IF EXISTS {TABLE}_no_update",
            f"DROP TRIGGER IF EXISTS {TABLE}_no_delete",
        ],
    },
}


def guard_sql(vendor: str, action: str) -> list[str]:
    """Statements that create or drop the whole guard on this database ([] for other vendors)."""
    return list(GUARD.get(vendor, {}).get(action, []))
