"""`python -m lmi_sync build`: occupation content from real labour-market data.

Reads the raw data sets (never copied into the project), joins them per ESCO occupation,
validates the result with pydantic against the game's own dataclasses (`game.career.schema.LmiData`)
and writes `game/assets/lmi.jsonl` and `lmi-details.jsonl` (laid out as `game/career/lmi.py`
describes) atomically and byte-for-byte reproducibly.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from game.career.schema import ESCO_OCCUPATION, LmiData
from game.engine import paths
from lmi_sync import lmi_files, transfer, words
from lmi_sync.layer import LayerError, crosswalk_review, dutch_titles, load_titles, plain_descriptions
from lmi_sync.routes import RoutesError, route_entries
from lmi_sync.rules import display_groups, segment_reason, sibling_disagreements, sibling_links
from lmi_sync.sources import esco_bulk, readers

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LMI = ROOT.parent / "shared" / "lmi"
SOURCES_YAML = ROOT / "content" / "lmi" / "sources.yaml"
FEATURED_YAML = ROOT / "content" / "lmi" / "featured.yaml"
LAYER = ROOT / "content" / "lmi"  # the hand-made layer over the raw data: words, titles, descriptions, fixes
WORDS_YAML = LAYER / "skill_words.yaml"
ROUTES_YAML = LAYER / "routes.yaml"  # which licence, diploma or certificate, and where to ask (lmi_sync.routes)
DESCRIPTIONS_YAML = LAYER / "descriptions.yaml"  # ESCO's descriptions of featured occupations in plain words
OUT = paths.ASSETS / "lmi.jsonl"
FORMAT = "koers-lmi"
CONTENT_VERSION = "1.0.0"
MAX_SYNONYMS = 5
MAX_DESCRIPTION = 220
MAX_GROUPS = 6
PRACTICAL_MAJORS = {"4", "5", "6", "7", "8", "9"}

# Where each input lives inside the data folder (the layout of ../shared/lmi).
INPUTS: dict[str, str] = {
    "esco_en": "esco/v1.1.1/ESCO dataset - v1.1.1 - classification - en - csv.zip",
    "esco_shared": "esco/v1.1.1/ESCO dataset - v1.1.1 - classification -  - csv.zip",
    "esco_nl": "esco/nl",
    "esco_nl_skills": "esco/v1.1.1/nl-partial/skill_labels_nl_partial.csv",
    "cbs_wages": "nl/cbs_85517NED_brc_wage_quartiles_2022.csv",
    "cbs_isco": "nl/cbs_brc2014_isco08_crosswalk.csv",
    "nesta_risk": "careerpaths/mcc_risk_All_occupations.csv",
    "nesta_onet": "crosswalks/esco_onet_crosswalk_MCC.csv",
    "onet_2010_2019": "crosswalks/ONET_2010_to_2019_Crosswalk.xlsx",
    "onet_interests": "onet/29.2/Interests.xlsx",
    "onet_job_zones": "onet/29.2/Job Zones.xlsx",
    "bls": "bls/bls_projections_2024_2034.json",
}
ESCO_NL_OCCUPATIONS = "occupations_nl__bas8334.csv"  # the v1.1.1 Dutch file in that folder
SOURCE_VERSIONS = {
    "esco": "ESCO v1.1.1",
    "cbs_85517ned": "85517NED 2022",
    "cbs_brc2014": "BRC 2014 / ISCO-08",
    "nesta_mcc": "mapping-career-causeways cb8c57a",
    "onet_29_2": "O*NET 29.2",
    "bls_ep_2024": "EP 2024-2034",
}


class SyncError(Exception):
    """A sync that cannot finish; the previous content is left untouched."""


@dataclass
class Timings:
    steps: dict[str, float] = field(default_factory=dict)

    def mark(self, name: str, start: float) -> float:
        now = time.perf_counter()
        self.steps[name] = round(now - start, 3)
        return now


def _input(lmi: Path, key: str) -> Path:
    path = lmi / INPUTS[key]
    if not path.exists():
        raise SyncError(f"input {key!r} not found: {path}")
    return path


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else text
    if len(sentence) > MAX_DESCRIPTION:
        sentence = sentence[: MAX_DESCRIPTION - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def riasec_code(scores: dict[str, float]) -> str:
    order = "RIASEC"
    return "".join(sorted(scores, key=lambda x: (-scores[x], order.index(x)))[:3])


def build_data(
    lmi: Path,
    featured_uris: set[str],
    meta: dict[str, Any],
    timings: Timings | None = None,
    layer: Path = LAYER,
) -> dict:
    """`layer`: the folder of skill_words.yaml, titles.yaml, descriptions.yaml,
    crosswalk_fixes.yaml and routes.yaml (content/lmi; tests give their own)."""
    timings = timings or Timings()
    t = time.perf_counter()
    esco = esco_bulk.load(
        {"en": [_input(lmi, "esco_en")], "nl": [_input(lmi, "esco_nl")]},
        [_input(lmi, "esco_shared")],
        "v1.1.1",
        {"nl": ESCO_NL_OCCUPATIONS},
    )
    t = timings.mark("read_esco", t)
    wages = readers.cbs_wages(_input(lmi, "cbs_wages"))
    isco_brc = readers.cbs_isco_crosswalk(_input(lmi, "cbs_isco"))
    risk = readers.nesta_risk(_input(lmi, "nesta_risk"))
    esco_onet = readers.nesta_onet_crosswalk(_input(lmi, "nesta_onet"))
    onet_map = readers.onet_2010_to_2019(_input(lmi, "onet_2010_2019"))
    interests = readers.onet_interests(_input(lmi, "onet_interests"))
    zones = readers.onet_job_zones(_input(lmi, "onet_job_zones"))
    bls = json.loads(_input(lmi, "bls").read_text(encoding="utf-8"))
    bls_rows = bls.get("projections", {}) if isinstance(bls, dict) else {}
    t = timings.mark("read_other_sources", t)

    order = sorted(esco.occupations, key=lambda u: u.rsplit("/", 1)[-1])
    group_uris, groups_of = display_groups(esco)
    try:
        groups = words.group_entries(
            [f"isced-f:{c}" if re.fullmatch(r"\d+", c := esco.group_code[u]) else c for u in group_uris],
            group_uris,
            [
                {"nl": esco.group_label[u].get("nl") or esco.group_label[u]["en"], "en": esco.group_label[u]["en"]}
                for u in group_uris
            ],
            words.load_words(layer / WORDS_YAML.name),
        )
        skill_phrases = words.load_skill_words(layer / WORDS_YAML.name)
    except words.WordsError as exc:
        raise SyncError(str(exc)) from exc
    knowledge = {i for i, g in enumerate(groups) if g["knowledge"]}
    weights = transfer.skill_weights(esco.relations)
    t = timings.mark("skill_groups", t)
    links = {uri: onet_map.get(code, [code]) for uri, code in esco_onet.items()}

    def onet_codes_of(codes: list[str]) -> tuple[str | None, str | None]:
        """Of one link's O*NET codes: the one whose interests, and the one whose job zone, stand for it."""
        onet = next((c for c in codes if c in interests), None)
        return onet, onet if onet in zones else next((c for c in codes if c in zones), None)

    def onet_of(uri: str) -> tuple[str | None, str | None]:
        return onet_codes_of(links.get(uri, []))

    def shown(codes: list[str]) -> str | None:
        """The O*NET occupation the audit reads a link as (the interests' one, else the job zone's)."""
        onet, zone = onet_codes_of(codes)
        return onet or zone

    def us_soc(codes: list[str]) -> str | None:
        """The SOC occupation whose BLS projection stands for a link (trend_us)."""
        return next((c[:7] for c in codes if c[:7] in bls_rows), None)

    def us_trend(codes: list[str]) -> float | None:
        soc = us_soc(codes)
        value = bls_rows[soc].get("employment_change_pct") if soc else None
        return None if value is None else float(value)

    def listed(candidate: dict[str, list[str]]) -> dict[str, str]:
        """The links the audit would list as disagreeing with their ISCO siblings (rules.sibling_disagreements)."""
        rows = [
            (uri, esco.occupations[uri].isco, code, us_trend(candidate[uri]))
            for uri in order
            if uri in candidate and (code := shown(candidate[uri]))
        ]
        return {uri: code for uri, code, _ in sibling_disagreements(rows)}

    featured = {
        uri
        for uri, occ in esco.occupations.items()
        if uri in featured_uris or (occ.isco[:1] in PRACTICAL_MAJORS and occ.code == f"{occ.isco}.1")
    }
    try:
        titles = dutch_titles(esco, load_titles(layer / "titles.yaml"))
        plain = plain_descriptions(esco, featured, layer / DESCRIPTIONS_YAML.name)
        links |= sibling_links(esco, links, readers.onet_2019_titles(_input(lmi, "onet_2010_2019")))
        links |= crosswalk_review(esco, links, layer / "crosswalk_fixes.yaml", shown, listed)
    except LayerError as exc:
        raise SyncError(str(exc)) from exc

    facts = {}
    for uri in order:
        onet, zone_code = onet_of(uri)
        brc_row = isco_brc.get(esco.occupations[uri].isco.zfill(4))
        facts[uri] = transfer.Facts(
            isco=esco.occupations[uri].isco,
            job_zone=zones[zone_code] if zone_code else None,
            level=brc_row.skill_level if brc_row else None,
            riasec=riasec_code(interests[onet]) if onet else "",
        )
    near = transfer.nearest(order, weights, groups_of=groups_of, facts=facts)
    t = timings.mark("nearest", t)
    try:
        skill_table, skill_picks = words.concrete_skills(
            order,
            weights,
            esco_bulk.read_rows([_input(lmi, "esco_en")], "skills_en.csv"),
            esco_bulk.read_rows([_input(lmi, "esco_nl_skills").parent], _input(lmi, "esco_nl_skills").name),
            skill_phrases,
        )
    except words.WordsError as exc:
        raise SyncError(str(exc)) from exc
    t = timings.mark("concrete_skills", t)

    scopes: dict[str, dict[str, str]] = {}

    def scope(level: str, code: str, label: str) -> str:
        """A plain name of the CBS group a figure is about; "brc-segment:" keys mark a broader group
        (the game's sentence says so)."""
        key = f"brc:{code}" if level == "group" else f"brc-segment:{code}"
        names = {
            "group": ("CBS-beroepsgroep", "CBS occupation group (Dutch name)"),
            "segment": ("Bredere CBS-groep", "Broader CBS group (Dutch name)"),
        }
        nl, en = names[level]
        scopes[key] = {"nl": f"{nl}: {label}.", "en": f"{en}: {label}."}
        return key

    def isco_group_figures(isco: str) -> list[dict[str, Any]]:
        figures: list[dict[str, Any]] = []
        brc = isco_brc.get(isco.zfill(4))
        if brc is None:
            return [
                {"kind": k, "source": "cbs_85517ned", "missing": "no_brc"}
                for k in ("employees", "wage_p25", "wage_p50", "wage_p75")
            ] + [{"kind": "education", "source": "cbs_brc2014", "missing": "no_brc"}]
        group = wages.get(brc.brc_group)
        segment = wages.get(brc.brc_segment)
        for row, level, code, label in (
            (group, "group", brc.brc_group, brc.brc_group_label),
            (segment, "segment", brc.brc_segment, brc.brc_segment_label),
        ):
            if row is not None and row.employees_thousands is not None:
                figures.append(
                    {
                        "kind": "employees",
                        "source": "cbs_85517ned",
                        "year": 2022,
                        "value": row.employees_thousands,
                        "unit": "x1000",
                        "scope": scope(level, code, label),
                    }
                )
                break
        else:
            figures.append({"kind": "employees", "source": "cbs_85517ned", "missing": "cbs_suppressed"})
        reason = "cbs_suppressed"
        if group is not None and group.p50 is not None:
            row, where = group, scope("group", brc.brc_group, brc.brc_group_label)
        elif segment is not None and segment.p50 is not None:
            why = segment_reason(isco, brc, isco_brc, wages)
            if why is None:
                row, where = segment, scope("segment", brc.brc_segment, brc.brc_segment_label)
            else:
                row, where, reason = None, "", why
        else:
            row, where = None, ""
        for kind, attr in (("wage_p25", "p25"), ("wage_p50", "p50"), ("wage_p75", "p75")):
            value = getattr(row, attr) if row else None
            if value is None:
                figures.append({"kind": kind, "source": "cbs_85517ned", "missing": reason})
            else:
                figures.append(
                    {
                        "kind": kind,
                        "source": "cbs_85517ned",
                        "year": 2022,
                        "value": value,
                        "unit": "EUR/h",
                        "scope": where,
                    }
                )
        if brc.skill_level:
            figures.append(
                {
                    "kind": "education",
                    "source": "cbs_brc2014",
                    "year": 2014,
                    "value": brc.skill_level,
                    "label": f"isco_level_{brc.skill_level}",
                }
            )
        else:  # ISCO-niveau 0: the armed forces, which ISCO gives no skill level
            figures.append({"kind": "education", "source": "cbs_brc2014", "missing": "no_isco_level"})
        return figures

    isco_figures = {isco: isco_group_figures(isco) for isco in sorted({o.isco for o in esco.occupations.values()})}
    occupations = []
    for i, uri in enumerate(order):
        occ = esco.occupations[uri]
        figures: list[dict[str, Any]] = []
        r = risk.get(uri)
        if r is not None:
            figures.append(
                {
                    "kind": "automation_risk",
                    "source": "nesta_mcc",
                    "year": 2020,
                    "value": round(r.score, 3),
                    "label": r.category,
                }
            )
        else:
            figures.append({"kind": "automation_risk", "source": "nesta_mcc", "missing": "nesta_not_covered"})
        onet_codes = links.get(uri, [])
        onet, zone_code = onet_of(uri)
        linked = "no_onet_interests" if onet_codes else "no_onet_match"  # linked, but O*NET has no rows
        if onet:
            figures.append(
                {
                    "kind": "riasec",
                    "source": "onet_29_2",
                    "year": 2025,
                    "label": riasec_code(interests[onet]),
                    "scope": f"onet:{onet}",
                }
            )
        else:
            figures.append({"kind": "riasec", "source": "onet_29_2", "missing": linked})
        if zone_code:
            figures.append(
                {
                    "kind": "job_zone",
                    "source": "onet_29_2",
                    "year": 2025,
                    "value": zones[zone_code],
                    "scope": f"onet:{zone_code}",
                }
            )
        else:
            figures.append(
                {"kind": "job_zone", "source": "onet_29_2", "missing": "no_onet_job_zone" if onet_codes else linked}
            )
        soc = us_soc(onet_codes)
        if soc and bls_rows[soc].get("employment_change_pct") is not None:
            figures.append(
                {
                    "kind": "trend_us",
                    "source": "bls_ep_2024",
                    "year": 2024,
                    "value": float(bls_rows[soc]["employment_change_pct"]),
                    "unit": "%",
                    "scope": f"soc:{soc}",
                }
            )
        else:
            figures.append({"kind": "trend_us", "source": "bls_ep_2024", "missing": "no_bls_match"})

        own = weights.get(uri, {})
        shares: dict[int, list[int]] = {}
        for skill, w in own.items():
            for g in groups_of.get(skill, []):
                counts = shares.setdefault(g, [0, 0])
                counts[0 if w == 1.0 else 1] += 1
        top_groups = sorted(shares.items(), key=lambda x: (-(x[1][0] + x[1][1] * 0.5), x[0]))[:MAX_GROUPS]
        neighbours = []
        for j, _score in near[i]:  # nearest first; the game never shows the score, so it is not stored
            shared, missing = transfer.group_gap(own, weights.get(order[j], {}), groups_of, not_shared=knowledge)
            neighbours.append({"occ": j, "shared": shared, "missing": missing})
        occupations.append(
            {
                "id": uri.rsplit("/", 1)[-1],
                "isco": occ.isco,
                "title": {"nl": titles.get(uri) or occ.title.get("nl") or occ.title["en"], "en": occ.title["en"]},
                "synonyms": {
                    "nl": ([occ.title["nl"]] if uri in titles else [])
                    + [s for s in occ.synonyms.get("nl", []) if s != titles.get(uri)][: MAX_SYNONYMS - (uri in titles)],
                    "en": occ.synonyms.get("en", [])[:MAX_SYNONYMS],
                },
                # ESCO's description in plain words where descriptions.yaml has it, else its first sentence
                "description": plain.get(uri)
                or {lang: first_sentence(occ.description.get(lang, "")) for lang in ("nl", "en")},
                "featured": uri in featured,
                "groups": [{"group": g, "essential": c[0], "optional": c[1]} for g, c in top_groups],
                "figures": figures,
                "nearest": neighbours,
                "skills": skill_picks[i],
            }
        )
    timings.mark("assemble", t)
    routes = occupation_routes(layer / ROUTES_YAML.name, occupations)

    return {
        "format": FORMAT,
        "content_version": CONTENT_VERSION,
        "generated": "",
        "method": meta["method"],
        "contact": meta["contact"],
        "source_versions": SOURCE_VERSIONS,
        "sources": meta["sources"],
        "reasons": meta["reasons"],
        "scopes": dict(sorted(scopes.items())),
        "groups": groups,
        "isco_figures": isco_figures,
        "unavailable": {"demand": "no_vacancy_data", "recruitment": "no_recruitment_data"},
        "occupations": occupations,
        "skills": skill_table,
        "routes": routes,
    }


def occupation_routes(path: Path, occupations: list[dict]) -> dict[str, list[dict]]:
    """The route facts of routes.yaml (lmi_sync.routes), each key checked to be a featured
    occupation of this build."""
    try:
        return route_entries(path, {o["id"] for o in occupations if o["featured"]}, {o["id"] for o in occupations})
    except RoutesError as exc:
        raise SyncError(str(exc)) from exc


def validate(data: dict) -> None:
    """pydantic on the game's own dataclasses; errors name the occupation and the field."""
    try:
        TypeAdapter(LmiData).validate_python(data, strict=False)
    except ValidationError as exc:
        lines = []
        for err in exc.errors()[:20]:
            loc = list(err["loc"])
            where = ".".join(str(x) for x in loc)
            if loc[:1] == ["occupations"] and len(loc) > 1 and isinstance(loc[1], int):
                occ = data["occupations"][loc[1]]
                where = f"occupation {occ.get('id')} ({occ.get('title', {}).get('nl')}): " + ".".join(
                    str(x) for x in loc[2:]
                )
            lines.append(f"lmi content: {where}: {err['msg']}")
        raise SyncError("\n".join(lines)) from exc


def with_date(data: dict, out: Path, today: str) -> tuple[str, str]:
    """The two files' texts. The previous generation date is kept when nothing else changed, so
    a rebuild is byte-identical."""
    details = lmi_files.details_name(out)
    undated = lmi_files.encode({**data, "generated": ""}, details)
    try:
        old = lmi_files.read(out)
        if lmi_files.encode({**old, "generated": ""}, details) == undated:
            return lmi_files.encode({**data, "generated": old["generated"]}, details)
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no previous files, or unreadable ones: today's date
    return lmi_files.encode({**data, "generated": today}, details)


def load_meta(path: Path = SOURCES_YAML) -> dict[str, Any]:
    meta: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return meta


def load_featured(path: Path = FEATURED_YAML) -> set[str]:
    if not path.exists():
        return set()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {ESCO_OCCUPATION + u if not u.startswith("http") else u for u in data.get("featured", [])}


def sync(
    lmi: Path = DEFAULT_LMI,
    out: Path = OUT,
    today: str | None = None,
    layer: Path = LAYER,
) -> tuple[Path, Timings]:
    """`layer`: see build_data."""
    timings = Timings()
    if not lmi.is_dir():
        raise SyncError(f"data folder not found: {lmi}")
    data = build_data(lmi, load_featured(), load_meta(), timings, layer)
    validate(data)
    index_text, details_text = with_date(data, out, today or dt.date.today().isoformat())
    back = lmi_files.decode(index_text, details_text)
    if back != {**data, "generated": back["generated"]}:
        raise SyncError("the written files would not read back as the validated content (lmi_sync.lmi_files)")
    lmi_files.write(out, index_text, details_text)
    return out, timings
