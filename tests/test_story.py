"""The story runner without a window: goto, conditions, variables, going back, bad stories refused;
and every story in the content played down every path of its question."""

from __future__ import annotations

import re

import pytest

from game.career.content import load_content
from game.career.schema import Passage, Story, StoryChoice, StoryNeed, Text
from game.career.story import StoryError, StoryRun, check_story, holds, parse_condition
from game.career.story_match import plan_ideas

CONTENT = load_content()


def t(words: str) -> Text:
    return Text(nl=words, en=words)


def p(pid: str, **kw) -> Passage:
    return Passage(id=pid, text=t(f"{pid}. Twee zinnen."), picto="star", **kw)


def c(cid: str, **kw) -> StoryChoice:
    helped = kw.pop("helped", t(f"{cid} hielp."))
    return StoryChoice(id=cid, text=t(cid), picto="star", helps=kw.pop("helps", "support"), helped=helped, **kw)


def story(*passages: Passage, question: str = "ask") -> Story:
    return Story(
        id="test",
        title=t("Test"),
        portrait="star",
        from_occupation="a",
        to_occupation="b",
        composite=True,
        passages=list(passages),
        question=question,
        helped=t("Hulp."),
    )


def tiny() -> Story:
    """start, ask -> (left | right, which sets `brave`) -> brave_note (when brave) -> support (pause) -> end."""
    return story(
        p("start"),
        p(
            "ask",
            choices=[
                c("go_left", goto="left", step="try_task"),
                c("go_right", goto="right", sets={"brave": 1, "count": 2}, who="family"),
                c("secret", goto="right", when="brave"),
            ],
        ),
        p("left", goto="support"),
        p("right"),
        p("brave_note", when="brave and count >= 2"),
        p("support", pause=True),
        p("timid_note", when="not brave"),
        p("end", end=True),
        p("never_after_end"),
    )


def ids(run: StoryRun) -> list[str]:
    return [passage.id for passage in run.screen()]


def test_a_screen_holds_passages_up_to_the_question():
    run = StoryRun(tiny())
    assert ids(run) == ["start", "ask"]
    assert [ch.id for ch in run.choices()] == ["go_left", "go_right"]  # "secret" needs `brave`
    assert not run.can_go_on()
    with pytest.raises(StoryError):
        run.go_on()
    with pytest.raises(StoryError):
        run.choose("secret")


def test_different_choices_lead_to_different_passages_and_variables_decide_what_shows():
    left, right = StoryRun(tiny()), StoryRun(tiny())
    left.choose("go_left")
    left.go_on()
    right.choose("go_right")
    right.go_on()
    assert ids(left) == ["left", "support"]  # goto skips "right"; brave_note's condition fails
    assert ids(right) == ["right", "brave_note", "support"]
    assert right.state.variables == {"brave": 1, "count": 2} and left.state.variables == {}
    left.go_on()
    right.go_on()
    assert ids(left) == ["timid_note", "end"] and ids(right) == ["end"]
    left.go_on()
    assert left.done and not left.can_go_on() and left.screen() == []
    assert left.answer() is not None and left.answer().id == "go_left"


def test_back_undoes_a_screen_and_keeps_the_choice_marked():
    run = StoryRun(tiny())
    assert not run.back()
    run.choose("go_right")
    run.go_on()
    assert run.back()
    assert ids(run) == ["start", "ask"] and run.chosen().id == "go_right"
    assert run.state.variables == {}  # the choice's variables are undone with the screen
    run.choose("go_left")  # a player may change their mind
    run.go_on()
    assert ids(run) == ["left", "support"]


def test_conditions():
    assert parse_condition("a and not b and c >= 2")[2].op == ">="
    assert holds(None, {}) and holds("", {})
    assert holds("x", {"x": 1}) and not holds("x", {}) and holds("not x", {})
    assert holds("x == 2 and y < 0", {"x": 2, "y": -1}) and not holds("x != 2", {"x": 2})
    for bad in ("x =", "2 > x", "not x > 1", "x or y", "X"):
        with pytest.raises(StoryError):
            parse_condition(bad)


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (story(p("start"), p("ask", choices=[c("a", goto="nowhere"), c("b")]), p("end")), "unknown passage 'nowhere'"),
        (story(p("ask", choices=[c("a", goto="x"), c("b", goto="y")]), p("x", when="typo"), p("y")), "no choice sets"),
        (story(p("ask", choices=[c("a", goto="x"), c("b", goto="x")]), p("x")), "lead to different passages"),
        (
            story(
                p("ask", choices=[c("a", goto="x"), c("b", goto="y")]), p("x", end=True), p("y", end=True), p("lost")
            ),
            "never",
        ),
        (story(p("ask", choices=[c("a", goto="x"), c("b", goto="y")]), p("x", goto="ask"), p("y")), "circle"),
        (story(p("ask", choices=[c("a", when="k", sets={"k": 1}), c("b", when="k")]), p("x")), "could be stuck"),
        (story(p("start"), p("end"), question="start"), "must be a passage with choices"),
        (story(p("ask", choices=[c("a", goto="x"), c("b")]), p("x", when="k >")), "cannot read"),
        (story(p("ask", choices=[c("a", goto="x", helped=None), c("b")]), p("x")), "choice 'a' at the question has no"),
        (
            story(
                p("ask", choices=[c("a", goto="x", helped=t("Zelfde.")), c("b", goto="y", helped=t("Zelfde."))]),
                p("x"),
                p("y"),
            ),
            "same",
        ),
    ],
)
def test_a_bad_story_is_refused(broken, message):
    problems = check_story(broken)
    assert any(message in problem for problem in problems), problems


def test_the_tiny_story_is_good_but_for_what_follows_its_end():
    assert check_story(tiny()) == ["passage 'never_after_end' can never be reached"]
    whole = tiny()
    assert check_story(story(*whole.passages[:-1])) == []


def sentences(text: str) -> int:
    return len(re.findall(r"[.?!](\"|')?(\s|$)", text))


def play(story: Story, first: str) -> list[list[Passage]]:
    """Play a story to its end: `first` at the question, the first choice anywhere else."""
    run, screens = StoryRun(story), []
    while not run.done:
        screens.append(run.screen())
        if run.asking() is not None:
            run.choose(first if run.asking().id == story.question else run.choices()[0].id)
        run.go_on()
    return screens


def test_every_story_plays_to_its_end_down_every_path_and_no_screen_is_one_sentence():
    assert len(CONTENT.stories) >= 16
    for s in CONTENT.stories:
        assert check_story(s) == [], s.id
        question = next(q for q in s.passages if q.id == s.question)
        after_question = set()
        for choice in question.choices:
            screens = play(s, choice.id)
            assert len(screens) == 2, s.id  # the setting with its question; what came of the answer (issue 18)
            assert screens[0][-1].id == s.question, s.id
            after_question.add(screens[1][0].id)
            for screen in screens:
                words = " ".join(passage.text.nl for passage in screen)
                assert sentences(words) >= 2 or "outcome" in screen[-1].tags, (s.id, words)
            assert "outcome" in screens[-1][-1].tags, s.id
        assert len(after_question) == len(question.choices) >= 2, s.id  # every choice has its own passage
        assert all(ch.helps for ch in question.choices)


def test_choices_and_needs_carry_into_the_plan():
    s = tiny()
    needs = [StoryNeed(id="time", picto="clock", text=t("Tijd"), helps="practical", step="ask_training", who="manager")]
    steps, who = plan_ideas([s], needs, {"test": "go_right"}, {"test": "time"})
    assert steps == ["ask_training"] and who == ["family", "manager"]
    steps, who = plan_ideas([s], needs, {"test": "go_left", "gone": "x"}, {"test": "unknown"})
    assert steps == ["try_task"] and who == []


NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")  # a name in the middle of a sentence: "vraagt raad aan Ahmed"


def test_what_helped_follows_the_answer_and_no_path_names_someone_met_on_another():
    """The end screen's 'what helped' is the chosen answer's own; it names only people met on that
    path, and a person met after one answer is never named on the path of another."""
    for s in CONTENT.stories:
        question = next(q for q in s.passages if q.id == s.question)
        assert len({(ch.helped.nl, ch.helped.en) for ch in question.choices if ch.helped}) == len(question.choices)
        plays: dict[str, tuple[str, set[str]]] = {}
        for choice in question.choices:
            run = StoryRun(s)
            words = []
            while not run.done:
                words += [passage.text.nl for passage in run.screen()]
                if run.asking() is not None:
                    run.choose(choice.id if run.asking().id == s.question else run.choices()[0].id)
                run.go_on()
            assert run.answer() == choice and run.helped() == choice.helped, (s.id, choice.id)
            text = " ".join(words)
            assert set(NAME.findall(choice.helped.nl)) <= set(NAME.findall(text)), (s.id, choice.id)
            own = next(passage for passage in s.passages if passage.id == choice.goto)
            plays[choice.id] = (text + " " + choice.helped.nl, set(NAME.findall(own.text.nl)))
        for choice_id, (_, met) in plays.items():
            for other, (said, _) in plays.items():
                named = {name for name in met if name in said and name not in s.title.nl}
                assert other == choice_id or not named, (s.id, choice_id, other, named)


def test_a_story_without_an_answer_of_its_own_falls_back_to_its_helped():
    run = StoryRun(story(p("ask", choices=[c("a", goto="x", helped=None), c("b")]), p("x", end=True), p("y")))
    run.choose("a")
    assert run.helped() == t("Hulp.")
    run.choose("b")
    assert run.helped() == t("b hielp.")
