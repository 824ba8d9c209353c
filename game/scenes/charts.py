"""Group totals as bar charts: counts only, never names (the workshop's group view), on screen
and as a picture for the organisation."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.career.group import Totals
from game.career.schema import Content, Text
from game.engine.ui import UI
from game.engine.widgets import Widget


class BarChart(Widget):
    """A heading and one bar per choice, with its count written beside it (not only length)."""

    focusable = False

    def __init__(self, heading: str, rows: list[tuple[str, int]], of: int) -> None:
        super().__init__()
        self.heading, self.rows, self.of = heading, rows, max(1, of)

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        return (self.heading, tuple(self.rows), self.of)

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        theme, m = ui.theme, ui.metrics
        head = ui.render(self.heading, "body", theme.text, rect.width, bold=True)
        surface.blit(head, rect.topleft)
        top = rect.top + head.get_height() + m.pad // 2
        n = max(1, len(self.rows))
        row_h = max(1, (rect.bottom - top) // n)
        label_w = rect.width * 11 // 20
        for i, (label, count) in enumerate(self.rows):
            y = top + i * row_h
            text = ui.render(label, "small", theme.text, label_w - m.pad)
            surface.blit(text, text.get_rect(midleft=(rect.left, y + row_h // 2)))
            number = ui.render(str(count), "small", theme.text, bold=True)
            bar_room = rect.width - label_w - number.get_width() - m.pad * 2
            thick = min(row_h * 3 // 5, m.px("small"))
            bar = pygame.Rect(rect.left + label_w, y + (row_h - thick) // 2, max(2, bar_room * count // self.of), thick)
            pygame.draw.rect(surface, theme.accent if count else theme.border, bar, border_radius=m.pad // 3)
            surface.blit(number, number.get_rect(midleft=(bar.right + m.pad, y + row_h // 2)))

    def speech(self) -> str:
        return f"{self.heading}: " + ", ".join(f"{label} {count}" for label, count in self.rows)


class MoveChart(Widget):
    """The self-ratings before and after (averages on the 1 to 5 scale): two bars per item, the
    numbers written beside them."""

    focusable = False

    def __init__(self, heading: str, rows: list[tuple[str, float, float]], before: str, after: str) -> None:
        super().__init__()
        self.heading, self.rows, self.before, self.after = heading, rows, before, after

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        return (self.heading, tuple(self.rows), self.before, self.after)

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        theme, m = ui.theme, ui.metrics
        head = ui.render(self.heading, "body", theme.text, rect.width, bold=True)
        surface.blit(head, rect.topleft)
        top = rect.top + head.get_height() + m.pad // 2
        row_h = max(1, (rect.bottom - top) // max(1, len(self.rows)))
        label_w = rect.width * 11 // 20
        for i, (label, before, after) in enumerate(self.rows):
            y = top + i * row_h
            text = ui.render(label, "small", theme.text, label_w - m.pad)
            surface.blit(text, text.get_rect(midleft=(rect.left, y + row_h // 2)))
            said = f"{self.before} {before:.1f} · {self.after} {after:.1f}".replace(".", ",")
            number = ui.render(said, "small", theme.text, bold=True)
            room = rect.width - label_w - number.get_width() - m.pad * 2
            thick = max(6, min(row_h // 4, m.px("small") // 2))
            ends = []
            for j, (value, colour) in enumerate(((before, theme.border), (after, theme.accent))):
                bar_top = y + row_h // 2 - thick - 1 + j * (thick + 2)
                bar = pygame.Rect(rect.left + label_w, bar_top, max(2, int(room * value / 5)), thick)
                pygame.draw.rect(surface, colour, bar, border_radius=thick // 2)
                ends.append(bar.right)
            surface.blit(number, number.get_rect(midleft=(max(ends) + m.pad, y + row_h // 2)))

    def speech(self) -> str:
        return f"{self.heading}: " + ", ".join(
            f"{label} {self.before} {b:.1f} {self.after} {a:.1f}" for label, b, a in self.rows
        )


def charts(result: Totals, content: Content, t: Callable[..., str], text: Callable[[Text | None], str]) -> list[Widget]:
    """The charts of the group view, in the order of the check."""

    def rows(group: str, counts: dict[str, int], top: int = 0) -> list[tuple[str, int]]:
        out = []
        for card_id, count in counts.items():
            card = content.card(group, card_id)
            out.append((text(card.text) if card else card_id, count))
        if top:
            out = sorted(out, key=lambda r: -r[1])[:top]
        return out

    n = result.codes
    out: list[Widget] = [
        BarChart(t("group.part.letters"), [(t(f"riasec.short.{x}"), c) for x, c in result.letters.items()], n),
        BarChart(t("group.part.values"), rows("values", result.values, top=5), n),
        BarChart(t("group.part.stages"), rows("stages", result.stages), n),
        BarChart(t("group.part.routes"), rows("routes", result.routes), n),
        BarChart(t("group.part.barriers"), rows("barriers", result.barriers), n),
    ]
    moved = [(t(f"group.rating.{i + 1}"), b / k, a / k) for i, (b, a, k) in enumerate(result.ratings) if k]
    if moved:
        out.append(MoveChart(t("group.part.ratings"), moved, t("group.before"), t("group.after")))
    return out


def place_charts(charts: list[Widget], area: pygame.Rect, ui: UI, cols: int = 3) -> None:
    """In `cols` columns, as many rows as needed."""
    m = ui.metrics
    rows = -(-len(charts) // cols)
    gap = m.pad * 2
    w = (area.width - gap * (cols - 1)) // cols
    h = (area.height - gap * (rows - 1)) // max(1, rows)
    for i, chart in enumerate(charts):
        r, c = divmod(i, cols)
        chart.place(pygame.Rect(area.left + c * (w + gap), area.top + r * (h + gap), w, h), ui)


def totals_picture(
    result: Totals, content: Content, ui: UI, t: Callable[..., str], text: Callable[[Text | None], str]
) -> pygame.Surface:
    """The group view as a 1920x1600 picture in two columns (the screen's fonts and theme)."""
    width, height = 1920, 1600
    surface = pygame.Surface((width, height))
    surface.fill(ui.theme.bg)
    m = ui.metrics
    head = ui.render(t("group.picture_title", n=result.codes), "title", ui.theme.text, width - 120, bold=True)
    surface.blit(head, (60, 40))
    items = charts(result, content, t, text)
    foot = ui.render(t("group.picture_footer"), "small", ui.theme.muted, width - 120)
    top = 60 + head.get_height() + m.pad * 2
    area = pygame.Rect(60, top, width - 120, height - 40 - foot.get_height() - m.pad * 2 - top)
    place_charts(items, area, ui, cols=2)
    for chart in items:
        chart.paint(surface, ui, chart.rect, False, False)
    surface.blit(foot, (60, height - 40 - foot.get_height()))
    return surface
