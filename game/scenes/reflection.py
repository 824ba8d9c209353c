"""Level 1 "Wie ben ik?": interests, qualities, development areas, values and the current job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.scenes.pick import CardPickScene, Option

if TYPE_CHECKING:
    from game.app import App


class QualitiesScene(CardPickScene):
    title_key = "qualities.title"
    intro_key = "qualities.intro"
    max_pick = 5
    group = profile_field = "qualities"

    def store(self, ids: list[str]) -> None:
        super().store(ids)
        # a strength is not also something to learn
        self.profile.development_areas = [d for d in self.profile.development_areas if d not in ids]


class DevelopmentScene(CardPickScene):
    title_key = "development.title"
    intro_key = "development.intro"
    min_pick = 0
    max_pick = 2
    group, profile_field = "qualities", "development_areas"

    def options(self) -> list[Option]:
        strengths = set(self.profile.qualities)
        return [o for o in super().options() if o.id not in strengths]


class ColleaguesScene(CardPickScene):
    """What would your colleagues say about you? (the social network as a source of self-knowledge)"""

    title_key = "colleagues.title"
    intro_key = "colleagues.intro"
    min_pick = 0
    max_pick = 3
    group, profile_field = "qualities", "colleague_qualities"


class ValuesScene(CardPickScene):
    """A card sort: pick your top five; the order you pick them in is their order."""

    title_key = "values.title"
    intro_key = "values.intro"
    min_pick = 5
    max_pick = 5
    ordered = True
    group = profile_field = "values"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        if self.profile.quick:  # the quick check: a top three
            self.min_pick = self.max_pick = 3
            self.intro_key = "reading.values_quick"
