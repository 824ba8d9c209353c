"""The sheet's link for the coach (issue 18): a field switched off on the consent screen appears
nowhere, not on the sheet, not in the link, not in the passport; and the sheet screen with its
fourth button still fits at 1280x720 with 150 % text."""

from __future__ import annotations

import json
from dataclasses import replace

import pygame
import pytest

from game.career import share
from game.career.profile import SHEET_PARTS
from game.career.sheet import SHARE_FIELDS, SHARE_KEPT, SHARE_LEFT_OUT, sheet, sheet_share_fields
from game.engine import bridge, layout
from game.scenes.poster import make_painter
from game.steps import scene_for
from tests.helpers import frames, key, make_app, press, top_name
from tests.test_sharing_and_keeping import full_profile

URL = "https://koers.example/speel/"
HEFTRUCK = "eeac6251-1974-42f5-91ed-513c6c883755"  # the ESCO id of heftruckchauffeur


def widget(app, name: str):
    return next(w for w in app.stack.top.form.widgets if getattr(w, "name", "") == name)


def test_every_field_a_link_can_carry_belongs_to_one_part_or_never_goes():
    fields = [*share.CARRIES, "c", "s", "dt"]
    owners = {f: [p for p, fs in SHARE_FIELDS.items() if f in fs] for f in fields}
    for f in fields:
        assert len(owners[f]) + (f in SHARE_KEPT) + (f in SHARE_LEFT_OUT) == 1, f
    assert set(SHARE_FIELDS) <= {*SHEET_PARTS, "name"}
    full = {f: "x" for f in fields}
    profile = replace(full_profile(), sheet_hidden=["values", "interests", "name"])
    kept = sheet_share_fields(full, profile)
    assert set(kept) == {"q", "d", "o", "st", "ns", "dt"}  # no v, c, s, n; nor the goal, marked work, groups
    assert set(sheet_share_fields(full, replace(profile, sheet_hidden=[]))) == set(fields) - {"g", "op", "lg"}


def test_switched_off_on_the_consent_screen_it_appears_nowhere(tmp_path, monkeypatch):
    monkeypatch.setenv("KOERS_SHARE_URL", URL)
    monkeypatch.setattr(bridge, "default_export_dir", lambda: tmp_path / "exports")
    copied: list[str] = []
    monkeypatch.setattr(bridge, "copy_text", lambda text: copied.append(text) or True)
    app = make_app()
    app.session.profile = replace(full_profile(), quick=True, step="share")
    app.stack.reset(scene_for(app, "share"))
    frames(app, 2)
    consent = app.stack.top
    for part in ("values", "job"):  # off, through the keyboard
        press(app, next(c for c in consent.cards if c.label == app.t(f"sheet.part.{part}")))
    assert app.session.profile.sheet_hidden == ["values", "job"]
    key(app, pygame.K_PAGEDOWN)

    # the sheet: not in what is read aloud, nor in the parts it is drawn from
    scene = app.stack.top
    assert top_name(app) == "sheet"
    drawn = sheet(scene.profile, scene.content, make_painter(app).words, scene.shared(), scene.scores)
    for text in (scene.speech(), str(drawn)):
        assert "Goed loon" not in text and "Heftruckchauffeur" not in text
    assert "Praktisch" in scene.speech()  # what stayed on is there

    # the link
    press(app, widget(app, "copy_link"))
    assert scene.copied == app.t("poster.link_copied") and len(copied) == 1
    assert copied[0].startswith(URL + "#p=")
    fields = share.decode(copied[0])
    assert not {"v", "o", "op", "g"} & set(fields)
    assert "good_pay" not in json.dumps(fields) and HEFTRUCK not in json.dumps(fields)
    assert fields["q"] == ["handy", "precise"] and fields["ns"] == ["talk_manager"] and fields["n"] == "Sam"

    # the passport
    press(app, widget(app, "passport"))
    data = json.loads((tmp_path / "exports" / "koers-paspoort.json").read_text(encoding="utf-8"))
    assert "values" not in data and "occupation" not in data and "options" not in data
    assert "good_pay" not in json.dumps(data) and "heftruck" not in json.dumps(data)
    assert data["sheet_hidden"] == ["values", "job"]

    # the coach opens the link: the sheet shows what the player left on, nothing else
    bridge.open_link(copied[0])
    try:
        coach = make_app()
        assert top_name(coach) == "shared"
        press(coach, widget(coach, "coach_view"))
        assert top_name(coach) == "coach_sheet"
        said = coach.stack.top.speech()
        assert "Praktisch" in said and "Sam" in coach.stack.top.title()
        assert "Goed loon" not in said and "Heftruckchauffeur" not in said
        assert "Niet in de link: niet gedeeld, of niet ingevuld." in said  # not "not filled in": it may be kept
        assert "Nog niet ingevuld" not in said
    finally:
        bridge.open_link("")


@pytest.mark.parametrize("size", [(1280, 720), (1024, 576)])
def test_the_sheet_screen_with_its_link_button_fits_at_150_percent(monkeypatch, size):
    monkeypatch.setenv("KOERS_SHARE_URL", URL)
    app = make_app(size=size, text_scale=1.5)
    app.session.profile = replace(full_profile(), quick=True, step="sheet")
    app.stack.reset(scene_for(app, "sheet"))
    frames(app, 2)
    monkeypatch.setattr(bridge, "copy_text", lambda text: False)  # a desktop without a clipboard: it says so
    press(app, widget(app, "copy_link"))
    scene = app.stack.top
    assert scene.copied == app.t("sheet.link_not_copied")
    footer = layout.frame(app.ui.metrics)[2]
    names = ("save", "save_pdf", "passport", "copy_link")
    buttons = [widget(app, n) for n in names]
    shown = [*buttons, next(w for w in scene.form.widgets if getattr(w, "text", "") == scene.copied)]
    for w in shown:
        assert w.rect.bottom <= footer.top and w.rect.right <= size[0], (getattr(w, "name", w), w.rect, footer)
        assert not w.rect.colliderect(scene.preview_rect)
    for b in buttons:
        assert b.content_size(app.ui)[0] <= b.rect.width, b.label  # the label fits its button
    for i, a in enumerate(shown):
        assert a.rect.left >= scene.preview_rect.right
        for b in shown[i + 1 :]:
            assert not a.rect.colliderect(b.rect), (a.rect, b.rect)  # none over another


def test_without_a_web_address_there_is_no_link_button(monkeypatch):
    monkeypatch.delenv("KOERS_SHARE_URL", raising=False)
    app = make_app()
    app.session.profile = replace(full_profile(), quick=True, step="sheet")
    app.stack.reset(scene_for(app, "sheet"))
    frames(app, 2)
    assert not any(getattr(w, "name", "") == "copy_link" for w in app.stack.top.form.widgets)
    assert widget(app, "passport")  # the passport still goes


def test_the_desktop_copies_the_link_to_its_clipboard():
    make_app()  # (a display: SDL's clipboard needs one)
    assert bridge.copy_text("https://example.org/#koers-1") is True
    import pygame.scrap

    assert pygame.scrap.get_text() == "https://example.org/#koers-1"
