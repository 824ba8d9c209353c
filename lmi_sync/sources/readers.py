"""Readers for the CBS, Nesta and O*NET files (build time only)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


class InputError(ValueError):
    """An input file is not what it should be; the message names the file and the problem."""


def _csv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path.name}: missing columns {missing}")
        rows = list(reader)
    if not rows:
        raise InputError(f"{path.name}: no rows")
    return rows


def _float(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


# CBS ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class BrcRow:
    code: str  # 2, 3 or 4 digits (klasse, segment, beroepsgroep)
    title: str
    employees_thousands: float | None
    p25: float | None
    p50: float | None
    p75: float | None


def cbs_wages(path: Path) -> dict[str, BrcRow]:
    """CBS 85517NED (2022): hourly wage quartiles and employees per BRC 2014 level."""
    rows = {}
    for r in _csv(path, ("brc", "title", "employees_thousands", "p25", "p50", "p75")):
        code = r["brc"].strip()
        title = r["title"].strip()
        if title.startswith(code + " "):
            title = title[len(code) + 1 :]
        rows[code] = BrcRow(
            code,
            title.rstrip(". "),
            _float(r["employees_thousands"]),
            _float(r["p25"]),
            _float(r["p50"]),
            _float(r["p75"]),
        )
    return rows


@dataclass(frozen=True)
class IscoToBrc:
    isco: str
    brc_group: str
    brc_group_label: str
    brc_segment: str
    brc_segment_label: str
    brc_class: str
    brc_class_label: str
    skill_level: int | None


def cbs_isco_crosswalk(path: Path) -> dict[str, IscoToBrc]:
    """CBS BRC 2014: ISCO-08 unit group -> BRC beroepsgroep, segment and klasse, with ISCO skill level."""
    out = {}
    need = ("ISCO2008unitgroup", "BRC2014beroepsgroep", "BRC2014beroepssegment", "BRC2014beroepsklasse")
    for r in _csv(path, need):
        level = (r.get("ISCO2008niveau") or "").strip()
        out[r["ISCO2008unitgroup"].strip().zfill(4)] = IscoToBrc(
            r["ISCO2008unitgroup"].strip().zfill(4),
            r["BRC2014beroepsgroep"].strip().zfill(4),
            r["BRC2014beroepsgroep_label"].strip(),
            r["BRC2014beroepssegment"].strip().zfill(3),
            r["BRC2014beroepssegment_label"].strip(),
            r["BRC2014beroepsklasse"].strip().zfill(2),
            r["BRC2014beroepsklasse_label"].strip(),
            int(level) if level.isdigit() else None,
        )
    return out


# Nesta -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Risk:
    score: float
    category: str  # "High risk", "Low risk", "Other"


def nesta_risk(path: Path) -> dict[str, Risk]:
    """Nesta Mapping Career Causeways automation risk per ESCO occupation URI."""
    return {
        r["concept_uri"]: Risk(float(r["risk"]), r["risk_category"].strip())
        for r in _csv(path, ("concept_uri", "risk", "risk_category"))
        if r.get("risk")
    }


def nesta_onet_crosswalk(path: Path) -> dict[str, str]:
    """Nesta ESCO -> O*NET-SOC 2010 crosswalk: ESCO URI -> O*NET code."""
    return {
        r["concept_uri"]: r["onet_code"].strip() for r in _csv(path, ("concept_uri", "onet_code")) if r.get("onet_code")
    }


# O*NET -------------------------------------------------------------------------------
def _xlsx_rows(path: Path, header_first: str) -> list[dict[str, object]]:
    """Rows of the first sheet, below the row whose first cell is `header_first`."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        rows = wb.worksheets[0].iter_rows(values_only=True)
        header = None
        out: list[dict[str, object]] = []
        for row in rows:
            if header is None:
                if row and row[0] == header_first:
                    header = [str(c) for c in row]
                continue
            if row and row[0] is not None:
                out.append(dict(zip(header, row, strict=False)))
        if header is None:
            raise ValueError(f"{path.name}: no header row starting with {header_first!r}")
        return out
    finally:
        wb.close()


def onet_2010_to_2019(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in _xlsx_rows(path, "O*NET-SOC 2010 Code"):
        out.setdefault(str(r["O*NET-SOC 2010 Code"]), []).append(str(r["O*NET-SOC 2019 Code"]))
    return out


def onet_2019_titles(path: Path) -> dict[str, str]:
    """O*NET-SOC 2019 code -> its title (from the 2010 -> 2019 crosswalk)."""
    return {
        str(r["O*NET-SOC 2019 Code"]): str(r.get("O*NET-SOC 2019 Title") or "")
        for r in _xlsx_rows(path, "O*NET-SOC 2010 Code")
    }


RIASEC_NAMES = {
    "Realistic": "R",
    "Investigative": "I",
    "Artistic": "A",
    "Social": "S",
    "Enterprising": "E",
    "Conventional": "C",
}


def onet_interests(path: Path) -> dict[str, dict[str, float]]:
    """O*NET Interests: occupation -> RIASEC letter -> occupational interest score (1-7)."""
    out: dict[str, dict[str, float]] = {}
    for r in _xlsx_rows(path, "O*NET-SOC Code"):
        letter = RIASEC_NAMES.get(str(r["Element Name"]))
        if letter and r["Scale ID"] == "OI":
            out.setdefault(str(r["O*NET-SOC Code"]), {})[letter] = _number(r["Data Value"])
    return out


def onet_job_zones(path: Path) -> dict[str, int]:
    return {str(r["O*NET-SOC Code"]): int(_number(r["Job Zone"])) for r in _xlsx_rows(path, "O*NET-SOC Code")}


def _number(value: object) -> float:
    """A spreadsheet cell that holds a number (or a number as text)."""
    if isinstance(value, int | float | str):
        return float(value)
    raise ValueError(f"not a number: {value!r}")
