"""Every test runs headless (SDL dummy drivers) with its own empty save folder."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def scenes_raise(monkeypatch):
    """A scene that raises fails its test (the game itself catches it and shows a safe screen:
    tests/test_nothing_crashes.py turns that back on where it tests it)."""
    from game.engine.loop import Engine

    monkeypatch.setattr(Engine, "catch_errors", False)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("KOERS_DATA_DIR", str(folder))

    return folder
