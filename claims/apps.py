from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and review"

    def ready(self) -> None:
        # Registers the project's deploy checks (config/checks.py) with `manage.py check`.
        from config import checks  # noqa: F401
