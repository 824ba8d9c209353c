"""Saves through the bridge, and the player's settings. A bad save never crashes the game: it is
set aside (not deleted), and the caller gets a notice key for one plain sentence.

Two windows (or the game and `--import`) may share the saves. Each remembers what it last read
or wrote under a name; a write that finds something else stored there raises SaveChanged
instead of overwriting a newer save without a word (the caller asks the player)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from game.engine import bridge, plain
from game.engine.plain import SchemaError, means, one_of, to_plain

SETTINGS = "settings"
TEXT_SCALES = (1.0, 1.25, 1.5)
LANGUAGES = ("nl", "en")


@dataclass
class Settings:
    lang: str = field(default="nl", metadata=means(one_of(*LANGUAGES)))
    text_scale: float = field(default=1.0, metadata=means(one_of(*TEXT_SCALES)))
    high_contrast: bool = False
    auto_read: bool = False


class SaveChanged(Exception):
    """The save was changed by another window since this one last read or wrote it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


_UNKNOWN = object()
_seen: dict[tuple[str, str], object] = {}  # (folder, name) -> the text this window last read or wrote


def _where(name: str) -> tuple[str, str]:
    return ("" if bridge.is_web else str(bridge.data_dir()), name)


def stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def read(name: str) -> tuple[Any, str | None]:
    """Parsed JSON of a save, or (None, notice key) when it had to be set aside."""
    try:
        text = bridge.load(name)
    except (OSError, UnicodeDecodeError):
        set_aside(name)
        return None, "notice.save_unreadable"
    _seen[_where(name)] = text
    if text is None:
        return None, None
    try:
        return json.loads(text), None
    except (json.JSONDecodeError, RecursionError):
        set_aside(name)
        return None, "notice.save_corrupt"


def set_aside(name: str) -> str:
    """Keep the save under another name (not deleted); nothing is stored under `name` then."""
    new_name = bridge.set_aside(name, stamp())
    _seen[_where(name)] = None
    return new_name


def changed(name: str) -> bool:
    """Another window stored something else under `name` since this one last read or wrote it."""
    seen = _seen.get(_where(name), _UNKNOWN)
    if seen is _UNKNOWN:
        return False
    try:
        return bridge.load(name) != seen
    except (OSError, UnicodeDecodeError):
        return True


def write(name: str, data: Any, force: bool = False) -> None:
    """Store `data` under `name`; raises SaveChanged when another window saved there meanwhile
    (unless `force`: the player chose to keep this window's)."""
    if not force and changed(name):
        raise SaveChanged(name)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    bridge.save(name, text)
    _seen[_where(name)] = text


def load_settings() -> tuple[Settings, str | None]:
    data, notice = read(SETTINGS)
    if data is None:
        return Settings(), notice
    try:
        settings, notes = plain.read(Settings, data, path="settings")
    except SchemaError:
        notes = ["settings: not a mapping"]
        settings = Settings()
    if notes:
        set_aside(SETTINGS)
        return settings, "notice.settings_reset"
    return settings, None


def save_settings(settings: Settings) -> None:
    """The settings: the last window to change them wins."""
    write(SETTINGS, to_plain(settings), force=True)


def delete_all() -> None:
    """Everything stored on this device: answers, settings, history, saves set aside."""
    bridge.remove_all()
    _seen.clear()
