""" "How do we know this?": source, year, licence, method and limitation, one source a page."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.career.figures import publisher
from game.career.routes import ROUTE_SOURCE_PREFIX, read_date
from game.career.routes import source_ids as route_source_ids
from game.engine.intents import Act, Intent
from game.engine.widgets import TextPanel, Widget
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App

CREDITS = "_credits"  # the last page of the full list: font, pictograms, stories, code


def all_sources(app: App) -> list[str]:
    """Every source the game draws on, for the full "sources and licences" screen."""
    content = app.session.content  # (None on the error screen, which has help and sources too)
    ids = [s.id for s in content.sources] if content is not None else []
    lmi = app.session.lmi()
    if lmi is not None:
        ids += [s.id for s in lmi.sources if s.id not in ids]
        ids += route_source_ids([f for facts in lmi.routes.values() for f in facts])  # the routes' pages
    return [*ids, CREDITS]


class SourcesScene(Screen):
    name = "sources"
    show_back = False

    def __init__(self, app: App, source_ids: list[str]) -> None:
        super().__init__(app)
        self.source_ids = source_ids or ["esco"]
        self.index = 0

    @property
    def next_label(self) -> str:  # type: ignore[override]  # read-only here: nothing assigns a screen's label
        return "ui.close" if self.index + 1 >= len(self.source_ids) else "ui.next_source"

    def title(self) -> str:
        return self.app.t("sources.title_n", n=self.index + 1, total=len(self.source_ids))

    def body(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        sid = self.source_ids[self.index]
        src = app.session.source(sid) if sid != CREDITS else None
        panels: list[Widget]
        if sid.startswith(ROUTE_SOURCE_PREFIX):
            panels = self.route_page(sid.removeprefix(ROUTE_SOURCE_PREFIX))
        elif sid == CREDITS:
            panels = [TextPanel(app.t(f"credits.line{i}"), "small", bold=(i == 1)) for i in range(1, 6)]
        elif src is None:
            panels = [TextPanel(app.t("sources.unknown", id=sid), colour="warn")]
        else:
            text = app.session.text  # the player's language where the source gives it, else the official name
            panels = [
                TextPanel(text(src.title) if src.title else src.name, bold=True),
                TextPanel(
                    app.t(
                        "sources.detail",
                        publisher=publisher(src, text),
                        year=src.year,
                        licence=text(src.terms) if src.terms else src.licence,
                        url=src.url,
                    ),
                    "small",
                ),
            ]
            if src.method is not None:
                panels.append(TextPanel(app.t("sources.method") + " " + app.session.text(src.method), "small"))
            panels.append(
                TextPanel(app.t("sources.limitation") + " " + app.session.text(src.limitation), "small", bold=True)
            )
        self.stack(panels, area, gap=app.ui.metrics.pad * 2)
        return panels

    def route_page(self, url: str) -> list[Widget]:
        """A page a route fact was read on (content/lmi/routes.yaml): its title, publisher, the
        day it was read and its address, and that a page can change."""
        app = self.app
        lmi = app.session.lmi()
        src = lmi.route_source(url) if lmi is not None else None
        if src is None:
            return [TextPanel(app.t("sources.unknown", id=url), colour="warn")]
        detail = app.t("sources.route_detail", publisher=src.publisher, date=read_date(src.read, app.t), url=src.url)
        if src.lang != app.settings.lang:  # the page's own title, in its language: say so
            detail += " " + app.t(f"sources.route_lang.{src.lang}")
        return [
            TextPanel(src.title, bold=True),
            TextPanel(detail, "small"),
            TextPanel(app.t("sources.limitation") + " " + app.t("sources.route_limitation"), "small", bold=True),
        ]

    def handle(self, intent: Intent) -> bool:
        if intent.act == Act.BACK:
            self.app.stack.pop()
            return True
        return super().handle(intent)

    def on_next(self) -> None:
        if self.index + 1 < len(self.source_ids):
            self.index += 1
            self.refresh()
        else:
            self.app.stack.pop()
