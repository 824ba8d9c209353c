"""The player's profile and earlier checks, saved on the device (through the engine's storage).
An older profile is migrated; one that does not fit is set aside, and the player is told. Values
that do not make sense (`plain.read`, the meanings declared on Profile) are left out: the save as
it was is kept aside, and the player is told."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from game.career import revisit
from game.career.profile import PROFILE_VERSION, Profile
from game.engine import storage
from game.engine.plain import SchemaError, read, to_plain

if TYPE_CHECKING:
    from game.career.schema import Content

PROFILE = "profile"
HISTORY = "history"


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added the effect ratings and the next check (empty by default). A check finished
    before then gets its next check three months after it was last changed, as a new one would:
    saving the migrated profile changes that moment, so it is written down now."""
    last = revisit.parse_date(data.get("updated", ""))
    if data.get("step") == revisit.FINISHED and not data.get("next_check") and last is not None:
        data["next_check"] = revisit.add_months(last, revisit.DEFAULT_MONTHS).isoformat()
    data["version"] = 2
    return data


# version -> function that turns that version's profile dict into the next version's.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


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


def load_profile(known: Content | None = None) -> tuple[Profile | None, str | None]:
    """The saved profile (its ids checked against `known`, the content) and a notice key."""
    data, notice = storage.read(PROFILE)
    if data is None:
        return None, notice
    try:
        if not isinstance(data, dict):
            raise SchemaError("not a mapping")
        old_version = data.get("version")
        profile, notes = read(Profile, migrate(data), known, "profile")
    except SchemaError:
        storage.set_aside(PROFILE)
        return None, "notice.save_old" if _is_newer(data) else "notice.save_corrupt"
    if notes:
        storage.set_aside(PROFILE)  # the save as it was, kept
        save_profile(profile)
        return profile, "notice.save_repaired"
    if old_version != PROFILE_VERSION:
        save_profile(profile)
        return profile, "notice.save_migrated"
    return profile, None


def _is_newer(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("version"), int) and data["version"] > PROFILE_VERSION


def save_profile(profile: Profile, touch: bool = True, force: bool = False) -> None:
    """Save; `touch=False` keeps the moment it last changed (a finished check keeps its date).
    Raises storage.SaveChanged when another window saved a check meanwhile (unless `force`)."""
    if touch:
        profile.touch()
    storage.write(PROFILE, to_plain(profile), force)


def load_history(known: Content | None = None) -> list[Profile]:
    """Earlier finished checks, newest last; a broken history is set aside like any save, and
    a check in it that does not fit is left out (what does not make sense in one, too)."""
    data, _ = storage.read(HISTORY)
    if not isinstance(data, list):
        return []
    out = []
    for item in data:
        try:
            if not isinstance(item, dict):
                raise SchemaError("not a mapping")
            out.append(read(Profile, migrate(item), known, "history")[0])
        except SchemaError:
            continue
    return out


def add_to_history(profile: Profile, keep: int = 5) -> None:
    items = [to_plain(p) for p in load_history()][-(keep - 1) :] + [to_plain(profile)]
    storage.write(HISTORY, items)
