#!/usr/bin/env python3
"""One entry point for people and CI: sets up .venv (once, and again when pyproject.toml
changes), then runs what you ask.

    python3 scripts/dev.py play        start the game on the desktop
    python3 scripts/dev.py test        lint, audit the labour-market content, run the tests (what CI runs)
    python3 scripts/dev.py web         build the browser version into build/web
    python3 scripts/dev.py serve       build it and serve it on http://127.0.0.1:8000
    python3 scripts/dev.py autoplay    play a whole run headless (extra arguments go to the game)
    python3 scripts/dev.py browser-setup   Debian's Chromium, Playwright for Python and Pyodide
                                       (npm) for the browser tests; without them those tests skip
"""

from __future__ import annotations

import hashlib
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
PYODIDE = "pyodide@314.0.7"  # WebAssembly CPython for the browser tests (kept in .browser-runtime/, never committed)
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
        run([py, "-m", "lmi_sync", "audit"])
        run([py, "-m", "pytest", *rest])
    elif what == "web":
        run([py, "-m", "game.web_build", *rest])
    elif what == "serve":
        run([py, "-m", "game.web_build", "--serve", *rest])
    elif what == "autoplay":
        run([py, "-m", "game", "--autoplay", *rest])
    elif what == "browser-setup":
        browser_setup(py)


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


if __name__ == "__main__":
    main(sys.argv[1:])
