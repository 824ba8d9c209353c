import pygame
import pytest

from game.engine.intents import Act, map_event

SIZE = (1280, 720)


@pytest.mark.parametrize(
    "key,mod,act",
    [
        (pygame.K_TAB, 0, Act.FOCUS_NEXT),
        (pygame.K_TAB, pygame.KMOD_LSHIFT, Act.FOCUS_PREV),
        (pygame.K_RETURN, 0, Act.SELECT),
        (pygame.K_SPACE, 0, Act.SELECT),
        (pygame.K_ESCAPE, 0, Act.BACK),
        (pygame.K_PAGEDOWN, 0, Act.NEXT),
        (pygame.K_LEFT, 0, Act.LEFT),
        (pygame.K_RIGHT, 0, Act.RIGHT),
        (pygame.K_UP, 0, Act.UP),
        (pygame.K_DOWN, 0, Act.DOWN),
        (pygame.K_F1, 0, Act.HELP),
        (pygame.K_F2, 0, Act.READ_ALOUD),
        (pygame.K_F3, 0, Act.SETTINGS),
    ],
)
def test_keys_map_to_intents(key, mod, act):
    intent = map_event(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod), SIZE)
    assert intent is not None and intent.act == act


def test_unmapped_key_is_ignored():
    assert map_event(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_q, mod=0), SIZE) is None


def test_mouse_click_selects_at_position():
    intent = map_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(10, 20), touch=False), SIZE)
    assert intent.act == Act.SELECT and intent.pos == (10, 20)


def test_touch_selects_at_scaled_position_and_synthetic_mouse_is_dropped():
    intent = map_event(pygame.event.Event(pygame.FINGERDOWN, x=0.5, y=0.25, finger_id=0, touch_id=0), SIZE)
    assert intent.act == Act.SELECT and intent.pos == (640, 180)
    synthetic = pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(640, 180), touch=True)
    assert map_event(synthetic, SIZE) is None


def test_wheel_and_motion_and_quit():
    assert map_event(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1), SIZE).act == Act.UP
    assert map_event(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1), SIZE).act == Act.DOWN
    move = map_event(
        pygame.event.Event(pygame.MOUSEMOTION, pos=(5, 6), rel=(1, 1), buttons=(0, 0, 0), touch=False), SIZE
    )
    assert move.act == Act.POINT and move.pos == (5, 6)
    assert map_event(pygame.event.Event(pygame.QUIT), SIZE).act == Act.QUIT
