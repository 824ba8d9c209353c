"""Compile the YAML under `content/` into `game/assets/content.json`.

Validation uses pydantic's TypeAdapter on the game's own dataclasses
(`game.career.schema`), so the schema exists once. Cross-references (pictograms,
occupations, sources, passages) are checked too. Errors name the file, the
item and the field. Output is deterministic and written atomically.
"""

from __future__ import annotations

import argparse
import json
import string
import sys
import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from game.career.content import CONTENT_JSON, ContentError
from game.career.lmi import LMI_FILE, Lmi, load_lmi
from game.career.scenario import CONDITION_KINDS, COSTS, PLACES, ROUNDS, SHOWS
from game.career.schema import Content, ScenarioEvent
from game.career.story import check_story
from game.engine import paths
from game.engine.plain import from_plain, to_plain
from tools.files import write_atomic

ROOT = Path(__file__).resolve().parent.parent
CONTENT_DIR = ROOT / "content"
CONTENT_VERSION = "0.1.0"


class ContentBuildError(Exception):
    pass


def _section_types() -> dict[str, Any]:
    hints = typing.get_type_hints(Content)
    return {name: hint for name, hint in hints.items() if name != "version"}


def _describe(section: str, items: Any, loc: tuple) -> str:
    where = section
    if loc and isinstance(loc[0], int):
        index = loc[0]
        where += f"[{index}]"
        if isinstance(items, list) and index < len(items) and isinstance(items[index], dict):
            item_id = items[index].get("id")
            if item_id:
                where += f" (id {item_id!r})"
        loc = loc[1:]
    field = ".".join(str(p) for p in loc if not str(p).startswith("function-"))
    return f"{where}, field {field or '(item)'}"


def read_sections(content_dir: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """Merge the top-level sections of every YAML file; remember where each came from."""
    sections: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for file in sorted(content_dir.glob("*.yaml")):
        rel = file.relative_to(content_dir.parent).as_posix()
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ContentBuildError(f"{rel}: not valid YAML: {exc}") from exc
        if not isinstance(data, dict):
            raise ContentBuildError(f"{rel}: expected sections (a mapping) at the top")
        for name, value in data.items():
            if name in sections:
                raise ContentBuildError(f"{rel}: section {name!r} also in {origin[name]}")
            sections[name] = value
            origin[name] = rel
    return sections, origin


def validate(sections: dict[str, Any], origin: dict[str, str], pictos_dir: Path) -> Content:
    errors: list[str] = []
    types = _section_types()
    for name in sorted(set(sections) - set(types)):
        errors.append(f"{origin[name]}: unknown section {name!r}")
    checked: dict[str, Any] = {}
    for name, hint in types.items():
        if name not in sections:
            errors.append(f"content/: section {name!r} is missing")
            continue
        try:
            TypeAdapter(hint).validate_python(sections[name], strict=False)
        except ValidationError as exc:
            for err in exc.errors():
                errors.append(f"{origin[name]}: {_describe(name, sections[name], tuple(err['loc']))}: {err['msg']}")
            continue
        checked[name] = sections[name]
    if errors:
        raise ContentBuildError("\n".join(errors))
    content: Content = from_plain(Content, {"version": CONTENT_VERSION, **checked})
    errors.extend(cross_check(content, origin, pictos_dir))
    if errors:
        raise ContentBuildError("\n".join(errors))
    return content


def cross_check(content: Content, origin: dict[str, str], pictos_dir: Path, lmi_path: Path = LMI_FILE) -> list[str]:
    errors: list[str] = []
    lmi: Lmi | None = None
    if lmi_path.exists():  # without the generated labour-market files there is nothing to check against
        try:
            lmi = load_lmi(lmi_path)
        except ContentError as exc:
            errors.append(str(exc))

    def in_lmi(ref: str) -> bool:
        return lmi is None or lmi.index_of(ref) is not None

    def groups_of(ref: str) -> set[str]:
        occ = lmi.occupation(ref) if lmi else None
        return {lmi.groups[g.group].id for g in occ.groups} if lmi and occ else set()

    for occ in content.occupations:
        if not in_lmi(occ.esco_uri):
            errors.append(f"{origin['occupations']}: occupations (id {occ.id!r}): {occ.esco_uri} is not in lmi.jsonl")
    sources = {s.id for s in content.sources}

    def picto(where: str, name: str) -> None:
        if not (pictos_dir / f"{name}.svg").is_file():
            errors.append(f"{where}: pictogram {name!r} not in game/assets/pictos")

    for group in (
        "goals",
        "values",
        "qualities",
        "routes",
        "stages",
        "steps",
        "job_groups",
        "plan_when",
        "plan_where",
        "plan_who",
        "barriers",
    ):
        cards = getattr(content, group)
        seen: set[str] = set()
        for card in cards:
            where = f"{origin[group]}: {group} (id {card.id!r})"
            if card.id in seen:
                errors.append(f"{where}: id used twice")
            seen.add(card.id)
            picto(where, card.picto)
    for item in content.interests:
        picto(f"{origin['interests']}: interests (id {item.id!r})", item.picto)
    for occ in content.occupations:
        where = f"{origin['occupations']}: occupations (id {occ.id!r})"
        picto(where, occ.picto)
        for fig in occ.figures:
            if fig.source not in sources:
                errors.append(f"{where}: figure {fig.kind!r} names unknown source {fig.source!r}")
            if fig.value is None and fig.label is None and fig.missing is None:
                errors.append(f"{where}: figure {fig.kind!r} has no value, no label and no reason it is missing")
    goals = {card.id for card in content.goals}
    steps = {card.id for card in content.steps}
    helpers = {card.id for card in content.plan_who}

    def plan_refs(where: str, step: str | None, who: str | None) -> None:
        if step and step not in steps:
            errors.append(f"{where}: step {step!r} is not a steps card")
        if who and who not in helpers:
            errors.append(f"{where}: who {who!r} is not a plan_who card")

    story_ids: set[str] = set()
    for story in content.stories:
        where = f"{origin['stories']}: stories (id {story.id!r})"
        if story.id in story_ids:
            errors.append(f"{where}: id used twice")
        story_ids.add(story.id)
        picto(where, story.portrait)
        for ref in (story.from_occupation, story.to_occupation):
            if not in_lmi(ref):
                errors.append(f"{where}: occupation {ref!r} is not an ESCO occupation in lmi.jsonl")
        if lmi is not None and in_lmi(story.from_occupation) and in_lmi(story.to_occupation):
            both = groups_of(story.from_occupation) & groups_of(story.to_occupation)
            for group in story.skill_groups:
                if group not in {g.id for g in lmi.groups}:
                    errors.append(f"{where}: skill group {group!r} does not exist")
                elif group not in both:
                    errors.append(f"{where}: skill group {group!r} is not shared by both occupations")
        if not story.composite:
            errors.append(f"{where}: composite must be true (stories are never about one real person)")
        errors.extend(f"{where}: {problem}" for problem in check_story(story))
        for goal in story.goals:
            if goal not in goals:
                errors.append(f"{where}: goal {goal!r} is not a goal card")
        for passage in story.passages:
            picto(f"{where} passage {passage.id!r}", passage.picto)
            for choice in passage.choices:
                picto(f"{where} choice {choice.id!r}", choice.picto)
                plan_refs(f"{where} choice {choice.id!r}", choice.step, choice.who)
    if lmi is not None:
        errors.extend(f"{origin['stories']}: {problem}" for problem in story_coverage(content, lmi))
    seen_needs: set[str] = set()
    for need in content.story_needs:
        where = f"{origin['story_needs']}: story_needs (id {need.id!r})"
        if need.id in seen_needs:
            errors.append(f"{where}: id used twice")
        seen_needs.add(need.id)
        picto(where, need.picto)
        plan_refs(where, need.step, need.who)
    errors.extend(check_scenario(content.scenario_events, origin.get("scenario_events", "content/"), picto))
    return errors


def check_scenario(events: list[ScenarioEvent], origin: str, picto: typing.Callable[[str, str], None]) -> list[str]:
    """ "Mijn werk in 2030": known figures and conditions that can hold, placeholders the event can
    fill (and whose source it shows), responses the round's energy allows, enough events for
    every occupation."""
    errors: list[str] = []
    seen: set[str] = set()
    for event in events:
        where = f"{origin}: scenario_events (id {event.id!r})"
        if event.id in seen:
            errors.append(f"{where}: id used twice")
        seen.add(event.id)
        picto(where, event.picto)
        if event.shows is not None and event.shows not in SHOWS:
            errors.append(f"{where}: shows {event.shows!r} is not one of {', '.join(SHOWS)}")
        for cond in event.when:
            kind = CONDITION_KINDS.get(cond.figure, ...)
            if kind is ...:
                errors.append(f"{where}: condition on unknown figure {cond.figure!r}")
            elif kind is None and cond.labels:
                errors.append(f"{where}: figure {cond.figure!r} is a number: use above or below, not labels")
            elif kind is not None and (cond.above is not None or cond.below is not None):
                errors.append(f"{where}: figure {cond.figure!r} has labels: use labels, not above or below")
            elif kind is not None and set(cond.labels) - kind:
                errors.append(f"{where}: figure {cond.figure!r} has no label {sorted(set(cond.labels) - kind)}")
            elif cond.above is not None and cond.below is not None and cond.above >= cond.below:
                errors.append(f"{where}: condition on {cond.figure!r} can never hold (above >= below)")
        for lang in ("nl", "en"):
            try:
                names = {name for _, name, _, _ in string.Formatter().parse(event.text.get(lang)) if name is not None}
            except ValueError as exc:
                errors.append(f"{where}: text ({lang}): {exc}")
                continue
            for name in sorted(names):
                if name not in PLACES:
                    errors.append(f"{where}: text ({lang}) names {{{name}}}: only {', '.join(PLACES)}")
                elif PLACES[name] is not None and event.shows != PLACES[name]:
                    errors.append(f"{where}: text ({lang}) names {{{name}}}: that needs shows {PLACES[name]!r}")
        if len(set(event.responses)) != len(event.responses) or not event.responses:
            errors.append(f"{where}: responses must be given, each once")
        if not 1 <= event.energy <= 3:
            errors.append(f"{where}: energy must be 1 to 3")
        elif not any(COSTS[r] <= event.energy for r in event.responses):
            errors.append(f"{where}: no response costs {event.energy} energy or less")
    if events:
        life = [e for e in events if e.shows is None and not e.when]
        if len(life) < ROUNDS:
            errors.append(f"{origin}: scenario_events: {len(life)} from working life (no shows or when), need {ROUNDS}")
    return errors


STORIES_FOR = ("4", "5", "6", "7", "8", "9", "no_job")  # ISCO-08 major groups of practical work, and no job
STORIES_EACH = 2


def story_coverage(content: Content, lmi: Lmi) -> list[str]:
    """Every kind of practical work (and having no job right now) meets at least two stories."""
    count = dict.fromkeys(STORIES_FOR, 0)
    for story in content.stories:
        occ = lmi.occupation(story.from_occupation)
        kind = "no_job" if story.situation == "no_job" else occ.isco[:1] if occ else ""
        if kind in count:
            count[kind] += 1
    return [
        f"only {n} stories for {'no job right now' if kind == 'no_job' else 'ISCO major group ' + kind}"
        f" (at least {STORIES_EACH})"
        for kind, n in count.items()
        if n < STORIES_EACH
    ]


def compile_content(content_dir: Path = CONTENT_DIR, pictos_dir: Path = paths.PICTOS) -> str:
    """Validate and return the JSON text (deterministic)."""
    sections, origin = read_sections(content_dir)
    content = validate(sections, origin, pictos_dir)
    return json.dumps(to_plain(content), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=CONTENT_DIR)
    parser.add_argument("--out", type=Path, default=CONTENT_JSON)
    parser.add_argument("--check", action="store_true", help="fail if the output is not up to date")
    args = parser.parse_args(argv)
    try:
        text = compile_content(args.content)
    except ContentBuildError as exc:
        print(f"Content is not valid:\n{exc}", file=sys.stderr)
        return 1
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date: run python -m tools.content_build", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    write_atomic(args.out, text)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
