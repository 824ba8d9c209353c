"""Issue 6: share link end to end, skills passport import, delete my data, what changed, the plan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame

from game.career import saves
from game.career.passport import from_passport, to_passport
from game.career.profile import Profile
from game.career.share import decode
from game.engine import bridge
from game.steps import scene_for
from tests.helpers import frames, key, make_app, press, top_name

ROOT = Path(__file__).resolve().parent.parent
FORKLIFT = "eeac6251-1974-42f5-91ed-513c6c883755"


def full_profile() -> Profile:
    return Profile(
        step="poster",
        name="Sam",
        goal="use_options",
        interest_answers={"ip01": 5, "ip02": 4, "ip11": 4},
        qualities=["handy", "precise"],
        development_areas=["computers"],
        colleague_qualities=["calm"],
        values=["good_pay", "together", "learning", "variety", "fixed_hours"],
        occupation="heftruckchauffeur",
        route="move",
        options=["bea705fe-06ac-4147-b8e0-6e8ac1208d8f"],
        learn_groups=["S4.2"],
        stage="preparing",
        next_steps=["talk_manager"],
        step_plans={"talk_manager": {"when": "this_week", "where": "at_work", "who": "manager"}},
        barriers=["time"],
        helper="Ahmed",
        reflection="this stays private",
    )


def test_share_link_from_the_poster_opens_read_only_elsewhere(monkeypatch):
    monkeypatch.setenv("KOERS_SHARE_URL", "https://koers.example/speel/")
    app = make_app()
    app.session.profile = full_profile()
    app.stack.reset(scene_for(app, "poster"))
    frames(app, 2)
    link = app.stack.top.share_link()
    fields = decode(link)
    assert fields["n"] == "Sam" and fields["o"] == FORKLIFT and fields["c"] == "RC"
    assert "this stays private" not in json.dumps(fields) and "Ahmed" not in json.dumps(fields)
    # another device opens the link: the poster, read-only; nothing of its own is saved
    bridge.open_link(link)
    try:
        other = make_app()
        assert top_name(other) == "shared"
        assert other.stack.top.shared_profile.values == fields["v"]
        assert other.session.profile is None
        key(other, pygame.K_PAGEDOWN)
        assert top_name(other) == "title"
    finally:
        bridge.open_link("")


def test_a_damaged_link_says_so_plainly():
    bridge.open_link("https://koers.example/#p=AAAAthisisnotright")
    try:
        app = make_app()
        assert top_name(app) == "notice" and "beschadigd" in app.stack.top.speech()
        key(app, pygame.K_RETURN)
        assert top_name(app) == "title"
    finally:
        bridge.open_link("")


def test_passport_round_trip_restores_the_profile_except_the_private_reflection():
    app = make_app()
    profile = full_profile()
    restored = from_passport(json.loads(json.dumps(to_passport(profile, app.session.content, app.session.occupation))))
    for name in (
        "name",
        "goal",
        "interest_answers",
        "qualities",
        "development_areas",
        "colleague_qualities",
        "values",
        "occupation",
        "route",
        "options",
        "learn_groups",
        "stage",
        "next_steps",
        "step_plans",
        "barriers",
        "helper",
    ):
        assert getattr(restored, name) == getattr(profile, name), name
    assert restored.reflection == ""


def test_import_on_the_command_line(tmp_path, data_dir):
    app = make_app()
    passport = tmp_path / "profile.json"
    passport.write_text(
        json.dumps(to_passport(full_profile(), app.session.content, app.session.occupation)), encoding="utf-8"
    )
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "KOERS_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-m", "game", "--import", str(passport)]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert "Je paspoort is ingelezen." in proc.stdout  # in the player's language (Dutch first)
    assert json.loads((data_dir / "profile.json").read_text())["helper"] == "Ahmed"
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "something else"}', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "game", "--import", str(broken), "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and "This is not a Koers passport." in proc.stdout


def test_delete_my_data_asks_first_then_removes_everything(data_dir):
    saves.save_profile(full_profile())
    saves.add_to_history(full_profile())
    app = make_app(text_scale=1.25)
    assert (data_dir / "profile.json").exists() and (data_dir / "history.json").exists()
    key(app, pygame.K_F3)
    delete = next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == "delete")
    press(app, delete)
    assert top_name(app) == "confirm"
    key(app, pygame.K_RETURN)  # the focus starts on "no, delete nothing"
    assert top_name(app) == "settings" and (data_dir / "profile.json").exists()
    press(app, delete)
    key(app, pygame.K_TAB)
    key(app, pygame.K_RETURN)  # "yes, delete everything"
    assert not list(data_dir.glob("*.json"))
    assert top_name(app) == "notice" and app.session.profile is None and app.settings.text_scale == 1.0


def test_a_new_check_shows_what_changed_since_the_last(data_dir):
    app = make_app()
    old = full_profile()
    old.updated = "2024-05-01T10:00:00+00:00"
    app.session.profile = old
    app.start_new()
    assert saves.load_history()[-1].values == old.values
    app.session.profile.values = ["outdoors", "together", "learning"]
    app.session.profile.stage = "staying"
    app.session.profile.step = "changes"
    app.stack.reset(scene_for(app, "changes"))
    frames(app, 2)
    said = app.stack.top.speech()
    assert "2024-05-01" in said and "Buiten werken" in said and "Ik kies bewust om te blijven" in said


def test_steps_fit_the_route_and_each_is_made_concrete():
    app = make_app()
    app.session.profile = Profile(step="steps", route="stay")
    app.stack.reset(scene_for(app, "steps"))
    frames(app, 2)
    ids = [o.id for o in app.stack.top.options()]
    assert "look_vacancies" not in ids and "ask_tasks" in ids
    key(app, pygame.K_RETURN)
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "plan"
    for arrow in (pygame.K_DOWN, pygame.K_DOWN, None):  # when, where, with whom: one row each, on one screen
        key(app, pygame.K_RETURN)
        if arrow:
            key(app, arrow)
    key(app, pygame.K_PAGEDOWN)
    step = app.session.profile.next_steps[0]
    assert set(app.session.profile.step_plans[step]) == {"when", "where", "who"}
    assert top_name(app) == "barriers"
