"""JSON Schemas from the one schema (game.career.schema dataclasses, via pydantic), for editors."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from game.career.schema import Card, InterestItem, LmiData, Occupation, Source, Story

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "content" / "schema"

SCHEMAS = {
    "lmi.schema.json": LmiData,
    "cards.schema.json": dict[str, list[Card]],
    "interests.schema.json": dict[str, list[InterestItem]],
    "occupations.schema.json": dict[str, list[Occupation]],
    "sources.schema.json": dict[str, list[Source]],
    "stories.schema.json": dict[str, list[Story]],
}


def schema_texts() -> dict[str, str]:
    out = {}
    for name, hint in SCHEMAS.items():
        schema = TypeAdapter(hint).json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema.setdefault("title", name.removesuffix(".schema.json"))
        out[name] = json.dumps(schema, indent=1, sort_keys=True) + "\n"
    return out


def export(folder: Path | None = None) -> list[Path]:
    folder = folder or SCHEMA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
