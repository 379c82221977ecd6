from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and review"

    def ready(self) -> None:
        # Registers the project's deploy checks (config/checks.py) with `manage.py check`.
        from config import checks  # noqa: F401

        # Registers the claims tasks in every process: the services send them by name
        # (claims.services.notifications), and eager mode runs them from this registry.
        from . import tasks  # noqa: F401
