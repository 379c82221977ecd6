"""Read access follows the admin's roles: every role may view; a user with no role sees nothing.

Writes are checked again by the services (the one place the rules live); this only keeps
authenticated users without a role away from the data.
"""

from __future__ import annotations

from rest_framework.permissions import BasePermission


class HasViewPermissions(BasePermission):
    message = "Your account has no role that may view this (Viewer, Fact-checker or Editor)."

    def has_permission(self, request, view) -> bool:  # noqa: ANN001
        perms = getattr(view, "view_permissions", ())
        return bool(request.user and request.user.is_authenticated and request.user.has_perms(perms))
