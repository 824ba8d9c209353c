"""Koers: the engine (window, loop, scene stack) with the player's session and the steps of the
play-through. The one place that knows all three rooms (engine, career model, screens)."""

from __future__ import annotations

from collections.abc import Iterator

from game.career.session import Session
from game.engine import bridge
from game.engine.loop import Driver, Engine
from game.engine.scene import FormScene, Scene
from game.scenes.changed import SaveChangedScene
from game.scenes.help import HelpScene
from game.scenes.notice import ErrorScene, NoticeScene
from game.scenes.settings import SettingsScene
from game.scenes.title import TitleScene
from game.steps import PLAY, Registry


class App(Engine):
    def __init__(
        self, size: tuple[int, int] | None = None, autoplay: Driver[App] | None = None, steps: Registry = PLAY
    ) -> None:
        self.steps = steps  # the play-through (game/steps.py)
        self.session = Session()
        super().__init__(self.session.settings, size, autoplay)

    # moving through the play-through ------------------------------------------------
    def first_scene(self) -> Scene:
        return TitleScene(self)

    def go(self, scene: Scene) -> None:
        """Move on in the play-through (the stack keeps only the current step)."""
        self.speech.stop()  # what was being read belonged to the screen that is gone
        self.stack.replace(scene)

    def go_to_step(self, step_id: str, save: bool = True) -> None:
        """Show a step's screen; the profile remembers it, so a closed game resumes there."""
        profile = self.session.profile
        if save and profile is not None:
            profile.step = step_id
            self.session.save_profile()
        self.go(self.steps.scene_for(self, step_id))

    def advance(self, step_id: str) -> None:
        """Save and move to the shown step after `step_id`; at the start of a new part, the
        course map comes first (not in the quick check: it is short enough to need no map)."""
        following = self.steps.following(self, step_id)
        level = self.steps.by_id[following].level
        quick = self.session.profile is not None and self.session.profile.quick
        if level is not None and level != self.steps.by_id[step_id].level and not quick:
            self.show_course(following, new_only=True)
        else:
            self.go_to_step(following)

    def show_course(self, step_id: str, new_only: bool = False) -> None:
        """The course map, then on to `step_id` (saved: a game closed on the map goes on there);
        `new_only`: between two parts, it shows only what the part just done found."""
        from game.scenes.course import CourseScene  # imported when first needed (start-up time)

        profile = self.session.profile
        if profile is not None:
            profile.step = step_id
            self.session.save_profile()
        self.go(CourseScene(self, step_id, self.steps.by_id[step_id].level or 1, new_only))

    def back(self) -> None:
        top = self.stack.top
        step_id = top.step if isinstance(top, FormScene) else ""
        earlier = self.steps.before(self, step_id) if step_id in self.steps.by_id else None
        if earlier is None:
            self.go(self.first_scene())
        else:
            self.go_to_step(earlier)

    def start_new(self, quick: bool = False) -> None:
        """A new check; `quick`: the short one for a first talk with a coach (fewer steps, the
        30 activities, ending at the conversation sheet)."""
        self.session.start_new()
        profile = self.session.profile
        if quick and profile is not None:
            profile.quick, profile.interest_path = True, "quick"
        self.go_to_step(self.steps.first)

    def resume(self) -> None:
        """Go on with the check under way: a returning player starts on the course map."""
        profile = self.session.profile
        step_id = self.steps.resume_step(profile.step if profile else None)
        if self.steps.by_id[step_id].level is not None:
            self.show_course(step_id)
        else:
            self.go_to_step(step_id, save=False)

    def has_started(self) -> bool:
        """A check is under way (past the first screen)."""
        profile = self.session.profile
        return profile is not None and profile.step not in ("", self.steps.first)

    def open_workshop(self) -> None:
        """The facilitator mode: a group session on a shared screen (no player's check needed)."""
        from game.scenes.workshop import WorkshopScene  # imported when first needed

        self.go(WorkshopScene(self))

    # screens on top of the play-through ---------------------------------------------
    def open_settings(self) -> None:
        if not isinstance(self.stack.top, SettingsScene):
            self.stack.push(SettingsScene(self))

    def open_help(self) -> None:
        top = self.stack.top
        if not isinstance(top, HelpScene):
            self.stack.push(HelpScene(self, "guide" if top is not None and top.name == "workshop" else "help"))

    def delete_all_data(self) -> None:
        """Delete everything stored on this device, then start again at the title."""
        self.session.delete_all()
        self.follow_settings()  # the defaults, not saved: nothing is stored again
        self.stack.reset(self.first_scene())
        self.stack.push(NoticeScene(self, "notice.deleted"))

    def ask_about_changed_save(self) -> None:
        """Another window saved a check after this one read it: nothing is written until the
        player chooses which check goes on (game/scenes/changed.py)."""
        if self.session.save_changed and not isinstance(self.stack.top, SaveChangedScene):
            self.stack.push(SaveChangedScene(self))

    # the engine's hooks ---------------------------------------------------------------
    def frame_work(self, dt: float) -> None:
        super().frame_work(dt)
        self.ask_about_changed_save()

    def recover(self, error: Exception) -> None:
        """A screen failed (the engine logged it): back to the title, the last screen that is
        always safe, with one plain sentence. Nothing is saved or deleted here: what was saved
        before stays, and "continue" goes on from there."""
        self.speech.stop()
        self.stack.reset(self.first_scene())
        self.stack.push(NoticeScene(self, "crash.notice"))

    def preparing(self) -> Iterator[None]:
        """While the player reads: the fonts, the code of the screens (one module a frame), then
        the labour-market content and the job search index, a few milliseconds a frame, so
        neither the first frame nor opening the search later freezes the browser."""
        yield from super().preparing()
        yield from self.steps.preloading()
        import game.scenes.course  # noqa: F401 (the course map's code, shown between the parts)

        yield
        while not self.session.ready:
            self.session.warm_up()
            yield

    def start(self) -> None:
        session = self.session
        if session.content_error:
            self.stack.push(ErrorScene(self, session.content_error))
            return
        self.stack.push(self.first_scene())
        fragment = bridge.startup_fragment()
        if "p=" in fragment:  # opened from a share link: show that poster, read-only
            # imported here on purpose (start-up time): only a share link needs the poster's code
            from game.career.share import ShareError, decode
            from game.scenes.shared import SharedPosterScene

            try:
                self.stack.push(SharedPosterScene(self, decode(fragment)))
            except ShareError as exc:
                session.notices.append(exc.key)
        for notice in reversed(session.notices):
            self.stack.push(NoticeScene(self, notice))
