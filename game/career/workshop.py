"""The workshop's session plan: parts of a 60 to 90 minute group session on a shared screen,
each with its slides, and the facilitator's clock (which only the facilitator asks for, and
may ignore). Pure: no window.

The plan follows the research: colleagues talk together about their careers without a
manager (report ch. 6, rec. 2); it is said up front what is shared and what is not; the five
ingredients of career guidance that work (a written exercise, interpretation and feedback,
labour-market facts, role models, building a network) each get a conversation prompt."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    id: str
    minutes: int  # planned length; a guide, never a limit


@dataclass(frozen=True)
class Slide:
    part: str
    key: str  # texts: workshop.<key>.title, .line.1 ... .line.<lines>, .ask, .tip
    kind: str = "text"  # "text"; "occupation" (the group picks a job); "figures"; "scenario" (the group plays
    # "our work in 2030", voting each round); "story"; "codes"; "group"
    lines: int = 0
    ask: bool = False  # a question for the group
    story: int = 0  # for kind "story": the first or second story


PARTS = (
    Part("opening", 5),
    Part("warmup", 10),
    Part("future", 15),
    Part("stories", 15),
    Part("talk", 15),
    Part("own_check", 15),
    Part("closing", 10),
)

SLIDES = (
    Slide("opening", "welcome", lines=2),
    Slide("opening", "privacy", lines=5),
    Slide("warmup", "warmup", lines=1, ask=True),
    Slide("future", "pick", kind="occupation"),
    Slide("future", "figures", kind="figures", ask=True),
    Slide("future", "play", kind="scenario"),
    Slide("stories", "story", kind="story", ask=True, story=0),
    Slide("stories", "story", kind="story", ask=True, story=1),
    Slide("talk", "written", lines=1, ask=True),
    Slide("talk", "meaning", lines=1, ask=True),
    Slide("talk", "facts", lines=1, ask=True),
    Slide("talk", "models", lines=1, ask=True),
    Slide("talk", "network", lines=1, ask=True),
    Slide("own_check", "own_check", lines=3),
    Slide("closing", "codes", kind="codes"),
    Slide("closing", "group", kind="group"),
    Slide("closing", "goodbye", lines=2),
)


def total_minutes() -> int:
    return sum(p.minutes for p in PARTS)


def planned(part_id: str) -> tuple[int, int]:
    """The minutes from the start at which a part is planned to begin and end."""
    start = 0
    for part in PARTS:
        if part.id == part_id:
            return start, start + part.minutes
        start += part.minutes
    raise KeyError(part_id)


def part_number(part_id: str) -> int:
    return next(i for i, p in enumerate(PARTS, 1) if p.id == part_id)


def clock(elapsed_seconds: float, part_id: str) -> tuple[int, int, int]:
    """(minutes since the start, planned start, planned end) of the part on show."""
    start, end = planned(part_id)
    return int(elapsed_seconds // 60), start, end
