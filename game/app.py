"""The App: one async loop for desktop and browser (pygbag), the scene stack, settings,
the profile and the services scenes use (texts, speech, saving)."""

from __future__ import annotations

import asyncio
import gc
import time
from typing import TYPE_CHECKING

import pygame

from game.career import saves
from game.career.content import ContentError, load_content
from game.career.schema import Content, OccupationRef, Text
from game.engine import bridge, storage
from game.engine.i18n import Locale
from game.engine.intents import Act, Intent, map_event
from game.engine.scene import Scene, SceneStack
from game.engine.theme import load_themes
from game.engine.ui import UI, Metrics

if TYPE_CHECKING:
    from game.autoplay import Autoplay

DEFAULT_SIZE = (1280, 720)
HEADER_PICTOS = ("speaker", "gear", "question")  # on every screen: drawn once at start-up
MIN_SIZE = (1024, 576)
IDLE_FRAMES = 30  # about half a second without input before work is done in the background


class App:
    def __init__(self, size: tuple[int, int] | None = None, autoplay: Autoplay | None = None) -> None:
        pygame.display.init()  # no sound system: the game has no audio of its own
        pygame.font.init()
        pygame.display.set_caption("Koers")
        self.autoplay = autoplay
        self.settings, settings_notice = storage.load_settings()
        self.locale = Locale(self.settings.lang)
        bridge.speech_lang = "en-GB" if self.settings.lang == "en" else "nl-NL"
        self.themes = load_themes()
        self.screen = self._open_window(size or bridge.viewport_size() or DEFAULT_SIZE)
        self.ui = UI(self.theme, self.metrics())
        self.ui.prewarm(HEADER_PICTOS)
        self.stack = SceneStack()
        self.running = True
        self.frame = 0
        self.intents = 0  # intents handled so far (the browser test's bot waits on this)
        self.pending_speech = False
        self.redraw = True  # draw only when something changed: static screens cost no CPU
        self.content: Content | None = None
        self._lmi = None
        self._index = None
        self._warming = self._warm_up()
        self.last_input_frame = 0
        self.lmi_error: str | None = None
        self.content_error: str | None = None
        try:
            self.content = load_content()
        except ContentError as exc:
            self.content_error = str(exc)
        self.profile, profile_notice = saves.load_profile()
        self.notices = [n for n in (settings_notice, profile_notice) if n]
        self.text_input = True  # SDL starts with text input on; scenes with a text field turn it on
        self.set_text_input(False)

    def set_text_input(self, on: bool) -> None:
        """Typed text (TEXTINPUT) only while a text field is on show; elsewhere letters do nothing."""
        if on != self.text_input:
            self.text_input = on
            pygame.key.start_text_input() if on else pygame.key.stop_text_input()

    # window and look ------------------------------------------------------------------
    def _open_window(self, size: tuple[int, int]) -> pygame.Surface:
        size = (max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1]))
        flags = 0 if bridge.is_web else pygame.RESIZABLE
        return pygame.display.set_mode(size, flags)

    @property
    def theme(self):
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

    # services for scenes ------------------------------------------------------------
    def t(self, key: str, **values: object) -> str:
        return self.locale.t(key, **values)

    def text(self, text: Text | None) -> str:
        return text.get(self.settings.lang) if text else ""

    def lmi(self):
        """The labour-market content (large): loaded by idle frames (`warm_up`), or now, on
        first use, by finishing that work; None if it is broken."""
        if self._lmi is None and self.lmi_error is None:
            for _ in self._warming:
                if self._lmi is not None or self.lmi_error is not None:
                    break
        return self._lmi

    def occupation_index(self):
        """The search index over every occupation's titles and synonyms, built on first use
        (or already, bit by bit, while the player was reading: see `warm_up`)."""
        for _ in self._warming:  # finish what the idle frames began (the index is its last step)
            pass
        return self._index

    def _new_index(self):
        from game.career.search import OccupationIndex

        lmi = self.lmi()
        boost = {i: 0.05 for i in range(len(lmi)) if lmi.raw(i)["featured"]}

        def entries():
            for i in range(len(lmi)):
                raw = lmi.raw(i)
                yield i, raw["title"]["nl"], [raw["title"]["en"], *raw["synonyms"]["nl"], *raw["synonyms"]["en"]]

        return OccupationIndex(entries(), boost, stepwise=True)

    def _warm_up(self):
        """Load the labour-market content, then build the search index, a chunk at a time.

        The cyclic garbage collector is paused meanwhile: it ran again and again over the
        growing heap of parsed occupations (most of the time in the browser). At the end those
        long-lived objects are frozen, so later collections never walk them again."""
        from game.career.lmi import loading_lmi

        was_enabled = gc.isenabled()
        gc.disable()
        try:
            try:
                self._lmi = yield from loading_lmi(chunk=25)
            except ContentError as exc:
                self.lmi_error = str(exc)
                return
            yield
            index = self._new_index()
            yield from index.steps
            self._index = index
            gc.freeze()
        finally:
            if was_enabled:
                gc.enable()

    def warm_up(self, budget_s: float = 0.006) -> None:
        """While the player reads (no input for a moment), prepare what the job search needs,
        a few milliseconds a frame, so opening it later does not freeze the browser."""
        if self._index is not None or self.frame - self.last_input_frame < IDLE_FRAMES:
            return
        deadline = time.perf_counter() + budget_s
        for _ in self._warming:
            if time.perf_counter() > deadline:
                return

    def occupation(self, key: str | None):
        """A seed occupation from content, or else any ESCO occupation from the LMI content."""
        if not key:
            return None
        seed = self.content.occupation(key) if self.content else None
        if seed is not None:
            return OccupationRef(seed.id, seed.esco_uri, seed.isco, seed.title, seed.picto)
        lmi = self.lmi()
        found = lmi.occupation(key) if lmi else None
        if found is None:
            return None
        return OccupationRef(found.id, found.esco_uri, found.isco, found.title, "briefcase")

    def source(self, source_id: str):
        """A source from the content or from the labour-market content."""
        found = self.content.source(source_id) if self.content else None
        if found is None and self.lmi() is not None:
            found = self.lmi().source(source_id)
        return found

    def speak(self, text: str) -> None:
        bridge.speak(text)

    def read_aloud(self) -> None:
        top = self.stack.top
        if top is not None:
            self.speak(top.speech())

    def apply_settings(self) -> None:
        self.locale.lang = self.settings.lang
        bridge.speech_lang = "en-GB" if self.settings.lang == "en" else "nl-NL"
        self.relayout()
        storage.save_settings(self.settings)

    def save_profile(self) -> None:
        if self.profile is not None:
            saves.save_profile(self.profile)

    def delete_all_data(self) -> None:
        """Delete everything stored on this device, then start again at the title."""
        from game.scenes.notice import NoticeScene
        from game.steps import first_scene

        storage.delete_all()
        self.profile = None
        self.settings = storage.Settings()
        self.locale.lang = self.settings.lang
        self.relayout()
        self.stack.reset(first_scene(self))
        self.stack.push(NoticeScene(self, "notice.deleted"))

    def go(self, scene: Scene) -> None:
        """Move on in the play-through (the flow keeps only the current step)."""
        self.stack.replace(scene)

    def back(self) -> None:
        from game.steps import previous_scene

        scene = previous_scene(self)
        if scene is not None:
            self.stack.replace(scene)

    def open_settings(self) -> None:
        from game.scenes.settings import SettingsScene

        if not isinstance(self.stack.top, SettingsScene):
            self.stack.push(SettingsScene(self))

    def open_help(self) -> None:
        from game.scenes.help import HelpScene

        if not isinstance(self.stack.top, HelpScene):
            self.stack.push(HelpScene(self))

    def quit(self) -> None:
        self.running = False

    # the loop -----------------------------------------------------------------------
    def start(self) -> None:
        from game.scenes.notice import ErrorScene, NoticeScene
        from game.steps import first_scene

        if self.content_error:
            self.stack.push(ErrorScene(self, self.content_error))
            return
        self.stack.push(first_scene(self))
        fragment = bridge.startup_fragment()
        if "p=" in fragment:  # opened from a share link: show that poster, read-only
            from game.career.share import ShareError, decode
            from game.scenes.shared import SharedPosterScene

            try:
                self.stack.push(SharedPosterScene(self, decode(fragment)))
            except ShareError as exc:
                self.notices.append(exc.key)
        for notice in reversed(self.notices):
            self.stack.push(NoticeScene(self, notice))

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

    def step(self, dt: float) -> None:
        """One frame: input, update, draw. Shared by the loop and by tests."""
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
        if self.pending_speech:
            self.pending_speech = False
            self.read_aloud()
        if self.redraw or self.autoplay or self.frame % 60 == 0:
            self.redraw = False
            self.stack.draw(self.screen)
            if self.autoplay:
                self.autoplay.after_draw(self)
            pygame.display.flip()
        self.warm_up()
        self.frame += 1

    async def run(self) -> None:
        """The one loop: one `await asyncio.sleep(0)` per frame; no threads, no blocking calls."""
        clock = pygame.time.Clock()
        self.start()
        dt = 0.0
        while self.running and self.stack.top is not None:
            self.step(dt)
            await asyncio.sleep(0)
            # In the browser the page paces the loop; a capped tick there would only busy-wait.
            dt = clock.tick(0 if self.autoplay or bridge.is_web else 60) / 1000.0
        if not bridge.is_web:
            pygame.quit()
