"""Occupation search: typo tolerant, over all 3,007 titles and synonyms."""

from __future__ import annotations

import pytest

from game.career.lmi import load_lmi
from game.career.search import OccupationIndex, edit_distance, normalise


@pytest.fixture(scope="module")
def index():
    lmi = load_lmi()
    return lmi, OccupationIndex(lmi.search_entries())


def titles(lmi, hits):
    return [lmi.entry(i).title_nl for i, _ in hits]


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


def test_the_index_is_built_while_the_player_reads_and_not_while_they_type():
    """Idle frames build the job search a few milliseconds at a time; input pauses that work."""
    import pygame

    from game.engine import loop as app_module
    from tests.helpers import frames, key, make_app

    app = make_app()
    key(app, pygame.K_PAGEDOWN)  # the privacy promise: the player reads
    for _ in range(app_module.IDLE_FRAMES + 10):  # a key every few frames: never idle long enough
        key(app, pygame.K_TAB)
    assert app.session._index is None
    frames(app, app_module.IDLE_FRAMES + 400)
    assert app.session._index is not None and app.session._lmi is not None  # built in the background
    assert "heftruckchauffeur" in app.session._index.words  # the background index is complete


def test_a_stepwise_index_finds_what_a_whole_one_does(index):
    lmi, whole = index
    entries = [(i, lmi.entry(i).title_nl, list(lmi.entry(i).synonyms_nl)) for i in range(len(lmi))]
    stepwise = OccupationIndex(entries, stepwise=True)
    assert stepwise.search("heftruk") == []  # nothing indexed before its steps have run
    chunks = sum(1 for _ in stepwise.steps)
    assert chunks > 10  # many small steps, not one long one
    assert titles(lmi, stepwise.search("heftruk"))[:1] == titles(lmi, whole.search("heftruk"))[:1]


@pytest.fixture(scope="module")
def game_index(tmp_path_factory):
    """The index as the game builds it (Session: featured boost, CBS employee counts)."""
    from game.career.session import Session

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KOERS_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        session = Session()
        lmi, idx = session.lmi(), session.occupation_index()
    assert lmi is not None and idx is not None
    return lmi, idx


@pytest.mark.parametrize(
    "query,first,later",
    [
        # equal matches (both start with the word, both featured): CBS counts 290,000 employees in
        # the warehouse group (BRC 1221), 20,000 in the managers' group of magazijnchef (BRC 0532)
        ("magazijn", "magazijnmedewerker", ["magazijnchef"]),
        # ESCO lists "schoonmaker" as a name of schoonmaker gebouwen, of none of the others
        (
            "schoonmaker",
            "schoonmaker gebouwen",
            ["schoonmaker meubilair", "schoonmaker pretpark", "schoonmaker cacaobonen"],
        ),
        ("Schoonmker", "schoonmaker gebouwen", ["schoonmaker meubilair", "schoonmaker pretpark"]),  # a letter left out
        ("poetsvrouw", "schoonmaker gebouwen", []),  # a synonym
        ("kok", "kok", ["industriële kok", "chefkok"]),
    ],
)
def test_a_worker_gets_the_common_job_first(game_index, query, first, later):
    lmi, idx = game_index
    found = titles(lmi, idx.search(query, limit=12))
    assert found[0] == first, found
    for title in later:
        assert title in found, found


def test_the_ranking_rule_on_a_small_index():
    """Each step of the rule in the module docstring, on made-up entries."""
    entries = [
        (0, "Schoonmaker pretpark", []),
        (1, "Schoonmaker gebouwen", ["schoonmaker", "poetsvrouw"]),
        (2, "Schoonmaker treinen", ["treinschoonmaker"]),
        (3, "Magazijnchef", []),
        (4, "Magazijnmedewerker", []),
    ]
    idx = OccupationIndex(entries, common={3: 20.0, 4: 290.0})
    assert [k for k, _ in idx.search("schoonmaker")][:1] == [1]  # its whole name
    assert [k for k, _ in idx.search("schonmaker")][:1] == [1]  # its whole name, with a typo
    assert idx.spells("schonmaker", "schoonmaker", 0.6)  # a typo in the whole word
    assert not idx.spells("schoon", "schoonmaker", 0.9)  # only its start
    assert not idx.spells("monteur", "telecommunicatiemonteur", 0.75)  # only a part of it
    assert [k for k, _ in idx.search("magazijn")] == [4, 3]  # equal scores: more employees first
    assert [k for k, _ in OccupationIndex(entries).search("magazijn")] == [3, 4]  # without counts: the index
    reordered = OccupationIndex(list(reversed(entries)), common={3: 20.0, 4: 290.0})
    for query in ("schoonmaker", "magazijn", "schonmaker", "poetsvrouw"):
        assert reordered.search(query) == idx.search(query)  # the input order does not matter
