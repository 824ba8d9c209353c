"""The course map: the parts as stops, what the player collected, and coming back to it."""

from __future__ import annotations

import pygame

from game.career import saves
from game.career.content import load_content
from game.career.course import DONE, HERE, LATER, collected, stops
from game.career.passport import interest_letters
from game.career.profile import Profile
from tests.helpers import click, frames, key, make_app, saved_profile, top_name

CONTENT = load_content()


def t(key: str, **kw: object) -> str:
    return key + "".join(f"|{v}" for v in kw.values())


def test_the_parts_before_here_are_done_and_the_rest_lies_ahead():
    assert [s.state for s in stops(5, 3)] == [DONE, DONE, HERE, LATER, LATER]
    assert [s.level for s in stops(5, 1)] == [1, 2, 3, 4, 5] and stops(5, 1)[0].state == HERE
    assert len({s.picto for s in stops(5, 1)}) == 5  # each part its own pictogram


def test_what_was_collected_is_in_the_players_own_cards_and_empty_kinds_are_left_out():
    letters = interest_letters(CONTENT)
    assert collected(Profile(), CONTENT, letters, t, lambda x: x.nl if x else "") == []
    profile = Profile(
        values=["good_pay", "decide_myself", "appreciation", "variety"],
        qualities=["precise"],
        interest_answers={i.id: 5 for i in CONTENT.interests if i.letter == "R"},
        stories_seen=[CONTENT.stories[0].id, "a-story-that-no-longer-exists"],
        options=["x", "y"],
    )
    found = {f.key: f.words for f in collected(profile, CONTENT, letters, t, lambda x: x.nl if x else "")}
    assert found["course.found.values"] == [CONTENT.card("values", v).text.nl for v in profile.values[:3]]
    assert found["course.found.strengths"] == [CONTENT.card("qualities", "precise").text.nl]
    assert found["course.found.interests"] == ["riasec.short.R"]
    assert found["course.found.story"] == [CONTENT.stories[0].title.nl]  # one story read: "Verhaal gelezen"
    assert "course.found.options" not in found  # work it cannot name is left out
    named = collected(profile, CONTENT, letters, t, lambda x: x.nl if x else "", {"x": "kapper"}.get)
    assert [f.words for f in named if f.key == "course.found.options"] == [["kapper"]]
    assert "course.found.route" not in found and "course.found.steps" not in found


def test_between_two_parts_the_map_shows_where_you_are_and_goes_on_with_the_next_part(data_dir):
    saves.save_profile(Profile(step="summary", goal="values", values=["good_pay"], qualities=["precise"]))
    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # title: continue -> the map first (a returning player)
    assert top_name(app) == "course" and app.stack.top.here == 1
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "summary"
    while top_name(app) == "summary":  # read on to the end of the feedback
        key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "course" and app.stack.top.here == 2
    said = app.stack.top.speech()
    assert said.startswith("Jouw koers.") and "Wie ben ik? (klaar)" in said and "(Hier ben je)" in said
    assert "Goed loon" not in said and "Precies" not in said  # the summary just said what part 1 found: once
    assert saved_profile(data_dir)["step"] == "role_models"  # closed on the map: it goes on there
    key(app, pygame.K_ESCAPE)  # back: the last screen of the part before
    assert top_name(app) == "summary"
    key(app, pygame.K_PAGEDOWN)
    while top_name(app) == "summary":
        key(app, pygame.K_PAGEDOWN)
    go = app.stack.top.next_button
    click(app, go.rect.center)  # touch or mouse works too
    assert top_name(app) == "role_models"


def test_the_map_fits_at_large_text_on_a_small_screen_and_reads_on(data_dir):
    saves.save_profile(
        Profile(step="stage", goal="values", values=["good_pay", "decide_myself"], qualities=["precise", "calm"])
    )
    app = make_app(size=(1024, 576), text_scale=1.5)
    key(app, pygame.K_PAGEDOWN)
    scene = app.stack.top
    assert top_name(app) == "course" and scene.here == 4
    body_bottom = scene.next_button.rect.top
    seen = ""
    for _ in range(scene.pages_total):
        frames(app)
        for w in scene.form.widgets:
            assert w.rect.bottom <= body_bottom or w in scene.form.focusable(), w  # nothing runs into the footer
        seen += scene.speech()
        if scene.page < scene.pages_total - 1:
            key(app, pygame.K_PAGEDOWN)  # "read on" first, as on other long screens
    assert "Precies" in seen
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "stage"


def test_the_cards_found_are_shown_as_chips_in_their_own_words_and_read_aloud_as_a_sentence():
    """Said once (issue 18): the summary and the map show the player's own cards as chips with
    the cards' labels and pictograms, which the reading estimate recognises as read before; read
    aloud, each group is still one sentence."""
    from benchmarks.reading import screen_texts, screen_words
    from game.engine.chips import Chips
    from game.steps import scene_for

    app = make_app()
    app.session.profile = Profile(step="summary", values=["good_pay", "appreciation"], qualities=["precise"])
    app.stack.reset(scene_for(app, "summary"))
    frames(app, 2)
    scene = app.stack.top
    chips = [w for w in scene.form.widgets if isinstance(w, Chips)]
    labels = {CONTENT.card("values", "good_pay").text.nl, CONTENT.card("qualities", "precise").text.nl}
    assert labels <= {label for c in chips for label, _ in c.items}
    assert all(picto for c in chips for _, picto in c.items)
    said = scene.speech()
    assert "Belangrijk voor jou: Goed loon en Waardering krijgen." in said and "Hier ben je goed in: Precies." in said
    cards_screen = ("values", ["Goed loon", "Waardering krijgen", "Precies"])
    counts = screen_words([cards_screen, ("summary", screen_texts(scene))])
    again = screen_words([("summary", screen_texts(scene))])
    assert counts["summary"] == again["summary"] - 5  # the five words of the labels were read on the cards
