"""Widgets a player uses: button, choice card, text panel (the five-face scale is in scale.py,
the text field in text_field.py).
Layout (rects) is set by the scene; `draw` only reads state. Indicators that only show
something are in game/indicators.py; moving the focus between widgets is game/form.py.

A widget says what its picture depends on (`look`) and how to paint it (`paint`, into any
rectangle); `draw` paints each look once into a cached sprite (game/engine/ui.py) and then
copies it, so a frame costs one copy per widget instead of shapes, text and pictograms."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.engine.intents import Intent
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
