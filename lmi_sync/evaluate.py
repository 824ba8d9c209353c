"""`python -m lmi_sync evaluate`: score the nearest-occupation lists against references a career
professional could defend, from the data folder.

Three references, each a proxy with its limits (printed with the figures):

- same Nesta skills-based sub-sector (Mapping Career Causeways, `careerpaths/`): Nesta grouped
  every ESCO occupation into sub-sectors by its skills and checked them by hand. Limit: it is
  built from the same ESCO skills, so it rewards a skill overlap measure somewhat by design.
- same ISCO-08 minor group (3 digits): the statistical classification a coach knows. Limit:
  occupations in one group are not always moves (a bus driver and a tram driver are, a lorry
  driver and a crane operator less so), and good moves often cross groups.
- job zone within one (O*NET, where both are known): Nesta's own viability test for a move.
  Limit: US preparation levels, through a crosswalk.
- same US SOC minor group (the first four digits of the linked O*NET occupation, e.g. 53-30
  "motor vehicle operators", where both are linked): a second classification, made by other
  people for another labour market than ISCO. Limit: through Nesta's crosswalk, which links
  about half of the occupations; it agrees with ISCO more often than not.

Since the combined similarity (lmi_sync.transfer) itself counts the ISCO hierarchy and the job
zone, the second and third references partly count its own parts; the sub-sector and the SOC
group are the ones it does not use.

The score is the share of listed neighbours that meet the reference, averaged over the
occupations that have neighbours (and, for the job zone, a zone for both).
"""

from __future__ import annotations

import csv
from pathlib import Path

SECTORS = "careerpaths/mcc_skills_based_sectors_All_ESCO.csv"
LIMITS = (
    "Proxies, not observed moves: the sub-sector comes from the same ESCO skills; an ISCO group is"
    " not a list of feasible moves; job zones are US levels through a crosswalk; the SOC group is a"
    " US classification through a crosswalk. The combined similarity counts the ISCO hierarchy and"
    " the job zone itself, so those two references partly score its own parts."
)


def sub_sectors(lmi: Path) -> dict[str, str]:
    """ESCO occupation id -> Nesta skills-based sub-sector code."""
    with open(lmi / SECTORS, encoding="utf-8-sig", newline="") as fh:
        return {
            r["concept_uri"].rsplit("/", 1)[-1]: r["sub_sector_code"]
            for r in csv.DictReader(fh)
            if r.get("sub_sector_code")
        }


def evaluate(data: dict, sectors: dict[str, str], k: int = 10) -> dict[str, float]:
    """Mean share of the first k neighbours meeting each reference (see the module docstring)."""
    occs = data["occupations"]
    zones = {
        i: f["value"]
        for i, o in enumerate(occs)
        for f in o["figures"]
        if f["kind"] == "job_zone" and f.get("value") is not None
    }
    soc = {}
    for i, o in enumerate(occs):
        scope = next(
            (f.get("scope", "") for f in o["figures"] if f["kind"] in ("riasec", "job_zone") and f.get("scope")), ""
        )
        if scope.startswith("onet:"):
            soc[i] = scope[5:10]  # "53-30"
    scores: dict[str, list[float]] = {
        "same_sub_sector": [],
        "same_isco_minor": [],
        "job_zone_within_1": [],
        "same_soc_minor": [],
    }
    for i, occ in enumerate(occs):
        near = [n["occ"] for n in occ["nearest"][:k]]
        if not near:
            continue
        own = sectors.get(occ["id"])
        if own is not None:
            known = [j for j in near if occs[j]["id"] in sectors]
            if known:
                scores["same_sub_sector"].append(sum(sectors[occs[j]["id"]] == own for j in known) / len(known))
        scores["same_isco_minor"].append(sum(occs[j]["isco"][:3] == occ["isco"][:3] for j in near) / len(near))
        if i in zones:
            zoned = [j for j in near if j in zones]
            if zoned:
                scores["job_zone_within_1"].append(sum(abs(zones[j] - zones[i]) <= 1 for j in zoned) / len(zoned))
        if i in soc:
            linked = [j for j in near if j in soc]
            if linked:
                scores["same_soc_minor"].append(sum(soc[j] == soc[i] for j in linked) / len(linked))
    out = {name: round(sum(v) / len(v), 4) if v else 0.0 for name, v in scores.items()}
    out |= {f"{name}_n": float(len(v)) for name, v in scores.items()}
    return out
