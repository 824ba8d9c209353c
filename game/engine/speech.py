"""Read-aloud: one object that says texts in the player's language and keeps a short record
(tests and the debug mode read it). The browser speaks through the bridge. And the screen
reader's mirror: the same texts, written into the page for a screen reader."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Protocol

from game.engine import bridge

VOICES = {"nl": "nl-NL", "en": "en-GB"}


class Speech:
    def __init__(self, lang: Callable[[], str], keep: int = 50) -> None:
        self.lang = lang  # asked at every text: read-aloud always follows the language setting
        self.said: deque[str] = deque(maxlen=keep)  # the newest texts, bounded
        self.count = 0  # texts said so far

    @property
    def voice(self) -> str:
        return VOICES.get(self.lang(), VOICES["nl"])

    def say(self, text: str) -> None:
        self.said.append(text)
        self.count += 1
        bridge.speak(text, self.voice)

    def stop(self) -> None:
        """Stop what is being read (the screen it belonged to is gone)."""
        bridge.stop_speaking()


class Shown(Protocol):
    """A scene, as the mirror sees it (game/engine/scene.py)."""

    shown: int

    def speech(self) -> str: ...
    def focus_speech(self) -> str: ...


class Mirror:
    """What a screen reader hears: a canvas is invisible to it, so each screen's text (when the
    screen appears), the focused control (when the focus moves) and whatever is read aloud go
    to a hidden, polite live region of the page (through the bridge). It keeps a short record
    (`said`), also on the desktop, where nothing else happens."""

    def __init__(self, lang: Callable[[], str], keep: int = 50) -> None:
        self.lang = lang
        self.said: deque[str] = deque(maxlen=keep)
        self._screen: tuple[int, int, str] | None = None
        self._focus = ""

    def follow(self, scene: Shown) -> None:
        """After a frame in which something changed: say a new screen whole, else a new focus."""
        screen = (id(scene), scene.shown, self.lang())
        if screen != self._screen:
            self._screen, self._focus = screen, scene.focus_speech()
            self.announce(scene.speech())
            return
        focus = scene.focus_speech()
        if focus != self._focus:
            self._focus = focus
            self.announce(focus)

    def announce(self, text: str) -> None:
        if text and (not self.said or self.said[-1] != text):
            self.said.append(text)
            bridge.announce(text, VOICES.get(self.lang(), VOICES["nl"]))
