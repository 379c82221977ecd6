"""/healthz: is the database reachable, and the broker (or are tasks eager)?

Answered by HealthCheckMiddleware, first in the chain, so that a container's healthcheck works
in production: it asks over plain http (TLS ends at the proxy in front) and by the container's
own address, which SECURE_SSL_REDIRECT would answer with a 301 and ALLOWED_HOSTS with a 400.
The answer uses neither the Host header nor the scheme, so skipping those checks for this one
path exposes nothing; every other path goes through the whole chain.
"""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except Exception as exc:  # noqa: BLE001 - a health probe reports every failure, it never raises
        return f"error: {exc.__class__.__name__}"


def _broker() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "eager (no broker: tasks run in-process)"
    import redis

    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2, socket_timeout=2).ping()
        return "ok"
    except redis.RedisError as exc:
        return f"error: {exc.__class__.__name__}"


def healthz(request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD"})
    state = {"database": _database(), "broker": _broker()}
    healthy = state["database"] == "ok" and not state["broker"].startswith("error")
    return JsonResponse({"status": "ok" if healthy else "degraded", **state}, status=200 if healthy else 503)


class HealthCheckMiddleware:
    PATH = "/healthz"

    def __init__(self, get_response) -> None:  # noqa: ANN001
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info == self.PATH:
            return healthz(request)
        return self.get_response(request)
