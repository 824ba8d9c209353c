"""The conversation sheet ("gesprekskaart"): what a player brings to a first talk with a career
coach, only the parts the player chose to share, plus questions for the coach per ingredient.
Pure: no window (game/scenes/sheet_art.py draws it).

The parts reuse the poster's words (game/career/poster.py): a thing is said once."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.career.listing import capital
from game.career.poster import PosterWords, poster_content
from game.career.profile import SHEET_PARTS, Profile, interest_code
from game.career.schema import Content

PARTS = SHEET_PARTS  # declared with the profile's field that switches them off
INGREDIENTS = ("written", "meaning", "facts", "models", "network")  # the five that make guidance work


@dataclass
class SheetPart:
    id: str
    title: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Sheet:
    heading: str
    intro: str
    parts: list[SheetPart]
    coach_title: str
    coach: list[str]  # one question per ingredient, for the coach
    footer: str


QUICK_LEAVES_OUT = ("strengths", "learn", "barriers")  # the quick check does not ask these


def available(profile: Profile) -> list[str]:
    """The parts a sheet can hold for this check: the quick check's leave out what it never
    asked, unless the player has it from earlier."""
    asked = {"strengths": profile.qualities, "learn": profile.development_areas, "barriers": profile.barriers}
    return [p for p in PARTS if not (profile.quick and p in QUICK_LEAVES_OUT and not asked[p])]


def sheet(
    profile: Profile,
    content: Content,
    words: PosterWords,
    shared: set[str] | None = None,
    scores: dict[str, int] | None = None,
) -> Sheet:
    """The sheet with the parts in `shared` (all of PARTS when None); an empty part says so.
    `scores`: the interest scores when the profile has no answers (a share link carries scores)."""
    t, text = words.t, words.text
    shown = set(PARTS) - set(profile.sheet_hidden) if shared is None else shared
    poster = poster_content(profile, content, words, scores)

    def cards(group: str, ids: list[str]) -> list[str]:
        return [text(c.text) for c in (content.card(group, i) for i in ids) if c]

    job = [label for label, _ in poster.right[0].items] if poster.right else []
    if poster.outlook:
        job.append(poster.outlook)
    if job and not profile.no_job:  # how one gets into this work, with the sources' publishers
        job += words.routes(profile.occupation)
    stage = content.card("stages", profile.stage)
    stage_lines = [text(stage.text), t(f"sheet.stage.{stage.id}")] if stage else []
    barriers = [
        f"{text(card.text)}: {t(f'sheet.support.{card.id}')}"
        for card in (content.card("barriers", b) for b in profile.barriers)
        if card
    ]
    steps = [label for label, _ in poster.left[3].items]
    lines = {
        "interests": [capital(t(f"riasec.short.{x}")) for x in interest_code(poster.scores)],
        "values": [label for label, _ in poster.left[2].items],
        "strengths": cards("qualities", profile.qualities),
        "learn": cards("qualities", profile.development_areas),
        "job": job,
        "stage": stage_lines,
        "barriers": barriers,
        "step": [s for s in steps if not stage or s != text(stage.text)],
        "notes": [],
    }
    # a share link does not say what the player left off, so an empty part from one says both
    empty = [t("sheet.empty_link" if scores is not None else "sheet.empty")]
    parts = [
        SheetPart(part, t(f"sheet.part.{part}"), lines[part] or ([] if part == "notes" else empty))
        for part in available(profile)
        if part in shown
    ]
    name = profile.name.strip()
    return Sheet(
        heading=t("sheet.heading") + (f" · {name}" if name and "name" not in profile.sheet_hidden else ""),
        intro=t("sheet.intro"),
        parts=parts,
        coach_title=t("sheet.coach_title"),
        coach=[t(f"sheet.coach.{i}") for i in INGREDIENTS],
        footer=t("sheet.footer"),
    )


# the passport's fields behind each part of the sheet (game/career/passport.py); "name" is the heading's.
# Only what the part shows: the work the player marked and the skill groups to grow are not on
# the sheet, so they never leave with it
PASSPORT_FIELDS = {
    "interests": ("interests",),
    "values": ("values",),
    "strengths": ("qualities", "colleague_qualities"),
    "learn": ("development_areas",),
    "job": ("occupation", "occupation_group", "no_job"),
    "stage": ("stage",),
    "barriers": ("barriers",),
    "step": ("next_steps", "step_plans", "helper"),
    "name": ("name",),
}
PASSPORT_KEPT = ("format", "version", "created", "updated", "sheet_hidden")  # what makes it a passport


def shown_parts(profile: Profile) -> set[str]:
    """The parts (and "name") the player left on: what may leave the sheet's screen."""
    return (set(available(profile)) | {"name"}) - set(profile.sheet_hidden)


def sheet_passport(passport: dict[str, object], profile: Profile) -> dict[str, object]:
    """The passport for the coach, from the sheet's screen: only the fields of the parts the
    player left on (and what makes it a passport); nothing else of the check goes with it."""
    fields = {f for part in shown_parts(profile) for f in PASSPORT_FIELDS.get(part, ())} | set(PASSPORT_KEPT)
    return {key: value for key, value in passport.items() if key in fields}


# the share link's fields (game/career/share.py: CARRIES, and "c", "s", "dt") behind each part,
# as PASSPORT_FIELDS does for the passport; what is not on the sheet never goes (SHARE_LEFT_OUT)
SHARE_FIELDS = {
    "interests": ("c", "s"),
    "values": ("v",),
    "strengths": ("q",),
    "learn": ("d",),
    "job": ("o",),
    "stage": ("st",),
    "step": ("ns",),
    "name": ("n",),
}
SHARE_KEPT = ("dt",)  # the date of the check
SHARE_LEFT_OUT = ("g", "op", "lg")  # the goal, the marked work, the groups to grow: not on the sheet


def sheet_share_fields(fields: dict[str, object], profile: Profile) -> dict[str, object]:
    """The share link for the coach, from the sheet's screen: of the link's fields
    (`share.fields_from_profile`), only those of the parts the player left on."""
    kept = {f for part in shown_parts(profile) for f in SHARE_FIELDS.get(part, ())} | set(SHARE_KEPT)
    return {key: value for key, value in fields.items() if key in kept}
