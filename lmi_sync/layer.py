"""The hand-made layer over the raw data (content/lmi): Dutch titles, ESCO's descriptions of featured
occupations in plain words, and the reviewed crosswalk links, each checked against the rule that
keeps it sourced (at build time; the audit reads the reviewed links with load_review and the plain
descriptions with load_descriptions). The plain words for skill groups are in lmi_sync.words."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from game.career.schema import ESCO_OCCUPATION
from lmi_sync.sources import esco_bulk


class LayerError(ValueError):
    """An entry of the layer breaks its rule; the message names the file and the entries."""


M = TypeVar("M", bound=BaseModel)


def read_model(
    path: Path, model: type[M], empty: M, error: type[ValueError] = LayerError, most: int | None = None
) -> M:
    """A YAML file of the layer validated as `model` (pydantic); `empty` when there is no file.
    A file that breaks the model raises `error`, naming the file and (up to `most` of) its entries."""
    if not path.exists():
        return empty
    try:
        return model.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except ValidationError as exc:
        bad = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:most]]
        raise error(f"{path.name}: {bad}") from exc


def load_titles(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {ESCO_OCCUPATION + str(k): str(v) for k, v in (data.get("titles") or {}).items()}


def dutch_titles(esco: esco_bulk.EscoData, titles: dict[str, str]) -> dict[str, str]:
    """The Dutch titles of titles.yaml, each checked to be one of ESCO's Dutch alternative labels."""
    bad = [
        f"{uri.rsplit('/', 1)[-1]}: {title!r}"
        for uri, title in sorted(titles.items())
        if uri not in esco.occupations or title not in esco.occupations[uri].synonyms.get("nl", [])
    ]
    if bad:
        raise LayerError(f"content/lmi/titles.yaml: not an ESCO Dutch label of that occupation: {bad}")
    return titles


MAX_PLAIN = 240  # characters of one plain description (ESCO's own first sentence is cut at 220)
PLAIN_WORDS = (12, 32)  # words of one plain description, at least and at most
MAX_SENTENCE = 18  # words of one sentence in it: short sentences (B1)
ADDRESS = {"nl": {"je", "jij", "jou", "jouw", "jullie", "u", "uw"}, "en": {"you", "your", "yours"}}


class PlainText(BaseModel):
    """ESCO's description of one occupation in plain words, in Dutch (B1) and English.

    Short and in the third person ("Buschauffeurs rijden ..."), never addressing the player, and
    without figures: a paraphrase of ESCO's text adds no facts, so a digit is refused."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    nl: str = Field(max_length=MAX_PLAIN)
    en: str = Field(max_length=MAX_PLAIN)

    @field_validator("nl", "en")
    @classmethod
    def _plain(cls, value: str, info: ValidationInfo) -> str:
        lang = info.field_name or "nl"
        text = " ".join(value.split())
        words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", text)
        if not PLAIN_WORDS[0] <= len(words) <= PLAIN_WORDS[1]:
            raise ValueError(f"{len(words)} words; a plain description has {PLAIN_WORDS[0]} to {PLAIN_WORDS[1]}")
        if re.search(r"\d", text):
            raise ValueError("a figure: a plain description says only what ESCO's says, without numbers")
        if ADDRESS[lang] & {w.lower() for w in words}:
            raise ValueError("addresses the reader: say who does the work, in the third person")
        longest = max(len(s.split()) for s in re.split(r"(?<=[.!?])\s+", text))
        if longest > MAX_SENTENCE:
            raise ValueError(f"a sentence of {longest} words; at most {MAX_SENTENCE}")
        if not text.endswith((".", "!", "?")):
            raise ValueError("ends without a full stop")
        return text


class PlainDescriptions(BaseModel):
    """descriptions.yaml: where the texts come from, and the texts by ESCO occupation UUID."""

    model_config = ConfigDict(extra="forbid")
    source: str = Field(min_length=3)
    descriptions: dict[str, PlainText] = {}

    @field_validator("descriptions", mode="before")
    @classmethod
    def _empty(cls, value: object) -> object:
        return {} if value is None else value


def load_descriptions(path: Path) -> PlainDescriptions:
    """descriptions.yaml validated for its shape and its texts (pydantic); no file: none."""
    return read_model(path, PlainDescriptions, PlainDescriptions(source="none"))


def plain_descriptions(esco: esco_bulk.EscoData, featured: set[str], path: Path) -> dict[str, dict[str, str]]:
    """ESCO URI -> {"nl", "en"}: the plain descriptions of descriptions.yaml, each checked to be of
    an ESCO occupation the game features (the common work the plain texts are written for)."""
    texts = load_descriptions(path).descriptions
    unknown = sorted(k for k in texts if ESCO_OCCUPATION + k not in esco.occupations)
    if unknown:
        raise LayerError(f"{path.name}: not an ESCO occupation: {unknown}")
    other = sorted(k for k in texts if ESCO_OCCUPATION + k not in featured)
    if other:
        raise LayerError(f"{path.name}: not a featured occupation (content/lmi/featured.yaml or the rule): {other}")
    return {ESCO_OCCUPATION + k: {"nl": t.nl, "en": t.en} for k, t in sorted(texts.items())}


class Reviewed(BaseModel):
    """One reviewed link: the O*NET occupation and why."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    onet: str = Field(pattern=r"^\d{2}-\d{4}\.\d{2}$")  # an O*NET-SOC 2019 code
    why: str = Field(min_length=3)


class CrosswalkReview(BaseModel):
    """crosswalk_fixes.yaml: the reviewed fixes and the reviewed links kept, by ESCO occupation UUID."""

    model_config = ConfigDict(extra="forbid")
    fixes: dict[str, Reviewed] = {}
    kept: dict[str, Reviewed] = {}

    @field_validator("fixes", "kept", mode="before")
    @classmethod
    def _empty(cls, value: object) -> object:
        return {} if value is None else value


def load_review(path: Path) -> CrosswalkReview:
    """crosswalk_fixes.yaml validated for its shape (pydantic); no file is an empty review."""
    return read_model(path, CrosswalkReview, CrosswalkReview())


def crosswalk_review(
    esco: esco_bulk.EscoData,
    links: dict[str, list[str]],
    path: Path,
    shown: Callable[[list[str]], str | None],
    listed: Callable[[dict[str, list[str]]], dict[str, str]],
) -> dict[str, list[str]]:
    """The corrections of crosswalk_fixes.yaml, with every entry checked (build time).

    `links`: ESCO URI -> O*NET codes after the sibling-name rule; `shown(codes)`: the O*NET
    occupation whose figures stand for a link (the one the audit reads); `listed(links)`: the
    links the audit lists as disagreeing with their ISCO siblings, URI -> that code.

    A fix must correct a listed link, by the file's rule: the new O*NET occupation is one an
    ISCO sibling (same ISCO-08 unit group) is already linked to. A kept link must be listed
    after the fixes, with the O*NET code the occupation has now: an entry whose link has
    changed, or that no longer disagrees, is stale and refused, to be reviewed again. An
    occupation is either fixed or kept, not both. Every entry says why."""
    review = load_review(path)
    before = listed(links)
    bad = []
    out: dict[str, list[str]] = {}
    for key, fix in sorted(review.fixes.items()):
        uri = ESCO_OCCUPATION + key
        occ = esco.occupations.get(uri)
        siblings = {
            c
            for other, o in esco.occupations.items()
            if occ and o.isco == occ.isco and other != uri
            for c in links.get(other, [])
        }
        if occ is None or fix.onet not in siblings:
            bad.append(f"{key}: {fix.onet!r}")
        out[uri] = [fix.onet]
    if bad:
        raise LayerError(
            f"{path.name}: a fix must name an O*NET occupation an ISCO sibling is linked to, and why: {bad}"
        )
    unlisted = [
        f"{key}: its link {shown(links.get(ESCO_OCCUPATION + key, [])) or 'none'}"
        for key in sorted(review.fixes)
        if ESCO_OCCUPATION + key not in before
    ]
    if unlisted:
        raise LayerError(
            f"{path.name}: a fix must correct a link that disagrees with its ISCO siblings (the audit's list);"
            f" these do not: {unlisted}"
        )
    after = listed(links | out)
    stale = []
    for key, keep in sorted(review.kept.items()):
        uri = ESCO_OCCUPATION + key
        now = shown(links.get(uri, [])) if uri in esco.occupations else None
        if key in review.fixes:
            stale.append(f"{key}: both fixed and kept")
        elif uri not in esco.occupations:
            stale.append(f"{key}: no such ESCO occupation")
        elif now != keep.onet:
            stale.append(f"{key}: kept {keep.onet}, but its link is now {now or 'none'}")
        elif uri not in after:
            stale.append(f"{key}: kept {keep.onet}, which no longer disagrees with its ISCO siblings")
    if stale:
        raise LayerError(f"{path.name}: stale kept links, review them again (fix, keep or remove): {stale}")
    return out
