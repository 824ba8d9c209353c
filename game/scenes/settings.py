"""Settings over any screen: language, text size, contrast, read aloud (they persist); delete all
data, and import a skills passport."""

from __future__ import annotations

import pygame

from game.engine.intents import Act, Intent
from game.engine.storage import TEXT_SCALES
from game.engine.widgets import Button, Widget
from game.scenes.base import Screen
from game.scenes.confirm import ConfirmScene


class SettingsScene(Screen):
    name = "settings"
    next_label = "ui.close"
    show_back = False

    def title(self) -> str:
        return self.app.t("settings.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, s, m = self.app, self.app.settings, self.app.ui.metrics
        on_off = {True: app.t("settings.on"), False: app.t("settings.off")}
        rows = [
            Button(
                app.t("settings.language", value=app.t(f"lang.{s.lang}")),
                self.toggle_language,
                picto="speech",
                name="language",
            ),
            Button(
                app.t("settings.text_size", value=f"{round(s.text_scale * 100)}%"),
                self.cycle_text_size,
                picto="magnifier",
                name="text_size",
            ),
            Button(
                app.t("settings.contrast", value=on_off[s.high_contrast]),
                self.toggle_contrast,
                picto="star",
                name="contrast",
            ),
            Button(app.t("settings.delete"), self.ask_delete, picto="broom", name="delete"),
            Button(
                app.t("settings.auto_read", value=on_off[s.auto_read]),
                self.toggle_auto_read,
                picto="speaker",
                name="auto_read",
            ),
            Button(app.t("settings.import"), self.open_import, picto="clipboard", name="import"),
            Button(app.t("coach_view.settings"), self.open_coach_view, picto="clipboard", name="coach_view"),
        ]
        width = min(area.width, max(b.preferred_width(app.ui) for b in rows) + m.pad * 4)
        # large text on a small screen: what does not fit goes on to a next page
        return self.page_stack(rows, pygame.Rect(area.left, area.top, width, area.height), gap=m.pad * 2)

    def handle(self, intent: Intent) -> bool:
        if intent.act in (Act.BACK, Act.SETTINGS):
            self.on_next()
            return True
        return super().handle(intent)

    def ask_delete(self) -> None:
        self.app.stack.push(
            ConfirmScene(self.app, "settings.delete_question", "settings.delete_yes", self.app.delete_all_data)
        )

    def open_import(self) -> None:
        # imported here on purpose (start-up time): only an import needs the passport's code
        from game.scenes.passport_import import ImportScene

        self.app.stack.push(ImportScene(self.app))

    def open_coach_view(self) -> None:
        """For a coach: a player's passport opened as its conversation sheet, nothing imported."""
        from game.scenes.passport_import import ImportScene

        self.app.stack.push(ImportScene(self.app, coach=True))

    def toggle_language(self) -> None:
        self.app.settings.lang = "en" if self.app.settings.lang == "nl" else "nl"
        self.app.apply_settings()

    def cycle_text_size(self) -> None:
        s = self.app.settings
        s.text_scale = TEXT_SCALES[(TEXT_SCALES.index(s.text_scale) + 1) % len(TEXT_SCALES)]
        self.app.apply_settings()

    def toggle_contrast(self) -> None:
        self.app.settings.high_contrast = not self.app.settings.high_contrast
        self.app.apply_settings()

    def toggle_auto_read(self) -> None:
        self.app.settings.auto_read = not self.app.settings.auto_read
        self.app.apply_settings()

    def on_next(self) -> None:
        self.app.stack.pop()
