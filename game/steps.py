"""The play-through, declared once: every step with its screen and the level (part) it belongs to.

Profile steps (where a closed game resumes), the number of levels, the progress display,
next and back, and autoplay all follow from `PLAY`. To add a step: write its screen in
game/scenes/, add one line here, and add its texts (Dutch and English) to game/assets/texts.json.

The screens are named here ("module:Class") and imported when first needed, or before that
in idle frames (`Registry.preloading`): the first frame (the title) then does not wait for
every screen to be compiled, which in the browser is most of the start-up time."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.career import saves
from game.career.plan_checks import clashes
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App


def has_history(app: App) -> bool:
    """ "What changed since last time" needs an earlier finished check."""
    return bool(saves.load_history())


def has_clash(app: App) -> bool:
    """Two choices that do not go together: the player says which one holds."""
    profile = app.session.profile
    return profile is not None and bool(clashes(profile))


def has_ratings(app: App) -> bool:
    """ "What moved" needs a rating at the start or at the end (both can be skipped)."""
    profile = app.session.profile
    return profile is not None and bool(profile.ratings_before or profile.ratings_after)


def has_scenario(app: App) -> bool:
    """ "Mijn werk in 2030" plays the player's own occupation: it needs one, with its nearby work."""
    occ = app.session.job_lmi()
    return occ is not None and bool(occ.nearest)


def full(app: App) -> bool:
    """The whole check: the quick one (for a first talk with a coach) leaves this step out."""
    profile = app.session.profile
    return profile is None or not profile.quick


def quick(app: App) -> bool:
    """Only in the quick check: it ends at the conversation sheet instead of the poster."""
    return not full(app)


def full_and(shown: Callable[[App], bool]) -> Callable[[App], bool]:
    return lambda app: full(app) and shown(app)


@dataclass(frozen=True)
class Step:
    id: str
    screen: type[Screen] | str  # the screen, or where it is: "module:Class" (imported when first needed)
    level: int | None = None  # 1..LEVELS; None for the steps before the levels
    shown: Callable[[App], bool] | None = None  # a step that only appears sometimes

    def screen_class(self) -> type[Screen]:
        if not isinstance(self.screen, str):
            return self.screen
        module, _, name = self.screen.partition(":")
        screen: type[Screen] = getattr(importlib.import_module(module), name)
        return screen


class Registry:
    """Steps in order, and what follows from them."""

    def __init__(self, steps: tuple[Step, ...]) -> None:
        ids = [step.id for step in steps]
        if not ids or len(set(ids)) != len(ids):
            raise ValueError(f"step ids must be given and unique: {ids}")
        levels = [step.level for step in steps if step.level is not None]
        if levels != sorted(levels) or set(levels) != set(range(1, max(levels, default=0) + 1)):
            raise ValueError(f"levels must go up from 1 without a gap: {levels}")
        self.steps = steps
        self.by_id = {step.id: step for step in steps}
        self.order = [step.id for step in steps]
        self.levels = max(step.level or 0 for step in steps)
        self.first, self.last = self.order[0], self.order[-1]

    def with_step(self, step: Step, after: str) -> Registry:
        """A copy with one more step after `after` (for tests, and to try a new step out)."""
        i = self.order.index(after) + 1
        return Registry((*self.steps[:i], step, *self.steps[i:]))

    def scene_for(self, app: App, step_id: str) -> Screen:
        """The screen of a step, told which step and level it is."""
        step = self.by_id[step_id]
        scene = step.screen_class()(app)
        scene.name = scene.step = step.id
        scene.level, scene.levels = step.level, self.levels
        return scene

    def shown(self, app: App, step_id: str) -> bool:
        check = self.by_id[step_id].shown
        return check is None or check(app)

    def following(self, app: App, step_id: str) -> str:
        """The shown step after `step_id` (the last step has none after it)."""
        i = self.order.index(step_id)
        return next((later for later in self.order[i + 1 :] if self.shown(app, later)), self.last)

    def before(self, app: App, step_id: str) -> str | None:
        """The shown step before `step_id`, or None for the first."""
        i = self.order.index(step_id)
        return next((earlier for earlier in reversed(self.order[:i]) if self.shown(app, earlier)), None)

    def resume_step(self, step_id: str | None) -> str:
        """Where a saved check goes on: its step, or the first one if that step no longer exists."""
        return step_id if step_id in self.by_id else self.first

    def preloading(self) -> Iterator[None]:
        """Import the screens not imported yet, one module per step (for idle frames)."""
        for step in self.steps:
            if isinstance(step.screen, str) and step.screen.partition(":")[0] not in sys.modules:
                step.screen_class()
                yield


PLAY = Registry(
    (
        Step("privacy", "game.scenes.intro:PrivacyScene"),
        Step("goal", "game.scenes.intro:GoalScene", shown=full),  # the quick check asks no goal
        Step(
            "ratings_before", "game.scenes.ratings:RatingsBeforeScene", shown=full
        ),  # the effect measure, at the start
        Step("interest_path", "game.scenes.interests:InterestPathScene", 1, shown=full),
        Step("interests", "game.scenes.interests:InterestsScene", 1),
        Step("qualities", "game.scenes.reflection:QualitiesScene", 1, shown=full),
        Step("development", "game.scenes.reflection:DevelopmentScene", 1, shown=full),
        Step("colleagues", "game.scenes.reflection:ColleaguesScene", 1, shown=full),
        Step("values", "game.scenes.reflection:ValuesScene", 1),
        Step("job", "game.scenes.job:JobScene", 1),
        Step("reflection", "game.scenes.summary:ReflectionScene", 1, shown=full),
        Step("summary", "game.scenes.summary:SummaryScene", 1, shown=full),
        Step("role_models", "game.scenes.role_models:RoleModelScene", 2, shown=full),
        Step("future", "game.scenes.future:FutureScene", 3),
        Step("scenario", "game.scenes.scenario:ScenarioScene", 3, shown=full_and(has_scenario)),
        Step("route", "game.scenes.route:RouteScene", 3, shown=full),
        Step("options", "game.scenes.route:OptionsScene", 3, shown=full),
        Step("stage", "game.scenes.action:StageScene", 4),
        Step("check", "game.scenes.check:CheckScene", 4, shown=has_clash),
        Step("steps", "game.scenes.action:StepsScene", 4),
        Step("plan", "game.scenes.plan:PlanScene", 4, shown=full),
        Step("barriers", "game.scenes.plan:BarriersScene", 4, shown=full),
        Step("helper", "game.scenes.plan:HelperScene", 4, shown=full),
        Step("changes", "game.scenes.changes:ChangesScene", 4, shown=full_and(has_history)),
        Step("ratings_after", "game.scenes.ratings:RatingsAfterScene", 5, shown=full),  # ... and the same at the end
        Step("moved", "game.scenes.ratings:MovedScene", 5, shown=full_and(has_ratings)),
        Step("next_check", "game.scenes.revisit:NextCheckScene", 5, shown=full),  # the date goes on the poster
        Step("share", "game.scenes.sheet:ShareScene", 5, shown=quick),  # the quick check ends at
        Step("sheet", "game.scenes.sheet:SheetScene", 5, shown=quick),  # ... the conversation sheet
        Step("poster", "game.scenes.poster:PosterScene", 5, shown=full),
    )
)


def scene_for(app: App, step_id: str) -> Screen:
    """The screen of one of the app's steps."""
    return app.steps.scene_for(app, step_id)
