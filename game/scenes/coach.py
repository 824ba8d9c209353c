"""The coach's view: a player's passport opened as its conversation sheet, read-only (the
settings' "Voor coaches: gesprekskaart openen"), or a share link's poster shown as one. The
player's profile is shown, never made the check under way: nothing is saved, the coach's own
check (if any) stays as it was. The sheet leaves out what the player switched off (their
`sheet_hidden` travels in the passport)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from game.career.profile import Profile
from game.career.sheet import available
from game.scenes.sheet import SheetScene

if TYPE_CHECKING:
    from game.app import App


class CoachSheetScene(SheetScene):
    name = "coach_sheet"
    intro_key = "coach_view.intro"
    gives_passport = False

    def __init__(self, app: App, player: Profile, scores: dict[str, int] | None = None) -> None:
        super().__init__(app)
        self.player = player
        self.scores = scores  # a share link carries the interest scores, not the answers

    @property
    def profile(self) -> Profile:
        """The player's, from their passport (not the session's: this is not the coach's check)."""
        return self.player

    def title(self) -> str:
        name = self.player.name.strip()
        if name and "name" not in self.player.sheet_hidden:
            return self.app.t("coach_view.title_name", name=name)
        return self.app.t("coach_view.title")

    def shared(self) -> set[str]:
        """The parts the player left on. The passport does not say whether it was the quick check,
        so a part that check never asks is left out when it is empty, as the player's own sheet does."""
        return set(available(replace(self.player, quick=True))) - set(self.player.sheet_hidden)

    def on_next(self) -> None:
        self.app.stack.pop()  # back where the coach came from (the settings, or the shared poster)

    def on_back(self) -> None:
        self.on_next()
