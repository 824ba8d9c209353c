"""The one theme file (`assets/theme.json`): colours per palette and per widget state."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pygame

from game.engine import paths

STATES = ("normal", "hover", "selected", "disabled")


@dataclass(frozen=True)
class StateColours:
    fill: pygame.Color
    border: pygame.Color
    text: pygame.Color


class Theme:
    def __init__(self, palette: dict) -> None:
        self._plain = {k: pygame.Color(v) for k, v in palette.items() if isinstance(v, str)}
        self._states = {
            group: {
                s: StateColours(*(pygame.Color(palette[group][s][k]) for k in ("fill", "border", "text")))
                for s in STATES
            }
            for group in ("widget", "primary")
        }

    def __getattr__(self, name: str) -> pygame.Color:
        try:
            colour: pygame.Color = self.__dict__["_plain"][name]
            return colour
        except KeyError:
            raise AttributeError(name) from None

    def state(self, group: str, state: str) -> StateColours:
        return self._states[group][state]


def load_themes() -> dict[str, Theme]:
    data = json.loads(paths.THEME_JSON.read_text(encoding="utf-8"))
    return {name: Theme(palette) for name, palette in data.items()}
