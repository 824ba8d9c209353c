"""The play-through: title -> privacy and goal -> levels 1-4 -> poster, and resuming."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from game.career.profile import STEPS, Profile

if TYPE_CHECKING:
    from game.app import App
    from game.engine.scene import Scene

# step id -> "module:Class" under game.scenes
SCENES: dict[str, str] = {
    "privacy": "intro:PrivacyScene",
    "goal": "intro:GoalScene",
    "interest_path": "interests:InterestPathScene",
    "interests": "interests:InterestsScene",
    "qualities": "reflection:QualitiesScene",
    "development": "reflection:DevelopmentScene",
    "colleagues": "reflection:ColleaguesScene",
    "values": "reflection:ValuesScene",
    "job": "job:JobScene",
    "reflection": "summary:ReflectionScene",
    "summary": "summary:SummaryScene",
    "role_models": "role_models:RoleModelScene",
    "future": "future:FutureScene",
    "route": "route:RouteScene",
    "options": "route:OptionsScene",
    "stage": "action:StageScene",
    "steps": "action:StepsScene",
    "plan": "plan:PlanScene",
    "barriers": "plan:BarriersScene",
    "helper": "plan:HelperScene",
    "changes": "changes:ChangesScene",
    "poster": "poster:PosterScene",
}
ORDER = list(STEPS)


def scene_for(app: App, step: str) -> Scene:
    module, cls = SCENES[step].split(":")
    return getattr(importlib.import_module(f"game.scenes.{module}"), cls)(app)


def first_scene(app: App) -> Scene:
    from game.scenes.title import TitleScene

    return TitleScene(app)


def start_new(app: App) -> None:
    from game.career import saves

    if app.profile is not None and app.profile.step == "poster":  # a finished check: keep it to compare
        saves.add_to_history(app.profile)
    app.profile = Profile()
    app.save_profile()
    app.go(scene_for(app, ORDER[0]))


def resume(app: App) -> None:
    step = app.profile.step if app.profile and app.profile.step in SCENES else ORDER[0]
    app.go(scene_for(app, step))


def skip(app: App, step: str) -> bool:
    """Steps that only appear sometimes: "what changed" needs an earlier check."""
    if step == "changes":
        from game.career import saves

        return not saves.load_history()
    return False


def advance(app: App, step: str) -> None:
    """Save and move to the step after `step` (passing steps that do not apply)."""
    following = ORDER[min(ORDER.index(step) + 1, len(ORDER) - 1)]
    while skip(app, following) and following != ORDER[-1]:
        following = ORDER[ORDER.index(following) + 1]
    if app.profile is not None:
        app.profile.step = following
        app.save_profile()
    app.go(scene_for(app, following))


def previous_scene(app: App) -> Scene | None:
    top = app.stack.top
    step = getattr(top, "step", None)
    if step is None or step not in ORDER or ORDER.index(step) == 0:
        return first_scene(app)
    before = ORDER[ORDER.index(step) - 1]
    while skip(app, before) and ORDER.index(before) > 0:
        before = ORDER[ORDER.index(before) - 1]
    if app.profile is not None:
        app.profile.step = before
        app.save_profile()
    return scene_for(app, before)
