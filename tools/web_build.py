"""Build the browser version offline with pygbag, and serve it on localhost.

    python -m tools.web_build                       # build/web: index.html, koers.apk, koers.tar.gz
    python -m tools.web_build --runtime-from DIR    # and pygbag's runtime, package index and wheel beside it
    python -m tools.web_build --cdn URL             # the runtime (and its package index) from URL
    python -m tools.web_build --serve               # serve build/web on http://127.0.0.1:8000

The project's own template (web/koers.tmpl) and favicon are passed, so nothing is
downloaded at build time. Only what BUNDLE names goes into koers.apk: pygbag packs a
staging copy of those files (in a temporary folder), never the working tree.

The runtime URL (`--cdn`) ends in pygbag's version folder, as on pygbag's own CDN
(https://pygame-web.github.io/cdn/0.9.3/); the page takes the package index (and so the
pygame-ce wheel) from the folder above it. `--runtime-from DIR` takes a folder laid out like
the pygame-web/cdn repository (0.9.3/, vtx.js, vt/, cp312/), copies what the page loads into
build/web/runtime/ and writes a package index there that names only the pygame-ce wheel.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "web"
VERSION = "0.9.3"  # pygbag's (pyproject.toml pins it); its runtime folder and index carry it
PYBUILD = "3.12"  # the CPython pygbag 0.9.3 runs in the browser
ABI = "cp" + PYBUILD.replace(".", "")
PUBLIC_CDN = f"https://pygame-web.github.io/cdn/{VERSION}/"
LOCAL_CDN = f"runtime/{VERSION}/"  # with --runtime-from: beside the page
BUNDLE = ("main.py", "game")  # everything the browser gets; the rest of the tree never goes in
LEFT_OUT = shutil.ignore_patterns(".*", "__pycache__", "*.pyc", "*.pyo")  # inside game/
# What pygbag 0.9.3's loader (pythons.js, with web/koers.tmpl's data-os="vtx,snd,gui") fetches
# from the runtime folder, relative to the folder above the version folder.
RUNTIME_FILES = (
    f"{VERSION}/pythons.js",
    f"{VERSION}/cpythonrc.py",
    f"{VERSION}/cpython{ABI[2:]}/main.js",
    f"{VERSION}/cpython{ABI[2:]}/main.wasm",
    f"{VERSION}/cpython{ABI[2:]}/main.data",
    f"{VERSION}/empty.html",
    f"{VERSION}/empty.ogg",
    "vtx.js",
    "vt/xterm.js",
    "vt/xterm-addon-image.js",
    "vt/xterm.css",
)
WHEEL = f"pygame_ce-*-{ABI}-{ABI}-wasm32_bi_emscripten.whl"
# pygbag's stage needs a pygbag.ini (it warns without one); BUNDLE already left everything out
STAGE_INI = '[DEPENDENCIES]\nignoreDirs = []\nignoreFiles = ["pygbag.ini"]\n'


def package_index(cdn: str) -> str:
    """Where pygbag looks for its package index: the folder above the runtime's version folder."""
    return urljoin(cdn, "../")


def stage(root: Path, folder: Path) -> None:
    """Copy what BUNDLE names from `root` into `folder`, leaving out dot-files and caches."""
    for name in BUNDLE:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=LEFT_OUT)
        else:
            shutil.copy2(source, folder / name)
    (folder / "pygbag.ini").write_text(STAGE_INI, encoding="utf-8")


def runtime_wheel(source: Path) -> Path:
    """The pygame-ce wheel in `source` (laid out like the pygame-web/cdn repository), once every
    runtime file is there too; else stop and say what is missing."""
    missing = [name for name in RUNTIME_FILES if not (source / name).is_file()]
    wheels = sorted((source / ABI).glob(WHEEL))
    if not wheels:
        missing.append(f"{ABI}/{WHEEL}")
    if missing:
        raise SystemExit(f"--runtime-from {source}: missing {', '.join(missing)} (a pygame-web/cdn layout)")
    return wheels[-1]


def copy_runtime(source: Path, wheel: Path, target: Path) -> Path:
    """pygbag's runtime files and the pygame-ce wheel from `source` into `target`."""
    for name in RUNTIME_FILES:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / name, target / name)
    (target / ABI).mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy2(wheel, target / ABI / wheel.name))


def write_index(target: Path, cdn: str, wheel: Path) -> Path:
    """pygbag's package index for PYBUILD: pygame (pygbag's name for pygame-ce) -> the wheel."""
    index = target / f"index-{VERSION}-{ABI}.json"
    entries = {"-CDN-": package_index(cdn), "pygame": wheel.relative_to(target).as_posix()}
    index.write_text(json.dumps(entries, indent=4) + "\n", encoding="utf-8")
    return index


def build(cdn: str | None = None, out: Path = OUT, runtime_from: Path | None = None, root: Path = ROOT) -> Path:
    """The browser build into `out`; with `runtime_from`, the runtime beside it in out/runtime/."""
    cdn = cdn or (LOCAL_CDN if runtime_from else PUBLIC_CDN)
    wheel = runtime_wheel(runtime_from) if runtime_from else None
    if not cdn.endswith("/"):
        cdn += "/"
    with tempfile.TemporaryDirectory(prefix="koers-web-") as tmp:
        staged = Path(tmp) / "koers"
        staged.mkdir()
        stage(root, staged)
        cmd = [
            sys.executable,
            "-m",
            "pygbag",
            "--build",
            "--no_opt",
            "--template",
            str(ROOT / "web" / "koers.tmpl"),
            "--icon",
            str(ROOT / "web" / "favicon.png"),
            "--cdn",
            cdn,
            "--PYBUILD",
            PYBUILD,
            "--title",
            "Koers",
            "--ume_block",
            "0",
            str(staged),
        ]
        result = subprocess.run(cmd, cwd=staged, capture_output=True, text=True)
        if result.returncode != 0 or not (staged / "build" / "web" / "index.html").exists():
            sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
            raise SystemExit(f"web build failed (pygbag exit {result.returncode})")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staged / "build" / "web", out)
    if runtime_from and wheel:
        write_index(out / "runtime", cdn, copy_runtime(runtime_from, wheel, out / "runtime"))
    return out


class ApkHandler(http.server.SimpleHTTPRequestHandler):
    """Serves koers.apk (and a self-hosted runtime's wheel) as a zip and wasm as wasm (the handler
    looks the type up on its class: setting it on a functools.partial, as before, changed
    nothing and the apk went out as an Android package)."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".apk": "application/zip",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
    }


def serve(port: int, folder: Path = OUT) -> None:
    handler = functools.partial(ApkHandler, directory=str(folder))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        print(f"Koers: http://127.0.0.1:{port}/  (Ctrl+C stops)")
        httpd.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build (and serve) the browser version of Koers.")
    parser.add_argument(
        "--cdn",
        help=f"pygbag runtime URL, ending in its version folder (default: {PUBLIC_CDN}; "
        f"with --runtime-from: {LOCAL_CDN}, beside the page)",
    )
    parser.add_argument(
        "--runtime-from",
        type=Path,
        metavar="FOLDER",
        help="copy pygbag's runtime, a package index and the pygame-ce wheel from FOLDER "
        "(laid out like the pygame-web/cdn repository) into the build: nothing from elsewhere",
    )
    parser.add_argument("--serve", action="store_true", help="serve build/web on localhost after building")
    parser.add_argument("--no-build", action="store_true", help="with --serve: serve the existing build")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default: {OUT})")
    args = parser.parse_args(argv)
    if not args.no_build:
        runtime = args.runtime_from.resolve() if args.runtime_from else None
        out = build(args.cdn, args.out.resolve(), runtime)
        beside = f", pygbag's runtime in {out / 'runtime'}" if runtime else ""
        print(f"built {out / 'index.html'} and {out / 'koers.apk'}{beside}")
    if args.serve:
        serve(args.port, args.out.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
