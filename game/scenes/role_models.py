"""Level 2: a role-model story (passages and choices), played at the player's own pace."""

from __future__ import annotations

import random

import pygame

from ..flow import advance
from ..profile import STEPS
from ..scene import FormScene
from ..schema import Story
from ..widgets import ChoiceCard, TextPanel, Widget


def pick_story(stories: list[Story], occupation: str | None, seen: list[str]) -> Story:
    """The story closest to the player's job: same start, then same end, then one not yet seen."""
    for test in (
        lambda s: s.from_occupation == occupation,
        lambda s: s.to_occupation == occupation,
        lambda s: s.id not in seen,
    ):
        match = next((s for s in stories if test(s)), None)
        if match is not None:
            return match
    return stories[0]


class RoleModelScene(FormScene):
    name = step = "role_models"
    level = STEPS["role_models"]

    def __init__(self, app) -> None:
        super().__init__(app)
        profile = app.profile
        self.story = pick_story(app.content.stories, profile.occupation, profile.stories_seen)
        self.index = 0
        self.cards: list[ChoiceCard] = []

    @property
    def passage(self):
        return self.story.passages[self.index]

    def title(self) -> str:
        return self.app.text(self.story.title)

    def answer(self) -> str | None:
        return self.app.profile.story_answers.get(self.story.id)

    def choose(self, choice_id: str) -> None:
        self.app.profile.story_answers[self.story.id] = choice_id
        self.app.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        size = int(m.px() * 4)
        self.portrait_rect = pygame.Rect(area.left, area.top, size, size)
        text_area = pygame.Rect(area.left + size + m.pad * 3, area.top, area.width - size - m.pad * 3, area.height)
        occ_from = app.content.occupation(self.story.from_occupation)
        occ_to = app.content.occupation(self.story.to_occupation)
        move = app.t("story.move", a=app.text(occ_from.title), b=app.text(occ_to.title)) if occ_from and occ_to else ""
        label = TextPanel(app.t("story.composite") + " " + move, "small", colour="muted")
        text = TextPanel(app.text(self.passage.text), "body", bold=bool(self.passage.choices))
        y = self.stack([label, text], text_area, gap=m.pad * 2)
        self.cards = [
            ChoiceCard(app.text(c.text), c.picto, lambda i=c.id: self.choose(i), lambda i=c.id: self.answer() == i)
            for c in self.passage.choices
        ]
        widgets: list[Widget] = [label, text]
        if self.cards:
            grid = pygame.Rect(text_area.left, y + m.pad, text_area.width, text_area.bottom - y - m.pad)
            widgets += self.grid(self.cards, grid, min_w_em=12, max_cols=1)
        return widgets

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        ui = self.app.ui
        surface.blit(
            ui.picto(self.passage.picto if self.index else self.story.portrait, self.portrait_rect.width),
            self.portrait_rect,
        )

    def can_next(self) -> bool:
        return not self.passage.choices or self.answer() is not None

    def on_next(self) -> None:
        if self.index + 1 < len(self.story.passages):
            self.index += 1
            self.form.focus = 0
            self.refresh()
            if self.app.settings.auto_read:
                self.app.pending_speech = True
            return
        seen = self.app.profile.stories_seen
        if self.story.id not in seen:
            seen.append(self.story.id)
        advance(self.app, self.step)

    def on_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.refresh()
        else:
            super().on_back()

    def bot_choose(self, rng: random.Random):
        if self.passage.choices and self.answer() is None:
            return rng.choice(self.cards)
        return self.next_button
