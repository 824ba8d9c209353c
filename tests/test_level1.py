"""Level 1 "Wie ben ik?": O*NET scoring, complete bilingual cards, keyboard-only at 150 %."""

from __future__ import annotations

import pygame

from game.career.content import load_content
from game.career.feedback import level1_lines, sentences
from game.career.passport import interest_letters, interest_max
from game.career.profile import Profile, interest_code
from game.scenes.pick import PickScene
from tests.helpers import frames, key, make_app, press, top_name, type_text

CONTENT = load_content()
ITEMS = CONTENT.interests


def test_sixty_items_ten_per_letter_and_a_thirty_item_quick_path():
    assert len(ITEMS) == 60 and sorted(i.item for i in ITEMS) == list(range(1, 61))
    for letter in "RIASEC":
        assert sum(i.letter == letter for i in ITEMS) == 10
        assert sum(i.letter == letter and i.quick for i in ITEMS) == 5
    assert interest_max(CONTENT) == dict.fromkeys("RIASEC", 40)
    assert interest_max(CONTENT, quick=True) == dict.fromkeys("RIASEC", 20)


def test_scoring_equals_hand_computed_onet_scores():
    # strongly like every R (10 x 4 = 40), like every C (10 x 3 = 30), not sure on I (10 x 2 = 20),
    # skip A (0), dislike S (10 x 1 = 10), strongly dislike E (0)
    answer = {"R": 5, "C": 4, "I": 3, "S": 2, "E": 1}
    profile = Profile(interest_answers={i.id: answer[i.letter] for i in ITEMS if i.letter in answer})
    scores = profile.interest_scores(interest_letters(CONTENT))
    assert scores == {"R": 40, "I": 20, "A": 0, "S": 10, "E": 0, "C": 30}
    assert interest_code(scores) == "RCI"
    # a mixed set: items 1 (R) 5, 2 (R) 3, 3 (I) 4, 5 (A) 5, 7 (S) 1, 9 (E) 2 -> R 4+2, I 3, A 4, S 0, E 1
    mixed = {"ip01": 5, "ip02": 3, "ip03": 4, "ip05": 5, "ip07": 1, "ip09": 2}
    scores = Profile(interest_answers=mixed).interest_scores(interest_letters(CONTENT))
    assert scores == {"R": 6, "I": 3, "A": 4, "S": 0, "E": 1, "C": 0}
    assert interest_code(scores) == "RAI"


def test_every_card_and_item_has_a_pictogram_and_both_languages():
    groups = [CONTENT.interests, CONTENT.values, CONTENT.qualities, CONTENT.goals, CONTENT.job_groups]
    for group in groups:
        for card in group:
            assert card.text.nl.strip() and card.text.en.strip(), card.id
            assert (ROOT_PICTOS / f"{card.picto}.svg").is_file(), card.id
    assert len(CONTENT.values) >= 12 and len(CONTENT.qualities) >= 20


def test_level_one_with_the_keyboard_alone_at_150_percent():
    """Title to the feedback screen with Tab, arrows, Enter, typing and Page Down only."""
    app = make_app(size=(1024, 576), text_scale=1.5)
    for _ in range(3):  # title, privacy, goal (pick the focused card first)
        if top_name(app) == "goal":
            key(app, pygame.K_RETURN)
        key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "ratings_before"
    while top_name(app) == "ratings_before":  # the rating at the start: first statement on each screen
        key(app, pygame.K_RIGHT)  # no face yet -> 3, then 4
        key(app, pygame.K_RIGHT)
        key(app, pygame.K_PAGEDOWN)
    first = app.session.profile.ratings_before
    assert first and set(first.values()) == {4} and len(first) < 7  # the others were skipped
    assert top_name(app) == "course"  # level 1 begins: the course map
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "interest_path"
    key(app, pygame.K_RETURN)  # the focused card: quick
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "interests" and app.session.profile.interest_path == "quick"
    screens = 0
    while top_name(app) == "interests":
        key(app, pygame.K_RIGHT)  # first activity on the screen: not sure -> like
        key(app, pygame.K_RIGHT)
        key(app, pygame.K_PAGEDOWN)
        screens += 1
    assert screens >= 5 and len(app.session.profile.interest_answers) == screens
    assert all(v == 4 for v in app.session.profile.interest_answers.values())
    for name in ("qualities", "development", "colleagues"):
        assert top_name(app) == name
        if name == "qualities":
            key(app, pygame.K_RETURN)
        key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "values" and not app.text_input
    for _ in range(5):  # the card sort: pick five in order, keyboard only
        scene = app.stack.top
        free = next(c for c in scene.cards if not c.selected())
        press(app, free)
    assert len(app.session.profile.values) == 5
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "job"
    assert app.text_input  # SDL sends typed letters only while a text field is on show
    key(app, pygame.K_F3)
    assert top_name(app) == "settings" and not app.text_input
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "job" and app.text_input
    type_text(app, "heftruk")
    scene = app.stack.top
    assert scene.cards and scene.cards[0].label.lower() == "heftruckchauffeur"
    key(app, pygame.K_TAB)  # from the search box to the first result
    key(app, pygame.K_RETURN)
    assert app.stack.top.mode == "confirm" and not app.text_input
    key(app, pygame.K_RETURN)  # "yes, this is my work" has the focus
    assert top_name(app) == "reflection"
    assert app.session.occupation(app.session.profile.occupation).title.nl == "heftruckchauffeur"
    type_text(app, "Goede collega's")  # Space types a space in a text field; it does not choose
    key(app, pygame.K_BACKSPACE)
    assert app.session.profile.reflection == "Goede collega'"
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "summary"
    said = app.stack.top.speech()
    while app.stack.top.page < app.stack.top.pages_total - 1:  # large text: "Verder" reads on first
        key(app, pygame.K_PAGEDOWN)
        said += app.stack.top.speech()
    assert "heftruckchauffeur" in said and "geen test" in said
    assert app.locale.missing == set()


def test_feedback_links_interests_to_the_job():
    def t(key, **kw):
        return key + "(" + ",".join(f"{k}={v}" for k, v in sorted(kw.items())) + ")"

    letters = interest_letters(CONTENT)
    profile = Profile(
        interest_answers={i.id: 5 for i in ITEMS if i.letter == "R"},
        qualities=["handy"],
        colleague_qualities=["handy", "calm"],
        values=["good_pay"],
    )

    def text(x):
        return x.nl if x else ""

    lines = sentences(level1_lines(profile, CONTENT, letters, "heftruckchauffeur", "RCI", t, text), t)
    assert any(line.startswith("feedback.job_fits(job=heftruckchauffeur") for line in lines)
    assert any(line.startswith("feedback.colleagues_agree") for line in lines)
    assert any(line.startswith("feedback.colleagues_more") for line in lines)
    other = sentences(level1_lines(profile, CONTENT, letters, "kok", "ASE", t, text), t)
    assert any(line.startswith("feedback.job_differs") for line in other)


def test_not_in_the_list_picks_a_group_and_no_job_skips():
    app = make_app()
    app.session.profile = Profile(step="job")
    from game.steps import scene_for

    app.stack.reset(scene_for(app, "job"))
    frames(app, 2)
    not_listed = next(c for c in app.stack.top.cards if c.label == "Staat er niet bij")
    press(app, not_listed)
    assert app.stack.top.mode == "group"
    key(app, pygame.K_RETURN)
    assert app.session.profile.occupation_group == CONTENT.job_groups[0].id and top_name(app) == "reflection"


def test_pick_scenes_save_after_each_answer(data_dir):
    app = make_app()
    app.session.profile = Profile(step="qualities")
    from game.steps import scene_for

    app.stack.reset(scene_for(app, "qualities"))
    frames(app, 2)
    assert isinstance(app.stack.top, PickScene)
    key(app, pygame.K_RETURN)
    import json

    assert json.loads((data_dir / "profile.json").read_text())["qualities"] == [CONTENT.qualities[0].id]


from game.engine import paths  # noqa: E402

ROOT_PICTOS = paths.PICTOS


def test_reopening_resumes_at_the_first_unanswered_activity(data_dir):
    from game.career import saves

    answered = {i.id: 3 for i in ITEMS[:13]}
    saves.save_profile(Profile(step="interests", goal="values", interest_answers=answered))
    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # "continue where I was": the course map first
    assert top_name(app) == "course"
    key(app, pygame.K_PAGEDOWN)
    scene = app.stack.top
    assert top_name(app) == "interests" and scene.index == 13
    assert scene.scales[0].label == ITEMS[13].text.nl


def test_a_broken_occupation_list_is_said_plainly_and_the_player_can_go_on(tmp_path, monkeypatch):
    from game.career.lmi import LMI_FILE
    from game.steps import scene_for

    broken = tmp_path / "lmi.jsonl"
    broken.write_bytes(LMI_FILE.read_bytes()[:300_000])  # cut off in the middle of a line
    monkeypatch.setenv("KOERS_LMI", str(broken))
    app = make_app()
    app.start_new()
    app.go(scene_for(app, "job"))
    frames(app, 2)
    type_text(app, "heftruk")
    scene = app.stack.top
    said = scene.speech()
    assert "kon niet worden geladen" in said
    assert [c.label for c in scene.cards] == ["Staat er niet bij"]
    assert app.session.lmi_error and "lmi.jsonl" in app.session.lmi_error and "cannot be read" in app.session.lmi_error


def test_a_search_without_hits_says_nothing_was_found():
    from game.steps import scene_for

    app = make_app()
    app.start_new()
    app.go(scene_for(app, "job"))
    frames(app, 2)
    type_text(app, "xqzvw")
    assert "Niets gevonden" in app.stack.top.speech()


def test_a_long_summary_at_large_text_reads_on_before_it_goes_on():
    """At 150 % on a small screen the summary takes two pages; 'Verder' shows the rest first."""
    from game.career.profile import Profile
    from game.steps import scene_for

    app = make_app(size=(1024, 576), text_scale=1.5)
    app.session.profile = Profile(
        step="summary",
        occupation="heftruckchauffeur",
        values=["fixed_hours", "together", "outdoors", "decide_myself", "job_security"],
        qualities=["precise", "handy", "people", "calm", "punctual"],
        development_areas=["persistent", "helpful", "quick_learner"],
        colleague_qualities=["precise", "calm", "helpful"],
        interest_answers={i.id: 4 for i in app.session.content.interests if i.letter in "RC"},
    )
    app.stack.reset(scene_for(app, "summary"))
    frames(app, 2)
    scene = app.stack.top
    assert scene.pages_total >= 2 and scene.page == 0
    last_words = scene.sentences()[-1]
    assert last_words not in scene.speech()
    for page in range(1, scene.pages_total):
        key(app, pygame.K_PAGEDOWN)
        assert top_name(app) == "summary" and scene.page == page
    assert last_words in scene.speech()  # the last page: the words that matter most
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "course"  # between the parts: the map (it reads on first at large text)
    while top_name(app) == "course":
        key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "role_models"
