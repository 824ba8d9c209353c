"""The whole game in headless Chromium: the real web build (koers.apk) under Pyodide with a
pygame-ce wasm wheel, played to the poster with keys pressed on Chromium's own keyboard.

The autoplay bot decides each key inside the game; the test presses it with Playwright, so
every key goes the browser's way (DOM event -> SDL -> pygame -> intent). It fails on any
Python exception, on a page error, and on any request that leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from tests.browser.runtime import fill_game_site, first_frame_ms, open_game_page, pygame_wheel, unavailable
from tests.helpers import build_web

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LANDMARKS = ["title", "privacy", "job", "role_models", "future", "route", "poster"]  # in play order, one per part


@pytest.fixture(scope="module")
def apk(tmp_path_factory) -> Path:
    """The real web build's bundle, built once for these tests."""
    return build_web(tmp_path_factory.mktemp("web"), "http://127.0.0.1/unused/") / "koers.apk"


@pytest.fixture
def game_site(browser, site, apk):
    wheel, reason = pygame_wheel()
    if wheel is None:
        unavailable(reason)
    folder, url = site
    fill_game_site(folder, wheel, apk)
    return url, wheel.name


def next_step(page, log: list[str], shots: Path) -> dict:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        return page.wait_for_function("window.koersNext()", polling=5, timeout=120_000).json_value()
    except PlaywrightTimeout:
        page.screenshot(path=str(shots / "stuck.png"))
        pytest.fail(f"the game asked for no key in 120 s (screenshot {shots / 'stuck.png'}); log: {log[-15:]}")


def python_errors(log: list[str]) -> list[str]:
    return [line for line in log if "Traceback" in line or "PYTHON EXCEPTION" in line or line.startswith("pageerror")]


LARGE_TEXT = {"auto_read": True, "high_contrast": True, "lang": "nl", "text_scale": 1.5}


@pytest.mark.parametrize("seed,settings", [(3, None), (11, LARGE_TEXT)], ids=["default", "large-text-read-aloud"])
def test_play_to_the_poster_with_the_keyboard_in_chromium(browser, game_site, tmp_path, seed, settings):
    shots = Path(os.environ.get("KOERS_BROWSER_SHOTS") or tmp_path / "shots") / f"seed{seed}"
    shots.mkdir(parents=True, exist_ok=True)
    url, wheel = game_site
    log: list[str] = []
    requests: list[str] = []
    page = open_game_page(browser, url, log, requests)
    if settings:  # as a player who chose them last time: the game reads them from localStorage
        page.evaluate(f"localStorage.setItem('koers.settings', {json.dumps(json.dumps(settings))})")
    page.evaluate(f"koersStart('play', '{wheel}', {seed})")  # returns once the game loop is running
    seen: list[str] = []
    keys = 0
    deadline = time.monotonic() + 600
    while True:
        assert time.monotonic() < deadline, f"no poster after {keys} keys; scenes {seen}; log {log[-10:]}"
        step = next_step(page, log, shots)
        assert "error" not in step, step.get("error")
        if step.get("done"):
            break
        if not seen or seen[-1] != step["scene"]:
            seen.append(step["scene"])
            page.screenshot(path=str(shots / f"{len(seen):02d}_{step['scene']}.png"))
        if step["text"] is not None:
            page.keyboard.type(step["text"])
        else:
            page.keyboard.press(step["key"])
        keys += 1
    page.screenshot(path=str(shots / f"{len(seen) + 1:02d}_poster.png"))
    result = json.loads(page.evaluate("window.koersResult"))
    stored = page.evaluate("localStorage.getItem('koers.profile')")
    page.close()
    (shots / "console.log").write_text("\n".join(log) + "\n", encoding="utf-8")

    assert not python_errors(log), python_errors(log)
    firsts = [s for s in dict.fromkeys(seen) if s in LANDMARKS]
    assert firsts == [s for s in LANDMARKS if s != "poster"], seen  # every level, in order
    assert result["scenes"][-1] == "poster"
    assert result["missing_texts"] == []  # no [[key]] on any screen
    assert result["poster_bytes"] > 20_000  # a real PNG of the poster, made in the browser
    passport = result["passport"]
    assert passport["goal"] and len(passport["interests"]["code"]) == 3 and len(passport["values"]) == 5
    assert passport["occupation"] or passport["occupation_group"] or passport["no_job"]
    assert passport["route"] and passport["next_steps"]
    assert json.loads(stored)["goal"] == passport["goal"]  # saved in the browser's localStorage
    defaults = {"auto_read": False, "high_contrast": False, "lang": "nl", "text_scale": 1.0}
    assert result["settings"] == (settings or defaults)
    if settings and settings["auto_read"]:
        assert result["spoken"] >= len(seen)  # every screen read aloud, through speechSynthesis
    outside = [u for u in requests if not u.startswith(url) and not u.startswith("data:")]
    assert not outside, f"the game promised no network requests, but asked for {outside}"


def test_clicks_choose_in_chromium(browser, game_site):
    """A mouse click goes DOM event -> SDL -> pygame -> intent and chooses what is under it."""
    url, wheel = game_site
    log: list[str] = []
    page = open_game_page(browser, url, log)
    page.evaluate(f"koersStart('manual', '{wheel}')")

    def state(expr: str):
        return json.loads(page.evaluate(f"py.runPython({json.dumps(expr)})"))

    def click(name: str) -> None:
        x, y = state(
            "import json; w = next(w for w in app.stack.top.form.widgets if getattr(w, 'name', '') == "
            f"{name!r}); json.dumps(w.rect.center)"
        )
        page.mouse.click(x, y)
        time.sleep(0.3)

    page.wait_for_function("py.runPython('app.frame') > 2")
    click("next")  # "Begin"
    assert state("import json; json.dumps(app.stack.top.name)") == "privacy"
    click("next")
    assert state("import json; json.dumps(app.stack.top.name)") == "goal"
    x, y = state("import json; json.dumps(app.stack.top.cards[1].rect.center)")
    page.mouse.click(x, y)
    time.sleep(0.3)
    goal = state("import json; json.dumps([app.session.profile.goal, app.session.content.goals[1].id])")
    assert goal[0] == goal[1]
    page.close()
    assert not python_errors(log), python_errors(log)


@pytest.mark.parametrize("mode", ["first-frame", "hello"])
def test_first_frame_in_chromium(browser, game_site, mode):
    """main.py as pygbag starts it (and a bare pygame page) draws its first frame without errors."""
    url, wheel = game_site
    assert first_frame_ms(browser, url, wheel, mode) > 0
