"""Help over any screen: how to play with keys, mouse or touch."""

from __future__ import annotations

import pygame

from game.engine.intents import Act, Intent
from game.engine.widgets import Button, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.sources import SourcesScene, all_sources


class HelpScene(Screen):
    name = "help"
    next_label = "ui.close"
    show_back = False

    def title(self) -> str:
        return self.app.t("help.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        panels: list[Widget] = [TextPanel(self.app.t(f"help.line{i}")) for i in range(1, 6)]
        self.stack(panels, area, gap=self.app.ui.metrics.pad * 2)
        return panels

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
        self.app.stack.pop()
