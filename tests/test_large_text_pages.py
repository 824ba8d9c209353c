"""A player who chose 150 % text keeps 150 %: at 1024x576 the title, the job, the future pages
and "Mijn werk in 2030" page on (Page Down reads on) instead of making text smaller, nothing
runs into the footer, and a chosen response always shows what it gave."""

from __future__ import annotations

from collections import defaultdict

import pygame

from game.career import saves
from game.career.profile import Profile
from game.engine import layout
from game.engine.widgets import TextPanel
from game.scenes.scenario import ScenarioScene
from tests.helpers import frames, key, make_app, play_with_bot
from tests.test_scenario_scene import choose, start, texts, to_choose

SIZE = (1024, 576)
SCENES = ("title", "job", "future", "scenario")


def made_roles(monkeypatch) -> None:
    """Every TextPanel remembers the role it was made with."""
    made = TextPanel.__init__

    def init(self, text: str, role: str = "body", *args, **kwargs) -> None:
        made(self, text, role, *args, **kwargs)
        self.made_role = role

    monkeypatch.setattr(TextPanel, "__init__", init)


def check_screen(app) -> list[TextPanel]:
    """The screen's text panels keep their role and stay above the footer; returns them."""
    scene = app.stack.top
    footer = layout.frame(app.ui.metrics)[2]
    panels = [w for w in scene.form.widgets if isinstance(w, TextPanel)]
    for w in panels:
        assert w.role == w.made_role, f"{scene.name}: {w.text!r} made {w.made_role}, shown {w.role}"
        assert w.rect.bottom <= footer.top, f"{scene.name}: {w.text!r} runs into the footer"
    return panels


def test_the_whole_check_at_150_percent_keeps_the_text_size_and_every_result(monkeypatch, tmp_path):
    made_roles(monkeypatch)
    app = make_app(size=SIZE, text_scale=1.5)
    seen: set[str] = set()
    scenario: list[ScenarioScene] = []
    shown: dict[tuple[int, tuple[str, ...]], set[str]] = defaultdict(set)  # (round, choices): texts shown

    def on_frame(app) -> None:
        scene = app.stack.top
        if scene is None or scene.name not in SCENES or scene._built_for is None:
            return
        seen.add(scene.name)
        panels = check_screen(app)
        if isinstance(scene, ScenarioScene) and scene.kind == "choose":
            if scene not in scenario:
                scenario.append(scene)
            shown[scene.round, tuple(scene.game.choices[scene.round])].update(w.text for w in panels)

    play_with_bot(app, 7, tmp_path, on_frame=on_frame)
    assert seen == set(SCENES)
    assert scenario, "the bot played no round of the scenario"
    game, words = scenario[0].game, scenario[0].words
    played = [r for r in range(len(game.events)) if game.choices[r]]
    assert played
    for r in played:  # each chosen response's consequence was on one of the round's screens
        gave = words.gave(r)
        assert len(gave) == len(game.choices[r])
        assert set(gave) <= shown[r, tuple(game.choices[r])], (r, gave)


def test_the_title_at_150_percent_keeps_its_heading_above_the_footer(monkeypatch):
    made_roles(monkeypatch)
    app = make_app(size=SIZE, text_scale=1.5)
    assert app.stack.top.name == "title"
    panels = check_screen(app)
    assert panels[0].text == app.t("title.tagline") and panels[0].role == "big"
    footer = layout.frame(app.ui.metrics)[2]
    body = [b for b in app.stack.top.form.focusable() if getattr(b, "name", "") in ("new", "quick", "workshop")]
    assert len(body) == 2 and all(b.rect.bottom <= footer.top for b in body)


def test_a_chosen_response_shows_what_it_gave_with_page_down(monkeypatch):
    """Through the keyboard: choose, then Page Down reads the lines that did not fit under the
    cards; every line of what the choice gave comes on screen before the next round."""
    made_roles(monkeypatch)
    app = make_app(size=SIZE, text_scale=1.5)
    scene = start(app)
    to_choose(app)
    choose(app, "try")
    choose(app, "talk")
    gave = scene.words.gave(scene.round)
    assert len(gave) == 2
    on_screen = set(texts(scene))
    check_screen(app)
    assert len(scene.chunks) > 1  # at 150 % not all of it fits under the cards: it pages, not shrinks
    for _ in range(len(scene.chunks) - 1):
        key(app, pygame.K_PAGEDOWN)
        assert scene.kind == "choose"
        on_screen |= set(texts(scene))
        check_screen(app)
    assert set(gave) <= on_screen
    key(app, pygame.K_PAGEDOWN)
    assert scene.kind == "choose" and scene.round == 1


def test_before_a_choice_page_down_reads_on_and_back_returns_to_the_cards(monkeypatch):
    made_roles(monkeypatch)
    app = make_app(size=SIZE, text_scale=1.5)
    scene = start(app)
    to_choose(app)
    cards = scene.card_sub  # 1 when the event has a screen of its own before the cards
    assert scene.sub == cards and not scene.game.choices[scene.round]
    if len(scene.chunks) > cards + 1:  # the lines below the cards that did not fit: readable before choosing
        key(app, pygame.K_PAGEDOWN)
        assert scene.kind == "choose" and scene.sub == cards + 1 and not scene.hint
        check_screen(app)
        key(app, pygame.K_ESCAPE)
        assert scene.kind == "choose" and scene.sub == cards
    for _ in range(len(scene.chunks)):
        key(app, pygame.K_PAGEDOWN)
    assert scene.kind == "choose" and scene.hint == app.t("scenario.need_choice")  # a choice is still needed


def test_with_a_check_under_way_the_heading_is_never_lost(monkeypatch):
    """Three buttons at 150 %: where the heading truly cannot fit in the body too, it goes up
    into the header after "Koers" (never dropped, never smaller), and read aloud once."""
    made_roles(monkeypatch)
    saves.save_profile(Profile(step="values", goal="values"))
    app = make_app(size=SIZE, text_scale=1.5)
    scene = app.stack.top
    panels = check_screen(app)
    tagline = app.t("title.tagline")
    in_body = any(p.text == tagline for p in panels)
    assert in_body != (tagline in scene.title())  # in the body or in the header, once
    assert scene.speech().count(tagline) == 1
    body = [b for b in scene.form.focusable() if getattr(b, "name", "") in ("new", "quick", "workshop")]
    footer = layout.frame(app.ui.metrics)[2]
    assert len(body) == 3 and all(b.rect.bottom <= footer.top for b in body)
    app.settings.text_scale = 1.0  # at normal size it fits in the body again
    app.apply_settings()
    frames(app, 2)
    assert any(p.text == tagline for p in check_screen(app)) and scene.title() == "Koers"


def test_read_on_in_the_footer_shows_the_rest_before_a_choice(monkeypatch):
    made_roles(monkeypatch)
    app = make_app(size=SIZE, text_scale=1.5)
    scene = start(app)
    to_choose(app)
    pages = len(scene.chunks)
    assert pages > 1
    more = next(w for w in scene.form.focusable() if getattr(w, "name", "") == "more")
    assert more.label == f"Verder lezen ({scene.sub + 1} van {pages})"
    for _ in range(12):  # Tab to it (the screen is rebuilt as the focus moves), then Enter
        if getattr(scene.form.focused, "name", "") == "more":
            break
        key(app, pygame.K_TAB)
    cards = scene.sub
    later = [w.text for w in scene.chunks[cards + 1]]  # (with what the last card focused gives)
    assert app.t("scenario.do.grow", what="")[:12] in " ".join(later + texts(scene))
    key(app, pygame.K_RETURN)
    assert scene.kind == "choose" and scene.sub == cards + 1 and texts(scene) == later and not scene.hint
    check_screen(app)
