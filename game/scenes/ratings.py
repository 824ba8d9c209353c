"""The effect measure on screen: a short self-rating on the five faces at the start of the check
and the same at the end, then what moved, in words (game/career/ratings.py). It can be skipped;
it is never a test. The ratings stay on this device; into the passport only if the player says so."""

from __future__ import annotations

import random
from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.career import ratings
from game.engine.chips import PictoText
from game.engine.intents import Act
from game.engine.scale import PictureScale
from game.engine.scene import BotMove
from game.engine.widgets import Button, ChoiceCard, TextPanel, Widget
from game.scenes.base import ScaleScreen, Screen

if TYPE_CHECKING:
    from game.app import App

QUICK_FROM = "stage"  # a quick check on a return visit goes on here after the rating (the plan)


class RatingsScene(ScaleScreen):
    """The seven statements, as many a screen as fit; Next goes through them, Skip leaves."""

    profile_field = ""  # "ratings_before" or "ratings_after"
    intro_key = ""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.index = 0
        self.per_screen = len(ratings.ITEMS)
        self.scales: list[PictureScale] = []

    def answers(self) -> dict[str, int]:
        answers: dict[str, int] = getattr(self.profile, self.profile_field)
        return answers

    def title(self) -> str:
        return self.app.t("ratings.title")

    def value(self, item_id: str) -> int | None:
        return self.answers().get(item_id)

    def set_answer(self, item_id: str, value: int) -> None:
        self.answers()[item_id] = value
        self.app.session.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, ui = self.app, self.app.ui
        gap = ui.metrics.pad
        labels = [app.t(f"ratings.scale.{i}") for i in range(1, 6)]
        intro = TextPanel(app.t(self.intro_key))
        y = self.stack([intro], area)
        scales = [
            PictureScale(
                app.t(f"ratings.item.{item.id}"),
                item.picto,
                partial(self.value, item.id),
                partial(self.set_answer, item.id),
                labels,
            )
            for item in ratings.ITEMS[self.index :]
        ]
        room, count = area.bottom - y, 0
        for scale in scales:  # as many as fit, so large text is never cut off
            room -= scale.needed_height(ui, area.width) + gap
            if room < 0 and count:
                break
            count += 1
        self.per_screen = count
        self.scales = scales[:count]
        self.stack(self.scales, pygame.Rect(area.left, y, area.width, area.bottom - y), gap)
        return [intro, *self.scales]

    def footer_button(self) -> Button:
        return Button(self.app.t("ratings.skip"), self.done, name="skip")

    def on_next(self) -> None:
        if self.index + self.per_screen < len(ratings.ITEMS):
            self.index += self.per_screen
            self.next_screen()
            return
        self.done()

    def on_back(self) -> None:
        if self.index > 0:
            self.index = max(0, self.index - self.per_screen)
            self.refresh()
        else:
            super().on_back()

    def done(self) -> None:
        self.app.advance(self.step)

    def bot_choose(self, rng: random.Random) -> BotMove:
        for scale in self.scales:
            if scale.value() is None and rng.random() < 0.9:  # now and then the bot skips one
                moves = [rng.choice([Act.LEFT, Act.RIGHT]) for _ in range(rng.randint(0, 2))]
                return scale, [Act.SELECT, *moves]
        return self.next_button


class RatingsBeforeScene(RatingsScene):
    profile_field = "ratings_before"
    intro_key = "ratings.intro_before"

    def done(self) -> None:
        if self.profile.revisit == "quick":  # last time's answers are kept: on to the plan
            self.app.go_to_step(QUICK_FROM)
        else:
            super().done()


class RatingsAfterScene(RatingsScene):
    profile_field = "ratings_after"
    intro_key = "ratings.intro_after"


class MovedScene(Screen):
    """What moved between the start and the end, in words, and nothing judged."""

    more_key = "ui.more_text"

    def title(self) -> str:
        return self.app.t("moved.title")

    def toggle_passport(self) -> None:
        self.profile.ratings_in_passport = not self.profile.ratings_in_passport
        self.app.session.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, profile = self.app, self.profile
        before, after = profile.ratings_before, profile.ratings_after
        groups = ratings.moved_by_direction(before, after, app.t)
        same = ratings.same_line(before, after, app.t)
        widgets: list[Widget] = [] if groups or same else [TextPanel(app.t("moved.nothing"), bold=True)]
        for group in groups:  # the statements as they were rated, under what happened to them
            widgets.append(TextPanel(group.heading, bold=True))
            widgets += [PictoText(statement, picto) for statement, picto in group.items]
        if same:
            widgets.append(TextPanel(same))
        widgets.append(TextPanel(app.t("moved.note"), "small", colour="muted"))
        self.passport_card = ChoiceCard(
            app.t("moved.passport"), "clipboard", self.toggle_passport, lambda: self.profile.ratings_in_passport
        )
        widgets.append(self.passport_card)
        return self.page_stack(widgets, area)

    def on_next(self) -> None:
        if self.page < self.pages_total - 1:
            self._next_page()
            return
        self.app.advance(self.step)

    def bot_choose(self, rng: random.Random) -> BotMove:
        if not self.profile.ratings_in_passport:  # the bot says yes, so autoplay's profile.json holds them
            return self.passport_card
        return self.next_button
