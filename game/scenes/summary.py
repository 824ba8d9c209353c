"""End of level 1: a short written exercise (optional, kept on this device) and the feedback."""

from __future__ import annotations

import pygame

from game.career.course import Found
from game.career.feedback import level1_lines, sentences
from game.career.passport import interest_letters
from game.engine.widgets import TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.course import found_widget
from game.scenes.written import WrittenAnswerScene

BOT_ANSWERS = ("Fijne collega's en een klus die af is.", "Als ik mensen kan helpen.", "Rustig werk, buiten.")


class ReflectionScene(WrittenAnswerScene):
    profile_field = "reflection"
    max_length = 280
    lines = 3
    bot_answers = BOT_ANSWERS
    bot_chance = 0.7


class SummaryScene(Screen):
    def title(self) -> str:
        return self.app.t("summary.title")

    def lines(self) -> list[str | Found]:
        app = self.app
        occ = app.session.job()
        job_code = app.session.interest_code_of(app.session.job_lmi())
        return level1_lines(
            self.profile,
            self.content,
            interest_letters(self.content),
            app.session.text(occ.title) if occ else None,
            job_code,
            app.t,
            app.session.text,
        )

    def sentences(self) -> list[str]:
        return sentences(self.lines(), self.app.t)

    more_key = "ui.more_text"

    def body(self, area: pygame.Rect) -> list[Widget]:
        lines = self.lines()
        last = len(lines) - 1
        panels = [
            TextPanel(line, bold=(i == last)) if isinstance(line, str) else found_widget(self.app, line)
            for i, line in enumerate(lines)
        ]
        return self.page_stack(panels, area)

    def on_next(self) -> None:
        if self.page < self.pages_total - 1:  # "Verder" reads on first: the last words matter most
            self._next_page()
            return
        self.app.advance(self.step)
