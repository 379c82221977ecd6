"""Compile the engine with mypyc: the same Python source, run as C extensions, about twice as fast.

    python provenance/engine/compile.py             # build in place (2 to 3 minutes), or exit 1 saying why not
    python provenance/engine/compile.py --optional  # the same, but where it cannot build, say so and exit 0
    python provenance/engine/compile.py --clean     # remove the build: the engine runs as pure Python
    python provenance/engine/compile.py --status    # which build `import provenance.engine` loads, and why

``make engine`` runs it with --optional (``make demo`` and ``make test`` call that target), so the
product runs compiled wherever a C compiler is installed and as pure Python elsewhere, with the same
output either way (tests/engine/test_compiled_build.py compares the two on the project's documents).
The compiled modules lie next to their sources, git-ignored; ``_compiled.json`` records the sources
they came from, and an import falls back to pure Python when a source has changed since (_build.py),
so an edit takes effect before the next build, only slower.

mypyc compiles only code that type-checks: an engine change that mypy rejects fails this build, and CI
(.ci/run) builds without --optional. Run as a script: importing the package would load the old build.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]  # mypyc names a module by its path from the directory it runs in
PACKAGE = "provenance.engine"

# Run in a child process, from ROOT: setuptools' command line, all build output in a temporary directory.
# opt_level 1: as fast as 3 on the bench corpus (within 2%), and gcc spends less time on a 9,000-line engine.
BUILD = r"""
import sys
from setuptools import setup
from mypyc.build import mypycify
tmp, paths = sys.argv[1], sys.argv[2:]
setup(name="provenance-engine", packages=[], py_modules=[],  # (no package discovery: only the extensions)
      ext_modules=mypycify(paths, group_name="provenance.engine._compiled", target_dir=tmp, opt_level="1"),
      script_args=["build_ext", "--inplace", "--build-temp", tmp, "--build-lib", tmp])
"""


def _build_info() -> ModuleType:
    """_build.py, loaded from its file: importing it as part of the package would import the engine too."""
    spec = importlib.util.spec_from_file_location("_engine_build", HERE / "_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clean(info: ModuleType) -> int:
    removed = info.extension_files(HERE)
    for path in removed:
        path.unlink()
    (HERE / "_compiled.json").unlink(missing_ok=True)
    return len(removed)


def _why_not() -> str | None:
    """Why this machine cannot build, found before a minute is spent finding it out; None when it can."""
    for package in ("mypyc", "setuptools"):
        if importlib.util.find_spec(package) is None:
            return f"{package} is not installed (it comes with requirements.txt)"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}; on Debian: apt-get install gcc)"
    include = sysconfig.get_paths()["include"]
    if not (Path(include) / "Python.h").is_file():
        return f"no Python headers in {include} (on Debian: apt-get install python3-dev)"
    return None


def build(info: ModuleType) -> tuple[bool, str]:
    """Compile every module the build covers; on failure leave no compiled module behind."""
    why = _why_not()
    if why:
        return False, why
    clean(info)  # a half-replaced build must never load: the record is written only after success
    paths = [f"provenance/engine/{name}.py" for name in info.compiled_modules(HERE)]
    with tempfile.TemporaryDirectory(prefix="engine-build-") as tmp:
        log = Path(tmp) / "build.log"
        with log.open("w", encoding="utf-8") as out:
            done = subprocess.run([sys.executable, "-c", BUILD, tmp, *paths], cwd=ROOT, stdout=out,
                                  stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                  env={**os.environ, "MYPY_CACHE_DIR": str(Path(tmp) / "mypy-cache")})
        if done.returncode != 0:
            clean(info)
            lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
            errors = [line for line in lines if "error" in line.lower()][:20]
            return False, "mypyc failed:\n    " + "\n    ".join(errors or lines[-20:])
    info.write_record(HERE)
    # Load it the way the product will, in a fresh process, before calling it done.
    check = subprocess.run([sys.executable, "-c", f"import {PACKAGE} as e; print(e.BUILD); print(e.BUILD_REASON)"],
                           cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if check.returncode != 0 or check.stdout.split("\n", 1)[0] != "compiled":
        clean(info)
        return False, "the build does not load: " + (check.stderr.strip()[-1500:] or check.stdout.strip())
    return True, "compiled"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--clean", action="store_true", help="remove the compiled modules")
    group.add_argument("--status", action="store_true", help="say which build an import loads")
    ap.add_argument("--optional", action="store_true", help="exit 0 where the build cannot be made")
    args = ap.parse_args(argv)
    info = _build_info()
    if args.status:
        kind, why = info.decide(HERE)
        print(f"{kind}: {why}")
        return 0
    if args.clean:
        print(f"removed {clean(info)} compiled module files; the engine runs as pure Python")
        return 0
    print(f"==> Compiling the engine with mypyc ({len(info.compiled_modules(HERE))} modules, 2 to 3 minutes; "
          "once per engine change)", flush=True)
    started = time.monotonic()
    ok, why = build(info)
    if ok:
        print(f"    done in {time.monotonic() - started:.0f} s: {PACKAGE} now runs compiled")
        return 0
    print(f"    not compiled: {why}", file=sys.stderr)
    if args.optional:
        print("    the engine runs as pure Python (the same output, about half the speed)", file=sys.stderr)
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
