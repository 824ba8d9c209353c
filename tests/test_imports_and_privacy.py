"""What the game may import in the browser, and the privacy promise: no network at runtime."""

from __future__ import annotations

import ast
import socket
import sys
from pathlib import Path

import pygame
import pytest

from tests.helpers import make_app, play_with_bot

ROOT = Path(__file__).resolve().parent.parent
ALLOWED_THIRD_PARTY = {"pygame", "js"}  # js: the browser page itself (Pyodide), only in game/engine/bridge.py
NETWORK = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "ftplib",
    "smtplib",
    "requests",
    "asyncio.streams",
    "xmlrpc",
    "webbrowser",
    "telnetlib",
    "poplib",
    "imaplib",
}
BROWSER_ONLY = {"platform", "js", "embed"}


def module_file(name: str) -> Path | None:
    parts = name.split(".")
    for candidate in (ROOT.joinpath(*parts).with_suffix(".py"), ROOT.joinpath(*parts, "__init__.py")):
        if candidate.exists():
            return candidate
    return None


def reachable_imports() -> dict[str, set[str]]:
    """Every import reachable from main.py: imported name -> project files that import it."""
    seen_files: set[Path] = set()
    found: dict[str, set[str]] = {}
    todo = [ROOT / "main.py"]
    while todo:
        file = todo.pop()
        if file in seen_files:
            continue
        seen_files.add(file)
        rel = file.relative_to(ROOT)
        package = ".".join(rel.with_suffix("").parts[:-1]) if file.name != "__init__.py" else ".".join(rel.parts[:-1])
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    mod = ".".join([*base, node.module] if node.module else base)
                    names = [mod] + [f"{mod}.{a.name}" for a in node.names]
                else:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                found.setdefault(name, set()).add(str(rel))
                target = module_file(name)
                if target is not None:
                    todo.append(target)
        # scenes are imported by name in game/steps.py
        if rel.as_posix() == "game/steps.py":
            todo.extend((ROOT / "game" / "scenes").glob("*.py"))
    return found


def test_game_imports_only_stdlib_and_pygame():
    bad = {}
    for name, where in reachable_imports().items():
        top = name.split(".")[0]
        if top in ("game", "main") or top in sys.stdlib_module_names or top in ALLOWED_THIRD_PARTY:
            continue
        bad[name] = where
    assert not bad, f"not available in the browser: {bad}"


def test_no_network_module_is_reachable():
    imported = reachable_imports()
    hits = {n: w for n, w in imported.items() if n in NETWORK or n.split(".")[0] in NETWORK}
    assert not hits, f"the game promises no network requests, but imports {hits}"


def test_only_the_bridge_touches_the_browser():
    imported = reachable_imports()
    hits = {n: w for n, w in imported.items() if n.split(".")[0] in BROWSER_ONLY}
    assert hits, "the bridge should import pygbag's platform module"
    assert all(w == {"game/engine/bridge.py"} for w in hits.values()), hits


def test_build_tools_are_not_reachable_from_the_game():
    imported = reachable_imports()
    assert not [n for n in imported if n.split(".")[0] in {"pydantic", "yaml", "lmi_sync", "requests"}]


def test_a_whole_run_opens_no_socket(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the game tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    app = make_app()
    play_with_bot(app, seed=11, out=tmp_path / "out")
    assert app.session.profile.next_steps


@pytest.mark.parametrize("lang,promise", [("nl", "Je werkgever ziet niets"), ("en", "Your employer sees nothing")])
def test_the_first_screen_makes_the_privacy_promise(lang, promise):
    app = make_app(lang=lang)
    assert app.stack.top.name == "title"
    assert promise in app.stack.top.speech()
    pixels = pygame.image.tobytes(app.screen, "RGB")
    assert len(set(pixels)) > 2  # something is drawn
