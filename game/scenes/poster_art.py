"""Draws the profile poster (the research's "personal poster") at any size, sharp."""

from __future__ import annotations

import io
import math
from collections.abc import Callable

import pygame

from game.career.poster import PosterWords, Section, poster_content
from game.career.profile import Profile
from game.career.schema import RIASEC, Content, OccupationRef, Text
from game.engine.theme import Theme
from game.engine.ui import UI, Metrics

A4 = (1240, 1754)  # A4 portrait at 150 dpi


def hexagon_points(centre: tuple[float, float], radius: float, fractions: list[float]) -> list[tuple[float, float]]:
    """Corners of the RIASEC hexagon, each at `fraction` of the radius (pure)."""
    cx, cy = centre
    points = []
    for i, f in enumerate(fractions):
        angle = -math.pi / 2 + i * math.pi / 3
        points.append((cx + math.cos(angle) * radius * f, cy + math.sin(angle) * radius * f))
    return points


class PosterPainter:
    """Always drawn in the default (print) palette, whatever the screen's theme."""

    def __init__(
        self,
        app_text: Callable[[Text | None], str],
        t: Callable[..., str],
        theme: Theme,
        content: Content,
        resolve: Callable[[str | None], OccupationRef | None],
        group_label: Callable[[str], str] = lambda g: g,
        outlook: Callable[[str | None], str] = lambda key: "",
        shared_with: Callable[[str | None, str], str] = lambda key, other: "",
        routes: Callable[[str | None], list[str]] = lambda key: [],
    ) -> None:
        self.t, self.theme, self.content = t, theme, content
        self.words = PosterWords(t, app_text, resolve, group_label, outlook, shared_with, routes)

    SCALES = (1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7)

    def render(
        self,
        profile: Profile,
        size: tuple[int, int] = A4,
        scores: dict[str, int] | None = None,
        share_url: str | None = None,
    ) -> pygame.Surface:
        """The poster, with the largest text size at which nothing runs off the page."""
        for scale in self.SCALES[:-1]:
            surf, fits = self.draw(profile, size, scale, scores, share_url)
            if fits:
                return surf
        return self.draw(profile, size, self.SCALES[-1], scores, share_url)[0]  # the smallest, fitting or not

    def draw(
        self,
        profile: Profile,
        size: tuple[int, int],
        scale: float,
        scores: dict[str, int] | None = None,
        share_url: str | None = None,
    ) -> tuple[pygame.Surface, bool]:
        w, h = size
        ui = UI(self.theme, Metrics(int(w * 1.1), int(w * 1.1 * 9 / 16), scale))
        surf = pygame.Surface(size)
        ink = pygame.Color(26, 26, 26)
        surf.fill(self.theme.poster_bg)
        band = pygame.Color(self.theme.poster_band)
        m = ui.metrics
        pad = int(w * 0.05)
        poster = poster_content(profile, self.content, self.words, scores)
        # header band
        band_h = int(h * 0.11)
        pygame.draw.rect(surf, band, (0, 0, w, band_h))
        ui.blit_text(surf, poster.heading, (pad, band_h * 0.18), "big", (255, 255, 255), bold=True)
        ui.blit_text(surf, poster.subheading, (pad, band_h * 0.64), "body", (255, 255, 255), width=w - pad * 2)

        col_w = (w - pad * 3) // 2
        left = pygame.Rect(pad, band_h + pad, col_w, h - band_h - pad * 3)
        right = pygame.Rect(pad * 2 + col_w, band_h + pad, col_w, left.height)

        def section(area: pygame.Rect, y: int, part: Section) -> int:
            y += ui.blit_text(surf, part.title, (area.left, y), "title", band, width=area.width, bold=True).height
            y += m.pad // 2
            if not part.items:
                y += ui.blit_text(surf, poster.empty, (area.left, y), "body", ink, width=area.width).height + m.pad
            icon = int(m.px() * 1.7)
            for label, picto in part.items:
                if picto:
                    surf.blit(ui.picto(picto, icon), (area.left, y))
                r = ui.blit_text(
                    surf,
                    label,
                    (area.left + icon + m.pad, y + max(0, (icon - m.px() * 1.3) // 2)),
                    "body",
                    ink,
                    width=area.width - icon - m.pad,
                    bold=True,
                )
                y += max(icon, r.height) + m.pad
            return y + m.pad * 2

        y = left.top
        for part in poster.left:
            y = section(left, y, part)
        left_bottom = y

        # interests: hexagon chart and code
        title = ui.blit_text(surf, poster.interests_title, right.topleft, "title", band, width=col_w, bold=True)
        top = right.top + title.height
        widest = max((ui.text_size(w, "small", bold=True)[0] for w in poster.corner_words), default=0)
        # the side corners sit at cos 30° of the radius: their words fit between the chart and the column's edge
        radius = min(int(col_w * 0.28), int((col_w / 2 - widest) / 0.866 - m.px() * 1.1))
        centre = (right.centerx, top + radius + int(m.px() * 1.8))
        outline = hexagon_points(centre, radius, [1.0] * 6)
        pygame.draw.polygon(surf, (225, 225, 225), outline)
        pygame.draw.polygon(surf, (120, 120, 120), outline, 2)
        scores, maxima = poster.scores, poster.maxima
        fractions = [max(0.04, scores[x] / maxima.get(x, 1)) if maxima.get(x) else 0.04 for x in RIASEC]
        pygame.draw.polygon(surf, band, hexagon_points(centre, radius, fractions))
        corners = hexagon_points(centre, radius + m.px() * 1.1, [1.0] * 6)
        for word, (px, py) in zip(poster.corner_words, corners):  # in words, not letters (no jargon)
            half = ui.text_size(word, "small", bold=True)[0] // 2  # a side corner's word stays off the chart
            side = 0 if abs(px - centre[0]) < 1 else (half if px > centre[0] else -half)
            x = min(max(px + side, right.left + half), right.right - half)  # inside the column, off the page's edge
            ui.blit_text(surf, word, (x, py), "small", ink, bold=True, center=True)
        y = centre[1] + radius + m.px() * 2
        y += ui.blit_text(surf, poster.code_line, (right.left, y), "body", ink, width=col_w, bold=True).height + m.pad
        for line in poster.code_letters:
            y += ui.blit_text(surf, line, (right.left, y), "small", ink, width=col_w).height
        y += m.pad * 3
        job, *rest = poster.right
        y = section(right, y, job)
        if poster.outlook:
            y += ui.blit_text(surf, poster.outlook, (right.left, y - m.pad), "small", ink, width=col_w).height
            y += m.pad * 2
        for part in rest:
            y = section(right, y, part)
        if share_url:
            qr = qr_surface(share_url, int(col_w * 0.42))
            surf.blit(qr, (right.left, y + m.pad))
            caption = ui.blit_text(
                surf,
                self.t("poster.scan"),
                (right.left + qr.get_width() + m.pad * 2, y + m.pad),
                "small",
                ink,
                width=col_w - qr.get_width() - m.pad * 2,
            )
            y += max(qr.get_height(), caption.height) + m.pad * 2
        right_bottom = y

        # footer: where the facts come from
        img = ui.render(poster.footer, "small", (90, 90, 90), w - pad * 2)
        footer_top = h - pad // 2 - img.get_height()
        surf.blit(img, (pad, footer_top))
        return surf, max(left_bottom, right_bottom) <= footer_top - m.pad


def png_bytes(surface: pygame.Surface) -> bytes:
    buf = io.BytesIO()
    pygame.image.save(surface, buf, "poster.png")
    return buf.getvalue()


def qr_surface(text: str, size: int) -> pygame.Surface:
    """A QR code of `text`, black on white with the quiet zone, `size` pixels square."""
    # imported here on purpose (start-up time): only the poster with a share link needs the encoder
    from game.vendor import segno

    matrix = segno.encode(text, error="m", micro=False).matrix
    n = len(matrix) + 8  # four modules of quiet zone on each side
    cell = max(1, size // n)
    surf = pygame.Surface((n * cell, n * cell))
    surf.fill((255, 255, 255))
    for r, row in enumerate(matrix):
        for c, on in enumerate(row):
            if on:
                surf.fill((0, 0, 0), ((c + 4) * cell, (r + 4) * cell, cell, cell))
    return surf
