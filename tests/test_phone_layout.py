"""Phones (issue 13, point 8), headless: a whole run played at phone sizes held upright and sideways,
every frame checked (nothing outside the window, no two controls on top of each other, nothing
across the header's or footer's edge), and a finger's tap choosing what is under it."""

from __future__ import annotations

import pygame
import pytest

from game.engine import layout
from game.engine.ui import Metrics
from game.steps import scene_for
from tests.helpers import frames, make_app, play_with_bot


def layout_problems(app) -> list[str]:
    top = app.stack.top
    if top is None or not hasattr(top, "form"):
        return []
    header, _, footer = layout.frame(app.ui.metrics)
    window = app.screen.get_rect()
    out = []
    for w in top.form.widgets:
        what = f"{top.name}: {type(w).__name__} {getattr(w, 'name', '')} {w.rect}"
        if not window.contains(w.rect):
            out.append(f"outside the window: {what}")
        if w.rect.top < footer.top - 1 < w.rect.bottom or w.rect.top < header.bottom - 1 < w.rect.bottom:
            out.append(f"across the header's or footer's edge: {what}")
    controls = [w for w in top.form.widgets if w.focusable]
    for i, a in enumerate(controls):
        out += [f"{top.name}: {a.rect} on {b.rect}" for b in controls[i + 1 :] if a.rect.colliderect(b.rect)]
    return out


@pytest.mark.slow
@pytest.mark.parametrize(
    "size,text_scale,seed",
    [((720, 1280), 1.5, 3), ((1280, 720), 1.5, 5)],
    ids=["upright-large-text", "sideways-large-text"],
)
def test_a_whole_run_fits_a_phone(tmp_path, size, text_scale, seed):
    app = make_app(size=size, text_scale=text_scale)
    assert app.screen.get_size() == size  # a phone's own shape, not stretched to a desktop's
    problems: list[str] = []
    play_with_bot(app, seed, tmp_path / "out", on_frame=lambda a: problems.extend(layout_problems(a)))
    assert not problems, sorted(set(problems))[:10]


def test_text_is_as_large_held_upright_as_sideways():
    assert Metrics(720, 1280, 1.0).px() == Metrics(1280, 720, 1.0).px() == 24
    assert Metrics(1170, 2532, 1.0).px() == Metrics(2532, 1170, 1.0).px()
    assert layout.footer_rows(Metrics(720, 1280, 1.0)) == 2 and layout.footer_rows(Metrics(1280, 720, 1.0)) == 1


def test_a_small_upright_window_stays_upright():
    app = make_app(size=(360, 640))
    width, height = app.screen.get_size()
    assert height > width and width >= 576


def test_a_finger_tap_chooses_the_card_under_it():
    app = make_app(size=(720, 1280))
    app.start_new()
    app.go(scene_for(app, "goal"))
    frames(app, 2)
    card = app.stack.top.cards[2]
    x, y = card.rect.center
    w, h = app.screen.get_size()
    pygame.event.post(pygame.event.Event(pygame.FINGERDOWN, x=x / w, y=y / h, touch_id=0, finger_id=0, pressure=1.0))
    pygame.event.post(pygame.event.Event(pygame.FINGERUP, x=x / w, y=y / h, touch_id=0, finger_id=0, pressure=0.0))
    frames(app, 2)
    assert app.session.profile.goal == app.session.content.goals[2].id
    assert app.stack.top.form.focused is not None and app.stack.top.form.focused.label == card.label
