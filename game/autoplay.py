"""Headless autoplay: a deterministic bot that plays a whole run through the real scenes
and the real input path (it posts key events into pygame's queue, one per frame).

With `send`, the bot does not post events itself: it hands each key to `send` (the browser
test presses it on the real keyboard) and waits until the game has handled it."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from game.career.passport import to_passport
from game.engine.intents import Act
from game.engine.scene import BotMove, FormScene, Scene
from game.scenes.job import NOT_LISTED, JobScene
from game.scenes.notice import ErrorScene
from game.scenes.poster import PosterScene
from game.scenes.poster_art import png_bytes

if TYPE_CHECKING:
    from game.app import App
    from game.career.schema import Content

ACT_KEYS = {
    Act.SELECT: (pygame.K_RETURN, 0),
    Act.LEFT: (pygame.K_LEFT, 0),
    Act.RIGHT: (pygame.K_RIGHT, 0),
    Act.FOCUS_NEXT: (pygame.K_TAB, 0),
    Act.FOCUS_PREV: (pygame.K_TAB, pygame.KMOD_SHIFT),
    Act.SETTINGS: (pygame.K_F3, 0),
    Act.READ_ALOUD: (pygame.K_F2, 0),
    Act.ERASE: (pygame.K_BACKSPACE, 0),
}


class AutoplayStuck(RuntimeError):
    pass


class JobNotFound(AutoplayStuck):
    """`--job TEXT` found no occupation: the run stops with this message (no traceback)."""


class Autoplay:
    def __init__(
        self,
        seed: int,
        out: Path,
        screenshots: bool = False,
        max_frames: int = 20000,
        send: Callable[[Act | str], None] | None = None,
        mode: str = "play",
        job: str | None = None,
    ) -> None:
        self.rng = random.Random(seed)
        self.mode = mode  # "play": a whole check; "coach": the quick check to its sheet; "workshop"
        self.send = send
        self.job = job.strip() if job and job.strip() else None  # --job: the bot's job is this search's first hit
        self.awaiting: int | None = None  # with `send`: the intent count before the last key
        self.out = out
        self.screenshots = screenshots
        self.max_frames = max_frames
        self.pending: list[Act | str] = []
        self.last_post = -10
        self.shots: list[str] = []
        self.last_frame: pygame.Surface | None = None  # the newest frame of the screen on show
        self.last_key: tuple[Any, ...] | None = None
        self.finished = False
        self.codes_given = False
        self.scene_names: list[str] = []

    def post(self, app: App, act: Act | str) -> None:
        if self.send is not None:
            self.awaiting = app.intents
            self.last_post = app.frame
            self.send(act)
            return
        if isinstance(act, str):  # a typed character
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=act))
            self.last_post = app.frame
            return
        key, mod = ACT_KEYS[act]
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
        self.last_post = app.frame

    def before_update(self, app: App) -> None:
        if app.frame > self.max_frames:
            top = app.stack.top
            raise AutoplayStuck(f"autoplay made no progress in {self.max_frames} frames (at {top and top.name})")
        if self.awaiting is not None:
            if app.intents <= self.awaiting:
                return  # the key handed to `send` has not arrived yet
            self.awaiting = None
            self.last_post = app.frame
        if app.frame < self.last_post + 2:
            return  # let the last key be handled and the scene rebuilt first
        if self.pending:
            self.post(app, self.pending.pop(0))
            return
        scene = app.stack.top
        if not isinstance(scene, FormScene) or not scene.form.widgets:
            return
        if not self.scene_names or self.scene_names[-1] != scene.name:
            self.scene_names.append(scene.name)
        if isinstance(scene, ErrorScene):
            raise AutoplayStuck(f"the game showed its error screen: {scene.detail}")
        if isinstance(scene, PosterScene) and not self.finished and self.mode == "play":
            self.finish(app, scene)
            return
        if self.mode == "coach" and self.coach_step(app, scene):
            return
        if self.mode == "workshop":
            choice = self.workshop_choose(app, scene)
        elif self.job is not None and isinstance(scene, JobScene):
            choice = self.job_choose(scene)
        else:
            choice = scene.bot_choose(self.rng)
        if choice is None:
            return
        if isinstance(choice, tuple):
            widget, acts = choice  # focus the widget, then these acts or typed characters
        else:
            widget, acts = choice, [Act.SELECT]
        focusable = scene.form.focusable()
        if widget not in focusable:
            more = next((w for w in focusable if getattr(w, "name", "") == "more"), None)
            if more is None:
                raise AutoplayStuck(f"bot target not on screen in {scene.name}")
            widget, acts = more, [Act.SELECT]
        steps = (focusable.index(widget) - scene.form.focus) % len(focusable)
        moves = (
            [Act.FOCUS_NEXT] * steps if steps <= len(focusable) // 2 else [Act.FOCUS_PREV] * (len(focusable) - steps)
        )
        self.pending = [*moves, *acts]
        self.post(app, self.pending.pop(0))

    @staticmethod
    def screen_key(top: Scene[Any]) -> tuple[Any, ...]:
        return (
            id(top),
            top.name,
            getattr(top, "index", 0),
            getattr(top, "sub", 0),
            getattr(top, "mode", ""),
            getattr(top, "page", 0),
            getattr(top, "story_index", 0),
        )

    def save_shot(self, name: str, surface: pygame.Surface) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        file = f"{len(self.shots) + 1:02d}_{name}.png"
        pygame.image.save(surface, str(self.out / file))
        self.shots.append(file)

    def after_draw(self, app: App) -> None:
        """With --screenshots: every screen is saved as it was last seen, with the choices made."""
        top = app.stack.top
        if not self.screenshots or top is None:
            return
        key = self.screen_key(top)
        if key != self.last_key and self.last_key is not None and self.last_frame is not None:
            self.save_shot(self.last_key[1], self.last_frame)
        self.last_key = key
        self.last_frame = app.screen.copy()
        if self.finished:
            self.save_shot(key[1], self.last_frame)
            app.quit()

    def coach_step(self, app: App, scene: FormScene[Any]) -> bool:
        """The coach's run: the quick check; at its sheet, write conversation.png, .pdf and the
        profile, then stop. True when this frame's move is made here."""
        from game.scenes.sheet import SheetScene
        from game.scenes.sheet_art import pdf_bytes
        from game.scenes.title import TitleScene

        if isinstance(scene, TitleScene):  # the short check
            focusable = scene.form.focusable()
            quick = next(w for w in focusable if getattr(w, "name", "") == "quick")
            moves: list[Act | str] = [Act.FOCUS_NEXT] * ((focusable.index(quick) - scene.form.focus) % len(focusable))
            self.pending = [*moves, Act.SELECT]
            self.post(app, self.pending.pop(0))
            return True
        if isinstance(scene, SheetScene) and not self.finished:
            self.out.mkdir(parents=True, exist_ok=True)
            page = scene.render()
            (self.out / "conversation.png").write_bytes(png_bytes(page))
            (self.out / "conversation.pdf").write_bytes(pdf_bytes(page))
            passport = to_passport(scene.profile, scene.content, app.session.occupation)
            text = json.dumps(passport, ensure_ascii=False, indent=2)
            (self.out / "profile.json").write_text(text, encoding="utf-8")
            self.finished = True
            if not self.screenshots:
                app.quit()
            return True
        return False

    def job_choose(self, scene: JobScene) -> BotMove:
        """--job TEXT: type TEXT in the job search, take its first hit and confirm it."""
        job = self.job or ""
        if scene.mode == "confirm":
            return scene.cards[0]  # "ja, dit is mijn werk"
        if scene.mode != "search" or scene.field is None:
            raise AutoplayStuck(f"--job {job!r}: the job screen is not on its search ({scene.mode})")
        if scene.query != job:
            erase: list[Act | str] = [Act.ERASE] * len(scene.query)
            return scene.field, [*erase, *job]
        first = scene.results()[0][0]
        if first == NOT_LISTED:
            raise JobNotFound(f"--job {job!r}: the job search finds no occupation for this text; try another word")
        return scene.cards[0]

    def workshop_choose(self, app: App, scene: FormScene[Any]) -> BotMove:
        """The facilitator's run: the title's group session, the whole plan, the simulated
        participants' codes (one mistyped first), then group.json and group.png."""
        from game.scenes.title import TitleScene
        from game.scenes.workshop import SLIDES, WorkshopScene

        if isinstance(scene, TitleScene):
            return next(w for w in scene.form.focusable() if getattr(w, "name", "") == "workshop")
        if not isinstance(scene, WorkshopScene):
            return scene.bot_choose(self.rng)
        if scene.slide.kind == "codes" and not self.codes_given:
            self.codes_given = True
            scene.bot_codes = simulated_codes(self.rng, scene.content, 7)
        if scene.index == len(SLIDES) - 1 and not self.finished:
            self.out.mkdir(parents=True, exist_ok=True)
            (self.out / "group.json").write_text(scene.group_json(), encoding="utf-8")
            scene.save_png_to(self.out / "group.png")
            self.finished = True
            if not self.screenshots:
                app.quit()
            return None
        return scene.bot_choose(self.rng)

    def finish(self, app: App, scene: PosterScene) -> None:
        """At the poster: write the poster and the profile, then stop."""
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / "poster.png").write_bytes(png_bytes(scene.render()))
        passport = to_passport(scene.profile, scene.content, app.session.occupation)
        (self.out / "profile.json").write_text(json.dumps(passport, ensure_ascii=False, indent=2), encoding="utf-8")
        self.finished = True
        if not self.screenshots:
            app.quit()


def simulated_codes(rng: random.Random, content: Content, n: int) -> list[str]:
    """Group codes of made-up participants (autoplay's workshop), the first one mistyped."""
    from game.career.group import GroupCard, encode
    from game.career.schema import RIASEC

    codes = []
    for _ in range(n):
        rated = rng.random() < 0.7
        before = tuple(rng.randint(1, 4) for _ in range(7)) if rated else None
        card = GroupCard(
            stage=rng.choice([c.id for c in content.stages]),
            route=rng.choice([c.id for c in content.routes]),
            values=tuple(rng.sample([c.id for c in content.values], 3)),
            letters="".join(rng.sample(RIASEC, rng.randint(1, 3))),
            barriers=tuple(b.id for b in content.barriers if rng.random() < 0.3),
            before=before,
            after=tuple(min(5, r + rng.randint(0, 2)) for r in before) if before else None,
        )
        codes.append(encode(card, content))
    wrong = codes[0][:-1] + ("0" if codes[0][-1] != "0" else "1")
    return [wrong, *codes]
