"""The build's documented rules over the raw data: which skill groups are shown, and when a
broader CBS group's wage may stand for a job (build time only)."""

from __future__ import annotations

import re
from collections import Counter

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


MANAGERS = "1"  # ISCO-08 major group 1


def segment_reason(isco: str, brc: readers.IscoToBrc, crosswalk: dict, wages: dict) -> str | None:
    """Why the wage of this job's broader CBS segment may not stand for the job, or None when it
    may. Two rules, both needed:

    - comparable work: at least COMPARABLE_SHARE of the segment's employees (in the BRC groups
      with a published headcount) work in groups whose ISCO unit groups all have this job's
      ISCO major group and skill level (`comparable_segment`). So a bus driver (ISCO 8, level 2)
      gets the drivers' segment, whose few pilots do not tip it. Otherwise "cbs_not_comparable".
    - not for managers (ISCO major group 1): ISCO sorts managers by the field they manage, and
      every group of a CBS managers' segment has the same major group and level, so the first
      rule cannot tell them apart; but a manager's pay depends mostly on how large the team or
      firm is, which no classification here records. A warehouse chief (1324) would otherwise
      get the median of all "Managers productie en gespecialiseerde dienstverlening" (EUR 38.90,
      production, ICT, care and education managers). Otherwise "cbs_managers_differ".
    """
    if isco[:1] == MANAGERS:
        return "cbs_managers_differ"
    if not comparable_segment(isco, brc, crosswalk, wages):
        return "cbs_not_comparable"
    return None


def comparable_segment(isco: str, brc: readers.IscoToBrc, crosswalk: dict, wages: dict) -> bool:
    """Do at least COMPARABLE_SHARE of the segment's employees (in the BRC groups with a
    published headcount) work in groups whose ISCO unit groups all have this job's ISCO major
    group and skill level? (The first rule of `segment_reason`.)"""
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


def _names(text: str) -> set[str]:
    """A title's names, lower case and without a plural -s: the whole title and the part before
    its first comma ("Farmworkers, Farm, Ranch, ..." -> "farmworker")."""
    text = " ".join(text.lower().split())
    return {re.sub(r"s$", "", t.strip()) for t in (text, text.split(",")[0]) if t.strip()}


def sibling_links(
    esco: esco_bulk.EscoData, links: dict[str, list[str]], titles: dict[str, str]
) -> dict[str, list[str]]:
    """Corrections of the ESCO -> O*NET crosswalk by the sibling-name rule (build time).

    An occupation's link is replaced by the link of its ISCO siblings when all of these hold:
    (1) none of its ISCO unit-group siblings shares its link, and at least half of at least two
    linked siblings share one other link (the siblings' majority); (2) that majority's O*NET
    title names this occupation: ESCO's English preferred label or one of its English
    alternative labels is the O*NET title (or its part before the first comma), singular or
    plural; (3) the O*NET title of its own link does not name it. So the ISCO classification
    and the names agree against one link. "software developer" (ISCO 2512) goes from
    "Computer Programmers" to "Software Developers", as software analyst and software
    architect; a historian stays with "Historians" though its siblings go elsewhere.
    `titles`: O*NET-SOC 2019 code -> title."""
    by_isco: dict[str, list[str]] = {}
    for uri in sorted(links):
        if uri in esco.occupations:
            by_isco.setdefault(esco.occupations[uri].isco, []).append(uri)
    out: dict[str, list[str]] = {}
    for uris in by_isco.values():
        for uri in uris:
            mine = tuple(links[uri])
            siblings = [tuple(links[u]) for u in uris if u != uri]
            counts = Counter(siblings)
            if len(siblings) < 2 or mine in counts:
                continue
            top, n = min(counts.items(), key=lambda x: (-x[1], x[0]))
            if n * 2 < len(siblings):
                continue
            occ = esco.occupations[uri]
            names = set().union(*(_names(t) for t in [occ.title.get("en", ""), *occ.synonyms.get("en", [])]))

            def named(codes: tuple[str, ...]) -> bool:
                return any(_names(titles.get(c, "")) & names for c in codes)  # noqa: B023 (used at once)

            if named(top) and not named(mine):
                out[uri] = list(top)
    return out


def sibling_disagreements(rows: list[tuple[str, str, str, float | None]]) -> list[tuple[str, str, str]]:
    """The crosswalk links that disagree with their ISCO siblings (the audit's list; the build
    checks crosswalk_fixes.yaml against it). `rows`: (occupation, ISCO unit group, the O*NET
    occupation whose figures stand for it, its US trend in %), one per linked occupation, in a
    fixed order. Returns (occupation, its O*NET code, the code most of its ISCO siblings have)
    for every link shared by none of its ISCO siblings, where at least half of at least three
    linked occupations of the group share another code and the two US trends point different
    ways by 5 points or more."""
    by_isco: dict[str, list[tuple[str, str, float | None]]] = {}
    for occ, isco, code, trend in rows:
        by_isco.setdefault(isco, []).append((occ, code, trend))
    out = []
    for group in by_isco.values():
        codes = Counter(code for _, code, _ in group)
        top, n = codes.most_common(1)[0]
        top_trend = next((t for _, c, t in group if c == top and t is not None), None)
        if len(group) < 3 or n * 2 < len(group) or top_trend is None:
            continue
        for occ, code, trend in group:
            if (
                codes[code] == 1
                and trend is not None
                and (trend > 0) != (top_trend > 0)
                and abs(trend - top_trend) >= 5
            ):
                out.append((occ, code, top))
    return sorted(out)
