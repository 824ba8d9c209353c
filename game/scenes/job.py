"""Level 1, current job: type to search all occupations (typos allowed) or pick a common one,
confirm it by its description; or say "no job right now" or "not in the list" (pick a group)."""

from __future__ import annotations

import random
from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.career.listing import capital
from game.engine.scene import BotMove
from game.engine.text_field import TextField
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App

NO_JOB = "_no_job"
NOT_LISTED = "_not_listed"
BOT_QUERIES = ("heftruk", "kapper", "magazijn", "buschaufeur", "zorghulp", "kok", "schoonmaker", "kassa")


class JobScene(Screen):
    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.query = ""
        self.mode = "search"  # search, confirm, group
        self.candidate: str | None = None
        self.cards: list[ChoiceCard] = []
        self.field: TextField | None = None

    def title(self) -> str:
        return self.app.t(
            {"search": "job.title", "confirm": "job.confirm_title", "group": "job.group_title"}[self.mode]
        )

    # state changes ------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        self.query = text
        self.page = 0
        self.refresh()

    def propose(self, key: str) -> None:
        if key == NOT_LISTED:
            self.not_listed()
            return
        if key == NO_JOB:
            profile = self.profile
            profile.no_job, profile.occupation, profile.occupation_group = True, None, None
            self.app.session.save_profile()
            self.app.advance(self.step)
            return
        self.candidate, self.mode = key, "confirm"
        self.form.focus = 0
        self.refresh()

    def confirm(self, yes: bool) -> None:
        if yes and self.candidate:
            profile = self.profile
            profile.occupation, profile.no_job, profile.occupation_group = self.candidate, False, None
            self.app.session.save_profile()
            self.app.advance(self.step)
            return
        self.mode, self.candidate = "search", None
        self.refresh()

    def pick_group(self, group: str) -> None:
        profile = self.profile
        profile.occupation_group, profile.occupation, profile.no_job = group, None, False
        self.app.session.save_profile()
        self.app.advance(self.step)

    def not_listed(self) -> None:
        self.mode = "group"
        self.page = 0
        self.form.focus = 0
        self.refresh()

    # widgets ------------------------------------------------------------------------
    def results(self) -> list[tuple[str, str, str]]:
        """(key, label, picto) for the cards: search hits, or common jobs when nothing is typed."""
        app = self.app
        if not self.query.strip():
            seeds = [(o.id, capital(app.session.text(o.title)), o.picto) for o in self.content.occupations]
            return [*seeds, (NO_JOB, app.t("job.none"), "house"), (NOT_LISTED, app.t("job.not_listed"), "question")]
        lmi, index = app.session.lmi(), app.session.occupation_index()
        hits = index.search(self.query, limit=12) if index is not None else []
        # titles only: a hit's details (skills, figures, nearest work) stay on disk until chosen
        found = [lmi.entry(i) for i, _ in hits] if lmi is not None else []
        out = [(e.id, capital(app.session.text(e.title)), "briefcase") for e in found]
        return [*out, (NOT_LISTED, app.t("job.not_listed"), "question")]

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        if self.mode == "confirm":
            self.field = None
            return self.confirm_body(area)
        self.field = None
        if self.mode == "group":
            intro = TextPanel(app.t("job.group_intro"))
            y = self.stack([intro], area)
            self.cards = [
                ChoiceCard(app.session.text(c.text), c.picto, partial(self.pick_group, c.id))
                for c in self.content.job_groups
            ]
            rest = pygame.Rect(area.left, y + m.pad, area.width, area.bottom - y - m.pad)
            return [intro, *self.grid(self.cards, rest)]
        self.field = TextField(
            app.t("job.search_label"),
            lambda: self.query,
            self.set_query,
            app.t("job.search_placeholder"),
            max_length=60,
        )
        y = self.stack([self.field], area)
        results = self.results()
        hits = len(results) - 1  # with a query, the last card is always "not in the list"
        if not self.query.strip():
            say = app.t("job.common")
        elif app.session.lmi() is None:  # a broken labour-market file: say so, the player can still go on
            say = app.t("job.list_broken")
        else:
            say = app.t("job.found", n=hits) if hits else app.t("job.nothing_found")
        note = TextPanel(say, "small")
        y = self.stack([note], pygame.Rect(area.left, y, area.width, area.height))
        self.cards = [
            ChoiceCard(label, picto, partial(self.propose, key), compact=bool(self.query.strip()))
            for key, label, picto in results
        ]
        rest = pygame.Rect(area.left, y, area.width, area.bottom - y)
        return [self.field, note, *self.grid(self.cards, rest, max_cols=3)]

    def confirm_body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        occ = app.session.occupation(self.candidate)
        full = app.session.lmi_occupation(self.candidate)
        panels = [TextPanel(capital(app.session.text(occ.title)) if occ else "", "title", bold=True)]
        extra: TextPanel | None = None
        if full is not None:
            panels.append(TextPanel(app.session.text(full.description)))
            lmi = app.session.lmi()
            does = lmi.group_words([g.group for g in full.groups], skills_only=True)[:3] if lmi else []
            if does:  # what the work asks, in the worker's words: helps to recognise it
                extra = TextPanel(app.t("job.does", groups=", ".join(app.session.text(w) for w in does)))
                panels.append(extra)
        y = self.stack(panels, area, gap=m.pad * 2)
        if extra is not None and area.bottom - y < m.target + m.pad:  # large text: the answers first
            panels.remove(extra)
            y = self.stack(panels, area, gap=m.pad * 2)
        self.cards = [
            ChoiceCard(app.t("job.yes"), "check", lambda: self.confirm(True)),
            ChoiceCard(app.t("job.no"), "magnifier", lambda: self.confirm(False)),
        ]
        rest = pygame.Rect(area.left, y, area.width, area.bottom - y)
        return [*panels, *self.grid(self.cards, rest, max_cols=2)]

    # input --------------------------------------------------------------------------
    def can_next(self) -> bool:
        profile = self.profile
        return bool(profile.occupation or profile.no_job or profile.occupation_group)

    def need_hint(self) -> str:
        return self.app.t("job.hint")

    def on_next(self) -> None:
        self.app.advance(self.step)

    def on_back(self) -> None:
        if self.mode != "search":
            self.mode = "search"
            self.refresh()
        else:
            super().on_back()

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self.mode == "confirm":
            return self.cards[0]
        if self.mode == "search" and not self.query:
            if rng.random() < 0.3 or self.field is None:
                return rng.choice(self.cards)
            return self.field, [*rng.choice(BOT_QUERIES)]
        return self.cards[0] if self.cards else self.next_button
