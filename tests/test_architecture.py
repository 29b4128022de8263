"""The floors stay: import contracts (pyproject's [tool.importlinter], run by `make test` as
`lint-imports` and here), no import cycles between modules, and files and functions short enough to
read top to bottom."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("domain", "ingest", "rag", "assistant", "finetune", "surfaces")
# The core and the surfaces are what a newcomer reads first; their files stay under this.
MAX_FILE_LINES = {"assistant": 400, "surfaces": 400}
MAX_FUNCTION_LINES = 80


def _cycles(graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(graph.find_modules_directly_imported_by(nxt)))))
                elif nxt in on:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    m = stack.pop()
                    on.discard(m)
                    comp.append(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def test_import_contracts_hold():
    pytest.importorskip("importlinter")
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0


def test_no_import_cycles_between_modules():
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph(*PACKAGES)
    assert not _cycles(graph)


def _py_files(pkg: str):
    return sorted((ROOT / pkg).rglob("*.py"))


@pytest.mark.parametrize("pkg", sorted(MAX_FILE_LINES))
def test_files_stay_short(pkg):
    long = {str(p.relative_to(ROOT)): n for p in _py_files(pkg)
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES[pkg]}
    assert not long, long


def test_functions_stay_short():
    long = {}
    for pkg in PACKAGES:
        for p in _py_files(pkg):
            for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    n = node.end_lineno - node.lineno + 1
                    if n > MAX_FUNCTION_LINES:
                        long[f"{p.relative_to(ROOT)}:{node.name}"] = n
    assert not long, long
