"""Request hygiene and brute-force protection shared by the API and the admin.

- RequestSafetyMiddleware: a query string with a NUL byte or invalid UTF-8, or a malformed or
  oversized Content-Length, is answered 400/413 before any view or database sees it (PostgreSQL
  refuses NUL in text, which would otherwise surface as a 500).
- RequestAwareAxesBackend: django-axes locks out repeated failed logins per (username, IP). Logins
  without an HTTP request (tests' client.login, shell scripts) have no IP to lock and pass through.
- ThrottledTokenAuthentication: DRF authenticates before it throttles, so guessed tokens would never
  be throttled; this counts invalid tokens per client address and answers 429 past a limit.
"""

from __future__ import annotations

import time
from urllib.parse import unquote_to_bytes

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication


class RequestSafetyMiddleware:
    def __init__(self, get_response) -> None:  # noqa: ANN001
        self.get_response = get_response

    def __call__(self, request):  # noqa: ANN001, ANN204
        problem = self._query_string_problem(request.META.get("QUERY_STRING", ""))
        if problem:
            return JsonResponse({"detail": problem}, status=400)
        raw_length = request.META.get("CONTENT_LENGTH") or "0"
        try:
            length = int(raw_length)
        except ValueError:
            return JsonResponse({"detail": "Content-Length is not a number."}, status=400)
        if length < 0:
            return JsonResponse({"detail": "Content-Length is negative."}, status=400)
        if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            return JsonResponse(
                {"detail": f"Request body is {length:,} bytes, over the limit of "
                           f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE:,} bytes."},
                status=413,
            )
        return self.get_response(request)

    @staticmethod
    def _query_string_problem(query: str) -> str:
        if not query:
            return ""
        # WSGI hands the query string over as latin-1 text; its bytes are what the client sent.
        raw = unquote_to_bytes(query.replace("+", " ").encode("latin-1", "replace"))
        if b"\x00" in raw:
            return "Query string contains a NUL byte."
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return "Query string is not valid UTF-8."
        return ""


class RequestAwareAxesBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):  # noqa: ANN001, ANN003, ANN201
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def _client_address(request) -> str:  # noqa: ANN001
    return request.META.get("REMOTE_ADDR", "") or "unknown"


class ThrottledTokenAuthentication(TokenAuthentication):
    """Token authentication that answers 429 to an address after too many invalid tokens."""

    limit = 20  # invalid tokens per address per window
    window = 15 * 60  # seconds

    def authenticate(self, request):  # noqa: ANN001, ANN201
        key = f"bad-token:{_client_address(request)}"
        failures = cache.get(key, [])
        now = time.time()
        failures = [t for t in failures if t > now - self.window]
        if len(failures) >= self.limit:
            raise exceptions.Throttled(wait=failures[0] + self.window - now)
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            failures.append(now)
            cache.set(key, failures, self.window)
            raise
