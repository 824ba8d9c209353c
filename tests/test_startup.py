"""Start-up: the first frame waits only for what the title shows; idle frames prepare the rest."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from game.steps import PLAY
from tests.helpers import make_app


def test_the_first_frame_imports_no_screen_of_the_play_through(tmp_path):
    code = (
        "import sys\n"
        "from game.app import App\n"
        "app = App(size=(1280, 720)); app.start(); app.step(0.0)\n"
        "print(sorted(m for m in sys.modules if m.startswith('game.scenes.')))\n"
    )
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "KOERS_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    imported = ast.literal_eval(out.strip().splitlines()[-1])
    screens = {step.screen.partition(":")[0] for step in PLAY.steps if isinstance(step.screen, str)}
    assert not screens & set(imported), "the title's first frame should not wait for these screens"
    assert "game.scenes.poster_art" not in imported and "game.scenes.shared" not in imported


def test_idle_frames_import_every_screen_and_load_the_lmi():
    app = make_app()
    app.prepare_now()
    assert app.session.ready
    assert all(step.screen_class() for step in PLAY.steps)
    assert next(app.background, None) is None  # nothing left for later idle frames
