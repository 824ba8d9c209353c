""" "How do we know this?": the source, year, licence and limitation of what a screen shows."""

from __future__ import annotations

import pygame

from ..scene import FormScene
from ..widgets import TextPanel, Widget


class SourcesScene(FormScene):
    name = "sources"
    next_label = "ui.close"
    show_back = False

    def __init__(self, app, source_ids: list[str]) -> None:
        super().__init__(app)
        self.source_ids = source_ids

    def title(self) -> str:
        return self.app.t("sources.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        panels: list[Widget] = []
        for sid in self.source_ids:
            src = app.content.source(sid)
            if src is None:
                panels.append(TextPanel(app.t("sources.unknown", id=sid), colour="warn"))
                continue
            panels.append(TextPanel(src.name, bold=True))
            panels.append(
                TextPanel(
                    app.t("sources.detail", publisher=src.publisher, year=src.year, licence=src.licence, url=src.url),
                    "small",
                )
            )
            panels.append(TextPanel(app.t("sources.limitation") + " " + app.text(src.limitation), "small"))
        self.stack(panels, area)
        return panels

    def handle(self, intent) -> bool:
        from ..intents import Act

        if intent.act == Act.BACK:
            self.on_next()
            return True
        return super().handle(intent)

    def on_next(self) -> None:
        self.app.stack.pop()
