"""Level 3 "De toekomst van mijn werk": the current job with what the content knows about it,
a route to choose, and options to mark as interesting."""

from __future__ import annotations

import pygame

from ..flow import advance
from ..profile import STEPS
from ..scene import FormScene
from ..widgets import Button, TextPanel, Widget
from .pick import Option, PickScene, card_options
from .sources import SourcesScene


def format_figure(app, fig) -> str:
    src = app.content.source(fig.source)
    source = f"{src.publisher}, {fig.year or src.year}" if src else fig.source
    if fig.value is None:
        return app.t("future.figure_missing", kind=app.t(f"figure.{fig.kind}"), reason=app.text(fig.missing_reason))
    return app.t(
        "future.figure", kind=app.t(f"figure.{fig.kind}"), value=f"{fig.value:g}", unit=fig.unit, source=source
    )


class FutureScene(FormScene):
    name = step = "future"
    level = STEPS["future"]

    def title(self) -> str:
        return self.app.t("future.title")

    def occupation(self):
        return self.app.content.occupation(self.app.profile.occupation)

    def source_ids(self) -> list[str]:
        occ = self.occupation()
        ids = ["esco"]
        if occ:
            ids += [f.source for f in occ.figures if f.source not in ids]
        return ids

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, ui = self.app, self.app.ui
        occ = self.occupation()
        panels: list[TextPanel] = []
        if occ is None:
            panels.append(TextPanel(app.t("future.no_job")))
        else:
            panels.append(TextPanel(app.text(occ.title).capitalize(), "title", bold=True))
            panels.append(TextPanel(app.text(occ.description)))
            if occ.figures:
                panels += [TextPanel(format_figure(app, f)) for f in occ.figures]
            else:
                panels.append(TextPanel(app.t("future.no_figures"), bold=True, colour="warn"))
        gap = ui.metrics.pad * 2
        if len(panels) > 1 and sum(p.needed_height(ui, area.width) + gap for p in panels) > area.height:
            panels[1].role = "small"  # a long description on a small screen: smaller, never cut off
        self.stack(panels, area, gap=gap)
        return list(panels)

    def footer_button(self) -> Button:
        return Button(self.app.t("ui.how_do_we_know"), self.show_sources, picto="question", name="how")

    def show_sources(self) -> None:
        self.app.stack.push(SourcesScene(self.app, self.source_ids()))

    def on_next(self) -> None:
        advance(self.app, self.step)


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
