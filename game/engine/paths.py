"""Where the game's bundled files live."""

from pathlib import Path

GAME_DIR = Path(__file__).resolve().parent.parent
ASSETS = GAME_DIR / "assets"
FONTS = ASSETS / "fonts"
PICTOS = ASSETS / "pictos"
TEXTS = ASSETS / "texts.json"  # every text by key, in Dutch and English
THEME_JSON = ASSETS / "theme.json"
