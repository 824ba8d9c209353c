"""Saves: persisted settings, resume, and bad saves set aside with one plain sentence."""

from __future__ import annotations

import json

import pygame

from game.career import saves
from game.career.profile import PROFILE_VERSION, Profile
from game.engine import storage
from tests.helpers import frames, key, make_app, top_name


def write(data_dir, name, text):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / f"{name}.json").write_text(text, encoding="utf-8")


def test_corrupt_profile_is_set_aside_and_the_player_is_told(data_dir):
    write(data_dir, "profile", '{"version": 1, "goal": "val')
    app = make_app()
    assert top_name(app) == "notice"
    assert "beschadigd" in app.stack.top.speech()
    kept = list(data_dir.glob("profile.broken-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").startswith('{"version": 1')
    assert app.session.profile is None
    key(app, pygame.K_RETURN)  # OK
    assert top_name(app) == "title"
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "privacy" and app.session.profile is not None


def test_wrong_shape_profile_is_set_aside(data_dir):
    write(data_dir, "profile", json.dumps({"version": 1, "values": "not a list"}))
    app = make_app()
    assert top_name(app) == "notice" and list(data_dir.glob("profile.broken-*.json"))


def test_profile_from_a_newer_game_is_kept_aside(data_dir):
    write(data_dir, "profile", json.dumps({"version": PROFILE_VERSION + 1, "goal": "x"}))
    app = make_app(lang="en")
    assert "newer version" in app.stack.top.speech()
    assert list(data_dir.glob("profile.broken-*.json"))


def test_older_profile_is_migrated(data_dir, monkeypatch):
    old = {"version": 0, "goal": "values", "strengths": ["precise"]}

    def v0_to_v1(data):
        data["qualities"] = data.pop("strengths")
        data["version"] = 1
        return data

    monkeypatch.setitem(saves.MIGRATIONS, 0, v0_to_v1)
    write(data_dir, "profile", json.dumps(old))
    app = make_app()
    assert top_name(app) == "notice" and app.session.profile.qualities == ["precise"]
    assert json.loads((data_dir / "profile.json").read_text())["version"] == PROFILE_VERSION


def test_unreadable_profile_is_set_aside(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "profile.json").write_bytes(b"\xff\xfe\x00garbage")
    profile, notice = saves.load_profile()
    assert profile is None and notice in ("notice.save_unreadable", "notice.save_corrupt")
    assert list(data_dir.glob("profile.broken-*.json"))


def test_settings_persist_between_sessions(data_dir):
    app = make_app()
    key(app, pygame.K_F3)
    assert top_name(app) == "settings"
    key(app, pygame.K_TAB)  # language -> text size
    key(app, pygame.K_RETURN)  # 125 %
    key(app, pygame.K_RETURN)  # 150 %
    key(app, pygame.K_TAB)
    key(app, pygame.K_RETURN)  # high contrast on
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "title"
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["text_scale"] == 1.5 and saved["high_contrast"] is True
    again = make_app()
    assert again.settings.text_scale == 1.5 and again.ui.metrics.px() == 36
    assert again.theme is again.themes["high_contrast"]


def test_broken_settings_fall_back_to_defaults(data_dir):
    write(data_dir, "settings", json.dumps({"lang": "fr", "text_scale": 9}))
    app = make_app()
    assert app.settings == storage.Settings()
    assert top_name(app) == "notice"


def test_language_switch_at_any_time():
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    assert "Jouw antwoorden" in app.stack.top.speech()
    key(app, pygame.K_F3)
    key(app, pygame.K_RETURN)  # language: nl -> en
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "privacy" and "Your answers" in app.stack.top.speech()


def test_closing_and_reopening_resumes_at_the_same_step(data_dir):
    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # title -> privacy
    key(app, pygame.K_PAGEDOWN)  # privacy -> goal
    key(app, pygame.K_RETURN)  # pick the focused goal
    key(app, pygame.K_PAGEDOWN)  # -> where do you stand (the rating at the start)
    assert top_name(app) == "ratings_before"
    saved = json.loads((data_dir / "profile.json").read_text())
    assert saved["step"] == "ratings_before" and saved["goal"]
    again = make_app(size=(1024, 576), text_scale=1.5)
    assert top_name(again) == "title"
    names = [getattr(w, "name", "") for w in again.stack.top.form.focusable()]
    assert "new" in names  # "new check" offered beside "continue"
    key(again, pygame.K_PAGEDOWN)
    assert top_name(again) == "ratings_before" and again.session.profile.goal == saved["goal"]


def test_new_check_starts_a_fresh_profile(data_dir):
    saves.save_profile(Profile(step="values", goal="values", qualities=["precise"]))
    app = make_app()
    new = next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == "new")
    new.activate()
    frames(app, 2)
    assert top_name(app) == "confirm"  # it asks first (tests/test_title.py)
    key(app, pygame.K_TAB)
    key(app, pygame.K_RETURN)
    assert top_name(app) == "privacy" and app.session.profile.qualities == []
