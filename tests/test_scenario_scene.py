""" "Mijn werk in 2030" played through the real input path: keyboard only, energy, hints,
figures with their sources, the ending, the outcome saved, and a closed game resuming."""

from __future__ import annotations

import pygame

from game.career.profile import Profile
from game.career.scenario import ROUNDS, SOLO_ROUNDS
from game.engine import bridge, layout
from game.engine.widgets import TextPanel
from game.scenes.scenario import PICTOS, ResponseCard
from game.steps import PLAY, scene_for
from tests.helpers import frames, key, make_app, play_with_bot, saved_profile, top_name

JOB = "heftruckchauffeur"


def start(app, occupation: str = JOB):
    app.session.profile = Profile(step="scenario", occupation=occupation)
    app.stack.reset(scene_for(app, "scenario"))
    frames(app, 2)
    return app.stack.top


def texts(scene) -> list[str]:
    return [w.text for w in scene.form.widgets if isinstance(w, TextPanel)]


def choose(app, kind: str) -> None:
    """Tab to a response's card, then Enter (the screen is rebuilt as the focus moves, so the
    card is found again by its pictogram each time)."""
    for _ in range(20):
        focused = app.stack.top.form.focused
        if isinstance(focused, ResponseCard) and focused.picto == PICTOS[kind]:
            key(app, pygame.K_RETURN)
            return
        key(app, pygame.K_TAB)
    raise AssertionError(f"no card for {kind}")


def to_choose(app) -> None:
    """Page Down until a round's screen with the cards (after the event's own screen, with large text)."""
    for _ in range(12):
        if app.stack.top.kind == "choose" and app.stack.top.sub == app.stack.top.card_sub:
            return
        key(app, pygame.K_PAGEDOWN)
    raise AssertionError("no choice screen")


def test_a_round_with_the_keyboard_energy_hints_and_what_changes():
    app = make_app()
    scene = start(app)
    assert scene.kind == "intro" and "heftruckchauffeur" in " ".join(texts(scene))
    to_choose(app)
    scene = app.stack.top
    for _ in range(len(scene.chunks)):  # nothing chosen: reads on below the cards, then stays, with a hint
        key(app, pygame.K_PAGEDOWN)
    assert scene.kind == "choose" and scene.round == 0 and scene.hint == app.t("scenario.need_choice")
    while scene.sub > scene.card_sub:  # back to the cards
        key(app, pygame.K_ESCAPE)
    reach_before = [t for t in texts(scene) if t.startswith(("Het dichtstbij", "Binnen bereik"))]
    choose(app, "learn")
    assert scene.game.choices[scene.round] == ["learn"] and "Energie over: 1 van 3." in texts(scene)
    learned = app.session.lmi().groups
    gave = next(t for t in texts(scene) if t.startswith("Je leert: "))
    assert any(app.session.text(g.label) in gave for g in learned)
    reach_after = [t for t in texts(scene) if t.startswith(("Het dichtstbij", "Binnen bereik"))]
    assert reach_after != reach_before  # the state the player sees changed
    choose(app, "try")  # 2 more energy: not possible, and said so
    assert scene.game.choices[scene.round] == ["learn"] and scene.hint == app.t("scenario.no_energy")
    choose(app, "learn")  # taken back
    assert scene.game.choices[scene.round] == [] and "Energie over: 3 van 3." in texts(scene)
    choose(app, "try")
    choose(app, "talk")
    assert scene.game.energy_left(scene.round) == 0 and "Je energie is op. Druk op Verder." in texts(scene)
    app.speech.said.clear()
    key(app, pygame.K_F2)
    assert "Een dag meelopen" in app.speech.said[-1] and "energie is op" in app.speech.said[-1]
    for later in [[w.text for w in chunk] for chunk in scene.chunks[1:]]:  # what did not fit under the
        key(app, pygame.K_PAGEDOWN)  # cards comes next, never dropped
        assert scene.kind == "choose" and texts(scene) == later
    key(app, pygame.K_PAGEDOWN)
    assert scene.kind == "choose" and scene.round == 1  # the next round, on one screen
    assert saved_profile(bridge.data_dir())["scenario"]["choices"] == ["try+talk"]


def test_figures_name_their_source_and_how_do_we_know_shows_it():
    app = make_app(size=(1024, 576), text_scale=1.5)
    lmi = app.session.lmi()
    shown = 0
    for index in range(0, len(lmi), len(lmi) // 25):
        scene = start(app, lmi.entry(index).id)
        for r, event in enumerate(scene.game.events):
            block = scene.words.figure_block(r)
            if event.shows is None:
                assert block == []
                continue
            assert block and block[-1].text.startswith("Bron: "), (
                event.id,
                [w.text for w in block if hasattr(w, "text")],
            )
            shown += 1
    assert shown > 20
    scene = start(app)
    while not (scene.kind == "choose" and scene.game.events[scene.round].shows):
        key(app, pygame.K_PAGEDOWN)
        if scene.kind == "choose" and scene.sub == scene.card_sub and not scene.game.choices[scene.round]:
            choose(app, "grow" if "grow" in scene.game.offered(scene.round) else "talk")
    for _ in range(20):  # Tab to "how do we know this?" (the screen is rebuilt as the focus moves)
        if getattr(scene.form.focused, "name", "") == "how":
            break
        key(app, pygame.K_TAB)
    key(app, pygame.K_RETURN)
    sources = app.stack.top
    assert top_name(app) == "sources" and sources.source_ids[0] == "esco"
    assert len(sources.source_ids) == 2 or scene.game.events[scene.round].shows == "nearest"
    assert app.locale.missing == set()


def test_the_ending_shows_the_course_and_work_in_reach_then_the_route_follows():
    app = make_app()
    scene = start(app)
    ending = ""
    for _ in range(60):
        if top_name(app) != "scenario":
            break
        if scene.kind == "choose" and scene.sub == scene.card_sub and not scene.game.choices[scene.round]:
            choose(app, "learn")
        if scene.kind == "end":
            ending += " ".join(texts(scene))
        key(app, pygame.K_PAGEDOWN)
    assert app.t("scenario.end_intro") in ending and "Je mist nog" in ending or "alles voor" in ending
    assert "Bron: Europese Commissie, 2022." in ending and "(CBS, 2022)" in ending
    assert "European Commission" not in ending
    assert top_name(app) == "route"
    saved = saved_profile(bridge.data_dir())["scenario"]
    assert saved["choices"] == ["learn"] * SOLO_ROUNDS and len(saved["learned"]) == SOLO_ROUNDS  # alone: 2 rounds
    assert saved["in_reach"] or saved["almost"]


def test_a_closed_game_resumes_at_the_next_round():
    app = make_app()
    scene = start(app)
    to_choose(app)
    choose(app, "talk")
    for _ in range(len(scene.chunks) - scene.sub):  # (what it gave, read on below the cards) on
        key(app, pygame.K_PAGEDOWN)
    assert scene.round == 1
    profile = app.session.profile
    app.stack.reset(scene_for(app, "scenario"))  # as after closing and opening the game
    frames(app, 2)
    again = app.stack.top
    assert again is not scene and again.kind == "choose" and again.round == 1
    assert again.game.choices[0] == ["talk"] and profile.scenario["choices"] == ["talk"]


def test_a_game_saved_with_three_rounds_goes_on_with_its_own_events():
    """A game saved before a player's game had two rounds keeps its three: nothing is lost."""
    app = make_app()
    scene = start(app)
    assert len(scene.game.events) == SOLO_ROUNDS < ROUNDS
    eligible = [e for e in app.session.content.scenario_events if e.id not in {x.id for x in scene.game.events}]
    ids = [e.id for e in scene.game.events] + [e.id for e in eligible if not e.when and e.shows is None][:1]
    app.session.profile = Profile(step="scenario", occupation=JOB, scenario={"events": ids, "choices": ["talk"]})
    app.stack.reset(scene_for(app, "scenario"))
    frames(app, 2)
    again = app.stack.top
    assert [e.id for e in again.game.events] == ids and again.round == 1 and again.game.choices[0] == ["talk"]
    assert again.title().startswith("Ronde 2 van 3")


def test_the_step_needs_an_occupation_and_the_bot_plays_it(tmp_path):
    app = make_app()
    app.session.profile = Profile(no_job=True)
    assert not PLAY.shown(app, "scenario") and PLAY.following(app, "future") == "route"
    app.session.profile = Profile(occupation=JOB)
    assert PLAY.shown(app, "scenario") and PLAY.following(app, "future") == "scenario"
    app = make_app(size=(1024, 576), text_scale=1.5)
    seen: list[str] = []
    problems: list[str] = []

    def watch(a):
        scene = a.stack.top
        seen.append(scene.name)
        if scene.name == "scenario" and scene.form.widgets:
            _, _, footer = layout.frame(a.ui.metrics)
            for w in scene.form.widgets:
                if w not in scene.header_widgets and w.rect.top < footer.top and w.rect.bottom > footer.top:
                    problems.append(f"{scene.kind}: {type(w).__name__} runs into the footer")

    play_with_bot(app, seed=1, out=tmp_path, on_frame=watch)
    assert "scenario" in seen and not problems, problems[:5]
    assert len(app.session.profile.scenario["choices"]) == len(app.session.profile.scenario["events"]) == SOLO_ROUNDS


def test_what_goes_on_to_a_next_screen_did_not_fit_under_the_cards():
    """A round's lines go on to a next screen only when they do not fit under the cards (the
    room was once estimated and left one line alone on a screen of its own)."""
    split = 0
    for size, scale in (((1280, 720), 1.0), ((1024, 576), 1.5)):
        for occupation in (JOB, "buschauffeur", "kapper", "winkelmedewerker"):
            app = make_app(size=size, text_scale=scale)
            start(app, occupation)
            _, body, _ = layout.frame(app.ui.metrics)
            for _ in range(SOLO_ROUNDS):  # the rounds
                to_choose(app)
                scene = app.stack.top
                for kind in scene.offered_kinds():
                    if scene.game.can_choose(scene.round, kind):
                        choose(app, kind)
                if len(scene.chunks) > scene.card_sub + 1:
                    on_screen = [w for w in scene.form.widgets if isinstance(w, (TextPanel, ResponseCard))]
                    lowest = max(w.rect.bottom for w in on_screen)
                    first_left = scene.chunks[scene.card_sub + 1][0]
                    needed = first_left.needed_height(app.ui, body.width) + app.ui.metrics.pad  # (with the gap above)
                    assert needed > body.bottom - lowest, first_left.text
                    split += 1
                played = scene.round
                for _ in range(6):  # on to the next round (or the end)
                    if scene.kind != "choose" or scene.round != played:
                        break
                    key(app, pygame.K_PAGEDOWN)
    assert split  # (at large text some round does go on to a next screen)


def test_a_broader_wage_in_the_game_names_its_group():
    """The kapper's wage is its broader CBS group's: the round's sentence names that group, as
    the job's page does (it read 'de bredere groep ""' when the game left the name out)."""
    app = make_app()
    scene = start(app, "099c6bb0-22d3-4c5d-8bf5-70910af381ef")
    r = next(r for r, e in enumerate(scene.game.events) if e.shows == "wage")
    sentence = scene.words.figure_block(r)[0].text
    assert 'In de bredere groep "Medewerkers persoonlijke dienstverlening" verdient' in sentence
    assert '""' not in sentence
