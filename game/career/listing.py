"""A list in the player's words: "a, b en c"."""

from __future__ import annotations

from collections.abc import Callable


def join(words: list[str], t: Callable[..., str]) -> str:
    """ "a, b en c" (the last "and" from the texts, `feedback.and`); one word alone; "" for none."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + t("feedback.and") + words[-1]
