"""Skills in the worker's words (build time).

Two layers, both from real ESCO data:

- every skill group the game can show gets the plain phrase of `content/lmi/skill_words.yaml`
  (ESCO's own label is kept next to it); fields of knowledge are marked and never shown as
  "you can already". A group without a phrase, or a phrase for a group ESCO does not have,
  stops the build: the game never falls back to a classification label.
- concrete skills: per occupation, a few of its ESCO skills that travel across sectors
  (ESCO reuse level "transversal" or "cross-sector", skills rather than knowledge) and that
  have ESCO's own Dutch label (`esco/v1.1.1/nl-partial`, about a quarter of the skills). A
  skill with only an English label is left out in both languages: nothing is translated here.
  The rule for showing one: a concrete skill is shown only with a worker phrase of its own in
  the `skills` part of skill_words.yaml, never with ESCO's label as is ("nazorgdiensten aan
  klanten bieden", "software voor magazijnbeheer identificeren" read as a classification, not
  as what a worker says they can do). A skill without a phrase is not picked; an occupation
  with none gets no example (the "for example" line is left out). ESCO's labels stay beside
  the phrase (`esco_label`). A phrase for a skill that cannot be shown (one that does not
  travel, knowledge, or without ESCO's Dutch label) stops the build.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

TRAVELS = ("transversal", "cross-sector")
MAX_SKILLS = 4


class WordsError(ValueError):
    """The plain-words layer does not cover what the game can show, or names what is not there."""


def load_words(path: Path) -> dict[str, dict[str, Any]]:
    """Group id -> {"nl", "en", "knowledge"} from skill_words.yaml, checked entry by entry."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    groups = data.get("groups") or {}
    if not data.get("source") or not isinstance(groups, dict):
        raise WordsError(f"{path.name}: needs 'source' and a 'groups' mapping")
    bad = [
        str(k)
        for k, v in groups.items()
        if not isinstance(v, dict) or not all(isinstance(v.get(lang), str) and v[lang].strip() for lang in ("nl", "en"))
    ]
    if bad:
        raise WordsError(f"{path.name}: groups without a Dutch and an English phrase: {bad}")
    return {str(k): {"nl": v["nl"], "en": v["en"], "knowledge": bool(v.get("knowledge"))} for k, v in groups.items()}


def load_skill_words(path: Path) -> dict[str, dict[str, str]]:
    """ESCO skill UUID -> {"nl", "en"}: the worker phrases of skill_words.yaml's `skills` part."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    skills = data.get("skills") or {}
    if not isinstance(skills, dict):
        raise WordsError(f"{path.name}: 'skills' is a mapping of ESCO skill ids to phrases")
    bad = [
        str(k)
        for k, v in skills.items()
        if not isinstance(v, dict)
        or not all(isinstance(v.get(lang), str) and v[lang].strip() and "," not in v[lang] for lang in ("nl", "en"))
    ]
    if bad:
        raise WordsError(f"{path.name}: skills without a Dutch and an English phrase (without commas): {bad}")
    return {str(k): {"nl": v["nl"].strip(), "en": v["en"].strip()} for k, v in skills.items()}


def group_entries(ids: list[str], uris: list[str], labels: list[dict[str, str]], words: dict[str, dict]) -> list[dict]:
    """The `groups` of lmi.jsonl: each group's worker words as its label, ESCO's label beside it."""
    missing = [i for i in ids if i not in words]
    unknown = sorted(set(words) - set(ids))
    if missing or unknown:
        raise WordsError(
            "content/lmi/skill_words.yaml: "
            + (f"no worker words for the groups {missing}" if missing else "")
            + ("; " if missing and unknown else "")
            + (f"words for groups no occupation shows {unknown}" if unknown else "")
        )
    return [
        {
            "id": i,
            "uri": u,
            "label": {"nl": words[i]["nl"], "en": words[i]["en"]},
            "esco_label": label,
            "knowledge": words[i]["knowledge"],
        }
        for i, u, label in zip(ids, uris, labels, strict=True)
    ]


def concrete_skills(
    order: list[str],
    weights: dict[str, dict[str, float]],
    skills_en: Iterable[dict[str, str]],
    labels_nl: Iterable[dict[str, str]],
    phrases: dict[str, dict[str, str]],
) -> tuple[list[dict], list[list[int]]]:
    """The skills table of lmi.jsonl and, per occupation (in `order`), the indices of up to
    MAX_SKILLS of its skills that travel, have an ESCO Dutch label and a worker phrase
    (`phrases`, by skill UUID): essential first, then the ones more occupations ask for, then by
    URI (so the choice is the same on every run). Each row's label is the phrase."""
    english = {
        r["conceptUri"]: r["preferredLabel"].strip()
        for r in skills_en
        if r.get("reuseLevel") in TRAVELS and r.get("skillType") == "skill/competence" and r.get("preferredLabel")
    }
    dutch = {r["conceptUri"]: label for r in labels_nl if (label := (r.get("preferredLabel_nl") or "").strip())}
    by_id = {u.rsplit("/", 1)[-1]: u for u in set(english) & set(dutch)}
    unusable = sorted(set(phrases) - set(by_id))
    if unusable:
        raise WordsError(
            "content/lmi/skill_words.yaml: phrases for skills that are not shown (not a skill that "
            f"travels across sectors, or no ESCO Dutch label): {unusable}"
        )
    usable = {by_id[k] for k in phrases}
    used_by = Counter(s for occ in order for s in weights.get(occ, {}) if s in usable)
    picks = []
    for occ in order:
        own = weights.get(occ, {})
        ranked = sorted((s for s in own if s in usable), key=lambda s: (-own[s], -used_by[s], s))
        picks.append(ranked[:MAX_SKILLS])
    table = sorted({s for p in picks for s in p})
    index = {s: i for i, s in enumerate(table)}
    rows = [
        {"id": (i := s.rsplit("/", 1)[-1]), "label": phrases[i], "esco_label": {"nl": dutch[s], "en": english[s]}}
        for s in table
    ]
    return rows, [[index[s] for s in p] for p in picks]
