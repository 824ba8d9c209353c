"""Level 4, making each step concrete: when, where and with whom; what could stand in the way;
and one person who can help (intention, skills and barriers in the I-Change model)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pygame

from game.engine.scene import BotMove
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.pick import CardPickScene
from game.scenes.written import WrittenAnswerScene

if TYPE_CHECKING:
    from game.app import App

QUESTIONS = ("when", "where", "who")


class PlanScene(Screen):
    """One question a screen: for each chosen step, when, where and with whom."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.index = 0
        self.cards: list[ChoiceCard] = []

    def screens(self) -> list[tuple[str, str]]:
        return [(s, q) for s in self.profile.next_steps for q in QUESTIONS]

    def current(self) -> tuple[str, str] | None:
        screens = self.screens()
        return screens[min(self.index, len(screens) - 1)] if screens else None

    def title(self) -> str:
        return self.app.t("plan.title")

    def answer(self) -> str | None:
        now = self.current()
        return self.profile.step_plans.get(now[0], {}).get(now[1]) if now else None

    def choose(self, card_id: str) -> None:
        now = self.current()
        if now is None:
            return
        step, question = now
        self.profile.step_plans.setdefault(step, {})[question] = card_id
        self.app.session.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        now = self.current()
        if now is None:
            panel = TextPanel(app.t("plan.no_steps"))
            self.stack([panel], area)
            return [panel]
        step, question = now
        card = self.content.card("steps", step)
        intro = TextPanel(
            app.t("plan.step", step=app.session.text(card.text) if card else step), "small", colour="muted"
        )
        ask = TextPanel(app.t(f"plan.{question}"), bold=True)
        y = self.stack([intro, ask], area)
        options = getattr(self.content, f"plan_{question}")

        def choice_card(text: str, picto: str, key: str) -> ChoiceCard:
            return ChoiceCard(text, picto, lambda: self.choose(key), lambda: self.answer() == key)

        self.cards = [choice_card(app.session.text(c.text), c.picto, c.id) for c in options]
        grid = pygame.Rect(area.left, y + app.ui.metrics.pad, area.width, area.bottom - y - app.ui.metrics.pad)
        return [intro, ask, *self.grid(self.cards, grid, max_cols=3)]

    def on_next(self) -> None:
        if self.index + 1 < len(self.screens()):
            self.index += 1
            self.page = 0
            self.next_screen()
            return
        self.app.advance(self.step)

    def on_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.refresh()
        else:
            super().on_back()

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self.current() and self.answer() is None and self.cards:
            return rng.choice(self.cards)
        return self.next_button


class BarriersScene(CardPickScene):
    title_key = "barriers.title"
    intro_key = "barriers.intro"
    min_pick = 0
    max_pick = 3
    group = profile_field = "barriers"


class HelperScene(WrittenAnswerScene):
    profile_field = "helper"
    max_length = 40
    bot_answers = ("mijn zus", "Ahmed", "mijn teamleider")
    bot_chance = 0.6
