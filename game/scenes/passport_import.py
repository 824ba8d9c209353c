"""Import a skills passport (from the settings): in the browser with the page's file picker, on
the desktop by typing where the file is (or with a file dialog, where one can be shown).

A failed import says why in one plain sentence on the screen (no file there, a damaged file,
not a Koers passport, a newer version) and changes nothing that was saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.career.passport import import_bytes
from game.engine import bridge
from game.engine.text_field import TextField
from game.engine.widgets import Button, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.notice import NoticeScene

if TYPE_CHECKING:
    from game.app import App

ACCEPT = ".json,application/json"  # what the browser's picker offers first
EXAMPLE = "koers-paspoort.json"  # the name the poster saves a passport under


class ImportScene(Screen):
    name = "import"

    def __init__(self, app: App, coach: bool = False) -> None:
        super().__init__(app)
        self.coach = coach  # a coach opens a player's passport to see its sheet: nothing is imported
        self.path = ""  # desktop: where the file is, as typed
        self.problem = ""  # why the last try failed: one of passport.IMPORT_PROBLEMS
        self.waiting = False  # browser: the picker is open, the file not read yet
        self.field: TextField | None = None
        self.next_label = "import.choose" if bridge.is_web else "import.read"

    def title(self) -> str:
        return self.app.t("coach_view.open_title" if self.coach else "import.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        gap = m.pad * 2
        widgets: list[Widget] = [TextPanel(app.t("coach_view.open_intro" if self.coach else "import.intro"))]
        if not bridge.is_web:
            example = str(bridge.default_export_dir() / EXAMPLE)
            self.field = TextField(
                app.t("import.file"), lambda: self.path, self.set_path, example, max_length=500, on_enter=self.try_next
            )
            widgets += [TextPanel(app.t("import.where", example=example), "small"), self.field]
        y = self.stack(widgets, area, gap=gap)
        if not bridge.is_web and bridge.can_choose_file():
            browse = Button(app.t("import.choose"), self.browse, picto="magnifier", name="choose")
            browse.place(pygame.Rect(area.left, y, browse.preferred_width(app.ui), m.target), app.ui)
            widgets.append(browse)
            y += m.target + gap
        if self.problem:
            message = TextPanel(self.problem_text(), bold=True, colour="warn")
            self.stack([message], pygame.Rect(area.left, y, area.width, area.bottom - y))
            widgets.append(message)
        return widgets

    def problem_text(self) -> str:
        return f"{self.app.t(f'import.{self.problem}')} {self.app.t('import.kept')}"

    def set_path(self, text: str) -> None:
        self.path = text
        self.refresh()  # the "import" button follows whether a path is typed

    def can_next(self) -> bool:
        return bridge.is_web or bool(self.path.strip())

    def need_hint(self) -> str:
        return self.app.t("import.type_first")

    def try_next(self) -> None:
        """Enter in the path field: import (or say what is missing), as the footer's button does."""
        self._press_next()

    def on_next(self) -> None:
        if bridge.is_web:
            self.waiting = True
            bridge.pick_file(ACCEPT)  # now, while the key or tap still counts as the player's own
            return
        try:
            data = bridge.read_file(self.path.strip())
        except OSError:  # there, but it cannot be read
            self.fail("damaged")
            return
        self.finish(data)

    def browse(self) -> None:
        chosen = bridge.choose_open_path(".json")
        if chosen is not None:
            self.path = str(chosen)
            self.on_next()

    def update(self, dt: float) -> None:
        if self.waiting:
            picked = bridge.picked_file()
            if picked is not None:
                self.waiting = False
                if picked[1] is None:  # the browser could not read it
                    self.fail("damaged")
                else:
                    self.finish(picked[1])
        super().update(dt)

    def finish(self, data: bytes | None) -> None:
        profile, problem = import_bytes(data, self.content)
        if profile is None:
            self.fail(problem)
            return
        app = self.app
        if self.coach:  # the player's sheet, read-only; the coach's own check stays as it was
            from game.scenes.coach import CoachSheetScene  # imported when first needed (start-up time)

            app.stack.pop()
            app.stack.push(CoachSheetScene(app, profile))
            return
        app.session.import_profile(profile)
        app.stack.reset(app.first_scene())
        app.stack.push(NoticeScene(app, "import.done"))

    def fail(self, problem: str) -> None:
        self.problem = problem
        self.refresh()
        self.app.speak(self.problem_text())

    def on_back(self) -> None:
        self.app.stack.pop()
