"""What pygbag 0.9.3's loader installs before it runs a main.py, decided by pygbag's own code.

The functions are taken from the installed pygbag package's source (the same files its
runtime loads in the browser): `read_dependency_block_723` and `Config` from
`support/cross/aio/pep0723.py`, and `TopLevel_async_handler.scan_imports` from
`support/cpythonrc.py`. Those modules need the browser to import, so only these parts are
compiled and run here. `wheels_for` follows `preload_code` in cpythonrc.py: the block's
dependencies, then the imports the package index has, each looked up as `pip_install` does.
"""

from __future__ import annotations

import ast
import contextlib
import json
import sys
import tomllib
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pygbag

SUPPORT = Path(pygbag.__file__).resolve().parent / "support"
PEP723 = SUPPORT / "cross" / "aio" / "pep0723.py"
PYTHONRC = SUPPORT / "cpythonrc.py"


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _named(tree: ast.AST, kind: type, name: str) -> Any:
    found = [n for n in ast.walk(tree) if isinstance(n, kind) and getattr(n, "name", None) == name]
    assert len(found) == 1, f"pygbag's {name} not found once in its source (pygbag changed?)"
    return found[0]


def _run(nodes: list[ast.stmt], path: Path, namespace: dict[str, Any]) -> dict[str, Any]:
    exec(compile(ast.Module(body=nodes, type_ignores=[]), str(path), "exec"), namespace)
    return namespace


def _pep723() -> types.ModuleType:
    """pygbag's aio.pep0723, with only the parts the scan needs: Config, HISTORY, the block reader."""
    tree = _tree(PEP723)
    history = next(n for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "HISTORY")
    module = types.ModuleType("aio.pep0723")
    module.__dict__.update({"sys": sys, "json": json, "tomllib": tomllib, "hint_failed": []})
    _run(
        [history, _named(tree, ast.ClassDef, "Config"), _named(tree, ast.FunctionDef, "read_dependency_block_723")],
        PEP723,
        module.__dict__,
    )
    return module


@contextlib.contextmanager
def _aio(pep0723: types.ModuleType) -> Iterator[None]:
    """scan_imports does `import aio.pep0723`: the module above stands in for it meanwhile."""
    saved = {name: sys.modules.get(name) for name in ("aio", "aio.pep0723")}
    aio = types.ModuleType("aio")
    aio.pep0723 = pep0723  # type: ignore[attr-defined]
    sys.modules.update({"aio": aio, "aio.pep0723": pep0723})
    try:
        yield
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module


def _scan_imports(pep0723: types.ModuleType, code: str) -> list[str]:
    """cpythonrc.py's TopLevel_async_handler.scan_imports over `code`, as on a fresh page: no
    package installed yet (its sys.modules check sees none of this test process's modules)."""
    tree = _tree(PYTHONRC)
    handler = _named(tree, ast.ClassDef, "TopLevel_async_handler")
    settings = [
        n
        for n in handler.body
        if isinstance(n, (ast.Assign, ast.AugAssign))
        and getattr(n.targets[0] if isinstance(n, ast.Assign) else n.target, "id", "") in ("ignore", "may_need")
    ]
    cls = types.SimpleNamespace(**{k: v for k, v in _run(settings, PYTHONRC, {}).items() if not k.startswith("__")})
    scan = _named(handler, ast.FunctionDef, "scan_imports")
    scan.decorator_list = []  # a classmethod there; called with `cls` here
    fresh = types.SimpleNamespace(modules={}, print_exception=print)
    function = _run([scan], PYTHONRC, {"sys": fresh, "DBG": lambda *args: None})["scan_imports"]
    with _aio(pep0723):
        required: list[str] = function(cls, code, "main.py")
    return required


def wheels_for(code: str, index: dict[str, str]) -> dict[str, list[str]]:
    """For a main.py's text: what pygbag's loader asks for, and which of the package index's
    wheels that installs ({"block": [...], "imports": [...], "wheels": [...]})."""
    pep0723 = _pep723()
    block = [str(dep) for dep in pep0723.read_dependency_block_723(code) if not str(dep).startswith("!")]
    imports = _scan_imports(pep0723, code)
    wheels = []
    for name in [*block, *(m for m in imports if m in index)]:  # preload_code: deps, then maybe_wanted
        remap = name.lower().replace("-", "_")  # pip_install's lookup
        key = pep0723.Config.mapping.get(remap, remap)
        if key in index and index[key] not in wheels:
            wheels.append(index[key])
    return {"block": block, "imports": imports, "wheels": wheels}
