"""Level 1 "Wie ben ik?": interests, qualities, development areas, values and the current job."""

from __future__ import annotations

from .pick import PickScene, card_options


class QualitiesScene(PickScene):
    name = step = "qualities"
    title_key = "qualities.title"
    intro_key = "qualities.intro"
    max_pick = 5

    def options(self):
        return card_options(self.app, self.app.content.qualities)

    def chosen(self):
        return self.app.profile.qualities

    def store(self, ids):
        self.app.profile.qualities = ids
        self.app.profile.development_areas = [d for d in self.app.profile.development_areas if d not in ids]


class DevelopmentScene(PickScene):
    name = step = "development"
    title_key = "development.title"
    intro_key = "development.intro"
    min_pick = 0
    max_pick = 2

    def options(self):
        strengths = set(self.app.profile.qualities)
        return [o for o in card_options(self.app, self.app.content.qualities) if o.id not in strengths]

    def chosen(self):
        return self.app.profile.development_areas

    def store(self, ids):
        self.app.profile.development_areas = ids


class ColleaguesScene(PickScene):
    """What would your colleagues say about you? (the social network as a source of self-knowledge)"""

    name = step = "colleagues"
    title_key = "colleagues.title"
    intro_key = "colleagues.intro"
    min_pick = 0
    max_pick = 3

    def options(self):
        return card_options(self.app, self.app.content.qualities)

    def chosen(self):
        return self.app.profile.colleague_qualities

    def store(self, ids):
        self.app.profile.colleague_qualities = ids


class ValuesScene(PickScene):
    """A card sort: pick your top five; the order you pick them in is their order."""

    name = step = "values"
    title_key = "values.title"
    intro_key = "values.intro"
    min_pick = 5
    max_pick = 5
    ordered = True

    def options(self):
        return card_options(self.app, self.app.content.values)

    def chosen(self):
        return self.app.profile.values

    def store(self, ids):
        self.app.profile.values = ids
