"""The player's career profile: every choice in the game flows into one Profile."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from game.career.schema import RIASEC

PROFILE_VERSION = 2  # 2: the effect ratings, the next check and the return visit (saves.MIGRATIONS)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass
class Profile:
    version: int = PROFILE_VERSION
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    step: str = ""  # where a closed game goes on: a step id of game/steps.py ("" before the first)
    name: str = ""  # optional first name or nickname, for the poster
    goal: str | None = None
    quick: bool = False  # the quick check (about ten minutes, for a first talk with a coach): fewer steps
    interest_path: str = "full"  # "full" (60 activities) or "quick" (30)
    interest_answers: dict[str, int] = field(default_factory=dict)  # item id -> 1..5 (5 = strongly like)
    qualities: list[str] = field(default_factory=list)
    development_areas: list[str] = field(default_factory=list)
    colleague_qualities: list[str] = field(default_factory=list)  # "what would colleagues say?"
    reflection: str = ""  # the free-text written exercise; kept on this device only
    values: list[str] = field(default_factory=list)  # ordered, most important first
    occupation: str | None = None  # a content occupation id or an ESCO occupation UUID
    occupation_group: str | None = None  # ISCO major group, when the job is not in the list
    no_job: bool = False
    stories_seen: list[str] = field(default_factory=list)
    story_answers: dict[str, str] = field(default_factory=dict)  # story id -> choice id
    story_needs: dict[str, str] = field(default_factory=dict)  # story id -> "what would you need?" (a story_needs id)
    route: str | None = None
    options: list[str] = field(default_factory=list)  # ESCO occupation UUIDs marked interesting
    learn_groups: list[str] = field(default_factory=list)  # ESCO skill group ids to learn or grow in
    # "Mijn werk in 2030": events, choices per round and what came of them (game.career.scenario.Scenario.outcome)
    scenario: dict[str, list[str]] = field(default_factory=dict)
    stage: str | None = None
    next_steps: list[str] = field(default_factory=list)
    step_plans: dict[str, dict[str, str]] = field(default_factory=dict)  # step -> when, where, who
    barriers: list[str] = field(default_factory=list)
    helper: str = ""  # one person who can help
    sheet_hidden: list[str] = field(default_factory=list)  # conversation-sheet parts the player switched off
    # the effect measure (game/career/ratings.py): item id -> 1..5, at the start and at the end
    ratings_before: dict[str, int] = field(default_factory=dict)
    ratings_after: dict[str, int] = field(default_factory=dict)
    ratings_in_passport: bool = False  # only when the player chooses it; they stay on this device
    next_check: str = ""  # the next check's ISO date, as the player picked it ("" none)
    # the return visit (game/career/revisit.py): "" a first check, "quick" or "full" on a return
    revisit: str = ""
    followup: dict[str, str] = field(default_factory=dict)  # this check's planned step -> done, partly, not_yet
    followup_barriers: list[str] = field(default_factory=list)  # what stood in the way (barrier card ids)

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
