"""Transferable skills: nearest occupations by weighted skill overlap, and the skill groups
shared and missing for each move.

Measure (documented in the `method` of lmi.jsonl's head): every occupation is a vector over
ESCO skills with weight 1 for an essential skill and 0.5 for an optional one. Two occupations are as near as the
cosine of their vectors: 1 when they ask exactly the same skills, 0 when they share none. The
cosine does not favour occupations that simply list many skills, and it treats a shared
essential skill as worth more than a shared optional one.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

WEIGHTS = {"essential": 1.0, "optional": 0.5}


def skill_weights(relations: list[tuple[str, str, str]]) -> dict[str, dict[str, float]]:
    """occupation uri -> skill uri -> weight (an essential listing wins over an optional one)."""
    out: dict[str, dict[str, float]] = {}
    for occ, kind, skill in relations:
        w = WEIGHTS.get(kind, 0.0)
        skills = out.setdefault(occ, {})
        if w > skills.get(skill, 0.0):
            skills[skill] = w
    return out


def nearest(order: list[str], weights: dict[str, dict[str, float]], k: int = 10) -> list[list[tuple[int, float]]]:
    """For each occupation (by position in `order`), the k nearest others: (index, cosine).

    The same on every machine: the dot products are counted in integers (weights doubled), so
    they are exact whatever order a CPU adds them in; the cosine is one correctly rounded
    division of exact numbers, rounded to 6 decimals; and the top k are the first k by
    (-score, index) among all occupations that score at least the k-th score. (np.argpartition
    alone picked among equal scores in a CPU-dependent way before the tie-break.)"""
    skills = sorted({s for w in weights.values() for s in w})
    column = {s: i for i, s in enumerate(skills)}
    rows, cols, vals = [], [], []
    for i, occ in enumerate(order):
        for s, w in sorted(weights.get(occ, {}).items()):
            rows.append(i)
            cols.append(column[s])
            vals.append(round(w * 2))  # 1 -> 2, 0.5 -> 1: integers
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(order), len(skills)), dtype=np.int64)
    squares = np.asarray(m.multiply(m).sum(axis=1)).ravel().astype(np.float64)  # exact
    dots = (m @ m.T).toarray().astype(np.float64)  # exact integers
    lengths = np.sqrt(np.outer(squares, squares))
    lengths[lengths == 0] = 1.0
    sim = np.round(dots / lengths, 6)
    np.fill_diagonal(sim, -1.0)
    result = []
    for i in range(len(order)):
        row = sim[i]
        floor = 0.0
        if len(order) - 1 > k:  # the k-th best score: a value, whichever equal entry holds it
            floor = max(floor, float(-np.partition(-row, k - 1)[k - 1]))
        candidates = np.flatnonzero((row >= floor) & (row > 0))
        ranked = candidates[np.lexsort((candidates, -row[candidates]))][:k]
        result.append([(int(j), round(float(row[j]), 3)) for j in ranked])
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
