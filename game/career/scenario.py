""" "Mijn werk in 2030": a few rounds, each an event from the player's occupation's figures or
from working life, and the player's responses within the round's energy (pure: no window).

The state the player sees follows from the choices alone (`Scenario.state` replays them), so a
choice can be taken back within a round, a saved game resumes from its choices, and the same
occupation, events and seed always play the same. What comes within reach is computed from
the nearest-occupation data (ESCO): a nearby job is in reach when every skill group it asks for
and the player's job does not (`Neighbour.missing`) was learned in the game."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from game.career.lmi import Lmi
from game.career.options import travel_well
from game.career.schema import SCENARIO_RESPONSES, Figure, LmiOccupation, ScenarioCondition, ScenarioEvent

ROUNDS = 3  # the group's game in a workshop (it has an hour)
SOLO_ROUNDS = 2  # a player alone: one event from the figures, one from working life (issue 18: 20 minutes)
COSTS = {"learn": 2, "try": 2, "talk": 1, "grow": 1}  # energy; a round has 3 unless its event says less
KNOWN_AT_START = 3  # nearby jobs the player knows of at the start
TALK_REVEALS = 2  # nearby jobs a conversation brings to light
# kinds a condition can test: label kinds with their labels, or number kinds (None)
CONDITION_KINDS: dict[str, set[str] | None] = {
    "automation_risk": {"Low risk", "Other", "High risk"},
    "trend_us": None,
    "wage_p50": None,
    "employees": None,
    "education": None,
    "job_zone": None,
}
# what an event can show, and the figure kinds that must be there for it
SHOWS: dict[str, tuple[str, ...]] = {
    "automation_risk": ("automation_risk",),
    "trend_us": ("trend_us",),
    "wage": ("wage_p25", "wage_p50", "wage_p75"),
    "employees": ("employees",),
    "nearest": (),  # the nearest-occupation data (ESCO), which every occupation with skills has
}
PLACES = {"own": None, "job": "nearest", "group": "nearest"}  # placeholders in an event text: the `shows` each needs


@dataclass(frozen=True)
class Facts:
    """What the scenario uses of an occupation: its figures that are there, its own skill groups
    (those nearby jobs ask for too first) and its nearest jobs with the groups they ask for on top."""

    figures: dict[str, Figure]
    own_groups: list[str]
    nearest: list[tuple[str, list[str]]]  # (ESCO occupation UUID, missing skill group ids), closest first

    def learnable(self) -> list[str]:
        """Skill groups nearby jobs ask for and this one does not, the most asked first."""
        counts = Counter(g for _, missing in self.nearest for g in missing)
        first = {g: i for i, g in enumerate(g for _, missing in self.nearest for g in missing)}
        return sorted(counts, key=lambda g: (-counts[g], first[g]))


def facts_of(lmi: Lmi, occ: LmiOccupation) -> Facts:
    figures = {f.kind: f for f in lmi.figures(occ) if f.missing is None and (f.value is not None or f.label)}
    own = [lmi.groups[g].id for g in travel_well(occ, top=len(lmi.groups))]
    rest = sorted(occ.groups, key=lambda g: -(g.essential * 2 + g.optional))
    own += [lmi.groups[g.group].id for g in rest if lmi.groups[g.group].id not in own]
    have = set(own)  # what the job already asks for is never "still to learn"
    nearest = [
        (lmi.entry(n.occ).id, [m for g in n.missing if (m := lmi.groups[g].id) not in have]) for n in occ.nearest
    ]
    return Facts(figures, own, nearest)


def meets(condition: ScenarioCondition, figures: dict[str, Figure]) -> bool:
    fig = figures.get(condition.figure)
    if fig is None:
        return False
    if condition.labels and fig.label not in condition.labels:
        return False
    if condition.above is not None or condition.below is not None:
        if fig.value is None:
            return False
        if condition.above is not None and not fig.value > condition.above:
            return False
        if condition.below is not None and not fig.value < condition.below:
            return False
    return True


def eligible(event: ScenarioEvent, facts: Facts) -> bool:
    """An event needs the figure it shows and meets its conditions; "nearest" needs nearby jobs with
    enough groups to learn that some are left whatever was chosen before (two a round at most)."""
    if event.shows == "nearest" and len(facts.learnable()) <= 2 * ROUNDS:
        return False
    if event.shows is not None and any(kind not in facts.figures for kind in SHOWS.get(event.shows, ("?",))):
        return False
    return all(meets(c, facts.figures) for c in event.when)


def saved_events(events: list[ScenarioEvent], facts: Facts, saved: dict[str, list[str]]) -> list[ScenarioEvent] | None:
    """The events of a game saved earlier (it may have had another number of rounds), while they
    all still exist and still fit the occupation; None otherwise."""
    by_id = {e.id: e for e in events}
    ids = saved.get("events") or []
    if not ids or any(i not in by_id or not eligible(by_id[i], facts) for i in ids):
        return None
    return [by_id[i] for i in ids]


def draw_events(events: list[ScenarioEvent], facts: Facts, seed: int, rounds: int = ROUNDS) -> list[ScenarioEvent]:
    """The rounds' events: from the figures and from working life in turn, each figure shown once;
    working life fills in where the occupation has too few figures."""
    rng = random.Random(seed)
    from_figures = [e for e in events if e.shows is not None and eligible(e, facts)]
    from_life = [e for e in events if e.shows is None and eligible(e, facts)]
    rng.shuffle(from_figures)
    rng.shuffle(from_life)
    shown: set[str | None] = set()
    figures = []
    for event in from_figures:
        if event.shows not in shown:
            shown.add(event.shows)
            figures.append(event)
    picked: list[ScenarioEvent] = []
    for i in range(rounds):
        pool = figures if i % 2 == 0 and figures else from_life or figures
        if pool:
            picked.append(pool.pop(0))
    return picked


@dataclass
class State:
    """What the player has after the choices so far (all ids: skill groups, ESCO occupations, events)."""

    learned: list[str] = field(default_factory=list)
    grown: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    tried: list[str] = field(default_factory=list)
    talked: list[str] = field(default_factory=list)  # the events whose person the player talked to
    effects: list[tuple[int, str, list[str]]] = field(default_factory=list)  # (round, response, what it gave)


class Scenario:
    def __init__(self, facts: Facts, events: list[ScenarioEvent]) -> None:
        self.facts, self.events = facts, events
        self.choices: list[list[str]] = [[] for _ in events]  # the responses chosen in each round, in order
        self.missing = dict(facts.nearest)

    # the state ---------------------------------------------------------------------------
    def start(self) -> State:
        return State(known=[job for job, _ in self.facts.nearest[:KNOWN_AT_START]])

    def state(self, upto: int | None = None) -> State:
        """The state after the rounds up to and including `upto` (all rounds when None)."""
        state = self.start()
        last = len(self.events) - 1 if upto is None else upto
        for i, chosen in enumerate(self.choices[: last + 1]):
            for kind in chosen:
                gives = self.target(state, kind)
                if gives:
                    self._apply(state, i, kind, gives)
        return state

    def before(self, round_: int) -> State:
        """The state at the start of a round, before its choices."""
        return self.state(round_ - 1) if round_ else self.start()

    def target(self, state: State, kind: str) -> list[str]:
        """What a response would give now: a skill group to learn or grow in, a job to try, jobs to hear of."""
        if kind == "learn":
            job = self.focus(state)
            rank = {g: i for i, g in enumerate(self.facts.learnable())}
            groups = sorted(self.left(state, job), key=rank.__getitem__) if job else self.facts.learnable()
            return [g for g in groups if g not in state.learned][:1]
        if kind == "grow":
            return [g for g in self.facts.own_groups if g not in state.grown][:1]
        if kind == "try":
            untried = [job for job, _ in self.facts.nearest if job not in state.tried]
            left = {job: len(self.left(state, job)) for job in untried}  # work with something left to see first
            return sorted(untried, key=lambda job: (left[job] == 0, left[job]))[:1]
        if kind == "talk":
            return [job for job, _ in self.facts.nearest if job not in state.known][:TALK_REVEALS]
        return []

    def _apply(self, state: State, round_: int, kind: str, gives: list[str]) -> None:
        if kind == "learn":
            state.learned += gives
        elif kind == "grow":
            state.grown += gives
        elif kind == "try":
            state.tried += gives
            state.known += [job for job in gives if job not in state.known]
        elif kind == "talk":
            state.known += gives
            state.talked.append(self.events[round_].id)
        state.effects.append((round_, kind, gives))

    def focus(self, state: State) -> str | None:
        """The nearby job the player works towards: one tried, else one known, else any; the one
        with the fewest skill groups left, then the one most worked on, then the first."""
        pool = [j for j in state.tried if self.left(state, j)] or [j for j in state.known if self.left(state, j)]
        pool = pool or [j for j, _ in self.facts.nearest if self.left(state, j)]

        def key(job: str) -> tuple[int, int]:
            left = len(self.left(state, job))
            return left, left - len(self.missing.get(job, []))

        return min(pool, key=key, default=None)

    def left(self, state: State, job: str) -> list[str]:
        """The skill groups a nearby job still asks for, after what was learned or grown in."""
        return [g for g in self.missing.get(job, []) if g not in state.learned and g not in state.grown]

    def reach(self, state: State) -> list[tuple[str, list[str]]]:
        """The known jobs with what each still asks for, nearest first (none left: within reach)."""
        return sorted(((job, self.left(state, job)) for job in state.known), key=lambda x: len(x[1]))

    # a round ------------------------------------------------------------------------------
    def energy(self, round_: int) -> int:
        return self.events[round_].energy

    def energy_left(self, round_: int) -> int:
        return self.energy(round_) - sum(COSTS[k] for k in self.choices[round_])

    def offered(self, round_: int) -> list[str]:
        """The responses of this round's event, in the game's order."""
        return [k for k in SCENARIO_RESPONSES if k in self.events[round_].responses]

    def can_choose(self, round_: int, kind: str) -> bool:
        """Offered, not chosen yet, something to give, and energy enough."""
        if kind not in self.offered(round_) or kind in self.choices[round_]:
            return False
        return bool(self.target(self.state(round_), kind)) and COSTS[kind] <= self.energy_left(round_)

    def toggle(self, round_: int, kind: str) -> bool:
        """Choose a response, or take it back; False when it cannot be chosen."""
        chosen = self.choices[round_]
        if kind in chosen:
            chosen.remove(kind)
            return True
        if not self.can_choose(round_, kind):
            return False
        chosen.append(kind)
        return True

    # saved -----------------------------------------------------------------------------
    def outcome(self, rounds_played: int) -> dict[str, list[str]]:
        """Plain JSON for the profile: the events, the choices per round ("learn+talk"), and what came of them."""
        state = self.before(rounds_played)
        reach = self.reach(state)
        return {
            "events": [e.id for e in self.events],
            "choices": ["+".join(c) for c in self.choices[:rounds_played]],
            "learned": state.learned,
            "grown": state.grown,
            "tried": state.tried,
            "known": state.known,
            "in_reach": [job for job, left in reach if not left],
            "almost": [job for job, left in reach if len(left) == 1],
        }

    def restore(self, saved: dict[str, list[str]]) -> int:
        """Take the choices of a saved outcome of these same events; returns the rounds played."""
        if saved.get("events") != [e.id for e in self.events]:
            return 0
        played = saved.get("choices", [])[: len(self.events)]
        for i, joined in enumerate(played):
            self.choices[i] = []
            for kind in joined.split("+") if joined else []:
                self.toggle(i, kind)
        return len(played)
