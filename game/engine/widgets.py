"""Widgets a player uses: button, choice card, 5-point picture scale, text field, text panel.
Layout (rects) is set by the scene; `draw` only reads state. Indicators that only show
something are in game/indicators.py; moving the focus between widgets is game/form.py.

A widget says what its picture depends on (`look`) and how to paint it (`paint`, into any
rectangle); `draw` paints each look once into a cached sprite (game/engine/ui.py) and then
copies it, so a frame costs one copy per widget instead of shapes, text and pictograms."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.engine.intents import Act, Intent
from game.engine.ui import UI

if TYPE_CHECKING:
    from pygame.typing import ColorLike


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

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        """Everything the widget's picture depends on besides its size, the theme and the
        metrics; None when it cannot be cached (it would paint outside its rectangle)."""
        return None

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        """Draw the widget into `rect` of `surface` (its own rectangle, or a sprite's)."""
        raise NotImplementedError

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        look = self.look(ui, focused, hovered)
        if look is None:
            self.paint(surface, ui, self.rect, focused, hovered)
        else:
            key = (type(self), look)
            sprite = ui.sprite(key, self.rect.size, lambda s: self.paint(s, ui, s.get_rect(), focused, hovered))
            surface.blit(sprite, self.rect)
        if focused:
            ui.focus_ring(surface, self.rect)

    def speech(self) -> str:
        return ""


def _state(enabled: bool, selected: bool, hovered: bool) -> str:
    if not enabled:
        return "disabled"
    if selected:
        return "selected"
    return "hover" if hovered else "normal"


def draw_check(surface: pygame.Surface, rect: pygame.Rect, colour: ColorLike) -> None:
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
        w = ui.text_size(self.label, "button", bold=True)[0] + m.pad * 3
        if self.picto:
            w += int(m.target * 0.6) + m.pad
        return max(w, m.target)

    def activate(self) -> None:
        if self.enabled:
            self.action()

    def content_size(self, ui: UI) -> tuple[int, int]:
        """The label and pictogram side by side (what `paint` centres in the button)."""
        m = ui.metrics
        label = ui.text_size(self.label, "button", bold=True) if self.label else (0, 0)
        icon = int(m.target * 0.6) if self.picto else 0
        width = label[0] + icon + (m.pad if self.label and icon else 0)
        return width, max(icon, label[1])

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        w, h = self.content_size(ui)
        if w > self.rect.width or h > self.rect.height:
            return None  # a label wider than its button shows beyond it, as drawn directly
        return (self.label, self.picto, self.primary, self.enabled, hovered)

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        m = ui.metrics
        colour = ui.box(surface, rect, "primary" if self.primary else "widget", _state(self.enabled, False, hovered))
        label = ui.render(self.label, "button", colour, bold=True) if self.label else None
        icon = ui.picto(self.picto, int(m.target * 0.6)) if self.picto else None
        width = (label.get_width() if label else 0) + (icon.get_width() if icon else 0)
        width += m.pad if label and icon else 0
        x = rect.centerx - width // 2
        if icon:
            surface.blit(icon, icon.get_rect(midleft=(x, rect.centery)))
            x += icon.get_width() + m.pad
        if label:
            surface.blit(label, label.get_rect(midleft=(x, rect.centery)))

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

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        chosen = self.selected()
        return (self.label, self.picto, self.enabled, self.compact, chosen, self.badge() if chosen else "", hovered)

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        m = ui.metrics
        chosen = self.selected()
        colour = ui.box(surface, rect, "widget", _state(self.enabled, chosen, hovered))
        size = self.picto_size(ui)
        icon_rect = pygame.Rect(rect.left + m.pad, 0, size, size)
        icon_rect.centery = rect.centery
        # pictogram on a light disc so it reads on every card colour
        pygame.draw.circle(surface, (255, 255, 255), icon_rect.center, int(size * 0.62))
        icon = ui.picto(self.picto, int(size * 0.9))
        surface.blit(icon, icon.get_rect(center=icon_rect.center))
        text = ui.render(self.label, "body", colour, self.text_width(ui, rect.width), bold=True)
        surface.blit(text, text.get_rect(midleft=(icon_rect.right + m.pad * 2, rect.centery)))
        if chosen:
            badge = pygame.Rect(0, 0, int(m.px() * 1.4), int(m.px() * 1.4))
            badge.topright = (rect.right - m.pad // 2, rect.top + m.pad // 2)
            pygame.draw.circle(surface, ui.theme.on_accent, badge.center, badge.width // 2)
            pygame.draw.circle(surface, ui.theme.accent, badge.center, badge.width // 2 - 2)
            number = self.badge()
            if number:
                ui.blit_text(surface, number, badge.center, "small", ui.theme.on_accent, bold=True, center=True)
            else:
                draw_check(surface, badge.inflate(-badge.width // 4, -badge.height // 4), ui.theme.on_accent)

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


class TextPanel(Widget):
    focusable = False

    def __init__(self, text: str, role: str = "body", bold: bool = False, colour: str = "text") -> None:
        super().__init__()
        self.text, self.role, self.bold, self.colour = text, role, bold, colour

    def needed_height(self, ui: UI, width: int) -> int:
        return ui.text_height(self.text, self.role, width, self.bold)

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        """The wrapped text, drawn onto the screen's background once (opaque) and copied."""
        colour = getattr(ui.theme, self.colour)
        img = ui.render(self.text, self.role, colour, self.rect.width, self.bold, bg=ui.theme.bg)
        surface.blit(img, self.rect.topleft)

    def speech(self) -> str:
        return self.text
