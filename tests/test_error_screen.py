"""With broken content the game shows only its error screen, and its header still works:
help, and from help the full list of sources (then only the labour-market ones)."""

from __future__ import annotations

from tests.helpers import frames, make_app, top_name


def test_help_and_sources_from_the_error_screen(tmp_path, monkeypatch):
    broken = tmp_path / "content.json"
    broken.write_text('{"version": "1", "goals": [', encoding="utf-8")
    monkeypatch.setenv("KOERS_CONTENT", str(broken))
    app = make_app()
    assert top_name(app) == "error"
    app.open_help()
    frames(app, 2)
    assert top_name(app) == "help"
    app.stack.top.show_sources()
    frames(app, 2)
    assert top_name(app) == "sources"
    assert app.stack.top.speech()
