"""Occupation search: typo tolerant, over all 3,007 titles and synonyms."""

from __future__ import annotations

import pytest

from game.lmi import load_lmi
from game.search import OccupationIndex, edit_distance, normalise


@pytest.fixture(scope="module")
def index():
    lmi = load_lmi()
    entries = []
    for i in range(len(lmi)):
        raw = lmi.raw(i)
        entries.append((i, raw["title"]["nl"], [raw["title"]["en"], *raw["synonyms"]["nl"], *raw["synonyms"]["en"]]))
    return lmi, OccupationIndex(entries)


def titles(lmi, hits):
    return [lmi.raw(i)["title"]["nl"] for i, _ in hits]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("heftruk", "heftruckchauffeur"),  # typo, and only the start of the word
        ("heftruckchauffeur", "heftruckchauffeur"),
        ("magazijnmedwerker", "magazijnmedewerker"),  # a letter left out
        ("buschaufeur", "buschauffeur"),
        ("forklift", "heftruckchauffeur"),  # English works too
        ("kapper", "kapper"),
        ("Zorghulp", "zorghulp"),
    ],
)
def test_finds_the_occupation(index, query, expected):
    lmi, idx = index
    assert expected in titles(lmi, idx.search(query, limit=5)), titles(lmi, idx.search(query, limit=5))


def test_nothing_for_nonsense_and_empty(index):
    _, idx = index
    assert idx.search("") == []
    assert idx.search("qqqqxxxzzz") == []


def test_normalise_and_distance():
    assert normalise("Coördinator  Beveiliging!") == "coordinator beveiliging"
    assert edit_distance("heftruk", "heftruc", 2) == 1
    assert edit_distance("magzijn", "magazijn", 2) == 1
    assert edit_distance("ab", "ba", 1) == 1  # a swap is one typo
    assert edit_distance("abcdef", "uvwxyz", 2) == 3  # stops early above the limit
