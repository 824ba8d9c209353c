"""Level 4, making the first step concrete: when, where and with whom; what could stand in the
way; and one person who can help (intention, skills and barriers in the I-Change model).

Only the first chosen step is planned (issue 18: a full run a slow reader finishes in 20
minutes): one concrete plan is what makes a start likely; the other steps stay on the poster
and the sheet as chosen, and the player plans them when the first is done."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pygame

from game.career.schema import Card
from game.engine.scene import BotMove
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.pick import CardPickScene
from game.scenes.written import WrittenAnswerScene

if TYPE_CHECKING:
    from game.app import App

QUESTIONS = ("when", "where", "who")


class PlanScene(Screen):
    """For the first chosen step one screen: when, where and with whom, as three rows of cards.
    Where the three rows do not fit (large text, a small window), one question a screen."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.sub = 0  # the question, when they are asked one at a time
        self.together = True  # all three questions on one screen (set by the layout)
        self.cards: list[ChoiceCard] = []

    def current(self) -> str | None:
        """The step planned here: the first chosen (see the module's text)."""
        steps = self.profile.next_steps
        return steps[0] if steps else None

    def questions(self) -> tuple[str, ...]:
        return QUESTIONS if self.together else (QUESTIONS[min(self.sub, len(QUESTIONS) - 1)],)

    def title(self) -> str:
        step = self.current()
        if step is None:
            return self.app.t("plan.title")
        card = self.content.card("steps", step)
        words = self.app.session.text(card.text) if card else step
        return self.app.t("plan.first_step", step=words)

    def answer(self, question: str) -> str | None:
        step = self.current()
        return self.profile.step_plans.get(step, {}).get(question) if step else None

    def choose(self, question: str, card_id: str) -> None:
        step = self.current()
        if step is None:
            return
        self.profile.step_plans.setdefault(step, {})[question] = card_id
        self.app.session.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        step = self.current()
        if step is None:
            panel = TextPanel(app.t("plan.no_steps"))
            self.stack([panel], area)
            return [panel]
        rows = self.rows(area, QUESTIONS)
        self.together = rows is not None
        if rows is None:  # one question a screen, each with all the room
            rows = self.rows(area, self.questions(), paged=True)
        return rows or []

    def rows(self, area: pygame.Rect, questions: tuple[str, ...], paged: bool = False) -> list[Widget] | None:
        """A label and a row of cards for each question; None when they do not all fit."""
        ui, m = self.app.ui, self.app.ui.metrics
        widgets: list[Widget] = []
        self.cards = []
        y = area.top
        for question in questions:
            ask = TextPanel(self.app.t(f"plan.{question}"), "small" if not paged else "body", bold=True)
            ask_h = ask.needed_height(ui, area.width)
            ask.place(pygame.Rect(area.left, y, area.width, ask_h), ui)
            y += ask_h + m.pad // 4

            def choice_card(text: str, picto: str, key: str, q: str = question) -> ChoiceCard:
                return ChoiceCard(text, picto, lambda: self.choose(q, key), lambda: self.answer(q) == key, compact=True)

            options = self.options(question)
            cards = [choice_card(self.app.session.text(c.text), c.picto, c.id) for c in options]
            if paged:
                shown = self.grid(cards, pygame.Rect(area.left, y, area.width, area.bottom - y), max_cols=3)
                return [ask, *shown]
            placed = self.one_row(cards, pygame.Rect(area.left, y, area.width, area.bottom - y))
            if placed is None:
                return None
            y = max(c.rect.bottom for c in cards) + m.pad * 3 // 4
            widgets += [ask, *cards]
            self.cards += cards
        return widgets

    def one_row(self, cards: list[ChoiceCard], area: pygame.Rect) -> list[ChoiceCard] | None:
        """The cards side by side, in as few rows as their longest words allow; None when
        that does not fit in `area`."""
        ui, m = self.app.ui, self.app.ui.metrics
        gap = m.pad
        longest = max(
            (ui.text_size(w, "body", bold=True)[0] + c.chrome_width(ui) for c in cards for w in c.label.split()),
            default=0,
        )
        cols = len(cards)
        while cols > 1 and (area.width - gap * (cols - 1)) // cols < longest + m.pad:
            cols -= 1
        cell_w = (area.width - gap * (cols - 1)) // cols
        cell_h = max(m.target, *(c.needed_height(ui, cell_w) for c in cards))
        rows, row_gap = -(-len(cards) // cols), m.pad // 2
        if rows > 2 or rows * cell_h + (rows - 1) * row_gap > area.height:
            return None
        for i, c in enumerate(cards):
            row, col = divmod(i, cols)
            top = area.top + row * (cell_h + row_gap)
            c.place(pygame.Rect(area.left + col * (cell_w + gap), top, cell_w, cell_h), ui)
        return cards

    def on_next(self) -> None:
        if not self.together and self.sub + 1 < len(QUESTIONS):
            self.sub += 1
            self.page = 0
            self.next_screen()
            return
        self.app.advance(self.step)

    def on_back(self) -> None:
        if not self.together and self.sub > 0:
            self.sub -= 1
        else:
            super().on_back()
            return
        self.page = 0
        self.next_screen()

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self.current() is not None:
            for question in self.questions():
                if self.answer(question) is None:
                    options = [c for c in self.cards if c.label in self.labels(question)]
                    if options:
                        return rng.choice(options)
        return self.next_button

    def options(self, question: str) -> list[Card]:
        """The cards for a question; "alone" is no answer to "with whom?" for a step that is a
        talk with someone (its card has the tag `with_someone`)."""
        cards: list[Card] = getattr(self.content, f"plan_{question}")
        step = self.content.card("steps", self.current() or "")
        if question == "who" and step is not None and "with_someone" in step.tags:
            return [c for c in cards if c.id != "alone"]
        return cards

    def labels(self, question: str) -> set[str]:
        return {self.app.session.text(c.text) for c in self.options(question)}


class BarriersScene(CardPickScene):
    title_key = "barriers.title"
    intro_key = "barriers.intro"
    min_pick = 0
    max_pick = 3
    group = profile_field = "barriers"


class HelperScene(WrittenAnswerScene):
    profile_field = "helper"
    max_length = 40
    bot_answers = ("mijn zus", "Ahmed", "mijn teamleider")
    bot_chance = 0.6
