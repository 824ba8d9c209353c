"""The story runner: plays a role-model story (`schema.Story`) passage by passage, in the spirit
of inkle's ink: passages follow each other or `goto` another, choices set story variables, and
passages and choices can depend on a condition on those variables. No pygame: the level-2
screen asks the runner what to show and tells it what the player chose.

A condition is one or more terms joined by " and ": `name` (the variable is set and not 0),
`not name`, or `name OP number` with OP one of == != >= <= > <. A variable never set is 0.

Also here: checking a story (the content build refuses a bad one). Which stories a player
meets, and what their choices suggest for the plan: `game/career/story_match.py`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from game.career.schema import Passage, Story, StoryChoice, Text

TERM = re.compile(r"^(?:(not) +)?([a-z_][a-z0-9_]*)(?: *(==|!=|>=|<=|>|<) *(-?\d+))?$")
OPS: dict[str, Callable[[int, int], bool]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
}


class StoryError(ValueError):
    """A story the runner cannot play (the content build names it before the game sees it)."""


@dataclass(frozen=True)
class Term:
    name: str
    op: str  # "", "not" or one of OPS
    value: int = 0


def parse_condition(text: str) -> list[Term]:
    terms = []
    for part in text.split(" and "):
        found = TERM.match(part.strip())
        if found is None or (found[1] and found[3]):
            raise StoryError(f"condition {text!r}: cannot read {part.strip()!r}")
        negate, name, op, value = found.groups()
        terms.append(Term(name, op or ("not" if negate else ""), int(value) if value else 0))
    return terms


def holds(condition: str | None, variables: dict[str, int]) -> bool:
    if not condition:
        return True
    for term in parse_condition(condition):
        value = variables.get(term.name, 0)
        if term.op == "" and not value or term.op == "not" and value:
            return False
        if term.op in OPS and not OPS[term.op](value, term.value):
            return False
    return True


@dataclass
class RunState:
    at: str | None  # the first passage of the screen on show; None when the story is over
    variables: dict[str, int] = field(default_factory=dict)
    chosen: dict[str, str] = field(default_factory=dict)  # passage id -> choice id


class StoryRun:
    """One play of a story, a screen at a time. `back()` undoes the last `go_on()`."""

    def __init__(self, story: Story) -> None:
        if not story.passages:
            raise StoryError(f"story {story.id!r} has no passages")
        self.story = story
        self.by_id = {p.id: p for p in story.passages}
        self.order = {p.id: n for n, p in enumerate(story.passages)}
        self.state = RunState(story.passages[0].id)
        self.past: list[RunState] = []

    # the flow ------------------------------------------------------------------------
    def after(self, passage: Passage) -> str | None:
        """The passage that follows one without choices: its `goto`, else the next in the list."""
        if passage.end:
            return None
        if passage.goto:
            return passage.goto
        n = self.order[passage.id] + 1
        return self.story.passages[n].id if n < len(self.story.passages) else None

    def shown(self, passage_id: str | None) -> str | None:
        """`passage_id`, or the first passage after it whose condition holds."""
        while passage_id is not None:
            passage = self.by_id[passage_id]
            if holds(passage.when, self.state.variables):
                return passage_id
            passage_id = self.after(passage)
        return None

    def screen(self) -> list[Passage]:
        """The passages shown together: up to one with choices, one that pauses, or the end."""
        passages: list[Passage] = []
        passage_id = self.shown(self.state.at)
        while passage_id is not None:
            passage = self.by_id[passage_id]
            passages.append(passage)
            if passage.choices or passage.pause or passage.end:
                break
            passage_id = self.shown(self.after(passage))
        return passages

    @property
    def done(self) -> bool:
        return self.shown(self.state.at) is None

    def asking(self) -> Passage | None:
        """The passage with choices that ends this screen, if there is one."""
        screen = self.screen()
        return screen[-1] if screen and screen[-1].choices else None

    def choices(self) -> list[StoryChoice]:
        asking = self.asking()
        return [c for c in asking.choices if holds(c.when, self.state.variables)] if asking else []

    def chosen(self) -> StoryChoice | None:
        asking = self.asking()
        choice_id = self.state.chosen.get(asking.id) if asking else None
        return next((c for c in self.choices() if c.id == choice_id), None)

    # the player's moves ----------------------------------------------------------------
    def choose(self, choice_id: str) -> None:
        """Pick a choice on this screen (the player may change it until they go on)."""
        asking = self.asking()
        if asking is None or choice_id not in {c.id for c in self.choices()}:
            raise StoryError(f"story {self.story.id!r}: no choice {choice_id!r} on this screen")
        self.state.chosen[asking.id] = choice_id

    def can_go_on(self) -> bool:
        return not self.done and (self.asking() is None or self.chosen() is not None)

    def go_on(self) -> None:
        """To the next screen: after a choice its variables are set and its `goto` followed."""
        if not self.can_go_on():
            raise StoryError(f"story {self.story.id!r}: choose first")
        screen, choice = self.screen(), self.chosen()
        self.past.append(replace(self.state, variables=dict(self.state.variables), chosen=dict(self.state.chosen)))
        if choice is not None:
            self.state.variables.update(choice.sets)
            self.state.at = choice.goto or self.after(screen[-1])
        else:
            self.state.at = self.after(screen[-1])

    def back(self) -> bool:
        """To the screen before (its choice still marked); False on the first screen."""
        if not self.past:
            return False
        self.state = self.past.pop()
        return True

    def answer(self) -> StoryChoice | None:
        """The choice made at the story's question, once made."""
        question = self.by_id.get(self.story.question)
        choice_id = self.state.chosen.get(self.story.question)
        return next((c for c in question.choices if c.id == choice_id), None) if question else None

    def helped(self) -> Text:
        """What helped in this play of the story: the chosen answer's own words, else the story's."""
        answer = self.answer()
        return answer.helped if answer is not None and answer.helped is not None else self.story.helped


# checking ----------------------------------------------------------------------------
def _edges(story: Story) -> dict[str, list[str]]:
    run = StoryRun(story)
    edges: dict[str, list[str]] = {}
    for p in story.passages:
        if p.choices:
            nxt = run.after(p)
            edges[p.id] = [target for c in p.choices if (target := c.goto or nxt)]
        else:
            edges[p.id] = [n for n in [run.after(p)] if n]
        if p.when and (n := run.after(p)) and n not in edges[p.id]:
            edges[p.id].append(n)  # a skipped passage leads on too
    return edges


def _helped_problems(question: Passage, after: str | None) -> list[str]:
    """Each answer to the question says what helped once it was chosen, so the end screen never
    praises an answer the player did not give: answers that lead to different passages differ."""
    errors = [
        f"choice {c.id!r} at the question has no `helped` (what helped once this was chosen)"
        for c in question.choices
        if c.helped is None or not c.helped.nl.strip() or not c.helped.en.strip()
    ]
    said: dict[tuple[str, str], str | None] = {}
    for c in question.choices:
        if c.helped is None:
            continue
        target = c.goto or after
        words = (c.helped.nl.strip(), c.helped.en.strip())
        if words in said and said[words] != target:
            errors.append(f"choices at the question lead to different passages but say the same `helped`: {c.id!r}")
        said.setdefault(words, target)
    return errors


def check_story(story: Story) -> list[str]:
    """What is wrong with a story, in plain sentences (empty when it can be played)."""
    errors: list[str] = []
    ids = [p.id for p in story.passages]
    if not ids:
        return ["it has no passages"]
    if len(set(ids)) != len(ids):
        errors.append("a passage id is used twice")
    known = set(ids)
    set_vars = {name for p in story.passages for c in p.choices for name in c.sets}

    def condition(where: str, text: str | None) -> None:
        if not text:
            return
        try:
            terms = parse_condition(text)
        except StoryError as exc:
            errors.append(f"{where}: {exc}")
            return
        for term in terms:
            if term.name not in set_vars:
                errors.append(f"{where}: condition {text!r} uses {term.name!r}, which no choice sets")

    for p in story.passages:
        condition(f"passage {p.id!r}", p.when)
        if p.goto and p.goto not in known:
            errors.append(f"passage {p.id!r} goes to unknown passage {p.goto!r}")
        if p.choices and (p.pause or p.end or p.goto):
            errors.append(f"passage {p.id!r} has choices, so it cannot pause, end or goto")
        if len({c.id for c in p.choices}) != len(p.choices):
            errors.append(f"passage {p.id!r}: a choice id is used twice")
        if p.choices and all(c.when for c in p.choices):
            errors.append(f"passage {p.id!r}: every choice has a condition, so the player could be stuck")
        for c in p.choices:
            condition(f"choice {c.id!r}", c.when)
            if c.goto and c.goto not in known:
                errors.append(f"choice {c.id!r} goes to unknown passage {c.goto!r}")
    question = next((p for p in story.passages if p.id == story.question), None)
    if question is None or not question.choices:
        errors.append(f"question {story.question!r} must be a passage with choices")
    else:
        run = StoryRun(story)
        targets = {c.goto or run.after(question) for c in question.choices if not c.when}
        if len(targets) < 2:
            errors.append(f"question {story.question!r}: at least two choices must lead to different passages")
        errors.extend(_helped_problems(question, run.after(question)))
    if errors:
        return errors
    edges = _edges(story)
    reached, todo = set(), [ids[0]]
    while todo:
        now = todo.pop()
        if now not in reached:
            reached.add(now)
            todo.extend(edges[now])
    for passage_id in ids:
        if passage_id not in reached:
            errors.append(f"passage {passage_id!r} can never be reached")
    state: dict[str, int] = {}  # 1 = on the path, 2 = done

    def visit(node: str) -> bool:
        state[node] = 1
        for nxt in edges[node]:
            if state.get(nxt) == 1 or (nxt not in state and visit(nxt)):
                return True
        state[node] = 2
        return False

    if visit(ids[0]):
        errors.append("it goes round in a circle, so it might never end")
    return errors
