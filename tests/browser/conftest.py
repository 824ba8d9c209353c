"""Browser tests: Debian's Chromium driven by Playwright for Python, never a downloaded browser.
What they need and where it comes from: tests/browser/runtime.py. Without it they skip and
say exactly what is missing."""

from __future__ import annotations

import pytest

from tests.browser.runtime import launch, missing, serve


@pytest.fixture(scope="session")
def browser():
    reason = missing()
    if reason:
        pytest.skip(f"browser test skipped: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = launch(p)
        yield instance
        instance.close()


@pytest.fixture
def site(tmp_path):
    """A folder served on 127.0.0.1 (a free port), Pyodide under /pyodide/; returns (folder, base url)."""
    folder = tmp_path / "site"
    with serve(folder) as url:
        yield folder, url
