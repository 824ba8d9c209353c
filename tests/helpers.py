"""Drive the real App through the real input path: events go into pygame's queue."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pygame

from game.app import App
from game.autoplay import Autoplay
from game.engine import storage


def make_app(size=(1280, 720), **settings) -> App:
    if settings:
        s = storage.Settings(**settings)
        storage.save_settings(s)
    app = App(size=size)
    app.start()
    frames(app, 2)
    return app


def frames(app: App, n: int = 1) -> None:
    for _ in range(n):
        app.step(0.0)


def key(app: App, k: int, mod: int = 0) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=k, mod=mod, unicode="", scancode=0))
    frames(app, 2)


def type_text(app: App, text: str) -> None:
    """Type as a keyboard does: a key press and the typed character for each letter."""
    for char in text:
        k = pygame.K_SPACE if char == " " else pygame.key.key_code(char) if char.isalnum() else 0
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode=char, scancode=0))
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=k, mod=0, unicode=char, scancode=0))
        frames(app, 1)
    frames(app, 2)


def click(app: App, pos) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=pos, touch=False))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=pos, touch=False))
    frames(app, 2)


def top_name(app: App) -> str:
    return app.stack.top.name


def play_with_bot(app: App, seed: int, out: Path, max_frames: int = 20000, on_frame=None) -> Autoplay:
    """Let the autoplay bot play `app` (already started) to the poster, keyboard only."""
    bot = Autoplay(seed, out, screenshots=False, max_frames=max_frames)
    app.autoplay = bot
    while app.running:
        app.step(0.0)
        if on_frame is not None:
            on_frame(app)
    assert bot.finished, "the bot did not reach the poster"
    return bot


def saved_profile(data_dir: Path) -> dict:
    return json.loads((data_dir / "profile.json").read_text(encoding="utf-8"))


def press(app: App, widget) -> None:
    """Reach `widget` with Tab (turning card pages with the pager when needed), then Enter."""
    for _ in range(60):
        scene = app.stack.top
        focusable = scene.form.focusable()
        target = next(
            (
                w
                for w in focusable
                if w is widget
                or (getattr(w, "label", None) == getattr(widget, "label", object()) and type(w) is type(widget))
            ),
            None,
        )
        if target is None:
            target = next(w for w in focusable if getattr(w, "name", "") == "more")
        while scene.form.focused is not target:
            key(app, pygame.K_TAB)
            scene = app.stack.top
        key(app, pygame.K_RETURN)
        if target is widget or getattr(target, "name", "") != "more":
            return
    raise AssertionError("could not reach the widget with the keyboard")


def build_web(out: Path, cdn: str | None, *extra: str) -> Path:
    """The browser build, as `python3 scripts/dev.py web [--cdn CDN] [EXTRA...]` makes it, into `out`."""
    proc = subprocess.run(
        [sys.executable, "-m", "tools.web_build", *(["--cdn", cdn] if cdn else []), *extra, "--out", str(out)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out


def open_sources(app: App, occupation: str) -> None:
    """The job's "Over jouw werk" for `occupation`, then its "Hoe weten we dit?" (the sources screen)."""
    from game.career.profile import Profile
    from game.steps import scene_for

    app.session.profile = Profile(step="future", occupation=occupation)
    app.stack.reset(scene_for(app, "future"))
    frames(app, 2)
    how = next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == "how")
    how.activate()
    frames(app, 2)


def open_confirm(app, occupation: str):
    """The job step's "Is dit jouw werk?" for an occupation, as after choosing it in the search."""
    from game.career.profile import Profile
    from game.steps import scene_for

    app.session.profile = Profile(step="job")
    scene = scene_for(app, "job")
    app.stack.reset(scene)
    frames(app, 2)
    scene.propose(occupation)
    frames(app, 2)
    return app.stack.top


def assert_confirm_answers_fit(occupations: list[str], size=(1024, 576), text_scale=1.5) -> None:
    """ "Is dit jouw werk?" for each occupation keeps its two answers above the footer."""
    from game.engine import layout
    from game.engine.widgets import ChoiceCard

    app = make_app(size=size, text_scale=text_scale)
    for occ in occupations:
        open_confirm(app, occ)
        _, _, footer = layout.frame(app.ui.metrics)
        cards = [w for w in app.stack.top.form.widgets if isinstance(w, ChoiceCard)]
        assert len(cards) == 2 and all(c.rect.bottom <= footer.top for c in cards), occ
