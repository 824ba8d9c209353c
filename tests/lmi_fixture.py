"""A tiny data folder in the layout of ../shared/lmi, made by the tests themselves.

Five occupations and six skills, small enough to compute the expected results by hand."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import yaml

from lmi_sync.build import ESCO_NL_OCCUPATIONS, INPUTS

OCC = "http://data.europa.eu/esco/occupation/"
SKILL = "http://data.europa.eu/esco/skill/"
GROUPS = [  # uri, code, en, nl, broader
    (SKILL + "g-s1", "S1", "communication", "communicatie", None),
    (SKILL + "g-s11", "S1.1", "working with others", "samenwerken met anderen", SKILL + "g-s1"),
    (SKILL + "g-s111", "S1.1.1", "team work", "teamwerk", SKILL + "g-s11"),
    (SKILL + "g-s21", "S2.1", "moving and lifting", "verplaatsen en tillen", None),
    (SKILL + "g-s32", "S3.2", "operating machinery", "bedienen van machines", None),
    ("http://data.europa.eu/esco/isced-f/04", "04", "business", "bedrijfskunde", None),
    (
        "http://data.europa.eu/esco/isced-f/041",
        "041",
        "business and administration",
        "bedrijfskunde en administratie",
        "http://data.europa.eu/esco/isced-f/04",
    ),
]
SKILL_GROUP = {
    "k1": SKILL + "g-s111",
    "k2": SKILL + "g-s21",
    "k3": SKILL + "g-s32",
    "k4": "http://data.europa.eu/esco/isced-f/041",
    "k5": SKILL + "g-s21",
    "k6": SKILL + "g-s11",
}
OCCUPATIONS = [  # id, isco, code, en, nl, essential, optional
    ("a1", "8344", "8344.1", "forklift operator", "heftruckchauffeur", ["k2", "k3", "k6"], ["k1"]),
    ("b2", "9333", "9333.1", "warehouse worker", "magazijnmedewerker", ["k2", "k5", "k6"], ["k3"]),
    ("c3", "4110", "4110.1", "office clerk", "kantoorbediende", ["k4", "k1"], []),
    ("d4", "8344", "8344.1.2", "reach truck driver", "reachtruckchauffeur", ["k2", "k3"], []),
    ("e5", "9999", "9999.2", "rare worker", "zeldzame werker", ["k4"], []),
]


SKILLS = {  # skill id: (type, ESCO reuse level, English label, ESCO's Dutch label or None)
    "k1": ("skill/competence", "transversal", "work in teams", "in teams werken"),
    "k2": ("skill/competence", "cross-sector", "move objects", "objecten verplaatsen"),
    "k3": ("skill/competence", "sector-specific", "operate forklift", "heftruck besturen"),
    "k4": ("knowledge", "cross-sector", "office administration", "kantoorbeheer"),
    "k5": ("skill/competence", "cross-sector", "lift heavy weights", None),  # only an English label
    "k6": ("skill/competence", "transversal", "follow instructions", "instructies opvolgen"),
}
WORDS = """source: test words
groups:
  S1.1: {nl: samen werken, en: working together}
  S2.1: {nl: tillen en sjouwen, en: lifting and carrying}
  S3.2: {nl: machines bedienen, en: running machines}
  isced-f:041: {knowledge: true, nl: kennis van kantoorwerk, en: knowing office work}
skills:
  k1: {nl: samenwerken in een team, en: working in a team}
  k2: {nl: spullen verplaatsen, en: moving things}
"""


PLAIN = {  # b2's description in plain words (descriptions.yaml)
    "nl": "Magazijnmedewerkers ontvangen goederen in een magazijn. Ze slaan ze op en houden de voorraad bij.",
    "en": "Warehouse workers receive goods in a warehouse. They store them and keep track of the stock.",
}


def descriptions(texts: dict[str, dict[str, str]]) -> str:
    """A descriptions.yaml with these texts by occupation id."""
    return yaml.safe_dump({"source": "test texts", "descriptions": texts}, allow_unicode=True, sort_keys=True)


def layer(root: Path, title: str = "second name", occupation: str = "e5") -> Path:
    """The hand-made layer (content/lmi's shape) for the fixture: worker words for its skill
    groups, a titles.yaml giving one occupation one of its ESCO Dutch labels as its title, and a
    descriptions.yaml with one featured occupation's description in plain words (b2)."""
    folder = root / "layer"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "skill_words.yaml").write_text(WORDS, encoding="utf-8")
    (folder / "titles.yaml").write_text(f"titles:\n  {occupation}: {title}\n", encoding="utf-8")
    (folder / "routes.yaml").write_text(ROUTES, encoding="utf-8")
    (folder / "descriptions.yaml").write_text(descriptions({"b2": PLAIN}), encoding="utf-8")
    return folder


ROUTES = """routes:
  a1:
  - kind: where
    nl: Vraag het bij het Leerwerkloket in je regio.
    en: Ask at the Leerwerkloket in your region.
    source: {publisher: Test, title: Testpagina, url: "https://example.org/a", read: 2026-12-02}
  - kind: certificate
    nl: Een testcertificaat is handig.
    en: A test certificate helps.
    source: {publisher: Test, title: Testpagina, url: "https://example.org/a", read: 2026-12-02}
"""


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _xlsx(path: Path, rows: list[tuple], preamble: list[tuple] = ()) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [*preamble, *rows]:
        ws.append(list(row))
    wb.save(path)


def occupation_rows(lang: str) -> list[dict]:
    return [
        {
            "conceptType": "Occupation",
            "conceptUri": OCC + i,
            "iscoGroup": isco,
            "preferredLabel": nl if lang == "nl" else en,
            "altLabels": f"{nl if lang == 'nl' else en} (alt)\nsecond name",
            "description": f"{(nl if lang == 'nl' else en).capitalize()} doet werk. Meer uitleg volgt hier.",
            "code": code,
        }
        for i, isco, code, en, nl, _, _ in OCCUPATIONS
    ]


def group_rows(lang: str) -> list[dict]:
    return [
        {"conceptType": "SkillGroup", "conceptUri": uri, "preferredLabel": nl if lang == "nl" else en, "code": code}
        for uri, code, en, nl, _ in GROUPS
    ]


def make(root: Path) -> Path:
    """Write the fixture data folder under `root` and return it."""

    def path(key: str) -> Path:
        p = root / INPUTS[key]
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    with zipfile.ZipFile(path("esco_en"), "w") as z:
        z.writestr("occupations_en.csv", _csv(occupation_rows("en")))
        z.writestr("skillGroups_en.csv", _csv(group_rows("en")))
        skill_rows = [
            {"conceptUri": SKILL + k, "skillType": kind, "reuseLevel": reuse, "preferredLabel": en}
            for k, (kind, reuse, en, _) in SKILLS.items()
        ]
        z.writestr("skills_en.csv", _csv(skill_rows))
    nl_skills = [
        {"conceptUri": SKILL + k, "preferredLabel_nl": nl, "skillType": kind}
        for k, (kind, _, _, nl) in SKILLS.items()
        if nl
    ]
    path("esco_nl_skills").write_text(_csv(nl_skills), encoding="utf-8")
    relations = [
        {"occupationUri": OCC + i, "relationType": kind, "skillType": "skill/competence", "skillUri": SKILL + s}
        for i, *_, ess, opt in OCCUPATIONS
        for kind, skills in (("essential", ess), ("optional", opt))
        for s in skills
    ]
    broader = [
        {
            "conceptType": "KnowledgeSkillCompetence",
            "conceptUri": SKILL + s,
            "broaderType": "SkillGroup",
            "broaderUri": g,
        }
        for s, g in SKILL_GROUP.items()
    ]
    broader += [
        {"conceptType": "SkillGroup", "conceptUri": uri, "broaderType": "SkillGroup", "broaderUri": b}
        for uri, _, _, _, b in GROUPS
        if b
    ]
    with zipfile.ZipFile(path("esco_shared"), "w") as z:
        z.writestr("occupationSkillRelations.csv", _csv(relations))
        z.writestr("broaderRelationsSkillPillar.csv", _csv(broader))
    nl = path("esco_nl")
    nl.mkdir(exist_ok=True)
    (nl / ESCO_NL_OCCUPATIONS).write_text(_csv(occupation_rows("nl")), encoding="utf-8")
    (nl / "skillGroups_nl.csv").write_text(_csv(group_rows("nl")), encoding="utf-8")
    path("cbs_wages").write_text(
        "brc,title,employees_thousands,p25,p50,p75\n"
        "Totaal,Totaal,8009,16.2,22.2,30.0\n"
        "12,12 Transport en logistiek beroepen,600,15.0,18.0,22.0\n"
        "121,121 Laders en lossers,200,15.5,18.5,23.0\n"
        "1215,1215 Laders lossers en vakkenvullers,53,16.0,19.4,24.2\n"
        "04,04 Bedrijfseconomische en administratieve beroepen,900,17.0,22.0,29.0\n"
        "043,043 Administratief medewerkers,300,15.0,20.0,25.0\n"
        "0431,0431 Administratief medewerkers,120,,,\n",
        encoding="utf-8",
    )
    path("cbs_isco").write_text(
        _csv(
            [
                {
                    "ISCO2008unitgroup": i,
                    "ISCO2008unitgrouplabel": "x",
                    "BRC2014beroepsgroep": g,
                    "BRC2014beroepsgroep_label": gl,
                    "BRC2014beroepssegment": s,
                    "BRC2014beroepssegment_label": "seg",
                    "BRC2014beroepsklasse": k,
                    "BRC2014beroepsklasse_label": "klasse",
                    "ISCO2008niveau": "2",
                    "ISCO2008niveau_label": "niveau 2",
                }
                for i, g, gl, s, k in (
                    ("8344", "1215", "Laders, lossers en vakkenvullers", "121", "12"),
                    ("9333", "1215", "Laders, lossers en vakkenvullers", "121", "12"),
                    ("4110", "0431", "Administratief medewerkers", "043", "04"),
                )
            ]
        ),
        encoding="utf-8",
    )
    path("nesta_risk").write_text(
        "id,occupation,isco_code,risk,prevalence,risk_category,concept_uri\n"
        f"1,forklift operator,8344,3.3,0.8,Low risk,{OCC}a1\n"
        f"2,warehouse worker,9333,4.1,0.7,High risk,{OCC}b2\n",
        encoding="utf-8",
    )
    path("nesta_onet").write_text(
        "id,esco_occupation,isco_code,onet_code,onet_occupation,confidence,concept_uri\n"
        f"1,forklift operator,8344,53-7051.00,industrial truck operators,1.0,{OCC}a1\n"
        f"2,warehouse worker,9333,53-7062.00,laborers,1.0,{OCC}b2\n"
        f"3,office clerk,4110,43-9061.00,office clerks,1.0,{OCC}c3\n",
        encoding="utf-8",
    )
    _xlsx(
        path("onet_2010_2019"),
        [
            ("O*NET-SOC 2010 Code", "O*NET-SOC 2010 Title", "O*NET-SOC 2019 Code", "O*NET-SOC 2019 Title"),
            ("53-7051.00", "Industrial Truck", "53-7051.00", "Industrial Truck"),
            ("53-7062.00", "Laborers", "53-7065.00", "Stockers"),
        ],
        preamble=[("O*NET-SOC 2019 Occupation Listings",), ("Crosswalk 2010 to 2019",), ()],
    )
    interest_rows = [("O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Data Value")]
    for code, values in (
        (
            "53-7051.00",
            {
                "Realistic": 5.5,
                "Investigative": 2.0,
                "Artistic": 1.0,
                "Social": 1.5,
                "Enterprising": 1.2,
                "Conventional": 4.0,
            },
        ),
        (
            "53-7065.00",
            {
                "Realistic": 5.0,
                "Investigative": 1.0,
                "Artistic": 1.0,
                "Social": 1.5,
                "Enterprising": 2.0,
                "Conventional": 4.5,
            },
        ),
    ):
        for name, value in values.items():
            interest_rows.append((code, "t", "1.B.1", name, "OI", "Occupational Interests", value))
        interest_rows.append((code, "t", "1.B.2", "First Interest High-Point", "IH", "High-Point", 1.0))
    _xlsx(path("onet_interests"), interest_rows)
    # c3's O*NET occupation has a job zone but no interest rows; b2's has interests, no job zone
    zone_rows = [("O*NET-SOC Code", "Title", "Job Zone"), ("53-7051.00", "t", 2), ("43-9061.00", "t", 2)]
    _xlsx(path("onet_job_zones"), zone_rows)
    path("bls").write_text(
        json.dumps({"metadata": {}, "projections": {"53-7051": {"employment_change_pct": 1.1}}}), encoding="utf-8"
    )
    return root
