"""The one content schema: stdlib dataclasses.

The game loads `game/assets/content.json` into these classes with `from_plain`
(standard library only, so it runs in the browser). At build time
`tools.content_build` validates the YAML under `content/` against the very
same classes with pydantic's `TypeAdapter`, so there is one definition only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

RiasecLetter = Literal["R", "I", "A", "S", "E", "C"]
RIASEC: tuple[str, ...] = ("R", "I", "A", "S", "E", "C")


@dataclass(frozen=True)
class Text:
    """A text in Dutch (first) and English."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class TextList:
    nl: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Card:
    """A choice with a pictogram: a goal, a value, a quality, a step, a stage."""

    id: str
    picto: str
    text: Text
    explain: Text | None = None
    tags: list[str] = field(default_factory=list)  # e.g. the routes a step fits


@dataclass(frozen=True)
class InterestItem:
    """One activity of the O*NET Interest Profiler Short Form (`item` is its number there)."""

    id: str
    item: int
    letter: RiasecLetter
    picto: str
    text: Text
    quick: bool = False  # part of the 30-item quick path


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    publisher: str
    url: str
    year: int
    licence: str
    limitation: Text
    method: Text | None = None
    currency_note: Text | None = None  # why figures older than the audit's limit are still shown
    title: Text | None = None  # the name in the player's language (name: the official one)
    by: Text | None = None  # the publisher in the player's language
    terms: Text | None = None  # the licence in plain words (licence: its official name)
    short: Text | None = None  # the publisher's short name, for the grey line under a figure


@dataclass(frozen=True)
class Figure:
    """One labour-market figure with its source. When it is missing, `value` and `label`
    are None and `missing` names the reason (a key of `LmiData.reasons`)."""

    kind: str  # employees, wage_p25, wage_p50, wage_p75, automation_risk, riasec, job_zone, education
    source: str  # a Source id
    year: int | None = None
    value: float | None = None
    unit: str = ""
    label: str | None = None  # a categorical value: "RSC", "High risk", ...
    scope: str = ""  # what the figure is about when that is not the occupation itself, e.g. "brc:0634"
    missing: str | None = None


@dataclass(frozen=True)
class Occupation:
    id: str
    esco_uri: str
    isco: str
    picto: str
    title: Text
    description: Text
    synonyms: TextList = field(default_factory=TextList)
    figures: list[Figure] = field(default_factory=list)


@dataclass(frozen=True)
class SkillGroup:
    """An ESCO skill group used to show skills in plain words (Dutch label from ESCO nl)."""

    id: str  # ESCO code, e.g. "S1.2" or "isced-f:041"
    uri: str
    label: Text  # in the worker's words (content/lmi/skill_words.yaml)
    esco_label: Text | None = None  # ESCO's own label of the group
    knowledge: bool = False  # a field of knowledge: never shown as "you can already"


@dataclass(frozen=True)
class SkillLabel:
    """One concrete ESCO skill that travels across sectors, in the worker's words (only skills
    with a phrase in content/lmi/skill_words.yaml and a Dutch label in ESCO)."""

    id: str  # the ESCO skill UUID
    label: Text  # in the worker's words (content/lmi/skill_words.yaml, `skills`)
    esco_label: Text | None = None  # ESCO's own label of the skill


@dataclass(frozen=True)
class GroupShare:
    """How many of an occupation's essential and optional skills fall in one skill group."""

    group: int  # index into LmiData.groups
    essential: int
    optional: int


@dataclass(frozen=True)
class Neighbour:
    """A nearby occupation (nearest first, by lmi_sync's combined similarity, whose score the game
    never shows and the files do not store): its index, and skill groups shared and missing."""

    occ: int  # index into LmiData.occupations
    shared: list[int]
    missing: list[int]


@dataclass(frozen=True)
class LmiOccupation:
    id: str  # the ESCO concept UUID; the URI is ESCO_OCCUPATION + id
    isco: str
    title: Text
    synonyms: TextList
    description: Text
    featured: bool
    groups: list[GroupShare]
    figures: list[Figure]
    nearest: list[Neighbour]
    skills: list[int] = field(default_factory=list)  # indices into LmiData.skills: concrete skills that travel

    @property
    def esco_uri(self) -> str:
        return ESCO_OCCUPATION + self.id


ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/"

RouteKind = Literal["licence", "diploma", "certificate", "where"]
# licence: a legal requirement (rijbewijs D with code 95); diploma: an MBO qualification with its
# level and path; certificate: common but not required by law; where: where to ask or train


@dataclass(frozen=True)
class RouteSource:
    """The public page a route fact was read on (content/lmi/routes.yaml)."""

    publisher: str
    title: str
    url: str  # https
    read: str  # the day it was read there, ISO (2026-12-02)
    lang: str = "nl"  # the page's language


@dataclass(frozen=True)
class RouteFact:
    """One step into the work ("which diploma, where?"), in plain words, with its source."""

    kind: RouteKind
    text: Text
    source: RouteSource


@dataclass(frozen=True)
class LmiData:
    """What lmi_sync generates from real labour-market data, validated in this shape; the game
    reads it from game/assets/lmi.jsonl and lmi-details.jsonl (laid out as game/career/lmi.py says)."""

    format: str
    content_version: str
    generated: str
    method: Text
    contact: str
    source_versions: dict[str, str]
    sources: list[Source]
    reasons: dict[str, Text]
    scopes: dict[str, Text]
    groups: list[SkillGroup]
    isco_figures: dict[str, list[Figure]]  # figures that belong to a whole ISCO unit group (CBS)
    unavailable: dict[str, str]  # figure kind -> reason key, for indicators no source covers yet
    occupations: list[LmiOccupation]
    skills: list[SkillLabel] = field(default_factory=list)  # concrete skills with an ESCO Dutch label
    routes: dict[str, list[RouteFact]] = field(default_factory=dict)  # occupation UUID -> its route facts


@dataclass(frozen=True)
class OccupationRef:
    """An occupation as the play-through uses it: a seed from content, or any ESCO occupation."""

    key: str  # what the Profile stores: a content id or an ESCO UUID
    esco_uri: str
    isco: str
    title: Text
    picto: str

    @property
    def esco_id(self) -> str:
        """The ESCO concept UUID (the last part of the URI)."""
        return self.esco_uri.rsplit("/", 1)[-1]


HelpKind = Literal["example", "support", "confidence", "practical", "stay"]
# what helps people change (the research's modelling, social support and self-efficacy, and
# barriers taken away), and choosing to stay: a story choice says which one it draws on


@dataclass(frozen=True)
class StoryChoice:
    """A choice in a story; `game.career.story` plays it: `sets` story variables, goes to `goto`
    (else the passage after the question), is offered only `when` its condition holds, and may
    suggest a first `step` (a `steps` card) or a helper (`who`, a `plan_who` card) for the plan.
    At the story's question, `helped` says what helped once this was chosen (the end screen shows it)."""

    id: str
    text: Text
    picto: str
    helps: HelpKind
    helped: Text | None = None
    goto: str | None = None
    when: str | None = None
    sets: dict[str, int] = field(default_factory=dict)
    step: str | None = None
    who: str | None = None


@dataclass(frozen=True)
class Passage:
    """A part of a story. It is shown `when` its condition holds (else skipped); then comes
    `goto`, or the next passage in the list. A screen shows passages up to one with choices,
    one that `pause`s, or the `end`."""

    id: str
    text: Text
    picto: str
    choices: list[StoryChoice] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    goto: str | None = None
    when: str | None = None
    pause: bool = False
    end: bool = False


@dataclass(frozen=True)
class Story:
    """A short branching role-model story on a real ESCO move, played by `game.career.story`."""

    id: str
    title: Text
    portrait: str
    from_occupation: str  # ESCO occupation UUID (in lmi.jsonl)
    to_occupation: str
    composite: bool
    passages: list[Passage]
    question: str
    helped: Text  # what helped, on the end screen when the chosen answer has no `helped` of its own
    skill_groups: list[str] = field(default_factory=list)  # ESCO skill group ids both occupations ask for
    situation: Literal["work", "no_job"] = "work"  # "no_job": from_occupation is the work they had before
    goals: list[str] = field(default_factory=list)  # goal card ids the story fits

    def tags(self) -> set[str]:
        return {tag for p in self.passages for tag in p.tags}


ScenarioResponse = Literal["learn", "talk", "try", "grow"]
SCENARIO_RESPONSES: tuple[str, ...] = ("learn", "talk", "try", "grow")


@dataclass(frozen=True)
class ScenarioCondition:
    """A condition on one of the occupation's figures ("Mijn werk in 2030"): its label is one of
    `labels`, or its value lies above `above` and/or below `below`. A missing figure never meets it."""

    figure: str  # a figure kind (game.career.scenario.CONDITION_KINDS)
    labels: list[str] = field(default_factory=list)
    above: float | None = None
    below: float | None = None


@dataclass(frozen=True)
class ScenarioEvent:
    """One round of "Mijn werk in 2030": something that happens, from the occupation's figures
    (`shows` names the figure the event shows, with its source) or from working life (no figure)."""

    id: str
    picto: str
    title: Text
    text: Text  # may name {own} (the player's work); with shows "nearest" also {job} and {group}
    shows: str | None = None  # automation_risk, trend_us, wage, employees, nearest (game.career.scenario.SHOWS)
    when: list[ScenarioCondition] = field(default_factory=list)
    energy: int = 3  # energy the player has this round
    responses: list[ScenarioResponse] = field(default_factory=lambda: ["learn", "talk", "try", "grow"])
    talk_to: Text | None = None  # who the player can talk to this round


@dataclass(frozen=True)
class StoryNeed:
    """An answer to "what would you need?" after a story, and what it suggests for the plan."""

    id: str
    picto: str
    text: Text
    helps: HelpKind
    step: str | None = None
    who: str | None = None


@dataclass(frozen=True)
class Content:
    version: str
    sources: list[Source]
    goals: list[Card]
    interests: list[InterestItem]
    values: list[Card]
    qualities: list[Card]
    occupations: list[Occupation]
    stories: list[Story]
    routes: list[Card]
    stages: list[Card]
    steps: list[Card]
    job_groups: list[Card]
    plan_when: list[Card]
    plan_where: list[Card]
    plan_who: list[Card]
    barriers: list[Card]
    story_needs: list[StoryNeed]
    scenario_events: list[ScenarioEvent] = field(default_factory=list)

    def occupation(self, occ_id: str | None) -> Occupation | None:
        return next((o for o in self.occupations if o.id == occ_id), None)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def card(self, group: str, card_id: str | None) -> Card | None:
        cards: list[Card] = getattr(self, group)
        return next((c for c in cards if c.id == card_id), None)
