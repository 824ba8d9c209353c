"""First frame in headless Chromium: the game's main.py against a bare pygame page, both on the
same local runtime (Pyodide + the pygame-ce wasm wheel, see tests/browser/runtime.py), measured
in the same run, alternating, each in a fresh page. Milliseconds from navigation to first flip.
Then every scene's p99 frame time inside the browser (benchmarks/scene_frames.py under Pyodide)."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path


def first_frames(apk: Path, repeat: int) -> dict[str, object]:
    from tests.browser.runtime import fill_game_site, first_frame_ms, launch, pygame_wheel, scene_frames, serve

    wheel, reason = pygame_wheel()
    if wheel is None:
        return {"browser_first_frame_ms": f"skipped: {reason}"}
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {"first-frame": [], "hello": []}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        site = Path(tmp) / "site"
        fill_game_site(site, wheel, apk)
        browser = launch(p)
        with serve(site) as url:
            first_frame_ms(browser, url, wheel.name, "hello")  # warm the browser's caches for both
            for _ in range(repeat):
                for mode in times:
                    times[mode].append(first_frame_ms(browser, url, wheel.name, mode))
            frames = scene_frames(browser, url, wheel.name)
        browser.close()
    game, hello = statistics.median(times["first-frame"]), statistics.median(times["hello"])
    return {
        "browser_first_frame_ms": round(game, 1),
        "browser_hello_first_frame_ms": round(hello, 1),
        "browser_first_frame_ratio": round(game / hello, 2),
        "browser_scene_frame_p99_ms.1280x720": frames["p99"],
        "browser_scene_enter_ms.1280x720": frames["enter"],
    }
