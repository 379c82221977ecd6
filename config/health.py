"""/healthz: is the database reachable, and the broker (or are tasks eager)?"""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET


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


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    state = {"database": _database(), "broker": _broker()}
    healthy = state["database"] == "ok" and not state["broker"].startswith("error")
    return JsonResponse({"status": "ok" if healthy else "degraded", **state}, status=200 if healthy else 503)
