"""Level 3, your way: learn something new, move to nearby work, or stay and grow. Each route
leads to concrete options from the transferable-skills data, which the player can mark."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pygame

from game.career.listing import capital
from game.career.lmi import still_to_learn
from game.career.options import compare_risk, compare_wage, education_step, learn_options, move_flags
from game.career.schema import LmiOccupation
from game.engine.intents import Intent
from game.engine.scene import BotMove
from game.engine.widgets import ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.pick import CardPickScene

if TYPE_CHECKING:
    from game.app import App

MAX_MARKED = 3


class RouteScene(CardPickScene):
    title_key = "route.title"
    intro_key = "route.intro"
    group, profile_field = "routes", "route"


class OptionsScene(Screen):
    """Cards to mark (up to three) with, for the one in focus, what it asks and what it gives."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.cards: list[ChoiceCard] = []
        self.keys: list[str] = []

    # what the options are -------------------------------------------------------------
    def current(self) -> LmiOccupation | None:
        return self.app.session.job_lmi()

    def kind(self) -> str:
        """ "groups" (skills to learn or grow in) or "jobs" (occupations to look at)."""
        route = self.profile.route
        return "groups" if self.current() is not None and route in ("learn", "stay") else "jobs"

    def option_keys(self) -> list[str]:
        lmi, occ, profile = self.app.session.lmi(), self.current(), self.profile
        if lmi is None:
            return []
        if occ is not None and self.kind() == "groups":
            if profile.route == "learn":
                groups = learn_options(occ)
            else:  # "grow in what you already do": what the worker does, not a field of knowledge
                groups = [g.group for g in occ.groups if not lmi.groups[g.group].knowledge]
            return list(dict.fromkeys(lmi.groups[g].id for g in groups))
        if occ is not None:
            return [near.id for n in occ.nearest if (near := lmi.occupation(n.occ)) is not None]
        # no job, or only a group chosen: common occupations of that group (or of all groups)
        major = profile.occupation_group
        entries = [lmi.entry(i) for i in lmi.featured()]
        return [e.id for e in entries if major is None or e.isco.startswith(major)][:12]

    def marked(self) -> list[str]:
        profile = self.profile
        return profile.learn_groups if self.kind() == "groups" else profile.options

    def toggle(self, key: str) -> None:
        marked = self.marked()
        if key in marked:
            marked.remove(key)
        elif len(marked) < MAX_MARKED:
            marked.append(key)
        else:
            self.hint = self.app.t("hint.max_pick", n=MAX_MARKED)
            self.app.speak(self.hint)
            return
        self.hint = ""
        self.app.session.save_profile()

    # text ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.app.t(f"options.title.{self.profile.route or 'move'}" if self.current() else "options.title.move")

    def option_name(self, key: str) -> str:
        """The option's own name: the job's title, or the skill group's words."""
        lmi = self.app.session.lmi()
        if lmi is None:
            return key
        if self.kind() == "groups":
            group = next((g for g in lmi.groups if g.id == key), None)
            return capital(self.app.session.text(group.label)) if group else key
        occ = lmi.occupation(key)
        return capital(self.app.session.text(occ.title)) if occ else key

    def label(self, key: str) -> str:
        """The card's label: the name, and for a job what the move does not make worse."""
        lmi, now = self.app.session.lmi(), self.current()
        title = self.option_name(key)
        occ = lmi.occupation(key) if lmi and self.kind() != "groups" else None
        if lmi is None or occ is None:
            return title
        flags = [self.app.t(f"options.flag.{f}") for f in move_flags(lmi, now, occ)] if now else []
        return self.app.t("options.flagged", title=title, flags=", ".join(flags)) if flags else title

    def details(self, key: str) -> str:
        """What the option in focus asks and gives, in plain words."""
        app, lmi, now = self.app, self.app.session.lmi(), self.current()
        if lmi is None:
            return ""
        if self.kind() == "groups":
            if self.profile.route == "learn" and now is not None:
                opens = [
                    app.session.text(job.title)
                    for n in now.nearest
                    if any(lmi.groups[g].id == key for g in still_to_learn(now, n))
                    and (job := lmi.occupation(n.occ)) is not None
                ][:3]
                return app.t("options.opens", jobs=", ".join(opens)) if opens else ""
            return app.t("options.grow")
        other = lmi.occupation(key)
        if other is None:
            return ""
        parts = []
        nearest = now.nearest if now else []
        near = next((n for n in nearest if getattr(lmi.occupation(n.occ), "id", None) == key), None)
        if near is not None:
            have = [app.session.text(w) for w in lmi.group_words(near.shared, skills_only=True)][:2]
            learn = [app.session.text(w) for w in lmi.group_words(still_to_learn(now, near) if now else near.missing)][
                :2
            ]
            if have:
                parts.append(app.t("options.have", groups=", ".join(have)))
            if learn:
                parts.append(app.t("options.learn", groups=", ".join(learn)))
        else:
            parts.append(app.session.text(other.description))
        if now is not None:
            step = education_step(lmi, now, other)
            if step:
                parts.append(app.t(f"options.education.{step}"))
            wage = compare_wage(lmi, now, other)
            parts.append(app.t(f"options.wage.{wage}") if wage else app.t("options.wage.unknown"))
            risk = compare_risk(lmi, now, other)
            if risk:
                parts.append(app.t(f"options.risk.{risk}"))
        return " ".join(parts)

    # layout -------------------------------------------------------------------------
    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        self.keys = self.option_keys()
        intro_key = "options.intro_groups" if self.kind() == "groups" else "options.intro"
        intro = TextPanel(app.t(intro_key, n=MAX_MARKED) if self.keys else app.t("options.none"))
        y = self.stack([intro], area)
        picto = "book" if self.kind() == "groups" else "briefcase"

        def card(key: str) -> ChoiceCard:
            return ChoiceCard(
                self.label(key), picto, lambda: self.toggle(key), lambda: key in self.marked(), compact=True
            )

        self.cards = [card(k) for k in self.keys]
        # room for the longest details of these options (at large text they take more lines),
        # the same for every card so the grid does not jump with the focus
        texts = {k: self.app.t("options.about", name=self.option_name(k), details=self.details(k)) for k in self.keys}
        needed = max((TextPanel(t, "small").needed_height(app.ui, area.width) for t in texts.values()), default=0)
        detail_h = min(max(int(m.px("small") * 5.5), needed), area.height // 2)
        grid = pygame.Rect(area.left, y, area.width, area.bottom - y - detail_h - m.pad)
        shown = self.grid(self.cards, grid, min_w_em=11, max_cols=2)
        focus = self.form.focus if self.form.widgets else 0
        focused = shown[focus] if focus < len(shown) else (shown[0] if shown else None)
        widgets: list[Widget] = [intro, *shown]
        if focused is not None:
            detail = TextPanel(texts[self.keys[self.cards.index(focused)]], "small")
            detail.place(pygame.Rect(area.left, area.bottom - detail_h, area.width, detail_h), app.ui)
            widgets.append(detail)
        return widgets

    def handle(self, intent: Intent) -> bool:
        before = self.form.focus
        used = super().handle(intent)
        if self.form.focus != before:
            self.refresh()  # the details follow the focus
        return used

    def on_next(self) -> None:
        self.app.advance(self.step)

    def bot_choose(self, rng: random.Random) -> BotMove:
        free = [c for c in self.cards if not c.selected()]
        if len(self.marked()) < 2 and free and rng.random() < 0.8:
            return rng.choice(free)
        return self.next_button
