"""The hand-made layer over the raw data (content/lmi): Dutch titles and crosswalk corrections,
each checked against the rule that keeps it sourced (build time only). The plain words for
skill groups are in lmi_sync.words."""

from __future__ import annotations

from pathlib import Path

import yaml

from game.career.schema import ESCO_OCCUPATION
from lmi_sync.sources import esco_bulk


class LayerError(ValueError):
    """An entry of the layer breaks its rule; the message names the file and the entries."""


def load_titles(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {ESCO_OCCUPATION + str(k): str(v) for k, v in (data.get("titles") or {}).items()}


def dutch_titles(esco: esco_bulk.EscoData, titles: dict[str, str]) -> dict[str, str]:
    """The Dutch titles of titles.yaml, each checked to be one of ESCO's Dutch alternative labels."""
    bad = [
        f"{uri.rsplit('/', 1)[-1]}: {title!r}"
        for uri, title in sorted(titles.items())
        if uri not in esco.occupations or title not in esco.occupations[uri].synonyms.get("nl", [])
    ]
    if bad:
        raise LayerError(f"content/lmi/titles.yaml: not an ESCO Dutch label of that occupation: {bad}")
    return titles


def crosswalk_fixes(esco: esco_bulk.EscoData, links: dict[str, list[str]], path: Path) -> dict[str, list[str]]:
    """The corrections of crosswalk_fixes.yaml, each checked against its rule: the new O*NET
    occupation is one an ISCO sibling (same ISCO-08 unit group) is already linked to."""
    if not path.exists():
        return {}
    fixes = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("fixes") or {}
    out: dict[str, list[str]] = {}
    bad = []
    for key, fix in sorted(fixes.items()):
        uri = ESCO_OCCUPATION + str(key)
        occ = esco.occupations.get(uri)
        code = str((fix or {}).get("onet", ""))
        siblings = {
            c
            for other, o in esco.occupations.items()
            if occ and o.isco == occ.isco and other != uri
            for c in links.get(other, [])
        }
        if occ is None or code not in siblings or not (fix or {}).get("why"):
            bad.append(f"{key}: {code!r}")
        out[uri] = [code]
    if bad:
        raise LayerError(
            f"{path.name}: a fix must name an O*NET occupation an ISCO sibling is linked to, and why: {bad}"
        )
    return out
