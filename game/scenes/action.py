"""Level 4 "Mijn plan": where the player stands, and one to three next steps."""

from __future__ import annotations

from .pick import PickScene, card_options


class StageScene(PickScene):
    name = step = "stage"
    title_key = "stage.title"
    intro_key = "stage.intro"

    def options(self):
        return card_options(self.app, self.app.content.stages)

    def chosen(self):
        return [self.app.profile.stage] if self.app.profile.stage else []

    def store(self, ids):
        self.app.profile.stage = ids[0] if ids else None


class StepsScene(PickScene):
    name = step = "steps"
    title_key = "steps.title"
    intro_key = "steps.intro"
    max_pick = 3

    def options(self):
        route = self.app.profile.route
        fitting = [c for c in self.app.content.steps if not route or route in c.tags or not c.tags]
        return card_options(self.app, fitting)

    def chosen(self):
        return self.app.profile.next_steps

    def store(self, ids):
        self.app.profile.next_steps = ids
