"""What a player collected, as chips: a heading and the player's own cards, each with its
pictogram and its label in the card's own words (so it is recognised at a glance, not read as a
new sentence), read aloud as one sentence, `said`; and a line of text with a pictogram before it."""

from __future__ import annotations

import pygame

from game.engine.ui import UI
from game.engine.widgets import TextPanel, Widget


class Chips(Widget):
    focusable = False
    spoken = True  # read aloud with the screen's texts

    def __init__(self, heading: str, items: list[tuple[str, str]], said: str) -> None:
        super().__init__()
        self.heading, self.items, self.said = heading, items, said  # items: (label, pictogram)

    def texts(self) -> list[str]:
        """The words on it: the heading, then each label."""
        return [self.heading, *(label for label, _ in self.items)]

    def speech(self) -> str:
        return self.said

    # layout ---------------------------------------------------------------------------------
    def _icon(self, ui: UI) -> int:
        return int(ui.metrics.px("body") * 1.25)

    def _pill(self, ui: UI, label: str, width: int) -> tuple[int, int, int]:
        """A chip's width and height, and the width its text is wrapped at."""
        m, icon = ui.metrics, self._icon(ui)
        chrome = icon + m.pad * 3
        text_w = min(ui.text_size(label, "body")[0], max(40, width - chrome))
        text_h = ui.text_height(label, "body", text_w)
        return text_w + chrome, max(icon, text_h) + m.pad, text_w

    def _places(self, ui: UI, width: int) -> tuple[pygame.Rect, list[tuple[pygame.Rect, int]]]:
        """Where the heading goes (first on the row when heading and chips fit on one, else on a
        row of its own), and each chip's rectangle (relative to the top left) with its text width."""
        m = ui.metrics
        head_w, head_h = ui.text_size(self.heading, "body", bold=True)
        pills = [self._pill(ui, label, width) for label, _ in self.items]
        row_h = max((h for _, h, _ in pills), default=head_h)
        beside = head_w + m.pad + sum(w + m.pad for w, _, _ in pills) - m.pad
        if pills and beside <= width:  # all on one row, the heading first
            head = pygame.Rect(0, (row_h - head_h) // 2, head_w, head_h)
            x, y = head_w + m.pad, 0
        else:  # the heading over its chips, so chips on a next row stay under it
            head = pygame.Rect(0, 0, min(width, head_w), ui.text_height(self.heading, "body", width, bold=True))
            x, y = 0, head.height + m.pad // 2
        row_h, out = 0, []
        for w, h, text_w in pills:
            if x and x + w > width:
                x, y, row_h = 0, y + row_h + m.pad // 2, 0
            out.append((pygame.Rect(x, y, w, h), text_w))
            x += w + m.pad
            row_h = max(row_h, h)
        return head, out

    def needed_height(self, ui: UI, width: int) -> int:
        head, places = self._places(ui, width)
        return max([head.bottom, *(r.bottom for r, _ in places)])

    # drawing --------------------------------------------------------------------------------
    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        return (self.heading, tuple(self.items))

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        theme, m = ui.theme, ui.metrics
        surface.fill(theme.bg, rect)
        head, places = self._places(ui, rect.width)
        ui.blit_text(
            surface, self.heading, head.move(rect.topleft).topleft, "body", theme.text, bold=True, width=head.width
        )
        icon = self._icon(ui)
        for (label, picto), (place, text_w) in zip(self.items, places):
            pill = place.move(rect.left, rect.top)
            pygame.draw.rect(surface, theme.surface, pill, border_radius=pill.height // 2)
            pygame.draw.rect(surface, theme.border, pill, 2, border_radius=pill.height // 2)
            left = pill.left + m.pad
            surface.blit(ui.picto(picto, icon, bg=theme.surface), (left, pill.centery - icon // 2))
            img = ui.render(label, "body", theme.text, text_w, bg=theme.surface)
            surface.blit(img, (left + icon + m.pad, pill.centery - img.get_height() // 2))


class PictoText(TextPanel):
    """A line of text with a pictogram before it (the responses, a job, a skill)."""

    def __init__(self, text: str, picto: str, role: str = "body", bold: bool = False) -> None:
        super().__init__(text, role, bold)
        self.picto = picto

    def icon(self, ui: UI) -> int:
        return int(ui.metrics.px(self.role) * 1.3)

    def needed_height(self, ui: UI, width: int) -> int:
        indent = self.icon(ui) + ui.metrics.pad * 2
        return max(self.icon(ui), ui.text_height(self.text, self.role, width - indent, self.bold))

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        size, indent = self.icon(ui), self.icon(ui) + ui.metrics.pad * 2
        surface.blit(ui.picto(self.picto, size, bg=ui.theme.bg), self.rect.topleft)
        img = ui.render(self.text, self.role, ui.theme.text, self.rect.width - indent, self.bold, bg=ui.theme.bg)
        surface.blit(img, (self.rect.left + indent, self.rect.top))
