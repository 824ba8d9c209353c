"""How long a slow reader takes: the words of every distinct screen the autoplay bot saw, read
at 100 words a minute, plus 3 seconds for each choice: each answer given (a card, a face, a typed word, a button
that does something), not the footer's next, back and page buttons (issue 18's estimate, not a
timed test).

A screen's words are its title, its text panels and the labels of its cards and buttons (not
the header's icons, and not read-aloud's "you can choose from" list, which repeats the labels).
A screen seen more than once counts once, as the fullest it was (feedback that appears after a
choice counts; the results of a search typed letter by letter count once, as the longest list);
each page of a paged screen is a screen of its own."""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Hashable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from game.autoplay import Autoplay
from game.engine.scene import BotMove

if TYPE_CHECKING:
    from game.app import App
    from game.engine.scene import FormScene

WORDS_PER_MINUTE = 100
SECONDS_PER_CHOICE = 3
K = TypeVar("K", bound=Hashable)  # what tells one screen from another
NAVIGATION = {"next", "back", "more"}  # moving on is not a choice


def words(text: str) -> int:
    """Words as a reader meets them: runs of characters with at least one letter or digit."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def distinct_screens(seen: Iterable[tuple[K, Sequence[str]]]) -> dict[K, list[str]]:
    """Each screen (by its key) once, as the version of it with the most words."""
    screens: dict[K, list[str]] = {}
    for key, texts in seen:
        if key not in screens or count(texts) > count(screens[key]):
            screens[key] = list(texts)
    return screens


def count(texts: Sequence[str]) -> int:
    return sum(words(t) for t in texts)


def screen_words(seen: Iterable[tuple[K, Sequence[str]]]) -> dict[K, int]:
    return {key: count(texts) for key, texts in distinct_screens(seen).items()}


def reading_minutes(total_words: int, choices: int) -> float:
    return round(total_words / WORDS_PER_MINUTE + choices * SECONDS_PER_CHOICE / 60, 1)


def screen_texts(scene: FormScene[Any]) -> list[str]:
    """What a reader reads on a screen: the title, the text panels, the cards' and buttons' labels."""
    from game.engine.widgets import TextPanel

    texts = [scene.title()]
    for w in scene.form.widgets:
        if w in scene.header_widgets:
            continue
        if isinstance(w, TextPanel):
            texts.append(w.text)
        elif w.focusable:
            texts.append(str(getattr(w, "label", "") or w.speech()))
    return texts


class ReadingBot(Autoplay):
    """The autoplay bot that also notes each screen's texts and counts its choices."""

    def __init__(self, seed: int, out: Path, mode: str) -> None:
        super().__init__(seed, out, mode=mode)
        self.seen: list[tuple[tuple[Any, ...], list[str]]] = []
        self.choices = 0
        self.scenes: list[object] = []  # kept alive, so no later screen gets an earlier one's id

    def before_update(self, app: App) -> None:
        """A choice is a move on anything but the footer's next, back and page buttons."""
        top = app.stack.top
        ready = not self.pending and self.awaiting is None and app.frame >= self.last_post + 2
        posted, moves = self.last_post, list[BotMove]()
        if ready and top is not None:
            choose = top.bot_choose

            def noted(rng: random.Random) -> BotMove:
                move = choose(rng)
                moves.append(move)
                return move

            top.__dict__["bot_choose"] = noted  # this frame only: the move the scene chose
        try:
            super().before_update(app)
        finally:
            if ready and top is not None:
                del top.__dict__["bot_choose"]
        target = moves[-1][0] if moves and isinstance(moves[-1], tuple) else moves[-1] if moves else None
        if ready and self.last_post != posted and getattr(target, "name", "") not in NAVIGATION:
            self.choices += 1

    def after_draw(self, app: App) -> None:
        from game.engine.scene import FormScene

        top = app.stack.top
        if isinstance(top, FormScene) and top.form.widgets:
            if top not in self.scenes:
                self.scenes.append(top)
            self.seen.append((self.screen_key(top), screen_texts(top)))
        super().after_draw(app)


def reading_run(mode: str, seed: int = 3) -> tuple[dict[tuple[Any, ...], int], int]:
    """Play a run (mode "play" or "coach") headless; each screen's words, and the choices made."""
    from game.app import App

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KOERS_DATA_DIR"] = str(Path(tmp) / "data")
        bot = ReadingBot(seed, Path(tmp) / "out", mode)
        app = App(size=(1280, 720), autoplay=bot)
        app.start()
        while app.running:
            app.step(0.0)
        if not bot.finished:
            raise RuntimeError(f"the {mode} run did not finish")
    return screen_words(bot.seen), bot.choices


def reading_figures(seed: int = 3, top: int = 0) -> dict[str, object]:
    """The estimates for the full run and the quick (coach) run, in minutes, with their words,
    screens and choices; with `top`, the screens that cost most words."""
    results: dict[str, object] = {}
    for name, mode in (("full", "play"), ("quick", "coach")):
        per_screen, choices = reading_run(mode, seed)
        total = sum(per_screen.values())
        results[f"reading_min.{name}"] = reading_minutes(total, choices)
        results[f"reading_words.{name}"] = total
        results[f"reading_screens.{name}"] = len(per_screen)
        results[f"reading_choices.{name}"] = choices
        if top:
            costly = sorted(per_screen.items(), key=lambda kv: -kv[1])[:top]
            names = (f"{k[1]}{'/' + str(k[2]) if k[2] else ''} {n}" for k, n in costly)  # step/page words
            results[f"reading_top.{name}"] = ", ".join(names)
    return results
