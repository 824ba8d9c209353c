"""The labour-market screens as a worker reads them, through the real scenes: fit in words
beside the player's own code, broader wages that say so, skills in worker words, Dutch source
screens, and details that fit at large text (on the committed lmi.jsonl)."""

from __future__ import annotations

import pygame


def future_texts(app, occupation: str, page: str, answers: dict[str, int] | None = None) -> list[str]:
    """The texts of one page of "De toekomst van mijn werk", played through the real keys."""
    from game.career.profile import Profile
    from game.engine.widgets import TextPanel
    from game.scenes.future import PAGES
    from game.steps import scene_for
    from tests.helpers import frames, key

    app.session.profile = Profile(step="future", occupation=occupation, interest_answers=answers or {})
    app.stack.reset(scene_for(app, "future"))
    frames(app, 2)
    texts: list[str] = []
    while app.stack.top.name == "future" and PAGES[app.stack.top.index] != page:
        key(app, pygame.K_PAGEDOWN)
    while app.stack.top.name == "future" and PAGES[app.stack.top.index] == page:
        texts += [w.text for w in app.stack.top.form.widgets if isinstance(w, TextPanel)]
        key(app, pygame.K_PAGEDOWN)
    return texts


BUS = "00cee175-1376-43fb-9f02-ba3d7a910a58"
WAREHOUSE_CHIEF = "2f5de1ab-eddf-4715-8193-e994912c22ea"
KAPPER = "099c6bb0-22d3-4c5d-8bf5-70910af381ef"


def test_fit_in_words_beside_the_players_own_code():
    from tests.helpers import make_app

    app = make_app()
    letters = {i.id: i.letter for i in app.session.content.interests}
    likes = {i: 5 for i, x in letters.items() if x in "SEA"}  # loves helping, leading, making: code SEA
    texts = " ".join(future_texts(app, BUS, "fit", likes))  # the bus driver's interests: RCS (O*NET)
    said = (
        "Mensen in dit werk doen graag: praktisch werk met je handen, netjes en precies werken"
        " en mensen helpen (jij ook)."
    )
    assert said in texts, texts  # one sentence: the job's interests, marked where the player's are the same
    assert "Voorbereiding: wat werkervaring. Meestal een paar maanden" in texts and "niveau 2 van 5" not in texts
    assert "RCS" not in texts and "Minder wat" not in texts and "Voorbereiding: wat." not in texts
    # the American source in Dutch, with once (not per figure) why an American figure is shown
    assert "Bron: Amerikaanse overheid (O*NET), 2025. Alleen een aanwijzing: Nederlandse cijfers" in texts
    assert texts.count("Nederlandse cijfers per beroep hebben we niet") == 1
    alone = " ".join(future_texts(app, BUS, "fit"))
    assert "Doe deel 1" in alone and "(jij ook)" not in alone


def test_fit_with_a_code_that_shares_nothing_and_a_missing_job_zone():
    from dataclasses import replace

    from tests.helpers import make_app

    app = make_app()
    letters = {i.id: i.letter for i in app.session.content.interests}
    likes = {i: 5 for i, x in letters.items() if x in "EIA"}  # the bus driver's RCS shares no letter with EIA
    texts = " ".join(future_texts(app, BUS, "fit", likes))
    assert "Dat is anders dan wat jij het liefst doet." in texts
    assert "(jij ook)" not in texts and "Minder wat" not in texts
    lmi = app.session.lmi()
    real = lmi.figures

    def no_zone(occ):  # the same job, its job zone missing (as for a job O*NET has no zone for)
        return [replace(f, value=None, missing="no_onet_job_zone") if f.kind == "job_zone" else f for f in real(occ)]

    lmi.figures = no_zone
    try:
        texts = " ".join(future_texts(app, BUS, "fit", likes))
    finally:
        del lmi.figures  # (the content may be shared between apps)
    assert "Voorbereiding: niet bekend. Hiervoor gebruiken we Amerikaanse cijfers. Voor het Amerikaanse beroep" in texts
    assert "Voorbereiding: wat" not in texts and "Voorbereiding: een beetje" not in texts


def test_the_us_projection_says_once_why_american_figures_are_shown():
    from tests.helpers import make_app

    app = make_app()
    texts = " ".join(future_texts(app, BUS, "future"))
    assert "In de Verenigde Staten zijn er in 2034 naar verwachting" in texts
    assert "meer banen." in texts or "minder banen." in texts
    assert "Bron: Amerikaanse overheid (BLS), 2024." in texts
    assert "Bureau of Labor Statistics" not in texts and "Kans op automatisering" not in texts
    # why an American figure is shown: said once, on the first page with one (the fit), not again
    fit = " ".join(future_texts(app, BUS, "fit"))
    why = "Alleen een aanwijzing: Nederlandse cijfers"
    assert fit.count(why) == 1 and why not in texts


def test_a_broader_wage_says_so_in_its_own_sentence():
    from tests.helpers import make_app

    app = make_app()
    kapper = " ".join(future_texts(app, KAPPER, "about"))
    assert 'CBS heeft geen loon voor dit werk apart. In de bredere groep "Medewerkers persoonlijke' in kapper
    assert "€ " not in kapper and "€\u00a014,40" in kapper  # the sign stays with its amount when a line wraps
    assert "Beroepssegment" not in kapper and "BRC" not in kapper
    # a manager gets no broader wage (lmi_sync.rules.segment_reason), and is told why
    chief = " ".join(future_texts(app, WAREHOUSE_CHIEF, "about"))
    assert "Loon: niet bekend. CBS heeft voor dit werk apart geen loon." in chief
    assert "hangt vooral af van hoe groot het team of bedrijf is" in chief
    assert "Managers productie" not in chief and "€" not in chief
    about = " ".join(future_texts(app, WAREHOUSE_CHIEF, "about"))
    assert "Niveau van het werk: hoog niveau" in about and "staat niet in onze bronnen" in about
    assert "Meestal gevraagd" not in about


def test_the_future_page_names_skills_in_worker_words_and_concrete_esco_skills():
    from tests.helpers import make_app

    app = make_app()
    texts = " ".join(future_texts(app, BUS, "future"))
    assert "Dit kun je ook in ander werk gebruiken: een voertuig besturen" in texts
    assert "Bijvoorbeeld: navigatie (gps) gebruiken, telefoon en portofoon gebruiken." in texts
    assert "besturen van voertuigen" not in texts and "ingenieursopleiding" not in texts and "recht" not in texts
    # concrete skills only in worker words: the warehouse chief's ESCO labels stay off the screen
    chief = " ".join(future_texts(app, WAREHOUSE_CHIEF, "future"))
    assert "Bijvoorbeeld: oplossingen bedenken voor problemen" in chief
    assert "identificeren" not in chief and "creëren" not in chief


def test_every_source_screen_speaks_dutch_in_the_dutch_game():
    from game.engine.widgets import TextPanel
    from game.scenes.sources import CREDITS, SourcesScene, all_sources
    from tests.helpers import frames, make_app

    app = make_app()
    for sid in all_sources(app):
        if sid == CREDITS:
            continue
        app.stack.reset(SourcesScene(app, [sid]))
        frames(app, 2)
        text = " ".join(w.text for w in app.stack.top.form.widgets if isinstance(w, TextPanel))
        for english in ("Free reuse", " with ", "Department of Labor", "European Commission", "conversion", "RIASEC"):
            assert english not in text, (sid, english, text)
        if sid.startswith("route:"):  # a page a route fact was read on: cited, not reused, so no licence
            assert "Wij lazen deze pagina op" in text and "Een webpagina kan veranderen" in text, sid
        else:
            assert "Licentie: Vrij te gebruiken" in text, sid


def test_the_job_to_confirm_says_what_the_work_asks_in_worker_words():
    from game.engine.widgets import TextPanel
    from tests.helpers import make_app, open_confirm

    texts = [w.text for w in open_confirm(make_app(), BUS).form.widgets if isinstance(w, TextPanel)]
    assert "In dit werk: een voertuig besturen, zorgvuldig en op tijd werken" in " ".join(texts)


def test_the_job_to_confirm_keeps_its_answers_on_screen_at_large_text():
    from tests.helpers import assert_confirm_answers_fit

    assert_confirm_answers_fit([BUS, "099c6bb0-22d3-4c5d-8bf5-70910af381ef", WAREHOUSE_CHIEF])  # and a kapper


def test_a_move_says_whether_it_is_safer_than_now():
    from game.career.lmi import load_lmi as load
    from game.career.options import compare_risk

    lmi = load()
    warehouse = lmi.occupation("bea705fe-06ac-4147-b8e0-6e8ac1208d8f")  # magazijnmedewerker
    assert warehouse is not None
    seen = set()
    for n in warehouse.nearest:
        other = lmi.occupation(n.occ)
        assert other is not None
        a, b = lmi.figure(warehouse, "automation_risk"), lmi.figure(other, "automation_risk")
        verdict = compare_risk(lmi, warehouse, other)
        if a is None or b is None or a.missing or b.missing:
            assert verdict is None
        else:
            order = {"Low risk": 0, "Other": 1, "High risk": 2}
            x, y = order[a.label or "Other"], order[b.label or "Other"]
            assert verdict == ("same" if x == y else "lower" if y < x else "higher")
            seen.add(verdict)
    assert seen


def test_the_details_of_an_option_fit_their_box_at_large_text():
    from game.career.profile import Profile
    from game.engine.widgets import TextPanel
    from game.steps import scene_for
    from tests.helpers import frames, make_app

    app = make_app(size=(1024, 576), text_scale=1.5)
    lmi = app.session.lmi()
    for i in lmi.featured()[:25]:
        app.session.profile = Profile(step="options", occupation=lmi.entry(i).id, route="move")
        app.stack.reset(scene_for(app, "options"))
        frames(app, 2)
        panels = [w for w in app.stack.top.form.widgets if isinstance(w, TextPanel)]
        detail = panels[-1]
        assert detail.needed_height(app.ui, detail.rect.width) <= detail.rect.height, (
            lmi.entry(i).title_nl,
            detail.text,
        )


def test_a_title_keeps_its_capitals_on_the_cards():
    """ "ICT-operationsmanager" on the search's card and as the job's title, not
    "Ict-operationsmanager" (str.capitalize lowers the rest of a title)."""
    from game.career.listing import capital
    from game.career.profile import Profile
    from game.steps import scene_for
    from tests.helpers import frames, make_app

    assert capital("ICT-operationsmanager") == "ICT-operationsmanager" and capital("kok") == "Kok" and capital("") == ""
    app = make_app()
    app.session.profile = Profile(step="job")
    app.stack.reset(scene_for(app, "job"))
    frames(app, 2)
    scene = app.stack.top
    scene.set_query("ict-operationsmanager")
    labels = [label for _, label, _ in scene.results()]
    assert "ICT-operationsmanager" in labels and "Ict-operationsmanager" not in labels
