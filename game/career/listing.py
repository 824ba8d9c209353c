"""Words as the player reads them: a list ("a, b en c") and a title with its capital."""

from __future__ import annotations

from collections.abc import Callable


def join(words: list[str], t: Callable[..., str]) -> str:
    """ "a, b en c" (the last "and" from the texts, `feedback.and`); one word alone; "" for none."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + t("feedback.and") + words[-1]


def capital(text: str) -> str:
    """`text` with a capital first letter and the rest as it is: "ICT-operationsmanager" stays
    so (str.capitalize lowers the rest: "Ict-operationsmanager")."""
    return text[:1].upper() + text[1:]
