"""The game's screens: the engine's FormScene with `app` typed as the game's App, so a screen
reaches the session and the step registry (`self.app.session`, `self.app.advance`) type-checked.

The App is imported for the type checker only: screens move on through the app, they never
import it at runtime (game/app.py imports the screens)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.intents import Intent
from game.engine.scale import PictureScale
from game.engine.scene import FormScene

if TYPE_CHECKING:
    from game.app import App  # noqa: F401 (used in the quoted base class below)
    from game.career.profile import Profile
    from game.career.schema import Content


class Screen(FormScene["App"]):
    """A screen of the game (every scene in game/scenes/ is one)."""

    @property
    def profile(self) -> Profile:
        """The check under way: the play-through's screens only show while there is one
        (the title starts or resumes it; deleting all data goes back to the title)."""
        profile = self.app.session.profile
        if profile is None:
            raise RuntimeError(f"the {self.name} screen needs a check under way")
        return profile

    @property
    def content(self) -> Content:
        """The game's content: without it the game shows only its error screen."""
        content = self.app.session.content
        if content is None:
            raise RuntimeError(f"the {self.name} screen needs the game's content")
        return content


class ScaleScreen(Screen):
    """A screen of statements on the five-face scale (the interests, the self-ratings): with
    read-aloud on, each statement is read as it gets the focus."""

    def handle(self, intent: Intent) -> bool:
        before = self.form.focused
        used = super().handle(intent)
        after = self.form.focused
        if after is not before and isinstance(after, PictureScale) and self.app.settings.auto_read:
            self.app.speak(after.label)
        return used
