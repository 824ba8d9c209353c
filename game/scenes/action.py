"""Level 4 "Mijn plan": where the player stands, and one to three next steps."""

from __future__ import annotations

from game.scenes.pick import CardPickScene, Option, card_options


class StageScene(CardPickScene):
    title_key = "stage.title"
    intro_key = "stage.intro"
    group, profile_field = "stages", "stage"


class StepsScene(CardPickScene):
    title_key = "steps.title"
    intro_key = "steps.intro"
    max_pick = 3
    group, profile_field = "steps", "next_steps"

    def options(self) -> list[Option]:
        """The steps that fit the route the player chose in level 3."""
        route = self.profile.route
        fitting = [c for c in self.content.steps if not route or route in c.tags or not c.tags]
        return card_options(self.app, fitting)
