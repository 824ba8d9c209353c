"""Level 2: role-model stories, the two closest to the player's work, each played through the
story runner (game/career/story.py) at the player's own pace: a screen with the setting and a
choice, then a screen with what that choice led to, what came along and what helped. After both
stories one reflection ties the player's choices to what helps people change and asks once
"what would you need?" (the answer is kept for each story played, so older saves with an
answer per story read the same way)."""

from __future__ import annotations

import random
from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.career.listing import join
from game.career.passport import interest_letters
from game.career.profile import interest_code
from game.career.schema import Passage, Story
from game.career.story import StoryRun
from game.career.story_match import Work, rank_stories
from game.engine.scene import BotMove
from game.engine.widgets import Button, ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App
    from game.engine.ui import UI

STORIES = 2  # the best-matched stories on offer: the first is read, the second when the player asks
READ = 1  # read without asking: a full run a slow reader finishes in 20 minutes (issue 18)


def text_pages(ui: UI, panels: list[TextPanel], area: pygame.Rect, gap: int) -> list[list[TextPanel]]:
    """The panels in pages that each fit `area` (a panel taller than the area gets a page of its own)."""
    pages: list[list[TextPanel]] = [[]]
    y = area.top
    for panel in panels:
        h = panel.needed_height(ui, area.width)
        if pages[-1] and y + h > area.bottom:
            pages.append([])
            y = area.top
        pages[-1].append(panel)
        y += h + gap
    return pages


class RoleModelScene(Screen):
    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.offered = self.choose_stories()
        self.stories = self.offered[:READ]  # the stories read (or being read)
        self.story_index = 0
        self.runs = [StoryRun(story) for story in self.stories]
        self.reflecting = False  # the screen after a story: "what would you need?"
        self.cards: list[ChoiceCard] = []

    def choose_stories(self) -> list[Story]:
        app, profile = self.app, self.profile
        lmi = app.session.lmi()

        def isco_of(uuid: str) -> str | None:
            entry = lmi.index_of(uuid) if lmi else None
            return lmi.entry(entry).isco if lmi and entry is not None else None

        def code_of(uuid: str) -> str | None:
            return app.session.interest_code_of(lmi.occupation(uuid) if lmi else None)

        ref, occ = app.session.job(), app.session.job_lmi()
        near = (
            frozenset(n.id for n in (lmi.occupation(x.occ) for x in occ.nearest) if n) if lmi and occ else frozenset()
        )
        work = Work(
            job=ref.esco_id if ref else None,
            isco=ref.isco if ref else profile.occupation_group,
            near=near,
            no_job=profile.no_job,
            code=interest_code(profile.interest_scores(interest_letters(self.content))),
            goal=profile.goal,
        )
        ranked = rank_stories(self.content.stories, work, isco_of, code_of)
        return ranked[:STORIES]

    def another(self) -> Story | None:
        """A story on offer that is not read yet ("Nog een verhaal"), or None."""
        return next((story for story in self.offered if story not in self.stories), None)

    def read_another(self) -> None:
        story = self.another()
        if story is None:
            return
        self.stories.append(story)
        self.runs.append(StoryRun(story))
        self.story_index, self.reflecting = len(self.stories) - 1, False
        self.page = 0
        self.next_screen()

    @property
    def story(self) -> Story:
        return self.stories[self.story_index]

    @property
    def index(self) -> int:
        """Which screen of the story is on show (autoplay saves a screenshot of each)."""
        return len(self.run.past) + self.reflecting

    @property
    def run(self) -> StoryRun:
        return self.runs[self.story_index]

    def title(self) -> str:
        return self.app.t("story.reflect_title") if self.reflecting else self.app.session.text(self.story.title)

    # the player's choices ---------------------------------------------------------------
    def choose(self, choice_id: str) -> None:
        asking = self.run.asking()
        self.run.choose(choice_id)
        if asking is not None and asking.id == self.story.question:
            self.profile.story_answers[self.story.id] = choice_id
            self.app.session.save_profile()

    def is_chosen(self, choice_id: str) -> bool:
        chosen = self.run.chosen()
        return chosen is not None and chosen.id == choice_id

    def need(self) -> str | None:
        """What the player would need: asked once, after the stories, and kept for each of them."""
        needs = self.profile.story_needs
        return next((needs[s.id] for s in self.stories if s.id in needs), None)

    def is_need(self, need_id: str) -> bool:
        return self.need() == need_id

    def choose_need(self, need_id: str) -> None:
        for story in self.stories:
            self.profile.story_needs[story.id] = need_id
        self.app.session.save_profile()

    # what is shown ----------------------------------------------------------------------
    def took_along(self) -> str:
        """The real ESCO skill groups both occupations ask for, in plain words."""
        lmi = self.app.session.lmi()
        labels = {g.id: self.app.session.text(g.label) for g in lmi.groups} if lmi else {}
        names = [labels[g] for g in self.story.skill_groups if g in labels]
        key = "story.kept" if self.story.from_occupation == self.story.to_occupation else "story.took_along"
        return self.app.t(key, groups=", ".join(names)) if names else ""

    def move(self) -> str:
        app = self.app
        occ_from, occ_to = (
            app.session.occupation(self.story.from_occupation),
            app.session.occupation(self.story.to_occupation),
        )
        if occ_from and occ_to and occ_from.key == occ_to.key:
            return app.t("story.stay", a=app.session.text(occ_from.title))
        if occ_from and occ_to:
            return app.t("story.move", a=app.session.text(occ_from.title), b=app.session.text(occ_to.title))
        return ""

    def picture(self) -> str:
        if self.reflecting:
            return "thinking"
        screen = self.run.screen()
        if not self.run.past or not screen:
            return self.story.portrait
        return next((p.picto for p in screen if "outcome" in p.tags), screen[0].picto)

    def chose_helps(self) -> str:
        """What the player's answers in the stories chose, in the words of what helps people change."""
        kinds = [a.helps for run in self.runs if (a := run.answer()) is not None and a.helps]
        names = [self.app.t(f"story.helps.{kind}") for kind in dict.fromkeys(kinds)]
        key = "story.you_chose" if len(self.runs) > 1 else "story.you_chose_one"
        return self.app.t(key, helps=join(names, self.app.t)) if names else ""

    def panels(self) -> list[TextPanel]:
        app = self.app
        if self.reflecting:
            said = " ".join(part for part in (self.chose_helps(), app.t("story.need_question")) if part)
            return [TextPanel(said, bold=True)]
        panels = []
        if not self.run.past:  # the story's first screen says where it goes; the first story, that it is made up
            made_up = app.t("story.composite") if self.story_index == 0 else ""
            label = " ".join(part for part in (made_up, self.move()) if part)
            panels.append(TextPanel(label, "small", colour="muted"))
        screen: list[Passage] = self.run.screen()
        for passage in screen:
            panels.append(TextPanel(app.session.text(passage.text), bold=bool(passage.choices)))
        if any("outcome" in p.tags for p in screen):  # the end: what came along, and what helped
            if self.took_along():
                panels.append(TextPanel(self.took_along(), bold=True, colour="good"))
            panels.append(TextPanel(app.t("story.what_helped", helped=app.session.text(self.run.helped()))))
        return panels

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        size = min(int(m.px() * 5), area.width // 4)
        self.picture_rect = pygame.Rect(area.left, area.top, size, size)
        text_area = pygame.Rect(area.left + size + m.pad * 3, area.top, area.width - size - m.pad * 3, area.height)

        if self.reflecting:
            self.cards = [
                ChoiceCard(
                    app.session.text(n.text),
                    n.picto,
                    partial(self.choose_need, n.id),
                    partial(self.is_need, n.id),
                    compact=True,
                )
                for n in self.content.story_needs
            ]
        else:
            self.cards = [
                ChoiceCard(
                    app.session.text(c.text),
                    c.picto,
                    partial(self.choose, c.id),
                    partial(self.is_chosen, c.id),
                    compact=True,
                )
                for c in self.run.choices()
            ]
        panels, gap = self.panels(), m.pad * 2
        extra: list[Widget] = []
        if self.reflecting and self.another() is not None:  # one more story, only if the player asks
            button = Button(app.t("story.another"), self.read_another, picto="book", name="another")
            height = m.target
            width = min(button.preferred_width(app.ui), area.width)  # below the picture, too (a phone)
            button.place(pygame.Rect(area.left, area.bottom - height, width, height), app.ui)
            text_area.height -= height + gap
            extra.append(button)
        self.more_key = "ui.more_text"
        if not self.cards:
            return list(self.page_stack(panels, text_area, gap))
        ui = self.app.ui
        text_h = sum(p.needed_height(ui, text_area.width) + gap for p in panels)
        card_h = max(c.needed_height(ui, text_area.width // 2) for c in self.cards)
        if text_h + card_h <= text_area.height:  # the story and its choices on one screen, if the cards fit
            grid = pygame.Rect(text_area.left, area.top + text_h, text_area.width, text_area.height - text_h)
            page = self.page
            cards = self.grid(self.cards, grid, min_w_em=11, max_cols=3)
            if all(card.rect.bottom <= grid.bottom for card in cards):
                self.stack(panels, text_area, gap)
                self.more_key = "ui.more_cards"
                return [*panels, *cards, *extra]
            self.page = page  # the grid's cells came out taller than measured: the story first, then the cards
        # too little room (large text, small window): the story first, then the question with its choices
        story, question = panels[:-1], panels[-1]
        pages = text_pages(ui, story, text_area, gap)
        page = self.page
        self.page = max(0, page - len(pages))
        y = self.stack([question], text_area, gap)
        cards = self.grid(self.cards, pygame.Rect(text_area.left, y, text_area.width, text_area.bottom - y), 11, 3)
        self.pages_total += len(pages)
        self.page = page % self.pages_total
        if self.page < len(pages):
            self.stack(pages[self.page], text_area, gap)
            return [*pages[self.page], *extra]
        self.more_key = "ui.more_cards"
        return [question, *cards, *extra]

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        ui = self.app.ui
        surface.blit(ui.picto(self.picture(), self.picture_rect.width, bg=ui.theme.bg), self.picture_rect)

    # moving on ------------------------------------------------------------------------
    def can_next(self) -> bool:
        return self.need() is not None if self.reflecting else self.run.can_go_on()

    def on_next(self) -> None:
        if self.reflecting:
            need = self.need()
            if need is not None:  # kept for each story read, the one read last too
                self.choose_need(need)
            self.app.advance(self.step)
            return
        self.run.go_on()
        if self.run.done:
            seen = self.profile.stories_seen
            if self.story.id not in seen:
                seen.append(self.story.id)
                self.app.session.save_profile()
            if self.story_index + 1 < len(self.stories):
                self.story_index += 1
            else:
                self.reflecting = True  # after the last story: what would you need?
        self.page = 0
        self.next_screen()

    def on_back(self) -> None:
        if self.reflecting:
            self.reflecting = False
            self.run.back()
        elif not self.run.back():
            if self.story_index == 0:
                super().on_back()
                return
            self.story_index -= 1  # to the end of the story before
            self.run.back()
        self.page = 0
        self.refresh()

    def bot_choose(self, rng: random.Random) -> BotMove:
        """Autoplay picks a choice by its seed, so runs with other seeds take other paths."""
        waiting = self.need() is None if self.reflecting else self.run.asking() is not None and not self.run.chosen()
        if waiting and self.cards:
            return rng.choice(self.cards)
        if self.pages_total > 1 and not self.cards and self.page + 1 < self.pages_total:
            return next((w for w in self.form.focusable() if getattr(w, "name", "") == "more"), self.next_button)
        return self.next_button
