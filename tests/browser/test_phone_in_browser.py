"""A phone in headless Chromium (issue 13, point 8): a touch screen at a phone's size and pixel
ratio, held upright and then turned, played with taps (Playwright's touch input: touch events
-> SDL -> FINGERDOWN -> intent) and the page's input that brings up the on-screen keyboard.

The canvas is stretched over the page as the real web template does (web/koers.tmpl)."""

from __future__ import annotations

import json

import pytest

from tests.browser.test_game_in_browser import python_errors
from tests.browser.test_page_in_browser import Game, game_url  # noqa: F401 (the module's built game)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

STRETCH = """
addEventListener("DOMContentLoaded", () => {
  const style = document.createElement("style");
  style.textContent = "canvas { width: 100vw !important; height: 100vh !important; }";
  document.head.appendChild(style);
});
"""


def tap(game: Game, widget_expr: str) -> None:
    """A finger on the middle of a widget (its window pixels, seen through the stretched canvas)."""
    x, y = game.py(f"{widget_expr}.rect.center")
    w, h = game.py("app.screen.get_size()")
    box = game.page.evaluate("(r => [r.left, r.top, r.width, r.height])(canvas.getBoundingClientRect())")
    before = game.py("app.intents")
    game.page.touchscreen.tap(box[0] + x * box[2] / w, box[1] + y * box[3] / h)
    game.page.wait_for_function(f"py.runPython('app.intents') > {before}")
    game.settle()


def entry(game: Game) -> dict | None:
    return game.page.evaluate(
        "(() => { const i = document.getElementById('koers-type'); if (!i) return null;"
        " const r = i.getBoundingClientRect();"
        " return {shown: i.style.display !== 'none', focused: document.activeElement === i,"
        " box: [r.left, r.top, r.width, r.height]}; })()"
    )


def test_a_phone_plays_with_taps_and_its_on_screen_keyboard_upright_and_turned(browser, game_url):  # noqa: F811
    url, wheel = game_url
    context = browser.new_context(viewport={"width": 412, "height": 915}, device_scale_factor=2, has_touch=True)
    page = context.new_page()
    log: list[str] = []
    page.on("console", lambda m: log.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: log.append(f"pageerror: {e}"))
    page.add_init_script(STRETCH)
    page.goto(url + "game.html")
    page.wait_for_function("window.koersReady === true")
    saved = {"version": 2, "step": "job", "goal": "values"}  # (a version-1 save would first say it was updated)
    page.evaluate(f"localStorage.setItem('koers.profile', {json.dumps(json.dumps(saved))})")
    page.evaluate(f"koersStart('manual', '{wheel}')")
    game = Game(page)
    game.settle()
    assert game.py("app.screen.get_size()") == [824, 1830]  # the phone's own pixels, upright

    tap(game, "app.stack.top.next_button")  # "Verder waar ik was"
    assert game.top() == "course"  # a returning player starts on the course map
    for _ in range(4):  # "Op weg" (it reads on first when the map takes more than one screen)
        if game.top() != "course":
            break
        tap(game, "app.stack.top.next_button")
    assert game.top() == "job"
    box = entry(game)
    field = game.py("list(app.stack.top.field.rect)")
    assert box and box["shown"] and not box["focused"]
    assert [round(v) for v in box["box"]] == [round(v / 2) for v in field]  # right over the text field

    page.touchscreen.tap(box["box"][0] + 20, box["box"][1] + box["box"][3] / 2)  # the finger on the field
    assert entry(game)["focused"]  # the page's input has the focus: the phone shows its keyboard
    page.keyboard.type("heftruk")  # typed on that keyboard
    game.settle()
    assert game.py("app.stack.top.query") == "heftruk"  # each letter once, not twice
    page.keyboard.press("Backspace")
    game.settle()
    assert game.py("app.stack.top.query") == "heftru"
    assert "Heftruckchauffeur" in game.py("app.stack.top.speech()")

    page.set_viewport_size({"width": 915, "height": 412})  # the phone turned sideways
    page.wait_for_function("py.runPython('app.screen.get_size()[0]') === 1830", timeout=30_000)
    game.settle()
    assert game.py("app.screen.get_size()") == [1830, 824] and game.py("app.stack.top.query") == "heftru"
    field = game.py("list(app.stack.top.field.rect)")
    assert [round(v) for v in entry(game)["box"]] == [round(v / 2) for v in field]  # moved with the field

    tap(game, "app.stack.top.cards[0]")  # a tap on the first job found
    assert game.py("app.stack.top.mode") == "confirm"
    assert not entry(game)["shown"]  # no text field on show: the keyboard goes
    page.close()
    context.close()
    assert not python_errors(log), python_errors(log)
