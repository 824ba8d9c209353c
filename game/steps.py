"""The play-through, declared once: every step with its screen and the level (part) it belongs to.

Profile steps (where a closed game resumes), the number of levels, the progress display,
next and back, and autoplay all follow from `PLAY`. To add a step: write its screen in
game/scenes/, add one line here, and add its texts to the locale files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.career import saves
from game.scenes.action import StageScene, StepsScene
from game.scenes.base import Screen
from game.scenes.changes import ChangesScene
from game.scenes.future import FutureScene
from game.scenes.interests import InterestPathScene, InterestsScene
from game.scenes.intro import GoalScene, PrivacyScene
from game.scenes.job import JobScene
from game.scenes.plan import BarriersScene, HelperScene, PlanScene
from game.scenes.poster import PosterScene
from game.scenes.reflection import ColleaguesScene, DevelopmentScene, QualitiesScene, ValuesScene
from game.scenes.role_models import RoleModelScene
from game.scenes.route import OptionsScene, RouteScene
from game.scenes.summary import ReflectionScene, SummaryScene

if TYPE_CHECKING:
    from game.app import App


def has_history(app: App) -> bool:
    """"What changed since last time" needs an earlier finished check."""
    return bool(saves.load_history())


@dataclass(frozen=True)
class Step:
    id: str
    screen: type[Screen]
    level: int | None = None  # 1..LEVELS; None for the steps before the levels
    shown: Callable[[App], bool] | None = None  # a step that only appears sometimes


class Registry:
    """Steps in order, and what follows from them."""

    def __init__(self, steps: tuple[Step, ...]) -> None:
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
        scene = step.screen(app)
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


PLAY = Registry(
    (
        Step("privacy", PrivacyScene),
        Step("goal", GoalScene),
        Step("interest_path", InterestPathScene, 1),
        Step("interests", InterestsScene, 1),
        Step("qualities", QualitiesScene, 1),
        Step("development", DevelopmentScene, 1),
        Step("colleagues", ColleaguesScene, 1),
        Step("values", ValuesScene, 1),
        Step("job", JobScene, 1),
        Step("reflection", ReflectionScene, 1),
        Step("summary", SummaryScene, 1),
        Step("role_models", RoleModelScene, 2),
        Step("future", FutureScene, 3),
        Step("route", RouteScene, 3),
        Step("options", OptionsScene, 3),
        Step("stage", StageScene, 4),
        Step("steps", StepsScene, 4),
        Step("plan", PlanScene, 4),
        Step("barriers", BarriersScene, 4),
        Step("helper", HelperScene, 4),
        Step("changes", ChangesScene, 4, shown=has_history),
        Step("poster", PosterScene, 5),
    )
)


def scene_for(app: App, step_id: str) -> Screen:
    """The screen of one of the app's steps."""
    return app.steps.scene_for(app, step_id)
