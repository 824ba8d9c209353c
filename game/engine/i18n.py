"""Texts by key from per-language JSON files. A missing key is shown visibly and recorded."""

from __future__ import annotations

import json

from game.engine import paths

LANGUAGES = ("nl", "en")


class Locale:
    def __init__(self, lang: str = "nl") -> None:
        self.tables: dict[str, dict[str, str]] = {
            code: json.loads((paths.LOCALES / f"{code}.json").read_text(encoding="utf-8")) for code in LANGUAGES
        }
        self.lang = lang if lang in LANGUAGES else "nl"
        self.missing: set[str] = set()

    def t(self, key: str, **values: object) -> str:
        text = self.tables[self.lang].get(key)
        if text is None:
            self.missing.add(f"{self.lang}:{key}")
            return f"[[{key}]]"
        return text.format(**values) if values else text
