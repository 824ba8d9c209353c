"""The return visit: the player picks the date of the next check (it goes on the poster); when it
has come, the game first asks how the planned steps went (done, partly, not yet) and what stood
in the way, a measure of behaviour, then offers a quick or a full check. The title screen sends
a returning player here (`revisit.due`); the rules are in game/career/revisit.py."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

import pygame

from game.career import revisit, saves
from game.engine.scene import BotMove
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.pick import CardPickScene, Option, PickScene

if TYPE_CHECKING:
    from game.app import App
    from game.career.profile import Profile

QUICK_FIRST = "ratings_before"  # a quick check starts with the rating (game/scenes/ratings.py goes on)
STATUS_PICTOS = {"done": "check", "partly": "seedling", "not_yet": "hourglass"}


class NextCheckScene(PickScene):
    """Level 5: when to do the check again (the poster carries the date). No date is fine too."""

    title_key = "next_check.title"
    min_pick = 0

    def options(self) -> list[Option]:
        today = dt.date.today()
        return [
            Option(
                str(n),
                self.app.t(
                    "next_check.option",
                    when=self.app.t(f"next_check.in_{n}"),
                    date=revisit.day_text(revisit.add_months(today, n), self.app.t),
                ),
                "calendar",
            )
            for n in revisit.MONTHS
        ]

    def intro(self) -> str:
        picked = revisit.parse_date(self.profile.next_check)
        intro = self.app.t("next_check.intro")
        return (
            intro + " " + self.app.t("next_check.picked", date=revisit.day_text(picked, self.app.t))
            if picked
            else intro
        )

    def chosen(self) -> list[str]:
        today = dt.date.today()
        return [str(n) for n in revisit.MONTHS if revisit.add_months(today, n).isoformat() == self.profile.next_check]

    def store(self, ids: list[str]) -> None:
        self.profile.next_check = revisit.add_months(dt.date.today(), int(ids[0])).isoformat() if ids else ""


def keep(profile: Profile) -> None:
    """Save the finished check's answers about its plan without changing its date (it is still
    the check of that day: the poster, "what changed" and the next check count from it)."""
    saves.save_profile(profile, touch=False)


class KeepsDate(PickScene):
    def toggle(self, option_id: str) -> None:
        updated = self.profile.updated
        super().toggle(option_id)
        self.profile.updated = updated
        keep(self.profile)


class ReturnStepsScene(Screen):
    """One screen per planned step of the finished check: how did it go?"""

    name = "return_steps"

    def __init__(self, app: App, at_end: bool = False) -> None:
        super().__init__(app)
        self.index = max(0, len(self.planned()) - 1) if at_end else 0  # back from the next screen: the last
        self.cards: list[ChoiceCard] = []

    def planned(self) -> list[str]:
        return [s for s in self.profile.next_steps if self.content.card("steps", s)]

    def title(self) -> str:
        return self.app.t("return.title")

    def choose(self, step: str, status: str) -> None:
        self.profile.followup[step] = status
        keep(self.profile)

    def body(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        day = revisit.day_text(revisit.parse_date(self.profile.updated), app.t)
        planned = self.planned()
        if not planned:
            panel = TextPanel(app.t("return.no_steps", date=day))
            self.stack([panel], area)
            return [panel]
        step = planned[min(self.index, len(planned) - 1)]
        card = self.content.card("steps", step)
        intro = TextPanel(app.t("return.intro", date=day, n=self.index + 1, total=len(planned)))
        ask = TextPanel(app.session.text(card.text) if card else step, bold=True)
        y = self.stack([intro, ask], area)

        def status_card(status: str) -> ChoiceCard:
            return ChoiceCard(
                app.t(f"revisit.status.{status}"),
                STATUS_PICTOS[status],
                lambda: self.choose(step, status),
                lambda: self.profile.followup.get(step) == status,
            )

        self.cards = [status_card(s) for s in revisit.STATUSES]
        grid = pygame.Rect(area.left, y + app.ui.metrics.pad, area.width, area.bottom - y - app.ui.metrics.pad)
        return [intro, ask, *self.grid(self.cards, grid, max_cols=3)]

    def on_next(self) -> None:
        if self.index + 1 < len(self.planned()):
            self.index += 1
            self.next_screen()
        elif revisit.open_steps(self.profile):
            self.app.go(ReturnBarriersScene(self.app))
        else:
            self.app.go(ReturnChoiceScene(self.app))

    def on_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.refresh()
        else:
            self.app.go(self.app.first_scene())

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self.planned() and not any(c.selected() for c in self.cards) and self.cards:
            return rng.choice(self.cards)
        return self.next_button


class ReturnBarriersScene(KeepsDate, CardPickScene):
    """What stood in the way of a step not (fully) done: the barriers of the I-Change model."""

    name = "return_barriers"
    title_key = "return.barriers_title"
    intro_key = "return.barriers_intro"
    min_pick = 0
    max_pick = 3
    group = "barriers"
    profile_field = "followup_barriers"

    def on_next(self) -> None:
        self.app.go(ReturnChoiceScene(self.app))

    def on_back(self) -> None:
        self.app.go(ReturnStepsScene(self.app, at_end=True))


class ReturnChoiceScene(KeepsDate):
    """A quick check (last time's answers stay, on to the plan) or a full one (from the start)."""

    name = "return_choice"
    title_key = "return.choice_title"
    intro_key = "return.choice_intro"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.kind = ""

    def options(self) -> list[Option]:
        return [
            Option("quick", self.app.t("return.quick"), "runner"),
            Option("full", self.app.t("return.full"), "books"),
            Option("poster", self.app.t("return.poster"), "picture"),
        ]

    def chosen(self) -> list[str]:
        return [self.kind] if self.kind else []

    def store(self, ids: list[str]) -> None:
        self.kind = ids[0] if ids else ""

    def on_next(self) -> None:
        app, old = self.app, self.profile
        if self.kind == "poster":  # last time's poster first; the return visit waits at the title
            app.resume()
        elif self.kind == "full":
            app.start_new()  # the finished check goes into the history, to compare with
            self.profile.revisit = "full"  # (the new check's)
            app.session.save_profile()
        else:
            app.session.start_new()
            app.session.profile = revisit.quick_copy(old)
            app.go_to_step(QUICK_FIRST)

    def on_back(self) -> None:
        if revisit.open_steps(self.profile):
            self.app.go(ReturnBarriersScene(self.app))
        else:
            self.app.go(ReturnStepsScene(self.app, at_end=True))

    def bot_choose(self, rng: random.Random) -> BotMove:
        if not self.kind:
            return rng.choice([c for c in self.cards if c.label != self.app.t("return.poster")])
        return self.next_button
