"""The title with a check under way: "continue" is the default; a new check asks first and keeps the old one."""

from __future__ import annotations

import json

import pygame

from game.career import saves
from game.career.profile import Profile
from game.career.session import Session, has_answers
from tests.helpers import key, make_app, press, top_name


def started(data_dir) -> dict:
    saves.save_profile(Profile(step="values", goal="values", qualities=["precise"]))
    return json.loads((data_dir / "profile.json").read_text(encoding="utf-8"))


def test_enter_on_the_title_continues_the_check_under_way(data_dir):
    before = started(data_dir)
    app = make_app()
    scene = app.stack.top
    assert scene.form.focused is scene.next_button and scene.next_button.label == "Verder waar ik was"
    key(app, pygame.K_RETURN)
    assert top_name(app) == "course"  # a returning player starts on the course map
    key(app, pygame.K_RETURN)
    assert top_name(app) == "values" and app.session.profile.qualities == ["precise"]
    assert json.loads((data_dir / "profile.json").read_text(encoding="utf-8"))["goal"] == before["goal"]


def test_a_new_check_asks_first_and_no_keeps_everything(data_dir):
    before = (started(data_dir), (data_dir / "profile.json").read_bytes())[1]
    app = make_app()
    new = next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == "new")
    press(app, new)
    assert top_name(app) == "confirm" and "nieuwe check" in app.stack.top.speech()
    key(app, pygame.K_RETURN)  # the focus starts on "no"
    assert top_name(app) == "title" and (data_dir / "profile.json").read_bytes() == before
    assert not (data_dir / "history.json").exists()
    key(app, pygame.K_PAGEDOWN)  # "continue" is still the screen's main action
    assert top_name(app) == "course"
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "values"


def test_yes_starts_a_new_check_and_keeps_the_one_under_way_in_the_history(data_dir):
    started(data_dir)
    app = make_app()
    new = next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == "new")
    press(app, new)
    key(app, pygame.K_TAB)
    key(app, pygame.K_RETURN)  # "yes, start a new check"
    assert top_name(app) == "privacy" and app.session.profile.qualities == []
    kept = saves.load_history()
    assert [(p.step, p.goal, p.qualities) for p in kept] == [("values", "values", ["precise"])]
    assert json.loads((data_dir / "profile.json").read_text(encoding="utf-8"))["qualities"] == []


def test_an_empty_check_is_not_kept_and_a_first_visit_starts_at_once():
    session = Session()
    session.profile = Profile(step="privacy")
    assert not has_answers(session.profile) and has_answers(Profile(name="Sam"))
    session.start_new()
    assert saves.load_history() == []
    app = make_app()
    assert app.stack.top.form.focused is app.stack.top.next_button
    key(app, pygame.K_RETURN)  # "Begin": no question
    assert top_name(app) == "privacy"
