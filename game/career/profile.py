"""The player's career profile: every choice in the game flows into one Profile."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from game.career.meaning import (
    ESCO_OCCUPATION,
    INTEREST_ITEM,
    OCCUPATION,
    PLAN_ANSWER,
    SKILL_GROUP_ID,
    STORY,
    STORY_CHOICE,
    STORY_NEED,
    card,
)
from game.career.ratings import IDS
from game.career.schema import RIASEC
from game.engine.plain import DATE, DATE_OR_EMPTY, means, one_of, scale, text

PROFILE_VERSION = 2  # 2: the effect ratings, the next check and the return visit (saves.MIGRATIONS)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


# the parts of the conversation sheet (game/career/sheet.py), in its order
SHEET_PARTS = ("interests", "values", "strengths", "learn", "job", "stage", "barriers", "step", "notes")


@dataclass
class Profile:
    """What each field means is declared on it (`means`), once: every way in (a save, a
    passport, a share link) reads a profile with `plain.read`, which drops what does not fit."""

    version: int = PROFILE_VERSION
    created: str = field(default_factory=now_iso, metadata=means(DATE))
    updated: str = field(default_factory=now_iso, metadata=means(DATE))
    # where a closed game goes on: a step id of game/steps.py ("" before the first; one that
    # does not exist resumes at the first)
    step: str = ""
    name: str = field(default="", metadata=means(text(40)))  # optional first name or nickname, for the poster
    goal: str | None = field(default=None, metadata=means(card("goals")))
    quick: bool = False  # the short check (for a first talk with a coach): fewer steps, ends at the sheet
    interest_path: str = field(default="full", metadata=means(one_of("full", "quick")))  # 60 or 30 activities
    # item id -> 1..5 (5 = strongly like)
    interest_answers: dict[str, int] = field(default_factory=dict, metadata=means(scale(1, 5), key=INTEREST_ITEM))
    qualities: list[str] = field(default_factory=list, metadata=means(card("qualities")))
    development_areas: list[str] = field(default_factory=list, metadata=means(card("qualities")))
    # "what would colleagues say?"
    colleague_qualities: list[str] = field(default_factory=list, metadata=means(card("qualities")))
    reflection: str = field(default="", metadata=means(text(280)))  # the written exercise; on this device only
    values: list[str] = field(default_factory=list, metadata=means(card("values")))  # most important first
    # a content occupation id or an ESCO occupation UUID
    occupation: str | None = field(default=None, metadata=means(OCCUPATION))
    # ISCO major group, when the job is not in the list
    occupation_group: str | None = field(default=None, metadata=means(card("job_groups")))
    no_job: bool = False
    stories_seen: list[str] = field(default_factory=list, metadata=means(STORY))
    # story id -> choice id
    story_answers: dict[str, str] = field(default_factory=dict, metadata=means(STORY_CHOICE, key=STORY))
    # story id -> "what would you need?" (a story_needs id)
    story_needs: dict[str, str] = field(default_factory=dict, metadata=means(STORY_NEED, key=STORY))
    route: str | None = field(default=None, metadata=means(card("routes")))
    # ESCO occupation UUIDs marked interesting
    options: list[str] = field(default_factory=list, metadata=means(ESCO_OCCUPATION))
    # ESCO skill group ids to learn or grow in
    learn_groups: list[str] = field(default_factory=list, metadata=means(SKILL_GROUP_ID))
    # "Mijn werk in 2030": events, choices per round and what came of them (game.career.scenario.Scenario.outcome)
    scenario: dict[str, list[str]] = field(default_factory=dict)
    stage: str | None = field(default=None, metadata=means(card("stages")))
    next_steps: list[str] = field(default_factory=list, metadata=means(card("steps")))
    # step -> when, where, who
    step_plans: dict[str, dict[str, str]] = field(default_factory=dict, metadata=means(PLAN_ANSWER, key=card("steps")))
    barriers: list[str] = field(default_factory=list, metadata=means(card("barriers")))
    helper: str = field(default="", metadata=means(text(40)))  # one person who can help
    # conversation-sheet parts the player switched off (it travels in the passport: a coach's view leaves them out)
    sheet_hidden: list[str] = field(default_factory=list, metadata=means(one_of(*SHEET_PARTS, "name")))
    # the effect measure (game/career/ratings.py): item id -> 1..5, at the start and at the end
    ratings_before: dict[str, int] = field(default_factory=dict, metadata=means(scale(1, 5), key=one_of(*IDS)))
    ratings_after: dict[str, int] = field(default_factory=dict, metadata=means(scale(1, 5), key=one_of(*IDS)))
    ratings_in_passport: bool = False  # only when the player chooses it; they stay on this device
    next_check: str = field(default="", metadata=means(DATE_OR_EMPTY))  # the next check's ISO date ("" none)
    # the return visit (game/career/revisit.py): "" a first check, "quick" or "full" on a return
    revisit: str = field(default="", metadata=means(one_of("", "quick", "full")))
    # this check's planned step -> done, partly, not_yet
    followup: dict[str, str] = field(
        default_factory=dict, metadata=means(one_of("done", "partly", "not_yet"), key=card("steps"))
    )
    followup_barriers: list[str] = field(default_factory=list, metadata=means(card("barriers")))  # in the way

    def touch(self) -> None:
        self.updated = now_iso()

    def interest_scores(self, letters: dict[str, str]) -> dict[str, int]:
        """O*NET scoring: strongly dislike 0, dislike 1, not sure 2, like 3, strongly like 4, summed per
        RIASEC letter. A skipped activity adds nothing. `letters` maps item id -> letter."""
        scores = {letter: 0 for letter in RIASEC}
        for item_id, answer in self.interest_answers.items():
            letter = letters.get(item_id)
            if letter and 1 <= answer <= 5:
                scores[letter] += answer - 1
        return scores


def interest_code(scores: dict[str, int], length: int = 3) -> str:
    """The top letters by score; ties keep the RIASEC order. Empty when nothing was answered."""
    ranked = sorted((letter for letter in RIASEC if scores.get(letter, 0) > 0), key=lambda x: -scores[x])
    return "".join(ranked[:length])
