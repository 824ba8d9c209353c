"""The course ("Koers": a heading): the five parts of the check as stops on a map, where the
player is now, and what they have collected on the way. Pure: no window, no state.

There are no points: nothing a player collects is right or wrong, it is only theirs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from game.career.listing import join
from game.career.profile import Profile, interest_code
from game.career.schema import Content, Text

PART_PICTOS = ("magnifier", "people", "weather", "target", "picture")  # a pictogram for each part (1..5)
DONE, HERE, LATER, SKIPPED = "done", "here", "later", "skipped"


@dataclass(frozen=True)
class Stop:
    level: int  # 1..levels
    state: str  # DONE, HERE or LATER
    picto: str


def stops(levels: int, here: int, skipped: frozenset[int] = frozenset()) -> list[Stop]:
    """Every part as a stop: the ones before `here` done, `here` the next to play; a part with
    nothing to play in this check (the short one leaves part 2 out) is skipped."""

    def state(n: int) -> str:
        if n in skipped and n != here:
            return SKIPPED
        return DONE if n < here else HERE if n == here else LATER

    return [Stop(n, state(n), PART_PICTOS[(n - 1) % len(PART_PICTOS)]) for n in range(1, levels + 1)]


@dataclass(frozen=True)
class Found:
    """One kind of thing the player has collected: a texts key and what it holds."""

    key: str  # "course.found.<kind>": its text takes {words}
    words: list[str] = field(default_factory=list)
    part: int = 1  # the part of the check it is found in
    pictos: list[str] = field(default_factory=list)  # a pictogram for each of `words` (none: said as a sentence)

    @property
    def head_key(self) -> str:
        """The heading beside its chips, in the cards' own first person: the poster's heading
        where the poster has one ("Hier ben ik goed in"), else "course.head.<kind>" ("<key>_head")."""
        kind = self.key.removeprefix("course.found.")
        if kind in POSTER_HEADS:
            return POSTER_HEADS[kind]
        return f"course.head.{kind}" if kind != self.key else f"{self.key}_head"

    def said(self, t: Callable[..., str]) -> str:
        """The sentence it is read aloud as ("Hier ben je goed in: Precies en Geduldig.")."""
        return t(self.key, words=join(self.words, t))


def card_found(
    key: str, content: Content, group: str, ids: list[str], text: Callable[[Text | None], str], part: int = 1
) -> Found:
    """The player's own cards of a group (those still in the content), under a texts key."""
    cards = [c for c in (content.card(group, i) for i in ids) if c]
    return Found(key, [text(c.text) for c in cards], part, [c.picto for c in cards])


# what the poster calls the same cards (said once, and the same words on the poster at the end)
POSTER_HEADS = {
    "values": "poster.values",
    "strengths": "poster.strengths",
    "feedback.develop": "poster.develop",
    "steps": "poster.steps",
    "options": "poster.options",
}


def collected(
    profile: Profile,
    content: Content,
    letters: dict[str, str],
    t: Callable[..., str],
    text: Callable[[Text | None], str],
    title_of: Callable[[str], str | None] = lambda key: None,
) -> list[Found]:
    """What the player has found so far, in their own cards' words, in the order of the course
    (`title_of` names the work the player marked). Kinds with nothing in them are left out."""

    def cards(kind: str, group: str, ids: list[str], part: int = 1) -> Found:
        return card_found(f"course.found.{kind}", content, group, ids, text, part)

    code = interest_code(profile.interest_scores(letters))
    stories = {s.id: s for s in content.stories}
    read = [text(stories[i].title) for i in profile.stories_seen if i in stories]
    options = [t for t in (title_of(k) for k in profile.options) if t]
    found = [
        Found("course.found.interests", [t(f"riasec.short.{x}") for x in code]),
        cards("values", "values", profile.values[:3]),
        cards("strengths", "qualities", profile.qualities),
        Found("course.found.stories" if len(read) > 1 else "course.found.story", read, 2, ["book"] * len(read)),
        cards("route", "routes", [profile.route] if profile.route else [], 3),
        Found("course.found.options", options, 3, ["briefcase"] * len(options)),
        cards("steps", "steps", profile.next_steps, 4),
    ]
    return [f for f in found if f.words]
