"""The conversation sheet drawn for print: A4 portrait at 150 dpi, in the print palette, two
columns of the player's parts, room for notes, and the coach's questions. PDF: the same page as
a JPEG inside a one-page PDF (no library the browser lacks)."""

from __future__ import annotations

import io

import pygame

from game.career.sheet import Sheet
from game.engine.theme import Theme
from game.engine.ui import UI, Metrics
from game.scenes.poster_art import A4

SCALES = (1.5, 1.35, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7)


def draw_sheet(sheet: Sheet, theme: Theme, size: tuple[int, int] = A4) -> pygame.Surface:
    """The largest text at which the whole sheet fits on the page."""
    for scale in SCALES[:-1]:
        surf, fits = _draw(sheet, theme, size, scale)
        if fits:
            return surf
    return _draw(sheet, theme, size, SCALES[-1])[0]


def _draw(sheet: Sheet, theme: Theme, size: tuple[int, int], scale: float) -> tuple[pygame.Surface, bool]:
    w, h = size
    ui = UI(theme, Metrics(int(w * 1.1), int(w * 1.1 * 9 / 16), scale))
    m = ui.metrics
    ink, band = pygame.Color(26, 26, 26), pygame.Color(theme.poster_band)
    surf = pygame.Surface(size)
    surf.fill(theme.poster_bg)
    pad = int(w * 0.05)
    band_h = int(h * 0.08)
    pygame.draw.rect(surf, band, (0, 0, w, band_h))
    ui.blit_text(surf, sheet.heading, (pad, band_h * 0.22), "title", (255, 255, 255), width=w - 2 * pad, bold=True)
    y = band_h + pad // 2
    y += ui.blit_text(surf, sheet.intro, (pad, y), "small", ink, width=w - 2 * pad).height + m.pad
    col_w = (w - pad * 3) // 2
    cols = [pygame.Rect(pad, y, col_w, 0), pygame.Rect(pad * 2 + col_w, y, col_w, 0)]
    heights = [y, y]
    parts = [p for p in sheet.parts if p.id != "notes"]
    for part in parts:
        c = 0 if heights[0] <= heights[1] else 1
        area, top = cols[c], heights[c]
        top += ui.blit_text(surf, part.title, (area.left, top), "body", band, width=area.width, bold=True).height
        for line in part.lines:
            top += ui.blit_text(surf, "• " + line, (area.left, top), "small", ink, width=area.width).height
        heights[c] = top + m.pad
    y = max(heights) + m.pad
    if any(p.id == "notes" for p in sheet.parts):
        y += ui.blit_text(
            surf, next(p.title for p in sheet.parts if p.id == "notes"), (pad, y), "body", band, bold=True
        ).height
        line_gap = int(m.px() * 1.6)
        for _ in range(4):
            y += line_gap
            pygame.draw.line(surf, theme.border, (pad, y), (w - pad, y), 2)
        y += m.pad * 2
    box_top = y
    y += m.pad
    y += ui.blit_text(surf, sheet.coach_title, (pad + m.pad, y), "body", band, width=w - 2 * pad, bold=True).height
    for question in sheet.coach:
        y += ui.blit_text(surf, "• " + question, (pad + m.pad, y), "small", ink, width=w - 2 * pad - 2 * m.pad).height
    y += m.pad
    pygame.draw.rect(surf, band, (pad, box_top, w - 2 * pad, y - box_top), 3, border_radius=m.pad)
    foot = ui.render(sheet.footer, "small", theme.muted, w - 2 * pad)
    fits = y + m.pad + foot.get_height() <= h - pad // 2
    surf.blit(foot, (pad, h - pad // 2 - foot.get_height()))
    return surf, fits


def pdf_bytes(surface: pygame.Surface, dpi: int = 150) -> bytes:
    """A one-page PDF holding the picture (as JPEG), page size from the picture at `dpi`."""
    buf = io.BytesIO()
    pygame.image.save(surface, buf, "sheet.jpg")
    jpeg = buf.getvalue()
    w, h = surface.get_size()
    pw, ph = w * 72 / dpi, h * 72 / dpi
    draw = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
        "/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode("ascii"),
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB "
        f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n".encode("ascii")
        + jpeg
        + b"\nendstream",
        f"<< /Length {len(draw)} >>\nstream\n".encode("ascii") + draw + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += b"".join(f"{o:010d} 00000 n \n".encode("ascii") for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)
