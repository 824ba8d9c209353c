"""Drawing context: sizes relative to the window, bundled fonts at their real size,
cached text and pictograms, cached widget pictures (sprites), and the focus ring. No game
state lives here.

Speed (most of all in the browser, where WebAssembly blends pixels slowly): what is drawn
again and again is drawn once, onto the background it is shown on, and kept as an opaque
surface in the display's format; a frame then mostly copies those surfaces."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.engine import paths
from game.engine.theme import Theme

if TYPE_CHECKING:
    from pygame.typing import ColorLike

FONT_FILES = {False: "AtkinsonHyperlegibleNext-Regular.woff", True: "AtkinsonHyperlegibleNext-Bold.woff"}
ROLE_SCALE = {"body": 1.0, "title": 1.45, "big": 2.0, "small": 0.8, "button": 1.0}
SPRITE_SCREENS = 4  # the sprite cache holds about this many windows' worth of pixels


LONGEST_LINE = 300  # characters drawn on one line; a longer text is cut off with an ellipsis
LONGEST_TEXT = 3000  # characters drawn wrapped
CONTROL = dict.fromkeys([*range(0x20), 0x7F, *range(0x80, 0xA0)])  # control characters: not drawn
CONTROL[ord("\n")] = "\n"
CONTROL[ord("\t")] = " "


def drawable(text: str, width: int) -> str:
    """`text` as it can be drawn, whatever came in: control characters (a NUL, an escape) left
    out, broken characters (lone surrogates) replaced, and a very long text cut off, so a
    picture never outgrows memory."""
    if not text.isprintable():
        text = text.translate(CONTROL).encode("utf-8", "replace").decode("utf-8")
    longest = LONGEST_TEXT if width > 0 else LONGEST_LINE
    return text if len(text) <= longest else text[: longest - 1] + "…"


def opaque(surface: pygame.Surface, bg: ColorLike) -> pygame.Surface:
    """`surface` (with alpha) drawn onto `bg`, as an opaque surface in the display's format:
    the same pixels as blitting it onto that background, but copied instead of blended."""
    out = pygame.Surface(surface.get_size())
    out.fill(bg)
    out.blit(surface, (0, 0))
    return out.convert() if pygame.display.get_surface() is not None else out


@dataclass(frozen=True)
class Metrics:
    """Sizes for one window size and text scale (pure; tested without a window)."""

    width: int
    height: int
    text_scale: float

    @property
    def base(self) -> float:  # 1.0 at 1280x720, and at 720x1280 (a phone held upright)
        if self.height > self.width:
            return min(self.width / 720, self.height / 1280)
        return min(self.width / 1280, self.height / 720)

    def px(self, role: str = "body") -> int:
        return max(12, round(24 * self.base * self.text_scale * ROLE_SCALE[role]))

    @property
    def pad(self) -> int:
        return max(6, round(16 * self.base))

    @property
    def target(self) -> int:  # minimum height of anything you can press
        return max(44, round(self.px("button") * 2.1))

    @property
    def ring(self) -> int:  # focus ring thickness
        return max(3, round(5 * self.base))


class UI:
    def __init__(self, theme: Theme, metrics: Metrics) -> None:
        self.theme = theme
        self.metrics = metrics
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._texts: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._sizes: dict[tuple, tuple[int, int]] = {}
        self._pictos: dict[tuple, pygame.Surface] = {}
        self._sprites: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._sprite_bytes = 0
        self.missing_pictos: set[str] = set()

    def configure(self, theme: Theme, metrics: Metrics) -> None:
        if theme is not self.theme or metrics != self.metrics:
            self._texts.clear()
            self._sizes.clear()
            self._sprites.clear()
            self._sprite_bytes = 0
            self._pictos = {key: surf for key, surf in self._pictos.items() if len(key) == 2}  # on a background
        self.theme = theme
        self.metrics = metrics

    def prewarm(self, pictos: tuple[str, ...] = ()) -> None:
        """Open every font size the screens use, and draw the given pictograms, so the first
        frame of a scene does not stall on it."""
        for _ in self.prewarming(pictos):
            pass

    def prewarming(self, pictos: tuple[str, ...] = ()) -> Iterator[None]:
        """`prewarm` one font or pictogram at a time (for idle frames)."""
        for role in ROLE_SCALE:
            for bold in (False, True):
                self.font(role, bold).render("Koers", True, self.theme.text)
                yield
        for name in pictos:
            self.picto(name, int(self.metrics.target * 0.6))
            yield

    # fonts and text -----------------------------------------------------------------
    def font(self, role: str = "body", bold: bool = False) -> pygame.font.Font:
        size = self.metrics.px(role)
        key = (size, bold)
        if key not in self._fonts:
            self._fonts[key] = pygame.font.Font(paths.FONTS / FONT_FILES[bold], size)
        return self._fonts[key]

    def render(
        self,
        text: str,
        role: str = "body",
        color: ColorLike | None = None,
        width: int = 0,
        bold: bool = False,
        bg: pygame.Color | None = None,
    ) -> pygame.Surface:
        """Text wrapped by pygame-ce at `width` pixels (0 = one line), cached. With `bg`, drawn
        onto that background colour: opaque, so showing it copies pixels instead of blending."""
        color = pygame.Color(color if color is not None else self.theme.text)
        key = (text, role, bold, tuple(color), width, self.metrics.px(role), None if bg is None else tuple(bg))
        surf = self._texts.get(key)
        if surf is None:
            if bg is None:
                surf = self._draw_text(drawable(text, width), role, bold, color, width)
            else:
                surf = opaque(self.render(text, role, color, width, bold), bg)
            self._texts[key] = surf
            if len(self._texts) > 600:
                self._texts.popitem(last=False)
        else:
            self._texts.move_to_end(key)
        return surf

    def _draw_text(self, text: str, role: str, bold: bool, color: pygame.Color, width: int) -> pygame.Surface:
        """pygame-ce's text, or an empty line where it draws nothing (only invisible characters:
        a right-to-left mark, a zero-width space), which it refuses with "Text has zero width"."""
        font = self.font(role, bold)
        try:
            return font.render(text, True, color, wraplength=max(0, width))
        except pygame.error:
            return font.render("", True, color)

    def text_size(self, text: str, role: str = "body", bold: bool = False) -> tuple[int, int]:
        """The size `render` gives `text` on one line, measured without drawing it (layout)."""
        key = (text, role, bold, self.metrics.px(role))
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 4000:
                self._sizes.clear()
            if text:
                size = self.font(role, bold).size(drawable(text, 0))
            else:
                size = self.render(text, role, bold=bold).get_size()
            self._sizes[key] = size
        return size

    def text_height(self, text: str, role: str, width: int, bold: bool = False) -> int:
        return self.render(text, role, self.theme.text, width, bold).get_height()

    def blit_text(
        self,
        surface: pygame.Surface,
        text: str,
        pos: tuple[float, float],
        role: str = "body",
        color: ColorLike | None = None,
        width: int = 0,
        bold: bool = False,
        center: bool = False,
        bg: pygame.Color | None = None,
    ) -> pygame.Rect:
        img = self.render(text, role, color, width, bold, bg)
        rect = img.get_rect()
        if center:
            rect.center = pos
        else:
            rect.topleft = pos
        surface.blit(img, rect)
        return rect

    # pictograms ---------------------------------------------------------------------
    def picto(self, name: str, size: int, bg: pygame.Color | None = None) -> pygame.Surface:
        """A pictogram `size` pixels square, cached; with `bg`, drawn onto that colour (opaque)."""
        if bg is not None:
            key: tuple = (name, size, tuple(bg))
            surf = self._pictos.get(key)
            if surf is None:
                surf = self._pictos[key] = opaque(self.picto(name, size), bg)
            return surf
        key = (name, size)
        surf = self._pictos.get(key)
        if surf is None:
            path = paths.PICTOS / f"{name}.svg"
            try:
                surf = pygame.image.load_sized_svg(str(path), (size, size))
            except (pygame.error, FileNotFoundError, OSError):
                self.missing_pictos.add(name)
                surf = pygame.Surface((size, size), pygame.SRCALPHA)
                surf.fill((255, 0, 255))
            self._pictos[key] = surf
        return surf

    # sprites ------------------------------------------------------------------------
    def sprite(self, key: tuple, size: tuple[int, int], paint: Callable[[pygame.Surface], None]) -> pygame.Surface:
        """The picture of a widget in one look: `paint(surface)` draws it once onto an opaque
        surface of `size` filled with the background; later frames copy it. `key` says
        everything the picture depends on (the theme and sizes clear the cache when they change)."""
        key = (key, size)
        surf = self._sprites.get(key)
        if surf is not None:
            self._sprites.move_to_end(key)
            return surf
        surf = pygame.Surface(size)
        if pygame.display.get_surface() is not None:
            surf = surf.convert()
        surf.fill(self.theme.bg)
        paint(surf)
        self._sprites[key] = surf
        self._sprite_bytes += size[0] * size[1] * 4
        limit = SPRITE_SCREENS * self.metrics.width * self.metrics.height * 4
        while self._sprite_bytes > limit and len(self._sprites) > 1:
            _, old = self._sprites.popitem(last=False)
            w, h = old.get_size()
            self._sprite_bytes -= w * h * 4
        return surf

    # shapes -------------------------------------------------------------------------
    def box(
        self,
        surface: pygame.Surface,
        rect: pygame.Rect,
        group: str = "widget",
        state: str = "normal",
        radius: int | None = None,
    ) -> pygame.Color:
        colours = self.theme.state(group, state)
        radius = self.metrics.pad if radius is None else radius
        pygame.draw.rect(surface, colours.fill, rect, border_radius=radius)
        pygame.draw.rect(surface, colours.border, rect, width=max(2, self.metrics.ring // 2), border_radius=radius)
        return colours.text

    def focus_ring(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        ring = self.metrics.ring
        outer = pygame.Rect(rect).inflate(ring * 3, ring * 3)
        pygame.draw.rect(surface, self.theme.focus, outer, width=ring, border_radius=self.metrics.pad + ring)
