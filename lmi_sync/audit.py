"""`python -m lmi_sync audit`: the labour-market content against the research's LMI quality
checklist (report appendix, Tabel 3). One line per item, pass or fail; exit 1 on any fail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from lmi_sync import lmi_files
from lmi_sync.build import LAYER, OUT
from lmi_sync.layer import CrosswalkReview, load_review
from lmi_sync.rules import sibling_disagreements

Check = Callable[[dict, dict], tuple[bool, str]]


def _figures(data: dict) -> Iterator[tuple[dict, dict]]:
    for occ in data["occupations"]:
        yield occ, occ["figures"]
    for isco, figs in data["isco_figures"].items():
        yield {"id": f"isco:{isco}"}, figs


def metadata(data: dict, opts: dict) -> tuple[bool, str]:
    missing = [k for k in ("format", "content_version", "generated", "source_versions", "sources") if not data.get(k)]
    return not missing, f"missing: {missing}" if missing else f"version {data['content_version']}, {data['generated']}"


def sources_and_licences(data: dict, opts: dict) -> tuple[bool, str]:
    bad = [
        s.get("id")
        for s in data["sources"]
        if not all(s.get(k) for k in ("name", "publisher", "url", "licence", "year"))
    ]
    known = {s["id"] for s in data["sources"]}
    unknown = sorted({f["source"] for _, figs in _figures(data) for f in figs if f["source"] not in known})
    ok = not bad and not unknown and set(data["source_versions"]) == known
    return ok, f"{len(known)} sources" if ok else f"incomplete: {bad}, unknown: {unknown}"


def limitations(data: dict, opts: dict) -> tuple[bool, str]:
    bad = [
        s["id"]
        for s in data["sources"]
        if not (s.get("limitation") or {}).get("nl") or not (s.get("limitation") or {}).get("en")
    ]
    return not bad, "every source states its limitation in nl and en" if not bad else f"no limitation: {bad}"


def every_figure_sourced(data: dict, opts: dict) -> tuple[bool, str]:
    bad = []
    n = 0
    for owner, figs in _figures(data):
        for f in figs:
            n += 1
            if f.get("value") is None and f.get("label") is None:
                if f.get("missing") not in data["reasons"]:
                    bad.append(f"{owner['id']}:{f['kind']}")
            elif not f.get("year"):
                bad.append(f"{owner['id']}:{f['kind']} (no year)")
    return not bad, f"{n} figures with source and year, or a stated reason" if not bad else f"{bad[:5]}"


KINDS = (
    "employees",
    "wage_p25",
    "wage_p50",
    "wage_p75",
    "education",
    "automation_risk",
    "riasec",
    "job_zone",
    "trend_us",
)
LINKED = {"riasec", "job_zone", "trend_us"}  # figures that need the ESCO-O*NET link


def every_kind_or_a_reason(data: dict, opts: dict) -> tuple[bool, str]:
    """Every occupation has every indicator: a figure, or a figure that says why it is missing.
    (An indicator simply left out is a gap the player would not be told about.)"""
    absent: dict[str, int] = {}
    for occ in data["occupations"]:
        kinds = {f["kind"] for f in [*data["isco_figures"].get(occ["isco"], []), *occ["figures"]]}
        for kind in KINDS:
            if kind not in kinds:
                absent[kind] = absent.get(kind, 0) + 1
    return not absent, f"{len(KINDS)} indicators for every occupation" if not absent else f"absent, no reason: {absent}"


def reasons_are_right(data: dict, opts: dict) -> tuple[bool, str]:
    """A reason must fit the figures beside it: "not linked to O*NET" is wrong for an occupation
    that has another figure through that link; "too few in the sample" is wrong beside a value."""
    wrong = []
    for occ in data["occupations"]:
        figs = [*data["isco_figures"].get(occ["isco"], []), *occ["figures"]]
        linked = any(f["kind"] in LINKED and f.get("scope") for f in figs)
        for f in figs:
            if f.get("missing") == "no_onet_match" and linked:
                wrong.append(f"{occ['id']}:{f['kind']}")
            if f.get("missing") and (f.get("value") is not None or f.get("label") is not None):
                wrong.append(f"{occ['id']}:{f['kind']} (a value and a reason)")
    return not wrong, "every reason fits its occupation" if not wrong else f"{len(wrong)} wrong: {wrong[:5]}"


def _shown_links(data: dict) -> dict[str, tuple[str, str, float | None]]:
    """Occupation id -> (ISCO unit group, the O*NET code its figures stand for, its US trend)."""
    out = {}
    for occ in data["occupations"]:
        figs = {f["kind"]: f for f in occ["figures"]}
        scope = (figs.get("riasec") or {}).get("scope") or (figs.get("job_zone") or {}).get("scope") or ""
        if scope.startswith("onet:"):
            out[occ["id"]] = (occ["isco"], scope[5:], (figs.get("trend_us") or {}).get("value"))
    return out


def crosswalk_disagreements(data: dict) -> list[tuple[str, str, str]]:
    """(occupation id, its O*NET code, the code most of its ISCO siblings have) for every link
    shared by none of its ISCO siblings, where at least half of at least three linked
    occupations of the group share another code and the two US trends point different ways by
    5 points or more (lmi_sync.rules.sibling_disagreements, which the build also applies)."""
    return sibling_disagreements([(i, *row) for i, row in _shown_links(data).items()])


def crosswalk_siblings(data: dict, opts: dict) -> tuple[bool, str]:
    """Every link that disagrees with its ISCO siblings, and how it was reviewed; listed, not
    failed. The build first corrects links by the sibling-name rule (lmi_sync.rules.sibling_links:
    the siblings' O*NET occupation bears this occupation's name, its own does not); the links
    that still disagree are then reviewed by hand in content/lmi/crosswalk_fixes.yaml
    (`opts["review"]`): corrected by a fix (to an O*NET occupation an ISCO sibling has, so it
    no longer disagrees: counted from the fixes in force in this file) or kept with a reason
    (a different O*NET occupation can be right for a differently specialised sibling: a
    shepherd is not an animal breeder). The rest is left to review and named. The build refuses
    a fix for a link that did not disagree and a kept entry that is stale, so the counts add up."""
    review = opts.get("review") or CrosswalkReview()  # none given: nothing reviewed
    shown = _shown_links(data)
    odd = crosswalk_disagreements(data)
    fixed = [k for k, fix in review.fixes.items() if k in shown and shown[k][1] == fix.onet]
    kept = [(i, c) for i, c, _ in odd if i in review.kept and review.kept[i].onet == c]
    left = [(i, c, t) for i, c, t in odd if (i, c) not in kept]
    if not fixed and not odd:
        return True, "no link disagrees with its ISCO siblings after the sibling-name rule"
    detail = (
        f"{len(fixed) + len(odd)} links disagree with their ISCO siblings after the sibling-name rule:"
        f" {len(fixed)} corrected by reviewed fixes, {len(kept)} kept with a documented reason,"
        f" {len(left)} left to review"
    )
    if left:
        detail += ": " + ", ".join(f"{i} {c} (siblings {t})" for i, c, t in left)
    return True, detail


def missing_reasons(data: dict, opts: dict) -> tuple[bool, str]:
    bad = [k for k, v in data["reasons"].items() if not v.get("nl") or not v.get("en")]
    bad += [k for k, r in data["unavailable"].items() if r not in data["reasons"]]
    return not bad, f"{len(data['reasons'])} reasons in nl and en" if not bad else f"{bad}"


def currency(data: dict, opts: dict) -> tuple[bool, str]:
    """Flags figures older than the limit. They pass only when their source says, in nl and en, why
    they are still shown (the player sees that note); otherwise the audit fails."""
    today = opts["today"]
    limit = opts["max_age"]
    notes = {s["id"]: s.get("currency_note") or {} for s in data["sources"]}
    old = sorted(
        {
            (f["source"], f["year"])
            for _, figs in _figures(data)
            for f in figs
            if f.get("year") and today.year - f["year"] > limit
        }
    )
    unexplained = [o for o in old if not (notes.get(o[0], {}).get("nl") and notes.get(o[0], {}).get("en"))]
    if unexplained:
        return False, f"older than {limit} years without a currency note: {unexplained}"
    if old:
        return True, f"flagged, older than {limit} years, each with a currency note: {old}"
    return True, f"no figure older than {limit} years"


def contact(data: dict, opts: dict) -> tuple[bool, str]:
    ok = bool(data.get("contact")) and all(s.get("url", "").startswith("http") for s in data["sources"])
    return ok, "contact and a url per source" if ok else "contact information missing"


def method(data: dict, opts: dict) -> tuple[bool, str]:
    m = data.get("method") or {}
    per_source = [s["id"] for s in data["sources"] if not s.get("method")]
    ok = bool(m.get("nl") and m.get("en")) and not per_source
    return ok, "method documented overall and per source" if ok else f"no method: {per_source or 'overall'}"


def open_data(data: dict, opts: dict) -> tuple[bool, str]:
    open_words = ("CC BY", "MIT", "Public domain", "2011/833/EU")
    bad = [s["id"] for s in data["sources"] if not any(w in s.get("licence", "") for w in open_words)]
    return not bad, "every source is open data" if not bad else f"not open: {bad}"


def coverage(data: dict, opts: dict) -> tuple[bool, str]:
    occs = data["occupations"]
    featured = sum(o["featured"] for o in occs)
    no_nl = [o["id"] for o in occs if not o["title"].get("nl")]
    ok = len(occs) > 0 and featured >= opts.get("min_featured", 150) and not no_nl
    return ok, f"{len(occs)} occupations, {featured} featured, all with a Dutch title" if ok else (
        f"{len(occs)} occupations, {featured} featured, {len(no_nl)} without Dutch title"
    )


def route_sources(data: dict, opts: dict) -> tuple[bool, str]:
    """Every route fact (content/lmi/routes.yaml: licence, diploma, certificate, where to ask)
    names its source: a publisher, a page title, an https address and the day it was read; and
    belongs to a featured occupation. Reports how many featured occupations have routes."""
    featured = {o["id"] for o in data["occupations"] if o["featured"]}
    routes = data.get("routes") or {}
    bad = []
    n = 0
    for occ_id, facts in sorted(routes.items()):
        if occ_id not in featured:
            bad.append(f"{occ_id} (not a featured occupation)")
        for i, fact in enumerate(facts):
            n += 1
            src = fact.get("source") or {}
            text = fact.get("text") or {}
            if not (src.get("url") or "").startswith("https://") or not all(
                src.get(k) for k in ("publisher", "title", "read")
            ):
                bad.append(f"{occ_id}:{i} (no source with an https address, publisher, title and date)")
            if not (text.get("nl") and text.get("en")):
                bad.append(f"{occ_id}:{i} (not in nl and en)")
    with_routes = len(set(routes) & featured)
    if bad:
        return False, f"{len(bad)} route facts without a full source: {bad[:5]}"
    return (
        True,
        f"{n} route facts, each with its source; {with_routes} of {len(featured)} featured occupations have routes",
    )


CHECKS: list[tuple[str, Check]] = [
    ("metadata present", metadata),
    ("sources and licences", sources_and_licences),
    ("every limitation reported", limitations),
    ("every figure has source and year, or a reason", every_figure_sourced),
    ("missing figures explained", missing_reasons),
    ("every indicator, or the reason it is missing", every_kind_or_a_reason),
    ("reasons fit the figures", reasons_are_right),
    ("crosswalk links against their ISCO siblings", crosswalk_siblings),
    ("currency", currency),
    ("contact information", contact),
    ("method documented", method),
    ("every route fact has a source", route_sources),
    ("open data", open_data),
    ("coverage (searchable and featured occupations)", coverage),
]


def audit(
    data: dict,
    max_age: int = 5,
    today: dt.date | None = None,
    min_featured: int = 150,
    review: CrosswalkReview | None = None,
) -> list[tuple[str, bool, str]]:
    """`review`: the reviewed crosswalk links (content/lmi/crosswalk_fixes.yaml); none by default."""
    opts = {
        "max_age": max_age,
        "today": today or dt.date.today(),
        "min_featured": min_featured,
        "review": CrosswalkReview() if review is None else review,
    }
    results = []
    for name, check in CHECKS:
        try:
            ok, detail = check(data, opts)
        except (KeyError, TypeError, AttributeError) as exc:
            ok, detail = False, f"content is malformed here: {exc!r}"
        results.append((name, ok, detail))
    return results


def run_audit(path: Path | None, max_age: int, today: str | None, layer: Path = LAYER) -> int:
    """`layer`: the folder of crosswalk_fixes.yaml, the reviewed crosswalk links (content/lmi)."""
    path = path or OUT
    try:
        data = lmi_files.read(path)  # lmi.jsonl and its details file, as one LmiData-shaped dict
        review = load_review(layer / "crosswalk_fixes.yaml")
    except (OSError, ValueError, KeyError, TypeError) as exc:  # LayerError is a ValueError
        print(f"FAIL  cannot read {path} or {layer / 'crosswalk_fixes.yaml'}: {exc}")
        return 1
    day = dt.date.fromisoformat(today) if today else None
    results = audit(data, max_age, day, review=review)
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
    failed = sum(not ok for _, ok, _ in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0
