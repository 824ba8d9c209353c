"""Issue 19: nothing a player receives, imports or has saved crashes Koers. The cases found by
trying (a link whose date is not a date, a passport whose interests are not a mapping, a save
with values that make no sense, two windows saving at once), a scene that fails, and text of
any kind on screen."""

from __future__ import annotations

import json
import threading

import pygame
import pytest

from game.career import saves
from game.career.content import load_content
from game.career.passport import PassportError, import_file, read_file, read_passport, to_passport
from game.career.profile import Profile
from game.career.share import link
from game.engine import bridge, storage
from game.engine.i18n import Locale
from game.engine.loop import Engine
from game.engine.plain import to_plain
from game.engine.text_field import TextField
from game.engine.widgets import Button, ChoiceCard, TextPanel
from game.steps import scene_for
from tests.helpers import frames, key, make_app, top_name

FIELDS = {"n": "Samira", "q": ["precise"], "v": ["good_pay"], "c": "R", "s": [8, 0, 0, 0, 0, 0]}


@pytest.mark.parametrize("date", ["morgen", "", "\u200f", "2026-02-30", "2026-1-5"])
def test_a_link_whose_date_is_not_a_date_opens_its_poster(date):
    bridge.open_link(link("https://koers.example/", {**FIELDS, "dt": date}))
    try:
        app = make_app()
        frames(app, 3)
        assert top_name(app) == "shared"
        shared = app.stack.top
        assert shared.shared_profile.name == "Samira" and shared.shared_profile.values == ["good_pay"]
        assert shared.render().get_width() > 0
        key(app, pygame.K_PAGEDOWN)
        assert top_name(app) == "title"
    finally:
        bridge.open_link("")


def test_a_link_with_ids_that_do_not_exist_leaves_them_off():
    fields = {**FIELDS, "q": ["precise", "no_such_quality"], "g": "\u202egoal", "o": "not an occupation"}
    bridge.open_link(link("https://koers.example/", fields))
    try:
        app = make_app()
        profile = app.stack.top.shared_profile
        assert profile.qualities == ["precise"] and profile.goal is None and profile.occupation is None
    finally:
        bridge.open_link("")


def passport(app) -> dict:
    return json.loads(
        json.dumps(to_passport(Profile(name="Sam", values=["good_pay"]), app.session.content, app.session.occupation))
    )


@pytest.mark.parametrize("interests", ["strongly like", 5, [1, 2], {"answers": "all", "path": 3}])
def test_a_passport_whose_interests_are_not_a_mapping_imports_the_rest(tmp_path, data_dir, interests):
    app = make_app()
    doc = {**passport(app), "interests": interests, "occupation": "forklift", "options": {"id": 1}}
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    message = import_file(path, Locale("nl").t)
    assert message.startswith("Je paspoort is ingelezen.") and "weggelaten" in message
    assert import_file(tmp_path / "nothing.json", Locale("en").t) == (
        "! This file is not there. Check the folder and the name. What you had saved has not changed."
    )
    saved = json.loads((data_dir / "profile.json").read_text(encoding="utf-8"))
    assert saved["name"] == "Sam" and saved["values"] == ["good_pay"] and saved["interest_answers"] == {}
    profile, notes = read_passport(doc, app.session.content)
    assert profile.interest_path == "full" and profile.occupation is None and notes


def test_a_passport_that_is_no_passport_says_why(tmp_path):
    reasons = {}
    for name, text in {"missing": None, "broken": "{not json", "other": '{"format": "x"}', "newer": ""}.items():
        path = tmp_path / f"{name}.json"
        if name == "newer":
            text = json.dumps({"format": "koers-passport", "version": 99})
        if text is not None:
            path.write_text(text, encoding="utf-8")
        with pytest.raises(PassportError) as err:
            read_file(path)
        reasons[name] = err.value.reason
    assert reasons == {"missing": "missing", "broken": "damaged", "other": "not_passport", "newer": "newer"}


def test_a_save_with_values_that_make_no_sense_resumes_without_them(data_dir):
    odd = to_plain(Profile(step="helper", values=["good_pay"], interest_answers={"ip01": 4, "ip02": 9}))
    odd.update({"helper": "\u200f", "updated": "gisteren", "goal": "no_such_goal", "qualities": ["precise", "x"]})
    data_dir.mkdir(parents=True)
    (data_dir / "profile.json").write_text(json.dumps(odd), encoding="utf-8")
    app = make_app()
    app.stack.reset(app.first_scene())
    app.resume()  # "continue where I was": the course map first
    frames(app, 3)
    assert top_name(app) == "course"
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "helper"  # the name that looks empty is drawn in its text field
    key(app, pygame.K_TAB)
    profile = app.session.profile
    assert profile.interest_answers == {"ip01": 4} and profile.goal is None and profile.qualities == ["precise"]
    assert profile.helper == "\u200f" and profile.values == ["good_pay"]
    assert [json.loads(p.read_text())["helper"] for p in data_dir.glob("profile.broken-*.json")] == ["\u200f"]
    again = make_app()  # the player was told, once
    assert top_name(again) == "title"
    assert "notice.save_repaired" not in again.session.notices and "notice.save_repaired" in app.session.notices


def test_a_save_with_a_value_of_the_wrong_kind_keeps_the_rest(data_dir):
    odd = to_plain(Profile(step="values", values=["good_pay"], qualities=["precise"]))
    odd.update({"qualities": ["handy", 7, None], "interest_answers": "all 5", "no_job": "no"})
    data_dir.mkdir(parents=True)
    (data_dir / "profile.json").write_text(json.dumps(odd), encoding="utf-8")
    profile, notice = saves.load_profile(load_content())
    assert notice == "notice.save_repaired" and profile.values == ["good_pay"] and profile.qualities == ["handy"]
    assert profile.interest_answers == {} and profile.no_job is False and profile.step == "values"


def test_two_windows_saving_at_once_never_collide(data_dir):
    errors: list[BaseException] = []

    def window(n: int) -> None:
        try:
            for i in range(150):
                bridge.save("profile", json.dumps({"window": n, "i": i}))
        except BaseException as exc:  # noqa: BLE001 (what the test looks for)
            errors.append(exc)

    threads = [threading.Thread(target=window, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert json.loads((data_dir / "profile.json").read_text())["i"] == 149  # the last write wins, whole
    assert [p.name for p in data_dir.iterdir()] == ["profile.json"]  # no temporary file left


def test_a_window_that_finds_the_save_changed_under_it_says_so(data_dir):
    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # a new check: privacy
    assert top_name(app) == "privacy"
    newer = Profile(step="values", name="from the other window")
    bridge.save("profile", json.dumps(to_plain(newer)))  # the other window saves
    key(app, pygame.K_PAGEDOWN)  # this window moves on and would save
    assert top_name(app) == "save_changed"
    assert json.loads((data_dir / "profile.json").read_text())["name"] == "from the other window"
    key(app, pygame.K_RETURN)  # the focus starts on "go on with the newer check"
    assert top_name(app) == "title" and app.session.profile.name == "from the other window"
    key(app, pygame.K_PAGEDOWN)  # continue: the course map, then the check
    assert top_name(app) == "course"
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "values"


def test_a_window_may_keep_its_own_check_over_the_other(data_dir):
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    bridge.save("profile", json.dumps(to_plain(Profile(name="other"))))
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "save_changed"
    key(app, pygame.K_TAB)
    key(app, pygame.K_RETURN)  # "keep this check"
    assert top_name(app) == "goal"
    assert json.loads((data_dir / "profile.json").read_text())["step"] == "goal"
    key(app, pygame.K_RETURN)  # and it saves as before
    assert saves.load_profile()[0].goal


def test_a_scene_that_fails_shows_one_sentence_and_the_way_back(data_dir, monkeypatch):
    monkeypatch.setattr(Engine, "catch_errors", True)
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_RETURN)  # a goal
    assert top_name(app) == "goal"
    saved = (data_dir / "profile.json").read_text()
    scene = app.stack.top

    def broken(surface):
        raise RuntimeError("a bug in this screen")

    monkeypatch.setattr(scene, "draw", broken)
    app.redraw = True
    frames(app, 2)
    assert top_name(app) == "notice" and "ging iets mis" in app.stack.top.speech()
    assert (data_dir / "profile.json").read_text() == saved  # nothing saved is lost
    key(app, pygame.K_RETURN)
    assert top_name(app) == "title"
    key(app, pygame.K_PAGEDOWN)  # continue where I was
    assert top_name(app) == "goal" and app.session.profile.goal


def test_the_way_back_failing_too_is_not_a_loop(monkeypatch):
    monkeypatch.setattr(Engine, "catch_errors", True)
    app = make_app()

    def broken(surface):
        raise RuntimeError("everything fails")

    monkeypatch.setattr(app.stack, "draw", broken)  # every screen, the safe one too
    app.redraw = True
    with pytest.raises(RuntimeError):
        frames(app, 5)


ODD_TEXTS = [
    "",
    " ",
    "\u200f",
    "\u200b\u200b",
    "\x00",
    "a\x00b\x1b[31m",
    "\ud800",
    "x" * 5000,
    "😀" * 50,
    "مرحبا بالعالم",
    "\u202eesrever",
    "line\n\n\nline",
    "\t",
    "W" * 300 + " " + "i" * 300,
]


def test_screens_draw_whatever_text_they_get():
    app = make_app()
    ui = app.ui
    for text in ODD_TEXTS:
        for width in (0, 200):
            assert ui.render(text, "body", width=width).get_height() > 0
            ui.render(text, "title", width=width, bold=True, bg=ui.theme.bg)
        ui.text_size(text)
        widgets = [
            TextPanel(text),
            Button(text, lambda: None),
            ChoiceCard(text, "anchor", lambda: None),
            TextField(text, lambda t=text: t, lambda v: None, text),
        ]
        for widget in widgets:
            widget.place(pygame.Rect(20, 20, 400, 200), ui)
            widget.draw(app.screen, ui, False, False)
            widget.draw(app.screen, ui, True, True)
    app.session.profile = Profile(step="poster", name="\u200f", helper="\x00" * 3)
    app.stack.reset(scene_for(app, "poster"))
    frames(app, 3)
    assert top_name(app) == "poster"


def test_settings_that_make_no_sense_are_set_aside(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text(json.dumps({"lang": "en", "text_scale": 7, "auto_read": "yes"}))
    settings, notice = storage.load_settings()
    assert settings == storage.Settings(lang="en") and notice == "notice.settings_reset"
