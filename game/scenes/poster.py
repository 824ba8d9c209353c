"""The end screen: the player's poster, drawn from the Profile, with a name, exports (print,
phone, skills passport) and a share link that carries the poster's fields only."""

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING, Any

import pygame

from game.career import share
from game.career.listing import capital
from game.career.options import risk_level, travel_well
from game.career.passport import interest_letters, to_passport
from game.career.profile import interest_code
from game.career.routes import sheet_lines
from game.engine import bridge
from game.engine.scene import BotMove
from game.engine.text_field import TextField
from game.engine.widgets import Button, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.poster_art import A4, PosterPainter, png_bytes

if TYPE_CHECKING:
    from game.app import App
    from game.career.profile import Profile
    from game.career.schema import Content

PHONE = (1080, 1350)


def make_painter(app: App) -> PosterPainter:
    lmi = app.session.lmi()
    labels = {g.id: app.session.text(g.label) for g in lmi.groups} if lmi else {}
    content = app.session.content
    if content is None:  # never: without its content the game shows only its error screen
        raise RuntimeError("the poster needs the game's content")

    full = app.session.lmi_occupation

    def outlook(key: str | None) -> str:
        """The job's outlook in plain words: automation risk and skills that travel well (sources named)."""
        occ = full(key)
        if occ is None or lmi is None:  # (an occupation's figures come from the labour-market content)
            return ""
        parts = []
        level = risk_level(lmi, occ)
        if level is not None:
            parts.append(app.t("poster.outlook_risk", level=app.t(("risk.low", "risk.middle", "risk.high")[level])))
        groups = [app.session.text(lmi.groups[g].label) for g in travel_well(occ, 2)]
        if groups:
            parts.append(app.t("poster.outlook_travel", groups=", ".join(groups)))
        return " ".join(parts)

    def shared_with(key: str | None, other: str) -> str:
        occ = full(key)
        if occ is None or lmi is None:
            return ""
        near = next((n for n in occ.nearest if getattr(lmi.occupation(n.occ), "id", None) == other), None)
        return ", ".join(app.session.text(lmi.groups[g].label) for g in near.shared[:2]) if near else ""

    def routes(key: str | None) -> list[str]:
        """The job's steps into the work (licence, diploma, certificate), each with its publisher."""
        return sheet_lines(lmi.routes_of(full(key)), app.t, app.session.text) if lmi is not None else []

    return PosterPainter(
        app.session.text,
        app.t,
        app.themes["default"],
        content,
        app.session.occupation,
        lambda g: capital(labels.get(g, str(g))),
        outlook,
        shared_with,
        routes,
    )


def link_fields(app: App, profile: Profile, content: Content) -> dict[str, Any]:
    """The share link's fields for this profile (the poster's; the sheet keeps those of its parts)."""
    scores = profile.interest_scores(interest_letters(content))
    occ = app.session.job()
    return share.fields_from_profile(profile, scores, interest_code(scores), occ.esco_id if occ else None)


class PosterScene(Screen):
    next_label = "poster.done"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.preview: pygame.Surface | None = None
        self.saved_to = ""
        self.field: TextField | None = None
        self._preview_for: tuple | None = None

    def title(self) -> str:
        return self.app.t("poster.title")

    def share_link(self) -> str | None:
        base = bridge.page_url()
        return share.link(base, link_fields(self.app, self.profile, self.content)) if base else None

    def render(self, size: tuple[int, int] = A4) -> pygame.Surface:
        return make_painter(self.app).render(self.profile, size, share_url=self.share_link())

    def set_name(self, value: str) -> None:
        self.profile.name = value
        self.app.session.save_profile()

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        # the poster is laid out at print size and shown smaller: the same poster as the PNG,
        # beside the rest, or above it on a screen held upright (a phone)
        upright = area.height > area.width
        h = min(int(area.height * 0.4), int(area.width * A4[1] / A4[0])) if upright else area.height
        w = int(h * A4[0] / A4[1])
        self.preview_rect = pygame.Rect(area.left, area.top, w, h)
        key = (self.profile.name, app.settings.lang, (w, h))
        if self._preview_for != key:  # drawing the poster is slow: only when it changed
            self.preview = pygame.transform.smoothscale(self.render(), (w, h))
            self._preview_for = key
        if upright:
            below = self.preview_rect.bottom + m.pad * 2
            side = pygame.Rect(area.left, below, area.width, area.bottom - below)
        else:
            right = self.preview_rect.right + m.pad * 4
            side = pygame.Rect(right, area.top, area.right - right, area.height)
        self.field = TextField(
            app.t("poster.name_label"),
            lambda: self.profile.name,
            self.set_name,
            app.t("poster.name_label"),
            max_length=40,
        )
        buttons = [
            Button(app.t("poster.save"), lambda: self.export(A4, "koers-poster.png"), picto="picture", name="save"),
            Button(
                app.t("poster.save_phone"),
                lambda: self.export(PHONE, "koers-poster-telefoon.png"),
                picto="phone_mobile",
                name="save_phone",
            ),
            Button(app.t("poster.save_passport"), self.export_passport, picto="clipboard", name="passport"),
        ]
        intro = TextPanel(app.t("poster.intro"), "small")
        label = TextPanel(app.t("poster.name_label"), "small", bold=True)
        gap = m.pad
        # buttons flow left to right and wrap, so they fit beside the poster at any size
        rows: list[list[Button]] = [[]]
        used = 0
        for b in buttons:
            width = min(side.width, b.preferred_width(app.ui))
            if rows[-1] and used + gap + width > side.width:
                rows.append([])
                used = 0
            rows[-1].append(b)
            used += width + (gap if used else 0)
        needed = (
            label.needed_height(app.ui, side.width)
            + self.field.needed_height(app.ui, side.width)
            + len(rows) * (m.target + gap)
            + gap * 2
        )
        top = [intro, label] if needed + intro.needed_height(app.ui, side.width) <= side.height else [label]
        widgets: list[Widget] = [*top, self.field]
        y = self.stack(top, side, gap=m.pad)
        y = self.stack([self.field], pygame.Rect(side.left, y, side.width, side.bottom - y), gap=gap)
        for row in rows:
            x = side.left
            for b in row:
                width = min(side.width, b.preferred_width(app.ui))
                b.place(pygame.Rect(x, y, width, m.target), app.ui)
                x += width + gap
            y += m.target + gap
        widgets += buttons
        if self.saved_to:
            done = TextPanel(app.t("poster.saved", where=self.saved_to), "small", colour="good")
            self.stack([done], pygame.Rect(side.left, y, side.width, side.bottom - y))
            widgets.append(done)
        return widgets

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.preview is not None:
            surface.blit(self.preview, self.preview_rect)
            pygame.draw.rect(surface, self.app.ui.theme.border, self.preview_rect, 2)

    def export(self, size: tuple[int, int], filename: str) -> None:
        self.saved_to = bridge.download(filename, png_bytes(self.render(size))) or self.app.t("poster.not_saved")
        link = self.share_link()
        if link and bridge.copy_text(link):
            self.saved_to += " " + self.app.t("poster.link_copied")
        self.app.speak(self.app.t("poster.saved", where=self.saved_to))
        self.refresh()

    def export_passport(self) -> None:
        data = to_passport(self.profile, self.content, self.app.session.occupation)
        text = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        self.saved_to = bridge.download("koers-paspoort.json", text, "application/json") or self.app.t(
            "poster.not_saved"
        )
        self.app.speak(self.app.t("poster.saved", where=self.saved_to))
        self.refresh()

    def footer_button(self) -> Button:
        return Button(self.app.t("group.code.button"), self.show_group_code, picto="people", name="group_code")

    def show_group_code(self) -> None:
        """For a workshop: the short anonymous code the player may give the facilitator."""
        from game.scenes.group_code import GroupCodeScene  # imported when first needed

        self.app.stack.push(GroupCodeScene(self.app))

    def on_next(self) -> None:
        self.app.go(self.app.first_scene())

    def bot_choose(self, rng: random.Random) -> BotMove:
        return self.next_button
