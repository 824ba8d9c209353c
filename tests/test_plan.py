"""Level 4: choices that clash are said plainly and the player says which holds; each step
made concrete on one screen."""

from __future__ import annotations

import pygame

from game.career import saves
from game.career.plan_checks import CLASHES, clashes, other, replacements
from game.career.profile import Profile
from tests.helpers import frames, key, make_app, press, saved_profile, top_name


def test_a_clash_is_found_only_when_both_choices_hold():
    assert clashes(Profile(route="move", stage="preparing")) == []
    assert clashes(Profile(route="stay", stage="staying")) == []
    found = clashes(Profile(goal="other_employer", route="move", stage="staying"))
    assert [(c.earlier.value, c.later.value) for c in found] == [("move", "staying"), ("other_employer", "staying")]


def test_the_choice_made_again_never_brings_a_new_clash():
    move_stay = CLASHES[0]
    profile = Profile(goal="other_employer", route="move", stage="staying")
    again = other(move_stay, move_stay.later)  # "staying" holds: the route is chosen again
    assert again.field == "route"
    assert replacements(profile, again, ["learn", "move", "stay"]) == ["learn"]  # "stay" clashes with the goal
    again = other(move_stay, move_stay.earlier)  # "move" holds: the stage is chosen again
    assert replacements(profile, again, ["not_yet", "thinking", "preparing", "staying"]) == ["thinking", "preparing"]


def test_route_move_with_stage_staying_asks_which_holds_and_the_other_is_chosen_again(data_dir):
    saves.save_profile(Profile(step="stage", goal="values", route="move", stage="staying"))
    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # title -> the course map
    key(app, pygame.K_PAGEDOWN)  # -> where you stand (already chosen)
    assert top_name(app) == "stage"
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "check"
    scene = app.stack.top
    said = scene.speech()
    assert "Naar werk dat erop lijkt" in said and "Ik kies bewust om te blijven" in said
    key(app, pygame.K_PAGEDOWN)  # nothing chosen yet: it stays, with a hint
    assert top_name(app) == "check" and scene.hint
    press(app, scene.cards[1])  # "staying" holds
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "check" and scene.title() == "Wat wil je met je werk?"
    labels = [c.label for c in scene.cards]
    assert "Naar werk dat erop lijkt" not in labels and "Blijven en groeien waar ik ben" in labels
    assert saved_profile(data_dir)["route"] == "move"  # nothing changes until the new choice is made
    press(app, next(c for c in scene.cards if c.label == "Blijven en groeien waar ik ben"))
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "steps"
    saved = saved_profile(data_dir)
    assert saved["route"] == "stay" and saved["stage"] == "staying"


def test_going_back_from_the_new_choice_changes_nothing(data_dir):
    saves.save_profile(Profile(step="check", goal="values", route="move", stage="not_yet"))
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    scene = app.stack.top
    assert top_name(app) == "check"
    press(app, scene.cards[0])  # "move" holds: the stage again
    key(app, pygame.K_PAGEDOWN)
    assert scene.title() == "Waar sta je nu?"
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "check" and scene.again is None
    assert app.session.profile.route == "move" and app.session.profile.stage == "not_yet"


def test_without_a_clash_the_check_is_not_shown(data_dir):
    saves.save_profile(Profile(step="stage", goal="values", route="learn", stage="thinking"))
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "steps"


def test_the_first_step_is_made_concrete_on_one_screen_with_the_keyboard(data_dir):
    saves.save_profile(Profile(step="plan", goal="values", next_steps=["talk_manager", "find_course"]))
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    scene = app.stack.top
    assert top_name(app) == "plan" and scene.together
    assert scene.title() == "Je eerste stap: Praten met mijn leidinggevende"
    said = scene.speech()
    assert "Wanneer doe je dit?" in said and "Waar doe je dit?" in said and "Met wie doe je dit?" in said
    labels = {c.label for c in scene.cards}
    assert "Met mijn leidinggevende" in labels and "Alleen" not in labels  # a talk is never done alone
    for label in ("Deze week", "Op mijn werk", "Met een collega"):
        press(app, next(c for c in scene.cards if c.label == label))
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "barriers"  # only the first step is planned; the second stays as chosen
    plans = saved_profile(data_dir)["step_plans"]
    assert plans == {"talk_manager": {"when": "this_week", "where": "at_work", "who": "colleague"}}
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "plan" and app.stack.top.title().startswith("Je eerste stap")


def test_a_step_done_by_oneself_can_be_planned_alone(data_dir):
    saves.save_profile(Profile(step="plan", goal="values", next_steps=["find_course"]))
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "plan" and "Alleen" in {c.label for c in app.stack.top.cards}


def test_at_large_text_on_a_small_screen_the_questions_come_one_at_a_time(data_dir):
    saves.save_profile(Profile(step="plan", goal="values", next_steps=["talk_manager"]))
    app = make_app(size=(1024, 576), text_scale=1.5)
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    scene = app.stack.top
    assert top_name(app) == "plan" and not scene.together
    asked = []
    while top_name(app) == "plan":
        frames(app)
        asked.append(scene.sub)
        for w in scene.form.widgets:
            assert (
                w.rect.bottom <= scene.next_button.rect.top
                or w in scene.header_widgets
                or w.name
                in (
                    "next",
                    "back",
                    "more",
                )
            )
        key(app, pygame.K_PAGEDOWN)
    assert asked == [0, 1, 2] and top_name(app) == "barriers"
