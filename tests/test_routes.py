"""Routes into the work (content/lmi/routes.yaml): validated at build time, checked by the
audit, shown on "Over jouw werk" with their sources, listed on "Hoe weten we dit?"."""

from __future__ import annotations

import json

import pygame
import pytest

from game.career.profile import Profile
from game.engine.widgets import TextPanel
from game.steps import scene_for
from lmi_sync import lmi_files
from lmi_sync.audit import audit
from lmi_sync.build import SyncError, sync
from lmi_sync.routes import RoutesError, route_entries
from tests import lmi_fixture
from tests.helpers import frames, key, make_app, open_sources

FACT = """routes:
  {key}:
  - kind: {kind}
    nl: Een zin van een pagina in het Nederlands.
    en: A sentence from a page in English.
{source}"""
SOURCE = '    source: {publisher: RDW, title: Een pagina, url: "URL", read: 2026-12-02}\n'
GOOD = SOURCE.replace("URL", "https://example.org/p")


def write(tmp_path, key="a1", kind="licence", source=GOOD):
    path = tmp_path / "routes.yaml"
    path.write_text(FACT.format(key=key, kind=kind, source=source), encoding="utf-8")
    return path


def entries(path):
    return route_entries(path, featured_ids={"a1"}, known_ids={"a1", "c3"})


def test_a_sourced_fact_is_taken(tmp_path):
    facts = entries(write(tmp_path))["a1"]
    assert facts == [
        {
            "kind": "licence",
            "text": {"nl": "Een zin van een pagina in het Nederlands.", "en": "A sentence from a page in English."},
            "source": {
                "publisher": "RDW",
                "title": "Een pagina",
                "url": "https://example.org/p",
                "read": "2026-12-02",
                "lang": "nl",
            },
        }
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"source": ""}, "source"),  # no source at all
        ({"source": SOURCE.replace("URL", "http://example.org/p")}, "url"),  # not https
        ({"source": SOURCE.replace(", read: 2026-12-02", "")}, "read"),  # no date it was read
        ({"kind": "rumour"}, "kind"),  # an unknown kind
        ({"key": "zz99"}, "not an ESCO occupation"),  # an unknown UUID
        ({"key": "c3"}, "not a featured occupation"),  # known, but not featured
    ],
)
def test_validation_refuses(tmp_path, kwargs, message):
    with pytest.raises(RoutesError, match=message):
        entries(write(tmp_path, **kwargs))


def test_unknown_keys_are_refused(tmp_path):
    path = write(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + "extra: 1\n", encoding="utf-8")
    with pytest.raises(RoutesError, match="extra"):
        entries(path)
    path.write_text(
        FACT.format(key="a1", kind="where", source=SOURCE.replace("URL", "https://e.org/p")) + "    note: invented\n",
        encoding="utf-8",
    )
    with pytest.raises(RoutesError, match="note"):
        entries(path)


def test_the_build_carries_the_routes_and_refuses_a_bad_file(tmp_path):
    layer = lmi_fixture.layer(tmp_path)
    data_dir = lmi_fixture.make(tmp_path / "data")
    out, _ = sync(data_dir, tmp_path / "lmi.jsonl", "2026-01-02", layer)
    data = lmi_files.read(out)
    assert [f["kind"] for f in data["routes"]["a1"]] == ["certificate", "where"]  # steps first, where last
    write(layer, source=SOURCE.replace("URL", "http://example.org/p"))
    with pytest.raises(SyncError, match="url"):
        sync(data_dir, tmp_path / "lmi2.jsonl", "2026-01-02", layer)


def test_the_audit_fails_a_route_fact_without_a_source(tmp_path):
    layer = lmi_fixture.layer(tmp_path)
    out, _ = sync(lmi_fixture.make(tmp_path / "data"), tmp_path / "lmi.jsonl", "2026-01-02", layer)
    data = lmi_files.read(out)
    results = {name: (ok, detail) for name, ok, detail in audit(data, min_featured=1)}
    ok, detail = results["every route fact has a source"]
    assert ok and "1 of 3 featured occupations have routes" in detail
    worse = json.loads(json.dumps(data))
    worse["routes"]["a1"][0]["source"] = {}
    assert not {name: ok for name, ok, _ in audit(worse, min_featured=1)}["every route fact has a source"]
    worse = json.loads(json.dumps(data))
    worse["routes"]["a1"][1]["source"]["url"] = "ftp://example.org/a"
    assert not {name: ok for name, ok, _ in audit(worse, min_featured=1)}["every route fact has a source"]


def about_texts(app) -> list[str]:
    """Every text on the "about" page, screen by screen, until the page changes."""
    texts: list[str] = []
    scene = app.stack.top
    while scene.name == "future" and scene.page_id() == "about":
        texts += [w.text for w in scene.form.widgets if isinstance(w, TextPanel)]
        key(app, pygame.K_PAGEDOWN)
        scene = app.stack.top
    return texts


@pytest.mark.parametrize("quick", [False, True])
def test_about_your_work_shows_the_route_and_its_source(quick):
    app = make_app(size=(1024, 576), text_scale=1.5)
    app.session.profile = Profile(step="future", occupation="00cee175-1376-43fb-9f02-ba3d7a910a58", quick=quick)
    app.stack.reset(scene_for(app, "future"))
    frames(app, 2)
    texts = about_texts(app)
    assert "Zo kom je in dit werk:" in texts
    i = next(i for i, t in enumerate(texts) if "rijbewijs van categorie D" in t)
    assert texts[i + 1] == "Bron: RDW (rijbewijs.nl), gelezen 2\u00a0december\u00a02026."  # the date never breaks
    assert any("Leerwerkloket in jouw regio" in t for t in texts)
    assert not any("staat niet in onze bronnen" in t for t in texts)
    assert app.locale.missing == set()


def test_an_occupation_without_routes_still_says_who_can_tell():
    app = make_app()
    app.session.profile = Profile(step="future", occupation="099c6bb0-22d3-4c5d-8bf5-70910af381ef")  # kapper
    assert not app.session.lmi().routes_of(app.session.lmi_occupation(app.session.profile.occupation))
    app.stack.reset(scene_for(app, "future"))
    frames(app, 2)
    texts = about_texts(app)
    assert any("Vraag het bij een mbo-school of het Leerwerkloket" in t for t in texts)
    assert "Zo kom je in dit werk:" not in texts


def test_how_do_we_know_lists_the_route_sources():
    app = make_app()
    open_sources(app, "00cee175-1376-43fb-9f02-ba3d7a910a58")  # buschauffeur
    scene = app.stack.top
    assert scene.name == "sources"
    route = "route:https://rijbewijs.nl/rijbewijs-houden/houden-per-categorie/bus-aanhangwagen/"
    assert route in scene.source_ids and "route:https://www.leerwerkloket.nl/about-us" in scene.source_ids
    for _ in range(scene.source_ids.index(route)):
        key(app, pygame.K_PAGEDOWN)
    said = app.stack.top.speech()
    assert "Bus (met aanhangwagen)" in said and "RDW (rijbewijs.nl)" in said and "2\u00a0december\u00a02026" in said
    assert "https://rijbewijs.nl/" in said


def test_the_coach_sheet_lists_the_steps_into_the_work():
    from game.career.sheet import sheet
    from game.scenes.poster import make_painter

    app = make_app()
    app.session.profile = Profile(step="sheet", occupation="00cee175-1376-43fb-9f02-ba3d7a910a58")
    page = sheet(app.session.profile, app.session.content, make_painter(app).words)
    job = next(p for p in page.parts if p.id == "job")
    assert any("code 95" in line and "(bron: RDW)" in line for line in job.lines)
