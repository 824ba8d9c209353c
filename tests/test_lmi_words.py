"""Labour-market text a worker can read: skill groups in plain words, concrete ESCO skills with
their Dutch labels, honest wage fallbacks and the right reasons (the fixture, never ../shared;
and the committed files)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.career.lmi import load_lmi
from lmi_sync import lmi_files
from lmi_sync.build import WORDS_YAML, SyncError, sync
from lmi_sync.layer import CrosswalkReview, LayerError, crosswalk_review, load_review
from lmi_sync.rules import comparable_segment, segment_reason, sibling_links
from lmi_sync.sources.readers import BrcRow, IscoToBrc
from tests import lmi_fixture
from tests.lmi_fixture import OCC


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("words")
    out, _ = sync(lmi_fixture.make(root / "data"), root / "lmi.jsonl", "2026-01-02", lmi_fixture.layer(root))
    return lmi_files.read(out)


def test_a_group_without_worker_words_stops_the_build(tmp_path):
    layer = lmi_fixture.layer(tmp_path)
    words = layer / "skill_words.yaml"
    words.write_text(words.read_text(encoding="utf-8").replace("  S3.2:", "  X9.9:"), encoding="utf-8")
    with pytest.raises(SyncError, match=r"no worker words for the groups \['S3.2'\].*no occupation shows \['X9.9'\]"):
        sync(lmi_fixture.make(tmp_path / "data"), tmp_path / "lmi.jsonl", "2026-01-02", layer)
    assert not (tmp_path / "lmi.jsonl").exists()


def test_a_dutch_title_must_be_one_of_escos_dutch_labels(tmp_path):
    with pytest.raises(SyncError, match=r"titles.yaml: not an ESCO Dutch label of that occupation: .*e5: 'vorkheffer'"):
        sync(
            lmi_fixture.make(tmp_path / "data"),
            tmp_path / "lmi.jsonl",
            "2026-01-02",
            lmi_fixture.layer(tmp_path, "vorkheffer"),
        )


def test_a_crosswalk_fix_must_follow_its_rule(tmp_path):
    """A fix must name an O*NET occupation an ISCO sibling already has (a1 and d4 share ISCO
    8344), and correct a link the audit lists: the fixture has none (too few siblings)."""
    layer = lmi_fixture.layer(tmp_path)
    fixes = layer / "crosswalk_fixes.yaml"
    fixes.write_text("fixes:\n  d4: {onet: 43-9061.00, why: no sibling has it}\n", encoding="utf-8")
    with pytest.raises(SyncError, match=r"an ISCO sibling is linked to, and why: \[\"d4: '43-9061.00'\"\]"):
        sync(lmi_fixture.make(tmp_path / "data"), tmp_path / "lmi.jsonl", "2026-01-02", layer)
    fixes.write_text("fixes:\n  d4: {onet: 53-7051.00, why: as its sibling a1}\n", encoding="utf-8")
    with pytest.raises(SyncError, match=r"a fix must correct a link that disagrees .* do not: \['d4: its link none'\]"):
        sync(lmi_fixture.make(tmp_path / "data2"), tmp_path / "lmi2.jsonl", "2026-01-02", layer)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("kept:\n  a1: {onet: 53-7051.00}\n", r"kept.a1.why: Field required"),
        ("kept:\n  a1: {onet: 53-7051, why: too short a code}\n", r"kept.a1.onet: String should match pattern"),
        ("kept:\n  a1: {onet: 53-7051.00, why: its own, by: me}\n", r"kept.a1.by: Extra inputs are not permitted"),
        ("keep:\n  a1: {onet: 53-7051.00, why: a typo}\n", r"keep: Extra inputs are not permitted"),
        ("kept:\n  zz: {onet: 53-7051.00, why: not in ESCO}\n", r"stale kept links.*zz: no such ESCO occupation"),
        ("kept:\n  a1: {onet: 53-7065.00, why: changed}\n", r"a1: kept 53-7065.00, but its link is now 53-7051.00"),
        ("kept:\n  a1: {onet: 53-7051.00, why: listed once}\n", r"a1: kept 53-7051.00, which no longer disagrees"),
        ("kept:\n  e5: {onet: 53-7051.00, why: unlinked}\n", r"e5: kept 53-7051.00, but its link is now none"),
    ],
)
def test_a_kept_crosswalk_link_is_checked_and_a_stale_one_refused(tmp_path, text, message):
    layer = lmi_fixture.layer(tmp_path)
    (layer / "crosswalk_fixes.yaml").write_text(f"fixes: {{}}\n{text}", encoding="utf-8")
    with pytest.raises(SyncError, match=r"crosswalk_fixes.yaml: .*" + message):
        sync(lmi_fixture.make(tmp_path / "data"), tmp_path / "lmi.jsonl", "2026-01-02", layer)
    assert not (tmp_path / "lmi.jsonl").exists()


def test_the_crosswalk_review_fixes_and_keeps_listed_links_only(tmp_path):
    """`crosswalk_review` on its own: four forklift drivers (ISCO 8344), two of them listed."""
    esco = _esco([(i, "8344", i, []) for i in ("a", "b", "c", "d")])
    links = {OCC + "a": ["1"], OCC + "b": ["1"], OCC + "c": ["2"], OCC + "d": ["3"]}

    def shown(codes: list[str]) -> str | None:
        return codes[0] if codes else None

    def listed(candidate: dict[str, list[str]]) -> dict[str, str]:  # a stand-in for the audit's rule
        counts = [c for codes in candidate.values() for c in codes]
        return {u: codes[0] for u, codes in candidate.items() if counts.count(codes[0]) == 1}

    path = tmp_path / "crosswalk_fixes.yaml"
    path.write_text(
        "fixes:\n  c: {onet: '1', why: as a and b}\nkept:\n  d: {onet: '3', why: its own work}\n", encoding="utf-8"
    )
    with pytest.raises(LayerError, match="pattern"):  # the codes are O*NET-SOC codes
        crosswalk_review(esco, links, path, shown, listed)
    links = {u: [f"11-1011.0{c[0]}"] for u, c in links.items()}
    path.write_text(
        "fixes:\n  c: {onet: 11-1011.01, why: as a and b}\nkept:\n  d: {onet: 11-1011.03, why: its own work}\n",
        encoding="utf-8",
    )
    assert crosswalk_review(esco, links, path, shown, listed) == {OCC + "c": ["11-1011.01"]}
    path.write_text(
        "fixes:\n  c: {onet: 11-1011.01, why: as a and b}\nkept:\n  c: {onet: 11-1011.02, why: both}\n",
        encoding="utf-8",
    )
    with pytest.raises(LayerError, match=r"stale kept links.*c: both fixed and kept"):
        crosswalk_review(esco, links, path, shown, listed)
    path.write_text("fixes:\n  a: {onet: 11-1011.02, why: as c}\n", encoding="utf-8")
    with pytest.raises(LayerError, match=r"a fix must correct a link that disagrees.*\['a: its link 11-1011.01'\]"):
        crosswalk_review(esco, links, path, shown, listed)


def _linked(i: str, isco: str, code: str, trend: float) -> dict:
    return {
        "id": i,
        "isco": isco,
        "figures": [
            {"kind": "riasec", "source": "onet_29_2", "label": "RCI", "scope": f"onet:{code}"},
            {"kind": "trend_us", "source": "bls_ep_2024", "value": trend, "scope": f"soc:{code[:7]}"},
        ],
    }


def test_the_audit_counts_the_reviewed_crosswalk_links():
    """Five occupations of one ISCO group: three share 11-1011.00 (+4 %); d's link went down
    (-6 %) and was kept; e's was fixed to its siblings' one (so it no longer disagrees)."""
    from lmi_sync.audit import crosswalk_siblings

    data = {
        "occupations": [
            _linked("a", "1111", "11-1011.00", 4.0),
            _linked("b", "1111", "11-1011.00", 4.0),
            _linked("c", "1111", "11-1011.00", 4.0),
            _linked("d", "1111", "11-3031.00", -6.0),
            _linked("e", "1111", "11-1011.00", 4.0),
        ]
    }
    review = CrosswalkReview.model_validate(
        {
            "fixes": {"e": {"onet": "11-1011.00", "why": "as a, b, c"}},
            "kept": {"d": {"onet": "11-3031.00", "why": "its own work"}},
        }
    )
    ok, detail = crosswalk_siblings(data, {"review": review})
    assert ok and detail == (
        "2 links disagree with their ISCO siblings after the sibling-name rule: 1 corrected by reviewed fixes,"
        " 1 kept with a documented reason, 0 left to review"
    )
    ok, detail = crosswalk_siblings(data, {"review": CrosswalkReview()})
    assert ok and detail.endswith(
        "0 corrected by reviewed fixes, 0 kept with a documented reason,"
        " 1 left to review: d 11-3031.00 (siblings 11-1011.00)"
    )
    stale = CrosswalkReview.model_validate({"kept": {"d": {"onet": "11-3031.01", "why": "an older link"}}})
    assert crosswalk_siblings(data, {"review": stale})[1].endswith(
        "1 left to review: d 11-3031.00 (siblings 11-1011.00)"
    )
    data["occupations"].pop()
    data["occupations"][3] = _linked("d", "1111", "11-1011.00", 4.0)
    assert crosswalk_siblings(data, {})[1] == "no link disagrees with its ISCO siblings after the sibling-name rule"


def test_every_committed_link_that_disagrees_with_its_siblings_is_reviewed():
    from lmi_sync.audit import crosswalk_siblings
    from lmi_sync.build import LAYER, OUT

    review = load_review(LAYER / "crosswalk_fixes.yaml")
    ok, detail = crosswalk_siblings(lmi_files.read(OUT), {"review": review})
    assert ok and detail.endswith(
        f": {len(review.fixes)} corrected by reviewed fixes, {len(review.kept)} kept with a documented reason,"
        " 0 left to review"
    )
    assert not set(review.fixes) & set(review.kept)


def test_no_dutch_title_is_the_english_word_where_esco_has_a_dutch_one():
    lmi = load_lmi()
    office = lmi.occupation("6e6839b6-099c-4802-906e-7f2c8203ee69")
    assert office is not None and office.title.nl == "kantoormanager" and office.synonyms.nl[0] == "office manager"


def test_concrete_skills_travel_and_are_shown_only_in_worker_words(data):
    occs = {o["id"]: o for o in data["occupations"]}
    table = data["skills"]
    labels = [(table[k]["label"]["nl"], table[k]["label"]["en"]) for k in occs["a1"]["skills"]]
    # a1 asks k2, k3, k6 (essential) and k1: k3 is sector-specific, so it does not travel; k6
    # travels and has ESCO's Dutch label, but no worker phrase in the layer: not shown; the
    # essential k2 before the optional k1, each in the layer's words
    assert labels == [("spullen verplaatsen", "moving things"), ("samenwerken in een team", "working in a team")]
    assert [table[k]["esco_label"]["nl"] for k in occs["a1"]["skills"]] == ["objecten verplaatsen", "in teams werken"]
    # b2's k5 has only an English label: left out, not translated; c3's k4 is knowledge
    assert {s["label"]["en"] for s in table} == {"moving things", "working in a team"}
    assert occs["c3"]["skills"] == [next(i for i, s in enumerate(table) if s["label"]["en"] == "working in a team")]
    # e5 asks only knowledge: no example at all (the screen leaves its "for example" line out)
    assert occs["e5"]["skills"] == []


@pytest.mark.parametrize("skill", ["k3", "k5"])
def test_a_phrase_for_a_skill_that_cannot_be_shown_stops_the_build(tmp_path, skill):
    """k3 does not travel (sector-specific), k5 has no ESCO Dutch label: a phrase for either is
    a mistake in the layer, not something to show."""
    layer = lmi_fixture.layer(tmp_path)
    words = layer / "skill_words.yaml"
    words.write_text(words.read_text(encoding="utf-8") + f"  {skill}: {{nl: iets, en: something}}\n", encoding="utf-8")
    with pytest.raises(SyncError, match=rf"phrases for skills that are not shown .*\['{skill}'\]"):
        sync(lmi_fixture.make(tmp_path / "data"), tmp_path / "lmi.jsonl", "2026-01-02", layer)


def test_a_field_of_knowledge_is_never_shared_only_something_to_learn(data):
    groups = data["groups"]
    knowledge = {i for i, g in enumerate(groups) if g["knowledge"]}
    assert [groups[i]["id"] for i in knowledge] == ["isced-f:041"]
    occs = {o["id"]: o for o in data["occupations"]}
    c3_to_e5 = next(n for n in occs["c3"]["nearest"] if data["occupations"][n["occ"]]["id"] == "e5")
    assert c3_to_e5["shared"] == []  # both ask office knowledge: not "you can already"
    assert all(not set(n["shared"]) & knowledge for o in data["occupations"] for n in o["nearest"])


def brc(isco: str, group: str, segment: str, level: int) -> IscoToBrc:
    return IscoToBrc(isco, group, "g", segment, "s", "1", "k", level)


def test_a_broader_wage_stands_in_only_for_comparable_work():
    """Three quarters of the segment's employees must be in the job's ISCO major group and level."""
    crosswalk = {
        "8331": brc("8331", "1213", "121", 2),  # bus drivers: no wage of their own
        "8332": brc("8332", "1214", "121", 2),  # lorry drivers
        "3153": brc("3153", "1211", "121", 3),  # pilots
    }
    wages = {
        "1213": BrcRow("1213", "bus", 19.0, None, None, None),
        "1214": BrcRow("1214", "lorry", 80.0, 15.0, 18.0, 21.0),
        "1211": BrcRow("1211", "pilots", 11.0, 30.0, 40.0, 50.0),
    }
    assert comparable_segment("8331", crosswalk["8331"], crosswalk, wages)  # 99 of 110 alike
    assert not comparable_segment("3153", crosswalk["3153"], crosswalk, wages)  # 11 of 110
    wages["1211"] = BrcRow("1211", "pilots", 50.0, 30.0, 40.0, 50.0)
    assert not comparable_segment("8331", crosswalk["8331"], crosswalk, wages)  # 99 of 149: too mixed
    wages = {k: BrcRow(k, "x", None, None, None, None) for k in wages}
    assert not comparable_segment("8331", crosswalk["8331"], crosswalk, wages)  # no headcount: no rule


def test_a_managers_wage_never_comes_from_the_broader_group():
    """ISCO major group 1 passes the comparable-work rule (every managers' group is ISCO 1, level
    4) but a manager's pay depends on the size of what is managed: no broader wage, a reason."""
    crosswalk = {
        "1324": brc("1324", "0532", "053", 4),  # warehouse and logistics managers: no wage of their own
        "1321": brc("1321", "0531", "053", 4),  # production managers
        "1330": brc("1330", "0533", "053", 4),  # ICT managers
    }
    wages = {
        "0532": BrcRow("0532", "logistics", 20.0, None, None, None),
        "0531": BrcRow("0531", "production", 37.0, 30.2, 38.7, 49.8),
        "0533": BrcRow("0533", "ICT", 25.0, None, None, None),
    }
    assert comparable_segment("1324", crosswalk["1324"], crosswalk, wages)  # the old rule let it through
    assert segment_reason("1324", crosswalk["1324"], crosswalk, wages) == "cbs_managers_differ"
    drivers = {"8331": brc("8331", "1213", "121", 2), "3153": brc("3153", "1211", "121", 3)}
    pay = {"1213": BrcRow("1213", "bus", 19.0, None, None, None), "1211": BrcRow("1211", "pilots", 50.0, 1, 2, 3)}
    assert segment_reason("8331", drivers["8331"], drivers, pay) == "cbs_not_comparable"
    pay["1211"] = BrcRow("1211", "pilots", 5.0, 1, 2, 3)
    assert segment_reason("8331", drivers["8331"], drivers, pay) is None  # the bus driver's segment may stand


def test_committed_warehouse_chief_has_no_wage_and_a_reason_the_game_has():
    lmi = load_lmi()
    chief = lmi.occupation("2f5de1ab-eddf-4715-8193-e994912c22ea")  # magazijnchef, ISCO 1324
    assert chief is not None and chief.isco == "1324"
    wage = next(f for f in lmi.figures(chief) if f.kind == "wage_p50")
    assert wage.value is None and wage.missing == "cbs_managers_differ" and wage.missing in lmi.reasons
    assert "hoe groot het team of bedrijf" in lmi.reasons[wage.missing].nl


def _esco(occupations: list[tuple[str, str, str, list[str]]]):
    from lmi_sync.sources.esco_bulk import EscoData, EscoOccupation

    return EscoData(
        "test",
        {
            OCC + i: EscoOccupation(OCC + i, isco, f"{isco}.1", {"en": en}, {"en": alt})
            for i, isco, en, alt in occupations
        },
        [],
        {},
        {},
        {},
    )


def test_the_sibling_name_rule_corrects_a_link_its_named_siblings_disagree_with():
    """software developer: Nesta's link is Computer Programmers; its ISCO 2512 siblings go to
    Software Developers, the O*NET occupation with its own name: corrected. A historian whose
    link is Historians keeps it, whatever its siblings say."""
    esco = _esco(
        [
            ("dev", "2512", "software developer", ["programmer"]),
            ("ana", "2512", "software analyst", []),
            ("arc", "2512", "software architect", []),
            ("his", "2633", "historian", []),
            ("pol", "2633", "political scientist", []),
            ("phi", "2633", "philosopher", []),
            ("odd", "2633", "political theorist", []),
        ]
    )
    titles = {
        "15-1251.00": "Computer Programmers",
        "15-1252.00": "Software Developers",
        "15-1253.00": "Software Quality Assurance Analysts and Testers",
        "19-3093.00": "Historians",
        "19-3094.00": "Political Scientists",
        "25-1126.00": "Philosophy and Religion Teachers, Postsecondary",
    }
    links = {
        OCC + "dev": ["15-1251.00"],
        OCC + "ana": ["15-1252.00", "15-1253.00"],
        OCC + "arc": ["15-1252.00", "15-1253.00"],
        OCC + "his": ["19-3093.00"],
        OCC + "pol": ["19-3094.00"],
        OCC + "phi": ["19-3094.00"],
        OCC + "odd": ["25-1126.00"],
    }
    assert sibling_links(esco, links, titles) == {OCC + "dev": ["15-1252.00", "15-1253.00"]}
    # the historian's siblings agree on Political Scientists, but its own link names it; the
    # political theorist's link does not name it, nor does the majority's: both stay
    links[OCC + "ana"] = ["15-1251.00"]  # no majority left against the developer's link: it stays
    assert sibling_links(esco, links, titles) == {}


def test_committed_links_follow_the_sibling_name_rule():
    from lmi_sync.audit import crosswalk_disagreements
    from lmi_sync.build import OUT

    data = lmi_files.read(OUT)
    developer = next(o for o in data["occupations"] if o["id"] == "f2b15a0e-e65a-438a-affb-29b9d50b77d1")
    figures = {f["kind"]: f for f in developer["figures"]}
    assert figures["riasec"]["scope"] == "onet:15-1252.00" and figures["trend_us"]["value"] == 15.8
    assert developer["id"] not in {i for i, _, _ in crosswalk_disagreements(data)}


def test_committed_groups_all_speak_the_workers_words():
    """Every group an occupation can show has the phrase of skill_words.yaml as its label, and
    no field of knowledge is ever shared."""
    words = yaml.safe_load(Path(WORDS_YAML).read_text(encoding="utf-8"))["groups"]
    lmi = load_lmi()
    assert {g.id for g in lmi.groups} == set(words)
    for g in lmi.groups:
        entry = words[g.id]
        assert (g.label.nl, g.label.en, g.knowledge) == (entry["nl"], entry["en"], bool(entry.get("knowledge")))
        assert g.esco_label is not None and g.esco_label.nl  # ESCO's own label kept beside it
        assert "," not in g.label.nl + g.label.en  # the screens list phrases with commas
    bus = lmi.occupation("00cee175-1376-43fb-9f02-ba3d7a910a58")
    assert bus is not None
    shown = [lmi.groups[g].label.nl for n in bus.nearest for g in n.shared]
    assert "een voertuig besturen" in shown and not any(lmi.groups[g].knowledge for n in bus.nearest for g in n.shared)
    assert [t.nl for t in lmi.skill_labels(bus)] == ["navigatie (gps) gebruiken", "telefoon en portofoon gebruiken"]


def test_committed_concrete_skills_all_speak_the_workers_words():
    """Every concrete skill the game can show is one with a phrase in skill_words.yaml, its label
    that phrase, ESCO's label beside it; never ESCO's label as is (the warehouse chief's
    "software voor magazijnbeheer identificeren")."""
    phrases = yaml.safe_load(Path(WORDS_YAML).read_text(encoding="utf-8"))["skills"]
    lmi = load_lmi()
    assert lmi.skills and {s.id for s in lmi.skills} <= set(phrases)
    for s in lmi.skills:
        assert (s.label.nl, s.label.en) == (phrases[s.id]["nl"], phrases[s.id]["en"])
        assert s.esco_label is not None and s.esco_label.nl
    chief = lmi.occupation("2f5de1ab-eddf-4715-8193-e994912c22ea")
    assert chief is not None
    shown = [t.nl for t in lmi.skill_labels(chief)]
    assert "software voor magazijnbeheer identificeren" not in shown
    assert "de juiste software voor het magazijn kiezen" in shown


def test_the_audit_catches_an_indicator_left_out_and_a_wrong_reason(data):
    import json

    from lmi_sync.audit import audit

    def checks(d: dict) -> dict[str, bool]:
        return {name: ok for name, ok, _ in audit(d, max_age=5, min_featured=3)}

    assert all(checks(data).values())
    gap = json.loads(json.dumps(data))
    occ = next(o for o in gap["occupations"] if o["id"] == "a1")
    occ["figures"] = [f for f in occ["figures"] if f["kind"] != "job_zone"]  # how 1,343 job zones went missing
    assert not checks(gap)["every indicator, or the reason it is missing"]
    wrong = json.loads(json.dumps(data))
    occ = next(o for o in wrong["occupations"] if o["id"] == "c3")  # linked to O*NET, no interest rows
    next(f for f in occ["figures"] if f["kind"] == "riasec")["missing"] = "no_onet_match"
    assert not checks(wrong)["reasons fit the figures"]


def test_the_audit_lists_a_crosswalk_link_its_isco_siblings_disagree_with():
    from lmi_sync.audit import crosswalk_disagreements
    from lmi_sync.build import OUT

    data = lmi_files.read(OUT)
    developer = "f2b15a0e-e65a-438a-affb-29b9d50b77d1"  # corrected by lmi_sync.rules.sibling_links
    assert developer not in {i for i, _, _ in crosswalk_disagreements(data)}
    occ = next(o for o in data["occupations"] if o["id"] == developer)
    for f in occ["figures"]:  # Nesta's own link: computer programmers, a US trend of -6 %
        if f["kind"] in ("riasec", "job_zone"):
            f["scope"] = "onet:15-1251.00"
        if f["kind"] == "trend_us":
            f["value"] = -6.0
    assert (developer, "15-1251.00", "15-1252.00") in crosswalk_disagreements(data)


def test_evaluate_scores_neighbours_against_the_references_by_hand(data, tmp_path, capsys):
    from lmi_sync.__main__ import main as cli
    from lmi_sync.evaluate import SECTORS, evaluate

    sectors = {"a1": "1.1", "b2": "1.1", "d4": "1.1", "c3": "2.1"}  # e5: none
    # neighbours: a1 -> d4 b2 c3; b2 -> a1 d4; c3 -> e5 a1; d4 -> a1 b2; e5 -> c3
    got = evaluate(data, sectors)
    assert got["same_sub_sector"] == round((2 / 3 + 1 + 0 + 1) / 4, 4)  # e5 unknown: left out
    assert got["same_isco_minor"] == round((1 / 3 + 0 + 0 + 1 / 2 + 0) / 5, 4)  # a1 and d4 share 834
    assert got["job_zone_within_1"] == 1.0 and got["job_zone_within_1_n"] == 2  # only a1 and c3 have a zone
    folder = tmp_path / "lmi"
    (folder / SECTORS).parent.mkdir(parents=True)
    rows = "".join(f"{OCC}{i},{s}\n" for i, s in sectors.items())
    (folder / SECTORS).write_text("concept_uri,sub_sector_code\n" + rows, encoding="utf-8")
    out = tmp_path / "lmi.jsonl"
    lmi_files.write(out, *lmi_files.encode(data, "lmi-details.jsonl"))
    assert cli(["evaluate", "--lmi", str(folder), "--file", str(out)]) == 0
    assert '"same_sub_sector": 0.6667' in capsys.readouterr().out


def test_nearest_gives_the_same_ranking_with_other_cpu_features():
    """numpy picks its SIMD code at import: a subprocess with the newer features switched off
    must rank exactly as this one (ties included)."""
    import json
    import os
    import subprocess
    import sys

    from numpy._core._multiarray_umath import __cpu_baseline__, __cpu_dispatch__, __cpu_features__

    code = (
        "import json, random\n"
        "from lmi_sync import transfer\n"
        "rng = random.Random(5)\n"
        "skills = [f's{i}' for i in range(40)]\n"
        "weights = {f'o{i}': {s: rng.choice([0.5, 1.0]) for s in rng.sample(skills, rng.randint(1, 6))}"
        " for i in range(300)}\n"
        "print(json.dumps(transfer.nearest(sorted(weights), weights)))\n"
    )
    here = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    off = " ".join(k for k in __cpu_dispatch__ if __cpu_features__.get(k) and k not in __cpu_baseline__)
    env = {**os.environ, "NPY_DISABLE_CPU_FEATURES": off}
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert json.loads(there.stdout) == here
