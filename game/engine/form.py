"""Focus and hover over a screen's widgets: Tab order, spatial arrow-key navigation, and
which widget an intent goes to."""

from __future__ import annotations

import pygame

from game.engine.intents import Act, Intent
from game.engine.ui import UI
from game.engine.widgets import Widget


class Form:
    """Focus and hover over a list of widgets; spatial arrow-key navigation."""

    def __init__(self, widgets: list[Widget], focus: int | None = None) -> None:
        self.widgets = widgets
        focusable = self.focusable()
        self.focus = focus if focus is not None and focus < len(focusable) else 0
        self.hover: Widget | None = None

    def focusable(self) -> list[Widget]:
        return [w for w in self.widgets if w.focusable]

    @property
    def focused(self) -> Widget | None:
        items = self.focusable()
        return items[self.focus] if items else None

    def handle(self, intent: Intent) -> bool:
        items = self.focusable()
        if not items:
            return False
        act = intent.act
        if act == Act.POINT:
            pos = intent.pos
            self.hover = next((w for w in items if pos is not None and w.rect.collidepoint(pos)), None)
            return False
        if act == Act.SELECT and intent.pos is not None:
            hit = next((w for w in items if w.rect.collidepoint(intent.pos)), None)
            if hit is None:
                return False
            self.focus = items.index(hit)
            hit.click(intent.pos)
            return True
        if act == Act.SELECT:
            if intent.text and items[self.focus].takes_text:
                return True  # the Space key: its space arrives as typed text
            items[self.focus].activate()
            return True
        if act in (Act.TEXT, Act.ERASE):
            return items[self.focus].on_intent(intent)
        if act in (Act.FOCUS_NEXT, Act.FOCUS_PREV):
            self.focus = (self.focus + (1 if act == Act.FOCUS_NEXT else -1)) % len(items)
            return True
        if act in (Act.UP, Act.DOWN, Act.LEFT, Act.RIGHT):
            if items[self.focus].on_intent(intent):
                return True
            target = nearest(items[self.focus].rect, [w.rect for w in items], act)
            if target is not None:
                self.focus = target
                return True
            if act in (Act.DOWN, Act.RIGHT):  # wrap on to the next in reading order
                self.focus = min(len(items) - 1, self.focus + 1)
            else:
                self.focus = max(0, self.focus - 1)
            return True
        return False

    def draw(self, surface: pygame.Surface, ui: UI, show_focus: bool = True) -> None:
        focused = self.focused
        for w in self.widgets:
            w.draw(surface, ui, show_focus and w is focused, w is self.hover)


def nearest(origin: pygame.Rect, rects: list[pygame.Rect], act: Act) -> int | None:
    """Index of the closest rect in the direction of `act` (spatial navigation)."""
    best, best_score = None, None
    ox, oy = origin.center
    for i, r in enumerate(rects):
        if r == origin:
            continue
        dx, dy = r.centerx - ox, r.centery - oy
        if act == Act.UP and not (r.bottom <= origin.top + 2):
            continue
        if act == Act.DOWN and not (r.top >= origin.bottom - 2):
            continue
        if act == Act.LEFT and not (r.right <= origin.left + 2):
            continue
        if act == Act.RIGHT and not (r.left >= origin.right - 2):
            continue
        along, across = (abs(dy), abs(dx)) if act in (Act.UP, Act.DOWN) else (abs(dx), abs(dy))
        score = along + across * 2
        if best_score is None or score < best_score:
            best, best_score = i, score
    return best
