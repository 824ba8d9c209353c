"""Level 3 "De toekomst van mijn werk": the current job with what the content knows about it,
a route to choose, and options to mark as interesting."""

from __future__ import annotations

import pygame

from ..figures import describe, provenance
from ..flow import advance
from ..profile import STEPS
from ..scene import FormScene
from ..schema import Figure
from ..widgets import Button, TextPanel, Widget
from .pick import Option, PickScene, card_options
from .sources import SourcesScene

PAGES = ("about", "work", "fit", "future", "unknown")
PAGE_KINDS = {
    "about": ["education"],
    "work": ["employees", "wage"],
    "fit": ["riasec", "job_zone"],
    "future": ["automation_risk", "trend_us"],
    "unknown": [],
}


class FutureScene(FormScene):
    """The current occupation, page by page: about the work, work and pay, the future, what we
    do not know. Every figure says where it comes from; "Hoe weten we dit?" shows the sources."""

    name = step = "future"
    level = STEPS["future"]

    def __init__(self, app) -> None:
        super().__init__(app)
        self.index = 0

    def title(self) -> str:
        if self.occupation() is None:
            return self.app.t("future.title")
        return self.app.t(f"future.page.{PAGES[self.index]}")

    def occupation(self):
        ref = self.app.occupation(self.app.profile.occupation)
        lmi = self.app.lmi()
        return lmi.occupation(ref.esco_uri) if ref and lmi else None

    def figures(self) -> dict[str, Figure]:
        occ = self.occupation()
        return {f.kind: f for f in self.app.lmi().figures(occ)} if occ else {}

    def source_ids(self) -> list[str]:
        figures = self.figures()
        kinds = PAGE_KINDS[PAGES[self.index]] if figures else []
        ids = ["esco"]
        for kind in kinds:
            for k in ("wage_p50",) if kind == "wage" else (kind,):
                fig = figures.get(k)
                if fig and fig.source and fig.source not in ids:
                    ids.append(fig.source)
        return ids

    def panels(self) -> list[TextPanel]:
        app = self.app
        lmi = app.lmi()
        occ = self.occupation()
        if occ is None:
            key = "future.no_job" if app.profile.no_job or not app.profile.occupation else "future.no_data"
            return [TextPanel(app.t(key))]
        page = PAGES[self.index]
        figures = self.figures()
        lang = app.settings.lang
        out: list[TextPanel] = []
        if page == "about":
            out.append(TextPanel(app.text(occ.title).capitalize(), "title", bold=True))
            out.append(TextPanel(app.text(occ.description)))
        for kind in PAGE_KINDS[page]:
            sentence = describe(kind, figures, app.t, lang)
            fig = figures.get("wage_p50" if kind == "wage" else kind)
            if fig is None:
                continue
            if sentence is None:
                reason = lmi.reasons.get(fig.missing or "")
                out.append(TextPanel(app.t("fig.unknown", what=app.t(f"fig.name.{kind}")) + " " + app.text(reason)))
                continue
            out.append(TextPanel(sentence, bold=True))
            scope = app.text(lmi.scopes.get(fig.scope)) if fig.scope in lmi.scopes else ""
            out.append(TextPanel(provenance(fig, lmi.source(fig.source), scope, app.t), "small", colour="muted"))
        if page == "unknown":
            out.append(TextPanel(app.t("future.unknown_intro")))
            for kind, reason in sorted(lmi.unavailable.items()):
                out.append(
                    TextPanel(
                        app.t("fig.unknown", what=app.t(f"fig.name.{kind}")) + " " + app.text(lmi.reasons.get(reason)),
                        bold=True,
                    )
                )
        return out

    def body(self, area: pygame.Rect) -> list[Widget]:
        ui = self.app.ui
        panels = self.panels()
        gap = ui.metrics.pad * 2
        if sum(p.needed_height(ui, area.width) + gap for p in panels) > area.height:
            for p in panels:  # a small screen with large text: smaller text, never cut off
                if p.role == "body":
                    p.role = "small"
                elif p.role == "title":
                    p.role = "body"
        self.stack(panels, area, gap=gap)
        return list(panels)

    def footer_button(self) -> Button:
        return Button(self.app.t("ui.how_do_we_know"), self.show_sources, picto="question", name="how")

    def show_sources(self) -> None:
        self.app.stack.push(SourcesScene(self.app, self.source_ids()))

    def on_next(self) -> None:
        if self.occupation() is not None and self.index + 1 < len(PAGES):
            self.index += 1
            self.form.focus = 0
            self.refresh()
            if self.app.settings.auto_read:
                self.app.pending_speech = True
            return
        advance(self.app, self.step)

    def on_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.refresh()
        else:
            super().on_back()

    def bot_choose(self, rng):
        if self.index == 0 and not getattr(self, "_asked", False):
            self._asked = True  # the bot asks "how do we know this?" once
            return next(w for w in self.form.widgets if getattr(w, "name", "") == "how")
        return self.next_button


class RouteScene(PickScene):
    name = step = "route"
    title_key = "route.title"
    intro_key = "route.intro"

    def options(self):
        return card_options(self.app, self.app.content.routes)

    def chosen(self):
        return [self.app.profile.route] if self.app.profile.route else []

    def store(self, ids):
        self.app.profile.route = ids[0] if ids else None


class OptionsScene(PickScene):
    name = step = "options"
    title_key = "options.title"
    intro_key = "options.intro"
    max_pick = 3

    def options(self):
        current = self.app.profile.occupation
        return [
            Option(o.id, self.app.text(o.title).capitalize(), o.picto)
            for o in self.app.content.occupations
            if o.id != current
        ]

    def chosen(self):
        return self.app.profile.options

    def store(self, ids):
        self.app.profile.options = ids
