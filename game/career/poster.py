"""What goes on the profile poster, in words and pictograms: worked out here without pygame
(tested without a window); game/scenes/poster_art.py only lays it out and draws it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from game.career.listing import capital
from game.career.passport import interest_letters, interest_max
from game.career.profile import Profile, interest_code
from game.career.revisit import day_text, parse_date
from game.career.schema import RIASEC, Content, OccupationRef, Text

Item = tuple[str, str]  # (label, pictogram name; "" for none)


@dataclass
class Section:
    title: str
    items: list[Item]


@dataclass
class PosterContent:
    heading: str
    subheading: str
    left: list[Section]  # strengths, to grow in, values, next steps
    interests_title: str
    scores: dict[str, int]
    maxima: dict[str, int]
    code_line: str
    code_letters: list[str]  # "Praktisch: met je handen en met dingen", ..., the strongest first
    corner_words: list[str]  # the hexagon's corners in words, in RIASEC order ("Praktisch", ...)
    right: list[Section] = field(default_factory=list)  # the job, options, skills to grow
    outlook: str = ""  # under the job: its outlook in plain words, with sources
    empty: str = ""  # what an empty section says
    footer: str = ""


@dataclass(frozen=True)
class PosterWords:
    """What the poster needs from the game: texts and lookups."""

    t: Callable[..., str]
    text: Callable[[Text | None], str]
    resolve: Callable[[str | None], OccupationRef | None]
    group_label: Callable[[str], str] = lambda g: g  # ESCO skill group id -> words
    outlook: Callable[[str | None], str] = lambda key: ""  # occupation -> its outlook in plain words
    shared_with: Callable[[str | None, str], str] = lambda key, other: ""  # skill groups both share
    routes: Callable[[str | None], list[str]] = lambda key: []  # occupation -> its steps into the work, sourced


def poster_content(
    profile: Profile, content: Content, words: PosterWords, scores: dict[str, int] | None = None
) -> PosterContent:
    t, text = words.t, words.text

    def cards(group: str, ids: list[str]) -> list[Item]:
        found = (content.card(group, i) for i in ids)
        return [(text(card.text), card.picto) for card in found if card]

    heading = t("poster.heading") + (f" · {profile.name}" if profile.name.strip() else "")
    date = day_text(parse_date(profile.updated), t)
    goal = content.card("goals", profile.goal)
    parts = ([t("poster.date", date=date)] if date else []) + ([text(goal.text)] if goal else [])
    subheading = "  ·  ".join(parts)

    values = [(f"{n}. {label}", picto) for n, (label, picto) in enumerate(cards("values", profile.values), 1)]
    steps: list[Item] = []
    stage = content.card("stages", profile.stage)
    if stage:
        steps.append((text(stage.text), stage.picto))
    for step_id in profile.next_steps:
        card = content.card("steps", step_id)
        if card is None:
            continue
        plan = profile.step_plans.get(step_id, {})
        chosen = (content.card(f"plan_{q}", plan.get(q)) for q in ("when", "who"))
        details = [text(c.text).lower() for c in chosen if c]
        steps.append((text(card.text) + (f" ({', '.join(details)})" if details else ""), card.picto))
    if profile.helper.strip():
        steps.append((t("poster.help", name=profile.helper.strip()), "handshake"))
    next_check = parse_date(profile.next_check)
    if next_check:  # the return visit: the date the player picked
        steps.append((t("poster.next_check", date=day_text(next_check, t)), "calendar"))
    left = [
        Section(t("poster.strengths"), cards("qualities", profile.qualities)),
        Section(t("poster.develop"), cards("qualities", profile.development_areas)),
        Section(t("poster.values"), values),
        Section(t("poster.steps"), steps),
    ]

    scores = scores if scores is not None else profile.interest_scores(interest_letters(content))
    code = interest_code(scores)
    occ = words.resolve(profile.occupation)
    job: list[Item] = [(capital(text(occ.title)), occ.picto)] if occ else []
    if profile.no_job:
        job = [(t("job.none"), "house")]
    right = [Section(t("poster.job"), job)]
    options: list[Item] = []
    for key in profile.options:
        other = words.resolve(key)
        if other is None:
            continue
        shared = words.shared_with(profile.occupation, key)
        label = capital(text(other.title)) + (f" ({t('poster.shared', groups=shared)})" if shared else "")
        options.append((label, other.picto))
    if options or not profile.learn_groups:
        right.append(Section(t("poster.options"), options))
    if profile.learn_groups:
        right.append(Section(t("poster.grow"), [(words.group_label(g), "book") for g in profile.learn_groups]))
    return PosterContent(
        heading=heading,
        subheading=subheading,
        left=left,
        interests_title=t("poster.interests"),
        scores=scores,
        maxima=interest_max(content, profile.interest_path == "quick"),
        code_line=t("poster.code", code=code) if code else t("poster.no_code"),
        code_letters=[t(f"riasec.{letter}") for letter in code],
        corner_words=[t(f"riasec.{letter}").split(":")[0] for letter in RIASEC],
        right=right,
        outlook=words.outlook(profile.occupation) if occ else "",
        empty=t("poster.empty"),
        footer=t("poster.footer"),
    )
