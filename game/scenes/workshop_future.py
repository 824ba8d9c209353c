"""'Ons werk in 2030' played by a group: the same scenario engine as a player's own
(game/career/scenario.py), for the job the group picked. Each round the facilitator counts the
hands for each response and enters them (Enter on a response adds a hand); the responses with
the most hands are played, as far as the round's energy goes, and the group sees what came of
it. After the last round: what is within reach now, with its sources."""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from game.career.scenario import COSTS, Scenario, draw_events, facts_of
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.scenario import PICTOS
from game.scenes.scenario_words import ScenarioWords

if TYPE_CHECKING:
    from game.app import App
    from game.career.lmi import LmiOccupation

VOTE, RESULT, END = "vote", "result", "end"


class GroupFuture:
    def __init__(self, app: App, occ: LmiOccupation) -> None:
        self.app = app
        lmi = app.session.lmi()
        content = app.session.content
        if lmi is None or content is None:
            raise RuntimeError("the group's scenario needs the labour-market content")
        facts = facts_of(lmi, occ)
        self.game = Scenario(facts, draw_events(content.scenario_events, facts, zlib.crc32(occ.id.encode())))
        self.words = ScenarioWords(app, lmi, occ, self.game)
        self.round, self.phase = 0, VOTE
        self.votes: dict[str, int] = {}

    @property
    def playable(self) -> bool:
        return bool(self.game.events) and bool(self.game.facts.nearest)

    def key(self) -> tuple[int, str, int]:
        return (self.round, self.phase, sum(self.votes.values()))

    def title(self) -> str:
        if self.phase == END or not self.playable:
            return self.app.t("workshop.future.end_title")
        event = self.game.events[self.round]
        n = len(self.game.events)
        return self.app.t("workshop.future.round", n=self.round + 1, total=n, title=self.app.session.text(event.title))

    def widgets(self) -> list[Widget]:
        """What the shared screen shows now."""
        app, words, r = self.app, self.words, self.round
        if not self.playable:
            return [TextPanel(app.t("workshop.future.none"), "title")]
        if self.phase == END:
            lines = [TextPanel(line) for line in words.course()]
            lines += [TextPanel(line, "title", bold=True) for line in words.reach_lines(self.game.state())]
            return [*lines, words.skills_source()]
        out: list[Widget] = [TextPanel(words.event_text(r), bold=True)]
        out += [w for w in words.figure_block(r) if isinstance(w, TextPanel)]
        if self.phase == RESULT:
            gave = words.gave(r) or [app.t("workshop.future.nothing")]
            out += [TextPanel(line, "title", bold=True, colour="good") for line in gave]
            out += [TextPanel(line) for line in words.reach_lines(self.game.state(r))]
            return out
        out.append(TextPanel(app.t("workshop.future.vote", energy=self.game.energy(r)), bold=True, colour="accent"))
        return out

    def cards(self) -> list[ChoiceCard]:
        """The responses to vote on, with their hands so far."""
        if self.phase != VOTE or not self.playable:
            return []
        app, r = self.app, self.round
        state = self.game.state(r)

        def card(kind: str) -> ChoiceCard:  # the hands counted show in its badge
            label = app.t(f"scenario.card.{kind}", cost=COSTS[kind])
            return ChoiceCard(
                label,
                PICTOS[kind],
                lambda: self.hand(kind),
                lambda: self.votes.get(kind, 0) > 0,
                badge=lambda: str(self.votes.get(kind, 0)),
                compact=True,
            )

        offered = [k for k in self.game.offered(r) if self.game.target(state, k)]
        return [card(k) for k in offered]

    def hand(self, kind: str) -> None:
        self.votes[kind] = self.votes.get(kind, 0) + 1

    def recount(self) -> None:
        self.votes = {}

    def play_votes(self) -> None:
        """The responses with the most hands, as far as the round's energy goes."""
        r = self.round
        ranked = sorted(self.game.offered(r), key=lambda k: -self.votes.get(k, 0))
        for kind in ranked:
            if self.votes.get(kind, 0) > 0 and self.game.can_choose(r, kind):
                self.game.toggle(r, kind)

    def next(self) -> bool:
        """On to the next part of the scenario; False when it is over (the plan goes on)."""
        if not self.playable or self.phase == END:
            return False
        if self.phase == VOTE:
            self.play_votes()
            self.phase = RESULT
        elif self.round + 1 < len(self.game.events):
            self.round, self.phase, self.votes = self.round + 1, VOTE, {}
        else:
            self.phase = END
        return True

    def back(self) -> bool:
        """One part back (taking back what that round played); False at the first vote."""
        if self.phase == END:
            self.phase = RESULT
        elif self.phase == RESULT:
            self.game.choices[self.round] = []
            self.phase = VOTE
        elif self.round > 0:
            self.round -= 1
            self.phase = RESULT
        else:
            return False
        return True
