"""A new check after an earlier one: what changed since last time."""

from __future__ import annotations

import pygame

from game.career import saves
from game.career.history import changes
from game.career.passport import interest_letters
from game.engine.widgets import TextPanel, Widget
from game.scenes.base import Screen


class ChangesScene(Screen):
    more_key = "ui.more_text"

    def title(self) -> str:
        return self.app.t("changes.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        history = saves.load_history()
        if not history:
            panels: list[Widget] = [TextPanel(app.t("changes.none"))]
        else:

            def job(key: str | None) -> str | None:
                ref = app.session.occupation(key)
                return app.session.text(ref.title) if ref else None

            lines = changes(
                history[-1],
                self.profile,
                self.content,
                interest_letters(self.content),
                app.t,
                app.session.text,
                job,
            )
            headings = (lines[0], app.t("changes.ratings"))
            panels = [TextPanel(line, bold=line in headings) for line in lines]
        return self.page_stack(panels, area, gap=app.ui.metrics.pad)  # more lines than fit: a next page

    def on_next(self) -> None:
        if self.page < self.pages_total - 1:  # "Verder" reads on first
            self._next_page()
            return
        self.app.advance(self.step)
