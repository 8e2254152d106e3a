"""The package reads as the pipeline: no import cycles, modules that read in one sitting, and
Playwright only where a browser is needed."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "benchmark"
MAX_LINES = 300
# Longer on purpose, each with its reason written at its top.
LONGER = {"browser/js/perceive.js", "spec/models.py", "spec/lexicon.py"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
                    # importing a.b.c runs a/__init__ and a/b/__init__ first
                    parts = target.split(".")
                    for i in range(2, len(parts)):
                        parent = ".".join(parts[:i])
                        if (
                            parent in modules
                            and parent != name
                            and not name.startswith(parent + ".")
                        ):
                            graph[name].add(parent)
                    break
    return graph


def test_no_module_imports_in_a_cycle():
    graph = _graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not cycles, cycles


def test_modules_read_in_one_sitting():
    long = []
    for path in [*PACKAGE.rglob("*.py"), *PACKAGE.rglob("browser/js/*.js")]:
        rel = str(path.relative_to(PACKAGE))
        if "demo/assets" in rel:
            continue
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_LINES and rel not in LONGER:
            long.append((rel, lines))
        if rel in LONGER:
            head = path.read_text(encoding="utf-8")[:2500].lower()
            assert "longer than" in head, f"{rel}: say at its top why it is long"
    assert not long, long


def test_only_the_browser_package_imports_playwright():
    importers = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "from playwright" in text or "import playwright" in text or "axe_playwright" in text:
            importers.add(str(path.relative_to(PACKAGE)).split("/")[0])
    assert importers == {"browser"}, importers


def test_reporting_commands_start_without_playwright():
    code = (
        "import sys\n"
        "import benchmark.cli, benchmark.api, benchmark.measure.site, benchmark.report\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('playwright', 'axe_playwright_python')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
