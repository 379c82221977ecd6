"""My queue: the logged-in fact-checker's assigned claims still to decide, oldest first.

An admin page of its own (served at /admin/my-queue/ through the admin site's login and permission
wrapper); its count shows in every admin page's header (claims/templatetags/desk.py).
"""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from . import selectors
from .params import database_id

PAGE_SIZE = 50
MAX_PAGE = 10_000


def my_queue_view(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("claims.view_claim"):
        raise PermissionDenied
    # Capped: nobody pages that far, and a huge offset would overflow the database's integer.
    page = min(database_id(request.GET.get("page", "1")) or 1, MAX_PAGE)
    offset = (page - 1) * PAGE_SIZE
    # One row more than a page tells whether there is a next page, without counting the queue.
    rows = list(selectors.my_queue(user_id=request.user.pk)[offset : offset + PAGE_SIZE + 1])
    context = {
        **admin.site.each_context(request),
        "title": "My queue",
        "claims": rows[:PAGE_SIZE],
        "page": page,
        "first_number": offset + 1,
        "has_next": len(rows) > PAGE_SIZE,
    }
    return TemplateResponse(request, "admin/claims/my_queue.html", context)
