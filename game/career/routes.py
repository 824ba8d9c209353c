"""Routes into the work in words (pure): the line under a route fact that says where it was
read, and the facts as the coach's sheet lists them. The facts come from lmi.jsonl (`routes`,
written by lmi_sync from content/lmi/routes.yaml)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from game.career.revisit import day_text
from game.career.schema import RouteFact, RouteSource, Text

ROUTE_SOURCE_PREFIX = "route:"  # a source id on "Hoe weten we dit?": "route:" + the page's address


def read_date(iso: str, t: Callable[..., str]) -> str:
    """2026-12-02 -> "2 december 2026" (the month's name from the texts); as given if not a date."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return day_text(day, t)


def source_text(source: RouteSource, t: Callable[..., str]) -> str:
    """ "Bron: RDW (rijbewijs.nl), gelezen 2 december 2026." """
    return t("route.source", publisher=source.publisher, date=read_date(source.read, t))


def steps(facts: list[RouteFact]) -> list[RouteFact]:
    """The licences, diplomas and certificates (not where to ask)."""
    return [f for f in facts if f.kind != "where"]


def source_ids(facts: list[RouteFact]) -> list[str]:
    """The pages the facts were read on, each once, in the order shown."""
    out: list[str] = []
    for f in facts:
        sid = ROUTE_SOURCE_PREFIX + f.source.url
        if sid not in out:
            out.append(sid)
    return out


def sheet_lines(facts: list[RouteFact], t: Callable[..., str], text: Callable[[Text | None], str]) -> list[str]:
    """The steps into the work for the coach's sheet, each with its publisher."""
    return [t("sheet.route", fact=text(f.text), publisher=f.source.publisher) for f in steps(facts)]
