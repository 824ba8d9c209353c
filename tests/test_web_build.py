"""The browser build: offline, own template and icon, only runtime files in the bundle, what
pygbag's loader installs for main.py, and a self-hosted build that names no other host."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.helpers import build_web
from tests.pygbag_loader import wheels_for
from tools import web_build

ROOT = Path(__file__).resolve().parent.parent
CDN = "https://cdn.example.org/pygbag/0.9.3/"
# pygbag's public package index lists pygame-ce so (pygame-web/cdn, index-0.9.3-cp312.json)
PUBLIC_INDEX = {"pygame": "cp312/pygame_ce-2.5.7.dev1-<abi>-<abi>-<api>.whl"}


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    return build_web(tmp_path_factory.mktemp("web"), CDN)


def runtime_urls(html: str) -> list[str]:
    """Every address the page loads or hands the runtime: src and href, config.cdn and config.packages."""
    urls = re.findall(r'(?:src|href)="([^"]*)"', html)
    return urls + re.findall(r'new URL\("([^"]*)", document\.baseURI\)', html)


def apk_names(folder: Path) -> set[str]:
    return set(zipfile.ZipFile(folder / "koers.apk").namelist())


def test_index_and_apk_exist(build):
    assert (build / "index.html").is_file() and (build / "koers.apk").is_file() and (build / "favicon.png").is_file()
    assert (build / "koers.tar.gz").is_file()  # what the page unpacks (the apk on itch.io)


def test_template_is_ours_and_filled_in(build):
    html = (build / "index.html").read_text(encoding="utf-8")
    assert html.startswith('<html lang="nl">')
    assert "<title>Koers</title>" in html
    assert "Koers wordt geladen" in html
    assert "cookiecutter" not in html
    assert f"{CDN}pythons.js" in html  # the runtime CDN is a flag
    assert 'data-python="python3.12"' in html  # the CPython pygbag 0.9.3 runs, whose wheels the index has
    assert "ume_block : 0" in html  # no click gate unless the browser demands one
    assert "platform.run_main(PyConfig" in html and "custom_site()" in html  # pygbag's loader contract


def test_runtime_urls_have_no_double_slash(build):
    urls = runtime_urls((build / "index.html").read_text(encoding="utf-8"))
    assert f"{CDN}pythons.js" in urls and f"{CDN}empty.html" in urls
    assert [u for u in urls if "//" in u.split("://", 1)[-1]] == []


def test_the_package_index_is_beside_the_runtime_not_pygbags_default(build):
    """pygbag takes its package index from $PYGPI, else its public CDN: the page sets it, from
    the folder above the runtime's version folder, before the loader scans main.py."""
    html = (build / "index.html").read_text(encoding="utf-8")
    assert f'packages : new URL("{CDN}../", document.baseURI).href' in html
    assert web_build.package_index(CDN) == "https://cdn.example.org/pygbag/"
    setting = html.index('os.environ["PYGPI"] = str(platform.window.config.packages)')
    assert setting < html.index("await shell.source(main")


def test_pygbag_would_install_pygame_ce_for_the_bundled_main_py(build):
    """pygbag's own scanner (from the installed package) over main.py as the bundle holds it."""
    main = zipfile.ZipFile(build / "koers.apk").read("assets/main.py").decode("utf-8")
    wanted = wheels_for(main, PUBLIC_INDEX)
    assert wanted["block"] == ["pygame-ce"]  # the PEP 723 block
    assert "pygame" in wanted["imports"]  # and the import scan, each on its own
    assert wanted["wheels"] == [PUBLIC_INDEX["pygame"]]


def test_apk_holds_the_game_and_nothing_else(build):
    names = apk_names(build)
    assert "assets/main.py" in names
    assert "assets/game/app.py" in names and "assets/game/assets/content.json" in names
    assert any(n.startswith("assets/game/assets/fonts/") and n.endswith(".woff") for n in names)
    assert any(n.startswith("assets/game/assets/pictos/") for n in names)
    assert {n for n in names if not n.startswith("assets/game/")} == {"assets/main.py"}


JUNK = [  # what a working tree holds after `scripts/dev.py test` and a browser setup
    ".hypothesis/examples/0a1b/2c3d",
    ".ci/run",
    ".venv/pyvenv.cfg",
    ".browser-runtime/node_modules/pyodide/pyodide.mjs",
    ".mypy_cache/3.11/game/app.meta.json",
    ".pytest_cache/v/cache/lastfailed",
    ".ruff_cache/0.6.0/123",
    ".git",
    ".gitignore",
    "build/stage/koers/main.py",
    "autoplay-out/poster.png",
    "tests/test_x.py",
    "tools/web_build.py",
    "lmi_sync/build.py",
    "content/cards.yaml",
    "docs/architecture.md",
    "benchmarks/__main__.py",
    "scripts/dev.py",
    "web/koers.tmpl",
    "pyproject.toml",
    "pygbag.ini",
    "README.md",
    "koers.egg-info/PKG-INFO",
    "game/__pycache__/app.cpython-311.pyc",
    "game/.hypothesis/x",
    "game/assets/.DS_Store",
    "game/scenes/.title.py.swp",
]


def test_a_bundle_built_after_a_full_test_run_holds_only_the_game(tmp_path):
    """Built from a tree with every cache, dot-folder and dev folder of a full test run in it."""
    tree = tmp_path / "tree"
    tree.mkdir()
    shutil.copy2(ROOT / "main.py", tree / "main.py")
    shutil.copytree(ROOT / "game", tree / "game")
    for name in JUNK:
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text("not for players\n", encoding="utf-8")
    runtime = sorted(
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "game").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not any(part.startswith(".") for part in p.parts)
    )
    out = web_build.build(CDN, tmp_path / "web", root=tree)
    assert apk_names(out) == {"assets/main.py", *(f"assets/{name}" for name in runtime)}


def fake_runtime(folder: Path) -> Path:
    """A folder laid out like the pygame-web/cdn repository, with stand-ins for pygbag's files
    (its real CPython runtime is not on this machine), other Pythons' files and other wheels."""
    for name in [*web_build.RUNTIME_FILES, "0.9.3/cpython314/main.wasm", "0.9.3/default.tmpl", "lib/index.html"]:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(f"// stand-in for pygbag's {name}\n", encoding="utf-8")
    for abi in ("cp312", "cp314"):
        (folder / abi).mkdir()
        with zipfile.ZipFile(folder / abi / f"pygame_ce-2.5.7.dev1-{abi}-{abi}-wasm32_bi_emscripten.whl", "w") as z:
            z.writestr("pygame_ce-2.5.7.dev1.dist-info/METADATA", "Metadata-Version: 2.1\nName: pygame-ce\n")
        (folder / abi / f"pillow-11.3.0-{abi}-{abi}-wasm32_bi_emscripten.whl").write_bytes(b"PK")
    (folder / "index-0.9.3-cp312.json").write_text('{"-CDN-": "https://pygame-web.github.io/cdn/"}')
    return folder


@pytest.fixture(scope="module")
def self_hosted(tmp_path_factory):
    source = fake_runtime(tmp_path_factory.mktemp("pygame-web-cdn"))
    return build_web(tmp_path_factory.mktemp("web"), None, "--runtime-from", str(source))


def test_a_self_hosted_build_puts_runtime_index_and_wheel_beside_the_game(self_hosted):
    files = sorted(p.relative_to(self_hosted).as_posix() for p in self_hosted.rglob("*") if p.is_file())
    runtime = [f"runtime/{name}" for name in web_build.RUNTIME_FILES]
    wheel = "runtime/cp312/pygame_ce-2.5.7.dev1-cp312-cp312-wasm32_bi_emscripten.whl"
    assert files == sorted(["favicon.png", "index.html", "koers.apk", "koers.tar.gz", *runtime, wheel,
                            "runtime/index-0.9.3-cp312.json"])  # fmt: skip
    index = json.loads((self_hosted / "runtime" / "index-0.9.3-cp312.json").read_text(encoding="utf-8"))
    assert index == {"-CDN-": "runtime/", "pygame": wheel.removeprefix("runtime/")}
    metadata = zipfile.ZipFile(self_hosted / wheel).read("pygame_ce-2.5.7.dev1.dist-info/METADATA").decode()
    assert "Name: pygame-ce" in metadata


def test_a_self_hosted_page_and_index_name_no_other_host(self_hosted):
    html = (self_hosted / "index.html").read_text(encoding="utf-8")
    index = (self_hosted / "runtime" / "index-0.9.3-cp312.json").read_text(encoding="utf-8")
    assert "://" not in html and "://" not in index  # every address is relative to the page
    urls = runtime_urls(html)
    assert "runtime/0.9.3/pythons.js" in urls and "runtime/0.9.3/../" in urls
    assert [u for u in urls if u.startswith("/") or "//" in u] == []
    for url in urls:  # each names a file the build holds (or the folder the index is in)
        assert (self_hosted / url.split("?")[0]).resolve().exists(), url


def test_pygbag_installs_the_self_hosted_wheel_for_main_py(self_hosted):
    main = zipfile.ZipFile(self_hosted / "koers.apk").read("assets/main.py").decode("utf-8")
    index = json.loads((self_hosted / "runtime" / "index-0.9.3-cp312.json").read_text(encoding="utf-8"))
    wheels = wheels_for(main, index)["wheels"]
    assert wheels == ["cp312/pygame_ce-2.5.7.dev1-cp312-cp312-wasm32_bi_emscripten.whl"]
    assert (self_hosted / "runtime" / wheels[0]).is_file()


def test_a_runtime_folder_without_the_runtime_says_what_is_missing(tmp_path):
    """The shared wheel folder alone (cp312/, cp314/) is not a runtime: the build says so and stops."""
    (tmp_path / "cdn" / "cp312").mkdir(parents=True)
    with pytest.raises(SystemExit) as stop:
        web_build.build(out=tmp_path / "web", runtime_from=tmp_path / "cdn")
    message = str(stop.value)
    assert "0.9.3/pythons.js" in message and "0.9.3/cpython312/main.wasm" in message
    assert "cp312/pygame_ce-*-cp312-cp312-wasm32_bi_emscripten.whl" in message
    assert not (tmp_path / "web").exists()
