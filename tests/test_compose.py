"""No Docker engine runs here, so keep docker-compose.yml honest by checking what it names exists."""

from __future__ import annotations

import importlib
from pathlib import Path

import yaml
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_every_app_service_command_names_something_that_exists():
    services = compose()["services"]
    app_services = {name: s for name, s in services.items() if "build" in s}
    assert {"web", "worker", "beat", "migrate"} <= set(app_services)
    for name, service in app_services.items():
        cmd = service["command"]
        if cmd[0] == "gunicorn":
            module, attr = cmd[1].split(":")
            assert hasattr(importlib.import_module(module), attr), name
        elif cmd[0] == "celery":
            assert cmd[1:3] == ["-A", "config"] and cmd[3] in {"worker", "beat"}, name
            assert hasattr(importlib.import_module("config"), "celery_app")
        elif cmd[:2] == ["python", "manage.py"]:
            assert cmd[2] in get_commands(), f"{name}: no management command {cmd[2]}"
        else:
            raise AssertionError(f"{name}: unexpected command {cmd}")
        env = service["environment"]
        assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY"} <= set(env), name


def test_backing_services_have_healthchecks():
    services = compose()["services"]
    for name in ("postgres", "redis", "web"):
        assert "healthcheck" in services[name], name
