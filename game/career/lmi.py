"""The generated labour-market content (game/assets/lmi.json), loaded with the standard library.

The file holds all 3,007 ESCO occupations; an occupation becomes a dataclass only when it is
used, and the file can be parsed a piece at a time (`loading_lmi`), so the browser never
freezes on it.
"""

from __future__ import annotations

import json
import os
import re
import typing
from collections.abc import Generator, Iterator
from pathlib import Path

from game.career.content import ContentError
from game.career.schema import ESCO_OCCUPATION, Figure, LmiData, LmiOccupation, SkillGroup, Source, Text
from game.engine import paths
from game.engine.plain import SchemaError, from_plain

LMI_JSON = paths.ASSETS / "lmi.json"
HINTS = typing.get_type_hints(LmiData)


class Lmi:
    def __init__(self, data: dict) -> None:
        try:
            self.sources: list[Source] = from_plain(HINTS["sources"], data["sources"], "lmi.sources")
            self.reasons: dict[str, Text] = from_plain(HINTS["reasons"], data["reasons"], "lmi.reasons")
            self.scopes: dict[str, Text] = from_plain(HINTS["scopes"], data["scopes"], "lmi.scopes")
            self.groups: list[SkillGroup] = from_plain(HINTS["groups"], data["groups"], "lmi.groups")
            self.method: Text = from_plain(Text, data["method"], "lmi.method")
            self.generated: str = data["generated"]
            self.version: str = data["content_version"]
            self._isco_figures = data["isco_figures"]
            self.unavailable: dict[str, str] = data["unavailable"]
        except (KeyError, TypeError) as exc:
            raise ContentError(f"lmi.json: missing part {exc}") from exc
        except SchemaError as exc:
            raise ContentError(f"lmi.json: {exc}") from exc
        self._raw = data["occupations"]
        self._index = {o["id"]: i for i, o in enumerate(self._raw)}
        self._cache: dict[int, LmiOccupation] = {}
        self._group_figures: dict[str, list[Figure]] = {}
        self._unavailable_figures = [
            Figure(kind, "", missing=reason) for kind, reason in sorted(self.unavailable.items())
        ]

    def __len__(self) -> int:
        return len(self._raw)

    def raw(self, index: int) -> dict:
        """The plain entry (for search over titles without building dataclasses)."""
        return self._raw[index]

    def search_entries(self) -> Iterator[tuple[int, str, list[str]]]:
        """For the job search: each occupation's index, Dutch title and its other names."""
        for i, raw in enumerate(self._raw):
            yield i, raw["title"]["nl"], [raw["title"]["en"], *raw["synonyms"]["nl"], *raw["synonyms"]["en"]]

    def featured(self) -> list[int]:
        """The occupations common for practically educated workers (offered first)."""
        return [i for i, raw in enumerate(self._raw) if raw["featured"]]

    def index_of(self, uri_or_id: str) -> int | None:
        return self._index.get(uri_or_id.removeprefix(ESCO_OCCUPATION))

    def occupation(self, key: int | str) -> LmiOccupation | None:
        index = self.index_of(key) if isinstance(key, str) else key
        if index is None or not 0 <= index < len(self._raw):
            return None
        if index not in self._cache:
            try:
                self._cache[index] = from_plain(LmiOccupation, self._raw[index], f"lmi.occupations[{index}]")
            except SchemaError as exc:
                raise ContentError(f"lmi.json: {exc}") from exc
        return self._cache[index]

    def figures(self, occ: LmiOccupation) -> list[Figure]:
        """Its ISCO group's figures, its own, and the indicators no source covers (each with a reason)."""
        if occ.isco not in self._group_figures:  # converted once per ISCO group, not on every call
            try:
                self._group_figures[occ.isco] = from_plain(
                    list[Figure], self._isco_figures.get(occ.isco, []), f"lmi.isco_figures.{occ.isco}"
                )
            except SchemaError as exc:
                raise ContentError(f"lmi.json: {exc}") from exc
        return [*self._group_figures[occ.isco], *occ.figures, *self._unavailable_figures]

    def figure(self, occ: LmiOccupation, kind: str) -> Figure | None:
        return next((f for f in self.figures(occ) if f.kind == kind), None)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


def load_lmi(path: Path | None = None) -> Lmi:
    steps = loading_lmi(path)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def loading_lmi(path: Path | None = None, chunk: int = 100) -> Generator[None, None, Lmi]:
    """Load lmi.json a piece at a time: the generator yields after every `chunk` occupations
    and returns the Lmi. Parsing the 6 MB file in one go took ~0.3 s in the browser, a frozen
    page; this way idle frames can do it a few milliseconds each (App.warm_up)."""
    path = path or Path(os.environ.get("KOERS_LMI") or LMI_JSON)
    try:
        raw = path.read_bytes()
        yield
        text = raw.decode("utf-8")
    except FileNotFoundError as exc:
        raise ContentError(f"{path.name}: file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path.name}: cannot be read ({exc})") from exc
    del raw
    yield
    try:
        data = yield from _objects_stepwise(text, "occupations", chunk)
    except ValueError as exc:  # json.JSONDecodeError included
        raise ContentError(f"{path.name}: cannot be read ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != "koers-lmi":
        raise ContentError(f"{path.name}: not a Koers labour-market file")
    return Lmi(data)


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _objects_stepwise(text: str, long_key: str, chunk: int) -> Generator[None, None, object]:
    """json.loads(text), yielding every `chunk` items of the list under the top-level `long_key`."""

    def skip(i: int) -> int:
        return _SPACE.match(text, i).end()

    def expect(i: int, chars: str) -> tuple[str, int]:
        """The next character after white space, which must be one of `chars`, and the index after it."""
        i = skip(i)
        char = text[i : i + 1]
        if not char or char not in chars:
            raise ValueError(f"expected {' or '.join(map(repr, chars))} at character {i}")
        return char, i + 1

    def empty(i: int, closing: str) -> tuple[bool, int]:
        """Just after an opening bracket: whether it closes at once, and where to go on."""
        i = skip(i)
        return (True, i + 1) if text.startswith(closing, i) else (False, i)

    i = skip(0)
    if not text.startswith("{", i):  # not an object: let the decoder say what it is
        return _DECODER.decode(text)
    data: dict = {}
    closed, i = empty(i + 1, "}")
    while not closed:
        key, i = _DECODER.raw_decode(text, skip(i))
        if not isinstance(key, str):
            raise ValueError(f"a key must be a string, before character {i}")
        _, i = expect(i, ":")
        i = skip(i)
        if key == long_key and text.startswith("[", i):
            items: list = []
            ended, i = empty(i + 1, "]")
            while not ended:
                item, i = _DECODER.raw_decode(text, skip(i))
                items.append(item)
                if len(items) % chunk == 0:
                    yield
                sep, i = expect(i, ",]")
                ended = sep == "]"
            data[key] = items
        else:
            data[key], i = _DECODER.raw_decode(text, i)
            yield
        sep, i = expect(i, ",}")
        closed = sep == "}"
    if skip(i) != len(text):
        raise ValueError(f"extra data at character {skip(i)}")
    return data
