"""Where the game's bundled files live."""

from pathlib import Path

GAME_DIR = Path(__file__).resolve().parent.parent
ASSETS = GAME_DIR / "assets"
FONTS = ASSETS / "fonts"
PICTOS = ASSETS / "pictos"
LOCALES = ASSETS / "locales"
THEME_JSON = ASSETS / "theme.json"
