"""A yes/no question before something that cannot be undone (deleting all data) or that the
player should not do by accident (starting a new check)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.engine.intents import Act, Intent
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App


class ConfirmScene(Screen):
    name = "confirm"
    show_back = False
    next_label = "ui.cancel"

    def __init__(
        self,
        app: App,
        question_key: str,
        yes_key: str,
        on_yes: Callable[[], None],
        no_key: str = "confirm.no",
        yes_picto: str = "broom",
    ) -> None:
        super().__init__(app)
        self.question_key, self.yes_key, self.on_yes = question_key, yes_key, on_yes
        self.no_key, self.yes_picto = no_key, yes_picto
        self.cards: list[ChoiceCard] = []

    def title(self) -> str:
        return self.app.t("confirm.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        question = TextPanel(self.app.t(self.question_key), bold=True)
        y = self.stack([question], area, gap=self.app.ui.metrics.pad * 2)
        self.cards = [
            ChoiceCard(self.app.t(self.no_key), "anchor", self.on_next),
            ChoiceCard(self.app.t(self.yes_key), self.yes_picto, self.yes),
        ]  # "no" first: it has the focus
        grid = pygame.Rect(area.left, y, area.width, area.bottom - y)
        return [question, *self.grid(self.cards, grid, max_cols=2)]

    def yes(self) -> None:
        self.app.stack.pop()
        self.on_yes()

    def handle(self, intent: Intent) -> bool:
        if intent.act == Act.BACK:
            self.on_next()
            return True
        return super().handle(intent)

    def on_next(self) -> None:
        self.app.stack.pop()
