"""A box to type in: typed text arrives as TEXT intents, Backspace as ERASE."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.engine.intents import Act, Intent
from game.engine.ui import UI
from game.engine.widgets import Widget


class TextField(Widget):
    """A box to type in. Typed text arrives as TEXT intents, Backspace as ERASE."""

    takes_text = True

    def __init__(
        self,
        label: str,
        value: Callable[[], str],
        set_value: Callable[[str], None],
        placeholder: str = "",
        max_length: int = 200,
        lines: int = 1,
        on_enter: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.label, self.value, self.set_value = label, value, set_value
        self.placeholder, self.max_length, self.lines, self.on_enter = placeholder, max_length, lines, on_enter

    def needed_height(self, ui: UI, width: int) -> int:
        return int(ui.metrics.px() * (1.5 * self.lines + 0.6)) + ui.metrics.pad * 2

    def on_intent(self, intent: Intent) -> bool:
        if intent.act == Act.TEXT:
            text = (self.value() + intent.text)[: self.max_length]
            self.set_value(text)
            return True
        if intent.act == Act.ERASE:
            self.set_value(self.value()[:-1])
            return True
        return False

    def activate(self) -> None:
        if self.on_enter is not None:
            self.on_enter()

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        text = self.value()
        if self.lines > 1 and ui.text_height(text + "|", "body", self.rect.width - ui.metrics.pad * 2) > (
            self.rect.height - ui.metrics.pad
        ):
            return None  # more lines than the box holds run on below it, as drawn directly
        return (text, self.placeholder, self.lines, focused, hovered)

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        m = ui.metrics
        colours = ui.theme.state("widget", "hover" if hovered else "normal")
        pygame.draw.rect(surface, colours.fill, rect, border_radius=m.pad // 2)
        pygame.draw.rect(
            surface,
            ui.theme.accent if focused else colours.border,
            rect,
            width=max(2, m.ring // 2 + (2 if focused else 0)),
            border_radius=m.pad // 2,
        )
        inner = rect.inflate(-m.pad * 2, -m.pad * 2)
        text = self.value()
        shown = text + ("|" if focused else "") if text or focused else self.placeholder
        colour = colours.text if text else ui.theme.muted
        img = ui.render(shown, "body", colour, inner.width if self.lines > 1 else 0)
        if self.lines == 1 and img.get_width() > inner.width:  # keep the end (where you type) in view
            area = pygame.Rect(img.get_width() - inner.width, 0, inner.width, img.get_height())
            surface.blit(img, img.get_rect(midleft=inner.midleft).move(0, 0), area)
        else:
            surface.blit(img, inner.topleft if self.lines > 1 else img.get_rect(midleft=inner.midleft))

    def speech(self) -> str:
        return f"{self.label}: {self.value() or self.placeholder}"
