"""The profile as a portable JSON document (skills passport), with ESCO URIs."""

from __future__ import annotations

from collections.abc import Callable

from .profile import Profile, interest_code
from .schema import Content, OccupationRef

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


def to_passport(profile: Profile, content: Content, resolve: Callable[[str | None], OccupationRef | None]) -> dict:
    """`resolve` turns what the profile stores into an occupation (App.occupation)."""
    scores = profile.interest_scores(interest_letters(content))
    occ = resolve(profile.occupation)

    def occupation(o):
        return {"id": o.key, "esco_uri": o.esco_uri, "isco": o.isco, "title": {"nl": o.title.nl, "en": o.title.en}}

    return {
        "format": PASSPORT_FORMAT,
        "version": PASSPORT_VERSION,
        "created": profile.created,
        "updated": profile.updated,
        "goal": profile.goal,
        "interests": {
            "scores": scores,
            "code": interest_code(scores),
            "path": profile.interest_path,
            "maximum": interest_max(content, profile.interest_path == "quick"),
        },
        "values": list(profile.values),
        "qualities": list(profile.qualities),
        "development_areas": list(profile.development_areas),
        "colleague_qualities": list(profile.colleague_qualities),
        "occupation": occupation(occ) if occ else None,
        "no_job": profile.no_job,
        "story_answers": dict(profile.story_answers),
        "route": profile.route,
        "options": [occupation(o) for o in (resolve(i) for i in profile.options) if o],
        "learn_groups": list(profile.learn_groups),
        "stage": profile.stage,
        "next_steps": list(profile.next_steps),
    }
