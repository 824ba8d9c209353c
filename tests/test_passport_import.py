"""Importing a skills passport from the settings, on the desktop: typed path, the real input path,
a plain message in the player's language for each way it can fail, and nothing saved touched."""

from __future__ import annotations

import json

import pygame
import pytest

from game.career import saves
from game.career.passport import IMPORT_PROBLEMS, import_bytes, to_passport
from game.career.profile import Profile
from game.engine import storage
from tests.helpers import key, make_app, press, top_name, type_text
from tests.test_sharing_and_keeping import full_profile


def passport_bytes(app) -> bytes:
    return json.dumps(to_passport(full_profile(), app.session.content, app.session.occupation)).encode()


@pytest.fixture
def good(tmp_path):
    app = make_app()
    return passport_bytes(app)


def test_why_a_file_cannot_be_imported_is_one_of_four_reasons(good):
    data = json.loads(good)
    assert import_bytes(good)[0].helper == "Ahmed" and import_bytes(good)[1] == ""
    cases = {
        "missing": None,
        "damaged": good[: len(good) // 2],  # cut off while it was copied
        "not_passport": b"\x89PNG\r\n\x1a\n\x00\x00",  # the poster picked by mistake
        "newer": json.dumps({**data, "version": 99}).encode(),
    }
    for reason, raw in cases.items():
        assert import_bytes(raw) == (None, reason), reason
    assert import_bytes(b'{"format": "something else"}') == (None, "not_passport")
    assert import_bytes(b"[1, 2]") == (None, "not_passport")
    assert import_bytes(json.dumps({**data, "version": "1"}).encode()) == (None, "damaged")
    # a part that makes no sense is left out (issue 19: one validation of meaning), the rest comes in
    odd, why = import_bytes(json.dumps({**data, "interests": [1], "values": "good_pay"}).encode())
    assert why == "" and odd is not None and odd.values == [] and odd.helper == "Ahmed"
    assert set(IMPORT_PROBLEMS) == set(cases)


def open_import(app) -> None:
    key(app, pygame.K_F3)
    button = next(w for w in app.stack.top.form.widgets if getattr(w, "name", "") == "import")
    press(app, button)
    assert top_name(app) == "import"


def saved_files(data_dir) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.glob("*.json"))}


FAILS = {
    "missing": (None, "Dit bestand is er niet", "This file is not there"),
    "damaged": ("cut", "Dit paspoort is beschadigd", "This passport is damaged"),
    "not_passport": (b"\x89PNG\r\n\x1a\n", "Dit is geen paspoort van Koers", "This is not a Koers passport"),
    "newer": ("newer", "nieuwere versie van Koers", "a newer version of Koers"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("reason", list(FAILS))
def test_a_failed_import_says_why_in_the_window_and_changes_nothing(tmp_path, data_dir, good, reason, lang):
    saves.save_profile(Profile(step="values", goal="values", qualities=["precise"]))
    saves.add_to_history(Profile(step="poster", values=["good_pay"]))
    storage.save_settings(storage.Settings(lang=lang))
    before = saved_files(data_dir)
    raw, nl, en = FAILS[reason]
    file = tmp_path / "in" / "koers-paspoort.json"
    if raw is not None:
        file.parent.mkdir()
        newer = json.dumps({**json.loads(good), "version": 2}).encode()
        file.write_bytes({"cut": good[:100], "newer": newer}.get(raw, raw) if isinstance(raw, str) else raw)
    app = make_app()
    open_import(app)
    type_text(app, str(file))
    key(app, pygame.K_RETURN)  # Enter in the path field imports
    scene = app.stack.top
    said = scene.speech()
    assert top_name(app) == "import" and (nl if lang == "nl" else en) in said, said
    assert (nl if lang == "nl" else en) in app.speech.said[-1]  # and read aloud at once
    assert saved_files(data_dir) == before  # nothing saved was touched
    assert app.session.profile.qualities == ["precise"]


def test_an_empty_path_asks_for_one_first():
    app = make_app()
    open_import(app)
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "import" and "Typ eerst waar het bestand staat" in app.stack.top.hint
    key(app, pygame.K_ESCAPE)
    assert top_name(app) == "settings"


def test_a_good_passport_becomes_the_check_under_way_and_the_old_one_is_kept(tmp_path, data_dir, good):
    saves.save_profile(Profile(step="values", goal="values", qualities=["precise"]))
    file = tmp_path / "koers-paspoort.json"
    file.write_bytes(good)
    app = make_app()
    open_import(app)
    type_text(app, str(file))
    key(app, pygame.K_PAGEDOWN)  # the footer's "Inlezen"
    assert top_name(app) == "notice" and "Je paspoort is ingelezen" in app.stack.top.speech()
    assert [p.qualities for p in saves.load_history()] == [["precise"]]
    assert json.loads((data_dir / "profile.json").read_text(encoding="utf-8"))["helper"] == "Ahmed"
    key(app, pygame.K_RETURN)
    assert top_name(app) == "title" and app.stack.top.form.focused is app.stack.top.next_button
    key(app, pygame.K_RETURN)  # "Verder waar ik was": the imported check, after the course map
    assert top_name(app) == "course"
    while top_name(app) == "course":  # (it reads on first when what was found takes two pages)
        key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "poster" and app.session.profile.name == "Sam"
