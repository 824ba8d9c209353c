"""Runs inside Pyodide in the browser test's page (game.html); never part of the game.

koers_mode (set by the page):
  play         the real game with the autoplay bot; every key it wants goes to the page
               (window.koersKeys) and the test presses it on Chromium's real keyboard
  first-frame  the unchanged main.py, as pygbag starts it; records the first flip
  hello        a bare pygame page (window, text, flip) for comparison
  frames       benchmarks/scene_frames.py: every scene's p99 frame time, here in WebAssembly
  manual       the real game with nobody playing: the test clicks and reads `app` itself
"""

import asyncio
import json
import os
import sys
import traceback
from pathlib import Path

import js
import pygame
from pyodide.ffi import to_js

KEYS = {
    "select": "Enter",
    "left": "ArrowLeft",
    "right": "ArrowRight",
    "focus_next": "Tab",
    "focus_prev": "Shift+Tab",
    "settings": "F3",
    "read_aloud": "F2",
}


def mark_first_flip():
    flip = pygame.display.flip

    def first_flip():
        if not js.window.koersFirstFrame:  # unset: the first flip
            js.window.koersFirstFrame = js.performance.now()
        flip()

    pygame.display.flip = first_flip


def fail():
    js.window.koersError = traceback.format_exc()
    js.console.error("PYTHON EXCEPTION\n" + js.window.koersError)


js.window.koersFirstFrame = None
mark_first_flip()

if koers_mode == "hello":  # noqa: F821 (set by the page)
    pygame.display.init()
    pygame.font.init()
    screen = pygame.display.set_mode((1280, 720))
    screen.fill((240, 236, 228))
    screen.blit(pygame.font.Font(None, 48).render("Hallo", True, (20, 20, 20)), (40, 40))
    pygame.display.flip()
    js.window.koersDone = True
else:
    os.chdir("/data/data/koers/assets")
    sys.path.insert(0, "/data/data/koers/assets")
    if koers_mode == "frames":  # noqa: F821
        from scene_frames import scene_frames

        try:
            p99s, entering = scene_frames((1280, 720), 120)
            js.window.koersResult = json.dumps({"p99": p99s, "enter": entering})
            js.window.koersDone = True
        except Exception:
            fail()
    elif koers_mode == "manual":  # noqa: F821
        from game.app import App

        app = App()

        async def run():
            try:
                await app.run()
            except Exception:
                fail()

        asyncio.ensure_future(run())
    elif koers_mode == "first-frame":  # noqa: F821
        asyncio.run = asyncio.ensure_future  # as pygbag does: main.py's loop runs in the page's loop
        try:
            exec(compile(Path("main.py").read_text(), "main.py", "exec"), {"__name__": "__main__"})
        except Exception:
            fail()
    else:
        from game.app import App
        from game.autoplay import Autoplay

        app = None

        def send(act):
            top = app.stack.top
            step = {"scene": top.name if top else "", "key": None, "text": None}
            if isinstance(act, str):
                step["text"] = act
            else:
                step["key"] = KEYS[act.value]
            js.window.koersKeys.push(to_js(step, dict_converter=js.Object.fromEntries))

        bot = Autoplay(koers_seed, Path("/tmp/autoplay"), max_frames=10**9, send=send)  # noqa: F821

        async def play():
            global app
            try:
                app = App(autoplay=bot)
                await app.run()
                passport = Path("/tmp/autoplay/profile.json").read_text(encoding="utf-8")
                poster = Path("/tmp/autoplay/poster.png").stat().st_size
                from game.engine.plain import to_plain

                js.window.koersResult = json.dumps(
                    {
                        "passport": json.loads(passport),
                        "poster_bytes": poster,
                        "scenes": bot.scene_names,
                        "settings": to_plain(app.settings),
                        "spoken": app.speech.count,
                        "missing_texts": sorted(app.locale.missing),
                    }
                )
                js.window.koersDone = True
            except Exception:
                fail()

        asyncio.ensure_future(play())
