"""Help over any screen: how to play with keys, mouse or touch."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.intents import Act, Intent
from game.engine.widgets import Button, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.sources import SourcesScene, all_sources

if TYPE_CHECKING:
    from game.app import App


class HelpScene(Screen):
    """The keys and ways to play; over the group session, the facilitator's guide."""

    name = "help"
    next_label = "ui.close"
    show_back = False
    more_key = "ui.more_text"
    TOPICS = {"help": 5, "guide": 7}  # a topic's texts: <topic>.title and <topic>.line1 ...

    def __init__(self, app: App, topic: str = "help") -> None:
        super().__init__(app)
        self.topic = topic

    def title(self) -> str:
        return self.app.t(f"{self.topic}.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        lines = range(1, self.TOPICS[self.topic] + 1)
        panels: list[Widget] = [TextPanel(self.app.t(f"{self.topic}.line{i}")) for i in lines]
        return self.page_stack(panels, area, gap=self.app.ui.metrics.pad * 2)

    def handle(self, intent: Intent) -> bool:
        if intent.act in (Act.BACK, Act.HELP):
            self.on_next()
            return True
        return super().handle(intent)

    def footer_button(self) -> Button:
        return Button(self.app.t("help.sources"), self.show_sources, picto="books", name="sources")

    def show_sources(self) -> None:
        self.app.stack.replace(SourcesScene(self.app, all_sources(self.app)))

    def on_next(self) -> None:
        if self.page < self.pages_total - 1:
            self._next_page()
            return
        self.app.stack.pop()
