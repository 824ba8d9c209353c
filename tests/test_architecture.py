"""The layout shows the design (docs/architecture.md): no import circles, and each room imports
only what it may. Read from the source with `ast`, so nothing is imported to check it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("game", "tools", "lmi_sync")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "vendor" not in path.parts:
                found[module_name(path)] = path
    return found


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(path: Path, name: str, known: dict[str, Path], runtime_only: bool = True) -> set[str]:
    """Project modules `name` imports (at any depth in the file; `if TYPE_CHECKING:` blocks
    are left out when `runtime_only`, as they never run)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if runtime_only and isinstance(child, ast.If) and _type_checking_only(child):
                for orelse in child.orelse:
                    visit(orelse)
                continue
            targets: list[str] = []
            if isinstance(child, ast.Import):
                targets = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    up = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*up, base] if base else up)
                names = [f"{base}.{a.name}" for a in child.names]
                # `from package import module`: the modules; `from module import name`: the module
                targets = names if all(n in known for n in names) else [base]
            for target in targets:
                while target and target not in known:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    out.add(target)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return out


def graph(runtime_only: bool = True) -> dict[str, set[str]]:
    known = project_modules()
    return {name: imports_of(path, name, known, runtime_only) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strongconnect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            strongconnect(v)
    return found


def test_no_import_circles():
    assert cycles(graph()) == [], "modules that import each other (docs/architecture.md: the rooms)"


def test_the_cycle_finder_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def rooms_imported(module_prefix: str, runtime_only: bool = False) -> dict[str, set[str]]:
    return {
        m: deps for m, deps in graph(runtime_only).items() if m == module_prefix or m.startswith(module_prefix + ".")
    }


def test_the_engine_knows_nothing_about_careers():
    bad = {
        m: {d for d in deps if not d.startswith("game.engine")}
        for m, deps in rooms_imported("game.engine").items()
        if any(not d.startswith("game.engine") for d in deps)
    }
    assert not bad, f"the engine imports the game: {bad}"


def test_the_career_model_has_no_screens_and_no_pygame():
    allowed_engine = {"game.engine.plain", "game.engine.storage", "game.engine.bridge", "game.engine.paths"}
    bad = {}
    for m, deps in rooms_imported("game.career").items():
        wrong = {d for d in deps if not d.startswith("game.career") and d not in allowed_engine}
        if wrong:
            bad[m] = wrong
        source = project_modules()[m].read_text(encoding="utf-8")
        if "import pygame" in source or "from pygame" in source:
            bad[m] = {"pygame"}
    assert not bad, f"the career model reaches outside itself: {bad}"


def test_screens_do_not_import_the_app_or_the_step_registry_at_runtime():
    bad = {
        m: {d for d in deps if d in ("game.app", "game.steps")}
        for m, deps in rooms_imported("game.scenes", runtime_only=True).items()
        if {"game.app", "game.steps"} & deps
    }
    assert not bad, f"screens move on through the app (app.advance), not by importing it: {bad}"


def test_build_tools_and_sync_stay_out_of_the_game():
    for m, deps in rooms_imported("game").items():
        assert not {d for d in deps if d.startswith(("tools", "lmi_sync"))}, m
    for m, deps in rooms_imported("lmi_sync").items():
        assert not {d for d in deps if d.startswith("game.scenes") or d in ("game.app", "game.steps")}, m
