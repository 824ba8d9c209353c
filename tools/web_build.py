"""Build the browser version offline with pygbag, and serve it on localhost.

    python -m tools.web_build                 # writes build/web/index.html and build/web/koers.apk
    python -m tools.web_build --cdn URL       # use a self-hosted copy of the pygbag runtime
    python -m tools.web_build --serve         # serve build/web on http://127.0.0.1:8000

The project's own template (web/koers.tmpl) and favicon are passed, so nothing is
downloaded at build time. pygbag packs a staging copy of the project, so the
bundle is always called koers.apk and pygbag never touches the working tree.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
STAGE = BUILD / "stage" / "koers"
OUT = BUILD / "web"
PUBLIC_CDN = "https://pygame-web.github.io/cdn/0.9.3/"
SKIP = shutil.ignore_patterns(
    ".git",
    ".venv",
    "venv",
    "build",
    "__pycache__",
    "*.pyc",
    ".pytest_cache",
    ".ruff_cache",
    ".browser-runtime",
    ".hypothesis",
    ".mypy_cache",
    ".ci",
    "autoplay-out",
    "*.egg-info",
)


def build(cdn: str = PUBLIC_CDN, out: Path = OUT) -> Path:
    if not cdn.endswith("/"):
        cdn += "/"
    if STAGE.exists():
        shutil.rmtree(STAGE)
    shutil.copytree(ROOT, STAGE, ignore=SKIP)
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
        "--title",
        "Koers",
        "--ume_block",
        "0",
        str(STAGE),
    ]
    result = subprocess.run(cmd, cwd=STAGE, capture_output=True, text=True)
    if result.returncode != 0 or not (STAGE / "build" / "web" / "index.html").exists():
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"web build failed (pygbag exit {result.returncode})")
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(STAGE / "build" / "web", out)
    shutil.rmtree(BUILD / "stage")
    return out


class ApkHandler(http.server.SimpleHTTPRequestHandler):
    """Serves koers.apk as a zip (the handler looks the type up on its class: setting it on a
    functools.partial, as before, changed nothing and the apk went out as an Android package)."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".apk": "application/zip"}


def serve(port: int, folder: Path = OUT) -> None:
    handler = functools.partial(ApkHandler, directory=str(folder))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        print(f"Koers: http://127.0.0.1:{port}/  (Ctrl+C stops)")
        httpd.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build (and serve) the browser version of Koers.")
    parser.add_argument("--cdn", default=PUBLIC_CDN, help=f"pygbag runtime URL (default: {PUBLIC_CDN})")
    parser.add_argument("--serve", action="store_true", help="serve build/web on localhost after building")
    parser.add_argument("--no-build", action="store_true", help="with --serve: serve the existing build")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default: {OUT})")
    args = parser.parse_args(argv)
    if not args.no_build:
        out = build(args.cdn, args.out.resolve())
        print(f"built {out / 'index.html'} and {out / 'koers.apk'}")
    if args.serve:
        serve(args.port, args.out.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
