"""Level 1, interests: the O*NET Interest Profiler activities on a five-face picture scale,
at most six a screen, skipping allowed. First the player chooses the quick (30) or full path."""

from __future__ import annotations

import random
from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.career.schema import InterestItem
from game.engine.indicators import ItemProgress
from game.engine.intents import Act
from game.engine.scale import PictureScale
from game.engine.scene import BotMove
from game.engine.widgets import TextPanel, Widget
from game.scenes.base import ScaleScreen
from game.scenes.pick import Option, PickScene

if TYPE_CHECKING:
    from game.app import App

PER_SCREEN = 6


class InterestPathScene(PickScene):
    title_key = "interest_path.title"
    intro_key = "interest_path.intro"

    def options(self) -> list[Option]:
        return [
            Option("quick", self.app.t("interest_path.quick"), "runner"),
            Option("full", self.app.t("interest_path.full"), "books"),
        ]

    def chosen(self) -> list[str]:
        return [self.profile.interest_path] if self.profile.interest_path else []

    def store(self, ids: list[str]) -> None:
        self.profile.interest_path = ids[0] if ids else "full"


class InterestsScene(ScaleScreen):
    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.scales: list[PictureScale] = []
        answered = self.profile.interest_answers
        # first activity on this screen: after closing and reopening, the first one not answered yet
        self.index = next((n for n, item in enumerate(self.items()) if item.id not in answered), 0)
        self.per_screen = PER_SCREEN

    def items(self) -> list[InterestItem]:
        quick = self.profile.interest_path == "quick"
        return [i for i in self.content.interests if i.quick or not quick]

    def title(self) -> str:
        return self.app.t("interests.title")

    def set_answer(self, item_id: str, value: int) -> None:
        self.profile.interest_answers[item_id] = value
        self.app.session.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, ui = self.app, self.app.ui
        items = self.items()
        labels = [app.t(f"scale.{i}") for i in range(1, 6)]
        gap = ui.metrics.pad

        # as many as fit (never more than six), so large text is never cut off; the intro names
        # the numbers shown, and its width (so its lines) depends on them
        def scale(item: InterestItem) -> PictureScale:
            return PictureScale(
                app.session.text(item.text),
                item.picto,
                lambda: self.profile.interest_answers.get(item.id),
                partial(self.set_answer, item.id),
                labels,
            )

        scales = [scale(item) for item in items[self.index : self.index + PER_SCREEN]]
        heights = [scale.needed_height(ui, area.width) for scale in scales]

        def head_for(count: int) -> list[ItemProgress | TextPanel]:
            # where the player is, as a bar ("8 / 30"; read aloud in words); the how-to once, on the first screen
            last = self.index + count
            said = app.t("reading.interests_more", first=self.index + 1, last=last, total=len(items))
            head: list[ItemProgress | TextPanel] = [ItemProgress(last, len(items), said)]
            if self.index == 0:
                head.append(TextPanel(app.t("interests.intro")))
            return head

        def fits(count: int) -> bool:
            above = sum(w.needed_height(ui, area.width) + gap for w in head_for(count))
            return above + sum(heights[:count]) + gap * (count - 1) <= area.height

        self.per_screen = next((c for c in range(len(scales), 0, -1) if fits(c)), 1)
        self.scales = scales[: self.per_screen]
        head = head_for(len(self.scales))
        y = self.stack(head, area)
        self.stack(self.scales, pygame.Rect(area.left, y, area.width, area.bottom - y), gap)
        return [*head, *self.scales]

    def on_next(self) -> None:
        if self.index + self.per_screen < len(self.items()):
            self.index += self.per_screen
            self.next_screen()
            return
        self.app.advance(self.step)

    def on_back(self) -> None:
        if self.index > 0:
            self.index = max(0, self.index - PER_SCREEN)
            self.refresh()
        else:
            super().on_back()

    def bot_choose(self, rng: random.Random) -> BotMove:
        for scale in self.scales:
            if scale.value() is None and rng.random() < 0.9:  # now and then the bot skips one
                moves = [rng.choice([Act.LEFT, Act.RIGHT]) for _ in range(rng.randint(0, 2))]
                return scale, [Act.SELECT, *moves]
        return self.next_button
