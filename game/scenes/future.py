"""Level 3 "De toekomst van mijn werk": the current job with what the content knows about it,
a route to choose, and options to mark as interesting."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pygame

from game.career.figures import US_SOURCES, describe, figure_kind, unknown
from game.career.listing import capital, join
from game.career.options import travel_well
from game.career.passport import interest_letters
from game.career.profile import interest_code
from game.career.routes import source_ids as route_source_ids
from game.career.routes import source_text, steps
from game.career.schema import Figure, LmiOccupation
from game.engine.scene import BotMove
from game.engine.widgets import Button, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.figure_view import Block, figure_block, group_name
from game.scenes.sources import SourcesScene

if TYPE_CHECKING:
    from game.app import App

# fewer, fuller pages (issue 18): the work with its level, people and pay; the fit; the future
# with what travels to other work and what we do not know
PAGES = ("about", "fit", "future")
QUICK_PAGES = ("about", "future")  # the quick check: the job, its figures and its outlook
PAGE_KINDS = {
    "about": ["education", "employees", "wage"],
    "fit": ["riasec", "job_zone"],
    "future": ["automation_risk", "trend_us"],
}


class FutureScene(Screen):
    """The current occupation, page by page: about the work, work and pay, the future, what we
    do not know. Every figure says where it comes from; "Hoe weten we dit?" shows the sources."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.index = 0  # the page (PAGES)
        self.sub = 0  # the screen within a page, when a page needs more than one
        self.chunks: list[list[Widget]] = [[]]

    def title(self) -> str:
        if self.occupation() is None:
            return self.app.t("future.title")
        return self.app.t(f"future.page.{self.page_id()}")

    def page_id(self) -> str:
        return (QUICK_PAGES if self.profile.quick else PAGES)[self.index]

    def occupation(self) -> LmiOccupation | None:
        return self.app.session.job_lmi()

    def figures(self) -> dict[str, Figure]:
        occ, lmi = self.occupation(), self.app.session.lmi()
        return {f.kind: f for f in lmi.figures(occ)} if occ and lmi else {}

    def source_ids(self) -> list[str]:
        figures = self.figures()
        kinds = PAGE_KINDS[self.page_id()] if figures else []
        ids = ["esco"]
        for kind in kinds:
            fig = figures.get(figure_kind(kind))
            if fig and fig.source and fig.source not in ids:
                ids.append(fig.source)
        lmi = self.app.session.lmi()
        if self.page_id() == "about" and lmi is not None:  # the routes' pages, where they are shown
            ids += route_source_ids(lmi.routes_of(self.occupation()))
        return ids

    def first_us_page(self, figures: dict[str, Figure]) -> int | None:
        """The first page with an American figure: there the source line says why one is shown."""
        for i, page in enumerate(QUICK_PAGES if self.profile.quick else PAGES):
            for kind in PAGE_KINDS[page]:
                fig = figures.get(figure_kind(kind))
                if fig and fig.source in US_SOURCES and not fig.missing:
                    return i
        return None

    def blocks(self) -> list[Block]:
        """The page's content in blocks that stay together (a figure with its source line)."""
        app = self.app
        lmi = app.session.lmi()
        occ = self.occupation()
        if occ is None or lmi is None:  # (no labour-market content: no occupation either)
            key = "future.no_job" if self.profile.no_job or not self.profile.occupation else "future.no_data"
            return [[TextPanel(app.t(key))]]
        page = self.page_id()
        figures = self.figures()
        player = interest_code(self.profile.interest_scores(interest_letters(self.content)))
        out: list[Block] = []
        why_us = self.first_us_page(figures) == self.index  # why an American figure is shown: said once
        if page == "about":
            out.append([TextPanel(capital(app.session.text(occ.title)), "title", bold=True)])
            if not self.profile.quick:  # the quick check showed it a screen ago (the job's "is this your work?")
                out.append([TextPanel(app.session.text(occ.description))])
        for kind in PAGE_KINDS[page]:
            fig = figures.get(figure_kind(kind))
            if fig is None:
                continue
            where = group_name(app, lmi, fig)
            sentence = describe(kind, figures, app.t, app.settings.lang, where=where, player_code=player)
            if sentence is None:
                reason = app.session.text(lmi.reasons.get(fig.missing or ""))
                out.append([TextPanel(unknown(kind, reason, app.t))])
                continue
            out.append(figure_block(app, lmi, occ, fig, sentence, lmi.source(fig.source), why_us))
            why_us = why_us and fig.source not in US_SOURCES
        if page == "about":
            out += self.route_blocks(occ)
        if page == "future" and not self.profile.quick:  # the quick check: the outlook only
            groups = [app.session.text(w) for w in lmi.group_words(travel_well(occ), skills_only=True)]
            skills = [app.session.text(w) for w in lmi.skill_labels(occ)]
            if groups:
                block: Block = [
                    TextPanel(app.t("future.travel_well", groups=", ".join(groups)), bold=True, colour="good")
                ]
                if skills:
                    block.append(TextPanel(app.t("future.skills_example", skills=", ".join(skills))))
                out.append(block)
        if page == "future" and not self.profile.quick:  # what we do not know, said plainly, in one go
            gaps = [app.t("future.unknown.skill_risk")]
            gaps += [app.t(f"future.unknown.{kind}") for kind in sorted(lmi.unavailable)]  # (demand, recruitment)
            out.append([TextPanel(app.t("future.unknown_intro", what=join(gaps, app.t)), bold=True)])
            if "demand" in lmi.unavailable:
                out.append([TextPanel(app.t("fig.vacancies_where"))])
        return out

    def route_blocks(self, occ: LmiOccupation) -> list[Block]:
        """Which licence, diploma or certificate leads to this work and where to ask
        (content/lmi/routes.yaml), each fact with its source line. Without one: who can tell."""
        app = self.app
        lmi = app.session.lmi()
        facts = lmi.routes_of(occ) if lmi is not None else []
        out: list[Block] = []
        if not steps(facts):  # nothing known about the diploma: say who can tell (and where to ask, if known)
            if not self.profile.quick:
                out.append([TextPanel(app.t("fig.diploma_unknown"))])
            elif "education" not in self.figures():  # the quick check: the level's sentence says it, or this
                out.append([TextPanel(app.t("reading.diploma_quick"))])
        for i, fact in enumerate(facts):
            block: Block = [TextPanel(app.t("route.heading"), bold=True)] if i == 0 and steps(facts) else []
            block.append(TextPanel(app.session.text(fact.text)))
            block.append(TextPanel(source_text(fact.source, app.t), "small", colour="muted"))
            out.append(block)
        return out

    def body(self, area: pygame.Rect) -> list[Widget]:
        ui = self.app.ui
        gap = ui.metrics.pad * 2
        blocks = self.blocks()

        def height(block: Block) -> int:
            return sum(w.needed_height(ui, area.width) + gap for w in block)

        # large text on a small screen: the blocks go onto more than one screen (Next reads on),
        # at the size the player chose; a block taller than a screen goes on widget by widget
        self.chunks = [[]]
        used = 0
        for block in blocks:
            parts = [[w] for w in block] if height(block) > area.height else [block]
            for part in parts:
                if self.chunks[-1] and used + height(part) > area.height:
                    self.chunks.append([])
                    used = 0
                self.chunks[-1].extend(part)
                used += height(part)
        self.sub = min(self.sub, len(self.chunks) - 1)
        shown = self.chunks[self.sub]
        self.stack(shown, area, gap=gap)
        return list(shown)

    def footer_button(self) -> Button:
        return Button(self.app.t("ui.how_do_we_know"), self.show_sources, picto="question", name="how")

    def show_sources(self) -> None:
        self.app.stack.push(SourcesScene(self.app, self.source_ids()))

    def on_next(self) -> None:
        if self.sub + 1 < len(self.chunks):
            self.sub += 1
            self.next_screen()
            return
        if self.occupation() is not None and self.index + 1 < len(QUICK_PAGES if self.profile.quick else PAGES):
            self.index += 1
            self.sub = 0
            self.next_screen()
            return
        self.app.advance(self.step)

    def on_back(self) -> None:
        if self.sub > 0:
            self.sub -= 1
            self.refresh()
        elif self.index > 0:
            self.index -= 1
            self.refresh()
        else:
            super().on_back()

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self.index == 0 and not getattr(self, "_asked", False) and not self.profile.quick:
            self._asked = True  # the bot asks "how do we know this?" once
            return next(w for w in self.form.widgets if getattr(w, "name", "") == "how")
        return self.next_button
