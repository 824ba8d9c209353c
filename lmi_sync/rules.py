"""The build's documented rules over the raw data: which skill groups are shown, and when a
broader CBS group's wage may stand for a job (build time only)."""

from __future__ import annotations

import re

from lmi_sync.sources import esco_bulk, readers

COMPARABLE_SHARE = 0.75  # a broader CBS segment's wage describes a job only this far (see comparable_segment)


def display_groups(esco: esco_bulk.EscoData) -> tuple[list[str], dict[str, list[int]]]:
    """Skill groups used for display (second level of the skills pillar, ISCED-F narrow fields for
    knowledge) and, per skill, the indices of its display groups.

    Every skill climbs each of its broader links until a display group; a group with no display
    group above it stands for itself. (Each link climbs on its own: one shared "seen" set once
    left a skill with two groups under the same parent at the third level.)"""

    def is_display(uri: str) -> bool:
        code = esco.group_code.get(uri, "")
        if re.fullmatch(r"\d{3}", code):
            return True
        return bool(re.fullmatch(r"[A-Z]\d+\.\d+", code))

    memo: dict[str, frozenset[str]] = {}

    def climb(uri: str, path: frozenset[str]) -> frozenset[str]:
        if uri in memo:
            return memo[uri]
        found: set[str] = set()
        for parent in esco.broader.get(uri, []):
            if parent in path:
                continue
            found |= {parent} if is_display(parent) else climb(parent, path | {uri})
        if not found and uri in esco.group_code:
            found = {uri}
        memo[uri] = frozenset(found)
        return memo[uri]

    skills = sorted({s for _, _, s in esco.relations})
    per_skill_uris = {s: climb(s, frozenset()) for s in skills}
    used = sorted({g for gs in per_skill_uris.values() for g in gs}, key=lambda u: (esco.group_code[u], u))
    index = {u: i for i, u in enumerate(used)}
    return used, {s: sorted(index[g] for g in gs) for s, gs in per_skill_uris.items()}


def comparable_segment(isco: str, brc: readers.IscoToBrc, crosswalk: dict, wages: dict) -> bool:
    """May the wage of this job's broader CBS segment stand for the job? Only when at least
    COMPARABLE_SHARE of the segment's employees (in the BRC groups with a published headcount)
    work in groups whose ISCO unit groups all have this job's ISCO major group and skill level.
    So a bus driver (ISCO 8, level 2) gets the drivers' segment, whose few pilots do not tip it.
    The rule cannot tell managers apart: every group of "Managers productie en gespecialiseerde
    dienstverlening" is ISCO 1, level 4, so a warehouse chief (1324) gets that segment's wage
    (a rule on ISCO's first three digits would stop it, but also most other broader wages)."""
    own = (isco[:1], brc.skill_level)
    kinds: dict[str, set[tuple[str, int | None]]] = {}
    for row in crosswalk.values():
        if row.brc_segment == brc.brc_segment:
            kinds.setdefault(row.brc_group, set()).add((row.isco[:1], row.skill_level))
    total = alike = 0.0
    for group, seen in kinds.items():
        row = wages.get(group)
        if row is None or row.employees_thousands is None:
            continue
        total += row.employees_thousands
        alike += row.employees_thousands if seen == {own} else 0.0
    return total > 0 and alike / total >= COMPARABLE_SHARE
