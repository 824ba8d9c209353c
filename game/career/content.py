"""Loads the compiled content (JSON) into the schema's dataclasses. Standard library only."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from game.career.schema import Content
from game.engine import paths
from game.engine.plain import SchemaError, from_plain

CONTENT_JSON = paths.ASSETS / "content.json"


class ContentError(Exception):
    """The content file is missing or broken; the message says which file and field."""


def read_json(path: Path) -> Any:
    """A content file's JSON, or a ContentError that names the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ContentError(f"{path.name}: file not found") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContentError(f"{path.name}: cannot be read ({exc})") from exc


def load_content(path: Path | None = None) -> Content:
    """Load the compiled content; KOERS_CONTENT points at another file (for tests and editors)."""
    path = path or Path(os.environ.get("KOERS_CONTENT") or CONTENT_JSON)
    data = read_json(path)
    try:
        return from_plain(Content, data)
    except SchemaError as exc:
        raise ContentError(f"{path.name}: {exc}") from exc
