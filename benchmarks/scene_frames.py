"""Per-scene frame times, pure Python over the game: run on the desktop by `python -m benchmarks`,
and inside the browser (Pyodide) by benchmarks/browser.py, so both report the same figure."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def p99(values: list[float]) -> float:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(len(values) * 0.99))], 3)


def scene_frames(size: tuple[int, int], frames_per_scene: int = 120) -> tuple[dict[str, float], dict[str, float]]:
    """Per scene: the p99 frame time while it is on screen (a redraw forced every frame, the worst
    case), and, separately, its first frame, when it lays itself out and renders its texts."""
    from game.app import App
    from game.autoplay import Autoplay

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KOERS_DATA_DIR"] = tmp
        bot = Autoplay(7, Path(tmp) / "out")
        app = App(size=size, autoplay=bot)
        app.start()
        app.prepare_now()  # what idle frames prepare in the background (fonts, screens, LMI): measured apart
        seen: dict[str, list[float]] = {}
        while app.running and (top := app.stack.top) is not None:
            name = top.name
            if name not in seen:
                app.autoplay = None
                times = []
                for _ in range(frames_per_scene):
                    app.redraw = True
                    start = time.perf_counter()
                    app.step(0.0)
                    times.append((time.perf_counter() - start) * 1000)
                seen[name] = times
                app.autoplay = bot
            app.step(0.0)
    return (
        {name: p99(times[1:]) for name, times in seen.items()},
        {name: round(times[0], 2) for name, times in seen.items()},
    )
