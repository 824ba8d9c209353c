"""The five-face picture scale: a statement and five faces to choose from (the interests, the
self-ratings)."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.engine.intents import Act, Intent
from game.engine.ui import UI
from game.engine.widgets import Widget


class PictureScale(Widget):
    """A statement with five faces to choose from (dislike ... like)."""

    def __init__(
        self,
        label: str,
        picto: str,
        value: Callable[[], int | None],
        set_value: Callable[[int], None],
        point_labels: list[str],
    ) -> None:
        super().__init__()
        self.label, self.picto, self.value, self.set_value = label, picto, value, set_value
        self.point_labels = point_labels
        self.points: list[pygame.Rect] = []
        self.stacked = False  # the faces below the statement (a narrow screen), not beside it

    def place(self, rect: pygame.Rect, ui: UI) -> None:
        super().place(rect, ui)
        self.stacked = self.label_width(ui, rect.width, False) < ui.metrics.px() * 10
        self.points = self.point_rects(ui)

    def label_width(self, ui: UI, width: int, stacked: bool) -> int:
        m = ui.metrics
        beside = 0 if stacked else int(m.target * 1.1) * 5 + m.pad * 6  # the faces, when beside it
        return width - beside - int(m.px() * 2.2) - m.pad * 4

    def point_rects(self, ui: UI) -> list[pygame.Rect]:
        m = ui.metrics
        size = min(self.rect.height - m.pad * 2, int(m.target * 1.1))
        gap = m.pad
        total = size * 5 + gap * 4
        x = self.rect.right - m.pad - total
        y = self.rect.bottom - m.pad - size if self.stacked else self.rect.centery - size // 2
        return [pygame.Rect(x + i * (size + gap), y, size, size) for i in range(5)]

    def needed_height(self, ui: UI, width: int) -> int:
        m = ui.metrics
        stacked = self.label_width(ui, width, False) < m.px() * 10
        text_h = ui.text_height(self.label, "body", self.label_width(ui, width, stacked))
        if stacked:
            return text_h + int(m.target * 1.1) + m.pad * 3
        return max(int(m.target * 1.1), text_h) + m.pad * 2

    def on_intent(self, intent: Intent) -> bool:
        current = self.value()
        if intent.act == Act.LEFT:
            self.set_value(max(1, (current or 4) - 1))
            return True
        if intent.act == Act.RIGHT:
            self.set_value(min(5, (current or 2) + 1))
            return True
        return False

    def click(self, pos: tuple[int, int]) -> None:
        for i, rect in enumerate(self.points):
            if rect.collidepoint(pos):
                self.set_value(i + 1)

    def activate(self) -> None:
        if self.value() is None:
            self.set_value(3)

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        return (self.label, self.picto, self.value(), hovered)  # the faces' places follow from the size

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        m = ui.metrics
        colour = ui.box(surface, rect, "widget", "hover" if hovered else "normal")
        size = int(m.px() * 2.2)
        icon = ui.picto(self.picto, size)
        points = [p.move(rect.left - self.rect.left, rect.top - self.rect.top) for p in self.points]
        text = ui.render(self.label, "body", colour, self.label_width(ui, rect.width, self.stacked))
        if self.stacked:  # the statement on top, the faces below it
            surface.blit(icon, (rect.left + m.pad, rect.top + m.pad))
            surface.blit(text, (rect.left + size + m.pad * 2, rect.top + m.pad))
        else:
            surface.blit(icon, icon.get_rect(midleft=(rect.left + m.pad, rect.centery)))
            surface.blit(text, text.get_rect(midleft=(rect.left + size + m.pad * 2, rect.centery)))
        chosen = self.value()
        for i, rect in enumerate(points):
            on = chosen == i + 1
            if on:
                pygame.draw.rect(surface, ui.theme.accent, rect.inflate(m.pad, m.pad), border_radius=m.pad)
            face = ui.picto(f"face_{i + 1}", int(rect.width * (0.95 if on else 0.75)))
            surface.blit(face, face.get_rect(center=rect.center))

    def speech(self) -> str:
        chosen = self.value()
        answer = self.point_labels[chosen - 1] if chosen else ""
        return f"{self.label} {answer}".strip()
