"""The coach's view (issue 18): a player's passport opened from the settings as its conversation
sheet, through the real input path. It shows only what the player left on, saves nothing over the
coach's own check, and the parts switched off travel in the passport."""

from __future__ import annotations

import json
from dataclasses import replace

import pygame

from game.career import saves
from game.career.passport import read_passport, to_passport
from game.career.profile import Profile
from game.career.sheet import sheet
from game.engine import bridge
from game.scenes.poster import make_painter
from game.steps import scene_for
from tests.helpers import frames, key, make_app, press, top_name, type_text
from tests.test_sharing_and_keeping import full_profile


def player_passport(app, **changes) -> dict:
    return to_passport(replace(full_profile(), **changes), app.session.content, app.session.occupation)


def saved_files(data_dir) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.glob("*.json"))}


def test_what_the_player_switched_off_travels_in_the_passport_and_means_a_part():
    app = make_app()
    data = player_passport(app, sheet_hidden=["values", "name"])
    assert data["sheet_hidden"] == ["values", "name"]
    profile, notes = read_passport({**data, "sheet_hidden": ["values", "secrets"]}, app.session.content)
    assert profile.sheet_hidden == ["values"] and any("sheet_hidden" in n for n in notes)


def open_coach_view(app, file) -> None:
    key(app, pygame.K_F3)
    for _ in range(3):  # on the settings' next page when they do not fit on one
        entry = next((w for w in app.stack.top.form.widgets if getattr(w, "name", "") == "coach_view"), None)
        if entry is not None:
            break
        press(app, next(w for w in app.stack.top.form.widgets if getattr(w, "name", "") == "more"))
    press(app, entry)
    assert top_name(app) == "import" and "Gesprekskaart openen" in app.stack.top.speech()
    type_text(app, str(file))
    key(app, pygame.K_RETURN)  # Enter in the path field opens it


def test_a_coach_opens_a_passport_and_sees_only_what_was_shared_nothing_saved(tmp_path, data_dir, monkeypatch):
    monkeypatch.setattr(bridge, "default_export_dir", lambda: tmp_path / "exports")  # where "save" puts it
    saves.save_profile(Profile(step="values", name="Coach", values=["variety"]))  # the coach's own check
    app = make_app()
    file = tmp_path / "koers-paspoort.json"
    file.write_text(json.dumps(player_passport(app, sheet_hidden=["values", "barriers"])), encoding="utf-8")
    before = saved_files(data_dir)
    open_coach_view(app, file)

    scene = app.stack.top
    assert top_name(app) == "coach_sheet" and scene.title() == "Gesprekskaart van Sam"
    page = sheet(scene.profile, scene.content, make_painter(app).words, scene.shared())
    shown = {p.id for p in page.parts}
    assert {"interests", "job", "stage", "step", "strengths"} <= shown and not shown & {"values", "barriers"}
    said = scene.speech()
    assert "Heftruckchauffeur" in said and "Goed loon" not in said and "Te weinig tijd" not in said
    everything = sheet(scene.profile, scene.content, make_painter(app).words, {"values", "barriers"})
    assert "Goed loon" in str(everything.parts) and "Te weinig tijd" in str(everything.parts)  # (they were there)
    assert app.session.profile.name == "Coach" and saved_files(data_dir) == before

    press(app, next(w for w in scene.form.widgets if getattr(w, "name", "") == "save"))
    assert "koers-gesprekskaart.png" in app.stack.top.saved_to
    assert pygame.image.load(str(tmp_path / "exports" / "koers-gesprekskaart.png")).get_size() == (1240, 1754)
    key(app, pygame.K_PAGEDOWN)  # "Klaar": back to the settings, the coach's check as it was
    assert top_name(app) == "settings" and app.session.profile.name == "Coach"
    assert saved_files(data_dir) == before


def test_a_quick_check_passport_leaves_out_what_it_never_asked(tmp_path):
    app = make_app()  # no check of the coach's own: the view needs none
    quick = player_passport(app, quick=True, qualities=[], development_areas=[], barriers=[], name="")
    file = tmp_path / "quick.json"
    file.write_text(json.dumps(quick), encoding="utf-8")
    open_coach_view(app, file)
    scene = app.stack.top
    assert top_name(app) == "coach_sheet" and scene.title() == "Gesprekskaart van je deelnemer"
    assert scene.shared() == {"interests", "values", "job", "stage", "step", "notes"}
    assert app.session.profile is None
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "settings"


def test_a_bad_file_in_the_coach_view_says_why_and_stays(tmp_path):
    app = make_app()
    open_coach_view(app, tmp_path / "nothing-here.json")
    assert top_name(app) == "import" and "Dit bestand is er niet" in app.stack.top.speech()


def test_switched_off_on_the_consent_screen_it_is_not_in_the_passport_for_the_coach(tmp_path, monkeypatch):
    monkeypatch.setattr(bridge, "default_export_dir", lambda: tmp_path / "exports")
    app = make_app()
    app.session.profile = replace(full_profile(), quick=True, step="share", goal="use_options")
    app.stack.reset(scene_for(app, "share"))
    frames(app, 2)
    share = app.stack.top
    press(app, next(c for c in share.cards if c.label == "Wat ik belangrijk vind"))  # off
    assert app.session.profile.sheet_hidden == ["values"]
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "sheet" and "Goed loon" not in app.stack.top.speech()
    press(app, next(w for w in app.stack.top.form.widgets if getattr(w, "name", "") == "passport"))
    data = json.loads((tmp_path / "exports" / "koers-paspoort.json").read_text(encoding="utf-8"))
    assert "values" not in data and "good_pay" not in json.dumps(data)  # nowhere in it
    assert data["sheet_hidden"] == ["values"] and data["occupation"]["id"] == "heftruckchauffeur"
    assert "goal" not in data and "route" not in data and "story_answers" not in data  # not on the sheet either
    assert "options" not in data and "learn_groups" not in data  # the marked work and groups are not on it
    assert read_passport(data, app.session.content)[0].next_steps == ["talk_manager"]

    open_coach_view(app, tmp_path / "exports" / "koers-paspoort.json")
    coach = app.stack.top
    assert top_name(app) == "coach_sheet" and "values" not in coach.shared() and "Goed loon" not in coach.speech()
    assert not any(getattr(w, "name", "") == "passport" for w in coach.form.widgets)  # the coach only views


def test_a_coach_opens_a_share_link_as_a_sheet_with_only_the_links_fields(monkeypatch):
    monkeypatch.setenv("KOERS_SHARE_URL", "https://koers.example/speel/")
    app = make_app()
    app.session.profile = full_profile()
    app.stack.reset(scene_for(app, "poster"))
    frames(app, 2)
    link = app.stack.top.share_link()
    bridge.open_link(link)
    try:
        other = make_app()  # the coach's device
        assert top_name(other) == "shared"
        press(other, next(w for w in other.stack.top.form.widgets if getattr(w, "name", "") == "coach_view"))
        scene = other.stack.top
        assert top_name(other) == "coach_sheet" and scene.title() == "Gesprekskaart van Sam"
        said = scene.speech()
        assert "Goed loon" in said and "Heftruckchauffeur" in said and "Praktisch" in said  # the code's letters
        assert "Te weinig tijd" not in said and "Ahmed" not in said  # not in the link, so not on the sheet
        assert other.session.profile is None
        key(other, pygame.K_PAGEDOWN)  # "Klaar": back to the poster
        assert top_name(other) == "shared"
    finally:
        bridge.open_link("")
