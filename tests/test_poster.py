"""The poster: drawn from the Profile, never running off the page, a valid PNG."""

from __future__ import annotations

import io
from dataclasses import replace

import pygame

from game.career.profile import Profile
from game.scenes.poster_art import A4, PosterPainter, png_bytes
from tests.helpers import make_app

LONG = "cd94def5-3442-4c2e-ae3d-0761a3008bcb"  # orderpicker


def painter(app):
    lmi = app.session.lmi()
    labels = {g.id: app.session.text(g.label) for g in lmi.groups}
    return PosterPainter(
        app.session.text,
        app.t,
        app.themes["default"],
        app.session.content,
        app.session.occupation,
        lambda g: labels.get(g, g),
    )


def maximal_profile(app) -> Profile:
    c = app.session.content
    long_jobs = sorted(range(len(app.session.lmi())), key=lambda i: -len(app.session.lmi().entry(i).title_nl))[:4]
    return Profile(
        goal="other_job_same_employer",
        interest_answers={i.id: 5 for i in c.interests},
        qualities=[q.id for q in c.qualities[:5]],
        development_areas=[q.id for q in c.qualities[5:7]],
        values=[v.id for v in c.values[:5]],
        occupation=app.session.lmi().entry(long_jobs[0]).id,
        options=[app.session.lmi().entry(i).id for i in long_jobs[1:4]],
        learn_groups=[g.id for g in sorted(app.session.lmi().groups, key=lambda g: -len(g.label.nl))[:3]],
        stage="preparing",
        next_steps=[s.id for s in c.steps[:3]],
    )


def test_maximal_profile_fits_on_the_page():
    app = make_app(lang="nl")
    p = painter(app)
    profile = maximal_profile(app)
    assert any(p.draw(profile, A4, scale)[1] for scale in PosterPainter.SCALES)
    assert not p.draw(profile, A4, 2.5)[1]  # the check can fail: far too large text does not fit


def test_minimal_profile_renders_at_the_largest_size():
    app = make_app(lang="en")
    p = painter(app)
    surface, fits = p.draw(Profile(), A4, PosterPainter.SCALES[0])
    assert fits and surface.get_size() == A4


def test_poster_png_is_valid_and_differs_with_the_profile():
    app = make_app()
    p = painter(app)
    a = png_bytes(p.render(Profile(qualities=["precise"])))
    b = png_bytes(p.render(maximal_profile(app)))
    assert a[:8] == b"\x89PNG\r\n\x1a\n"
    image = pygame.image.load(io.BytesIO(a), "poster.png")
    assert image.get_size() == A4 and a != b


def test_export_buttons_write_valid_files(tmp_path, monkeypatch):
    import json as _json

    from game.engine import bridge
    from game.steps import scene_for

    monkeypatch.setattr(bridge, "default_export_dir", lambda: tmp_path / "out")
    app = make_app()
    app.session.profile = Profile(step="poster", qualities=["precise"])
    app.stack.reset(scene_for(app, "poster"))
    from tests.helpers import frames, press

    frames(app, 2)
    for name in ("save", "save_phone", "passport"):
        press(app, next(w for w in app.stack.top.form.focusable() if getattr(w, "name", "") == name))
    a4 = pygame.image.load(str(tmp_path / "out" / "koers-poster.png"))
    phone = pygame.image.load(str(tmp_path / "out" / "koers-poster-telefoon.png"))
    assert a4.get_size() == A4 and phone.get_size() == (1080, 1350)
    passport = _json.loads((tmp_path / "out" / "koers-paspoort.json").read_text(encoding="utf-8"))
    assert passport["format"] == "koers-passport" and passport["qualities"] == ["precise"]
    assert "koers-paspoort.json" in app.stack.top.speech()


def test_poster_shows_the_outlook_and_shared_skills_of_options():
    from game.scenes.poster import make_painter

    app = make_app()
    painter_ = make_painter(app)
    outlook = painter_.words.outlook("heftruckchauffeur")
    assert "klein (Nesta, 2020)" in outlook and "in ander werk gebruiken" in outlook
    nearest = app.session.lmi().occupation("eeac6251-1974-42f5-91ed-513c6c883755").nearest[0]
    assert painter_.words.shared_with("heftruckchauffeur", app.session.lmi().occupation(nearest.occ).id)
    assert painter_.words.outlook(None) == "" and painter_.words.shared_with(None, "x") == ""


def test_what_goes_on_the_poster_is_worked_out_without_a_window():
    from game.career.content import load_content
    from game.career.poster import PosterWords, poster_content
    from game.engine.i18n import Locale

    content, locale = load_content(), Locale("nl")
    profile = Profile(
        name="Sam",
        goal=content.goals[0].id,
        qualities=[content.qualities[0].id],
        values=[v.id for v in content.values[:2]],
        stage=content.stages[0].id,
        next_steps=[content.steps[0].id],
        helper="Anna",
    )
    words = PosterWords(locale.t, lambda text: text.get("nl") if text else "", lambda key: None)
    poster = poster_content(profile, content, words)
    assert poster.heading.endswith("· Sam")
    strengths, develop, values, steps = poster.left
    assert strengths.items == [(content.qualities[0].text.nl, content.qualities[0].picto)]
    assert [label for label, _ in values.items] == [f"{n}. {v.text.nl}" for n, v in enumerate(content.values[:2], 1)]
    assert develop.items == [] and poster.empty
    assert steps.items[0][0] == content.stages[0].text.nl and "Anna" in steps.items[-1][0]
    assert [s.title for s in poster.right] == [locale.t("poster.job"), locale.t("poster.options")]
    # interests in words, not letters: the chart's corners and the strongest interests
    assert poster.corner_words == ["Praktisch", "Onderzoekend", "Creatief", "Sociaal", "Ondernemend", "Ordenend"]
    assert poster.code_line == locale.t("poster.no_code") and poster.code_letters == []
    social = {i.id: 5 for i in content.interests if i.letter == "S"}
    coded = poster_content(replace(profile, interest_answers=social), content, words)
    assert coded.code_letters[0] == "Sociaal: mensen helpen" and "(S" in coded.code_line
