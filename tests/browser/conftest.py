"""Browser tests: Debian's Chromium driven by Playwright for Python, never a downloaded browser.

They need: /usr/bin/chromium, the `playwright` package, and Pyodide from the npm registry in
<runtime>/node_modules/pyodide. The whole-game test also needs a pygame-ce wasm wheel for
Pyodide's Python in <runtime>/pygame/, extracted from the `pygame-web/cdn` GitHub snapshot
(`python3 scripts/dev.py browser-setup --pygame-from PATH`). <runtime> is KOERS_BROWSER_RUNTIME,
else .browser-runtime/ in the project (ignored by git, never committed). `python3 scripts/dev.py
browser-setup` installs the rest. Without them the tests skip and say exactly what is missing.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def runtime_dir() -> Path:
    return Path(os.environ.get("KOERS_BROWSER_RUNTIME") or ROOT / ".browser-runtime")


def pyodide_dir() -> Path:
    return Path(os.environ.get("KOERS_PYODIDE_DIR") or runtime_dir() / "node_modules" / "pyodide")


def pyodide_python() -> str:
    """Pyodide's CPython as a wheel tag, e.g. cp314."""
    info = json.loads((pyodide_dir() / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    major, minor = info["python"].split(".")[:2]
    return f"cp{major}{minor}"


def pygame_wheel() -> tuple[Path | None, str]:
    """The pygame-ce wasm wheel for Pyodide's Python, or (None, what is missing)."""
    folder = runtime_dir() / "pygame"
    tag = pyodide_python()
    wheels = sorted(folder.glob(f"pygame_ce-*-{tag}-{tag}-wasm32*emscripten.whl"))
    if wheels:
        return wheels[-1], ""
    return None, (
        f"no pygame-ce wasm wheel for {tag} in {folder}: extract "
        f"{tag}/pygame_ce-*-{tag}-{tag}-wasm32_bi_emscripten.whl from the pygame-web/cdn GitHub snapshot "
        "(python3 scripts/dev.py browser-setup --pygame-from PATH-TO-THAT-SNAPSHOT)"
    )


def missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium; or run: python3 scripts/dev.py browser-setup)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (python3 scripts/dev.py browser-setup)"
    if not (pyodide_dir() / "pyodide.mjs").exists():
        return f"Pyodide is missing at {pyodide_dir()} (python3 scripts/dev.py browser-setup)"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = missing()
    if reason:
        pytest.skip(f"browser test skipped: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield instance
        instance.close()


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".zip": "application/zip",
        ".apk": "application/zip",
    }

    def log_message(self, *args):
        pass


@pytest.fixture
def serve(tmp_path):
    """Serve a folder on 127.0.0.1 (a free port); returns (folder, base url)."""
    site = tmp_path / "site"
    site.mkdir()
    if pyodide_dir().exists():
        (site / "pyodide").symlink_to(pyodide_dir().resolve(), target_is_directory=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
