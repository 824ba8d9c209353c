"""End of level 1: a short written exercise (optional, kept on this device) and the feedback."""

from __future__ import annotations

import random

import pygame

from ..feedback import level1_feedback
from ..flow import advance
from ..passport import interest_letters
from ..profile import STEPS
from ..scene import FormScene
from ..widgets import TextField, TextPanel, Widget

BOT_ANSWERS = ("Fijne collega's en een klus die af is.", "Als ik mensen kan helpen.", "Rustig werk, buiten.")


class ReflectionScene(FormScene):
    name = step = "reflection"
    level = STEPS["reflection"]

    def __init__(self, app) -> None:
        super().__init__(app)
        self.field: TextField | None = None

    def title(self) -> str:
        return self.app.t("reflection.title")

    def set_text(self, value: str) -> None:
        self.app.profile.reflection = value
        self.app.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        intro = TextPanel(app.t("reflection.question"), bold=True)
        note = TextPanel(app.t("reflection.note"), "small", colour="muted")
        self.field = TextField(
            app.t("reflection.label"),
            lambda: app.profile.reflection,
            self.set_text,
            app.t("reflection.placeholder"),
            max_length=280,
            lines=3,
        )
        self.stack([intro, self.field, note], area, gap=app.ui.metrics.pad * 2)
        return [intro, self.field, note]

    def on_next(self) -> None:
        advance(self.app, self.step)

    def bot_choose(self, rng: random.Random):
        if not self.app.profile.reflection and rng.random() < 0.7:
            return self.field, [*rng.choice(BOT_ANSWERS)]
        return self.next_button


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
