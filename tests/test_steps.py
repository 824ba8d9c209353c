"""The step registry (game/steps.py): each step declared once; order, levels, next and back,
resume, the progress display and read-aloud follow from it."""

from __future__ import annotations

import pygame

from game import steps
from game.career import saves
from game.career.profile import Profile
from game.engine.scene import FormScene
from tests.helpers import frames, key, make_app, top_name


def test_every_step_is_declared_once_with_a_screen_and_a_level():
    ids = [s.id for s in steps.STEPS]
    assert len(ids) == len(set(ids))
    assert all(issubclass(s.screen, FormScene) for s in steps.STEPS)
    levels = [s.level for s in steps.STEPS if s.level is not None]
    assert levels == sorted(levels) and set(levels) == set(range(1, steps.LEVELS + 1))
    assert steps.LEVELS == 5


def test_a_step_shown_only_sometimes_is_passed_by_next_and_back():
    app = make_app()
    assert not steps.shown(app, "changes")  # no earlier check on this device
    assert steps.following(app, "helper") == "poster"
    assert steps.before(app, "poster") == "helper"
    saves.add_to_history(Profile(step="poster", values=["good_pay"]))
    assert steps.following(app, "helper") == "changes"
    assert steps.before(app, "privacy") is None
    assert steps.following(app, steps.LAST) == steps.LAST


def test_the_screen_knows_its_step_and_shows_its_level_of_all_levels():
    app = make_app()
    app.session.profile = Profile(goal="values")
    app.stack.reset(steps.scene_for(app, "future"))
    frames(app, 2)
    scene = app.stack.top
    assert (scene.name, scene.step, scene.level, scene.levels) == ("future", "future", 3, 5)
    progress = [w for w in scene.form.widgets if type(w).__name__ == "Progress"]
    assert progress and progress[0].label == app.t("ui.level_of", n=3, total=5) == "Deel 3 van 5"


def test_next_and_back_walk_the_registry_and_the_profile_remembers_where(data_dir):
    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # title -> the first step
    assert top_name(app) == steps.FIRST
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == steps.ORDER[1] and app.session.profile.step == steps.ORDER[1]
    key(app, pygame.K_ESCAPE)  # back
    assert top_name(app) == steps.FIRST and app.session.profile.step == steps.FIRST
    key(app, pygame.K_ESCAPE)  # back from the first step: the title
    assert top_name(app) == "title"


def test_a_saved_step_that_no_longer_exists_resumes_at_the_first():
    assert steps.resume_step("a_step_removed_since") == steps.FIRST
    assert steps.resume_step("") == steps.FIRST
    assert steps.resume_step("values") == "values"


def test_read_aloud_follows_the_language_after_everything_is_deleted():
    app = make_app(lang="en")
    assert app.speech.voice == "en-GB"
    app.delete_all_data()
    frames(app, 2)
    assert app.settings.lang == "nl" and app.speech.voice == "nl-NL"
    app.read_aloud()
    assert "gewist" in app.speech.said[-1]  # the Dutch notice, read in the Dutch voice


def test_read_aloud_keeps_a_bounded_record():
    app = make_app()
    for i in range(500):
        app.speak(f"zin {i}")
    assert len(app.speech.said) <= 50 and app.speech.said[-1] == "zin 499" and app.speech.count >= 500
