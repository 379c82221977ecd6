"""Domain errors from the services, answered with the status codes the API documents."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from ..services import ConflictError, WorkflowError
from ..text import InvalidArticle


def exception_handler(exc: Exception, context: dict) -> Response | None:
    if isinstance(exc, ConflictError):
        return Response({"detail": str(exc), "current_version": exc.current_version}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, WorkflowError | InvalidArticle):
        # Nothing was stored: each service runs in one transaction and raises before committing.
        return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, PermissionDenied) and str(exc):
        # The services say which right is missing ("adding sources is an Editor's right").
        return Response({"detail": str(exc)}, status=status.HTTP_403_FORBIDDEN)
    if isinstance(exc, ObjectDoesNotExist):
        return Response({"detail": "Not found."}, status=status.HTTP_404_NOT_FOUND)
    return drf_exception_handler(exc, context)
