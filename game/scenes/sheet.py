"""The end of the quick check: the player chooses what goes on the conversation sheet (every
part listed, each can be switched off), then sees it and saves it (A4 PNG, and PDF), or gives
the coach a passport file or a share link (where the game has a web address) with only the parts
left on. Nothing travels unless the player saves or sends it."""

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING

import pygame

from game.career import share
from game.career.passport import to_passport
from game.career.sheet import available, sheet, sheet_passport, sheet_share_fields
from game.engine import bridge
from game.engine.scene import BotMove
from game.engine.widgets import Button, ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.poster import link_fields, make_painter
from game.scenes.poster_art import A4, png_bytes
from game.scenes.sheet_art import draw_sheet, pdf_bytes

if TYPE_CHECKING:
    from game.app import App

PICTOS = {
    "interests": "thumbs_up",
    "values": "gem",
    "strengths": "muscle",
    "learn": "seedling",
    "job": "briefcase",
    "stage": "compass",
    "barriers": "brick",
    "step": "target",
    "notes": "pencil",
}


class ShareScene(Screen):
    """Consent: every part of the sheet, on by default; the player switches off what they keep."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.cards: list[ChoiceCard] = []

    def title(self) -> str:
        return self.app.t("sheet.share_title")

    def toggle(self, part: str) -> None:
        hidden = self.profile.sheet_hidden
        if part in hidden:
            hidden.remove(part)
        else:
            hidden.append(part)
        self.app.session.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        intro = TextPanel(self.app.t("sheet.share_intro"))
        y = self.stack([intro], area, gap=self.app.ui.metrics.pad * 2)

        def card(part: str) -> ChoiceCard:
            return ChoiceCard(
                self.app.t(f"sheet.part.{part}"),
                PICTOS[part],
                lambda: self.toggle(part),
                lambda: part not in self.profile.sheet_hidden,
            )

        self.cards = [card(p) for p in available(self.profile)]
        grid = pygame.Rect(area.left, y, area.width, area.bottom - y)
        return [intro, *self.grid(self.cards, grid, min_w_em=11, max_cols=3)]

    def on_next(self) -> None:
        self.app.advance(self.step)

    def bot_choose(self, rng: random.Random) -> BotMove:
        if not self.profile.sheet_hidden and rng.random() < 0.5 and self.cards:
            return rng.choice(self.cards)  # sometimes keeps one part to themselves
        return self.next_button


class SheetScene(Screen):
    """The sheet as it will be printed, with Save buttons."""

    next_label = "poster.done"
    intro_key = "sheet.intro_screen"
    gives_passport = True  # the player's own sheet: also as a passport a coach can open (only what is on it)

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.preview: pygame.Surface | None = None
        self.preview_rect = pygame.Rect(0, 0, 0, 0)
        self.saved_to = ""
        self.copied = ""  # what became of the share link, when the player last copied it
        self._page: pygame.Surface | None = None
        self.scores: dict[str, int] | None = None  # interest scores given with the profile (a share link's)

    def title(self) -> str:
        return self.app.t("sheet.title")

    def shared(self) -> set[str] | None:
        """The parts on the sheet (None: all but those the player switched off)."""
        return None

    def render(self) -> pygame.Surface:
        if self._page is None:
            painter = make_painter(self.app)
            page = sheet(self.profile, self.content, painter.words, self.shared(), self.scores)
            self._page = draw_sheet(page, self.app.themes["default"], A4)
        return self._page

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        h = area.height
        w = int(h * A4[0] / A4[1])
        self.preview_rect = pygame.Rect(area.left, area.top, w, h)
        if self.preview is None or self.preview.get_size() != (w, h):
            self.preview = pygame.transform.smoothscale(self.render(), (w, h))
        side = pygame.Rect(self.preview_rect.right + m.pad * 4, area.top, area.right - w - m.pad * 4, area.height)
        intro = TextPanel(app.t(self.intro_key), "small")
        buttons = [
            Button(app.t("sheet.save_png"), self.save_png, picto="picture", name="save"),
            Button(app.t("sheet.save_pdf"), self.save_pdf, picto="clipboard", name="save_pdf"),
        ]
        if self.gives_passport:
            buttons.append(
                Button(app.t("coach_view.save_passport"), self.save_passport, picto="briefcase", name="passport")
            )
            if bridge.page_url():  # a link needs the game's web address (the browser, or KOERS_SHARE_URL)
                buttons.append(Button(app.t("sheet.copy_link"), self.copy_link, picto="envelope", name="copy_link"))
        y = self.stack([intro], side, gap=m.pad * 2)
        x = side.left  # the buttons flow left to right and wrap, so four fit beside the sheet at 150 %
        for n, b in enumerate(buttons):
            width = min(side.width, b.preferred_width(app.ui))
            if n and x + width > side.right:
                x, y = side.left, y + m.target + m.pad
            b.place(pygame.Rect(x, y, width, m.target), app.ui)
            x += width + m.pad
        y += m.target + m.pad
        widgets: list[Widget] = [intro, *buttons]
        if self.saved_to or self.copied:
            said = self.copied or app.t("poster.saved", where=self.saved_to)
            done = TextPanel(said, "small", colour="good")
            self.stack([done], pygame.Rect(side.left, y, side.width, side.bottom - y))
            widgets.append(done)
        return widgets

    def speech(self) -> str:
        """The sheet's own words too: a screen reader or read-aloud user hears what is on it."""
        page = sheet(self.profile, self.content, make_painter(self.app).words, self.shared(), self.scores)
        parts = [f"{p.title}: {'; '.join(p.lines)}" for p in page.parts if p.lines]
        return super().speech() + " " + ". ".join(parts) + "."

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.preview is not None:
            surface.blit(self.preview, self.preview_rect)
            pygame.draw.rect(surface, self.app.ui.theme.border, self.preview_rect, 2)

    def share_link(self) -> str | None:
        """The link for the coach: the share link's fields of the parts the player left on only."""
        base = bridge.page_url()
        if not base:
            return None
        return share.link(base, sheet_share_fields(link_fields(self.app, self.profile, self.content), self.profile))

    def copy_link(self) -> None:
        link = self.share_link()
        self.saved_to = ""
        self.copied = self.app.t("poster.link_copied" if link and bridge.copy_text(link) else "sheet.link_not_copied")
        self.app.speak(self.copied)
        self.refresh()

    def save_png(self) -> None:
        self.copied = ""
        self.saved_to = bridge.download("koers-gesprekskaart.png", png_bytes(self.render())) or self.app.t(
            "poster.not_saved"
        )
        self.app.speak(self.app.t("poster.saved", where=self.saved_to))
        self.refresh()

    def save_pdf(self) -> None:
        self.copied = ""
        try:
            data = pdf_bytes(self.render())
        except pygame.error:  # no JPEG writer in this runtime: the picture still works
            self.saved_to = self.app.t("sheet.no_pdf")
        else:
            self.saved_to = bridge.download("koers-gesprekskaart.pdf", data, "application/pdf") or self.app.t(
                "poster.not_saved"
            )
        self.app.speak(self.saved_to)
        self.refresh()

    def save_passport(self) -> None:
        self.copied = ""
        data = sheet_passport(to_passport(self.profile, self.content, self.app.session.occupation), self.profile)
        text = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        self.saved_to = bridge.download("koers-paspoort.json", text, "application/json") or self.app.t(
            "poster.not_saved"
        )
        self.app.speak(self.app.t("poster.saved", where=self.saved_to))
        self.refresh()

    def on_next(self) -> None:
        self.app.go(self.app.first_scene())

    def bot_choose(self, rng: random.Random) -> BotMove:
        return self.next_button
