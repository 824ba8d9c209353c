"""Routes into the work (content/lmi/routes.yaml), checked at build time.

For some featured occupations: the licence, diploma or certificate that leads there and where
to ask, in plain Dutch and English, each fact with the public page it comes from (publisher,
title, https address and the day it was read). Nothing here is derived from the data sets:
every fact is one a person read on that page. The build refuses a fact without a source, an
address that is not https, a kind or a key it does not know, and an occupation that is not an
existing featured ESCO occupation. The game shows the facts on "Over jouw werk" instead of
"we do not know which diploma"; the audit checks again that each fact has a source.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lmi_sync.layer import read_model

ROUTE_KINDS = ("licence", "diploma", "certificate", "where")  # the order the game shows them in


class RoutesError(ValueError):
    """routes.yaml breaks its rule; the message names the file and the entries."""


class RouteSourceModel(BaseModel):
    """The public page a fact was read on."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    publisher: str = Field(min_length=2)
    title: str = Field(min_length=2)
    url: str = Field(pattern=r"^https://[^\s/]+\.[^\s]+$")
    read: dt.date  # the day the page was read
    lang: Literal["nl", "en"] = "nl"  # the page's language (the source screen says when it is not the player's)


class RouteFactModel(BaseModel):
    """One fact: its kind, the sentence in Dutch (B1) and English, and its source."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    kind: Literal["licence", "diploma", "certificate", "where"]
    nl: str = Field(min_length=10)
    en: str = Field(min_length=10)
    source: RouteSourceModel


class RoutesFile(BaseModel):
    """routes.yaml: `routes` (occupation UUID -> facts) is what the game gets; `sources` and
    `facts` hold pages and facts several occupations share (used there by their YAML anchor),
    validated the same way."""

    model_config = ConfigDict(extra="forbid")
    sources: dict[str, RouteSourceModel] = {}
    facts: dict[str, RouteFactModel] = {}
    routes: dict[str, list[RouteFactModel]] = {}


def load_routes(path: Path) -> RoutesFile:
    """routes.yaml validated for its shape (pydantic); no file is no routes."""
    return read_model(path, RoutesFile, RoutesFile(), RoutesError, most=20)


def route_entries(path: Path, featured_ids: set[str], known_ids: set[str]) -> dict[str, list[dict]]:
    """The `routes` of lmi.jsonl: ESCO occupation UUID -> its facts as plain dicts (kind, text,
    source), kinds in ROUTE_KINDS order and the file's order within a kind. Every key must be an
    existing ESCO occupation that the game features (`featured_ids`), with at least one fact."""
    routes = load_routes(path).routes
    unknown = sorted(k for k in routes if k not in known_ids)
    if unknown:
        raise RoutesError(f"{path.name}: not an ESCO occupation: {unknown}")
    unfeatured = sorted(k for k in routes if k not in featured_ids)
    if unfeatured:
        raise RoutesError(f"{path.name}: not a featured occupation (content/lmi/featured.yaml): {unfeatured}")
    empty = sorted(k for k, facts in routes.items() if not facts)
    if empty:
        raise RoutesError(f"{path.name}: an occupation without facts: {empty}")
    out: dict[str, list[dict]] = {}
    for key in sorted(routes):
        facts = sorted(routes[key], key=lambda f: ROUTE_KINDS.index(f.kind))  # stable: the file's order within a kind
        out[key] = [
            {
                "kind": f.kind,
                "text": {"nl": f.nl, "en": f.en},
                "source": {
                    "publisher": f.source.publisher,
                    "title": f.source.title,
                    "url": f.source.url,
                    "read": f.source.read.isoformat(),
                    "lang": f.source.lang,
                },
            }
            for f in facts
        ]
    return out
