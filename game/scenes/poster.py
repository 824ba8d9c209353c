"""The end screen: the player's poster, drawn from the Profile, with export."""

from __future__ import annotations

import pygame

from .. import bridge
from ..flow import first_scene
from ..poster import A4, PosterPainter, png_bytes
from ..profile import STEPS
from ..scene import FormScene
from ..widgets import Button, TextPanel, Widget


class PosterScene(FormScene):
    name = step = "poster"
    level = STEPS["poster"]
    next_label = "poster.done"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.preview: pygame.Surface | None = None
        self.saved_to = ""

    def title(self) -> str:
        return self.app.t("poster.title")

    def painter(self) -> PosterPainter:
        app = self.app
        lmi = app.lmi()
        labels = {g.id: app.text(g.label) for g in lmi.groups} if lmi else {}
        return PosterPainter(
            app.text, app.t, app.themes["default"], app.content, app.occupation, lambda g: labels.get(g, g).capitalize()
        )

    def render(self, size=A4) -> pygame.Surface:
        return self.painter().render(self.app.profile, size)

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        # the poster is laid out at print size and shown smaller: the same poster as the PNG
        h = area.height
        w = int(h * A4[0] / A4[1])
        self.preview_rect = pygame.Rect(area.left, area.top, w, h)
        self.preview = pygame.transform.smoothscale(self.render(), (w, h))
        side = pygame.Rect(
            self.preview_rect.right + m.pad * 4, area.top, area.right - self.preview_rect.right - m.pad * 4, area.height
        )
        intro = TextPanel(app.t("poster.intro"))
        save = Button(app.t("poster.save"), self.export, picto="picture", primary=False, name="save")
        widgets: list[Widget] = [intro]
        y = self.stack([intro], side, gap=m.pad * 2)
        save.place(pygame.Rect(side.left, y, min(side.width, save.preferred_width(app.ui)), m.target), app.ui)
        widgets.append(save)
        if self.saved_to:
            done = TextPanel(app.t("poster.saved", where=self.saved_to), "small", colour="good")
            self.stack([done], pygame.Rect(side.left, save.rect.bottom + m.pad * 2, side.width, side.height))
            widgets.append(done)
        return widgets

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.preview is not None:
            surface.blit(self.preview, self.preview_rect)
            pygame.draw.rect(surface, self.app.ui.theme.border, self.preview_rect, 2)

    def export(self) -> None:
        self.saved_to = bridge.download("koers-poster.png", png_bytes(self.render()))
        self.app.speak(self.app.t("poster.saved", where=self.saved_to))
        self.refresh()

    def on_next(self) -> None:
        self.app.go(first_scene(self.app))
