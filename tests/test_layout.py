"""The package's layout is its pipeline (README "How it is built"): the stage folders in
order, each importing only from the stages before it (or itself) and from models, and no
two modules importing each other.

Every import statement counts, wherever it stands: at module level, inside a function (the
lazy imports that keep start-up fast), under `if TYPE_CHECKING:`. Only imports written
with importlib (ping_an/__init__.py's lazy public names) are not seen.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = "ping_an"
# The stages, in the order the data goes through them.
STAGES = ("rules", "read", "parse", "enrich", "assemble", "render", "batch")
# Beside the stages: the models every stage may use, and the top that may use everything.
BASE = ("models",)
TOP = ("__init__", "__main__", "cli", "command", "console")


def modules(root: Path) -> dict[str, tuple[Path, bool]]:
    """Dotted name → (file, is a package __init__) for every module below root/PACKAGE."""
    found = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def imports(root: Path) -> dict[str, set[str]]:
    """Module → the package modules it imports (a name imported from a package counts as
    its submodule when there is one, else as the package itself)."""
    known = modules(root)
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in known.items():
        here = name if is_package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    dotted = alias.name
                    while dotted and dotted not in known:
                        dotted = dotted.rpartition(".")[0]
                    if dotted:
                        targets.add(dotted)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here.split(".")[: len(here.split(".")) - node.level + 1]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                if source.split(".")[0] != PACKAGE:
                    continue
                for alias in node.names:
                    sub = f"{source}.{alias.name}"
                    targets.add(sub if sub in known else source)
        targets.discard(name)
        graph[name] = targets
    return graph


def place(module: str) -> str:
    """The stage (or BASE, TOP name) a module belongs to: the first part below the package."""
    parts = module.split(".")[1:]
    return parts[0] if parts else "__init__"


def backward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import against the order: a stage importing a later stage or the top, models
    importing anything of the package."""
    wrong = []
    for module, targets in sorted(graph.items()):
        where = place(module)
        for target in sorted(targets):
            to = place(target)
            if where in TOP:
                continue
            if where in BASE:
                wrong.append(f"{module} -> {target} (models import nothing of the package)")
            elif to in BASE:
                continue
            elif to not in STAGES or STAGES.index(to) > STAGES.index(where):
                wrong.append(f"{module} -> {target} ({where} comes before {to})")
    return wrong


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a longer circle
    (strongly connected components of more than one module; Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def misplaced(root: Path) -> list[str]:
    """Modules that sit in no stage: a new module goes into the stage it belongs to."""
    allowed = set(STAGES) | set(BASE) | set(TOP)
    return sorted(name for name in modules(root) if place(name) not in allowed)


def test_every_module_sits_in_a_stage_and_every_stage_is_a_folder():
    assert misplaced(ROOT) == []
    for stage in STAGES:
        assert (ROOT / PACKAGE / stage / "__init__.py").is_file(), stage


def test_each_stage_imports_only_the_stages_before_it_and_models():
    assert backward_imports(imports(ROOT)) == []


def test_no_modules_import_each_other():
    assert circles(imports(ROOT)) == []


def test_the_checks_see_a_backward_import_and_a_circle_inside_functions(tmp_path):
    """The checks themselves, on a small package: a read module that imports the parse stage
    (in a function), two render modules that import each other (one under TYPE_CHECKING),
    models importing a stage, and a module at the top that is none of the stages."""
    files = {
        "__init__.py": "",
        "models.py": "from .read import lines\n",
        "helpers.py": "",
        "read/__init__.py": "",
        "read/lines.py": "def f():\n    from ..parse.tree import build\n",
        "parse/__init__.py": "",
        "parse/tree.py": "from ..read.lines import f\nfrom ..models import X\nfrom ping_an.rules import patterns\n",
        "rules/__init__.py": "",
        "rules/patterns.py": "",
        "render/__init__.py": "",
        "render/a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .b import B\n",
        "render/b.py": "from . import a\n",
    }
    for name, text in files.items():
        (tmp_path / PACKAGE / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / PACKAGE / name).write_text(text, encoding="utf-8")
    graph = imports(tmp_path)
    assert graph["ping_an.parse.tree"] == {"ping_an.read.lines", "ping_an.models", "ping_an.rules.patterns"}
    assert backward_imports(graph) == [
        "ping_an.models -> ping_an.read.lines (models import nothing of the package)",
        "ping_an.read.lines -> ping_an.parse.tree (read comes before parse)",
    ]
    assert circles(graph) == [
        ["ping_an.models", "ping_an.parse.tree", "ping_an.read.lines"],
        ["ping_an.render.a", "ping_an.render.b"],
    ]
    assert misplaced(tmp_path) == ["ping_an.helpers"]
