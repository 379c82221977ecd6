"""The requirements pin what the code imports, and a broken install fails at boot.

The attack's schemathesis run found `POST /api/v1/articles/ {"body": "", "format": "html"}` -> 500:
`pip install -r requirements.txt` with an older pip had left out lxml_html_clean, which justext
imports on the first HTML article. requirements.txt is now a lock compiled from requirements.in.
"""

from __future__ import annotations

import ast
import importlib.metadata as md
import re
import subprocess
import sys

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;]+)")


def lock(name: str) -> dict[str, str]:
    pins = {}
    for line in (ROOT / name).read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("-"):
            continue
        match = PIN.match(line)
        assert match, f"{name}: not pinned with ==: {line!r}"
        pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


def _needs(dist: str, extras: frozenset[str]) -> set[str]:
    """What an installed distribution requires (with the given extras) on this interpreter."""
    out = set()
    for raw in md.requires(dist) or []:
        req = Requirement(raw)
        if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in extras or {""}):
            out.add(canonicalize_name(req.name))
    return out


def _direct(name: str) -> dict[str, frozenset[str]]:
    out = {}
    for line in (ROOT / name).read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            req = Requirement(line)
            out[canonicalize_name(req.name)] = frozenset(req.extras)
    return out


def test_runtime_lock_is_closed_under_dependencies():
    # Every package the locked ones need (with the extras asked for) is itself locked: no pip,
    # old or new, has anything left to resolve or to leave out.
    pins = lock("requirements.txt")
    extras = _direct("requirements.in")
    missing = {}
    for name in pins:
        for needed in _needs(name, extras.get(name, frozenset())):
            if needed not in pins:
                missing.setdefault(name, []).append(needed)
    assert not missing, missing
    assert "lxml-html-clean" in pins  # the one the attack found missing


def test_locks_match_what_is_installed_and_the_direct_lists():
    runtime, dev = lock("requirements.txt"), lock("requirements-dev.txt")
    for name, version in runtime.items():
        assert md.version(name) == version, name
        assert dev.get(name) == version, f"requirements-dev.txt pins {name} differently"
    for name in _direct("requirements.in"):
        assert name in runtime, f"{name} is in requirements.in but not in the lock"
    for name in _direct("requirements-dev.in"):
        assert name in dev, f"{name} is in requirements-dev.in but not in the lock"


def _imported_top_level_modules() -> set[str]:
    names = set()
    for package in ("claims", "provenance", "config"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"claims", "provenance", "config", "tests"}


def test_every_module_the_code_imports_is_in_the_runtime_lock():
    pins = lock("requirements.txt")
    owners = md.packages_distributions()
    for module in _imported_top_level_modules():
        dists = {canonicalize_name(d) for d in owners.get(module, [])}
        assert dists & set(pins), f"{module} (from {dists or 'no installed distribution'}) is not in requirements.txt"


def test_a_broken_html_install_fails_at_start_up_not_per_request():
    # As if lxml_html_clean were not installed: Django's start-up (what gunicorn's workers and the
    # Celery worker do first) must fail, naming the problem.
    probe = (
        "import sys; sys.modules['lxml_html_clean'] = None\n"
        "import django; django.setup()\n"
    )
    env = {"DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "1", "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode != 0
    assert "lxml_html_clean" in proc.stderr and "ImportError" in proc.stderr
    healthy = subprocess.run([sys.executable, "-c", "import django; django.setup()"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
    assert healthy.returncode == 0, healthy.stderr
