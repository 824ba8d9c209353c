"""How long a slow reader takes: the words of every distinct screen the autoplay bot saw, read
at 100 words a minute, plus 3 seconds for each choice: each answer given (a card, a face, a typed word, a button
that does something), not the footer's next, back and page buttons (issue 18's estimate, not a
timed test).

A screen's words are its title, its text panels and the labels of its cards and buttons (not
the header's icons, and not read-aloud's "you can choose from" list, which repeats the labels).
A screen seen more than once counts once, as the fullest it was (feedback that appears after a
choice counts; the results of a search typed letter by letter count once, as the longest list);
each page of a paged screen is a screen of its own. A text met again word for word on a later
screen (the footer's "Verder", a title over the pages of one story, the same cards on the next
question) is recognised, not read again: it counts the first time only. `raw` counts it on
every screen, for comparison."""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Hashable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

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


def screen_words(seen: Iterable[tuple[K, Sequence[str]]], raw: bool = False) -> dict[K, int]:
    """Each distinct screen's words; a text already read on an earlier screen counts 0 (unless raw)."""
    read: set[str] = set()
    out: dict[K, int] = {}
    for key, texts in distinct_screens(seen).items():
        new = [t for t in texts if raw or t.strip() not in read]
        read.update(t.strip() for t in texts)
        out[key] = count(new)
    return out


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
        elif getattr(w, "spoken", False):  # words on an indicator ("8 / 30") or chips (a heading, the cards' labels)
            texts += w.texts()  # type: ignore[attr-defined]
        elif w.focusable:
            texts.append(str(getattr(w, "label", "") or w.speech()))
    return texts


class ReadingBot(Autoplay):
    """The autoplay bot that also notes each screen's texts and counts its choices."""

    def __init__(self, seed: int, out: Path, mode: str, detours: bool = False, long_path: bool = False) -> None:
        super().__init__(seed, out, mode=mode)
        self.detours, self.long_path = detours, long_path
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
                move = self.as_reader(top, choose(rng))
                moves.append(move)
                return move

            top.__dict__["bot_choose"] = noted  # this frame only: the move the scene chose
        try:
            super().before_update(app)
        finally:
            if ready and top is not None:
                del top.__dict__["bot_choose"]
        target = moves[-1][0] if moves and isinstance(moves[-1], tuple) else moves[-1] if moves else None
        form = getattr(top, "form", None)
        if form is not None and target is not None and target not in form.focusable():
            target = None  # not on this page: the bot turns the page first (navigation), the choice comes later
        if ready and target is not None and self.last_post != posted and getattr(target, "name", "") not in NAVIGATION:
            self.choices += 1

    def as_reader(self, scene: Any, move: BotMove) -> BotMove:  # noqa: ANN401 - any screen
        """A slow reader takes the short path where the game offers one ("Kort: 30 vragen") and
        reads the sources only when asked (`detours`); otherwise the bot's own move."""
        target = move[0] if isinstance(move, tuple) else move
        if getattr(target, "name", "") == "how" and not self.detours:
            return cast("BotMove", scene.next_button)
        if scene.name == "interest_path" and not self.long_path:
            quick = scene.app.t("interest_path.quick")
            if scene.profile.interest_path != "quick":
                return cast("BotMove", next(w for w in scene.form.widgets if getattr(w, "label", "") == quick))
            return cast("BotMove", scene.next_button)
        return move

    def after_draw(self, app: App) -> None:
        from game.engine.scene import FormScene

        top = app.stack.top
        if isinstance(top, FormScene) and top.form.widgets:
            if top not in self.scenes:
                self.scenes.append(top)
            self.seen.append((self.screen_key(top), screen_texts(top)))
        super().after_draw(app)


def play(mode: str, seed: int = 3) -> tuple[list[tuple[tuple[Any, ...], list[str]]], int]:
    """Play a run (mode "play" or "coach") headless: the screens' texts as seen, and the choices made."""
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
    return bot.seen, bot.choices


def reading_run(mode: str, seed: int = 3, raw: bool = False) -> tuple[dict[tuple[Any, ...], int], int]:
    """Each screen's words in a run, and the choices made."""
    seen, choices = play(mode, seed)
    return screen_words(seen, raw), choices


def reading_figures(seed: int = 3, top: int = 0) -> dict[str, object]:
    """The estimates for the full run and the quick (coach) run, in minutes, with their words,
    screens and choices; with `top`, the screens that cost most words."""
    results: dict[str, object] = {}
    for name, mode in (("full", "play"), ("quick", "coach")):
        seen, choices = play(mode, seed)
        per_screen = screen_words(seen)
        total = sum(per_screen.values())
        results[f"reading_words_raw.{name}"] = sum(screen_words(seen, raw=True).values())
        results[f"reading_min.{name}"] = reading_minutes(total, choices)
        results[f"reading_words.{name}"] = total
        results[f"reading_screens.{name}"] = len(per_screen)
        results[f"reading_choices.{name}"] = choices
        if top:
            costly = sorted(per_screen.items(), key=lambda kv: -kv[1])[:top]
            names = (f"{k[1]}{'/' + str(k[2]) if k[2] else ''} {n}" for k, n in costly)  # step/page words
            results[f"reading_top.{name}"] = ", ".join(names)
    return results
