"""Widgets: button, choice card, 5-point picture scale, text panel, progress indicator,
and the Form that moves the focus between them. Layout (rects) is set by the scene;
`draw` only reads state."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from .intents import Act, Intent
from .ui import UI


class Widget:
    focusable = True
    takes_text = False  # a text field: Space types a space there instead of choosing

    def __init__(self) -> None:
        self.rect = pygame.Rect(0, 0, 0, 0)

    def place(self, rect: pygame.Rect, ui: UI) -> None:
        """Set the widget's rectangle (layout time, never during draw)."""
        self.rect = pygame.Rect(rect)

    def on_intent(self, intent: Intent) -> bool:
        """Keyboard intents while focused (other than SELECT). True when used."""
        return False

    def click(self, pos: tuple[int, int]) -> None:
        self.activate()

    def activate(self) -> None:
        pass

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        raise NotImplementedError

    def speech(self) -> str:
        return ""


def _state(enabled: bool, selected: bool, hovered: bool) -> str:
    if not enabled:
        return "disabled"
    if selected:
        return "selected"
    return "hover" if hovered else "normal"


def draw_check(surface: pygame.Surface, rect: pygame.Rect, colour) -> None:
    """A check mark badge (not only colour shows that a card is chosen)."""
    w = max(3, rect.width // 7)
    pts = [
        (rect.left + rect.width * 0.18, rect.top + rect.height * 0.55),
        (rect.left + rect.width * 0.42, rect.top + rect.height * 0.78),
        (rect.left + rect.width * 0.84, rect.top + rect.height * 0.25),
    ]
    pygame.draw.lines(surface, colour, False, pts, w)


class Button(Widget):
    def __init__(
        self,
        label: str,
        action: Callable[[], None],
        picto: str | None = None,
        primary: bool = False,
        enabled: bool = True,
        name: str = "",
    ) -> None:
        super().__init__()
        self.label, self.action, self.picto = label, action, picto
        self.primary, self.enabled = primary, enabled
        self.name = name or label

    def preferred_width(self, ui: UI) -> int:
        m = ui.metrics
        w = ui.render(self.label, "button", bold=True).get_width() + m.pad * 3
        if self.picto:
            w += int(m.target * 0.6) + m.pad
        return max(w, m.target)

    def activate(self) -> None:
        if self.enabled:
            self.action()

    def draw(self, surface, ui, focused, hovered) -> None:
        m = ui.metrics
        colour = ui.box(
            surface, self.rect, "primary" if self.primary else "widget", _state(self.enabled, False, hovered)
        )
        label = ui.render(self.label, "button", colour, bold=True) if self.label else None
        icon = ui.picto(self.picto, int(m.target * 0.6)) if self.picto else None
        width = (label.get_width() if label else 0) + (icon.get_width() if icon else 0)
        width += m.pad if label and icon else 0
        x = self.rect.centerx - width // 2
        if icon:
            surface.blit(icon, icon.get_rect(midleft=(x, self.rect.centery)))
            x += icon.get_width() + m.pad
        if label:
            surface.blit(label, label.get_rect(midleft=(x, self.rect.centery)))
        if focused:
            ui.focus_ring(surface, self.rect)

    def speech(self) -> str:
        return self.label or self.name


class ChoiceCard(Widget):
    """A pictogram with a short text; pressing it toggles or picks it."""

    def __init__(
        self,
        label: str,
        picto: str,
        action: Callable[[], None],
        selected: Callable[[], bool] = lambda: False,
        badge: Callable[[], str] = lambda: "",
        enabled: bool = True,
        compact: bool = False,
    ) -> None:
        super().__init__()
        self.label, self.picto, self.action = label, picto, action
        self.selected, self.badge, self.enabled, self.compact = selected, badge, enabled, compact

    def picto_size(self, ui: UI) -> int:
        return int(ui.metrics.px("body") * (1.4 if self.compact else 2.2))

    def chrome_width(self, ui: UI) -> int:
        """Everything on the card but its text: pictogram, padding, room for the check mark."""
        badge = int(ui.metrics.px() * 1.4)
        return self.picto_size(ui) + ui.metrics.pad * 4 + badge

    def text_width(self, ui: UI, card_w: int) -> int:
        return card_w - self.chrome_width(ui)

    def needed_height(self, ui: UI, card_w: int) -> int:
        m = ui.metrics
        text_h = ui.text_height(self.label, "body", self.text_width(ui, card_w), bold=True)
        return max(self.picto_size(ui), text_h) + m.pad * 2

    def activate(self) -> None:
        if self.enabled:
            self.action()

    def draw(self, surface, ui, focused, hovered) -> None:
        m = ui.metrics
        chosen = self.selected()
        colour = ui.box(surface, self.rect, "widget", _state(self.enabled, chosen, hovered))
        size = self.picto_size(ui)
        icon_rect = pygame.Rect(self.rect.left + m.pad, 0, size, size)
        icon_rect.centery = self.rect.centery
        # pictogram on a light disc so it reads on every card colour
        pygame.draw.circle(surface, (255, 255, 255), icon_rect.center, int(size * 0.62))
        icon = ui.picto(self.picto, int(size * 0.9))
        surface.blit(icon, icon.get_rect(center=icon_rect.center))
        text = ui.render(self.label, "body", colour, self.text_width(ui, self.rect.width), bold=True)
        surface.blit(text, text.get_rect(midleft=(icon_rect.right + m.pad * 2, self.rect.centery)))
        if chosen:
            badge = pygame.Rect(0, 0, int(m.px() * 1.4), int(m.px() * 1.4))
            badge.topright = (self.rect.right - m.pad // 2, self.rect.top + m.pad // 2)
            pygame.draw.circle(surface, ui.theme.on_accent, badge.center, badge.width // 2)
            pygame.draw.circle(surface, ui.theme.accent, badge.center, badge.width // 2 - 2)
            number = self.badge()
            if number:
                ui.blit_text(surface, number, badge.center, "small", ui.theme.on_accent, bold=True, center=True)
            else:
                draw_check(surface, badge.inflate(-badge.width // 4, -badge.height // 4), ui.theme.on_accent)
        if focused:
            ui.focus_ring(surface, self.rect)

    def speech(self) -> str:
        return self.label


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

    def place(self, rect: pygame.Rect, ui: UI) -> None:
        super().place(rect, ui)
        self.points = self.point_rects(ui)

    def point_rects(self, ui: UI) -> list[pygame.Rect]:
        m = ui.metrics
        size = min(self.rect.height - m.pad * 2, int(m.target * 1.1))
        gap = m.pad
        total = size * 5 + gap * 4
        x = self.rect.right - m.pad - total
        return [pygame.Rect(x + i * (size + gap), self.rect.centery - size // 2, size, size) for i in range(5)]

    def needed_height(self, ui: UI, width: int) -> int:
        m = ui.metrics
        faces = int(m.target * 1.1) * 5 + m.pad * 4
        label_w = width - faces - int(m.px() * 2.2) - m.pad * 6
        return max(int(m.target * 1.1), ui.text_height(self.label, "body", label_w)) + m.pad * 2

    def on_intent(self, intent: Intent) -> bool:
        current = self.value()
        if intent.act == Act.LEFT:
            self.set_value(max(1, (current or 4) - 1))
            return True
        if intent.act == Act.RIGHT:
            self.set_value(min(5, (current or 2) + 1))
            return True
        return False

    def click(self, pos) -> None:
        for i, rect in enumerate(self.points):
            if rect.collidepoint(pos):
                self.set_value(i + 1)

    def activate(self) -> None:
        if self.value() is None:
            self.set_value(3)

    def draw(self, surface, ui, focused, hovered) -> None:
        m = ui.metrics
        colour = ui.box(surface, self.rect, "widget", "hover" if hovered else "normal")
        size = int(m.px() * 2.2)
        icon = ui.picto(self.picto, size)
        surface.blit(icon, icon.get_rect(midleft=(self.rect.left + m.pad, self.rect.centery)))
        points = self.points
        label_w = points[0].left - self.rect.left - size - m.pad * 4
        text = ui.render(self.label, "body", colour, label_w)
        surface.blit(text, text.get_rect(midleft=(self.rect.left + size + m.pad * 2, self.rect.centery)))
        chosen = self.value()
        for i, rect in enumerate(points):
            on = chosen == i + 1
            if on:
                pygame.draw.rect(surface, ui.theme.accent, rect.inflate(m.pad, m.pad), border_radius=m.pad)
            face = ui.picto(f"face_{i + 1}", int(rect.width * (0.95 if on else 0.75)))
            surface.blit(face, face.get_rect(center=rect.center))
        if focused:
            ui.focus_ring(surface, self.rect)

    def speech(self) -> str:
        chosen = self.value()
        answer = self.point_labels[chosen - 1] if chosen else ""
        return f"{self.label} {answer}".strip()


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

    def draw(self, surface, ui, focused, hovered) -> None:
        m = ui.metrics
        colours = ui.theme.state("widget", "hover" if hovered else "normal")
        pygame.draw.rect(surface, colours.fill, self.rect, border_radius=m.pad // 2)
        pygame.draw.rect(
            surface,
            ui.theme.accent if focused else colours.border,
            self.rect,
            width=max(2, m.ring // 2 + (2 if focused else 0)),
            border_radius=m.pad // 2,
        )
        inner = self.rect.inflate(-m.pad * 2, -m.pad * 2)
        text = self.value()
        shown = text + ("|" if focused else "") if text or focused else self.placeholder
        colour = colours.text if text else ui.theme.muted
        img = ui.render(shown, "body", colour, inner.width if self.lines > 1 else 0)
        if self.lines == 1 and img.get_width() > inner.width:  # keep the end (where you type) in view
            area = pygame.Rect(img.get_width() - inner.width, 0, inner.width, img.get_height())
            surface.blit(img, img.get_rect(midleft=inner.midleft).move(0, 0), area)
        else:
            surface.blit(img, inner.topleft if self.lines > 1 else img.get_rect(midleft=inner.midleft))
        if focused:
            ui.focus_ring(surface, self.rect)

    def speech(self) -> str:
        return f"{self.label}: {self.value() or self.placeholder}"


class WeatherScale(Widget):
    """Automation risk as a weather forecast: sun (low), cloud (medium), rain (high); not a bare number."""

    focusable = False
    PICTOS = ("sun", "weather", "rain")

    def __init__(self, level: int, labels: list[str]) -> None:
        super().__init__()
        self.level, self.labels = level, labels

    def needed_height(self, ui: UI, width: int) -> int:
        return int(ui.metrics.px() * 3.2) + ui.text_height(self.labels[0], "small", width // 3) + ui.metrics.pad

    def draw(self, surface, ui, focused, hovered) -> None:
        m = ui.metrics
        size = int(m.px() * 2.6)
        cell = min(self.rect.width // 3, size * 3)
        for i, (picto, label) in enumerate(zip(self.PICTOS, self.labels)):
            box = pygame.Rect(self.rect.left + i * cell, self.rect.top, cell - m.pad, self.rect.height)
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


class TextPanel(Widget):
    focusable = False

    def __init__(self, text: str, role: str = "body", bold: bool = False, colour: str = "text") -> None:
        super().__init__()
        self.text, self.role, self.bold, self.colour = text, role, bold, colour

    def needed_height(self, ui: UI, width: int) -> int:
        return ui.text_height(self.text, self.role, width, self.bold)

    def draw(self, surface, ui, focused, hovered) -> None:
        colour = getattr(ui.theme, self.colour)
        surface.blit(ui.render(self.text, self.role, colour, self.rect.width, self.bold), self.rect.topleft)

    def speech(self) -> str:
        return self.text


class Progress(Widget):
    """'Level 2 of 5' with one dot per level."""

    focusable = False

    def __init__(self, label: str, current: int, total: int) -> None:
        super().__init__()
        self.label, self.current, self.total = label, current, total

    def content_width(self, ui: UI) -> int:
        r = max(5, ui.metrics.px("small") // 3)
        return ui.render(self.label, "small", bold=True).get_width() + ui.metrics.pad + r * 3 * self.total

    def draw(self, surface, ui, focused, hovered) -> None:
        m = ui.metrics
        text = ui.render(self.label, "small", ui.theme.muted, bold=True)
        surface.blit(text, text.get_rect(midright=(self.rect.right, self.rect.centery)))
        r = max(5, m.px("small") // 3)
        x = text.get_rect(midright=(self.rect.right, 0)).left - m.pad - r
        for i in range(self.total, 0, -1):
            centre = (x, self.rect.centery)
            if i <= self.current:
                pygame.draw.circle(surface, ui.theme.accent, centre, r)
            else:
                pygame.draw.circle(surface, ui.theme.border, centre, r, 2)
            x -= r * 3

    def speech(self) -> str:
        return self.label


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

    def focus_on(self, widget: Widget) -> None:
        items = self.focusable()
        if widget in items:
            self.focus = items.index(widget)

    def handle(self, intent: Intent) -> bool:
        items = self.focusable()
        if not items:
            return False
        act = intent.act
        if act == Act.POINT:
            self.hover = next((w for w in items if w.rect.collidepoint(intent.pos)), None)
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
