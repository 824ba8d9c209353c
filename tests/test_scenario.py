""" "Mijn werk in 2030" without a window: rounds, energy, what choices change, what comes within
reach, events that need a missing figure left out, the same seed the same game; and the build
refusing scenario events with bad references or conditions."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from game.career.content import load_content
from game.career.lmi import load_lmi
from game.career.scenario import COSTS, KNOWN_AT_START, ROUNDS, Facts, Scenario, draw_events, eligible, facts_of, meets
from game.career.schema import Figure, ScenarioCondition
from game.engine import paths
from tools.content_build import CONTENT_DIR, ContentBuildError, read_sections, validate

EVENTS = load_content().scenario_events
BY_ID = {e.id: e for e in EVENTS}
RISK_HIGH = Figure("automation_risk", "nesta_mcc", 2024, label="High risk")
# six nearby jobs: what each asks on top of the player's work (skill group ids)
NEAREST = [
    ("job-a", ["g1", "g2"]),
    ("job-b", ["g1", "g3", "g4"]),
    ("job-c", ["g5"]),
    ("job-d", ["g1", "g6"]),
    ("job-e", []),
    ("job-f", ["g7", "g8", "g9"]),
]


def facts(**figures: Figure) -> Facts:
    return Facts(dict(figures), ["own1", "own2", "own3"], [(j, list(g)) for j, g in NEAREST])


def life_game(energy_2: bool = False) -> Scenario:
    """Four rounds from working life (the health round has 2 energy)."""
    ids = ["course", "health" if energy_2 else "retires", "reorganisation", "new_manager"]
    return Scenario(facts(), [BY_ID[i] for i in ids])


def test_conditions_on_figures_and_a_missing_figure_never_meets():
    high = ScenarioCondition("automation_risk", labels=["High risk"])
    assert meets(high, {"automation_risk": RISK_HIGH})
    assert not meets(high, {"automation_risk": dataclasses.replace(RISK_HIGH, label="Low risk")})
    assert not meets(high, {})
    down = ScenarioCondition("trend_us", below=0)
    trend = Figure("trend_us", "bls_ep_2024", 2024, value=-3.5)
    assert meets(down, {"trend_us": trend})
    assert not meets(down, {"trend_us": dataclasses.replace(trend, value=2.0)})
    assert not meets(ScenarioCondition("trend_us", above=-5, below=-4), {"trend_us": trend})


def test_events_that_need_a_missing_figure_are_left_out():
    none = facts()
    assert not eligible(BY_ID["risk_high"], none) and not eligible(BY_ID["wage_talk"], none)
    assert eligible(BY_ID["course"], none) and eligible(BY_ID["old_colleague"], none)  # skills data is there
    few = Facts({}, ["own1"], [("job-a", ["g1", "g2"])])  # too little to learn: it could run out before its round
    assert not eligible(BY_ID["vacancy"], few)
    drawn = draw_events(EVENTS, Facts({}, ["own1"], []), seed=4)  # no figures and no nearby work
    assert len(drawn) == ROUNDS and all(e.shows is None for e in drawn)
    risky = facts(automation_risk=RISK_HIGH)
    assert eligible(BY_ID["risk_high"], risky) and not eligible(BY_ID["risk_low"], risky)
    wage = {k: Figure(k, "cbs_85517ned", 2022, value=v) for k, v in (("wage_p25", 15), ("wage_p50", 18))}
    assert not eligible(BY_ID["wage_talk"], facts(**wage))  # the wage sentence needs all three
    wage["wage_p75"] = Figure("wage_p75", "cbs_85517ned", 2022, value=21)
    assert eligible(BY_ID["wage_talk"], facts(**wage))


def test_rounds_take_turns_between_figures_and_working_life_and_repeat_for_a_seed():
    f = facts(automation_risk=RISK_HIGH)
    drawn = draw_events(EVENTS, f, seed=11)
    assert len(drawn) == ROUNDS and len({e.id for e in drawn}) == ROUNDS
    assert [e.shows is not None for e in drawn] == [True, False, True]
    assert len({e.shows for e in drawn if e.shows}) == 2  # a figure is not shown twice
    assert [e.id for e in draw_events(EVENTS, f, seed=11)] == [e.id for e in drawn]
    assert len({tuple(e.id for e in draw_events(EVENTS, f, seed=s)) for s in range(12)}) > 3


def test_energy_makes_it_a_choice_and_a_choice_can_be_taken_back():
    game = life_game()
    assert game.energy(0) == 3 and COSTS["learn"] + COSTS["try"] > 3
    assert game.toggle(0, "learn") and game.energy_left(0) == 1
    assert not game.can_choose(0, "try") and not game.toggle(0, "try")  # not enough energy
    assert game.toggle(0, "talk") and game.energy_left(0) == 0
    assert not game.can_choose(0, "grow")
    assert game.toggle(0, "learn") and game.energy_left(0) == 2  # taken back: the energy is free again
    assert game.can_choose(0, "try") and not game.can_choose(0, "talk")  # once a round


def test_the_health_round_has_less_energy():
    game = life_game(energy_2=True)
    assert game.energy(1) == 2
    assert game.toggle(1, "learn") and game.energy_left(1) == 0 and not game.can_choose(1, "grow")


def test_each_response_changes_what_the_player_has():
    game = life_game()
    start = game.start()
    assert start.known == ["job-a", "job-b", "job-c"][:KNOWN_AT_START] and not start.learned
    game.toggle(0, "talk")
    assert game.state(0).known == ["job-a", "job-b", "job-c", "job-d", "job-e"]
    assert game.state(0).talked == ["course"]
    game.toggle(0, "grow")
    assert game.state(0).grown == ["own1"]
    game.toggle(1, "try")  # the job with the fewest groups left, but some: job-c (job-e asks nothing more)
    assert game.state(1).tried == ["job-c"]
    game.toggle(2, "try")
    game.toggle(2, "talk")
    assert game.state(2).tried == ["job-c", "job-a"] and "job-f" in game.state(2).known
    assert game.target(game.state(2), "learn") == ["g5"]  # learning follows the work tried


def test_learning_brings_jobs_within_reach_and_the_outcome_is_plain_and_restores():
    game = life_game()
    before = dict(game.reach(game.start()))
    assert before["job-a"] == ["g1", "g2"] and before["job-c"] == ["g5"]
    learned = []
    for r in range(3):
        game.toggle(r, "learn")
        learned += game.state(r).learned[len(learned) :]
    # it works on the closest known job first (job-c: one group), then on the next
    assert learned == ["g5", "g1", "g2"]
    reach = dict(game.reach(game.state(2)))
    assert reach["job-a"] == [] and reach["job-c"] == [] and reach["job-b"] == ["g3", "g4"]
    game.toggle(3, "talk")
    outcome = game.outcome(4)
    assert outcome["choices"] == ["learn", "learn", "learn", "talk"]
    assert outcome["in_reach"] == ["job-a", "job-c", "job-e"] and outcome["almost"] == ["job-d"]
    assert outcome["learned"] == ["g5", "g1", "g2"]
    assert all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in outcome.values())
    again = life_game()
    assert again.restore(copy.deepcopy(outcome)) == 4
    assert again.outcome(4) == outcome
    other = Scenario(facts(), [BY_ID[i] for i in ("course", "health", "retires", "reorganisation")])
    assert other.restore(outcome) == 0  # other events: nothing is taken over


def test_real_occupations_get_four_rounds_they_can_play():
    lmi = load_lmi()
    for index in range(0, len(lmi), len(lmi) // 40):
        occ = lmi.occupation(index)
        assert occ is not None
        f = facts_of(lmi, occ)
        drawn = draw_events(EVENTS, f, seed=index)
        assert len(drawn) == ROUNDS, occ.title.nl
        game = Scenario(f, drawn)
        for r, event in enumerate(drawn):
            assert eligible(event, f)
            for kind in ("learn", "talk", "try", "grow"):
                game.toggle(r, kind)
            assert game.choices[r] and game.energy_left(r) >= 0


# the build refuses bad scenario events -------------------------------------------------------


def build_with(change) -> str:
    sections, origin = read_sections(CONTENT_DIR)
    events = copy.deepcopy(sections["scenario_events"])
    change(events)
    sections["scenario_events"] = events
    with pytest.raises(ContentBuildError) as err:
        validate(sections, origin, paths.PICTOS)
    return str(err.value)


def event(events: list[dict], event_id: str) -> dict:
    return next(e for e in events if e["id"] == event_id)


def few_from_life(events: list[dict]) -> None:
    life = [e for e in events if not e.get("shows") and not e.get("when")]
    events[:] = [e for e in events if e not in life] + life[:2]


@pytest.mark.parametrize(
    "change,message",
    [
        (lambda es: event(es, "risk_high")["when"].append({"figure": "shoe_size"}), "unknown figure 'shoe_size'"),
        (lambda es: event(es, "risk_high")["when"].append({"figure": "trend_us", "labels": ["x"]}), "is a number"),
        (
            lambda es: event(es, "risk_high")["when"].__setitem__(0, {"figure": "automation_risk", "labels": ["Hi"]}),
            "no label ['Hi']",
        ),
        (lambda es: event(es, "risk_high")["when"].append({"figure": "automation_risk", "above": 1}), "use labels"),
        (
            lambda es: event(es, "trend_down")["when"].__setitem__(0, {"figure": "trend_us", "above": 2, "below": 1}),
            "can never hold",
        ),
        (lambda es: event(es, "course").__setitem__("shows", "weather"), "shows 'weather' is not one of"),
        (lambda es: event(es, "course")["text"].__setitem__("nl", "Je wordt {job}."), "that needs shows 'nearest'"),
        (lambda es: event(es, "course")["text"].__setitem__("en", "Hello {name}."), "names {name}: only"),
        (lambda es: event(es, "course").__setitem__("picto", "unicorn"), "pictogram 'unicorn'"),
        (lambda es: event(es, "course").__setitem__("energy", 0), "energy must be 1 to 3"),
        (lambda es: event(es, "course").update(energy=1, responses=["learn", "try"]), "no response costs 1"),
        (lambda es: event(es, "course").__setitem__("responses", ["learn", "learn"]), "each once"),
        (lambda es: event(es, "course").__setitem__("responses", ["sleep"]), "responses"),
        (lambda es: es.append(copy.deepcopy(event(es, "course"))), "id used twice"),
        (lambda es: few_from_life(es), "2 from working life"),
    ],
)
def test_the_build_refuses_bad_scenario_events(change, message):
    text = build_with(change)
    assert message in text and "content/scenarios.yaml" in text, text
