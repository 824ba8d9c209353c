"""Level 3 renders for many real occupations, and never shows a figure without its source."""

from __future__ import annotations

import pygame

from game.career.profile import Profile
from game.engine import layout
from game.engine.widgets import TextPanel
from game.scenes.future import PAGES
from game.steps import scene_for
from tests.helpers import frames, key, make_app, open_sources

SAMPLE = 60


def sentences_and_sources(scene) -> list[tuple[str, list[str]]]:
    """Each text with the texts that follow it on the same screen (up to two: a picture may sit between)."""
    panels = [w for w in scene.form.widgets if isinstance(w, TextPanel)]
    return [(p.text, [q.text for q in panels[i + 1 : i + 2]]) for i, p in enumerate(panels)]


def test_future_renders_for_a_sample_of_occupations_with_sources():
    app = make_app(size=(1024, 576), text_scale=1.5)
    lmi = app.session.lmi()
    step = len(lmi) // SAMPLE
    checked = with_missing = 0
    for index in range(0, len(lmi), step):
        occ = lmi.occupation(index)
        app.session.profile = Profile(step="future", occupation=occ.id)
        app.stack.reset(scene_for(app, "future"))
        frames(app, 2)
        screens = 0
        while app.stack.top.name == "future":
            scene = app.stack.top
            screens += 1
            for text, following in sentences_and_sources(scene):
                if "niet bekend" in text:
                    with_missing += 1
                for word in (
                    "ongeveer",
                    "uurloon",
                    "Kans dat machines",
                    "Niveau van het werk",
                    "Verenigde Staten",
                    "Mensen in dit werk doen graag",
                    "Voorbereiding:",
                ):
                    if word in text and "niet bekend" not in text and not text.startswith("Bron: "):  # a figure
                        assert any(f.startswith("Bron: ") for f in following), (occ.title.nl, text, following)
            _, _, footer = layout.frame(app.ui.metrics)
            for w in scene.form.widgets:
                if w not in scene.header_widgets and w.rect.top < footer.top:
                    assert w.rect.bottom <= footer.top, (occ.title.nl, PAGES[scene.index], type(w).__name__)
            key(app, pygame.K_PAGEDOWN)
        assert screens >= len(PAGES)
        checked += 1
    assert checked >= 50 and with_missing > 0
    assert app.locale.missing == set()


def test_how_do_we_know_lists_source_year_licence_and_limitation():
    app = make_app()
    open_sources(app, "heftruckchauffeur")  # from the first page, "about your work": level, people and pay (CBS)
    scene = app.stack.top
    assert scene.name == "sources" and scene.source_ids[:3] == ["esco", "cbs_brc2014", "cbs_85517ned"]
    assert all(sid.startswith("route:https://") for sid in scene.source_ids[3:])  # the pages of its routes
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    app.speech.said.clear()
    key(app, pygame.K_F2)
    said = app.speech.said[-1]
    assert "85517NED" in said and "2022" in said and "CC BY 4.0" in said and "Let op:" in said
    assert "Centraal Bureau voor de Statistiek (CBS)" in said  # in full here; "Bron: CBS" under a figure
    for _ in range(len(scene.source_ids) - 2):  # its routes' pages, then close
        key(app, pygame.K_PAGEDOWN)
    assert app.stack.top.name == "future"


def test_help_leads_to_every_source_and_the_credits():
    app = make_app()
    key(app, pygame.K_F1)
    assert app.stack.top.name == "help"
    more = next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == "sources")
    more.activate()
    frames(app, 2)
    scene = app.stack.top
    assert scene.name == "sources"
    assert {"esco", "onet_ip", "cbs_85517ned", "nesta_mcc", "onet_29_2", "bls_ep_2024"} <= set(scene.source_ids)
    for _ in range(len(scene.source_ids) - 1):
        key(app, pygame.K_PAGEDOWN)
    assert "Twemoji" in app.stack.top.speech() and "Atkinson" in app.stack.top.speech()
    key(app, pygame.K_PAGEDOWN)
    assert app.stack.top.name == "title"
