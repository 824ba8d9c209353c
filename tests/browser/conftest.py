"""Browser tests: Debian's Chromium driven by Playwright for Python, never a downloaded browser.
What they need and where it comes from: tests/browser/runtime.py. Without it they skip and
say exactly what is missing."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.browser.runtime import describe, launch, missing, serve, unavailable

OUTCOMES: dict[str, str] = {}  # browser test -> passed, failed or skipped


def pytest_runtest_logreport(report):
    if "browser" in report.keywords and (report.when == "call" or report.outcome != "passed"):
        OUTCOMES[report.nodeid] = report.outcome


def pytest_terminal_summary(terminalreporter):
    """One line per browser test file, so a log shows they ran (and on what), not only that nothing failed."""
    if not OUTCOMES:
        return
    terminalreporter.write_sep("-", f"browser tests on {describe()}")
    files = sorted({nodeid.split("::")[0] for nodeid in OUTCOMES})
    for name in files:
        counts = Counter(o for nodeid, o in OUTCOMES.items() if nodeid.split("::")[0] == name)
        terminalreporter.write_line(f"{name}: " + ", ".join(f"{n} {o}" for o, n in sorted(counts.items())))


@pytest.fixture(scope="session")
def browser():
    reason = missing()
    if reason:
        unavailable(reason)
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
