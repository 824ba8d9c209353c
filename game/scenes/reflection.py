"""Level 1 "Wie ben ik?": interests, qualities, development areas, values and the current job."""

from __future__ import annotations

import random

import pygame

from ..flow import advance
from ..intents import Act
from ..profile import STEPS
from ..scene import FormScene
from ..widgets import PictureScale, TextPanel, Widget
from .pick import Option, PickScene, card_options


class InterestsScene(FormScene):
    """What do you like doing? One picture scale per activity; skipping is allowed."""

    name = step = "interests"
    level = STEPS["interests"]

    def __init__(self, app) -> None:
        super().__init__(app)
        self.scales: list[PictureScale] = []

    def title(self) -> str:
        return self.app.t("interests.title")

    def set_answer(self, item_id: str, value: int) -> None:
        self.app.profile.interest_answers[item_id] = value
        self.app.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        labels = [app.t(f"scale.{i}") for i in range(1, 6)]
        intro = TextPanel(app.t("interests.intro"))
        self.scales = [
            PictureScale(
                app.text(item.text),
                item.picto,
                lambda i=item.id: app.profile.interest_answers.get(i),
                lambda v, i=item.id: self.set_answer(i, v),
                labels,
            )
            for item in app.content.interests
        ]
        y = self.stack([intro], area)
        rest = pygame.Rect(area.left, y, area.width, area.bottom - y)
        ui = app.ui
        gap = ui.metrics.pad
        # as many scales as fit; the rest on the next page
        per_page, used = 0, 0
        for scale in self.scales:
            h = scale.needed_height(ui, rest.width)
            if used + h > rest.height and per_page:
                break
            used += h + gap
            per_page += 1
        self.pages_total = -(-len(self.scales) // per_page)
        self.page %= self.pages_total
        shown = self.scales[self.page * per_page : (self.page + 1) * per_page]
        self.stack(shown, rest, gap)
        return [intro, *shown]

    def on_next(self) -> None:
        advance(self.app, self.step)

    def bot_choose(self, rng: random.Random):
        answers = self.app.profile.interest_answers
        for scale in self.scales:
            if scale.rect.width and scale.value() is None:
                return scale, [Act.SELECT] + [rng.choice([Act.LEFT, Act.RIGHT]) for _ in range(rng.randint(0, 2))]
        unanswered = [i for i in self.app.content.interests if i.id not in answers]
        if unanswered:
            return next(w for w in self.form.widgets if getattr(w, "name", "") == "more")
        return self.next_button


class QualitiesScene(PickScene):
    name = step = "qualities"
    title_key = "qualities.title"
    intro_key = "qualities.intro"
    max_pick = 3

    def options(self):
        return card_options(self.app, self.app.content.qualities)

    def chosen(self):
        return self.app.profile.qualities

    def store(self, ids):
        self.app.profile.qualities = ids
        self.app.profile.development_areas = [d for d in self.app.profile.development_areas if d not in ids]


class DevelopmentScene(PickScene):
    name = step = "development"
    title_key = "development.title"
    intro_key = "development.intro"
    min_pick = 0
    max_pick = 2

    def options(self):
        strengths = set(self.app.profile.qualities)
        return [o for o in card_options(self.app, self.app.content.qualities) if o.id not in strengths]

    def chosen(self):
        return self.app.profile.development_areas

    def store(self, ids):
        self.app.profile.development_areas = ids


class ValuesScene(PickScene):
    name = step = "values"
    title_key = "values.title"
    intro_key = "values.intro"
    max_pick = 3
    ordered = True

    def options(self):
        return card_options(self.app, self.app.content.values)

    def chosen(self):
        return self.app.profile.values

    def store(self, ids):
        self.app.profile.values = ids


NO_JOB = "_no_job"


class JobScene(PickScene):
    name = step = "job"
    title_key = "job.title"
    intro_key = "job.intro"

    def options(self):
        occupations = [Option(o.id, self.app.text(o.title).capitalize(), o.picto) for o in self.app.content.occupations]
        return occupations + [Option(NO_JOB, self.app.t("job.none"), "house")]

    def chosen(self):
        profile = self.app.profile
        return [NO_JOB] if profile.no_job else ([profile.occupation] if profile.occupation else [])

    def store(self, ids):
        choice = ids[0] if ids else None
        self.app.profile.no_job = choice == NO_JOB
        self.app.profile.occupation = None if choice in (None, NO_JOB) else choice
