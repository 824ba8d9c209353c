"""Choices in the plan that do not go together: said plainly, and the player says which one
holds. Pure: no window.

Staying is a valid choice, and so is moving on; only the two together on one poster say
nothing. Each clash names two choices by the profile field that holds them, the card group
their words come from and the step where the player makes that choice again."""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.career.profile import Profile


@dataclass(frozen=True)
class Choice:
    field: str  # the Profile field
    value: str  # the card id in it
    group: str  # the card group of the content (for its words and pictogram)
    step: str  # the step (game/steps.py) where it is chosen

    def holds(self, profile: Profile) -> bool:
        return bool(getattr(profile, self.field) == self.value)


@dataclass(frozen=True)
class Clash:
    earlier: Choice
    later: Choice


GOAL, ROUTE, STAGE = ("goal", "goals", "goal"), ("route", "routes", "route"), ("stage", "stages", "stage")


def _choice(where: tuple[str, str, str], value: str) -> Choice:
    field, group, step = where
    return Choice(field, value, group, step)


CLASHES = (
    # "to similar work" and "I choose to stay", or "I do not think about a change yet"
    Clash(_choice(ROUTE, "move"), _choice(STAGE, "staying")),
    Clash(_choice(ROUTE, "move"), _choice(STAGE, "not_yet")),
    # "work with another employer" and "I choose to stay"; or "stay and grow where I am"
    Clash(_choice(GOAL, "other_employer"), _choice(STAGE, "staying")),
    Clash(_choice(GOAL, "other_employer"), _choice(ROUTE, "stay")),
)


def clashes(profile: Profile) -> list[Clash]:
    """The clashes in the profile now, earliest choice first."""
    return [c for c in CLASHES if c.earlier.holds(profile) and c.later.holds(profile)]


def other(clash: Clash, kept: Choice) -> Choice:
    """The player says `kept` holds: the other choice is the one to make again."""
    return clash.later if kept == clash.earlier else clash.earlier


def replacements(profile: Profile, again: Choice, values: list[str]) -> list[str]:
    """The cards (of `values`, in order) that can take the place of `again` without a new clash
    with what the player keeps."""
    trial = replace(profile)
    touching = [c for c in CLASHES if again.field in (c.earlier.field, c.later.field)]
    fitting = []
    for value in values:
        setattr(trial, again.field, value)
        if value != again.value and not any(c.earlier.holds(trial) and c.later.holds(trial) for c in touching):
            fitting.append(value)
    return fitting
