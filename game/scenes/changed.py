"""Another window (or an import) saved a check after this window read it. Nothing is overwritten
without a word: the player chooses which check goes on."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.intents import Act, Intent
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App


class SaveChangedScene(Screen):
    name = "save_changed"
    show_back = False
    next_label = "save_changed.newer"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.cards: list[ChoiceCard] = []

    def title(self) -> str:
        return self.app.t("save_changed.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        question = TextPanel(self.app.t("save_changed.question"), bold=True)
        y = self.stack([question], area, gap=self.app.ui.metrics.pad * 2)
        self.cards = [
            ChoiceCard(self.app.t("save_changed.newer"), "anchor", self.on_next),
            ChoiceCard(self.app.t("save_changed.mine"), "pencil", self.keep_mine),
        ]  # the newer check first: it has the focus, and nothing is lost by choosing it
        grid = pygame.Rect(area.left, y, area.width, area.bottom - y)
        return [question, *self.grid(self.cards, grid, max_cols=2)]

    def keep_mine(self) -> None:
        """This window's check is saved over the other one."""
        self.app.session.save_profile(force=True)
        self.app.stack.pop()

    def handle(self, intent: Intent) -> bool:
        if intent.act == Act.BACK:
            self.on_next()
            return True
        return super().handle(intent)

    def on_next(self) -> None:
        """Go on with the newer check: it is read again, and the title offers to continue it."""
        self.app.session.take_newer()
        self.app.speech.stop()
        self.app.stack.reset(self.app.first_scene())
