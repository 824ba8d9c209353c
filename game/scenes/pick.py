"""A screen where the player picks one or more cards; most steps of the levels are one."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.career.schema import Card
from game.engine.scene import BotMove
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    picto: str


class PickScene(Screen):
    step = ""
    title_key = ""
    intro_key = ""
    min_pick = 1
    max_pick = 1
    ordered = False  # show 1, 2, 3 on the cards in the order they were picked

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.cards: list[ChoiceCard] = []
        self._bot_target: int | None = None

    # to override --------------------------------------------------------------------
    def options(self) -> list[Option]:
        raise NotImplementedError

    def chosen(self) -> list[str]:
        raise NotImplementedError

    def store(self, ids: list[str]) -> None:
        raise NotImplementedError

    def intro(self) -> str:
        return self.app.t(self.intro_key)

    # behaviour ----------------------------------------------------------------------
    def title(self) -> str:
        return self.app.t(self.title_key)

    def toggle(self, option_id: str) -> None:
        ids = list(self.chosen())
        if option_id in ids:
            ids.remove(option_id)
        elif self.max_pick == 1:
            ids = [option_id]
        elif len(ids) < self.max_pick:
            ids.append(option_id)
        else:
            self.hint = self.app.t("hint.max_pick", n=self.max_pick)
            self.app.speak(self.hint)
            return
        self.hint = ""
        self.store(ids)
        self.app.session.save_profile()

    def can_next(self) -> bool:
        return len(self.chosen()) >= self.min_pick

    def on_next(self) -> None:
        self.app.advance(self.step)

    def body(self, area: pygame.Rect) -> list[Widget]:
        ui = self.app.ui
        said = self.intro()
        if self.max_pick > 1:  # how many so far: the cards may be on more than one page
            said += " " + self.app.t("pick.count", n=len(self.chosen()), total=self.max_pick)
        intro = TextPanel(said)
        y = self.stack([intro], area)

        def badge(option_id: str) -> str:
            ids = self.chosen()
            return str(ids.index(option_id) + 1) if self.ordered and option_id in ids else ""

        def card(o: Option) -> ChoiceCard:
            return ChoiceCard(
                o.label, o.picto, lambda: self.toggle(o.id), lambda: o.id in self.chosen(), lambda: badge(o.id)
            )

        self.cards = [card(o) for o in self.options()]
        grid_area = pygame.Rect(area.left, y + ui.metrics.pad, area.width, area.bottom - y - ui.metrics.pad)
        return [intro, *self.grid(self.cards, grid_area)]

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self._bot_target is None:
            low = max(self.min_pick, 1 if self.max_pick else 0)
            self._bot_target = rng.randint(low, max(low, self.max_pick))
        chosen = self.chosen()
        if len(chosen) < self._bot_target:
            free = [c for c in self.cards if not c.selected()]
            if free:
                return rng.choice(free)
        return self.next_button


def card_options(app: App, cards: list[Card]) -> list[Option]:
    return [Option(c.id, app.session.text(c.text), c.picto) for c in cards]


class CardPickScene(PickScene):
    """Pick from one group of content cards into one Profile field: a text field holds one
    pick (None when empty), a list field holds several."""

    group = ""  # a list of cards in Content
    profile_field = ""

    def options(self) -> list[Option]:
        return card_options(self.app, getattr(self.content, self.group))

    def chosen(self) -> list[str]:
        value = getattr(self.profile, self.profile_field)
        return list(value) if isinstance(value, list) else ([value] if value else [])

    def store(self, ids: list[str]) -> None:
        many = isinstance(getattr(self.profile, self.profile_field), list)
        setattr(self.profile, self.profile_field, ids if many else (ids[0] if ids else None))
