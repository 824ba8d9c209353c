"""Widgets that only show something: the level progress dots, how far a list of questions is, and
the automation-risk weather."""

from __future__ import annotations

import pygame

from game.engine.ui import UI
from game.engine.widgets import Widget


class Progress(Widget):
    """'Level 2 of 5' with one dot per level."""

    focusable = False

    def __init__(self, label: str, current: int, total: int) -> None:
        super().__init__()
        self.label, self.current, self.total = label, current, total

    def content_width(self, ui: UI) -> int:
        r = max(5, ui.metrics.px("small") // 3)
        return ui.text_size(self.label, "small", bold=True)[0] + ui.metrics.pad + r * 3 * self.total

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        if self.content_width(ui) > self.rect.width:
            return None
        return (self.label, self.current, self.total)

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        m = ui.metrics
        text = ui.render(self.label, "small", ui.theme.muted, bold=True)
        surface.blit(text, text.get_rect(midright=(rect.right, rect.centery)))
        r = max(5, m.px("small") // 3)
        x = text.get_rect(midright=(rect.right, 0)).left - m.pad - r
        for i in range(self.total, 0, -1):
            centre = (x, rect.centery)
            if i <= self.current:
                pygame.draw.circle(surface, ui.theme.accent, centre, r)
            else:
                pygame.draw.circle(surface, ui.theme.border, centre, r, 2)
            x -= r * 3

    def speech(self) -> str:
        return self.label


class ItemProgress(Widget):
    """How far a long list of questions is: a bar filled up to the last one on this screen, with
    "8 / 30" beside it; read aloud as the sentence `said` ("Vraag 5 tot 8 van 30.")."""

    focusable = False
    spoken = True  # read aloud with the screen's texts

    def __init__(self, done: int, total: int, said: str) -> None:
        super().__init__()
        self.done, self.total, self.said = done, total, said
        self.label = f"{done} / {total}"

    def needed_height(self, ui: UI, width: int) -> int:
        return ui.metrics.px("small") + ui.metrics.pad // 2

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        return (self.done, self.total)

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        m, theme = ui.metrics, ui.theme
        text = ui.render(self.label, "small", theme.muted, bold=True)
        widest = ui.text_size(f"{self.total} / {self.total}", "small", bold=True)[0]  # the bar keeps its length
        bar = pygame.Rect(rect.left, 0, max(10, rect.width - widest - m.pad * 2), max(6, m.pad // 2))
        bar.centery = rect.centery
        pygame.draw.rect(surface, theme.border, bar, border_radius=bar.height // 2)
        filled = bar.copy()
        filled.width = max(bar.height, bar.width * self.done // max(1, self.total))
        pygame.draw.rect(surface, theme.accent, filled, border_radius=bar.height // 2)
        surface.blit(text, text.get_rect(midright=(rect.right, rect.centery)))  # right-aligned: it does not shift

    def texts(self) -> list[str]:
        return [self.label]

    def speech(self) -> str:
        return self.said


class WeatherScale(Widget):
    """Automation risk as a weather forecast: sun (low), cloud (medium), rain (high); not a bare number."""

    focusable = False
    PICTOS = ("sun", "weather", "rain")

    def __init__(self, level: int, labels: list[str]) -> None:
        super().__init__()
        self.level, self.labels = level, labels

    def needed_height(self, ui: UI, width: int) -> int:
        return int(ui.metrics.px() * 3.2) + ui.text_height(self.labels[0], "small", width // 3) + ui.metrics.pad

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        m = ui.metrics
        size = int(m.px() * 2.6)
        cell = min(self.rect.width // 3, size * 3)
        widest = max([size] + [ui.text_size(label, "small", bold=True)[0] for label in self.labels])
        if widest > cell - m.pad or self.rect.height < self.needed_height(ui, self.rect.width):
            return None  # a label wider than its place shows beyond it, as drawn directly
        return (self.level, tuple(self.labels))

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        m = ui.metrics
        size = int(m.px() * 2.6)
        cell = min(rect.width // 3, size * 3)
        for i, (picto, label) in enumerate(zip(self.PICTOS, self.labels)):
            box = pygame.Rect(rect.left + i * cell, rect.top, cell - m.pad, rect.height)
            on = i == self.level
            if on:
                pygame.draw.rect(surface, ui.theme.accent, box, width=max(3, m.ring), border_radius=m.pad)
            icon = ui.picto(picto, size if on else int(size * 0.7)).copy()
            if not on:
                icon.set_alpha(110)
            surface.blit(icon, icon.get_rect(midtop=(box.centerx, box.top + m.pad // 2)))
            colour = ui.theme.text if on else ui.theme.muted
            ui.blit_text(
                surface, label, (box.centerx, box.top + size + m.pad * 1.4), "small", colour, bold=on, center=True
            )

    def speech(self) -> str:
        return self.labels[self.level]
