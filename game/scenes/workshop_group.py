"""The workshop's closing: the participants' group codes typed in (a wrong one gets a clear
message and changes nothing) and the group view (counts only, from five codes), saved as CSV
or PNG for the organisation. Nothing is kept after the session unless it is saved."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.career.group import GroupCard, GroupCodeError, csv_text, decode, totals
from game.engine import bridge
from game.engine.text_field import TextField
from game.engine.widgets import Button, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.charts import charts, place_charts, totals_picture
from game.scenes.poster_art import png_bytes

if TYPE_CHECKING:
    from game.app import App


class GroupSlides(Screen):
    """The group codes and the group view, for the facilitator's scene (game/scenes/workshop.py)."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.cards: list[GroupCard] = []  # the group's codes: in memory only, gone when the session ends
        self.typed = ""
        self.message = ""
        self.saved_to = ""

    def codes(self, area: pygame.Rect) -> list[Widget]:
        """Type a participant's code in; a wrong code gets a clear message and changes nothing."""
        app, m = self.app, self.app.ui.metrics
        self.field = TextField(
            self.app.t("workshop.codes.label"),
            lambda: self.typed,
            self.type_code,
            self.app.t("workshop.codes.placeholder"),
            max_length=30,
        )
        add = Button(self.app.t("workshop.codes.add"), self.add_code, picto="check", name="add")
        undo = Button(self.app.t("workshop.codes.undo"), self.undo, name="undo", enabled=bool(self.cards))
        field_w = min(area.width // 2, int(m.px() * 18))
        field_h = self.field.needed_height(app.ui, field_w)
        self.field.place(pygame.Rect(area.left, area.top, field_w, field_h), app.ui)
        x = area.left + field_w + m.pad * 2
        for b in (add, undo):
            w = b.preferred_width(app.ui)
            b.place(pygame.Rect(x, area.top + field_h - m.target, w, m.target), app.ui)
            x += w + m.pad * 2
        y = area.top + field_h + m.pad * 2
        status = [TextPanel(self.app.t("workshop.codes.count", n=len(self.cards)), "title", bold=True)]
        if self.message:
            status.append(TextPanel(self.message, "title", bold=True, colour="warn"))
        status.append(
            TextPanel(
                self.app.t("workshop.codes.ready" if totals(self.cards, self.content).shown else "workshop.codes.wait"),
                "title",
            )
        )
        self.stack(status, pygame.Rect(area.left, y, area.width, area.bottom - y), gap=m.pad * 2)
        return [self.field, add, undo, *status]

    def group(self, area: pygame.Rect) -> list[Widget]:
        """The group view: counts only, three charts a page, and only from five codes."""
        app, m = self.app, self.app.ui.metrics
        result = totals(self.cards, self.content)
        if not result.shown:
            wait = TextPanel(self.app.t("workshop.group.wait"), "title")
            self.stack([wait], area)
            return [wait]
        save = [
            Button(app.t("workshop.codes.save_csv"), self.save_csv, picto="clipboard", name="save_csv"),
            Button(app.t("workshop.codes.save_png"), self.save_png, picto="picture", name="save_png"),
        ]
        x = area.left
        for b in save:
            w = b.preferred_width(app.ui)
            b.place(pygame.Rect(x, area.bottom - m.target, w, m.target), app.ui)
            x += w + m.pad * 2
        widgets: list[Widget] = [*save]
        if self.saved_to:
            done = TextPanel(app.t("workshop.codes.saved", where=self.saved_to), "small", colour="good")
            done.place(pygame.Rect(x, area.bottom - m.target, area.right - x, m.target), app.ui)
            widgets.append(done)
        items = charts(result, self.content, app.t, app.session.text)
        per_page = 3 if area.width >= area.height * 1.4 else 2
        self.pages_total = -(-len(items) // per_page)
        self.page %= self.pages_total
        shown = items[self.page * per_page : (self.page + 1) * per_page]
        place_charts(
            shown, pygame.Rect(area.left, area.top, area.width, area.height - m.target - m.pad * 2), app.ui, per_page
        )
        return [*shown, *widgets]

    def type_code(self, value: str) -> None:
        self.typed = value
        self.message = ""

    def add_code(self) -> None:
        try:
            card = decode(self.typed, self.content)
        except GroupCodeError as exc:
            self.message = self.app.t(f"group.error.{exc.reason}")  # nothing changes
        else:
            self.cards.append(card)
            self.typed, self.message = "", ""
        self.app.speak(self.message or self.app.t("workshop.codes.count", n=len(self.cards)))
        self.refresh()

    def undo(self) -> None:
        if self.cards:
            self.cards.pop()
        self.refresh()

    def save_csv(self) -> None:
        data = csv_text(totals(self.cards, self.content), self.content, self.app.t, self.app.session.text)
        self.saved_to = bridge.download("koers-groep.csv", data.encode("utf-8"), "text/csv") or self.app.t(
            "poster.not_saved"
        )
        self.refresh()

    def save_png_to(self, path: Path) -> None:
        """The group view as a picture in a file of our choosing (autoplay's group.png)."""
        picture = totals_picture(
            totals(self.cards, self.content), self.content, self.app.ui, self.app.t, self.app.session.text
        )
        path.write_bytes(png_bytes(picture))

    def save_png(self) -> None:
        picture = totals_picture(
            totals(self.cards, self.content), self.content, self.app.ui, self.app.t, self.app.session.text
        )
        self.saved_to = bridge.download("koers-groep.png", png_bytes(picture)) or self.app.t("poster.not_saved")
        self.refresh()

    def group_json(self) -> str:
        """The totals as JSON (autoplay writes it as group.json): counts only."""
        result = totals(self.cards, self.content)
        return json.dumps(result.__dict__, ensure_ascii=False, indent=1)

    # moving through the plan ----------------------------------------------------------
