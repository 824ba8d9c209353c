#!/usr/bin/env python3
"""One entry point for people and CI: sets up .venv (once, and again when pyproject.toml
changes), then runs what you ask.

    python3 scripts/dev.py play        start the game on the desktop
    python3 scripts/dev.py test        lint, type-check, audit the labour-market content, run the tests (what CI runs)
    python3 scripts/dev.py web         build the browser version into build/web
                                       (--runtime-from FOLDER: pygbag's runtime and pygame-ce beside it)
    python3 scripts/dev.py serve       build it and serve it on http://127.0.0.1:8000
    python3 scripts/dev.py autoplay    play a whole run headless (extra arguments go to the game)
    python3 scripts/dev.py browser-setup   Debian's Chromium, Playwright for Python and Pyodide
                                       0.27 (npm, CPython 3.12) for the browser tests; without
                                       them those tests skip
    python3 scripts/dev.py browser-setup --pygame-from FOLDER
                                       also the pygame-ce wasm wheel for Pyodide's Python, for the
                                       whole-game browser tests, from a folder laid out like the
                                       pygame-web/cdn repository (cp312/pygame_ce-*.whl; or its git dir),
                                       e.g. ../shared/runtime/pygame-web-cdn
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
# WebAssembly CPython for the browser tests: 3.12, as pygbag 0.9.3 runs it (in .browser-runtime/, never committed)
PYODIDE = "pyodide@0.27.7"
STAMP = VENV / ".koers-installed"


def ensure_env() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (a clear message on an old Python)
        sys.exit(f"Koers needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PY.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing Koers and its tools into .venv ...", flush=True)
        run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        run([str(PY), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev]"])
        STAMP.write_text(wanted)


def run(cmd: list[str], env: dict | None = None) -> None:
    code = subprocess.call(cmd, cwd=ROOT, env=env)
    if code != 0:
        sys.exit(code)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"play", "test", "web", "serve", "autoplay", "browser-setup"}:
        sys.exit(__doc__)
    what, rest = argv[0], argv[1:]
    ensure_env()
    py = str(PY)
    if what == "play":
        run([py, "-m", "game", *rest])
    elif what == "test":
        run([py, "-m", "ruff", "check", "."])
        run([py, "-m", "mypy"])  # the packages and how strict: [tool.mypy] in pyproject.toml
        run([py, "-m", "lmi_sync", "audit"])
        run([py, "-m", "pytest", *rest])
    elif what == "web":
        run([py, "-m", "tools.web_build", *rest])
    elif what == "serve":
        run([py, "-m", "tools.web_build", "--serve", *rest])
    elif what == "autoplay":
        run([py, "-m", "game", "--autoplay", *rest])
    elif what == "browser-setup":
        browser_setup(py)
        if rest[:1] == ["--pygame-from"] and len(rest) == 2:
            extract_pygame_wheel(Path(rest[1]))
        elif rest:
            sys.exit("usage: python3 scripts/dev.py browser-setup [--pygame-from SNAPSHOT]")


def browser_setup(py: str) -> None:
    """Never a downloaded browser: Debian's chromium, Playwright only as the driver."""
    if not os.path.exists("/usr/bin/chromium"):
        if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
            if subprocess.call(["apt-get", "install", "-y", "-q", "chromium"]) != 0:
                run(["apt-get", "update", "-q"])
                run(["apt-get", "install", "-y", "-q", "chromium"])
        else:
            print("Install Chromium from your system's packages (Debian: apt-get install chromium).")
    run([py, "-m", "pip", "install", "--quiet", "playwright"])
    if shutil.which("npm"):
        run(
            [
                "npm",
                "install",
                "--silent",
                "--no-audit",
                "--no-fund",
                "--prefix",
                str(ROOT / ".browser-runtime"),
                PYODIDE,
            ]
        )
    else:
        print("npm is missing: install Node.js to get Pyodide for the browser tests.")


def extract_pygame_wheel(snapshot: Path) -> None:
    """Copy the pygame-ce wasm wheel for Pyodide's Python (cpNNN/pygame_ce-*.whl) out of a folder
    laid out like pygame-web/cdn (a checkout, a folder of wheels such as
    ../shared/runtime/pygame-web-cdn, or a bare git directory) into .browser-runtime/pygame/."""
    runtime = ROOT / ".browser-runtime"
    lock = runtime / "node_modules" / "pyodide" / "pyodide-lock.json"
    if not lock.exists():
        sys.exit(f"Pyodide is missing at {lock.parent}: run python3 scripts/dev.py browser-setup first")
    major, minor = json.loads(lock.read_text(encoding="utf-8"))["info"]["python"].split(".")[:2]
    tag = f"cp{major}{minor}"
    target = runtime / "pygame"
    target.mkdir(parents=True, exist_ok=True)
    wanted = f"pygame_ce-*-{tag}-{tag}-wasm32*emscripten.whl"
    found = sorted((snapshot / tag).glob(wanted)) if (snapshot / tag).is_dir() else []
    if found:
        shutil.copy2(found[-1], target / found[-1].name)
        print(f"pygame-ce wheel for {tag}: {target / found[-1].name}")
        return
    git = ["git", "--git-dir", str(snapshot)]
    listing = subprocess.run([*git, "ls-tree", "--name-only", "HEAD", f"{tag}/"], capture_output=True, text=True)
    names = [n for n in listing.stdout.split() if Path(n).match(wanted)]
    if listing.returncode != 0 or not names:
        sys.exit(f"no {tag}/{wanted} in {snapshot} (a pygame-web/cdn snapshot: folder or git dir)")
    data = subprocess.run([*git, "show", f"HEAD:{names[-1]}"], capture_output=True, check=True).stdout
    (target / Path(names[-1]).name).write_bytes(data)
    print(f"pygame-ce wheel for {tag}: {target / Path(names[-1]).name} ({len(data)} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
