"""The play-through, declared once: every step with its screen and the level (part) it belongs to.

Profile steps (where a closed game resumes), the number of levels, the progress display,
next and back, and autoplay all follow from `STEPS`. To add a step: write its screen in
game/scenes/, add one line here, and add its texts to the locale files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.career import saves
from game.engine.scene import FormScene
from game.scenes.action import StageScene, StepsScene
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
    """ "What changed since last time" needs an earlier finished check."""
    return bool(saves.load_history())


@dataclass(frozen=True)
class Step:
    id: str
    screen: type[FormScene]
    level: int | None = None  # 1..LEVELS; None for the steps before the levels
    shown: Callable[[App], bool] | None = None  # a step that only appears sometimes


STEPS: tuple[Step, ...] = (
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
BY_ID = {step.id: step for step in STEPS}
ORDER = [step.id for step in STEPS]
LEVELS = max(step.level or 0 for step in STEPS)
FIRST, LAST = ORDER[0], ORDER[-1]


def scene_for(app: App, step_id: str) -> FormScene:
    """The screen of a step, told which step and level it is."""
    step = BY_ID[step_id]
    scene = step.screen(app)
    scene.name = scene.step = step.id
    scene.level, scene.levels = step.level, LEVELS
    return scene


def shown(app: App, step_id: str) -> bool:
    check = BY_ID[step_id].shown
    return check is None or check(app)


def following(app: App, step_id: str) -> str:
    """The step after `step_id` that is shown (the last step has none after it)."""
    i = ORDER.index(step_id)
    for later in ORDER[i + 1 :]:
        if shown(app, later):
            return later
    return LAST


def before(app: App, step_id: str) -> str | None:
    """The shown step before `step_id`, or None for the first."""
    i = ORDER.index(step_id)
    for earlier in reversed(ORDER[:i]):
        if shown(app, earlier):
            return earlier
    return None


def resume_step(step_id: str | None) -> str:
    """Where a saved check goes on: its step, or the first one if that step no longer exists."""
    return step_id if step_id in BY_ID else FIRST
