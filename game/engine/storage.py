"""Saves through the bridge, and the player's settings. A bad save never crashes the game: it is
set aside (not deleted), and the caller gets a notice key for one plain sentence."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from game.engine import bridge
from game.engine.plain import SchemaError, from_plain, to_plain

SETTINGS = "settings"
TEXT_SCALES = (1.0, 1.25, 1.5)
LANGUAGES = ("nl", "en")


@dataclass
class Settings:
    lang: str = "nl"
    text_scale: float = 1.0
    high_contrast: bool = False
    auto_read: bool = False


def stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def read(name: str) -> tuple[Any, str | None]:
    """Parsed JSON of a save, or (None, notice key) when it had to be set aside."""
    try:
        text = bridge.load(name)
    except (OSError, UnicodeDecodeError):
        bridge.set_aside(name, stamp())
        return None, "notice.save_unreadable"
    if text is None:
        return None, None
    try:
        return json.loads(text), None
    except json.JSONDecodeError:
        bridge.set_aside(name, stamp())
        return None, "notice.save_corrupt"


def write(name: str, data: Any) -> None:
    bridge.save(name, json.dumps(data, ensure_ascii=False, sort_keys=True))


def load_settings() -> tuple[Settings, str | None]:
    data, notice = read(SETTINGS)
    if data is None:
        return Settings(), notice
    try:
        settings = from_plain(Settings, data, "settings")
        if settings.text_scale not in TEXT_SCALES or settings.lang not in LANGUAGES:
            raise SchemaError("out of range")
    except SchemaError:
        bridge.set_aside(SETTINGS, stamp())
        return Settings(), "notice.settings_reset"
    return settings, None


def save_settings(settings: Settings) -> None:
    write(SETTINGS, to_plain(settings))


def delete_all() -> None:
    """Everything stored on this device: answers, settings, history, saves set aside."""
    bridge.remove_all()
