"""Read-aloud: one object that says texts in the player's language and keeps a short record
(tests and the debug mode read it). The browser speaks through the bridge."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

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
