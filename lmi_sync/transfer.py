"""Transferable skills: nearest occupations by a combined similarity, and the skill groups
shared and missing for each move.

The measure is in the spirit of Nesta's Mapping Career Causeways (Kanders et al. 2020), which averages a
skills half (essential skills; all of the worker's skills against the new job's essential
ones) and a work half (ESCO's skills hierarchy as work activities; O*NET work context), and
then asks the move to stay within one O*NET job zone. We have no O*NET work context here, so
the work half is made of what a career professional also looks at: the ISCO-08 hierarchy, the
preparation the work asks, and interests. For a move from occupation a to occupation b
(`WEIGHTS`, in hundredths; they add up to 100):

- skills (40): cosine of the two lists of all skills, an essential skill weighing 1 and an
  optional one 0.5 (the measure the game used alone before; essential and optional together);
- essential (15): cosine of the two sets of essential skills only;
- reach (10): the share of b's essential skills that a lists at all (essential or optional):
  what the worker can already do of what the new job cannot do without (Nesta's "optional
  skills" measure; it is directional);
- activities (20): cosine of the two occupations' skill groups (the second level of ESCO's
  skills hierarchy, an essential skill counting 2 and an optional one 1), Nesta's work
  activities;
- hierarchy (5): 1 in the same ISCO unit group, 2/3 in the same minor group, 1/3 in the same
  sub-major group, else 0: the classification a coach knows (ESCO puts every occupation in one);
- preparation (5): 1 for the same O*NET job zone, 1/2 one zone apart, 0 further (Nesta's
  viability test as a score); where a job zone is missing, the same with the ISCO skill level
  of the CBS conversion;
- interests (5): the share of b's three RIASEC letters that a has too (O*NET, where both are
  linked).

Why these weights: the skills are the evidence that a worker can make the move, so they count
for 85 (Nesta's skills half, with the activities it puts in its work half); the other 15 make
work of a comparable kind and level come first among moves the skills make about equally
likely, which Nesta checks with job zones and work context, in equal parts as none of the
three is better evidence than the others here. They stay small on purpose: the three take few
values (0, 1/3, 1/2, 2/3, 1) where skill cosines are spread thinly, so a large share outweighs
the skills and drops real steps up and across (an order picker becoming a warehouse chief, a
bricklayer a foreman; content/stories.yaml). Tried against `lmi_sync evaluate` (Nesta's
sub-sectors and the US SOC group, which the score does not use): 0.781 and 0.426 against 0.752
and 0.372 for the old skill cosine; with 10 each for the three, 0.773 and 0.465, but half of
the stories' moves left the lists. Where a part is unknown for a pair (no job zone and no
level; no interests) it drops out and the rest is scaled to 100. Only occupations that share
at least one skill are neighbours.

The same on every machine: every part is an exact integer count or one correctly rounded
operation on such counts (cosines: one square root and one division), rounded to 6 decimals
and combined in integers; the top k are the first k by (-score, key) among all occupations
that score at least the k-th score, where key is the occupation's own name (the build's order
is sorted by it, so this is (-score, index)), so the lists do not depend on the input order
either. (np.argpartition alone picked among equal scores in a CPU-dependent way.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

SKILL_WEIGHTS = {"essential": 1.0, "optional": 0.5}
WEIGHTS = {
    "skills": 40,
    "essential": 15,
    "reach": 10,
    "activities": 20,
    "hierarchy": 5,
    "preparation": 5,
    "interests": 5,
}
MICRO = 1_000_000
BLOCK = 512  # rows of the similarity computed at a time (memory, not results)


@dataclass(frozen=True)
class Facts:
    """What besides skills the combined similarity knows of an occupation."""

    isco: str = ""  # ISCO-08 unit group, 4 digits
    job_zone: int | None = None  # O*NET 1-5
    level: int | None = None  # ISCO skill level 1-4 (CBS)
    riasec: str = ""  # O*NET three-letter code


def skill_weights(relations: list[tuple[str, str, str]]) -> dict[str, dict[str, float]]:
    """occupation uri -> skill uri -> weight (an essential listing wins over an optional one)."""
    out: dict[str, dict[str, float]] = {}
    for occ, kind, skill in relations:
        w = SKILL_WEIGHTS.get(kind, 0.0)
        skills = out.setdefault(occ, {})
        if w > skills.get(skill, 0.0):
            skills[skill] = w
    return out


def _matrix(order: list[str], cells: list[dict[str, int]], columns: list[str]) -> sparse.csr_matrix:
    column = {c: i for i, c in enumerate(columns)}
    rows, cols, vals = [], [], []
    for i, row in enumerate(cells):
        for c, v in sorted(row.items()):
            if v:
                rows.append(i)
                cols.append(column[c])
                vals.append(v)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(order), len(columns)), dtype=np.int64)


def _micro(x: np.ndarray) -> np.ndarray:
    """A part in millionths, as exact integers."""
    out: np.ndarray = np.rint(np.round(x, 6) * MICRO).astype(np.int64)
    return out


def _cosine(m: sparse.csr_matrix, rows: slice, squares: np.ndarray) -> np.ndarray:
    dots = (m[rows] @ m.T).toarray().astype(np.float64)  # exact integers
    lengths = np.sqrt(np.outer(squares[rows], squares))
    lengths[lengths == 0] = 1.0
    return _micro(dots / lengths)


def _prepare(
    order: list[str],
    weights: dict[str, dict[str, float]],
    groups_of: dict[str, list[int]] | None,
    facts: dict[str, Facts] | None,
) -> dict:
    """The integer matrices and arrays every block of rows reads."""
    groups_of = groups_of or {}
    facts = facts or {}
    skills = sorted({s for w in weights.values() for s in w})
    own = [weights.get(o, {}) for o in order]
    group_cells: list[dict[str, int]] = []
    for o in own:
        cell: dict[str, int] = {}
        for s, w in o.items():
            for g in groups_of.get(s, []):
                cell[str(g)] = cell.get(str(g), 0) + round(w * 2)  # 2 essential, 1 optional
        group_cells.append(cell)
    p = {
        "essential": _matrix(order, [{s: int(w == 1.0) for s, w in o.items()} for o in own], skills),
        "listed": _matrix(order, [dict.fromkeys(o, 1) for o in own], skills),
        "weighted": _matrix(order, [{s: round(w * 2) for s, w in o.items()} for o in own], skills),
        "groups": _matrix(order, group_cells, sorted({g for c in group_cells for g in c})),
    }
    p["ess_sq"] = np.asarray(p["essential"].sum(axis=1)).ravel().astype(np.float64)
    p["wgt_sq"] = np.asarray(p["weighted"].multiply(p["weighted"]).sum(axis=1)).ravel().astype(np.float64)
    p["grp_sq"] = np.asarray(p["groups"].multiply(p["groups"]).sum(axis=1)).ravel().astype(np.float64)
    fact = [facts.get(o, Facts()) for o in order]
    p["isco"] = np.array([int(f.isco) if f.isco.isdigit() else -1 for f in fact], dtype=np.int64)
    p["zone"] = np.array([f.job_zone or 0 for f in fact], dtype=np.int64)
    p["level"] = np.array([f.level or 0 for f in fact], dtype=np.int64)
    letters = [sum(1 << "RIASEC".index(c) for c in set(f.riasec) if c in "RIASEC") for f in fact]
    p["letters"] = np.array(letters, dtype=np.int64)
    p["letter_count"] = np.array([bin(x).count("1") for x in letters], dtype=np.float64)
    return p


def _block(p: dict, rows: slice, n: int) -> np.ndarray:
    essential, listed, groups = p["essential"], p["listed"], p["groups"]
    ess_sq = p["ess_sq"]
    parts: dict[str, np.ndarray] = {"essential": _cosine(essential, rows, ess_sq)}
    shared_any = (listed[rows] @ listed.T).toarray()  # skills the two share
    parts["skills"] = _cosine(p["weighted"], rows, p["wgt_sq"])
    reach = (listed[rows] @ essential.T).toarray().astype(np.float64)  # of b's essential skills, listed by a
    parts["reach"] = _micro(reach / np.where(ess_sq > 0, ess_sq, 1.0)[None, :])
    parts["activities"] = _cosine(groups, rows, p["grp_sq"]) if groups.shape[1] else np.zeros_like(shared_any)

    a, b = p["isco"][rows][:, None], p["isco"][None, :]
    known_isco = (a >= 0) & (b >= 0)
    same = sum((a // d == b // d).astype(np.int64) for d in (1, 10, 100))
    parts["hierarchy"] = np.where(known_isco, _micro(same / 3.0), 0)
    za, zb = p["zone"][rows][:, None], p["zone"][None, :]
    la, lb = p["level"][rows][:, None], p["level"][None, :]
    by_zone = (za > 0) & (zb > 0)
    known_prep = by_zone | ((la > 0) & (lb > 0))
    gap = np.where(by_zone, np.abs(za - zb), np.abs(la - lb))
    parts["preparation"] = np.where(known_prep, _micro(np.maximum(0, 2 - gap) / 2.0), 0)
    ra, rb = p["letters"][rows][:, None], p["letters"][None, :]
    common = np.zeros(shared_any.shape, dtype=np.int64)
    for bit in range(6):
        common += (ra >> bit) & (rb >> bit) & 1
    known_int = (ra > 0) & (rb > 0)
    count = p["letter_count"]
    parts["interests"] = np.where(known_int, _micro(common / np.where(count > 0, count, 1.0)[None, :]), 0)

    known = {"hierarchy": known_isco, "preparation": known_prep, "interests": known_int}
    total = np.zeros(shared_any.shape, dtype=np.int64)
    weight = np.zeros(shared_any.shape, dtype=np.int64)
    for name, w in WEIGHTS.items():
        mask = known.get(name, np.ones(shared_any.shape, dtype=bool))
        total += np.where(mask, parts[name] * w, 0)
        weight += np.where(mask, w, 0)
    score = np.rint(total / weight).astype(np.int64)  # one correctly rounded division, in millionths
    score[shared_any == 0] = -1
    idx = np.arange(n)[rows]
    score[np.arange(len(idx)), idx] = -1
    return score


def similarity(
    order: list[str],
    weights: dict[str, dict[str, float]],
    groups_of: dict[str, list[int]] | None = None,
    facts: dict[str, Facts] | None = None,
) -> np.ndarray:
    """The combined similarity (module docstring) from every occupation (rows) to every other
    (columns), in millionths (int64); -1 where the two share no skill, and on the diagonal."""
    return _block(_prepare(order, weights, groups_of, facts), slice(0, len(order)), len(order))


def nearest(
    order: list[str],
    weights: dict[str, dict[str, float]],
    k: int = 10,
    groups_of: dict[str, list[int]] | None = None,
    facts: dict[str, Facts] | None = None,
) -> list[list[tuple[int, float]]]:
    """For each occupation (by position in `order`), the k nearest others: (index, score),
    ranked by (-score, key); see the module docstring."""
    rank = np.empty(len(order), dtype=np.int64)
    rank[sorted(range(len(order)), key=order.__getitem__)] = np.arange(len(order))
    result: list[list[tuple[int, float]]] = []
    prepared = _prepare(order, weights, groups_of, facts)
    for start in range(0, len(order), BLOCK):
        block = _block(prepared, slice(start, min(start + BLOCK, len(order))), len(order))
        for row in block:
            floor = 0
            if len(order) - 1 > k:  # the k-th best score: a value, whichever equal entry holds it
                floor = max(floor, int(-np.partition(-row, k - 1)[k - 1]))
            candidates = np.flatnonzero((row >= floor) & (row >= 0))
            ranked = candidates[np.lexsort((rank[candidates], -row[candidates]))][:k]
            result.append([(int(j), round(int(row[j]) / MICRO, 3)) for j in ranked])
    return result


def group_gap(
    source: dict[str, float],
    target: dict[str, float],
    groups_of: dict[str, list[int]],
    top: int = 3,
    not_shared: set[int] | frozenset[int] = frozenset(),
) -> tuple[list[int], list[int]]:
    """Skill groups the two share, and groups of the target's skills the source lacks (heaviest
    first). Groups in `not_shared` (fields of knowledge) are never listed as shared: "you can
    already" is about what a worker does; they may still be something to learn."""
    shared: dict[int, float] = {}
    missing: dict[int, float] = {}
    for skill, w in target.items():
        bucket = shared if skill in source else missing
        for g in groups_of.get(skill, []):
            bucket[g] = bucket.get(g, 0.0) + w

    def heaviest(d: dict[int, float], skip: list[int]) -> list[int]:
        return [g for g, _ in sorted(d.items(), key=lambda x: (-x[1], x[0])) if g not in skip][:top]

    both = heaviest({g: w for g, w in shared.items() if g not in not_shared}, [])
    return both, heaviest(missing, both)  # a group shown as shared is not also shown as missing
