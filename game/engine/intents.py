"""Raw pygame events mapped once to intents. Scenes only ever see intents."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import pygame


class Act(enum.Enum):
    NEXT = "next"  # go on to the next screen (the screen's main action)
    BACK = "back"  # one screen back, or close an overlay
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    FOCUS_NEXT = "focus_next"  # Tab
    FOCUS_PREV = "focus_prev"  # Shift+Tab
    SELECT = "select"  # Enter / Space / click / tap on the focused or pointed widget
    READ_ALOUD = "read_aloud"
    HELP = "help"
    SETTINGS = "settings"
    POINT = "point"  # pointer moved (hover)
    TEXT = "text"  # typed text, for text fields
    ERASE = "erase"  # Backspace in a text field
    BLANK = "blank"  # B or "." (a presenter clicker's black-screen key): the shared screen goes black
    CLOCK = "clock"  # T: the facilitator's clock, shown or hidden
    QUIT = "quit"
    RESIZE = "resize"


@dataclass(frozen=True)
class Intent:
    act: Act
    pos: tuple[int, int] | None = None  # set for pointer intents
    text: str = ""


KEYS: dict[int, Act] = {
    pygame.K_PAGEDOWN: Act.NEXT,
    pygame.K_ESCAPE: Act.BACK,
    pygame.K_PAGEUP: Act.BACK,
    pygame.K_UP: Act.UP,
    pygame.K_DOWN: Act.DOWN,
    pygame.K_LEFT: Act.LEFT,
    pygame.K_RIGHT: Act.RIGHT,
    pygame.K_RETURN: Act.SELECT,
    pygame.K_KP_ENTER: Act.SELECT,
    pygame.K_F1: Act.HELP,
    pygame.K_F2: Act.READ_ALOUD,
    pygame.K_F3: Act.SETTINGS,
    pygame.K_BACKSPACE: Act.ERASE,
    pygame.K_b: Act.BLANK,
    pygame.K_PERIOD: Act.BLANK,
    pygame.K_t: Act.CLOCK,
}


def map_event(event: pygame.event.Event, size: tuple[int, int]) -> Intent | None:
    """One raw event to at most one intent."""
    if event.type == pygame.QUIT:
        return Intent(Act.QUIT)
    if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
        return Intent(Act.RESIZE)
    if event.type == pygame.KEYDOWN:
        if event.key == pygame.K_TAB:
            shift = event.mod & pygame.KMOD_SHIFT
            return Intent(Act.FOCUS_PREV if shift else Act.FOCUS_NEXT)
        if event.key == pygame.K_SPACE:  # chooses, except in a text field (see Form.handle)
            return Intent(Act.SELECT, text=" ")
        act = KEYS.get(event.key)
        return Intent(act) if act else None
    if event.type == pygame.TEXTINPUT:
        # only characters that show and can be saved: no control codes, no broken ones (lone surrogates)
        text = "".join(c for c in str(event.text) if c.isprintable())
        return Intent(Act.TEXT, text=text) if text else None
    # Touch: pygame also sends mouse events marked `touch`; use the finger events only.
    if event.type == pygame.FINGERDOWN:
        return Intent(Act.SELECT, pos=(int(event.x * size[0]), int(event.y * size[1])))
    if event.type == pygame.MOUSEBUTTONDOWN and not getattr(event, "touch", False):
        if event.button == 1:
            return Intent(Act.SELECT, pos=event.pos)
        if event.button in (6, 8):  # mouse "back" side button
            return Intent(Act.BACK)
        if event.button in (7, 9):
            return Intent(Act.NEXT)
        return None
    if event.type == pygame.MOUSEMOTION and not getattr(event, "touch", False):
        return Intent(Act.POINT, pos=event.pos)
    if event.type == pygame.MOUSEWHEEL:
        return Intent(Act.UP if event.y > 0 else Act.DOWN)
    return None
