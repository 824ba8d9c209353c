"""The title screen: start, continue where you were, or start a new check; switch language.

With a check under way, "continue" is the focused, default action; a new check asks first
(the check under way is kept in the history, see Session.start_new)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.career import revisit
from game.engine import bridge
from game.engine.widgets import Button, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.confirm import ConfirmScene

if TYPE_CHECKING:
    from game.app import App


class TitleScene(Screen):
    name = "title"
    show_back = False

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.next_label = "title.continue" if self.has_saved() else "title.start"
        self.focused_once = False
        self.speech_note = False  # "reading aloud starts after your first key" is on show
        self.heading_up = False  # the heading did not fit in the body: it is in the header, after "Koers"

    def has_saved(self) -> bool:
        return self.app.has_started()

    def title(self) -> str:
        return f"Koers: {self.app.t('title.tagline')}" if self.heading_up else "Koers"

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        size = int(min(area.height * 0.4, m.px() * 6))
        self.logo_rect = pygame.Rect(area.left, area.top, size, size)
        if area.height > area.width:  # held upright (a phone): the compass above the text
            size = int(min(area.width * 0.3, m.px() * 4))
            self.logo_rect = pygame.Rect(area.left, area.top, size, size)
            below = area.top + size + m.pad * 2
            text_area = pygame.Rect(area.left, below, area.width, area.bottom - below)
        else:
            text_area = pygame.Rect(area.left + size + m.pad * 4, area.top, area.width - size - m.pad * 4, area.height)
        lines = [
            TextPanel(app.t("title.tagline"), "big", bold=True),
            TextPanel(app.t("title.what")),
            TextPanel(app.t("title.privacy"), bold=True),
        ]
        self.speech_note = app.settings.auto_read and bridge.speech_waits()
        if self.speech_note:  # a browser speaks only after the player's first key or tap
            lines.append(TextPanel(app.t("title.read_after_key"), "small", bold=True))
        gap = m.pad * 2
        buttons: list[Button] = []
        if self.has_saved():
            buttons.append(Button(app.t("title.new"), self.ask_new, name="new"))
        buttons.append(Button(app.t("title.quick"), self.ask_quick, picto="runner", name="quick"))
        buttons.append(Button(app.t("title.workshop"), app.open_workshop, picto="people", name="workshop"))

        def needed(panels: list[TextPanel], width: int) -> int:
            return sum(p.needed_height(app.ui, width) + gap for p in panels)

        def rows_for(width: int) -> list[list[int]]:
            return button_rows([min(b.preferred_width(app.ui), width) for b in buttons], width, gap)

        def buttons_h(rows: list[list[int]]) -> int:
            return len(rows) * (m.target + m.pad) + gap if buttons else 0

        # large text on a small screen: the text keeps its size. First the buttons go on fewer rows
        # (from the left edge, under the compass), then all closer together, then a small compass
        # beside the heading with the text the full width below; only when even that does not fit
        # (a check under way adds a button) the heading goes up into the header, after "Koers"
        rows, under = rows_for(text_area.width), False
        if needed(lines, text_area.width) + buttons_h(rows) > text_area.height and text_area.left > area.left:
            wide = rows_for(area.width)
            if len(wide) < len(rows):
                rows, under = wide, True
        if needed(lines, text_area.width) + buttons_h(rows) > text_area.height:
            gap = m.pad
        heading_row: TextPanel | None = None
        if needed(lines, text_area.width) + buttons_h(rows) > text_area.height and text_area.left > area.left:
            small = lines[0].needed_height(app.ui, area.width - m.px("big") * 2)
            rest_w = area.width
            if small + gap + needed(lines[1:], rest_w) + buttons_h(rows_for(rest_w)) <= area.height:
                heading_row = lines[0]
                self.logo_rect = pygame.Rect(area.left, area.top, small, small)
                beside = pygame.Rect(area.left + small + m.pad * 2, area.top, area.width - small - m.pad * 2, small)
                self.stack([heading_row], beside)
                text_area = pygame.Rect(area.left, area.top + small + gap, area.width, area.height - small - gap)
                rows, under = rows_for(rest_w), False
        self.heading_up = heading_row is None and needed(lines, text_area.width) + buttons_h(rows) > text_area.height
        if self.heading_up:
            lines.pop(0)
        y = self.stack([p for p in lines if p is not heading_row], text_area, gap=gap)
        if under:  # the buttons from the left edge, below the compass
            y = max(y, self.logo_rect.bottom + gap)
        i = 0
        for row in rows:  # side by side, on to a new row where the width ends (a phone held upright)
            x = area.left if under else text_area.left
            for width in row:
                buttons[i].place(pygame.Rect(x, y, width, m.target), app.ui)
                x += width + gap
                i += 1
            y += m.target + m.pad
        return [*lines, *buttons]

    def update(self, dt: float) -> None:
        if self.speech_note and not bridge.speech_waits():  # the first key came: the note goes
            self.refresh()
        super().update(dt)

    def build(self) -> None:
        super().build()
        if not self.focused_once and self.next_button is not None:  # the first build: "continue" has the focus
            self.focused_once = True
            self.form.focus = self.form.focusable().index(self.next_button)

    def ask_new(self, quick: bool = False) -> None:
        self.app.stack.push(
            ConfirmScene(
                self.app,
                "title.new_question",
                "title.new_yes",
                lambda: self.app.start_new(quick),
                no_key="title.new_no",
                yes_picto="sparkles",
            )
        )

    def ask_quick(self) -> None:
        """The short check (for a first talk with a coach): asks first when a check is under way."""
        if self.has_saved():
            self.ask_new(quick=True)
        else:
            self.app.start_new(quick=True)

    def footer_button(self) -> Button:
        other = "en" if self.app.settings.lang == "nl" else "nl"
        return Button(self.app.t(f"lang.switch_to_{other}"), self.switch_language, picto="speech", name="language")

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        ui = self.app.ui
        surface.blit(ui.picto("compass", self.logo_rect.width, bg=ui.theme.bg), self.logo_rect)  # opaque: copied

    def switch_language(self) -> None:
        self.app.settings.lang = "en" if self.app.settings.lang == "nl" else "nl"
        self.app.apply_settings()

    def on_next(self) -> None:
        if revisit.due(self.app.session.profile):  # a finished check whose next check has come
            from game.scenes.revisit import ReturnStepsScene  # (start-up time: only then needed)

            self.app.go(ReturnStepsScene(self.app))
        elif self.has_saved():
            self.app.resume()
        else:
            self.app.start_new()


def button_rows(widths: list[int], room: int, gap: int) -> list[list[int]]:
    """Widths in rows from the left, a new row where the next one does not fit."""
    rows: list[list[int]] = []
    used = 0
    for width in widths:
        if rows and used + gap + width <= room:
            rows[-1].append(width)
            used += gap + width
        else:
            rows.append([width])
            used = width
    return rows
