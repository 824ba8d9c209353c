"""The generated labour-market content (game/assets/lmi.json), loaded with the standard library.

The file holds all 3,007 ESCO occupations; an occupation becomes a dataclass only when it is
used, so loading stays fast in the browser.
"""

from __future__ import annotations

import os
import typing
from pathlib import Path

from . import paths
from .content import ContentError, read_json
from .schema import ESCO_OCCUPATION, Figure, LmiData, LmiOccupation, SchemaError, SkillGroup, Source, Text, from_plain

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
    path = path or Path(os.environ.get("KOERS_LMI") or LMI_JSON)
    data = read_json(path)
    if not isinstance(data, dict) or data.get("format") != "koers-lmi":
        raise ContentError(f"{path.name}: not a Koers labour-market file")
    return Lmi(data)
