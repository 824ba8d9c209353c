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


def test_nearest_by_the_combined_similarity_computed_by_hand(built):
    """lmi_sync.transfer's weights: skills 40, essential 15, reach 10, activities 20, hierarchy 5,
    preparation 5, interests 5 (a part unknown for the pair drops out)."""
    from lmi_sync import transfer

    _, data = built
    occs = by_id(data)
    ids = [o["id"] for o in data["occupations"]]
    assert [ids[n["occ"]] for n in occs["a1"][1]["nearest"]] == ["d4", "b2", "c3"]  # the files keep the order
    # the scores, from the fixture's own skills, display groups and facts (the files do not store them)
    weights = {i: {k: 1.0 for k in ess} | {k: 0.5 for k in opt} for i, *_, ess, opt in lmi_fixture.OCCUPATIONS}
    groups_of = {"k1": [0], "k6": [0], "k2": [1], "k5": [1], "k3": [2], "k4": [3]}  # S1.1, S2.1, S3.2, 041
    facts = {
        "a1": transfer.Facts("8344", 2, 2, "RCI"),
        "b2": transfer.Facts("9333", None, 2, "RCE"),
        "c3": transfer.Facts("4110", 2, 2, ""),
        "d4": transfer.Facts("8344", None, 2, ""),
        "e5": transfer.Facts("9999", None, None, ""),
    }
    order = sorted(weights)
    near = [(order[j], s) for j, s in transfer.nearest(order, weights, groups_of=groups_of, facts=facts)[0]]
    # all skills (essential 2, optional 1): a1 = {k2: 2, k3: 2, k6: 2, k1: 1}; skill groups the same
    # way: a1 = {S1.1: 3, S2.1: 2, S3.2: 2}; d4 = {S2.1: 2, S3.2: 2}; b2 = {S1.1: 2, S2.1: 4, S3.2: 1};
    # c3 = {S1.1: 2, 041: 2}
    # d4: skills 8/sqrt(13*8) = .784465, essential 2/sqrt(3*2) = .816497, reach 2/2, activities
    #     8/sqrt(17*8) = .685994, same unit 1, level 2 = 2 (no job zone) 1, no interests:
    #     (31.3786 + 12.247455 + 10 + 13.71988 + 5 + 5) / 95 = .814
    # b2: skills 10/13 = .769231, essential 2/3, reach 2/3, activities 16/sqrt(17*21) = .846813,
    #     other ISCO 0, level 1, interests RCI against RCE 2/3:
    #     (30.76924 + 10 + 6.66667 + 16.93626 + 0 + 5 + 3.33333) / 100 = .727
    # c3: skills 2/sqrt(104) = .196116, essential 0, reach 1/2 (a1 lists k1), activities
    #     6/sqrt(17*8) = .514496, 0, job zone 2 = 2, no interests: (7.84464 + 0 + 5 + 10.28992 + 0 + 5) / 95
    #     = .296; e5 shares no skill: not listed
    assert near == [("d4", 0.814), ("b2", 0.727), ("c3", 0.296)]


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
    assert head["format"] == "koers-lmi" and head["format_version"] == 5 and head["details"]["file"] == details.name
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
    assert "14 passed, 0 failed" in capsys.readouterr().out


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


def _reference_score(a: dict, b: dict, fa, fb, groups_of: dict) -> int | None:
    """lmi_sync.transfer's combined similarity of one pair, the slow way (in millionths)."""
    import math

    import numpy as np

    from lmi_sync import transfer

    def micro(x: float) -> int:
        return int(np.rint(np.round(np.float64(x), 6) * 1_000_000))

    if not set(a) & set(b):
        return None
    ess_a, ess_b = {s for s, w in a.items() if w == 1.0}, {s for s, w in b.items() if w == 1.0}
    size = math.sqrt(len(ess_a) * len(ess_b))
    parts = {"essential": micro(len(ess_a & ess_b) / size) if size else 0}
    parts["reach"] = micro(len(set(a) & ess_b) / len(ess_b)) if ess_b else 0
    size = math.sqrt(sum(round(w * 2) ** 2 for w in a.values()) * sum(round(w * 2) ** 2 for w in b.values()))
    parts["skills"] = micro(sum(round(w * 2) * round(b[s] * 2) for s, w in a.items() if s in b) / size)

    def groups(x: dict) -> dict:
        out: dict = {}
        for s, w in x.items():
            for g in groups_of.get(s, []):
                out[g] = out.get(g, 0) + round(w * 2)
        return out

    ga, gb = groups(a), groups(b)
    size = math.sqrt(sum(v * v for v in ga.values()) * sum(v * v for v in gb.values()))
    parts["activities"] = micro(sum(v * gb.get(g, 0) for g, v in ga.items()) / size) if size else 0
    known = {"skills": True, "essential": True, "reach": True, "activities": True}
    known["hierarchy"] = bool(fa.isco and fb.isco)
    parts["hierarchy"] = micro(sum(fa.isco[:d] == fb.isco[:d] for d in (2, 3, 4)) / 3.0) if known["hierarchy"] else 0
    if fa.job_zone and fb.job_zone:
        gap: int | None = abs(fa.job_zone - fb.job_zone)
    else:
        gap = abs(fa.level - fb.level) if fa.level and fb.level else None
    known["preparation"] = gap is not None
    parts["preparation"] = micro(max(0, 2 - gap) / 2.0) if gap is not None else 0
    known["interests"] = bool(fa.riasec and fb.riasec)
    parts["interests"] = micro(len(set(fa.riasec) & set(fb.riasec)) / len(set(fb.riasec))) if known["interests"] else 0
    total = sum(parts[n] * w for n, w in transfer.WEIGHTS.items() if known[n])
    return int(np.rint(total / sum(w for n, w in transfer.WEIGHTS.items() if known[n])))


def _random_case(seed: int, n: int = 60):
    import random

    from lmi_sync import transfer

    rng = random.Random(seed)
    skills = [f"s{i}" for i in range(25)]  # few skills: many equal scores
    weights = {
        f"o{i:02d}": {s: rng.choice([0.5, 1.0]) for s in rng.sample(skills, rng.randint(0, 5))} for i in range(n)
    }
    groups_of = {s: sorted(rng.sample(range(6), rng.randint(1, 2))) for s in skills}
    facts = {
        o: transfer.Facts(
            isco=rng.choice(["8331", "8332", "8341", "9333", "4110", ""]),
            job_zone=rng.choice([None, 1, 2, 3, 5]),
            level=rng.choice([None, 1, 2, 4]),
            riasec=rng.choice(["", "RCI", "RCE", "SEC", "AIS"]),
        )
        for o in weights
    }
    for i in range(4):  # copies of one occupation: exactly equal scores for every other one
        weights[f"z{i}"], facts[f"z{i}"] = dict(weights["o01"]), facts["o01"]
    return weights, groups_of, facts


def test_nearest_ranks_by_the_combined_score_then_by_key():
    """Against the slow reference: every list is the first k by (-score, key), ties included
    (not the ones np.argpartition happened to pick, which differed per CPU)."""
    from lmi_sync import transfer

    weights, groups_of, facts = _random_case(9)
    order = sorted(weights)
    for k in (1, 3, 10):
        near = transfer.nearest(order, weights, k=k, groups_of=groups_of, facts=facts)
        for i, a in enumerate(order):
            scores = [
                (s, j)
                for j, b in enumerate(order)
                if j != i and (s := _reference_score(weights[a], weights[b], facts[a], facts[b], groups_of)) is not None
            ]
            ranked = sorted(scores, key=lambda x: (-x[0], x[1]))[:k]
            assert near[i] == [(j, round(s / 1_000_000, 3)) for s, j in ranked], (k, a)
    assert any(len({s for _, s in row}) < len(row) for row in near)  # the case has ties
    empty = next(o for o in order if not weights[o])
    assert near[order.index(empty)] == []  # shares no skill: no neighbours


def test_nearest_gives_the_same_lists_whatever_the_input_order():
    """Permuted input, same neighbours (by name) and scores: ties go by the occupation's key, not
    by where it happens to stand."""
    import random

    from lmi_sync import transfer

    weights, groups_of, facts = _random_case(4)
    order = sorted(weights)
    want = [
        [(order[j], s) for j, s in row]
        for row in transfer.nearest(order, weights, k=5, groups_of=groups_of, facts=facts)
    ]
    for seed in (1, 2, 3):
        shuffled = order[:]
        random.Random(seed).shuffle(shuffled)
        got = transfer.nearest(shuffled, weights, k=5, groups_of=groups_of, facts=facts)
        assert {shuffled[i]: [(shuffled[j], s) for j, s in row] for i, row in enumerate(got)} == dict(
            zip(order, want, strict=True)
        )
