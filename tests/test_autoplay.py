"""`python -m game --autoplay` as a player would run it: a separate process, headless."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = {
    "version",
    "created",
    "goal",
    "interests",
    "values",
    "qualities",
    "development_areas",
    "occupation",
    "options",
    "next_steps",
    "stage",
}


def run_autoplay(seed: int, out: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    cmd = [sys.executable, "-m", "game", "--autoplay", "--seed", str(seed), "--out", str(out), *extra]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    results = {}
    for seed in (1, 2, 3):
        out = tmp_path_factory.mktemp(f"seed{seed}")
        extra = ("--screenshots",) if seed == 1 else ()
        results[seed] = (run_autoplay(seed, out, *extra), out)
    return results


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_autoplay_writes_poster_and_profile(runs, seed):
    proc, out = runs[seed]
    assert proc.returncode == 0, proc.stderr
    poster = pygame.image.load(str(out / "poster.png"))
    assert poster.get_size() == (1240, 1754)
    profile = json.loads((out / "profile.json").read_text(encoding="utf-8"))
    assert set(profile) >= KEYS
    assert profile["goal"] and profile["values"] and profile["qualities"] and profile["next_steps"]
    assert set(profile["interests"]["scores"]) == set("RIASEC")
    # the effect measure: the bot rates at the start and the end, and puts the ratings in the passport
    assert profile["ratings"]["before"] and profile["ratings"]["after"]
    assert all(1 <= v <= 5 for part in profile["ratings"].values() for v in part.values())


def test_screenshots_one_per_screen(runs):
    proc, out = runs[1]
    shots = sorted(p.name for p in out.glob("[0-9][0-9]_*.png"))
    names = {s.split("_", 1)[1][:-4] for s in shots}
    assert {
        "title",
        "privacy",
        "goal",
        "interests",
        "values",
        "job",
        "role_models",
        "future",
        "steps",
        "poster",
    } <= names


def test_different_seeds_make_different_choices(runs):
    profiles = [json.loads((runs[s][1] / "profile.json").read_text(encoding="utf-8")) for s in (1, 2, 3)]
    choices = [(p["goal"], tuple(p["values"]), tuple(p["qualities"]), p["interests"]["code"]) for p in profiles]
    assert len(set(choices)) == 3


def test_poster_shows_the_choices_the_bot_made(runs):
    """Pixels of the poster differ between runs because the choices differ."""
    a = pygame.image.load(str(runs[1][1] / "poster.png"))
    b = pygame.image.load(str(runs[2][1] / "poster.png"))
    assert pygame.image.tobytes(a, "RGB") != pygame.image.tobytes(b, "RGB")


def test_autoplay_exits_non_zero_with_a_traceback(tmp_path):
    """A broken content file makes the run fail loudly, not hang or pass."""
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "KOERS_CONTENT": str(tmp_path / "missing.json")}
    proc = subprocess.run(
        [sys.executable, "-m", "game", "--autoplay", "--out", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr or "missing.json" in proc.stderr


def bot_to_job_confirmation(job: str, out: Path):
    """Let the bot play (keyboard only, with `--job`) until the job screen asks "is this your work?"."""
    from game.autoplay import Autoplay
    from game.scenes.job import JobScene
    from tests.helpers import make_app

    app = make_app()
    app.autoplay = Autoplay(3, out, job=job, max_frames=4000)
    while app.running:
        app.step(0.0)
        top = app.stack.top
        if isinstance(top, JobScene) and top.mode == "confirm":
            return app, top
    raise AssertionError("the bot never reached the job's confirmation")


def test_autoplay_with_a_job_confirms_the_first_search_hit(tmp_path):
    """`--job kapper`: the bot types it in the job search (the real text field) and confirms the
    search's first occupation, whatever the seed would have picked."""
    app, scene = bot_to_job_confirmation("kapper", tmp_path)
    first = app.session.occupation_index().search("kapper", limit=12)[0][0]
    assert scene.query == "kapper" and scene.candidate == app.session.lmi().entry(first).id
    assert app.session.occupation(scene.candidate).title.nl == "kapper"


def test_autoplay_with_a_job_nothing_finds_stops_with_a_clear_message(tmp_path):
    from game.autoplay import JobNotFound

    with pytest.raises(JobNotFound, match=r"--job 'xqzzvv': the job search finds no occupation"):
        bot_to_job_confirmation("xqzzvv", tmp_path)
    proc = run_autoplay(3, tmp_path / "cli", "--job", "xqzzvv")
    assert proc.returncode == 2 and "the job search finds no occupation" in proc.stderr
    assert "Traceback" not in proc.stderr
