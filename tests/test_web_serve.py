"""`python3 scripts/dev.py serve` hands out koers.apk as a zip (pygbag fetches and unzips it),
and a self-hosted runtime's wasm and wheel with the types browsers and pygbag expect."""

from __future__ import annotations

import functools
import http.server
import threading
import urllib.request

import pytest

from tools.web_build import ApkHandler


@pytest.mark.parametrize(
    "name,kind",
    [
        ("koers.apk", "application/zip"),
        ("runtime/0.9.3/cpython312/main.wasm", "application/wasm"),  # streaming compile needs it
        ("runtime/cp312/pygame_ce-2.5.7.dev1-cp312-cp312-wasm32_bi_emscripten.whl", "application/zip"),
    ],
)
def test_the_build_is_served_with_its_types(tmp_path, name, kind):
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_bytes(b"PK\x05\x06" + bytes(18))
    handler = functools.partial(ApkHandler, directory=str(tmp_path))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        try:
            port = httpd.server_address[1]
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{name}", timeout=10) as response:
                assert response.headers["Content-Type"] == kind
        finally:
            httpd.shutdown()
