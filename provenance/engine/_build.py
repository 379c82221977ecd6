"""Which build of the engine an import loads: the compiled modules or the pure-Python source.

``compile.py`` (run by ``make engine``) compiles the engine's modules with mypyc into C extensions
that sit next to their sources, and writes ``_compiled.json``: the hash of every source it compiled
and the Python it compiled for. Python prefers an extension module to a ``.py`` file of the same name,
so an edit to a source after a build would be shadowed by the older compiled module without a word.
``provenance/engine/__init__.py`` calls ``select()`` before it imports anything else: when a source has
changed since the build (or the record is missing, or ``PROVENANCE_ENGINE_PURE=1`` is set) it installs
a finder that loads every engine module from its ``.py`` file, and says why.

This module and ``__init__.py`` are never compiled, and neither imports the rest of the engine.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
RECORD = HERE / "_compiled.json"
# Never compiled: the package's entry (it runs this check), the command line (runpy needs a code
# object), the build script and this module. The learned layer stays pure too: it trains with
# scikit-learn and scores a JSON model, off the hot path.
NOT_COMPILED = {"__init__", "__main__", "compile", "_build"}
PURE_ENV = "PROVENANCE_ENGINE_PURE"


def compiled_modules(directory: Path = HERE) -> list[str]:
    """Names of the modules a build compiles: every top-level module of the engine but NOT_COMPILED."""
    return sorted(p.stem for p in directory.glob("*.py") if p.stem not in NOT_COMPILED)


def source_hashes(directory: Path = HERE) -> dict[str, str]:
    return {name: hashlib.sha256((directory / f"{name}.py").read_bytes()).hexdigest()
            for name in compiled_modules(directory)}


def extension_files(directory: Path = HERE) -> list[Path]:
    """Compiled modules of any Python version lying in the directory."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(p for p in directory.iterdir() if p.name.endswith(suffixes))


def write_record(directory: Path = HERE) -> None:
    record = {"python": sys.implementation.cache_tag, "sources": source_hashes(directory)}
    (directory / "_compiled.json").write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def decide(directory: Path = HERE, environ: Mapping[str, str] = os.environ) -> tuple[str, str]:
    """("compiled" | "pure", why). Stale is worse than slow: any doubt means pure Python."""
    own = [p for p in extension_files(directory) if p.name.endswith(importlib.machinery.EXTENSION_SUFFIXES[0])]
    if environ.get(PURE_ENV, "") not in {"", "0"}:
        return "pure", f"{PURE_ENV} is set"
    if not own:
        return "pure", "not compiled (make engine compiles it)"
    try:
        record = json.loads((directory / "_compiled.json").read_text(encoding="utf-8"))
        built_for, built_from = record["python"], record["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return "pure", "compiled modules lie here without a valid _compiled.json; run make engine"
    if built_for != sys.implementation.cache_tag:
        return "pure", f"compiled for {built_for}, this is {sys.implementation.cache_tag}; run make engine"
    now = source_hashes(directory)
    changed = sorted(name for name in now.keys() | built_from.keys() if now.get(name) != built_from.get(name))
    if changed:
        return "pure", f"source changed since the build ({', '.join(changed[:5])}); run make engine"
    present = {p.name.split(".", 1)[0] for p in own}
    missing = sorted(set(now) - present)
    if missing:
        return "pure", f"compiled modules missing ({', '.join(missing[:5])}); run make engine"
    return "compiled", "mypyc build of the current source"


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Loads the engine's modules from their .py files even where a compiled module lies beside them."""

    def __init__(self, package: str, directory: Path) -> None:
        self.prefix = package + "."
        self.directory = directory

    def find_spec(self, fullname: str, path: object = None, target: ModuleType | None = None):  # noqa: ANN201
        if not fullname.startswith(self.prefix):
            return None
        name = fullname[len(self.prefix):]
        source = self.directory / f"{name}.py"
        if "." in name or name in NOT_COMPILED or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def select(package: str) -> tuple[str, str]:
    """Decide the build for ``package`` (the engine's import name) and make the imports that follow load it."""
    build, why = decide()
    if build == "pure" and extension_files():
        # Only when compiled modules lie here: otherwise the ordinary import already loads the source.
        if not any(isinstance(f, _SourceFinder) and f.prefix == package + "." for f in sys.meta_path):
            sys.meta_path.insert(0, _SourceFinder(package, HERE))
        if not why.startswith(PURE_ENV):
            warnings.warn(f"provenance.engine runs as pure Python: {why}", RuntimeWarning, stacklevel=3)
    return build, why
