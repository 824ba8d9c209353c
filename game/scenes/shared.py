"""A poster opened from a share link: read-only, nothing stored, nothing sent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.career.share import profile_from_fields
from game.engine.widgets import Button, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.poster import make_painter
from game.scenes.poster_art import A4

if TYPE_CHECKING:
    from game.app import App


class SharedPosterScene(Screen):
    name = "shared"
    show_back = False
    next_label = "shared.start"

    def __init__(self, app: App, fields: dict[str, Any]) -> None:
        super().__init__(app)
        self.shared_profile, self.scores = profile_from_fields(fields, app.session.content)
        self.preview: pygame.Surface | None = None

    def title(self) -> str:
        return self.app.t("shared.title")

    def render(self, size: tuple[int, int] = A4) -> pygame.Surface:
        return make_painter(self.app).render(self.shared_profile, size, scores=self.scores)

    def body(self, area: pygame.Rect) -> list[Widget]:
        m = self.app.ui.metrics
        h = area.height
        w = int(h * A4[0] / A4[1])
        self.preview_rect = pygame.Rect(area.left, area.top, w, h)
        self.preview = pygame.transform.smoothscale(self.render(), (w, h))
        side = pygame.Rect(
            self.preview_rect.right + m.pad * 4, area.top, area.right - self.preview_rect.right - m.pad * 4, area.height
        )
        intro = TextPanel(self.app.t("shared.intro"))
        self.stack([intro], side)
        return [intro]

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.preview is not None:
            surface.blit(self.preview, self.preview_rect)
            pygame.draw.rect(surface, self.app.ui.theme.border, self.preview_rect, 2)

    def footer_button(self) -> Button:
        return Button(self.app.t("coach_view.from_link"), self.show_sheet, picto="clipboard", name="coach_view")

    def show_sheet(self) -> None:
        """For a coach: the same shared fields as a conversation sheet (nothing more travels)."""
        from game.scenes.coach import CoachSheetScene  # imported when first needed

        self.app.stack.push(CoachSheetScene(self.app, self.shared_profile, self.scores))

    def on_next(self) -> None:
        self.app.go(self.app.first_scene())
