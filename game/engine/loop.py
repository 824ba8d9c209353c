"""The engine: one async loop for desktop and browser (pygbag), the window, the scene stack,
texts, read-aloud and input. It knows nothing about careers: the game (game/app.py) builds on
it and fills in what the hooks at the end do."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from typing import Protocol, Self, TypeVar

import pygame

from game.engine import bridge, storage
from game.engine.i18n import Locale
from game.engine.intents import Act, Intent, map_event
from game.engine.scene import SceneStack
from game.engine.speech import Mirror, Speech
from game.engine.storage import Settings
from game.engine.theme import Theme, load_themes
from game.engine.ui import UI, Metrics

DEFAULT_SIZE = (1280, 720)
HEADER_PICTOS = ("speaker", "gear", "question")  # on every screen: drawn once, and again after a relayout
MIN_SIZE = (1024, 576)
IDLE_FRAMES = 30  # about half a second without input before work is done in the background
log = logging.getLogger("koers")


E_contra = TypeVar("E_contra", bound="Engine", contravariant=True)


class Driver(Protocol[E_contra]):
    """Something that plays instead of a person (autoplay): called around every frame with
    the engine it drives (a game's driver may ask for the game's app: `Driver[App]`)."""

    def before_update(self, engine: E_contra, /) -> None: ...
    def after_draw(self, engine: E_contra, /) -> None: ...


class Engine:
    # a scene that raises in a frame is caught here, logged, and the game's `recover` shows its
    # safe screen; the tests turn this off (tests/conftest.py), so a failing scene fails the test
    catch_errors = True

    def __init__(
        self, settings: Settings, size: tuple[int, int] | None = None, driver: Driver[Self] | None = None
    ) -> None:
        pygame.display.init()  # no sound system: the game has no audio of its own
        pygame.font.init()
        pygame.display.set_caption("Koers")
        self.settings = settings
        self.autoplay: Driver[Self] | None = driver
        self.locale = Locale(settings.lang)
        self.speech = Speech(lambda: self.settings.lang)
        self.mirror = Mirror(lambda: self.settings.lang)  # for screen readers
        self.themes = load_themes()
        self.screen = self._open_window(size or bridge.viewport_size() or DEFAULT_SIZE)
        self.ui = UI(self.theme, self.metrics())
        self.background = self.preparing()  # idle-frame work: not before the first frame (start-up time)
        self.stack = SceneStack()
        self.running = True
        self.frame = 0
        self.intents = 0  # intents handled so far (the browser test's bot waits on this)
        self.pending_speech = False
        self.redraw = True  # draw only when something changed: static screens cost no CPU
        self.last_input_frame = 0
        self.text_input = True  # SDL starts with text input on; scenes with a text field turn it on
        self.set_text_input(False)
        self.failed_frame = -10  # the frame in which a scene last raised

    def set_text_input(self, on: bool) -> None:
        """Typed text (TEXTINPUT) only while a text field is on show; elsewhere letters do nothing."""
        if on != self.text_input:
            self.text_input = on
            pygame.key.start_text_input() if on else pygame.key.stop_text_input()

    # window and look ------------------------------------------------------------------
    def _open_window(self, size: tuple[int, int]) -> pygame.Surface:
        least = MIN_SIZE if size[0] >= size[1] else MIN_SIZE[::-1]  # a phone held upright: upright too
        size = (max(least[0], size[0]), max(least[1], size[1]))
        flags = 0 if bridge.is_web else pygame.RESIZABLE
        return pygame.display.set_mode(size, flags)

    @property
    def theme(self) -> Theme:
        return self.themes["high_contrast" if self.settings.high_contrast else "default"]

    def metrics(self) -> Metrics:
        w, h = self.screen.get_size()
        return Metrics(w, h, self.settings.text_scale)

    def layout_key(self) -> tuple:
        return (self.screen.get_size(), self.settings.text_scale, self.settings.lang, self.settings.high_contrast)

    def relayout(self) -> None:
        self.ui.configure(self.theme, self.metrics())
        self.ui.prewarm(HEADER_PICTOS)
        self.redraw = True

    def follow_settings(self) -> None:
        """Texts, look and layout follow the settings as they are now."""
        self.locale.lang = self.settings.lang
        self.relayout()

    def apply_settings(self) -> None:
        """After the player changed the settings: follow them, and keep them."""
        self.follow_settings()
        storage.save_settings(self.settings)

    # texts and speech ---------------------------------------------------------------
    def t(self, key: str, **values: object) -> str:
        return self.locale.t(key, **values)

    def speak(self, text: str) -> None:
        self.speech.say(text)
        self.mirror.announce(text)

    def read_aloud(self) -> None:
        top = self.stack.top
        if top is not None:
            self.speak(top.speech())

    # hooks the game fills in --------------------------------------------------------
    def start(self) -> None:
        """Push the first scene."""

    def recover(self, error: Exception) -> None:
        """A scene raised `error` (already logged): show a safe screen. The game shows one plain
        sentence and the way back; an engine without a game has nothing safe to show."""
        raise error

    def open_settings(self) -> None: ...
    def open_help(self) -> None: ...
    def back(self) -> None: ...

    def preparing(self) -> Iterator[None]:
        """Work for idle frames, one short piece per frame (a game adds its own): every font
        size the screens use, so a later screen's first frame does not wait for them."""
        yield from self.ui.prewarming(HEADER_PICTOS)

    def prepare_now(self) -> None:
        """Do all the idle-frame work at once (tests and benchmarks measure it apart)."""
        for _ in self.background:
            pass

    def idle(self) -> None:
        """Called at the end of a frame in which the player has not pressed anything for a while."""
        next(self.background, None)

    def quit(self) -> None:
        self.running = False

    # the loop -----------------------------------------------------------------------
    def dispatch(self, intent: Intent) -> None:
        if intent.act == Act.QUIT:
            self.running = False
            return
        if intent.act == Act.RESIZE:
            self.relayout()
            return
        if self.stack.handle(intent):
            return
        if intent.act == Act.READ_ALOUD:
            self.read_aloud()
        elif intent.act == Act.SETTINGS:
            self.open_settings()
        elif intent.act == Act.HELP:
            self.open_help()

    def _follow_browser_size(self) -> None:
        size = bridge.viewport_size()
        if size and size != self.screen.get_size():
            self.screen = self._open_window(size)
            self.relayout()

    def guarded(self, work: Callable[[], None]) -> None:
        """Do `work` (a frame, the start); when a scene raises, log it and `recover`. When the way
        back fails as well (within two frames), the error goes on up: never a loop of failures."""
        if not self.catch_errors:
            work()
            return
        try:
            work()
        except Exception as error:
            log.exception("a screen failed in frame %d", self.frame)
            if self.frame - self.failed_frame <= 2:
                raise
            self.failed_frame = self.frame
            self.frame += 1
            self.redraw = True
            self.recover(error)

    def step(self: Self, dt: float) -> None:  # `Self`: the driver gets this engine as the type it drives
        """One frame: input, update, draw. Shared by the loop and by tests."""
        self.guarded(lambda: self.frame_work(dt))

    def frame_work(self: Self, dt: float) -> None:
        """What `step` does, unguarded."""
        size = self.screen.get_size()
        for event in pygame.event.get():
            intent = map_event(event, size)
            if intent is not None:
                self.intents += 1
                self.last_input_frame = self.frame
                self.dispatch(intent)
                self.redraw = True
            if not self.running:
                return
        if self.autoplay:
            self.autoplay.before_update(self)
        if bridge.is_web and self.frame % 30 == 0:
            self._follow_browser_size()
        self.stack.update(dt)
        if self.redraw and self.stack.top is not None:
            self.mirror.follow(self.stack.top)
        if self.pending_speech:
            self.pending_speech = False
            self.read_aloud()
        if self.redraw or self.autoplay or self.frame % 60 == 0:
            self.redraw = False
            self.stack.draw(self.screen)
            if self.autoplay:
                self.autoplay.after_draw(self)
            pygame.display.flip()
        if self.frame - self.last_input_frame >= IDLE_FRAMES:
            self.idle()
        self.frame += 1

    async def run(self) -> None:
        """The one loop: one `await asyncio.sleep(0)` per frame; no threads, no blocking calls."""
        clock = pygame.time.Clock()
        self.guarded(self.start)
        dt = 0.0
        while self.running and self.stack.top is not None:
            self.step(dt)
            await asyncio.sleep(0)
            # In the browser the page paces the loop; a capped tick there would only busy-wait.
            dt = clock.tick(0 if self.autoplay or bridge.is_web else 60) / 1000.0
        if not bridge.is_web:
            pygame.quit()
