"""Level 4: two choices that do not go together are said plainly; the player says which one
holds, then chooses the other one again, here on the same screen (the rules are in
game/career/plan_checks.py)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pygame

from game.career.plan_checks import Choice, Clash, clashes, other, replacements
from game.engine.scene import BotMove
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App


class CheckScene(Screen):
    """First "which one holds?", then the other question again without the clashing card."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.kept: Choice | None = None  # the choice that holds
        self.again: Choice | None = None  # the one made again (set once `kept` is confirmed)
        self.new_value: str | None = None
        self.cards: list[ChoiceCard] = []

    @property
    def sub(self) -> int:
        """Which of the two questions is on show (autoplay takes a screenshot of each)."""
        return 0 if self.again is None else 1

    def clash(self) -> Clash | None:
        found = clashes(self.profile)
        return found[0] if found else None

    def title(self) -> str:
        if self.again is not None:
            return self.app.t(f"{self.again.step}.title")
        return self.app.t("check.title")

    def words(self, group: str, value: str) -> tuple[str, str]:
        card = self.content.card(group, value)
        return (self.app.session.text(card.text), card.picto) if card else (value, "question")

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        if self.again is not None:
            return self.choose_again(area, self.again)
        clash = self.clash()
        if clash is None:  # nothing clashes (any more): the player can go on
            panel = TextPanel(app.t("check.fine"))
            self.stack([panel], area)
            return [panel]
        intro = TextPanel(app.t("check.intro"))
        ask = TextPanel(app.t("check.ask"), bold=True)
        y = self.stack([intro, ask], area, gap=m.pad * 2)
        self.cards = []
        for choice, key in ((clash.earlier, "check.earlier"), (clash.later, "check.later")):
            text, picto = self.words(choice.group, choice.value)

            def pick(c: Choice = choice) -> None:
                self.kept = c

            def picked(c: Choice = choice) -> bool:
                return self.kept == c

            self.cards.append(ChoiceCard(app.t(key, choice=text), picto, pick, picked))
        grid = pygame.Rect(area.left, y, area.width, area.bottom - y)
        return [intro, ask, *self.grid(self.cards, grid, min_w_em=16, max_cols=2)]

    def choose_again(self, area: pygame.Rect, again: Choice) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        kept = self.kept
        kept_words = self.words(kept.group, kept.value)[0] if kept else ""
        intro = TextPanel(app.t("check.again", choice=kept_words))
        y = self.stack([intro], area, gap=m.pad * 2)
        self.cards = []
        values = [c.id for c in getattr(self.content, again.group)]
        for value in replacements(self.profile, again, values):
            text, picto = self.words(again.group, value)

            def pick(v: str = value) -> None:
                self.new_value = v

            def picked(v: str = value) -> bool:
                return self.new_value == v

            self.cards.append(ChoiceCard(text, picto, pick, picked))
        grid = pygame.Rect(area.left, y, area.width, area.bottom - y)
        return [intro, *self.grid(self.cards, grid, max_cols=2)]

    def can_next(self) -> bool:
        if self.again is not None:
            return self.new_value is not None
        return self.clash() is None or self.kept is not None

    def on_next(self) -> None:
        clash = self.clash()
        if self.again is not None and self.new_value is not None:
            setattr(self.profile, self.again.field, self.new_value)
            self.app.session.save_profile()
            self.kept = self.again = self.new_value = None
            if self.clash() is not None:  # another pair left: the same question for that one
                self.next_screen()
                return
        elif clash is not None and self.kept is not None:
            self.again = other(clash, self.kept)
            self.next_screen()
            return
        self.app.advance(self.step)

    def on_back(self) -> None:
        if self.again is not None:  # back to "which one holds?": nothing was changed yet
            self.again = self.new_value = None
            self.next_screen()
            return
        super().on_back()

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self.again is not None and self.new_value is None and self.cards:
            return rng.choice(self.cards)
        if self.again is None and self.clash() is not None and self.kept is None and self.cards:
            return rng.choice(self.cards)
        return self.next_button
