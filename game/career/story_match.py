"""Which role-model stories a player meets (the closest to their own work first, then the ones
that fit their goal), and what their story choices suggest for the plan. Pure functions, no
pygame; the stories themselves are played by `game/career/story.py`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from game.career.schema import Story, StoryNeed


@dataclass(frozen=True)
class Work:
    """The player's work, as far as the play-through knows it."""

    job: str | None = None  # ESCO occupation UUID
    isco: str | None = None  # the ISCO code, or only the major group ("not in the list")
    near: frozenset[str] = frozenset()  # the nearest occupations' UUIDs (lmi.jsonl)
    no_job: bool = False
    code: str = ""  # the player's interest code (RIASEC letters)
    goal: str | None = None


def closeness(story: Story, work: Work, isco_of: Callable[[str], str | None]) -> int:
    """How close the story's work is to the player's: 10 the same job (or both without a job),
    8 the same ISCO unit group, 7 a nearest occupation, 5 the same sub-major group, 3 the same
    major group, 0 nothing in common."""
    if work.no_job:
        return 10 if story.situation == "no_job" else 0
    from_isco = isco_of(story.from_occupation) or "?"
    isco = work.isco or ""
    scores = [0]
    if work.job and story.from_occupation == work.job:
        scores.append(10)
    if story.from_occupation in work.near:
        scores.append(7)
    if story.to_occupation in work.near or (work.job and story.to_occupation == work.job):
        scores.append(5)
    for digits, points in ((4, 8), (2, 5), (1, 3)):
        if len(isco) >= digits and from_isco[:digits] == isco[:digits]:
            scores.append(points)
    return max(scores) - (story.situation == "no_job")  # a story without work is a little further off


def rank_stories(
    stories: list[Story], work: Work, isco_of: Callable[[str], str | None], code_of: Callable[[str], str | None]
) -> list[Story]:
    """Closest work first; then the stories that fit the player's goal; then shared interests
    (RIASEC letters of the story's new work); then the content's order."""
    order = {s.id: n for n, s in enumerate(stories)}

    def key(story: Story) -> tuple[int, int, int, int]:
        shared = sum(letter in (code_of(story.to_occupation) or "") for letter in work.code)
        return (-closeness(story, work, isco_of), -(work.goal in story.goals), -shared, order[story.id])

    return sorted(stories, key=key)


# into the plan -------------------------------------------------------------------------
def plan_ideas(
    stories: Iterable[Story], needs: Iterable[StoryNeed], answers: dict[str, str], wanted: dict[str, str]
) -> tuple[list[str], list[str]]:
    """What the player's story choices (`answers`: story id -> choice id) and their answers to
    "what would you need?" (`wanted`: story id -> need id) suggest for the plan: first steps
    (`steps` card ids) and helpers (`plan_who` card ids), in the order the stories were played."""
    by_story = {s.id: s for s in stories}
    by_need = {n.id: n for n in needs}
    steps: list[str] = []
    who: list[str] = []

    def add(step: str | None, helper: str | None) -> None:
        if step and step not in steps:
            steps.append(step)
        if helper and helper not in who:
            who.append(helper)

    for story_id in dict.fromkeys([*answers, *wanted]):
        story = by_story.get(story_id)
        question = next((p for p in story.passages if p.id == story.question), None) if story else None
        choice = next((c for c in question.choices if c.id == answers.get(story_id)), None) if question else None
        if choice is not None:
            add(choice.step, choice.who)
        need = by_need.get(wanted.get(story_id, ""))
        if need is not None:
            add(need.step, need.who)
    return steps, who
