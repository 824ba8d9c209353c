"""Level 4 "Mijn plan": where the player stands, and one to three next steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.career.story_match import plan_ideas
from game.scenes.pick import CardPickScene, Option, card_options

if TYPE_CHECKING:
    from game.app import App


class StageScene(CardPickScene):
    title_key = "stage.title"
    intro_key = "stage.intro"
    group, profile_field = "stages", "stage"


class StepsScene(CardPickScene):
    title_key = "steps.title"
    intro_key = "steps.intro"
    max_pick = 3
    group, profile_field = "steps", "next_steps"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        if self.profile.quick:  # the quick check: one next step, to talk over with the coach
            self.max_pick = 1
            self.intro_key = "reading.steps_quick"

    def options(self) -> list[Option]:
        """The steps that fit the route the player chose in level 3."""
        route = self.profile.route
        fitting = [c for c in self.content.steps if not route or route in c.tags or not c.tags]
        return card_options(self.app, fitting)

    def intro(self) -> str:
        """The intro, and what the player's choices in the stories (level 2) suggest."""
        content, profile, t = self.content, self.profile, self.app.t
        steps, who = plan_ideas(content.stories, content.story_needs, profile.story_answers, profile.story_needs)
        fitting = {o.id for o in self.options()}

        def listed(group: str, ids: list[str]) -> str:
            names = [self.app.session.text(card.text) for i in ids if (card := content.card(group, i))]
            return ", ".join(name[:1].lower() + name[1:] for name in names)

        parts = [t(self.intro_key)]
        if step_names := listed("steps", [s for s in steps if s in fitting]):
            key = "steps.from_stories" if len(profile.story_answers) > 1 else "steps.from_story"
            parts.append(t(key, steps=step_names))
        if helpers := listed("plan_who", who):
            parts.append(t("steps.who_from_stories", who=helpers))
        return " ".join(parts)
