"""The profile as a portable JSON document (skills passport), with ESCO URIs."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.career import saves
from game.career.content import ContentError, load_content
from game.career.profile import Profile, interest_code
from game.career.schema import Content, OccupationRef
from game.engine.plain import read, to_plain

PASSPORT_FORMAT = "koers-passport"
PASSPORT_VERSION = 1


def interest_letters(content: Content) -> dict[str, str]:
    return {item.id: item.letter for item in content.interests}


def interest_max(content: Content, quick: bool = False) -> dict[str, int]:
    """The highest possible score per letter (4 points per activity on the chosen path)."""
    maxima: dict[str, int] = {}
    for item in content.interests:
        if item.quick or not quick:
            maxima[item.letter] = maxima.get(item.letter, 0) + 4
    return maxima


# the passport's fields that are the profile's own, copied as they are (what they mean is
# declared once, on Profile, and checked when a passport is read)
COPIED = (
    "created",
    "name",
    "goal",
    "values",
    "qualities",
    "development_areas",
    "colleague_qualities",
    "no_job",
    "occupation_group",
    "story_answers",
    "route",
    "learn_groups",
    "stage",
    "next_steps",
    "step_plans",
    "barriers",
    "helper",
    "sheet_hidden",  # what the player left off the conversation sheet stays off it for the coach
)


def to_passport(
    profile: Profile, content: Content, resolve: Callable[[str | None], OccupationRef | None]
) -> dict[str, Any]:
    """`resolve` turns what the profile stores into an occupation (App.occupation)."""
    scores = profile.interest_scores(interest_letters(content))
    occ = resolve(profile.occupation)

    def occupation(o: OccupationRef) -> dict[str, object]:
        return {"id": o.key, "esco_uri": o.esco_uri, "isco": o.isco, "title": {"nl": o.title.nl, "en": o.title.en}}

    passport = {
        "format": PASSPORT_FORMAT,
        "version": PASSPORT_VERSION,
        "updated": profile.updated,
        **{name: to_plain(getattr(profile, name)) for name in COPIED},
        "interests": {
            "scores": scores,
            "code": interest_code(scores),
            "path": profile.interest_path,
            "answers": dict(profile.interest_answers),
            "maximum": interest_max(content, profile.interest_path == "quick"),
        },
        "occupation": occupation(occ) if occ else None,
        "options": [occupation(o) for o in (resolve(i) for i in profile.options) if o],
    }
    if profile.ratings_in_passport:  # the effect ratings stay on the device unless the player chose this
        passport["ratings"] = {"before": dict(profile.ratings_before), "after": dict(profile.ratings_after)}
    return passport


class PassportError(ValueError):
    """A passport file that cannot be imported; the message says why in one sentence, and
    `reason` says it for a screen: "missing", "unreadable", "not_passport", "newer" or "damaged"."""

    def __init__(self, message: str, reason: str = "damaged") -> None:
        super().__init__(message)
        self.reason = reason


def read_passport(data: object, known: Content | None = None) -> tuple[Profile, list[str]]:
    """A Profile from an exported passport (the written reflection is never in it), and notes on
    what was left out because it did not fit or made no sense against `known` (the content).
    Raises PassportError when it is not a Koers passport, or one from a newer version."""
    if not isinstance(data, dict) or data.get("format") != PASSPORT_FORMAT:
        raise PassportError("This is not a Koers skills passport.", "not_passport")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PassportError("This passport is damaged (its version is not a number).")
    if version > PASSPORT_VERSION:
        raise PassportError("This passport comes from a newer version of Koers.", "newer")
    notes: list[str] = []

    def part(name: str) -> dict[str, Any]:
        value = data.get(name)
        if isinstance(value, dict):
            return value
        if value is not None:
            notes.append(f"passport.{name}: expected a mapping")
        return {}

    interests = part("interests")
    occupation = part("occupation")
    options = data.get("options")
    plain = {name: data[name] for name in COPIED if data.get(name) is not None}
    plain.update(
        {
            "step": "poster",
            "interest_path": interests.get("path"),
            "interest_answers": interests.get("answers"),
            "occupation": occupation.get("id"),
            "options": [o.get("id") for o in options if isinstance(o, dict)] if isinstance(options, list) else None,
        }
    )
    ratings = data.get("ratings")
    if isinstance(ratings, dict):  # only there when the player chose to put them in
        plain.update(ratings_before=ratings.get("before"), ratings_after=ratings.get("after"))
        plain["ratings_in_passport"] = True
    profile, dropped = read(Profile, {k: v for k, v in plain.items() if v is not None}, known, "passport")
    return profile, notes + dropped


def from_passport(data: object, known: Content | None = None) -> Profile:
    """`read_passport`, without the notes."""
    return read_passport(data, known)[0]


def read_file(path: str | os.PathLike[str], known: Content | None = None) -> tuple[Profile, list[str]]:
    """`read_passport` of a file; PassportError (with its reason) when it cannot be read."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PassportError(f"There is no file {path}.", "missing") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PassportError(f"Could not read {path}: it is not a passport file.", "unreadable") from exc
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise PassportError(f"Could not read {path}: it is not a passport file.", "damaged") from exc
    return read_passport(data, known)


def import_file(path: str | os.PathLike[str], t: Callable[..., str]) -> str:
    """Import a passport file as the current profile (`python -m game --import`); returns what
    happened in the player's words (`t`: the player's language), "!" first on failure."""
    try:
        known = load_content()
    except ContentError:
        known = None  # the ids are not checked then; the game shows its error screen anyway
    try:
        profile, notes = read_file(path, known)
    except PassportError as exc:
        why = {"missing": "import.missing", "newer": "import.newer", "damaged": "import.damaged"}
        return f"! {t(why.get(exc.reason, 'import.not_passport'))} {t('import.kept')}"
    saves.save_profile(profile, force=True)  # the player asked for it: this is the check now
    left_out = f" {t('import.left_out', n=len(notes))}" if notes else ""
    return f"{t('import.done')}{left_out}"


IMPORT_PROBLEMS = ("missing", "damaged", "not_passport", "newer")


def import_bytes(data: bytes | None, known: Content | None = None) -> tuple[Profile | None, str]:
    """A passport file's bytes (the import screen's file) as a Profile, or None and why it cannot
    be imported: one of IMPORT_PROBLEMS ("missing": there was no file, `data` None); "" on
    success. What does not make sense in a good passport is left out (`read_passport`)."""
    if data is None:
        return None, "missing"
    ours = PASSPORT_FORMAT.encode() in data  # a cut-off passport still names its format
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None, "damaged" if ours else "not_passport"
    try:
        return read_passport(parsed, known)[0], ""
    except PassportError as exc:
        return None, exc.reason if exc.reason in IMPORT_PROBLEMS else "damaged"
