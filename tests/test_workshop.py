"""The facilitator mode: the session plan stepped through with a presenter's keys, the black
screen, the clock, codes typed in (a wrong one changes nothing), the group view from five
codes, and the participant's group code on the poster."""

from __future__ import annotations

import json
import random

import pygame

from game.autoplay import simulated_codes
from game.career import saves
from game.career.group import GroupCard, decode, encode
from game.career.profile import Profile
from game.career.workshop import PARTS, SLIDES, planned, total_minutes
from tests.helpers import frames, key, make_app, press, top_name, type_text


def open_workshop(size=(1920, 1080)):
    app = make_app(size=size)
    button = next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == "workshop")
    press(app, button)
    assert top_name(app) == "workshop"
    return app


def go_to(app, kind: str) -> None:
    scene = app.stack.top
    while scene.slide.kind != kind:
        if scene.slide.kind == "occupation" and scene.occupation is None:
            key(app, pygame.K_RETURN)  # the focused job
        key(app, pygame.K_PAGEDOWN)


def test_the_plan_takes_60_to_90_minutes_and_every_part_has_a_slide():
    assert 60 <= total_minutes() <= 90
    assert {s.part for s in SLIDES} == {p.id for p in PARTS}
    assert planned("opening") == (0, 5) and planned("closing")[1] == total_minutes()


def test_the_facilitator_steps_through_with_page_keys_and_can_go_black(data_dir):
    app = open_workshop()
    scene = app.stack.top
    assert "geen leidinggevende" in scene.speech().lower() or "leidinggevende" in scene.speech()
    key(app, pygame.K_PAGEDOWN)
    said = scene.speech()
    assert scene.slide.key == "privacy" and "Je werkgever ziet niets" in said and "vijf codes" in said
    key(app, pygame.K_b)  # the clicker's black-screen key
    assert scene.black and app.screen.get_at((960, 540))[:3] == (0, 0, 0)
    key(app, pygame.K_PAGEDOWN)  # any key brings the picture back, and does nothing else
    assert not scene.black and scene.slide.key == "privacy"
    key(app, pygame.K_t)  # the facilitator's clock
    assert scene.show_clock
    key(app, pygame.K_PAGEUP)
    assert scene.slide.key == "welcome"


def test_the_group_picks_a_job_and_sees_its_figures_with_their_sources(data_dir):
    app = open_workshop()
    scene = app.stack.top
    go_to(app, "occupation")
    key(app, pygame.K_PAGEDOWN)  # nothing chosen yet: a hint, and the slide stays
    assert scene.slide.kind == "occupation" and scene.hint
    key(app, pygame.K_RETURN)
    assert scene.occupation == app.session.content.occupations[0].id
    key(app, pygame.K_PAGEDOWN)
    assert scene.slide.kind == "figures"
    said = scene.speech()
    assert "Bron:" in said and "Magazijnmedewerker" in said
    while scene.slide.kind != "story":
        key(app, pygame.K_PAGEDOWN)
    said = scene.speech()
    while scene.page < scene.pages_total - 1:  # the story reads on, then its choices and the question
        key(app, pygame.K_PAGEDOWN)
        said += scene.speech()
    assert "samengesteld" in said and "A. " in said and "Wat zou jij doen?" in said


def test_codes_typed_in_show_the_group_only_from_five_and_a_wrong_code_changes_nothing(data_dir, tmp_path):
    app = open_workshop()
    scene = app.stack.top
    go_to(app, "codes")
    codes = simulated_codes(random.Random(4), app.session.content, 5)
    wrong, good = codes[0], codes[1:]
    for code in [wrong, *good[:4]]:
        scene.form.focus = scene.form.focusable().index(scene.field)
        type_text(app, code)
        add = next(w for w in scene.form.focusable() if getattr(w, "name", "") == "add")
        press(app, add)
        if code == wrong:
            assert "tikfout" in scene.message and scene.cards == [] and scene.typed == wrong  # kept, to be fixed
            scene.typed = ""
    assert len(scene.cards) == 4 and "vijf" in scene.speech()
    key(app, pygame.K_PAGEDOWN)
    assert scene.slide.kind == "group" and "Nog geen totalen" in scene.speech()
    key(app, pygame.K_PAGEUP)
    scene.form.focus = scene.form.focusable().index(scene.field)
    type_text(app, good[4].lower())  # lower case is fine too
    press(app, next(w for w in scene.form.focusable() if getattr(w, "name", "") == "add"))
    assert len(scene.cards) == 5
    key(app, pygame.K_PAGEDOWN)
    said = scene.speech()
    assert "Wat we graag doen" in said and "Nog geen totalen" not in said
    totals = json.loads(scene.group_json())
    assert totals["codes"] == 5 and sum(totals["stages"].values()) == 5
    scene.save_png_to(tmp_path / "group.png")
    assert pygame.image.load(str(tmp_path / "group.png")).get_size() == (1920, 1600)


def test_the_poster_offers_a_group_code_that_holds_only_coarse_fields(data_dir):
    saves.save_profile(
        Profile(step="poster", goal="values", name="Kim", stage="thinking", route="learn", values=["good_pay"])
    )
    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # continue: the course map, then the poster
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "poster"
    button = next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == "group_code")
    press(app, button)
    assert top_name(app) == "group_code"
    scene = app.stack.top
    card = decode(scene.code, app.session.content)
    assert card == GroupCard("thinking", "learn", ("good_pay",), "", ())
    assert "Kim" not in scene.speech() and scene.code.replace("-", "")[0] in scene.speech()
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "poster"


def test_autoplay_plays_the_whole_session_and_writes_the_group_files(tmp_path, data_dir):
    from game.autoplay import Autoplay

    app = make_app(size=(1920, 1080))
    bot = Autoplay(3, tmp_path, screenshots=False, mode="workshop")
    app.autoplay = bot
    while app.running:
        app.step(0.0)
    assert bot.finished
    group = json.loads((tmp_path / "group.json").read_text(encoding="utf-8"))
    assert group["codes"] == 7  # the mistyped one was refused
    assert (tmp_path / "group.png").stat().st_size > 10_000
    frames(app)
    assert app.locale.missing == set()  # every text of every slide exists (no [[key]])


def test_a_code_round_trips_from_the_simulated_participants():
    from game.career.content import load_content

    content = load_content()
    for code in simulated_codes(random.Random(1), content, 6)[1:]:
        assert encode(decode(code, content), content) == code


def test_help_over_the_session_is_the_facilitators_guide(data_dir):
    app = open_workshop(size=(1280, 720))
    key(app, pygame.K_F1)
    said = app.stack.top.speech()
    assert top_name(app) == "help" and "leidinggevende" in said and "vijf codes" in said


def test_the_group_votes_each_round_and_sees_what_came_of_it(data_dir):
    app = open_workshop()
    scene = app.stack.top
    go_to(app, "scenario")
    future = scene.future
    assert future is not None and future.playable and future.phase == "vote"
    assert scene.title().startswith("Ronde 1 van 3")
    learn = next(c for c in scene.form.focusable() if getattr(c, "label", "").startswith("Iets leren"))
    for _ in range(3):  # three hands for "learn something"
        press(app, learn)
        learn = next(c for c in scene.form.focusable() if getattr(c, "label", "").startswith("Iets leren"))
    assert future.votes == {"learn": 3} and learn.badge() == "3"
    key(app, pygame.K_PAGEDOWN)  # the most hands are played
    assert future.phase == "result" and future.game.choices[0] == ["learn"]
    said = scene.speech()
    assert "Je leert" in said
    key(app, pygame.K_PAGEUP)  # back: the vote again, nothing played
    assert future.phase == "vote" and future.game.choices[0] == []
    while scene.slide.kind == "scenario":
        key(app, pygame.K_PAGEDOWN)  # no hands: the group chooses nothing, and that is fine
    assert scene.slide.kind == "story"
