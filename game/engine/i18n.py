"""Texts by key from one file (game/assets/texts.json): each key holds its text in every
language side by side, so a new screen adds its texts in one place and a missing translation
shows. A missing key is shown visibly and recorded."""

from __future__ import annotations

import json

from game.engine import paths

LANGUAGES = ("nl", "en")


def load_tables() -> dict[str, dict[str, str]]:
    """language -> key -> text."""
    texts: dict[str, dict[str, str]] = json.loads(paths.TEXTS.read_text(encoding="utf-8"))
    return {code: {key: by_lang[code] for key, by_lang in texts.items() if code in by_lang} for code in LANGUAGES}


class Locale:
    def __init__(self, lang: str = "nl") -> None:
        self.tables = load_tables()
        self.lang = lang if lang in LANGUAGES else "nl"
        self.missing: set[str] = set()

    def t(self, key: str, **values: object) -> str:
        text = self.tables[self.lang].get(key)
        if text is None:
            self.missing.add(f"{self.lang}:{key}")
            return f"[[{key}]]"
        return text.format(**values) if values else text
