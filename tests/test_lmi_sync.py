"""lmi_sync on a small data folder made here (never ../shared), and on the committed output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from game.career.lmi import load_lmi
from lmi_sync import lmi_files
from lmi_sync.__main__ import main as cli
from lmi_sync.audit import audit
from lmi_sync.build import SyncError, sync, validate
from tests import lmi_fixture


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("lmi")
    data_dir = lmi_fixture.make(root / "data")
    out, _ = sync(data_dir, root / "lmi.jsonl", "2026-01-02", lmi_fixture.layer(root))
    return out, lmi_files.read(out)


def by_id(data: dict) -> dict[str, tuple[int, dict]]:
    return {o["id"]: (i, o) for i, o in enumerate(data["occupations"])}


def test_every_occupation_with_dutch_and_english_titles(built):
    _, data = built
    occs = by_id(data)
    assert set(occs) == {"a1", "b2", "c3", "d4", "e5"}
    a = occs["a1"][1]
    assert a["title"] == {"nl": "heftruckchauffeur", "en": "forklift operator"}
    assert a["synonyms"]["nl"] == ["heftruckchauffeur (alt)", "second name"]
    # titles.yaml gives e5 one of its ESCO Dutch labels; ESCO's preferred one stays the first synonym
    e = occs["e5"][1]
    assert e["title"]["nl"] == "second name" and e["synonyms"]["nl"] == ["zeldzame werker", "zeldzame werker (alt)"]
    assert a["description"]["nl"] == "Heftruckchauffeur doet werk."  # first sentence only


def test_featured_rule(built):
    _, data = built
    featured = {o["id"] for o in data["occupations"] if o["featured"]}
    assert featured == {"a1", "b2", "c3"}  # first ESCO occupation of a unit group in ISCO majors 4-9


def test_nearest_by_weighted_cosine_computed_by_hand(built):
    _, data = built
    occs = by_id(data)
    ids = [o["id"] for o in data["occupations"]]
    near = [(ids[n["occ"]], n["score"]) for n in occs["a1"][1]["nearest"]]
    # a1 = {k2:1, k3:1, k6:1, k1:.5}; d4 = {k2, k3}: 2/(sqrt(3.25)*sqrt(2)) = 0.784
    # b2 = {k2, k5, k6, k3:.5}: 2.5/3.25 = 0.769; c3 = {k4, k1}: 0.5/(sqrt(3.25)*sqrt(2)) = 0.196; e5 shares none
    assert near == [("d4", 0.784), ("b2", 0.769), ("c3", 0.196)]


def test_shared_and_missing_skill_groups(built):
    _, data = built
    occs = by_id(data)
    groups = [g["id"] for g in data["groups"]]
    to_c3 = next(n for n in occs["a1"][1]["nearest"] if data["occupations"][n["occ"]]["id"] == "c3")
    assert [groups[g] for g in to_c3["shared"]] == ["S1.1"]  # k1 rolls up from S1.1.1 to S1.1
    assert [groups[g] for g in to_c3["missing"]] == ["isced-f:041"]
    labels = {g["id"]: g["label"]["nl"] for g in data["groups"]}
    assert labels["S1.1"] == "samen werken"  # the worker's words, with ESCO's label beside them
    assert next(g for g in data["groups"] if g["id"] == "S1.1")["esco_label"]["nl"] == "samenwerken met anderen"


def test_cbs_figures_with_source_scope_and_fallback(built):
    _, data = built
    fig = {f["kind"]: f for f in data["isco_figures"]["8344"]}
    assert fig["wage_p50"]["value"] == 19.4 and fig["wage_p50"]["scope"] == "brc:1215"
    assert fig["employees"]["value"] == 53 and fig["employees"]["year"] == 2022
    assert fig["education"]["label"] == "isco_level_2"
    office = {f["kind"]: f for f in data["isco_figures"]["4110"]}
    # no wage for the group; the segment's stands in, as every employee in it has the same ISCO
    # major group and level, and its key says "broader"
    assert office["wage_p50"]["value"] == 20.0 and office["wage_p50"]["scope"] == "brc-segment:043"
    assert data["scopes"]["brc-segment:043"]["nl"].startswith("Bredere CBS-groep")
    assert office["employees"]["value"] == 120 and office["employees"]["scope"] == "brc:0431"
    rare = {f["kind"]: f for f in data["isco_figures"]["9999"]}
    assert rare["wage_p50"]["missing"] == "no_brc" and "value" not in rare["wage_p50"]


def test_nesta_and_onet_figures_or_reasons(built):
    _, data = built
    occs = by_id(data)
    a = {f["kind"]: f for f in occs["a1"][1]["figures"]}
    b = {f["kind"]: f for f in occs["b2"][1]["figures"]}
    c = {f["kind"]: f for f in occs["c3"][1]["figures"]}
    assert a["automation_risk"]["label"] == "Low risk" and a["automation_risk"]["year"] == 2020
    assert a["riasec"]["label"] == "RCI" and a["job_zone"]["value"] == 2 and a["trend_us"]["value"] == 1.1
    assert b["riasec"]["label"] == "RCE" and b["riasec"]["scope"] == "onet:53-7065.00"  # via the 2010->2019 map
    d = {f["kind"]: f for f in occs["d4"][1]["figures"]}
    assert c["automation_risk"]["missing"] == "nesta_not_covered"
    # linked to O*NET, but O*NET has no interest rows: not "not linked"; its job zone still shows
    assert c["riasec"]["missing"] == "no_onet_interests" and c["job_zone"]["value"] == 2
    assert b["job_zone"]["missing"] == "no_onet_job_zone"  # linked, with interests, but no job zone
    assert d["riasec"]["missing"] == d["job_zone"]["missing"] == "no_onet_match"  # not linked at all
    assert set(data["unavailable"]) == {"demand", "recruitment"}
    assert all(reason in data["reasons"] for reason in data["unavailable"].values())


def test_the_files_are_json_lines_in_the_layout_the_game_reads(built):
    out, data = built
    details = out.with_name("lmi-details.jsonl")
    index_lines = out.read_bytes().split(b"\n")
    details_lines = details.read_bytes().split(b"\n")
    assert index_lines[-1] == details_lines[-1] == b""  # every line ends with a newline
    head = json.loads(index_lines[0])
    assert head["format"] == "koers-lmi" and head["format_version"] == 3 and head["details"]["file"] == details.name
    assert len(index_lines) - 2 == len(details_lines) - 1 == len(head["index"]["id"]) == 5
    assert head["index"]["details_bytes"] == [len(line) + 1 for line in details_lines[:-1]]
    assert all(b", " not in line and b": " not in line for line in details_lines)  # no pretty printing
    assert json.loads(index_lines[1])[0] == data["occupations"][0]["title"]["nl"]  # texts, no keys


def test_two_runs_give_identical_bytes_and_keep_the_date(built, tmp_path):
    out, _ = built
    details = out.with_name("lmi-details.jsonl")
    layer = lmi_fixture.layer(tmp_path)
    again, _ = sync(lmi_fixture.make(tmp_path / "data"), tmp_path / "lmi.jsonl", "2026-01-02", layer)
    assert again.read_bytes() == out.read_bytes()
    assert again.with_name("lmi-details.jsonl").read_bytes() == details.read_bytes()
    copy = tmp_path / "copy.jsonl"
    shutil.copy(out, copy)
    shutil.copy(details, tmp_path / "copy-details.jsonl")
    sync(tmp_path / "data", copy, "2027-05-05", layer)  # same inputs, another day: no change
    assert copy.read_bytes() != out.read_bytes()  # ...but for the name of its details file
    assert copy.read_bytes() == out.read_bytes().replace(b'"lmi-details.jsonl"', b'"copy-details.jsonl"')
    assert (tmp_path / "copy-details.jsonl").read_bytes() == details.read_bytes()


def test_failed_sync_leaves_the_previous_content(tmp_path, capsys):
    data_dir = lmi_fixture.make(tmp_path / "data")
    out = tmp_path / "lmi.jsonl"
    out.write_text("previous", encoding="utf-8")
    (data_dir / "nl" / "cbs_85517NED_brc_wage_quartiles_2022.csv").unlink()
    assert cli(["build", "--lmi", str(data_dir), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "previous content is unchanged" in err and "cbs_wages" in err
    assert out.read_text(encoding="utf-8") == "previous"
    assert not list(tmp_path.glob("lmi*.tmp")) and not (tmp_path / "lmi-details.jsonl").exists()


def test_corrupt_input_is_reported(tmp_path, capsys):
    data_dir = lmi_fixture.make(tmp_path / "data")
    (data_dir / "careerpaths" / "mcc_risk_All_occupations.csv").write_text("nonsense\n1\n", encoding="utf-8")
    assert cli(["build", "--lmi", str(data_dir), "--out", str(tmp_path / "o.jsonl")]) == 1
    assert "mcc_risk_All_occupations.csv: missing columns" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()


def test_validation_names_the_occupation_and_field(built):
    _, data = built
    broken = json.loads(json.dumps(data))
    broken["occupations"][0]["groups"][0]["essential"] = "many"
    with pytest.raises(SyncError, match=r"occupation a1 \(heftruckchauffeur\): groups.0.essential"):
        validate(broken)


def test_audit_passes_and_fails_where_it_should(built):
    _, data = built
    results = {name: ok for name, ok, _ in audit(data, max_age=5, min_featured=3)}
    assert all(results.values()), results
    worse = json.loads(json.dumps(data))
    worse["sources"][0]["limitation"] = {"nl": "", "en": ""}
    worse["sources"][1].pop("currency_note", None)
    worse["occupations"][0]["figures"].append({"kind": "x", "source": "nobody"})
    bad = {name: ok for name, ok, _ in audit(worse, max_age=1, min_featured=3)}
    assert not bad["every limitation reported"] and not bad["sources and licences"]
    assert not bad["every figure has source and year, or a reason"] and not bad["currency"]


def test_committed_content_passes_the_audit(capsys):
    assert cli(["audit"]) == 0
    assert "13 passed, 0 failed" in capsys.readouterr().out


def test_json_schema_export(tmp_path):
    assert cli(["schema", "--out", str(tmp_path)]) == 0
    schema = json.loads((tmp_path / "lmi.schema.json").read_text())
    assert "occupations" in schema["properties"] and "$defs" in schema
    committed = Path(__file__).resolve().parent.parent / "content" / "schema" / "lmi.schema.json"
    assert committed.read_text() == (tmp_path / "lmi.schema.json").read_text()  # the committed schema is current


def test_committed_lmi_loads_in_the_game():
    lmi = load_lmi()
    assert len(lmi) == 3007
    forklift = lmi.occupation("http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755")
    assert forklift.title.nl == "heftruckchauffeur" and len(forklift.nearest) == 10
    kinds = {f.kind for f in lmi.figures(forklift)}
    assert {"employees", "wage_p50", "automation_risk", "demand"} <= kinds
    assert len(lmi.featured()) >= 150 and all(lmi.entry(i).featured for i in lmi.featured())


def test_nearest_breaks_ties_by_index_the_same_way_everywhere():
    """Equal scores are ranked by index among all occupations tied at the k-th score (not among
    the ones np.argpartition happened to pick, which differed per CPU)."""
    import math
    import random

    from lmi_sync import transfer

    # "hub" asks s0 and s1; t0..t19 each ask s0 and a skill of their own, so they tie with hub and
    # with each other; w0..w19 ask s0 as an option and a skill of their own (ties again); u asks
    # s1 only; v asks nothing
    weights = {"hub": {"s0": 1.0, "s1": 0.5}, "u": {"s1": 1.0}, "v": {}}
    weights |= {f"t{n}": {"s0": 1.0, f"own{n}": 1.0} for n in range(20)}
    weights |= {f"w{n}": {"s0": 0.5, f"x{n}": 1.0} for n in range(20)}
    order = sorted(weights)
    random.Random(9).shuffle(order)  # ties all over the place (the old code chose differently here)

    def cosine(a: dict, b: dict) -> float:
        dot = sum(w * b.get(s, 0.0) for s, w in a.items())
        size = math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))
        return round(dot / size, 6) if size else 0.0

    for k in (1, 3, 5, 10):
        near = transfer.nearest(order, weights, k=k)
        for i, a in enumerate(order):
            scores = [(cosine(weights[a], weights[b]), j) for j, b in enumerate(order) if j != i]
            ranked = sorted(((s, j) for s, j in scores if s > 0), key=lambda x: (-x[0], x[1]))[:k]
            assert near[i] == [(j, round(s, 3)) for s, j in ranked], (k, a)
    tied = sorted(order.index(f"t{n}") for n in range(20))
    assert [j for j, _ in transfer.nearest(order, weights, k=3)[order.index("hub")]] == tied[:3]
    assert transfer.nearest(order, weights, k=3)[order.index("v")] == []  # shares nothing: no neighbours
