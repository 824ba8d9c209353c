"""ESCO bulk import: the CSV download as ESCO's portal serves it, a zip or an unpacked folder,
one per language (plus the language-independent relations)."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


class EscoError(Exception):
    pass


def _members(location: Path) -> dict[str, tuple[zipfile.ZipFile, str] | Path]:
    """Base name -> a way to open it, for a zip or a folder (searched recursively)."""
    if location.is_file() and zipfile.is_zipfile(location):
        archive = zipfile.ZipFile(location)
        return {Path(n).name: (archive, n) for n in archive.namelist() if n.endswith(".csv")}
    if location.is_dir():
        return {p.name: p for p in sorted(location.rglob("*.csv"))}
    raise EscoError(f"{location}: neither an ESCO zip nor a folder")


def read_rows(locations: list[Path], name: str) -> Iterator[dict[str, str]]:
    """Rows of the first CSV called `name` found in `locations` (zips or folders)."""
    for location in locations:
        found = _members(location).get(name)
        if found is None:
            continue
        if isinstance(found, tuple):  # a member of a zip
            archive, member = found
            with archive.open(member) as raw:
                yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
        else:
            with open(found, encoding="utf-8-sig", newline="") as fh:
                yield from csv.DictReader(fh)
        return
    raise EscoError(f"{name} not found in {', '.join(str(p) for p in locations)}")


@dataclass
class EscoOccupation:
    uri: str
    isco: str
    code: str
    title: dict[str, str] = field(default_factory=dict)
    synonyms: dict[str, list[str]] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)


@dataclass
class EscoData:
    version: str
    occupations: dict[str, EscoOccupation]  # uri -> occupation
    relations: list[tuple[str, str, str]]  # (occupation uri, essential|optional, skill uri)
    broader: dict[str, list[str]]  # skill or group uri -> broader group uris
    group_code: dict[str, str]  # group uri -> code
    group_label: dict[str, dict[str, str]]  # group uri -> {lang: label}


def _lines(value: str) -> list[str]:
    return [x.strip() for x in (value or "").split("\n") if x.strip()]


def load(
    locations_by_lang: dict[str, list[Path]],
    shared: list[Path],
    version: str,
    occupation_files: dict[str, str] | None = None,
) -> EscoData:
    """Read occupations and skill groups per language and the relations.

    `occupation_files` may rename the occupations file per language (some mirrors do).
    """
    occupation_files = occupation_files or {}
    occupations: dict[str, EscoOccupation] = {}
    for lang, locations in locations_by_lang.items():
        name = occupation_files.get(lang, f"occupations_{lang}.csv")
        for row in read_rows(locations, name):
            if row.get("conceptType", "Occupation") != "Occupation":
                continue
            uri = row["conceptUri"]
            occ = occupations.get(uri)
            if occ is None:
                if lang != "en" and occupations:
                    continue  # only occupations of the reference language
                occ = occupations[uri] = EscoOccupation(uri, row["iscoGroup"], row.get("code", ""))
            occ.title[lang] = row["preferredLabel"].strip()
            occ.synonyms[lang] = _lines(row.get("altLabels", ""))
            occ.description[lang] = " ".join((row.get("description") or "").split())
    relations = [
        (r["occupationUri"], r["relationType"], r["skillUri"])
        for r in read_rows(shared, "occupationSkillRelations.csv")
        if r["occupationUri"] in occupations
    ]
    broader: dict[str, list[str]] = {}
    for r in read_rows(shared, "broaderRelationsSkillPillar.csv"):
        broader.setdefault(r["conceptUri"], []).append(r["broaderUri"])
    group_code: dict[str, str] = {}
    group_label: dict[str, dict[str, str]] = {}
    for lang, locations in locations_by_lang.items():
        for r in read_rows(locations, f"skillGroups_{lang}.csv"):
            group_label.setdefault(r["conceptUri"], {})[lang] = r["preferredLabel"].strip()
            if r.get("code"):
                group_code[r["conceptUri"]] = r["code"].strip()
    return EscoData(version, occupations, relations, broader, group_code, group_label)
