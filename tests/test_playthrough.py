"""Whole runs through the real scenes with keyboard input only."""

from __future__ import annotations

import copy

import pygame
import pytest

from game.engine import bridge, layout
from game.engine.indicators import Progress
from game.engine.plain import to_plain
from game.steps import PLAY
from tests.helpers import frames, key, make_app, play_with_bot, press, saved_profile, top_name

FLOW = ["title", *(s.id for s in PLAY.steps if s.shown is None)]  # a step shown only sometimes (changes) is left out


def test_keyboard_only_scripted_start():
    """Enter, Tab and Page Down alone take a player from the title into level 1."""
    app = make_app()
    assert top_name(app) == "title"
    key(app, pygame.K_PAGEDOWN)  # Begin
    assert top_name(app) == "privacy"
    assert "werkgever ziet niets" in app.stack.top.speech()
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "goal"
    key(app, pygame.K_PAGEDOWN)  # nothing chosen yet: stays, with a hint
    assert top_name(app) == "goal" and app.stack.top.hint
    key(app, pygame.K_TAB)  # focus: first card -> second card
    key(app, pygame.K_RETURN)
    assert app.session.profile.goal == app.session.content.goals[1].id
    key(app, pygame.K_RIGHT)  # spatial navigation to the third card
    key(app, pygame.K_SPACE)
    assert app.session.profile.goal == app.session.content.goals[2].id  # one goal: the new pick replaces the old
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "ratings_before"  # where do you stand: it can be skipped, it is never a test
    press(app, next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == "skip"))
    assert app.session.profile.ratings_before == {}
    assert top_name(app) == "course"  # level 1 begins: the course map
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "interest_path" and app.session.profile.interest_path == "full"  # preselected
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "interests"
    key(app, pygame.K_RIGHT)  # first scale, no answer yet -> 3, then 4
    key(app, pygame.K_RIGHT)
    first = app.session.content.interests[0].id
    assert app.session.profile.interest_answers[first] == 4
    assert saved_profile(bridge.data_dir())["interest_answers"][first] == 4  # saved after each answer
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "interest_path"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_bot_completes_at_150_percent_in_both_languages(tmp_path, lang):
    app = make_app(size=(1024, 576), lang=lang, text_scale=1.5)
    seen: list[str] = []

    def watch(a):
        name = a.stack.top.name
        if not seen or seen[-1] != name:
            seen.append(name)

    play_with_bot(app, seed=3, out=tmp_path / "out", on_frame=watch)
    main_flow = list(dict.fromkeys(s for s in seen if s in FLOW))
    assert main_flow == FLOW
    assert "sources" in seen  # "how do we know this?" was opened and closed again
    assert app.locale.missing == set(), f"missing texts: {app.locale.missing}"
    assert app.ui.missing_pictos == set()
    profile = app.session.profile
    assert profile.goal and profile.values and profile.qualities and profile.stage and profile.next_steps
    assert (tmp_path / "out" / "poster.png").stat().st_size > 10_000


def test_draw_never_changes_state(tmp_path):
    """Drawing any screen twice leaves the scene and the profile as they were."""
    app = make_app()
    checked = set()

    def check(a):
        scene = a.stack.top
        if scene.name in checked or not getattr(scene, "form", None) or not scene.form.widgets:
            return
        checked.add(scene.name)
        before = (copy.copy(vars(scene)), to_plain(a.session.profile) if a.session.profile else None, scene.form.focus)
        scene.draw(a.screen)
        scene.draw(a.screen)
        after = (copy.copy(vars(scene)), to_plain(a.session.profile) if a.session.profile else None, scene.form.focus)
        assert before == after, scene.name

    play_with_bot(app, seed=5, out=tmp_path, on_frame=check)
    assert set(FLOW) <= checked


@pytest.mark.parametrize(
    "size,scale,seed",
    [((1024, 576), 1.5, 2), ((1280, 720), 1.5, 11), ((1280, 720), 1.0, 2), ((3840, 2160), 1.25, 2)],
)
def test_every_screen_fits_the_window(tmp_path, size, scale, seed):
    """No widget leaves the window and no two pressable widgets overlap, from laptop to projector."""
    app = make_app(size=size, text_scale=scale)
    screen = pygame.Rect((0, 0), size)
    problems: list[str] = []

    def check(a):
        scene = a.stack.top
        form = getattr(scene, "form", None)
        if not form or not form.widgets:
            return
        header, body, footer = layout.frame(a.ui.metrics)
        for w in form.widgets:
            if w.rect.width and not screen.contains(w.rect):
                problems.append(f"{scene.name}: {type(w).__name__} {w.rect} outside {screen}")
            in_header = w in scene.header_widgets or isinstance(w, Progress)
            in_footer = w.rect.top >= footer.top
            if w.rect.width and not in_header and not in_footer and w.rect.bottom > footer.top:
                problems.append(f"{scene.name}: {type(w).__name__} {w.rect} runs into the footer")
        pressable = [w for w in form.focusable() if w.rect.width]
        for i, w in enumerate(pressable):
            for other in pressable[i + 1 :]:
                if w.rect.colliderect(other.rect):
                    problems.append(f"{scene.name}: {type(w).__name__} overlaps {type(other).__name__}")
            if w.rect.height < 44:
                problems.append(f"{scene.name}: {type(w).__name__} smaller than a finger ({w.rect.height}px)")

    play_with_bot(app, seed=seed, out=tmp_path, on_frame=check)
    assert not problems, "\n".join(sorted(set(problems))[:20])


def test_text_is_rendered_at_the_real_size():
    small = make_app(size=(1280, 720))
    assert small.ui.metrics.px() == 24
    big = make_app(size=(3840, 2160))
    assert big.ui.metrics.px() == 72  # three times as large, rendered at that size, not scaled up
    assert big.ui.font().get_height() > 2.5 * small.ui.font().get_height()


def test_read_aloud_speaks_the_screen():
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "goal"
    app.speech.said.clear()
    key(app, pygame.K_F2)
    said = app.speech.said[-1]
    assert "Wat wil je weten?" in said
    assert (
        app.session.text(app.session.content.goals[0].text) in said
        and app.session.text(app.session.content.goals[-1].text) in said
    )


def test_auto_read_setting_speaks_every_new_screen():
    app = make_app(auto_read=True)
    frames(app, 2)
    key(app, pygame.K_PAGEDOWN)
    assert any("Jouw antwoorden zijn van jou" in s for s in app.speech.said)
