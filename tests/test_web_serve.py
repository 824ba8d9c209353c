"""`python3 scripts/dev.py serve` hands out koers.apk as a zip (pygbag fetches and unzips it)."""

from __future__ import annotations

import functools
import http.server
import threading
import urllib.request

from tools.web_build import ApkHandler


def test_the_apk_is_served_as_a_zip(tmp_path):
    (tmp_path / "koers.apk").write_bytes(b"PK\x05\x06" + bytes(18))
    handler = functools.partial(ApkHandler, directory=str(tmp_path))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        try:
            port = httpd.server_address[1]
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/koers.apk", timeout=10) as response:
                assert response.headers["Content-Type"] == "application/zip"
        finally:
            httpd.shutdown()
