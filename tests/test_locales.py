"""Texts by key: both languages complete, every key the code uses exists, a missing key is visible."""

from __future__ import annotations

import json
import re
from pathlib import Path

from game.engine import paths
from game.engine.i18n import Locale, load_tables

ROOT = Path(__file__).resolve().parent.parent


def table(lang: str) -> dict[str, str]:
    return load_tables()[lang]


def test_every_key_has_a_text_in_both_languages():
    texts = json.loads(paths.TEXTS.read_text(encoding="utf-8"))
    assert all(set(by_lang) == {"nl", "en"} for by_lang in texts.values()), [
        k for k, v in texts.items() if set(v) != {"nl", "en"}
    ]
    assert all(v.strip() for by_lang in texts.values() for v in by_lang.values())
    assert list(texts) == sorted(texts)  # kept in key order, so a text is easy to find


def test_placeholders_match_between_languages():
    nl, en = table("nl"), table("en")
    for k in nl:
        assert set(re.findall(r"{(\w+)}", nl[k])) == set(re.findall(r"{(\w+)}", en[k])), k


def test_every_literal_key_in_the_code_exists():
    used: set[str] = set()
    for file in (ROOT / "game").rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\.t\(\s*["']([a-z_]+\.[a-z_0-9.]+)["']""", text))
        used |= set(re.findall(r"""_key\s*=\s*["']([a-z_]+\.[a-z_0-9.]+)["']""", text))
        used |= set(re.findall(r"""next_label\s*=\s*["']([a-z_]+\.[a-z_0-9.]+)["']""", text))
    assert len(used) > 40
    missing = sorted(k for k in used if k not in table("nl"))
    assert not missing, missing


def test_missing_key_is_visible_and_recorded():
    locale = Locale("en")
    assert locale.t("no.such.key") == "[[no.such.key]]"
    assert "en:no.such.key" in locale.missing
