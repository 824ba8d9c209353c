"""The return visit: the date of the next check, when it has come, and a quick check that keeps
last time's answers. Pure functions (no pygame); the screens are game/scenes/revisit.py."""

from __future__ import annotations

import calendar
import copy
import dataclasses
import datetime as dt
from collections.abc import Callable

from game.career.profile import Profile

FINISHED = "poster"  # the step a finished check stays at (game/steps.py: the last step)
MONTHS = (3, 6, 12, 24)  # the player picks the next check this far ahead
DEFAULT_MONTHS = 3  # a finished check without a date is due this long after it was last changed
STATUSES = ("done", "partly", "not_yet")  # how the planned step went: the behaviour measure
# what a quick check starts with empty: the measures belong to one check
MEASURES = ("ratings_before", "ratings_after", "ratings_in_passport", "next_check", "followup", "followup_barriers")


def parse_date(text: str) -> dt.date | None:
    """The date at the start of an ISO date or timestamp; None for anything else."""
    try:
        return dt.date.fromisoformat(text[:10]) if isinstance(text, str) else None
    except ValueError:
        return None


def day_text(day: dt.date | None, t: Callable[..., str]) -> str:
    """A date as the poster and the screens write it, in words: "2 maart 2027", "2 March 2027"
    (02-03-2027 reads as 3 February in English); "" for none."""
    return t("date.words", day=day.day, month=t(f"month.{day.month}"), year=day.year) if day else ""


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the last day of a shorter month: 31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def next_check_on(profile: Profile) -> dt.date | None:
    """When the next check is planned: the date the player picked, or for a finished check
    without one, three months after it was last changed."""
    picked = parse_date(profile.next_check)
    if picked is not None or profile.step != FINISHED:
        return picked
    last = parse_date(profile.updated)
    return add_months(last, DEFAULT_MONTHS) if last else None


def due(profile: Profile | None, today: dt.date | None = None) -> bool:
    """A finished check whose next check has come: the game opens with the return visit."""
    if profile is None or profile.step != FINISHED:
        return False
    when = next_check_on(profile)
    return when is not None and when <= (today or dt.date.today())


def open_steps(profile: Profile) -> bool:
    """Some planned step was not (fully) done: then the game asks what stood in the way."""
    return any(profile.followup.get(step) in ("partly", "not_yet") for step in profile.next_steps)


def quick_copy(old: Profile, kind: str = "quick") -> Profile:
    """A new check that starts from last time's answers (the player can change any of them);
    the measures of the last check are not copied, and its dates are new."""
    fresh = Profile()
    keep = {f.name: getattr(old, f.name) for f in dataclasses.fields(Profile)}
    for name in ("version", "created", "updated", "step", *MEASURES):
        keep[name] = getattr(fresh, name)
    keep["revisit"] = kind
    return Profile(**copy.deepcopy(keep))
