"""End of level 1: a short written exercise (optional, kept on this device) and the feedback."""

from __future__ import annotations

import pygame

from game.career.feedback import level1_feedback
from game.career.passport import interest_letters
from game.career.profile import STEPS
from game.engine.scene import FormScene
from game.engine.widgets import TextPanel, Widget
from game.scenes.written import WrittenAnswerScene
from game.steps import advance

BOT_ANSWERS = ("Fijne collega's en een klus die af is.", "Als ik mensen kan helpen.", "Rustig werk, buiten.")


class ReflectionScene(WrittenAnswerScene):
    name = step = "reflection"
    level = STEPS["reflection"]
    profile_field = "reflection"
    max_length = 280
    lines = 3
    bot_answers = BOT_ANSWERS
    bot_chance = 0.7


class SummaryScene(FormScene):
    name = step = "summary"
    level = STEPS["summary"]

    def title(self) -> str:
        return self.app.t("summary.title")

    def sentences(self) -> list[str]:
        app = self.app
        occ = app.occupation(app.profile.occupation)
        job_code = None
        lmi = app.lmi() if occ else None
        if occ and lmi:
            full = lmi.occupation(occ.esco_uri)
            fig = lmi.figure(full, "riasec") if full else None
            job_code = fig.label if fig and not fig.missing else None
        return level1_feedback(
            app.profile,
            app.content,
            interest_letters(app.content),
            app.text(occ.title) if occ else None,
            job_code,
            app.t,
            app.text,
        )

    more_key = "ui.more_text"

    def body(self, area: pygame.Rect) -> list[Widget]:
        sentences = self.sentences()
        panels = [TextPanel(s, bold=(i == len(sentences) - 1)) for i, s in enumerate(sentences)]
        return self.page_stack(panels, area)

    def on_next(self) -> None:
        if self.page < self.pages_total - 1:  # "Verder" reads on first: the last words matter most
            self._next_page()
            return
        advance(self.app, self.step)
