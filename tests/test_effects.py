"""Issue 16: the effect measure (a self-rating at the start and the end, what moved in words),
where the ratings are kept, older saves migrated, and the return visit played with a saved
check three months old, through the real input path."""

from __future__ import annotations

import datetime as dt
import json

import pygame
import pytest

from game.career import ratings, revisit, saves
from game.career.passport import from_passport, to_passport
from game.career.poster import PosterWords, poster_content
from game.career.profile import PROFILE_VERSION, Profile
from game.career.share import fields_from_profile
from game.engine import layout
from game.engine.i18n import Locale
from game.engine.plain import to_plain
from game.scenes.ratings import QUICK_FROM
from game.scenes.revisit import QUICK_FIRST
from game.steps import PLAY
from tests.helpers import frames, key, make_app, play_with_bot, top_name

NL = Locale("nl").t
TODAY = dt.date.today()


# scoring --------------------------------------------------------------------------------
def test_what_moved_is_said_in_words_and_nothing_is_judged():
    before = {"ask": 2, "values": 3, "options": 4, "efficacy": 1}
    after = {"ask": 4, "values": 3, "options": 2, "qualities": 5}  # efficacy skipped at the end, qualities at the start
    lines = ratings.moved_lines(before, after, NL)
    assert lines == [
        "Toen 3, nu 3: weten wat je belangrijk vindt bleef gelijk.",
        "Toen 4, nu 2: je bent nu minder zeker van welk werk bij je past.",
        "Toen 2, nu 4: je weet nu beter wie je kunt vragen.",
    ]  # in the order of the items; only what was rated twice
    start, end = before | {"next_step": 1}, after | {"next_step": 3}
    grouped = ratings.moved_by_direction(start, end, NL)
    assert [(g.heading, [said for said, _ in g.items]) for g in grouped] == [  # the end of a check
        ("Hoger dan aan het begin", [NL("ratings.item.ask"), NL("ratings.item.next_step")]),
        ("Lager dan aan het begin", [NL("ratings.item.options")]),
    ]  # the statements as they were rated, each with its pictogram
    assert all(picto for g in grouped for _, picto in g.items)
    same = ratings.same_line(start, end, NL)
    assert same == "Bij 1 zin bleef het gelijk."  # it was just answered: counted, not listed again
    assert ratings.same_line({"ask": 2}, {"ask": 2}, NL) == "Alles wat je twee keer koos, bleef gelijk."
    assert ratings.same_line({"ask": 2}, {"ask": 3}, NL) is None
    for line in [*lines, same, *(g.heading for g in grouped)]:
        assert not any(word in line.lower() for word in ("goed", "slecht", "fout", "score", "punt"))
    en = ratings.moved_lines(before, after, Locale("en").t)
    assert en[-1] == "Then 2, now 4: you now know better whom you can ask."


def test_only_known_items_with_a_face_count():
    assert ratings.clean({"ask": 0, "values": 6, "options": True, "nope": 3, "next_step": 5}) == {"next_step": 5}
    moves = ratings.compare({"ask": 1, "values": 5}, {"ask": 1, "values": 2})
    assert [m.direction for m in moves] == ["down", "same"]  # in the order of the items: values, then ask
    assert len(ratings.ITEMS) == 7 and all(Locale("en").t(f"ratings.item.{i}") for i in ratings.IDS)


def test_group_totals_are_coarse_and_anonymous():
    pairs = [({"ask": 2}, {"ask": 4})] * 3 + [({"ask": 3}, {"ask": 3}), ({"ask": 4, "values": 2}, {"ask": 1})]
    totals = ratings.coarse_totals(pairs)
    assert totals == {"ask": {"up": 3, "same": 1, "down": 1}}  # values was rated twice by one player only: left out
    assert ratings.coarse_totals(pairs[:4]) == {}  # a group of four: nothing at all


# dates ----------------------------------------------------------------------------------
def test_next_check_dates_and_when_a_return_visit_is_due():
    assert revisit.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert revisit.add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)
    finished = Profile(step="poster", next_check="2026-05-01")
    assert not revisit.due(finished, dt.date(2026, 4, 30)) and revisit.due(finished, dt.date(2026, 5, 1))
    assert not revisit.due(Profile(step="values", next_check="2020-01-01"))  # a check under way is resumed
    undated = Profile(step="poster", updated="2026-01-10T09:00:00+00:00")  # no date picked: three months on
    assert revisit.next_check_on(undated) == dt.date(2026, 4, 10)
    assert revisit.parse_date("not a date") is None and not revisit.due(Profile(step="poster", updated="x"))


def test_a_quick_check_keeps_last_times_answers_but_not_its_measures():
    old = Profile(step="poster", values=["good_pay"], next_steps=["talk_manager"], ratings_after={"ask": 4})
    old.followup, old.next_check, old.ratings_in_passport = {"talk_manager": "done"}, "2026-05-01", True
    new = revisit.quick_copy(old)
    assert new.values == ["good_pay"] and new.next_steps == ["talk_manager"] and new.revisit == "quick"
    measures = (new.ratings_after, new.followup, new.next_check, new.ratings_in_passport, new.step)
    assert measures == ({}, {}, "", False, "")
    new.values.append("together")
    assert old.values == ["good_pay"]  # a copy, not the same list
    assert QUICK_FIRST in PLAY.by_id and QUICK_FROM in PLAY.by_id


# storage and migration ------------------------------------------------------------------
def write_profile(data_dir, data: dict) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "profile.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_finished_version_1_check_is_migrated_with_its_next_check(data_dir):
    write_profile(data_dir, {"version": 1, "step": "poster", "updated": "2025-01-31T10:00:00+00:00", "values": ["x"]})
    profile, notice = saves.load_profile()
    assert notice == "notice.save_migrated" and profile is not None
    assert (profile.version, profile.next_check, profile.ratings_before) == (PROFILE_VERSION, "2025-04-30", {})
    assert revisit.due(profile)  # long ago: the return visit comes first
    stored = json.loads((data_dir / "profile.json").read_text(encoding="utf-8"))
    assert stored["version"] == 2 and stored["next_check"] == "2025-04-30" and stored["ratings_after"] == {}


@pytest.mark.parametrize(
    "old", [{"version": 1, "step": "values"}, {"version": 1, "step": "poster", "updated": "yesterday"}, {"version": 1}]
)
def test_other_version_1_saves_migrate_without_a_date(data_dir, old):
    write_profile(data_dir, old)
    profile, notice = saves.load_profile()
    # ("yesterday" is no date: that save is repaired as well as migrated)
    assert notice in ("notice.save_migrated", "notice.save_repaired") and profile is not None
    assert profile.next_check == ""


def test_a_version_1_history_is_migrated_too(data_dir):
    data_dir.mkdir(parents=True)
    old = {"version": 1, "step": "poster", "updated": "2025-06-01T00:00:00+00:00", "values": ["good_pay"]}
    (data_dir / "history.json").write_text(json.dumps([old]), encoding="utf-8")
    (earlier,) = saves.load_history()
    assert earlier.values == ["good_pay"] and earlier.next_check == "2025-09-01" and earlier.followup == {}


def test_ratings_stay_on_the_device_unless_the_player_puts_them_in_the_passport():
    app = make_app()
    content, resolve = app.session.content, app.session.occupation
    profile = Profile(ratings_before={"ask": 2}, ratings_after={"ask": 4}, next_steps=["talk_manager"])
    assert "ratings" not in to_passport(profile, content, resolve)
    shared = fields_from_profile(profile, {}, "", None)
    assert not any(str(v) in ("2", "4") or "rat" in k for k, v in shared.items())  # never in a share link
    profile.ratings_in_passport = True
    passport = json.loads(json.dumps(to_passport(profile, content, resolve)))
    assert passport["ratings"] == {"before": {"ask": 2}, "after": {"ask": 4}}
    restored = from_passport(passport)
    assert (restored.ratings_before, restored.ratings_after) == ({"ask": 2}, {"ask": 4})
    assert restored.ratings_in_passport
    assert from_passport(to_passport(Profile(), content, resolve)).ratings_before == {}


# the return visit -----------------------------------------------------------------------
def three_months_old(content) -> dict:
    """A check finished three months ago whose next check (picked then) is today."""
    then = revisit.add_months(TODAY, -3)
    steps = [content.steps[0].id, content.steps[1].id]
    profile = Profile(
        step="poster",
        created=f"{then.isoformat()}T09:00:00+00:00",
        goal=content.goals[0].id,
        values=[v.id for v in content.values[:3]],
        qualities=[q.id for q in content.qualities[:2]],
        stage=content.stages[0].id,
        next_steps=steps,
        step_plans={steps[0]: {"when": content.plan_when[0].id}},
        ratings_before={"ask": 2, "qualities": 3},
        ratings_after={"ask": 4, "qualities": 4},
        next_check=TODAY.isoformat(),
    )
    data = to_plain(profile)
    data["updated"] = f"{then.isoformat()}T10:00:00+00:00"
    return data


def fits(app) -> None:
    """Every widget of the screen inside the window, none running into the footer, targets large."""
    scene, window = app.stack.top, pygame.Rect((0, 0), app.screen.get_size())
    footer = layout.frame(app.ui.metrics)[2]
    for w in scene.form.widgets:
        assert window.contains(w.rect), (scene.name, type(w).__name__, w.rect)
        if w not in scene.header_widgets and w.rect.top < footer.top:
            assert w.rect.bottom <= footer.top, (scene.name, type(w).__name__, w.rect)
    assert all(w.rect.height >= 44 for w in scene.form.focusable()), scene.name


def test_the_return_visit_asks_about_the_plan_then_a_quick_check_shows_what_changed(tmp_path, data_dir):
    app = make_app()
    content = app.session.content
    write_profile(data_dir, three_months_old(content))
    app = make_app(size=(1024, 576), text_scale=1.5)
    old = app.session.profile
    key(app, pygame.K_PAGEDOWN)  # continue: the next check has come
    assert top_name(app) == "return_steps"
    fits(app)
    said = app.stack.top.speech()
    assert revisit.day_text(revisit.add_months(TODAY, -3), NL) in said and "(1 van 2)" in said
    assert app.session.text(content.steps[0].text) in said
    key(app, pygame.K_RETURN)  # the focused card: done
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_RIGHT)  # second step: partly
    key(app, pygame.K_RETURN)
    assert old.followup == {content.steps[0].id: "done", content.steps[1].id: "partly"}
    assert saves.load_profile()[0].followup == old.followup  # saved as answered
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "return_barriers"  # a step not fully done: what stood in the way?
    fits(app)
    key(app, pygame.K_RETURN)
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "return_choice" and old.followup_barriers == [content.barriers[0].id]
    fits(app)
    key(app, pygame.K_PAGEDOWN)  # nothing chosen yet: stays, with a hint
    assert top_name(app) == "return_choice" and app.stack.top.hint
    key(app, pygame.K_RETURN)  # the focused card: the quick check
    key(app, pygame.K_PAGEDOWN)
    new = app.session.profile
    assert top_name(app) == "ratings_before" and new is not old and new.revisit == "quick"
    assert saves.load_history()[-1].followup == old.followup  # the finished check, kept to compare with
    assert new.values == old.values and new.ratings_before == {}
    while top_name(app) == "ratings_before":
        key(app, pygame.K_RIGHT)  # the first statement on each screen: no face yet -> 3
        key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "stage"  # quick: on to the plan, last time's answers kept
    assert set(new.ratings_before.values()) == {3}

    seen: dict[str, str] = {}

    def watch(a):
        scene = a.stack.top
        if scene.name in ("changes", "moved") and scene.form.widgets:
            seen[scene.name] = seen.get(scene.name, "") + scene.speech()

    play_with_bot(app, seed=4, out=tmp_path / "out", on_frame=watch)
    changes = seen["changes"]
    step0 = app.session.text(content.steps[0].text)
    assert f'Je plan: "{step0}". Je zei: "Gedaan".' in changes
    assert f'Wat in de weg zat: "{app.session.text(content.barriers[0].text)}"' in changes
    assert f"op {revisit.add_months(TODAY, -3).isoformat()}" in changes  # answering about the plan kept its date
    assert "Toen 4, nu 3: je bent nu minder zeker van waar je goed in bent." in changes  # last time's end, now
    assert "moved" in seen and new.ratings_after and new.next_check > TODAY.isoformat()
    assert app.locale.missing == set()


def test_a_full_check_on_return_starts_from_the_beginning(data_dir):
    app = make_app()
    write_profile(data_dir, three_months_old(app.session.content))
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    for _ in range(2):  # no answers: Next goes on, it is never a test
        key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "return_choice"  # no step left open, so no question about what was in the way
    key(app, pygame.K_RIGHT)  # the full check
    key(app, pygame.K_RETURN)
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "privacy" and app.session.profile.revisit == "full" and app.session.profile.values == []
    assert len(saves.load_history()) == 1


def test_a_finished_check_not_yet_due_opens_its_poster(data_dir):
    app = make_app()
    data = three_months_old(app.session.content)
    data["next_check"] = revisit.add_months(TODAY, 1).isoformat()
    write_profile(data_dir, data)
    app = make_app()
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "course"  # a returning player starts on the course map
    for _ in range(3):  # (all that was found may take a second page: Next reads on first)
        key(app, pygame.K_PAGEDOWN)
        frames(app, 2)
        if top_name(app) != "course":
            break
    assert top_name(app) == "poster"


def test_the_poster_carries_the_next_check_the_player_picked():
    app = make_app()
    words = PosterWords(app.t, app.session.text, app.session.occupation)
    items = [
        label
        for section in poster_content(Profile(next_check="2027-03-02"), app.session.content, words).left
        for label, _ in section.items
    ]
    assert "Volgende check: 2\u00a0maart\u00a02027" in items  # in words (02-03-2027 reads as 3 February in English)
    english = PosterWords(Locale("en").t, lambda x: x.en if x else "", app.session.occupation)
    items_en = [
        label
        for section in poster_content(Profile(next_check="2027-03-02"), app.session.content, english).left
        for label, _ in section.items
    ]
    assert any(label.endswith("2\u00a0March\u00a02027") for label in items_en), items_en
    undated = poster_content(Profile(), app.session.content, words).left
    assert not any("Volgende check" in label for section in undated for label, _ in section.items)
