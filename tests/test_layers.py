"""The layers flow one way: no import cycle between the project's modules, and the claims core
never imports provenance. Every import counts, also those inside functions (a function-local
import hides a cycle from Python's start-up, not from a reader). No database needed."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("claims", "provenance", "config")
CORE = ("claims.models", "claims.text", "claims.services", "claims.roles")


def module_graph(root: Path) -> dict[str, set[str]]:
    """Module name -> the project modules it imports (migrations and tests left out)."""
    paths: dict[str, Path] = {}
    for package in PACKAGES:
        for path in (root / package).rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if "migrations" in parts:
                continue
            if parts[-1] == "__init__":
                parts.pop()
            paths[".".join(parts)] = path

    def known(name: str) -> str | None:
        # "provenance.services.runs.run_tagging" is the module provenance.services.runs.
        while name and name not in paths:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = f"{anchor}.{base}" if base else anchor
                candidates = [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            for candidate in candidates:
                target = known(candidate)
                if target and target != name:
                    targets.add(target)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_between_the_projects_modules():
    assert cycles(module_graph(ROOT)) == []


def test_the_claims_core_never_imports_provenance():
    graph = module_graph(ROOT)
    wrong = sorted((m, t) for m, targets in graph.items() if m.startswith(CORE) for t in targets
                   if t.startswith("provenance"))
    assert wrong == []


def test_the_engine_imports_nothing_of_the_apps():
    graph = module_graph(ROOT)
    wrong = sorted((m, t) for m, targets in graph.items() if m.startswith("provenance.engine") for t in targets
                   if not t.startswith("provenance.engine"))
    assert wrong == []


def test_the_check_sees_a_cycle_hidden_in_a_function(tmp_path):
    # The checker itself must catch what Python's start-up does not: a -> b at the top, b -> a
    # inside a function.
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "claims" / "a.py").write_text("from claims.b import thing\n")
    (tmp_path / "claims" / "b.py").write_text("def thing():\n    from .a import other\n    return other\n")
    (tmp_path / "claims" / "models.py").write_text("from provenance import x\n")
    (tmp_path / "provenance" / "x.py").write_text("")
    graph = module_graph(tmp_path)
    assert cycles(graph) == [["claims.a", "claims.b"]]
    assert "provenance.x" in graph["claims.models"]
