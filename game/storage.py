"""Saves settings and the profile through the bridge. A bad save never crashes the game:
it is set aside (not deleted), the player gets one plain sentence, and the game starts fresh
or migrates an older version."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import bridge
from .profile import PROFILE_VERSION, Profile
from .schema import SchemaError, from_plain, to_plain

PROFILE = "profile"
SETTINGS = "settings"
TEXT_SCALES = (1.0, 1.25, 1.5)

# version -> function that turns that version's profile dict into the next version's.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


@dataclass
class Settings:
    lang: str = "nl"
    text_scale: float = 1.0
    high_contrast: bool = False
    auto_read: bool = False


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _read(name: str) -> tuple[Any, str | None]:
    """Parsed JSON of a save, or (None, notice key) when it had to be set aside."""
    try:
        text = bridge.load(name)
    except (OSError, UnicodeDecodeError):
        bridge.set_aside(name, _stamp())
        return None, "notice.save_unreadable"
    if text is None:
        return None, None
    try:
        return json.loads(text), None
    except json.JSONDecodeError:
        bridge.set_aside(name, _stamp())
        return None, "notice.save_corrupt"


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("version")
    if not isinstance(version, int):
        raise SchemaError("version: missing")
    while version < PROFILE_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SchemaError(f"version {version}: no migration")
        data = step(dict(data))
        version = data["version"]
    if version > PROFILE_VERSION:
        raise SchemaError(f"version {version}: newer than this game")
    return data


def load_profile() -> tuple[Profile | None, str | None]:
    data, notice = _read(PROFILE)
    if data is None:
        return None, notice
    try:
        if not isinstance(data, dict):
            raise SchemaError("not a mapping")
        old_version = data.get("version")
        profile = from_plain(Profile, migrate(data), "profile")
    except SchemaError:
        bridge.set_aside(PROFILE, _stamp())
        return None, "notice.save_old" if _is_newer(data) else "notice.save_corrupt"
    if old_version != PROFILE_VERSION:
        save_profile(profile)
        return profile, "notice.save_migrated"
    return profile, None


def _is_newer(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("version"), int) and data["version"] > PROFILE_VERSION


def save_profile(profile: Profile) -> None:
    profile.touch()
    bridge.save(PROFILE, json.dumps(to_plain(profile), ensure_ascii=False, sort_keys=True))


def load_settings() -> tuple[Settings, str | None]:
    data, notice = _read(SETTINGS)
    if data is None:
        return Settings(), notice
    try:
        settings = from_plain(Settings, data, "settings")
        if settings.text_scale not in TEXT_SCALES or settings.lang not in ("nl", "en"):
            raise SchemaError("out of range")
    except SchemaError:
        bridge.set_aside(SETTINGS, _stamp())
        return Settings(), "notice.settings_reset"
    return settings, None


def save_settings(settings: Settings) -> None:
    bridge.save(SETTINGS, json.dumps(to_plain(settings), sort_keys=True))


HISTORY = "history"


def delete_all() -> None:
    """Everything Koers stored on this device: answers, settings, history, saves set aside."""
    bridge.remove_all()


def load_history() -> list[Profile]:
    """Earlier finished checks, newest last; a broken history is set aside like any save."""
    data, _ = _read(HISTORY)
    if not isinstance(data, list):
        return []
    out = []
    for item in data:
        try:
            out.append(from_plain(Profile, migrate(item), "history"))
        except SchemaError:
            continue
    return out


def add_to_history(profile: Profile, keep: int = 5) -> None:
    items = [to_plain(p) for p in load_history()][-(keep - 1) :] + [to_plain(profile)]
    bridge.save(HISTORY, json.dumps(items, ensure_ascii=False, sort_keys=True))
