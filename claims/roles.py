"""The newsroom roles and their permissions; the data migration and the tests create them from here."""

from __future__ import annotations

VIEW = [
    ("claims", "view_article"),
    ("claims", "view_claim"),
    ("claims", "view_reviewevent"),
    ("provenance", "view_source"),
    ("provenance", "view_sourcealias"),
    ("provenance", "view_attribution"),
    ("provenance", "view_taggingrun"),
    ("provenance", "view_taggermodel"),
]
FACT_CHECKER = VIEW + [
    ("claims", "review_claim"),
    ("claims", "change_claim"),
    ("provenance", "add_attribution"),
    ("provenance", "change_attribution"),
]
EDITOR = FACT_CHECKER + [
    ("claims", "reopen_claim"),
    ("claims", "add_article"),
    ("claims", "change_article"),
    ("provenance", "add_source"),
    ("provenance", "change_source"),
    ("provenance", "merge_source"),
    ("provenance", "add_sourcealias"),
    ("provenance", "change_sourcealias"),
    ("provenance", "delete_sourcealias"),
    ("provenance", "change_taggingrun"),
    ("provenance", "activate_taggermodel"),
]
ROLES = {"Viewer": VIEW, "Fact-checker": FACT_CHECKER, "Editor": EDITOR}


def sync_roles(group_model, permission_model) -> None:  # noqa: ANN001 - real or historical models
    """Create the role groups with exactly their permissions (the permissions must exist)."""
    for name, perms in ROLES.items():
        group, _ = group_model.objects.get_or_create(name=name)
        group.permissions.set(
            [permission_model.objects.get(content_type__app_label=app, codename=code) for app, code in perms]
        )
