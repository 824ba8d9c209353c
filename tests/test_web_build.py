"""The browser build: offline, own template and icon, only runtime files in the bundle."""

from __future__ import annotations

import zipfile

import pytest

from tests.helpers import build_web


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    return build_web(tmp_path_factory.mktemp("web"), "https://cdn.example.org/pygbag/0.9.3/")


def test_index_and_apk_exist(build):
    assert (build / "index.html").is_file() and (build / "koers.apk").is_file() and (build / "favicon.png").is_file()


def test_template_is_ours_and_filled_in(build):
    html = (build / "index.html").read_text(encoding="utf-8")
    assert html.startswith('<html lang="nl">')
    assert "<title>Koers</title>" in html
    assert "Koers wordt geladen" in html
    assert "cookiecutter" not in html
    assert "https://cdn.example.org/pygbag/0.9.3/pythons.js" in html  # the runtime CDN is a flag
    assert "ume_block : 0" in html  # no click gate unless the browser demands one
    assert "platform.run_main(PyConfig" in html and "custom_site()" in html  # pygbag's loader contract


def test_apk_holds_the_game_and_nothing_else(build):
    names = zipfile.ZipFile(build / "koers.apk").namelist()
    assert "assets/main.py" in names
    assert "assets/game/app.py" in names and "assets/game/assets/content.json" in names
    assert any(n.startswith("assets/game/assets/fonts/") and n.endswith(".woff") for n in names)
    assert any(n.startswith("assets/game/assets/pictos/") for n in names)
    forbidden = (
        "assets/tests/",
        "assets/lmi_sync/",
        "assets/content/",
        "assets/build/",
        "assets/.venv/",
        "assets/scripts/",
        "assets/web/",
        "assets/.hypothesis/",
        "assets/.mypy_cache/",
        "assets/.ci/",
        "assets/.pytest_cache/",
        "assets/.ruff_cache/",
        "assets/.browser-runtime/",
        "assets/docs/",
    )
    assert not [n for n in names if n.startswith(forbidden)]
    assert not any(n.startswith("assets/tools/") for n in names) and "assets/pyproject.toml" not in names
