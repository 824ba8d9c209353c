"""Before the levels: the privacy promise and the choice of a goal."""

from __future__ import annotations

import pygame

from game.engine.widgets import TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.pick import CardPickScene


class PrivacyScene(Screen):
    next_label = "privacy.ok"

    def title(self) -> str:
        return self.app.t("privacy.title")

    def body(self, area: pygame.Rect) -> list[Widget]:
        m = self.app.ui.metrics
        size = int(m.px() * 3.5)
        self.icon_rect = pygame.Rect(area.left, area.top, size, size)
        text_area = pygame.Rect(area.left + size + m.pad * 3, area.top, area.width - size - m.pad * 3, area.height)
        panels: list[Widget] = [TextPanel(self.app.t(f"privacy.line{i}"), bold=(i == 1)) for i in range(1, 5)]
        self.stack(panels, text_area, gap=m.pad * 2)
        return panels

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        ui = self.app.ui
        surface.blit(ui.picto("lock", self.icon_rect.width, bg=ui.theme.bg), self.icon_rect)  # opaque: copied

    def on_next(self) -> None:
        self.app.advance(self.step)


class GoalScene(CardPickScene):
    title_key = "goal.title"
    intro_key = "goal.intro"
    group, profile_field = "goals", "goal"
