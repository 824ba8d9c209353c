"""Scenes on a stack with a lifecycle (enter, exit, pause, resume; handle, update, draw).

An intent goes to the top scene first and stops at the scene that uses it; a
non-modal overlay passes what it does not use down. `draw` never changes state.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import pygame

from game.engine import bridge, layout
from game.engine.form import Form
from game.engine.indicators import Progress
from game.engine.intents import Act, Intent
from game.engine.text_field import TextField
from game.engine.widgets import Button, ChoiceCard, TextPanel, Widget

if TYPE_CHECKING:
    from game.engine.loop import Engine

AppT = TypeVar("AppT", bound="Engine")
"""The app a scene belongs to: the engine, or the game built on it (a game's screens subclass
`FormScene[App]`, so `self.app` has the game's session and steps as well)."""

SHOWN = itertools.count(1)  # numbers each new screen shown, over all scenes

BotMove = Widget | tuple[Widget, Sequence[Act | str]] | None
"""What autoplay does next on a screen: press a widget (focus it, then SELECT), focus a widget
and then send these acts or typed characters, or wait (None)."""


class Scene(Generic[AppT]):
    name = "scene"
    modal = True  # a modal scene keeps every intent; an overlay that is not passes unused ones down
    opaque = True  # an opaque scene hides the scenes below it
    shown = 0  # which new screen this scene shows now (from SHOWN): the screen reader's mirror follows it

    def __init__(self, app: AppT) -> None:
        self.app = app

    def enter(self) -> None: ...
    def exit(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...

    def handle(self, intent: Intent) -> bool:
        return False

    def update(self, dt: float) -> None: ...

    def draw(self, surface: pygame.Surface) -> None: ...

    def speech(self) -> str:
        """Everything on the screen, as one text for read-aloud."""
        return ""

    def focus_speech(self) -> str:
        """The focused control, as a text (the screen reader's mirror says it when the focus moves)."""
        return ""

    def bot_choose(self, rng: random.Random) -> BotMove:
        """Autoplay: what the bot does next (see `BotMove`; None: wait)."""
        return None


class SceneStack:
    def __init__(self) -> None:
        self.scenes: list[Scene[Any]] = []

    @property
    def top(self) -> Scene[Any] | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene[Any]) -> None:
        if self.top:
            self.top.pause()
        self.scenes.append(scene)
        scene.enter()

    def pop(self) -> Scene[Any]:
        scene = self.scenes.pop()
        scene.exit()
        if self.top:
            self.top.resume()
        return scene

    def replace(self, scene: Scene[Any]) -> None:
        """Swap the top scene for another (the one below is neither paused nor resumed)."""
        if self.scenes:
            self.scenes.pop().exit()
        self.scenes.append(scene)
        scene.enter()

    def reset(self, scene: Scene[Any]) -> None:
        while self.scenes:
            self.scenes.pop().exit()
        self.push(scene)

    def handle(self, intent: Intent) -> bool:
        for scene in reversed(self.scenes):
            if scene.handle(intent):
                return True
            if scene.modal:
                return False
        return False

    def update(self, dt: float) -> None:
        if self.top:
            self.top.update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        start = 0
        for i, scene in enumerate(self.scenes):
            if scene.opaque:
                start = i
        for scene in self.scenes[start:]:
            scene.draw(surface)


class FormScene(Scene[AppT]):
    """A screen with a header (title, progress, read-aloud/settings/help), a body of widgets
    and a footer (back, next). Subclasses fill the body."""

    step = ""  # which step of the play-through this screen is (the game's step registry sets it)
    level: int | None = None  # 1..levels for the parts of the play-through; None outside them
    levels = 0
    next_label = "ui.next"
    show_back = True
    field: TextField | None = None  # a scene with a text field sets it: typing then always goes there

    def __init__(self, app: AppT) -> None:
        super().__init__(app)
        self.form = Form([])
        self.hint = ""
        self.page = 0
        self._built_for: tuple | None = None
        self.next_button: Button | None = None
        self.header_widgets: list[Button] = []
        self.pages_total = 1  # set by the body when its cards need more than one page
        self.title_width = 0
        self.title_y = 0  # where the title's middle is
        self.typing_to: Widget | None = None  # the text field typed text goes to, while one is on show

    # to override --------------------------------------------------------------------
    def title(self) -> str:
        return ""

    def body(self, area: pygame.Rect) -> list[Widget]:
        """Create and place the body's widgets inside `area`."""
        return []

    def can_next(self) -> bool:
        return True

    def need_hint(self) -> str:
        return self.app.t("hint.choose_first")

    def on_next(self) -> None: ...

    more_key = "ui.more_cards"  # the pager's label: more cards, or more text

    def footer_button(self) -> Button | None:
        """An extra action for the middle of the footer (the pager takes that place when needed)."""
        return None

    def on_back(self) -> None:
        self.app.back()

    # life cycle ---------------------------------------------------------------------
    def enter(self) -> None:
        self.refresh()
        self.shown = next(SHOWN)
        if self.app.settings.auto_read:
            self.app.pending_speech = True

    def resume(self) -> None:
        self.refresh()
        self.shown = next(SHOWN)

    def next_screen(self) -> None:
        """After moving to another screen inside this scene: focus on top, rebuild, read aloud."""
        self.form.focus = 0
        self.refresh()
        self.shown = next(SHOWN)
        if self.app.settings.auto_read:
            self.app.pending_speech = True

    def refresh(self) -> None:
        """Rebuild the widgets at the next update (after any change of state or settings)."""
        self._built_for = None

    def update(self, dt: float) -> None:
        if self.typing_to is not None and bridge.is_web:
            self._take_typed()
        key = self.app.layout_key()
        if self._built_for != key:
            self._built_for = key
            self.build()
            self.app.redraw = True

    def build(self) -> None:
        app, ui = self.app, self.app.ui
        m = ui.metrics
        header, body_area, footer = layout.frame(m)
        widgets: list[Widget] = []
        self.pages_total = 1
        body = self.body(body_area)
        widgets.extend(body)

        next_btn = Button(app.t(self.next_label), self._press_next, primary=True, enabled=self.can_next(), name="next")
        buttons = [next_btn]
        if self.show_back:
            buttons.append(Button(app.t("ui.back"), self.on_back, name="back"))
        inner = footer.inflate(-m.pad * 6, -m.pad * 2)
        row_h = m.target + m.pad
        upper = pygame.Rect(inner.left, inner.top, inner.width, row_h)  # the middle button, on two rows
        inner = pygame.Rect(inner.left, inner.bottom - row_h, inner.width, row_h)  # back and next
        next_btn.place(layout.row(inner, [next_btn.preferred_width(ui)], 0, "right")[0], ui)
        if self.show_back:
            buttons[1].place(layout.row(inner, [buttons[1].preferred_width(ui)], 0, "left")[0], ui)
        self.next_button = next_btn
        middle = self.footer_button()
        if self.pages_total > 1:
            last = self.page % self.pages_total == self.pages_total - 1  # from the last page it goes round to the first
            key = f"{self.more_key}.first" if last else self.more_key
            middle = Button(app.t(key, page=self.page + 1, pages=self.pages_total), self._next_page, name="more")
        if middle is not None:
            width = middle.preferred_width(ui)
            if layout.footer_rows(m) == 2:
                width = min(width, upper.width)
                middle.place(pygame.Rect(upper.centerx - width // 2, upper.top, width, upper.height), ui)
            else:
                left = buttons[1].rect.right if self.show_back else inner.left
                middle.place(pygame.Rect((left + next_btn.rect.left - width) // 2, inner.top, width, inner.height), ui)
            buttons.insert(1, middle)
        widgets.extend(buttons)

        icons = [
            Button("", app.read_aloud, picto="speaker", name=app.t("ui.read_aloud")),
            Button("", app.open_settings, picto="gear", name=app.t("ui.settings")),
            Button("", app.open_help, picto="question", name=app.t("ui.help")),
        ]
        hinner = header.inflate(-m.pad * 4, -m.pad * 2)
        upright = layout.footer_rows(m) == 2
        if upright:  # the buttons on top, the title on a row of its own below them
            hinner.height = m.target
        for icon, rect in zip(icons, layout.row(hinner, [m.target] * 3, m.pad, "right")):
            icon.place(rect, ui)
        self.header_widgets = icons
        widgets.extend(icons)
        right = icons[0].rect.left - m.pad * 2
        if self.level is not None:
            progress = Progress(app.t("ui.level_of", n=self.level, total=self.levels), self.level, self.levels)
            width = progress.content_width(ui)
            progress.place(pygame.Rect(right - width, hinner.top, width, hinner.height), ui)
            widgets.append(progress)
            right = progress.rect.left - m.pad * 2
        self.title_width = header.width - m.pad * 6 if upright else right - m.pad * 3
        self.title_y = (hinner.bottom + header.bottom) // 2 if upright else header.centery
        old = self.form
        self.form = Form(widgets, old.focus if old.widgets else None)
        self.form.hover = None
        # Typing (and a phone's on-screen keyboard) is on exactly while a text field is on show.
        fields = [w for w in widgets if w.takes_text]
        self.app.set_text_input(bool(fields))
        self.typing_to = self.field if self.field in fields else fields[0] if fields else None
        if bridge.is_web:
            self._place_text_entry()

    def _place_text_entry(self) -> None:
        """The page's input for a phone's on-screen keyboard, over the text field on show (or none)."""
        field = self.typing_to
        if field is None:
            bridge.text_entry(None)
            return
        w, h = self.app.screen.get_size()
        r = field.rect
        value = field.value() if isinstance(field, TextField) else ""
        bridge.text_entry((r.x / w, r.y / h, r.width / w, r.height / h), value)

    def _take_typed(self) -> None:
        """What was typed on a phone's on-screen keyboard, as if typed on a keyboard."""
        for text in bridge.typed():
            self.handle(Intent(Act.ERASE) if text == "\b" else Intent(Act.TEXT, text=text))
            self.app.redraw = True

    def _press_next(self) -> None:
        if self.can_next():
            self.hint = ""
            self.on_next()
        else:
            self.hint = self.need_hint()
            self.app.speak(self.hint)

    # input and drawing --------------------------------------------------------------
    def handle(self, intent: Intent) -> bool:
        if intent.act in (Act.TEXT, Act.ERASE) and self.field is not None:
            return self.field.on_intent(intent)
        if intent.act == Act.NEXT:
            self._press_next()
            return True
        if intent.act == Act.BACK:
            if self.show_back:
                self.on_back()
                return True
            return False
        used = self.form.handle(intent)
        if used and intent.act == Act.SELECT:
            self.refresh()
        return used

    def draw(self, surface: pygame.Surface) -> None:
        ui = self.app.ui
        m = ui.metrics
        surface.fill(ui.theme.bg)
        header, _, footer = layout.frame(m)
        pygame.draw.line(surface, ui.theme.border, header.bottomleft, header.bottomright, 2)
        pygame.draw.line(surface, ui.theme.border, footer.topleft, footer.topright, 2)
        title_w = max(50, self.title_width)
        # a long title (large text, narrow window) drops to the body size rather than overlap
        role = "title" if ui.text_size(self.title(), "title", bold=True)[0] <= title_w else "body"
        img = ui.render(self.title(), role, ui.theme.text, title_w, bold=True)
        if img.get_height() < header.height - 2:  # inside the header: drawn onto its background once, then copied
            img = ui.render(self.title(), role, ui.theme.text, title_w, bold=True, bg=ui.theme.bg)
        surface.blit(img, img.get_rect(midleft=(m.pad * 3, self.title_y)))
        self.form.draw(surface, ui)
        if self.hint and self.next_button:
            hint_w = self.next_button.rect.left - m.pad * 4 - footer.width // 4
            img = ui.render(self.hint, "body", ui.theme.warn, max(50, hint_w), bold=True)
            surface.blit(
                img, img.get_rect(midright=(self.next_button.rect.left - m.pad * 2, self.next_button.rect.centery))
            )

    def speech(self) -> str:
        parts = [self.title()]
        for w in self.form.widgets:
            if isinstance(w, TextPanel) or getattr(w, "spoken", False):  # texts, and indicators that say something
                parts.append(w.speech())
        choices = [w.speech() for w in self.form.focusable() if w not in self.header_widgets and w.speech()]
        if choices:
            parts.append(self.app.t("speech.choices") + " " + ". ".join(choices))
        focused = self.form.focused
        if focused is not None and focused.speech():
            parts.append(self.app.t("speech.focus") + " " + focused.speech())
        return ". ".join(p.rstrip(".") for p in parts if p) + "."

    def focus_speech(self) -> str:
        focused = self.form.focused
        if focused is None:
            return ""
        if focused.takes_text:  # its label once, not again at every letter typed
            return str(getattr(focused, "label", ""))
        if isinstance(focused, ChoiceCard) and focused.selected():
            return f"{focused.speech()}, {self.app.t('speech.chosen')}"
        return focused.speech()

    def bot_choose(self, rng: random.Random) -> BotMove:
        return self.next_button

    # helpers for subclasses ---------------------------------------------------------
    def stack(self, widgets: Sequence[Widget], area: pygame.Rect, gap: int | None = None) -> int:
        """Place widgets top to bottom at their needed heights; returns the y below them."""
        ui = self.app.ui
        gap = ui.metrics.pad if gap is None else gap
        y = area.top
        for w in widgets:
            h = w.needed_height(ui, area.width) if hasattr(w, "needed_height") else ui.metrics.target
            w.place(pygame.Rect(area.left, y, area.width, h), ui)
            y += h + gap
        return y

    def page_stack(self, widgets: Sequence[Widget], area: pygame.Rect, gap: int | None = None) -> list[Widget]:
        """Stack widgets top to bottom; what does not fit goes on to a next page (the footer gets
        a pager), so large text is never cut off or made smaller."""
        ui = self.app.ui
        gap = ui.metrics.pad if gap is None else gap
        pages: list[list[Widget]] = [[]]
        y = area.top
        for w in widgets:
            h = w.needed_height(ui, area.width) if hasattr(w, "needed_height") else ui.metrics.target
            if pages[-1] and y + h > area.bottom:
                pages.append([])
                y = area.top
            pages[-1].append(w)
            y += h + gap
        self.pages_total = len(pages)
        self.page %= self.pages_total
        self.stack(pages[self.page], area, gap)
        return pages[self.page]

    def grid(
        self, cards: list[ChoiceCard], area: pygame.Rect, min_w_em: float = 13, max_cols: int = 4
    ) -> list[ChoiceCard]:
        """Place cards in a grid that fits `area`; when they do not fit, the footer gets a pager."""
        ui = self.app.ui
        m = ui.metrics
        gap = m.pad * 2
        # wide enough for the longest word on any card: words are never split
        words = [word for c in cards for word in getattr(c, "label", "").split()]
        longest = max((ui.text_size(w, "body", bold=True)[0] for w in words), default=0)
        fixed = max((c.chrome_width(ui) for c in cards if hasattr(c, "chrome_width")), default=0)
        min_w = max(int(m.px() * min_w_em), longest + fixed + m.pad)
        cols = layout.columns_for(area.width, min_w, len(cards), max_cols)
        cell_w = (area.width - gap * (cols - 1)) // cols
        cell_h = max([m.target] + [c.needed_height(ui, cell_w) for c in cards])
        rows, row_gap = layout.rows_and_gap(area.height, cell_h, gap, m.pad)
        per_page = rows * cols
        self.pages_total = layout.pages(len(cards), per_page)
        self.page %= self.pages_total
        shown = cards[self.page * per_page : (self.page + 1) * per_page]
        for card, rect in zip(shown, layout.grid(area, len(shown), cols, cell_h, gap, row_gap)):
            card.place(rect, ui)
        return shown

    def _next_page(self) -> None:
        self.page += 1
        self.form.focus = 0
        self.refresh()
        self.shown = next(SHOWN)
