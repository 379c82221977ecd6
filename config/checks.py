"""System checks for production settings (`manage.py check --deploy`)."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs) -> list[Warning]:  # noqa: ANN001, ANN003
    if settings.CACHE_URL:
        return []
    return [
        Warning(
            "CACHE_URL is not set, so each web process keeps its own API throttle and invalid-token "
            "counts (and audit snapshot): with N processes a client gets N times the limits.",
            hint="Set CACHE_URL to a Redis database of its own, e.g. redis://redis:6379/1.",
            id="provenance.W001",
        )
    ]
