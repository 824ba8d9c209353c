"""Pure layout functions: rectangles from a window size. Tested without a window."""

from __future__ import annotations

import math

import pygame

from game.engine.ui import Metrics


def frame(m: Metrics) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
    """Header, body and footer of a screen. A screen held upright (a phone) has them on two
    rows: the title below the header's buttons, and a third footer button above "back" and "next"."""
    pad = m.pad
    header_h = m.target + pad * 2 if footer_rows(m) == 1 else m.target * 2 + pad * 3  # upright: the title below
    footer_h = m.target + pad * 3 if footer_rows(m) == 1 else (m.target + pad) * 2 + pad * 3
    header = pygame.Rect(0, 0, m.width, header_h)
    footer = pygame.Rect(0, m.height - footer_h, m.width, footer_h)
    body = pygame.Rect(pad * 3, header_h + pad, m.width - pad * 6, m.height - header_h - footer_h - pad * 2)
    return header, body, footer


def footer_rows(m: Metrics) -> int:
    return 2 if m.height > m.width else 1


def row(area: pygame.Rect, widths: list[int], gap: int, align: str = "left") -> list[pygame.Rect]:
    """Boxes of the given widths side by side, vertically centred in `area`."""
    total = sum(widths) + gap * (len(widths) - 1)
    x = {"left": area.left, "right": area.right - total, "center": area.centerx - total // 2}[align]
    rects = []
    for w in widths:
        rects.append(pygame.Rect(x, area.top, w, area.height))
        x += w + gap
    return rects


def columns_for(area_w: int, min_w: int, n: int, max_cols: int = 4) -> int:
    return max(1, min(n, max_cols, area_w // max(1, min_w)))


def grid(area: pygame.Rect, n: int, cols: int, cell_h: int, gap: int, row_gap: int | None = None) -> list[pygame.Rect]:
    """n cells in rows of `cols`, each `cell_h` high, filling the width of `area`."""
    if n <= 0:
        return []
    row_gap = gap if row_gap is None else row_gap
    cols = max(1, min(cols, n))
    cell_w = (area.width - gap * (cols - 1)) // cols
    rects = []
    for i in range(n):
        r, c = divmod(i, cols)
        rects.append(pygame.Rect(area.left + c * (cell_w + gap), area.top + r * (cell_h + row_gap), cell_w, cell_h))
    return rects


def rows_that_fit(area_h: int, cell_h: int, gap: int) -> int:
    return max(1, (area_h + gap) // (cell_h + gap))


def rows_and_gap(area_h: int, cell_h: int, gap: int, tight_gap: int) -> tuple[int, int]:
    """How many rows fit, and the gap between them: the tight gap when that fits one more row
    (fewer pages to leaf through, most of all at large text sizes)."""
    rows, tight = rows_that_fit(area_h, cell_h, gap), rows_that_fit(area_h, cell_h, tight_gap)
    return (tight, tight_gap) if tight > rows else (rows, gap)


def pages(n: int, per_page: int) -> int:
    return max(1, math.ceil(n / max(1, per_page)))
