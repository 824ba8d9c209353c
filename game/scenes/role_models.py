"""Level 2: role-model stories, the two or three closest to the player's job and interests,
played passage by passage at the player's own pace, each with one "what would you do?"."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.career.passport import interest_letters
from game.career.profile import interest_code
from game.career.schema import Passage, Story
from game.engine.scene import BotMove
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App

CHANGE_GOALS = {"use_options", "other_employer", "other_job_same_employer", "develop"}


def rank_stories(
    stories: list[Story],
    isco_of: Callable[[str], str | None],
    code_of: Callable[[str], str | None],
    job: str | None,
    isco: str | None,
    player_code: str,
    goal: str | None,
) -> list[Story]:
    """Closest first: the same job, the same kind of job (ISCO), shared interests (RIASEC), the goal.

    `isco_of(uuid)` and `code_of(uuid)` look occupations up in the labour-market content."""

    def score(story: Story) -> int:
        points = 0
        from_isco = isco_of(story.from_occupation) or ""
        if job and story.from_occupation == job:
            points += 10
        elif isco and from_isco[:2] == isco[:2]:
            points += 5
        elif isco and from_isco[:1] == isco[:1]:
            points += 3
        points += sum(letter in (code_of(story.to_occupation) or "") for letter in player_code)
        tags = story.tags()
        if goal == "back_to_work" and "health" in tags:
            points += 6
        if goal == "other_tasks" and story.from_occupation == story.to_occupation:
            points += 4
        return points

    order = {s.id: n for n, s in enumerate(stories)}
    return sorted(stories, key=lambda s: (-score(s), order[s.id]))


class RoleModelScene(Screen):
    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.stories = self.choose_stories()
        self.story_index = 0
        self.index = 0
        self.cards: list[ChoiceCard] = []

    def choose_stories(self) -> list[Story]:
        app, profile = self.app, self.profile
        lmi = app.session.lmi()

        def isco_of(uuid: str) -> str | None:
            occ = lmi.occupation(uuid) if lmi else None
            return occ.isco if occ else None

        def code_of(uuid: str) -> str | None:
            return app.session.interest_code_of(lmi.occupation(uuid) if lmi else None)

        ref = app.session.job()
        job = ref.esco_id if ref else None
        code = interest_code(profile.interest_scores(interest_letters(self.content)))
        ranked = rank_stories(
            self.content.stories, isco_of, code_of, job, ref.isco if ref else None, code, profile.goal
        )
        return ranked[: 3 if profile.goal in CHANGE_GOALS else 2]

    @property
    def story(self) -> Story:
        return self.stories[self.story_index]

    @property
    def passage(self) -> Passage:
        return self.story.passages[self.index]

    def title(self) -> str:
        return self.app.session.text(self.story.title)

    def answer(self) -> str | None:
        return self.profile.story_answers.get(self.story.id)

    def choose(self, choice_id: str) -> None:
        self.profile.story_answers[self.story.id] = choice_id
        self.app.session.save_profile()

    def took_along(self) -> str:
        """The real ESCO skill groups both occupations ask for, in plain words."""
        lmi = self.app.session.lmi()
        labels = {g.id: self.app.session.text(g.label) for g in lmi.groups} if lmi else {}
        names = [labels[g] for g in self.story.skill_groups if g in labels]
        return self.app.t("story.took_along", groups=", ".join(names)) if names else ""

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        size = int(m.px() * 4)
        self.portrait_rect = pygame.Rect(area.left, area.top, size, size)
        text_area = pygame.Rect(area.left + size + m.pad * 3, area.top, area.width - size - m.pad * 3, area.height)
        occ_from, occ_to = (
            app.session.occupation(self.story.from_occupation),
            app.session.occupation(self.story.to_occupation),
        )
        if occ_from and occ_to and occ_from.key == occ_to.key:
            move = app.t("story.stay", a=app.session.text(occ_from.title))
        elif occ_from and occ_to:
            move = app.t("story.move", a=app.session.text(occ_from.title), b=app.session.text(occ_to.title))
        else:
            move = ""
        label = TextPanel(
            app.t("story.count", n=self.story_index + 1, total=len(self.stories))
            + " "
            + app.t("story.composite")
            + " "
            + move,
            "small",
            colour="muted",
        )
        panels = [label, TextPanel(app.session.text(self.passage.text), "body", bold=bool(self.passage.choices))]
        if "outcome" in self.passage.tags and self.took_along():
            panels.append(TextPanel(self.took_along(), "body", bold=True, colour="good"))
        y = self.stack(panels, text_area, gap=m.pad * 2)

        def card(text: str, picto: str, key: str) -> ChoiceCard:
            return ChoiceCard(text, picto, lambda: self.choose(key), lambda: self.answer() == key)

        self.cards = [card(app.session.text(c.text), c.picto, c.id) for c in self.passage.choices]
        widgets: list[Widget] = list(panels)
        if self.cards:
            grid = pygame.Rect(text_area.left, y + m.pad, text_area.width, text_area.bottom - y - m.pad)
            widgets += self.grid(self.cards, grid, min_w_em=12, max_cols=1)
        return widgets

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        picto = self.passage.picto if self.index else self.story.portrait
        ui = self.app.ui
        surface.blit(ui.picto(picto, self.portrait_rect.width, bg=ui.theme.bg), self.portrait_rect)  # opaque: copied

    def can_next(self) -> bool:
        return not self.passage.choices or self.answer() is not None

    def on_next(self) -> None:
        if self.index + 1 < len(self.story.passages):
            self.index += 1
        else:
            seen = self.profile.stories_seen
            if self.story.id not in seen:
                seen.append(self.story.id)
                self.app.session.save_profile()
            if self.story_index + 1 >= len(self.stories):
                self.app.advance(self.step)
                return
            self.story_index += 1
            self.index = 0
        self.next_screen()

    def on_back(self) -> None:
        if self.index > 0:
            self.index -= 1
        elif self.story_index > 0:
            self.story_index -= 1
            self.index = len(self.story.passages) - 1
        else:
            super().on_back()
            return
        self.refresh()

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self.passage.choices and self.answer() is None:
            return rng.choice(self.cards)
        return self.next_button
