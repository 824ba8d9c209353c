"""The step registry (game/steps.py): each step declared once; order, levels, next and back,
resume, the progress display and read-aloud follow from it."""

from __future__ import annotations

import pygame
import pytest

from game.app import App
from game.career import saves
from game.career.profile import Profile
from game.engine.scene import FormScene
from game.engine.widgets import TextPanel
from game.scenes.base import Screen
from game.steps import PLAY, Registry, Step, scene_for
from tests.helpers import frames, key, make_app, top_name


def test_every_step_is_declared_once_with_a_screen_and_a_level():
    ids = [s.id for s in PLAY.steps]
    assert len(ids) == len(set(ids)) and ids == PLAY.order
    assert all(issubclass(s.screen_class(), FormScene) for s in PLAY.steps)
    levels = [s.level for s in PLAY.steps if s.level is not None]
    assert levels == sorted(levels) and set(levels) == set(range(1, PLAY.levels + 1))
    assert PLAY.levels == 5


def test_a_registry_refuses_a_step_twice_or_a_gap_in_the_levels():
    with pytest.raises(ValueError, match="unique"):
        PLAY.with_step(Step("goal", CoffeeScene, None), after="goal")
    with pytest.raises(ValueError, match="gap"):
        Registry((Step("a", CoffeeScene, 1), Step("b", CoffeeScene, 3)))
    with pytest.raises(ValueError, match="gap"):
        Registry((Step("a", CoffeeScene, 2), Step("b", CoffeeScene, 1)))


def test_a_step_shown_only_sometimes_is_passed_by_next_and_back():
    app = make_app()
    assert not PLAY.shown(app, "changes")  # no earlier check on this device
    assert PLAY.following(app, "helper") == "ratings_after"
    assert PLAY.before(app, "ratings_after") == "helper"
    saves.add_to_history(Profile(step="poster", values=["good_pay"]))
    assert PLAY.following(app, "helper") == "changes"
    assert PLAY.before(app, "privacy") is None
    assert PLAY.following(app, PLAY.last) == PLAY.last


def test_the_screen_knows_its_step_and_shows_its_level_of_all_levels():
    app = make_app()
    app.session.profile = Profile(goal="values")
    app.stack.reset(scene_for(app, "future"))
    frames(app, 2)
    scene = app.stack.top
    assert (scene.name, scene.step, scene.level, scene.levels) == ("future", "future", 3, 5)
    progress = [w for w in scene.form.widgets if type(w).__name__ == "Progress"]
    assert progress and progress[0].label == app.t("ui.level_of", n=3, total=5) == "Deel 3 van 5"


def test_next_and_back_walk_the_registry_and_the_profile_remembers_where(data_dir):
    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # title -> the first step
    assert top_name(app) == PLAY.first
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == PLAY.order[1] and app.session.profile.step == PLAY.order[1]
    key(app, pygame.K_ESCAPE)  # back
    assert top_name(app) == PLAY.first and app.session.profile.step == PLAY.first
    key(app, pygame.K_ESCAPE)  # back from the first step: the title
    assert top_name(app) == "title"


def test_a_saved_step_that_no_longer_exists_resumes_at_the_first():
    assert PLAY.resume_step("a_step_removed_since") == PLAY.first
    assert PLAY.resume_step("") == PLAY.first
    assert PLAY.resume_step("values") == "values"


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


class CoffeeScene(Screen):
    """A new step, as a newcomer would write it: a title, a body, and on to the next step."""

    def title(self) -> str:
        return "Koffie"

    def body(self, area):
        panel = TextPanel("Even pauze.")
        self.stack([panel], area)
        return [panel]

    def on_next(self) -> None:
        self.app.advance(self.step)


def test_a_new_step_is_one_registry_line_and_everything_follows():
    play = PLAY.with_step(Step("coffee", CoffeeScene, 1), after="ratings_before")
    app = App(size=(1280, 720), steps=play)
    app.start()
    frames(app, 2)
    for _ in range(2):  # title -> privacy -> goal
        key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_RETURN)  # pick a goal
    key(app, pygame.K_PAGEDOWN)
    for _ in range(3):  # the rating at the start, not answered (a screen or two)
        if top_name(app) == "ratings_before":
            key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "course"  # level 1 begins: the course map
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "coffee" and app.session.profile.step == "coffee"
    assert "Koffie" in app.stack.top.speech() and "Deel 1 van 5" in [
        getattr(w, "label", "") for w in app.stack.top.form.widgets
    ]
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "interest_path"
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "coffee"
    again = App(size=(1280, 720), steps=play)  # a closed game resumes at the new step
    again.start()
    frames(again, 2)
    key(again, pygame.K_PAGEDOWN)
    assert top_name(again) == "course"
    key(again, pygame.K_PAGEDOWN)
    assert top_name(again) == "coffee"
