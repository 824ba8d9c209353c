"""The generated labour-market content, loaded with the standard library a little at a time.

lmi_sync writes two JSON Lines files (`game/assets/lmi.jsonl` and `lmi-details.jsonl`):

- `lmi.jsonl`, line 1: the head, one JSON object: format markers, sources, reasons, scopes,
  skill groups (labelled in the worker's words, ESCO's label beside them), the concrete skills
  (in the worker's words too, `skills`), the route facts of the featured occupations that have
  them (`routes`: licence, diploma, certificate, where to ask, each with its source), the
  method, the figures per ISCO unit group, the indicators no source covers, the column names
  of every row below, the details file's name and size in bytes, and the
  short facts of every occupation as lists (`index`: ids, ISCO codes, which are featured, and
  the byte length of each details line).
- `lmi.jsonl`, then one line per occupation, a JSON array in `TEXT_COLUMNS` order: its titles,
  synonyms and the first sentence of its description, Dutch and English (what the search, the
  lists and the screens show).
- `lmi-details.jsonl`: one line per occupation, in the same order, a JSON array in
  `DETAILS_COLUMNS` order: skill groups, figures, nearest occupations and concrete skills (indices
  into the head's `skills`), themselves arrays in the field order of `GroupShare`, `Figure` and
  `Neighbour` (a figure leaves off trailing fields that have their default).

Why this way: every line is a plain `json.loads`, so there is no parser of our own; the
loader reads `lmi.jsonl` a chunk of lines per step (`loading_lmi`), so idle frames do the work
a few milliseconds at a time; the details, half the bytes, stay on disk until an occupation is
used (a seek to the sum of the lengths before it, one read, one `json.loads`), so memory holds
only the texts (with the search index about 13 MB, where the one parsed JSON document held
about 41); and rows without keys or spaces, with texts, ids and numbers each kept together
(deflate packs them better apart), keep the browser bundle small (1.03 MB packed, was 1.30).
The texts stay in the first file because the job search and every list need them anyway.

The files are written, and validated with pydantic against `game.career.schema.LmiData`, by
`python -m lmi_sync build`; `lmi_sync.lmi_files` reads them back into that shape.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import typing
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import NamedTuple

from game.career.content import ContentError
from game.career.schema import (
    ESCO_OCCUPATION,
    Figure,
    GroupShare,
    LmiData,
    LmiOccupation,
    Neighbour,
    RouteFact,
    RouteSource,
    SkillGroup,
    SkillLabel,
    Source,
    Text,
    TextList,
)
from game.engine import paths
from game.engine.plain import SchemaError, from_plain

LMI_FILE = paths.ASSETS / "lmi.jsonl"
FORMAT = "koers-lmi"
FORMAT_VERSION = 5  # 4: a neighbour no longer carries its score; 5: the head has route facts (`routes`)
HINTS = typing.get_type_hints(LmiData)
CACHE = 256  # occupations kept as dataclasses (a search shows 12; a route about 10 more)


class Entry(NamedTuple):
    """One occupation without its details: its facts from the head, its texts from its line."""

    id: str  # the ESCO concept UUID
    isco: str
    featured: bool
    title_nl: str
    title_en: str
    synonyms_nl: list[str]
    synonyms_en: list[str]
    description_nl: str
    description_en: str

    @property
    def title(self) -> Text:
        return Text(nl=self.title_nl, en=self.title_en)


def _names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


INDEX_COLUMNS = ["id", "isco", "featured", "details_bytes"]  # lists in the head; featured: the indices
TEXT_COLUMNS = list(Entry._fields[3:])
TEXT_TYPES = (str, str, list, list, str, str)  # of TEXT_COLUMNS
DETAILS_COLUMNS = ["groups", "figures", "nearest", "skills"]
COLUMNS = {
    "index": INDEX_COLUMNS,
    "text": TEXT_COLUMNS,
    "details": DETAILS_COLUMNS,
    "group": _names(GroupShare),
    "figure": _names(Figure),
    "neighbour": _names(Neighbour),
}


class Lmi:
    def __init__(
        self, head: dict[str, typing.Any], texts: list[tuple[typing.Any, ...]], details: Path, name: str = "lmi.jsonl"
    ) -> None:
        """`head`: the first line of lmi.jsonl; `texts`: the rows after it (`TEXT_COLUMNS`);
        `details`: the path of lmi-details.jsonl."""
        try:
            self.sources: list[Source] = from_plain(HINTS["sources"], head["sources"], "lmi.sources")
            self.reasons: dict[str, Text] = from_plain(HINTS["reasons"], head["reasons"], "lmi.reasons")
            self.scopes: dict[str, Text] = from_plain(HINTS["scopes"], head["scopes"], "lmi.scopes")
            self.groups: list[SkillGroup] = from_plain(HINTS["groups"], head["groups"], "lmi.groups")
            self.skills: list[SkillLabel] = from_plain(HINTS["skills"], head.get("skills", []), "lmi.skills")
            self.routes: dict[str, list[RouteFact]] = from_plain(HINTS["routes"], head.get("routes", {}), "lmi.routes")
            self.method: Text = from_plain(Text, head["method"], "lmi.method")
            self.generated: str = head["generated"]
            self.version: str = head["content_version"]
            self.unavailable: dict[str, str] = head["unavailable"]
            index = head["index"]
            self._ids: list[str] = index["id"]
            self._isco: list[str] = [sys.intern(code) for code in index["isco"]]
            self._featured: list[int] = index["featured"]
            self._offsets = [0]
            for length in index["details_bytes"]:
                self._offsets.append(self._offsets[-1] + length)
            # many ISCO groups share their CBS group's figures: kept once
            rows: dict[tuple[typing.Any, ...], tuple[typing.Any, ...]] = {}
            self._isco_figures: dict[str, list[tuple[typing.Any, ...]]] = {
                isco: [rows.setdefault(tuple(f), tuple(f)) for f in figs] for isco, figs in head["isco_figures"].items()
            }
        except (KeyError, TypeError) as exc:
            raise ContentError(f"{name}: missing part {exc}") from exc
        except SchemaError as exc:
            raise ContentError(f"{name}: {exc}") from exc
        if not len(self._ids) == len(self._isco) == len(self._offsets) - 1 == len(texts):
            raise ContentError(f"{name}: cannot be read (the head's lists and the lines do not match)")
        self._featured_set = set(self._featured)
        self._texts = texts
        self._details = details
        self._index = {occ_id: i for i, occ_id in enumerate(self._ids)}
        self._cache: dict[int, LmiOccupation] = {}
        self._group_figures: dict[str, list[Figure]] = {}
        self._unavailable_figures = [
            Figure(kind, "", missing=reason) for kind, reason in sorted(self.unavailable.items())
        ]

    def __len__(self) -> int:
        return len(self._ids)

    def entry(self, index: int) -> Entry:
        """An occupation's id, ISCO code, featured flag, titles, synonyms and description, without
        reading its details (for search and lists)."""
        return Entry(self._ids[index], self._isco[index], index in self._featured_set, *self._texts[index])

    def search_entries(self) -> Iterator[tuple[int, str, list[str]]]:
        """For the job search: each occupation's index, Dutch title and its other names."""
        for i, (title_nl, title_en, synonyms_nl, synonyms_en, *_) in enumerate(self._texts):
            yield i, title_nl, [title_en, *synonyms_nl, *synonyms_en]

    def employees(self) -> dict[int, float]:
        """Per occupation (by index), the CBS count of employees (x1000) of its occupation group,
        where there is one: how common the work is, for the job search's tie-break."""
        per_isco: dict[str, float] = {}
        for isco, figures in self._isco_figures.items():
            for f in figures:
                if f[0] == "employees" and isinstance(f[3], int | float):
                    per_isco[isco] = float(f[3])
        return {i: per_isco[isco] for i, isco in enumerate(self._isco) if isco in per_isco}

    def featured(self) -> list[int]:
        """The occupations common for practically educated workers (offered first), in order."""
        return list(self._featured)

    def index_of(self, uri_or_id: str) -> int | None:
        return self._index.get(uri_or_id.removeprefix(ESCO_OCCUPATION))

    def occupation(self, key: int | str) -> LmiOccupation | None:
        """The whole entry, its details read from lmi-details.jsonl (kept for the next calls)."""
        index = self.index_of(key) if isinstance(key, str) else key
        if index is None or not 0 <= index < len(self._ids):
            return None
        found = self._cache.get(index)
        if found is None:
            found = self._read(index)
            if len(self._cache) >= CACHE:
                del self._cache[next(iter(self._cache))]  # the oldest
            self._cache[index] = found
        return found

    def _read(self, index: int) -> LmiOccupation:
        e = self.entry(index)
        try:
            with self._details.open("rb") as f:
                f.seek(self._offsets[index])
                line = f.read(self._offsets[index + 1] - self._offsets[index])
            groups, figures, nearest, skills = json.loads(line)
            return LmiOccupation(
                id=e.id,
                isco=e.isco,
                title=e.title,
                synonyms=TextList(list(e.synonyms_nl), list(e.synonyms_en)),
                description=Text(e.description_nl, e.description_en),
                featured=e.featured,
                groups=[GroupShare(*g) for g in groups],
                figures=[Figure(*f) for f in figures],
                nearest=[Neighbour(*n) for n in nearest],
                skills=[int(k) for k in skills],
            )
        except (OSError, ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
            raise ContentError(f"{self._details.name}: cannot be read (occupation {index}: {exc})") from exc

    def figures(self, occ: LmiOccupation) -> list[Figure]:
        """Its ISCO group's figures, its own, and the indicators no source covers (each with a reason)."""
        if occ.isco not in self._group_figures:  # made once per ISCO group, not on every call
            try:
                self._group_figures[occ.isco] = [Figure(*f) for f in self._isco_figures.get(occ.isco, [])]
            except TypeError as exc:
                raise ContentError(f"lmi.jsonl: isco_figures.{occ.isco}: {exc}") from exc
        return [*self._group_figures[occ.isco], *occ.figures, *self._unavailable_figures]

    def figure(self, occ: LmiOccupation, kind: str) -> Figure | None:
        return next((f for f in self.figures(occ) if f.kind == kind), None)

    def group_words(self, groups: list[int], skills_only: bool = False) -> list[Text]:
        """The worker's words for skill groups (by index), each once; `skills_only` leaves out the
        fields of knowledge (never "you can already")."""
        out: list[Text] = []
        for g in groups:
            shown = 0 <= g < len(self.groups) and not (skills_only and self.groups[g].knowledge)
            if shown and self.groups[g].label not in out:
                out.append(self.groups[g].label)
        return out

    def skill_labels(self, occ: LmiOccupation, top: int = 3) -> list[Text]:
        """Concrete ESCO skills of this occupation that travel across sectors, in the worker's words
        (only skills with a phrase in skill_words.yaml), essential ones first."""
        return [self.skills[k].label for k in occ.skills[:top] if 0 <= k < len(self.skills)]

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def routes_of(self, occ: LmiOccupation | None) -> list[RouteFact]:
        """Its route facts (content/lmi/routes.yaml): licences, diplomas and certificates first,
        where to ask last; none for most occupations."""
        return list(self.routes.get(occ.id, [])) if occ is not None else []

    def route_source(self, url: str) -> RouteSource | None:
        """The page a route fact was read on, by its address."""
        return next((f.source for facts in self.routes.values() for f in facts if f.source.url == url), None)


def load_lmi(path: Path | None = None) -> Lmi:
    steps = loading_lmi(path)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            lmi: Lmi = done.value
            return lmi


def loading_lmi(path: Path | None = None, chunk: int = 100) -> Generator[None, None, Lmi]:
    """Load lmi.jsonl a chunk of lines at a time: the generator yields after the head and after
    every `chunk` occupations, and returns the Lmi. `path` (or the KOERS_LMI environment
    variable) names lmi.jsonl; its details file lies next to it. Reading everything in one go
    took ~0.3 s in the browser, a frozen page; this way idle frames can do it a few
    milliseconds each (Session.warm_up). A missing, broken or cut-off file is a ContentError
    that names the file."""
    path = path or Path(os.environ.get("KOERS_LMI") or LMI_FILE)
    name = path.name
    head: dict[str, typing.Any] | None = None
    texts: list[tuple[typing.Any, ...]] = []
    width = len(TEXT_COLUMNS)
    try:
        with path.open("rb") as f:
            head = _head(f.readline(), name)
            count = len(head["index"]["id"])
            yield
            for line in f:
                if not line.endswith(b"\n"):
                    raise ValueError(f"the last line is cut off, after {len(texts)} of {count} occupations")
                row = tuple(json.loads(line))
                if len(row) != width or not all(map(isinstance, row, TEXT_TYPES)):
                    raise ValueError(f"not the {width} texts of an occupation ({', '.join(TEXT_COLUMNS)})")
                texts.append(row)
                if len(texts) % chunk == 0:
                    yield
    except FileNotFoundError as exc:
        raise ContentError(f"{name}: file not found") from exc
    except OSError as exc:
        raise ContentError(f"{name}: cannot be read ({exc})") from exc
    except (ValueError, TypeError) as exc:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        line_no = 1 if head is None else len(texts) + 2
        raise ContentError(f"{name}: cannot be read (line {line_no}: {exc})") from exc
    if len(texts) != count:
        raise ContentError(f"{name}: cannot be read (cut off: {len(texts)} of {count} occupations)")
    details = path.with_name(head["details"]["file"])
    expected = head["details"]["bytes"]
    try:
        size = details.stat().st_size
    except FileNotFoundError as exc:
        raise ContentError(f"{details.name}: file not found") from exc
    except OSError as exc:
        raise ContentError(f"{details.name}: cannot be read ({exc})") from exc
    if size != expected or sum(head["index"]["details_bytes"]) != expected:
        raise ContentError(
            f"{details.name}: cannot be read ({size} bytes where {name} expects {expected}:"
            " cut off, or from another build)"
        )
    yield
    return Lmi(head, texts, details, name)


def _head(line: bytes, name: str) -> dict[str, typing.Any]:
    """The first line of lmi.jsonl, checked for the format markers, the columns and the lists."""
    head = json.loads(line)
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise ContentError(f"{name}: not a Koers labour-market file")
    if head.get("format_version") != FORMAT_VERSION or head.get("columns") != COLUMNS:
        raise ContentError(
            f"{name}: a labour-market file of another version"
            f" (format {head.get('format_version')}; this game reads {FORMAT_VERSION})"
        )
    try:
        index, details = head["index"], head["details"]
        lists = [index[k] for k in INDEX_COLUMNS if k != "featured"]
        ok = all(isinstance(x, list) and len(x) == len(lists[0]) for x in lists)
        ok = ok and all(isinstance(i, int) and 0 <= i < len(lists[0]) for i in index["featured"])
        ok = ok and all(isinstance(n, int) for n in index["details_bytes"]) and isinstance(details["bytes"], int)
        ok = ok and isinstance(details["file"], str) and "/" not in details["file"] and "\\" not in details["file"]
    except (KeyError, TypeError) as exc:
        raise ContentError(f"{name}: missing part {exc}") from exc
    if not ok:
        raise ContentError(f"{name}: cannot be read (the head's occupation lists or details file are malformed)")
    return head


def still_to_learn(occ: LmiOccupation, near: Neighbour) -> list[int]:
    """The skill groups a nearby job asks for that `occ` does not ask for at all: ESCO's
    "missing" groups, less those `occ` has among its optional skills (never "still to learn"
    what the job already asks for)."""
    own = {g.group for g in occ.groups}
    return [g for g in near.missing if g not in own]
