"""A participant's group code (from the poster): large, with its QR, and what it holds. It is
only shown; nothing is sent. The player chooses whether to give it to the facilitator."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.career.group import card_of, encode
from game.career.passport import interest_letters
from game.engine.widgets import TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.poster_art import qr_surface

if TYPE_CHECKING:
    from game.app import App


class GroupCodeScene(Screen):
    name = "group_code"
    next_label = "poster.done"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.code = encode(card_of(self.profile, self.content, interest_letters(self.content)), self.content)
        self.qr_rect = pygame.Rect(0, 0, 0, 0)
        self.qr: pygame.Surface | None = None

    def title(self) -> str:
        return self.app.t("group.code.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        size = min(area.height, area.width // 3)
        self.qr_rect = pygame.Rect(area.right - size, area.top, size, size)
        if self.qr is None or self.qr.get_width() != size:
            self.qr = qr_surface(self.code, size)  # layout time, once: drawing only copies it
        text_area = pygame.Rect(area.left, area.top, area.width - size - m.pad * 4, area.height)
        panels = [
            TextPanel(app.t("group.code.intro")),
            TextPanel(self.code, "big", bold=True, colour="accent"),
            TextPanel(app.t("group.code.holds"), "small"),
        ]
        return self.page_stack(panels, text_area, gap=m.pad * 3)

    def speech(self) -> str:
        spelled = " ".join(ch if ch != "-" else "," for ch in self.code)  # read out one character at a time
        return super().speech() + " " + spelled + "."

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.qr is not None:
            surface.blit(self.qr, self.qr_rect)

    def on_next(self) -> None:
        self.app.stack.pop()

    def on_back(self) -> None:
        self.app.stack.pop()
