"""The profile as a portable JSON document (skills passport), with ESCO URIs."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.career import saves
from game.career.profile import Profile, interest_code
from game.career.schema import Content, OccupationRef
from game.engine.plain import SchemaError, from_plain

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
        "created": profile.created,
        "name": profile.name,
        "updated": profile.updated,
        "goal": profile.goal,
        "interests": {
            "scores": scores,
            "code": interest_code(scores),
            "path": profile.interest_path,
            "answers": dict(profile.interest_answers),
            "maximum": interest_max(content, profile.interest_path == "quick"),
        },
        "values": list(profile.values),
        "qualities": list(profile.qualities),
        "development_areas": list(profile.development_areas),
        "colleague_qualities": list(profile.colleague_qualities),
        "occupation": occupation(occ) if occ else None,
        "no_job": profile.no_job,
        "occupation_group": profile.occupation_group,
        "story_answers": dict(profile.story_answers),
        "route": profile.route,
        "options": [occupation(o) for o in (resolve(i) for i in profile.options) if o],
        "learn_groups": list(profile.learn_groups),
        "stage": profile.stage,
        "next_steps": list(profile.next_steps),
        "step_plans": {k: dict(v) for k, v in profile.step_plans.items()},
        "barriers": list(profile.barriers),
        "helper": profile.helper,
    }
    if profile.ratings_in_passport:  # the effect ratings stay on the device unless the player chose this
        passport["ratings"] = {"before": dict(profile.ratings_before), "after": dict(profile.ratings_after)}
    return passport


class PassportError(ValueError):
    """A passport file that cannot be imported; the message says why in one sentence."""


def from_passport(data: object) -> Profile:
    """A Profile from an exported passport (the written reflection is never in it)."""
    if not isinstance(data, dict) or data.get("format") != PASSPORT_FORMAT:
        raise PassportError("This is not a Koers skills passport.")
    version = data.get("version")
    if not isinstance(version, int) or version > PASSPORT_VERSION:
        raise PassportError("This passport comes from a newer version of Koers.")
    interests = data.get("interests") or {}
    occupation = data.get("occupation") or {}
    plain = {
        "created": data.get("created") or "",
        "name": data.get("name") or "",
        "step": "poster",
        "goal": data.get("goal"),
        "interest_path": interests.get("path") or "full",
        "interest_answers": interests.get("answers") or {},
        "values": data.get("values") or [],
        "qualities": data.get("qualities") or [],
        "development_areas": data.get("development_areas") or [],
        "colleague_qualities": data.get("colleague_qualities") or [],
        "occupation": occupation.get("id") if isinstance(occupation, dict) else None,
        "occupation_group": data.get("occupation_group"),
        "no_job": bool(data.get("no_job")),
        "story_answers": data.get("story_answers") or {},
        "route": data.get("route"),
        "options": [o.get("id") for o in data.get("options") or [] if isinstance(o, dict) and o.get("id")],
        "learn_groups": data.get("learn_groups") or [],
        "stage": data.get("stage"),
        "next_steps": data.get("next_steps") or [],
        "step_plans": data.get("step_plans") or {},
        "barriers": data.get("barriers") or [],
        "helper": data.get("helper") or "",
    }
    ratings = data.get("ratings")
    if isinstance(ratings, dict):  # only there when the player chose to put them in
        plain.update(ratings_before=ratings.get("before") or {}, ratings_after=ratings.get("after") or {})
        plain["ratings_in_passport"] = True
    try:
        profile = from_plain(Profile, {k: v for k, v in plain.items() if v is not None}, "passport")
    except SchemaError as exc:
        raise PassportError(f"This passport is damaged ({exc}).") from exc
    return profile


def import_file(path: str | os.PathLike[str]) -> str:
    """Import a passport file as the current profile; returns one sentence ("!" first on failure)."""
    try:
        profile = from_passport(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return f"! Could not read {path}: it is not a passport file."
    except PassportError as exc:
        return f"! {exc}"
    saves.save_profile(profile)
    return f"Imported {path}: choose 'continue' on the title screen to see the poster."


IMPORT_PROBLEMS = ("missing", "damaged", "not_passport", "newer")


def read_passport(data: bytes | None) -> tuple[Profile | None, str]:
    """A passport file's bytes as a Profile, or None and why it cannot be imported: one of
    IMPORT_PROBLEMS ("missing": there was no file, `data` None). The reason is "" on success."""
    if data is None:
        return None, "missing"
    ours = PASSPORT_FORMAT.encode() in data  # a cut-off passport still names its format
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None, "damaged" if ours else "not_passport"
    if not isinstance(parsed, dict) or parsed.get("format") != PASSPORT_FORMAT:
        return None, "not_passport"
    version = parsed.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        return None, "damaged"
    if version > PASSPORT_VERSION:
        return None, "newer"
    try:
        return from_passport(parsed), ""
    except (PassportError, AttributeError, TypeError, ValueError):  # a field of the wrong kind
        return None, "damaged"
