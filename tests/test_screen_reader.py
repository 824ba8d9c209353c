"""Screen readers and read-aloud on the first screen (issue 13, points 7 and 9), without a browser:
what goes to the page's live region (the mirror's record), and the note that a browser reads
aloud only after the first key. The browser side: tests/browser/test_page_in_browser.py."""

from __future__ import annotations

import pygame

from game.engine import bridge
from game.engine.speech import Mirror
from game.steps import scene_for
from tests.helpers import frames, key, make_app, top_name, type_text


class FakeScene:
    def __init__(self, shown: int, text: str, focus: str) -> None:
        self.shown, self.text, self.focus = shown, text, focus

    def speech(self) -> str:
        return self.text

    def focus_speech(self) -> str:
        return self.focus


def test_the_mirror_says_a_new_screen_whole_then_only_where_the_focus_goes():
    lang = ["nl"]
    mirror = Mirror(lambda: lang[0])
    scene = FakeScene(1, "Koers. Keuzes: Begin. Nu: Begin.", "Begin")
    mirror.follow(scene)
    mirror.follow(scene)  # nothing changed: nothing said again
    assert list(mirror.said) == ["Koers. Keuzes: Begin. Nu: Begin."]
    scene.focus = "English"
    mirror.follow(scene)
    assert list(mirror.said)[-1] == "English"
    scene.shown, scene.text = 2, "Jouw antwoorden."  # a new screen inside the same scene
    mirror.follow(scene)
    assert list(mirror.said)[-1] == "Jouw antwoorden."
    lang[0], scene.text = "en", "Your answers."  # another language: the screen again
    mirror.follow(scene)
    assert list(mirror.said)[-1] == "Your answers."
    mirror.announce("Your answers.")  # the same text twice in a row is said once
    assert list(mirror.said).count("Your answers.") == 1


def test_every_screen_and_every_focus_move_reaches_the_mirror():
    app = make_app()
    said = app.mirror.said
    assert said[-1] == app.stack.top.speech() and said[-1].startswith("Koers")
    key(app, pygame.K_TAB)
    assert said[-1] == app.stack.top.form.focused.speech() == "English"
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "privacy" and said[-1] == app.stack.top.speech()
    key(app, pygame.K_PAGEDOWN)  # the goal: a card, chosen with Enter, says it is chosen
    assert top_name(app) == "goal"
    key(app, pygame.K_RETURN)
    assert said[-1].endswith(", gekozen") and said[-1].startswith(app.stack.top.form.focused.speech())
    key(app, pygame.K_F3)  # an overlay is a screen too; closing it says the screen below again
    assert top_name(app) == "settings" and said[-1].startswith("Instellingen")
    key(app, pygame.K_ESCAPE)
    assert said[-1] == app.stack.top.speech()
    app.speak("Kies eerst iets.")  # a hint read aloud goes to the mirror as well
    assert said[-1] == "Kies eerst iets."


def test_a_text_field_is_said_once_not_at_every_letter():
    app = make_app()
    app.start_new()
    app.go(scene_for(app, "job"))
    frames(app, 2)
    count = len(app.mirror.said)
    type_text(app, "kapper")
    assert len(app.mirror.said) == count  # typing: no new announcements


def test_the_title_says_reading_aloud_starts_after_the_first_key(monkeypatch):
    waits = [True]
    monkeypatch.setattr(bridge, "speech_waits", lambda: waits[0])
    app = make_app(auto_read=True)
    note = "Voorlezen begint na je eerste toets of tik."
    assert note in app.stack.top.speech()
    waits[0] = False  # the first key came
    frames(app, 2)
    assert note not in app.stack.top.speech()
    waits[0] = True
    off = make_app(auto_read=False)  # without read-aloud there is nothing to wait for
    assert note not in off.stack.top.speech()
