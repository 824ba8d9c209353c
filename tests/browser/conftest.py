"""Browser tests: Debian's Chromium driven by Playwright for Python, never a downloaded browser.

They need: /usr/bin/chromium, the `playwright` package, and Pyodide from the npm registry in
.browser-runtime/node_modules/pyodide (or KOERS_PYODIDE_DIR). `python3 scripts/dev.py
browser-setup` installs all three. Without them the tests skip and say what is missing.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
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


def pyodide_dir() -> Path:
    return Path(os.environ.get("KOERS_PYODIDE_DIR") or ROOT / ".browser-runtime" / "node_modules" / "pyodide")


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
    shutil.copytree(pyodide_dir(), site / "pyodide") if pyodide_dir().exists() else None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
