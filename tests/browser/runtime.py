"""The local browser runtime, shared by the browser tests and `python -m benchmarks`.

Debian's Chromium (never a downloaded browser), Playwright for Python as the driver, Pyodide
from the npm registry in <runtime>/node_modules/pyodide (0.27: CPython 3.12, as pygbag 0.9.3
runs it), and, for the whole game, a pygame-ce wasm wheel for Pyodide's Python in
<runtime>/pygame/, copied from a folder laid out like the `pygame-web/cdn` repository
(`python3 scripts/dev.py browser-setup --pygame-from PATH`). <runtime> is
KOERS_BROWSER_RUNTIME, else .browser-runtime/ in the project (ignored by git, never committed).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent.parent.parent
PAGE = Path(__file__).resolve().parent / "page"  # game.html and harness.py
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


def missing() -> str | None:
    """What the browser tests lack, in words that say how to get it; None when complete."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium; or run: python3 scripts/dev.py browser-setup)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (python3 scripts/dev.py browser-setup)"
    if not (pyodide_dir() / "pyodide.mjs").exists():
        return f"Pyodide is missing at {pyodide_dir()} (python3 scripts/dev.py browser-setup)"
    return None


def describe() -> str:
    """The runtime in a few words, for the test log: Pyodide's version and Python, and the wheel."""
    try:
        version = json.loads((pyodide_dir() / "package.json").read_text(encoding="utf-8"))["version"]
        python = json.loads((pyodide_dir() / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]["python"]
    except (OSError, ValueError, KeyError):
        return "no Pyodide"
    wheel, _ = pygame_wheel()
    return f"Pyodide {version} (Python {python}), {wheel.name if wheel else 'no pygame-ce wheel'}"


def unavailable(reason: str) -> NoReturn:
    """Skip a browser test that lacks part of its runtime, saying what; with KOERS_BROWSER_REQUIRED
    set (CI, once the runtime is set up), fail instead: there a skip would hide a test not run."""
    import pytest

    if os.environ.get("KOERS_BROWSER_REQUIRED"):
        pytest.fail(f"browser test could not run (KOERS_BROWSER_REQUIRED is set): {reason}", pytrace=False)
    pytest.skip(f"browser test skipped: {reason}")


def pygame_wheel() -> tuple[Path | None, str]:
    """The pygame-ce wasm wheel for Pyodide's Python, or (None, what is missing)."""
    reason = missing()
    if reason:
        return None, reason
    folder = runtime_dir() / "pygame"
    tag = pyodide_python()
    wheels = sorted(folder.glob(f"pygame_ce-*-{tag}-{tag}-wasm32*emscripten.whl"))
    if wheels:
        return wheels[-1], ""
    return None, (
        f"no pygame-ce wasm wheel for {tag} in {folder}: copy "
        f"{tag}/pygame_ce-*-{tag}-{tag}-wasm32_bi_emscripten.whl from a folder laid out like pygame-web/cdn "
        "(python3 scripts/dev.py browser-setup --pygame-from FOLDER, e.g. ../shared/runtime/pygame-web-cdn)"
    )


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".zip": "application/zip",
        ".apk": "application/zip",
        ".whl": "application/zip",
    }

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 (a free port), with Pyodide under /pyodide/; yields the base url."""
    site.mkdir(parents=True, exist_ok=True)
    if pyodide_dir().exists() and not (site / "pyodide").exists():
        (site / "pyodide").symlink_to(pyodide_dir().resolve(), target_is_directory=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def fill_game_site(site: Path, wheel: Path, apk: Path) -> None:
    """The page, its harness, the pygame-ce wheel (under its own name: Pyodide checks it) and koers.apk."""
    site.mkdir(parents=True, exist_ok=True)
    (site / wheel.name).symlink_to(wheel.resolve())
    (site / "koers.apk").symlink_to(apk.resolve())
    for name in ("game.html", "harness.py"):
        (site / name).symlink_to(PAGE / name)
    (site / "scene_frames.py").symlink_to(ROOT / "benchmarks" / "scene_frames.py")


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)


def open_game_page(browser, url: str, log: list[str] | None = None, requests: list[str] | None = None):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    if log is not None:
        page.on("console", lambda m: log.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: log.append(f"pageerror: {e}"))
    if requests is not None:
        page.on("request", lambda r: requests.append(r.url))
    page.goto(url + "game.html")
    page.wait_for_function("window.koersReady === true")
    return page


def scene_frames(browser, url: str, wheel: str) -> dict:
    """benchmarks/scene_frames.py run inside the browser: {"p99": {scene: ms}, "enter": {scene: ms}}."""
    page = open_game_page(browser, url)
    try:
        page.evaluate(f"koersStart('frames', '{wheel}')")
        page.wait_for_function("window.koersDone || window.koersError", timeout=600_000, polling=500)
        error = page.evaluate("window.koersError || null")
        if error:
            raise RuntimeError(error)
        result: dict = json.loads(page.evaluate("window.koersResult"))
        return result
    finally:
        page.close()


def first_frame_ms(browser, url: str, wheel: str, mode: str) -> float:
    """Milliseconds from navigation to the first flip: `first-frame` (the game's main.py) or `hello`."""
    page = open_game_page(browser, url)
    try:
        page.evaluate(f"koersStart('{mode}', '{wheel}')")
        page.wait_for_function("window.koersFirstFrame > 0 || window.koersError", timeout=120_000)
        error = page.evaluate("window.koersError || null")
        if error:
            raise RuntimeError(error)
        return float(page.evaluate("window.koersFirstFrame"))
    finally:
        page.close()
