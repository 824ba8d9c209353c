"""A question the player answers in their own words: one text field, saved as they type."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pygame

from game.engine.scene import BotMove
from game.engine.text_field import TextField
from game.engine.widgets import TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App


class WrittenAnswerScene(Screen):
    """Texts come from `<name>.title/.question/.label/.placeholder/.note`; the answer is the
    profile's `profile_field`. The bot writes one of `bot_answers`, with chance `bot_chance`."""

    profile_field = ""
    max_length = 200
    lines = 1
    bot_answers: tuple[str, ...] = ()
    bot_chance = 0.5

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.field: TextField | None = None

    def title(self) -> str:
        return self.app.t(f"{self.name}.title")

    def answer(self) -> str:
        answer: str = getattr(self.profile, self.profile_field)
        return answer

    def set_answer(self, value: str) -> None:
        setattr(self.profile, self.profile_field, value)
        self.app.session.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        question = TextPanel(app.t(f"{self.name}.question"), bold=True)
        self.field = TextField(
            app.t(f"{self.name}.label"),
            self.answer,
            self.set_answer,
            app.t(f"{self.name}.placeholder"),
            max_length=self.max_length,
            lines=self.lines,
        )
        note = TextPanel(app.t(f"{self.name}.note"), "small", colour="muted")
        self.stack([question, self.field, note], area, gap=app.ui.metrics.pad * 2)
        return [question, self.field, note]

    def on_next(self) -> None:
        self.app.advance(self.step)

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self.field is not None and not self.answer() and rng.random() < self.bot_chance:
            return self.field, [*rng.choice(self.bot_answers)]
        return self.next_button
