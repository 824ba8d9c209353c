"""The game's pure-Python modules (content loading, scoring, share link, search) under a real
WebAssembly CPython (Pyodide) in headless Chromium: they use nothing the browser lacks."""

from __future__ import annotations

import json
import zipfile

import pytest

from tests.browser.runtime import ROOT

pytestmark = pytest.mark.browser

# under game/: the whole career model (it has no pygame) and the engine parts it may use
ENGINE_PARTS = ["__init__", "paths", "plain", "storage", "bridge"]
MODULES = [
    "__init__",
    *(f"engine/{name}" for name in ENGINE_PARTS),
    *sorted(f"career/{p.stem}" for p in (ROOT / "game" / "career").glob("*.py")),
]

PAGE = """<!doctype html><html lang="nl"><meta charset="utf-8"><title>Koers modules</title>
<link rel="icon" href="data:,">
<script type="module">
import { loadPyodide } from "./pyodide/pyodide.mjs";
window.runKoers = async () => {
  const py = await loadPyodide({ indexURL: "./pyodide/" });
  const zip = await (await fetch("./koers.zip")).arrayBuffer();
  py.unpackArchive(zip, "zip", { extractDir: "/home/pyodide/koers" });
  const code = await (await fetch("./check.py")).text();
  return py.runPython(code);
};
window.koersReady = true;
</script></html>"""

CHECK = """
import json, sys
sys.path.insert(0, "/home/pyodide/koers")
from game.career.content import load_content
from game.career.lmi import load_lmi
from game.career.passport import interest_letters
from game.career.profile import Profile, interest_code
from game.career.search import OccupationIndex
from game.career.share import decode, encode, ShareError
content = load_content()
scores = Profile(interest_answers={i.id: 5 for i in content.interests if i.letter == "R"}).interest_scores(
    interest_letters(content))
lmi = load_lmi()
index = OccupationIndex(lmi.search_entries())
fields = {"n": "Sam", "c": "R", "s": [40, 0, 0, 0, 0, 0], "q": ["precise"]}
try:
    decode("#p=broken!")
    broken = "accepted"
except ShareError as exc:
    broken = exc.key
json.dumps({
    "python": sys.version.split()[0], "platform": sys.platform, "goals": len(content.goals),
    "R": scores["R"], "code": interest_code(scores), "share": decode(encode(fields)) == fields,
    "broken": broken, "occupations": len(lmi),
    "search": [lmi.entry(i).title_nl for i, _ in index.search("heftruk")][:3],
    "forklift": len(lmi.occupation("eeac6251-1974-42f5-91ed-513c6c883755").nearest),
})
"""


def test_pure_modules_run_under_pyodide_in_chromium(browser, site):
    site, url = site
    with zipfile.ZipFile(site / "koers.zip", "w") as z:
        for name in MODULES:
            z.write(ROOT / "game" / f"{name}.py", f"game/{name}.py")
        for asset in ("content.json", "lmi.jsonl", "lmi-details.jsonl"):
            z.write(ROOT / "game" / "assets" / asset, f"game/assets/{asset}")
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "check.py").write_text(CHECK, encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url + "index.html")
    page.wait_for_function("window.koersReady === true", timeout=30_000)
    result = json.loads(page.evaluate("runKoers()"))
    assert result["platform"] == "emscripten"
    assert result["goals"] == 8 and result["R"] == 40 and result["code"] == "R"
    assert result["share"] is True and result["broken"] == "share.not_a_link"
    assert result["occupations"] == 3007 and result["search"][0] == "heftruckchauffeur"
    assert result["forklift"] == 10  # its details read from lmi-details.jsonl by seek and read
    assert not errors, errors
