"""The labour-market content as the game's two files, and back.

`build_data` makes one plain dict in the shape of `game.career.schema.LmiData` (what pydantic
validates); `encode` turns it into the texts of `lmi.jsonl` (head and one row per occupation)
and `lmi-details.jsonl`, laid out as `game/career/lmi.py` describes, and `decode` turns those
texts back into the very same dict (the build checks that, so the format drops nothing). The
audit and the tests read the files with `read`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.career.lmi import COLUMNS, DETAILS_COLUMNS, FORMAT_VERSION, TEXT_COLUMNS
from tools.files import write_atomic

FIGURE_DEFAULTS: dict[str, Any] = {"year": None, "value": None, "unit": "", "label": None, "scope": "", "missing": None}


def details_name(index: Path) -> str:
    """lmi.jsonl -> lmi-details.jsonl (next to it)."""
    return f"{index.stem}-details.jsonl"


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _figure_row(fig: dict) -> list:
    row = [fig.get(name, FIGURE_DEFAULTS.get(name)) for name in COLUMNS["figure"]]
    while len(row) > 2 and row[-1] == FIGURE_DEFAULTS[COLUMNS["figure"][len(row) - 1]]:
        row.pop()
    return row


def _figure(row: list) -> dict:
    names = COLUMNS["figure"]
    fig = {name: value for name, value in zip(names, row, strict=False)}
    return {k: v for k, v in fig.items() if k in ("kind", "source") or v != FIGURE_DEFAULTS[k]}


def encode(data: dict, details_file: str) -> tuple[str, str]:
    """The texts of lmi.jsonl and of its details file (named `details_file` in the head)."""
    occupations = data["occupations"]
    detail_lines = []
    rows = []
    for occ in occupations:
        details = {
            "groups": [[g[k] for k in COLUMNS["group"]] for g in occ["groups"]],
            "figures": [_figure_row(f) for f in occ["figures"]],
            "nearest": [[n[k] for k in COLUMNS["neighbour"]] for n in occ["nearest"]],
            "skills": occ.get("skills", []),
        }
        detail_lines.append(_line([details[k] for k in DETAILS_COLUMNS]))
        texts = {
            f"{part}_{lang}": occ[part][lang] for part in ("title", "synonyms", "description") for lang in ("nl", "en")
        }
        rows.append(_line([texts[k] for k in TEXT_COLUMNS]))
    details_text = "".join(detail_lines)
    head = {k: v for k, v in data.items() if k != "occupations"}
    head["isco_figures"] = {isco: [_figure_row(f) for f in figs] for isco, figs in data["isco_figures"].items()}
    head.update(
        format_version=FORMAT_VERSION,
        columns=COLUMNS,
        details={"file": details_file, "bytes": len(details_text.encode("utf-8"))},
        index={
            "id": [o["id"] for o in occupations],
            "isco": [o["isco"] for o in occupations],
            "featured": [i for i, o in enumerate(occupations) if o["featured"]],
            "details_bytes": [len(line.encode("utf-8")) for line in detail_lines],
        },
    )
    return _line(head) + "".join(rows), details_text


def _lines(text: str) -> list[str]:
    """Split on newlines only (str.splitlines also splits on U+2028 and others, which JSON
    leaves as they are inside strings)."""
    lines = text.split("\n")
    if lines[-1]:
        raise ValueError("the last line is cut off")
    return lines[:-1]


def decode(index_text: str, details_text: str) -> dict:
    """The plain LmiData dict the two texts were encoded from."""
    first, *rows = _lines(index_text)
    head = json.loads(first)
    details = _lines(details_text)
    index = head["index"]
    if head.get("columns") != COLUMNS or not len(rows) == len(details) == len(index["id"]):
        raise ValueError("not lmi files of this format, or cut off")
    featured = set(index["featured"])
    occupations = []
    for i, (row_text, details_line) in enumerate(zip(rows, details, strict=True)):
        texts = dict(zip(TEXT_COLUMNS, json.loads(row_text), strict=True))
        more = dict(zip(DETAILS_COLUMNS, json.loads(details_line), strict=True))
        occupations.append(
            {
                "id": index["id"][i],
                "isco": index["isco"][i],
                **{part: {lang: texts[f"{part}_{lang}"] for lang in ("nl", "en")} for part in ("title", "synonyms")},
                "description": {lang: texts[f"description_{lang}"] for lang in ("nl", "en")},
                "featured": i in featured,
                "groups": [dict(zip(COLUMNS["group"], g, strict=True)) for g in more["groups"]],
                "figures": [_figure(f) for f in more["figures"]],
                "nearest": [dict(zip(COLUMNS["neighbour"], n, strict=True)) for n in more["nearest"]],
                "skills": more["skills"],
            }
        )
    data = {k: v for k, v in head.items() if k not in ("format_version", "columns", "details", "index")}
    data["isco_figures"] = {isco: [_figure(f) for f in figs] for isco, figs in head["isco_figures"].items()}
    data["occupations"] = occupations
    return data


def read(index: Path) -> dict:
    """The plain LmiData dict from lmi.jsonl and the details file its head names."""
    text = index.read_text(encoding="utf-8")
    head = json.loads(text.split("\n", 1)[0])
    details = index.with_name(head["details"]["file"]).read_text(encoding="utf-8")
    return decode(text, details)


def write(index: Path, index_text: str, details_text: str) -> None:
    """Each file atomically, the details first (the head of lmi.jsonl gives their size, so the
    game notices a pair that does not belong together)."""
    write_atomic(index.with_name(details_name(index)), details_text)
    write_atomic(index, index_text)
