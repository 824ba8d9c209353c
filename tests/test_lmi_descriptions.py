"""ESCO's descriptions of common work in plain words (content/lmi/descriptions.yaml): checked at
build time, used in the built files, and shown on the job screens (the fixture, never ../shared;
and the committed files, through the real scenes)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from lmi_sync import lmi_files
from lmi_sync.build import DESCRIPTIONS_YAML, FEATURED_YAML, SyncError, sync
from lmi_sync.layer import load_descriptions
from tests import lmi_fixture

BUS = "00cee175-1376-43fb-9f02-ba3d7a910a58"
ESCO_BUS = "innen het door passagiers verschuldigde geld"  # ESCO's own (machine-translated) Dutch


def build(tmp_path: Path, texts: dict[str, dict[str, str]]) -> dict:
    layer = lmi_fixture.layer(tmp_path)
    (layer / "descriptions.yaml").write_text(lmi_fixture.descriptions(texts), encoding="utf-8")
    out, _ = sync(lmi_fixture.make(tmp_path / "data"), tmp_path / "lmi.jsonl", "2026-01-02", layer)
    return {o["id"]: o for o in lmi_files.read(out)["occupations"]}


def test_the_build_uses_the_plain_text_and_escos_first_sentence_elsewhere(tmp_path):
    occs = build(tmp_path, {"b2": lmi_fixture.PLAIN})
    assert occs["b2"]["description"] == lmi_fixture.PLAIN  # both languages, whole (not cut to one sentence)
    assert occs["a1"]["description"] == {"nl": "Heftruckchauffeur doet werk.", "en": "Forklift operator doet werk."}


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ({"zz9": lmi_fixture.PLAIN}, r"descriptions.yaml: not an ESCO occupation: \['zz9'\]"),
        ({"d4": lmi_fixture.PLAIN}, r"descriptions.yaml: not a featured occupation .*\['d4'\]"),  # an ESCO one
        ({"b2": {"nl": lmi_fixture.PLAIN["nl"]}}, r"descriptions.b2.en: Field required"),
        ({"b2": {"en": lmi_fixture.PLAIN["en"]}}, r"descriptions.b2.nl: Field required"),
        ({"b2": {**lmi_fixture.PLAIN, "de": "Lagerarbeiter"}}, r"descriptions.b2.de: Extra inputs"),
        ({"b2": {**lmi_fixture.PLAIN, "nl": "Magazijnmedewerkers werken."}}, r"b2.nl: .*2 words"),
        ({"b2": {**lmi_fixture.PLAIN, "nl": " ".join(["Ze tillen dozen."] * 12)}}, r"b2.nl: .*36 words"),
        (
            {"b2": {**lmi_fixture.PLAIN, "nl": lmi_fixture.PLAIN["nl"] + " Je verdient er veel geld mee."}},
            r"b2.nl: .*addresses the reader",
        ),
        (
            {"b2": {**lmi_fixture.PLAIN, "en": lmi_fixture.PLAIN["en"] + " They lift 25 kilos."}},
            r"b2.en: .*a figure",
        ),
        (
            {"b2": {**lmi_fixture.PLAIN, "nl": "Magazijnmedewerkers " + "ontvangen en " * 9 + "bewaren goederen."}},
            r"b2.nl: .*a sentence of",
        ),
    ],
)
def test_validation_refuses_what_breaks_the_rule(tmp_path, texts, message):
    with pytest.raises(SyncError, match=message):
        build(tmp_path, texts)
    assert not (tmp_path / "lmi.jsonl").exists()


def test_committed_descriptions_are_in_the_built_files_and_plain():
    data = lmi_files.read(Path(__file__).resolve().parent.parent / "game" / "assets" / "lmi.jsonl")
    occs = {o["id"]: o for o in data["occupations"]}
    texts = load_descriptions(DESCRIPTIONS_YAML).descriptions
    assert len(texts) >= 40
    for key, text in texts.items():
        assert occs[key]["featured"], key
        assert occs[key]["description"] == {"nl": text.nl, "en": text.en}, key
        assert not re.search(r"\b(je|jij|jouw)\b", text.nl, re.I), key
    listed = [line.split()[1] for line in FEATURED_YAML.read_text().splitlines() if line.startswith("- ")]
    assert [k for k in listed if k not in texts] == []  # every "veel voorkomend" card has one
    # the ESCO source's method says so, in both languages
    esco = next(s for s in data["sources"] if s["id"] == "esco")
    assert "ESCO's beschrijving in eenvoudige woorden" in esco["method"]["nl"]
    assert "ESCO's description in plain words" in esco["method"]["en"]
    head = yaml.safe_load(DESCRIPTIONS_YAML.read_text(encoding="utf-8"))
    assert head["source"].startswith("ESCO v1.1.1")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_job_to_confirm_for_a_bus_driver_shows_the_plain_text(lang):
    """Typed in the job search and chosen, as a player does: "Is dit jouw werk?" then shows
    ESCO's description in plain words, not ESCO's own sentence."""
    from game.career.profile import Profile
    from game.engine.widgets import ChoiceCard, TextPanel
    from game.steps import scene_for
    from tests.helpers import frames, make_app, press, type_text

    plain = load_descriptions(DESCRIPTIONS_YAML).descriptions[BUS]
    app = make_app(lang=lang)
    app.session.profile = Profile(step="job")
    scene = scene_for(app, "job")
    app.stack.reset(scene)
    frames(app, 2)
    type_text(app, "buschauffeur")
    first = next(w for w in scene.form.widgets if isinstance(w, ChoiceCard))
    press(app, first)
    assert scene.mode == "confirm" and scene.candidate == BUS
    texts = " ".join(w.text for w in app.stack.top.form.widgets if isinstance(w, TextPanel))
    assert getattr(plain, lang) in texts, texts
    assert ESCO_BUS not in texts and "verschuldigde" not in texts


def test_about_the_work_shows_the_plain_text():
    from tests.helpers import make_app
    from tests.test_lmi_screens import future_texts

    plain = load_descriptions(DESCRIPTIONS_YAML).descriptions[BUS]
    app = make_app()
    texts = future_texts(app, BUS, "about")
    assert plain.nl in texts and not any(ESCO_BUS in t for t in texts)
    # "Hoe weten we dit?" for ESCO (the game's own source entry) says where the text comes from
    method = app.session.source("esco").method
    assert method is not None and "ESCO's beschrijving in eenvoudige woorden" in method.nl
    assert "ESCO's description in plain words" in method.en


def test_the_plain_text_keeps_the_answers_on_screen_at_large_text():
    """The longest plain texts still leave the yes/no cards above the footer at 150 % text."""
    from tests.helpers import assert_confirm_answers_fit

    texts = load_descriptions(DESCRIPTIONS_YAML).descriptions
    assert_confirm_answers_fit(sorted(texts, key=lambda k: -len(texts[k].nl))[:3])
