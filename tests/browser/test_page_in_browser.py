"""The game's page for players who cannot see the canvas or who start with read-aloud on, and the
passport import with the page's own file picker, in headless Chromium (the real web build under
Pyodide, as in test_game_in_browser.py). Keys and clicks are Chromium's own input.

- Read-aloud on the first screen: no speech before the player's first key (Chromium refuses
  it), the title says so, and the first key says the screen, inside that key's user activation.
- Screen readers: a hidden, polite live region that the game makes in the page and fills with
  each screen's text and then the focused control.
- Import: "Paspoort inlezen" opens the page's file picker; a damaged file says so in the window
  and leaves localStorage as it was; a good one becomes the check under way.
"""

from __future__ import annotations

import json
import time

import pytest

from game.career.passport import to_passport
from game.career.session import Session
from tests.browser.runtime import fill_game_site, open_game_page, pygame_wheel, serve
from tests.browser.test_game_in_browser import python_errors
from tests.helpers import build_web
from tests.test_sharing_and_keeping import full_profile

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# speechSynthesis as the page sees it, recording what it is asked to say and whether the page
# had the player's activation then (Chromium speaks only after it); and the live region's texts.
# Both are told on the console: page.evaluate would itself count as the player's activation.
SPY = """
const tell = (kind, data) => console.log(kind + " " + JSON.stringify(data));
const spy = {
  speak(u) { tell("koers-said", { text: u.text, lang: u.lang, sticky: navigator.userActivation.hasBeenActive }); },
  cancel() {}, getVoices() { return []; }, speaking: false, pending: false,
};
Object.defineProperty(window, "speechSynthesis", { value: spy, configurable: true });
new MutationObserver(() => {
  const e = document.getElementById("koers-live");
  if (e && e.textContent) tell("koers-live", { text: e.textContent, lang: e.lang });
}).observe(document, { subtree: true, childList: true, characterData: true });
"""


@pytest.fixture(scope="module")
def game_url(browser, tmp_path_factory):
    wheel, reason = pygame_wheel()
    if wheel is None:
        pytest.skip(f"browser test skipped: {reason}")
    root = tmp_path_factory.mktemp("page")
    folder = root / "site"
    fill_game_site(folder, wheel, build_web(root / "web", "http://127.0.0.1/unused/") / "koers.apk")
    with serve(folder) as url:
        yield url, wheel.name


class Game:
    """A page with the game running ("manual": nobody plays, the test presses keys itself)."""

    def __init__(self, page) -> None:
        self.page = page

    @classmethod
    def start(cls, browser, url: str, wheel: str, log: list[str], profile: str | None = None) -> Game:
        page = open_game_page(browser, url, log)
        if profile:
            page.evaluate(f"localStorage.setItem('koers.profile', {json.dumps(profile)})")
        page.evaluate(f"koersStart('manual', '{wheel}')")
        game = cls(page)
        game.settle()
        return game

    def py(self, expr: str):
        return json.loads(self.page.evaluate(f"py.runPython({json.dumps('import json; json.dumps(' + expr + ')')})"))

    def settle(self) -> None:
        """A few frames on (the game has drawn what the last key did)."""
        self.page.wait_for_function("window.py && py.runPython('app.frame') > 3", timeout=120_000)
        frame = self.py("app.frame")
        self.page.wait_for_function(f"py.runPython('app.frame') > {frame + 3}")

    def press(self, key: str) -> None:
        before = self.py("app.intents")
        self.page.keyboard.press(key)
        self.page.wait_for_function(f"py.runPython('app.intents') > {before}")
        self.settle()

    def top(self) -> str:
        return str(self.py("app.stack.top.name"))

    def live(self) -> dict:
        return self.page.evaluate(
            "(() => { const e = document.getElementById('koers-live'); return e && {text: e.textContent,"
            " role: e.getAttribute('role'), live: e.getAttribute('aria-live'), lang: e.lang,"
            " visible: e.getBoundingClientRect().width > 1}; })()"
        )


def test_read_aloud_waits_for_the_first_key_and_the_live_region_follows(browser, game_url):
    url, wheel = game_url
    settings = {"auto_read": True, "high_contrast": False, "lang": "nl", "text_scale": 1.0}
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    told: list[tuple[str, dict]] = []
    log: list[str] = []

    def on_console(message) -> None:
        log.append(message.text)
        kind, _, data = message.text.partition(" ")
        if kind in ("koers-said", "koers-live"):
            told.append((kind, json.loads(data)))

    page.on("console", on_console)
    page.on("pageerror", lambda e: log.append(f"pageerror: {e}"))
    page.add_init_script(SPY)
    page.add_init_script(  # started by the page itself: no evaluate before the first key
        f"localStorage.setItem('koers.settings', {json.dumps(json.dumps(settings))});"
        f"addEventListener('load', () => setTimeout(() => window.koersStart('manual', {json.dumps(wheel)}), 0));"
    )
    page.goto(url + "game.html")
    deadline = time.monotonic() + 120
    while not any(kind == "koers-live" for kind, _ in told):
        assert time.monotonic() < deadline, log[-10:]
        page.wait_for_timeout(200)
    page.wait_for_timeout(1000)  # a few more frames: still no key
    title = next(data for kind, data in told if kind == "koers-live")
    assert title["text"].startswith("Koers") and title["lang"] == "nl-NL"
    assert "Voorlezen begint na je eerste toets of tik" in title["text"]  # said on the screen
    assert not [data for kind, data in told if kind == "koers-said"]  # no speech before a key

    page.keyboard.press("Tab")  # the first key: the title is read, inside that key's activation
    while not any(kind == "koers-said" for kind, _ in told):
        assert time.monotonic() < deadline, log[-10:]
        page.wait_for_timeout(100)
    said = [data for kind, data in told if kind == "koers-said"]
    assert said[0]["text"] == title["text"] and said[0]["sticky"] and said[0]["lang"] == "nl-NL"
    game = Game(page)
    game.settle()
    assert "Voorlezen begint" not in game.py("app.stack.top.speech()")  # the note is gone
    assert game.live()["text"] == game.py("app.stack.top.form.focused.speech()") == "English"
    assert game.live() == {**game.live(), "role": "status", "live": "polite", "visible": False}

    game.press("PageDown")  # the next screen: read aloud and mirrored whole
    assert game.top() == "privacy"
    privacy = game.py("app.stack.top.speech()")
    assert game.live()["text"] == privacy
    assert [data for kind, data in told if kind == "koers-said"][-1]["text"] == privacy
    page.close()
    assert not python_errors(log), python_errors(log)


def passport_text() -> str:
    session = Session()
    return json.dumps(to_passport(full_profile(), session.content, session.occupation))


def test_a_passport_is_imported_with_the_pages_file_picker(browser, game_url, tmp_path):
    saved = json.dumps({"version": 1, "step": "values", "goal": "values", "qualities": ["precise"]})
    log: list[str] = []
    game = Game.start(browser, *game_url, log, profile=saved)
    page = game.page
    stored = page.evaluate("localStorage.getItem('koers.profile')")
    choosers: list = []  # listening from the start: Playwright then catches every file picker
    page.on("filechooser", lambda chooser: choosers.append(chooser))

    def choose(path) -> None:
        game.press("Enter")  # "Kies een bestand"
        deadline = time.monotonic() + 30
        while not choosers:
            assert time.monotonic() < deadline, "no file picker opened"
            page.wait_for_timeout(100)
        choosers.pop().set_files(str(path))

    game.press("F3")
    assert game.top() == "settings"
    names = game.py("[getattr(w, 'name', '') for w in app.stack.top.form.focusable()]")
    for _ in range(names.index("import")):
        game.press("Tab")
    game.press("Enter")
    assert game.top() == "import"
    assert game.py("app.stack.top.form.focused.name") == "next"  # "Kies een bestand"

    damaged = tmp_path / "koers-paspoort.json"
    damaged.write_text(passport_text()[:120], encoding="utf-8")
    choose(damaged)
    page.wait_for_function("py.runPython('app.stack.top.problem') === 'damaged'", timeout=30_000)
    time.sleep(0.3)
    assert "Dit paspoort is beschadigd" in game.py("app.stack.top.speech()")
    assert "Dit paspoort is beschadigd" in game.live()["text"]  # screen readers hear it too
    assert page.evaluate("localStorage.getItem('koers.profile')") == stored  # nothing saved touched
    assert page.evaluate("localStorage.getItem('koers.history')") is None

    good = tmp_path / "good.json"
    good.write_text(passport_text(), encoding="utf-8")
    choose(good)
    page.wait_for_function("py.runPython('app.stack.top.name') === 'notice'", timeout=30_000)
    assert json.loads(page.evaluate("localStorage.getItem('koers.profile')"))["helper"] == "Ahmed"
    history = json.loads(page.evaluate("localStorage.getItem('koers.history')"))
    assert [h["qualities"] for h in history] == [["precise"]]  # the check before it is kept
    page.close()
    assert not python_errors(log), python_errors(log)
