import logging

from django.apps import AppConfig
from django.conf import settings

log = logging.getLogger("provenance")


class ProvenanceConfig(AppConfig):
    name = "provenance"
    verbose_name = "Provenance: sources, attributions and tagging"

    def ready(self) -> None:
        # Registers the Celery tasks in every process (web, worker, commands): provenance.queue
        # sends them by name, and eager mode (no REDIS_URL) runs them from this registry.
        from . import tasks  # noqa: F401

        if settings.CELERY_TASK_ALWAYS_EAGER:
            log.info("REDIS_URL is not set: Celery tasks run eagerly, in this process.")
