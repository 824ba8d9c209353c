"""Options for level 3 from the transferable-skills data (pure functions, tested without a window)."""

from __future__ import annotations

from collections import Counter

from game.career.lmi import Lmi, still_to_learn
from game.career.schema import LmiOccupation

RISK_LEVEL = {"Low risk": 0, "Other": 1, "High risk": 2}  # Nesta's categories -> sun, cloud, rain


def travel_well(occ: LmiOccupation, top: int = 3) -> list[int]:
    """Skill groups of this job that nearby occupations ask for too: they travel well. (Shared
    groups are never fields of knowledge: lmi_sync leaves those out of `shared`.)"""
    counts = Counter(g for n in occ.nearest for g in n.shared)
    return [g for g, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:top]]


def learn_options(occ: LmiOccupation, top: int = 6) -> list[int]:
    """Skill groups that nearby occupations ask for and this job does not: learning them opens doors."""
    counts = Counter(g for n in occ.nearest for g in still_to_learn(occ, n))
    return [g for g, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:top]]


def _value(lmi: Lmi, occ: LmiOccupation, kind: str) -> float | None:
    fig = lmi.figure(occ, kind)
    return fig.value if fig and fig.missing is None else None


def compare_wage(lmi: Lmi, now: LmiOccupation, other: LmiOccupation, margin: float = 0.05) -> str | None:
    """ "more", "same" or "less": the median hourly wage (CBS) of the other occupation's group
    against the current one's; None when either is unknown."""
    a, b = _value(lmi, now, "wage_p50"), _value(lmi, other, "wage_p50")
    if a is None or b is None:
        return None
    if b > a * (1 + margin):
        return "more"
    if b < a * (1 - margin):
        return "less"
    return "same"


def education_step(lmi: Lmi, now: LmiOccupation, other: LmiOccupation) -> str | None:
    """ "same", "higher" or "lower" ISCO skill level; None when unknown."""
    a, b = _value(lmi, now, "education"), _value(lmi, other, "education")
    if a is None or b is None:
        return None
    return "same" if a == b else "higher" if b > a else "lower"


def compare_risk(lmi: Lmi, now: LmiOccupation, other: LmiOccupation) -> str | None:
    """ "lower", "same" or "higher": the other occupation's automation-risk group (Nesta) against
    the current one's; None when either is unknown. "lower" is a safer move."""
    a, b = risk_level(lmi, now), risk_level(lmi, other)
    if a is None or b is None:
        return None
    return "same" if a == b else "lower" if b < a else "higher"


def move_flags(lmi: Lmi, now: LmiOccupation, other: LmiOccupation) -> list[str]:
    """In the spirit of Career Causeways' "safe and desirable" moves: "safer" when the other
    work's automation risk (Nesta) is lower than now, "pay_ok" when its median wage (CBS) is not
    lower, and is not the very same figure (two jobs in one CBS group share one wage, which
    says nothing about the move). Nothing is said where a figure is missing: no flag is no verdict."""
    flags = []
    if compare_risk(lmi, now, other) == "lower":
        flags.append("safer")
    a, b = lmi.figure(now, "wage_p50"), lmi.figure(other, "wage_p50")
    one_figure = a is not None and b is not None and (a.scope, a.value) == (b.scope, b.value)
    if compare_wage(lmi, now, other) in ("same", "more") and not one_figure:  # one group's figure says nothing
        flags.append("pay_ok")
    return flags


def risk_level(lmi: Lmi, occ: LmiOccupation) -> int | None:
    fig = lmi.figure(occ, "automation_risk")
    if fig is None or fig.missing:
        return None
    return RISK_LEVEL.get(fig.label or "", 1)
