"""One plain sentence for the player (a save that was set aside, for example), and the error screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.widgets import TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App


class NoticeScene(Screen):
    name = "notice"
    show_back = False
    next_label = "ui.ok"

    def __init__(self, app: App, key: str) -> None:
        super().__init__(app)
        self.key = key

    def title(self) -> str:
        return self.app.t("notice.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        panel = TextPanel(self.app.t(self.key), bold=True)
        self.stack([panel], area)
        return [panel]

    def on_next(self) -> None:
        self.app.stack.pop()


class ErrorScene(Screen):
    """The content could not be loaded: say so plainly; nothing else can run."""

    name = "error"
    show_back = False
    next_label = "ui.close_game"

    def __init__(self, app: App, detail: str) -> None:
        super().__init__(app)
        self.detail = detail

    def title(self) -> str:
        return self.app.t("error.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        panels: list[Widget] = [TextPanel(self.app.t("error.content"), bold=True), TextPanel(self.detail, "small")]
        self.stack(panels, area)
        return panels

    def on_next(self) -> None:
        self.app.quit()
