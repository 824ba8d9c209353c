"""Before the levels: a quick check (the essentials, for a first talk with a coach) or the
whole check. The quick one plays fewer steps and ends at the conversation sheet."""

from __future__ import annotations

import random

from game.engine.scene import BotMove
from game.scenes.pick import Option, PickScene


class LengthScene(PickScene):
    title_key = "length.title"
    intro_key = "length.intro"

    def options(self) -> list[Option]:
        return [
            Option("full", self.app.t("length.full"), "compass"),
            Option("quick", self.app.t("length.quick"), "runner"),
        ]

    def chosen(self) -> list[str]:
        return ["quick" if self.profile.quick else "full"]

    def store(self, ids: list[str]) -> None:
        self.profile.quick = ids[:1] == ["quick"]
        if self.profile.quick:
            self.profile.interest_path = "quick"  # the 30 activities

    def bot_choose(self, rng: random.Random) -> BotMove:
        """Autoplay plays the whole check (the coach's run picks the quick one itself)."""
        return self.next_button
