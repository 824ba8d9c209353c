"""The course map: the five parts of the check as stops on a road. The player sees where they
are, what they have collected so far and what comes next. It shows between the parts and
when a returning player goes on (App.advance and App.resume bring it up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.career.course import DONE, HERE, SKIPPED, Found, Stop, collected, stops
from game.career.passport import interest_letters
from game.engine.chips import Chips
from game.engine.ui import UI
from game.engine.widgets import TextPanel, Widget, draw_check
from game.scenes.base import Screen

if TYPE_CHECKING:
    from game.app import App


class CourseMap(Widget):
    """The road with a stop for each part: done (a check), here (large, ringed), later (grey).
    Tall: the stops go down with their names beside them; wide and low: across, numbers only."""

    focusable = False

    def __init__(self, stops: list[Stop], names: list[str], labels: tuple[str, str, str], tall: bool) -> None:
        super().__init__()
        self.stops, self.names, self.tall = stops, names, tall
        self.here_label, self.done_label, self.skipped_label = labels

    def look(self, ui: UI, focused: bool, hovered: bool) -> tuple | None:
        return (tuple(self.stops), tuple(self.names), self.here_label, self.tall)

    def centres(self, rect: pygame.Rect, r: int) -> list[tuple[int, int]]:
        n = len(self.stops)
        if self.tall:  # down the column, swinging a little left and right
            step = (rect.height - 2 * r) / max(1, n - 1)
            return [(rect.left + r + (r // 2 if i % 2 else 0), int(rect.top + r + i * step)) for i in range(n)]
        step = (rect.width - 2 * r) / max(1, n - 1)
        return [(int(rect.left + r + i * step), rect.top + r + (r // 3 if i % 2 else 0)) for i in range(n)]

    def radius(self, ui: UI, rect: pygame.Rect) -> int:
        n = max(1, len(self.stops))
        room = rect.height / n if self.tall else rect.width / n
        return int(max(ui.metrics.px() * 0.8, min(ui.metrics.target * 0.75, room * 0.36)))

    def paint(self, surface: pygame.Surface, ui: UI, rect: pygame.Rect, focused: bool, hovered: bool) -> None:
        theme, m = ui.theme, ui.metrics
        r = self.radius(ui, rect)
        below = m.px("small") if self.tall else 0  # room under the last stop for "Hier ben je"
        centres = self.centres(pygame.Rect(rect.left, rect.top, rect.width, rect.height - below), r)
        # the road: solid where the player has been, dashed ahead
        for i, (a, b) in enumerate(zip(centres, centres[1:])):
            if self.stops[i + 1].state == DONE or self.stops[i + 1].state == HERE:
                pygame.draw.line(surface, theme.accent, a, b, max(4, r // 4))
            else:
                for k in range(0, 10, 2):
                    p = (a[0] + (b[0] - a[0]) * k / 10, a[1] + (b[1] - a[1]) * k / 10)
                    q = (a[0] + (b[0] - a[0]) * (k + 1) / 10, a[1] + (b[1] - a[1]) * (k + 1) / 10)
                    pygame.draw.line(surface, theme.border, p, q, max(3, r // 6))
        for stop, centre, name in zip(self.stops, centres, self.names):
            here = stop.state == HERE
            size = r if here else int(r * 0.8)
            if stop.state == SKIPPED:  # a grey ring, no picture: nothing was played here
                pygame.draw.circle(surface, theme.border, centre, size // 2, max(2, m.ring // 2))
            elif stop.state == DONE:
                pygame.draw.circle(surface, theme.accent, centre, size)
                badge = pygame.Rect(0, 0, size, size)
                badge.center = centre
                draw_check(surface, badge, theme.on_accent)
            else:
                pygame.draw.circle(surface, theme.surface, centre, size)
                pygame.draw.circle(surface, theme.accent if here else theme.border, centre, size, max(3, m.ring))
                picto = ui.picto(stop.picto, int(size * 1.1))
                if not here:
                    picto = picto.copy()
                    picto.set_alpha(110)  # later stops are greyed out; the number and name still say which
                surface.blit(picto, picto.get_rect(center=centre))
            colour = theme.text if here or stop.state == DONE else theme.muted
            if self.tall:
                x = rect.left + 2 * r + r // 2 + m.pad * 2
                label = f"{stop.level}. {name}"
                img = ui.render(label, "body", colour, max(40, rect.right - x), bold=here)
                surface.blit(img, img.get_rect(midleft=(x, centre[1] - (m.px("small") // 2 if here else 0))))
                if here:
                    ui.blit_text(
                        surface,
                        self.here_label,
                        (x, centre[1] + img.get_height() // 2 - m.px("small") // 2),
                        "small",
                        theme.accent,
                        bold=True,
                    )
            else:
                img = ui.render(str(stop.level), "small", colour, bold=True)
                surface.blit(img, img.get_rect(midtop=(centre[0], centre[1] + size + m.pad // 2)))

    def speech(self) -> str:
        said = {DONE: f" ({self.done_label})", HERE: f" ({self.here_label})", SKIPPED: f" ({self.skipped_label})"}
        return ", ".join(f"{s.level}. {n}{said.get(s.state, '')}" for s, n in zip(self.stops, self.names))


def found_widget(app: App, found: Found) -> Widget:
    """What was found: the player's own cards as chips under a heading (recognised, not read
    again), or a sentence where there are no cards (the interests). Read aloud as the sentence."""
    if not found.pictos:
        return TextPanel(found.said(app.t))
    return Chips(app.t(found.head_key), list(zip(found.words, found.pictos)), found.said(app.t))


class CourseScene(Screen):
    """Between the parts: the map, what the player collected, and which part comes next."""

    name = "course"
    next_label = "course.go"
    more_key = "ui.more_text"

    def __init__(self, app: App, target: str, level: int, new_only: bool = False) -> None:
        super().__init__(app)
        self.target, self.here = target, level  # the step to go on with, and its part
        # between two parts: only what the part just done found (said once); coming back: all of it
        self.new_only = new_only

    def title(self) -> str:
        return self.app.t("course.title")

    def part(self, n: int) -> str:
        quick = self.app.session.profile is not None and self.app.session.profile.quick
        return self.app.t(f"course.part.{n}.quick" if quick and n == self.app.steps.levels else f"course.part.{n}")

    def about(self, n: int) -> str:
        quick = self.profile.quick and n == self.app.steps.levels
        return self.app.t(f"course.about.{n}.quick" if quick else f"course.about.{n}")

    def skipped(self) -> frozenset[int]:
        """The parts with no step to play in this check (the short one leaves some out)."""
        steps = self.app.steps
        played = {s.level for s in steps.steps if s.level is not None and steps.shown(self.app, s.id)}
        return frozenset(n for n in range(1, steps.levels + 1) if n not in played)

    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        levels = self.app.steps.levels
        wide = area.width >= area.height * 1.2  # the road down a column beside the text, or across the top
        names = [self.part(n) for n in range(1, levels + 1)]
        labels = (app.t("course.here"), app.t("course.done"), app.t("course.skipped"))
        road = CourseMap(stops(levels, self.here, self.skipped()), names, labels, tall=wide)
        if wide:
            map_w = min(area.width * 2 // 5, int(m.px() * 16))
            road.place(pygame.Rect(area.left, area.top, map_w, area.height), app.ui)
            left = area.left + map_w + m.pad * 4
            text_area = pygame.Rect(left, area.top, area.right - left, area.height)
        else:
            map_h = int(m.target * 2.2)
            road.place(pygame.Rect(area.left, area.top, area.width, map_h), app.ui)
            top = area.top + map_h + m.pad * 2
            text_area = pygame.Rect(area.left, top, area.width, area.bottom - top)
        panels: list[Widget] = [
            TextPanel(app.t("course.next", n=self.here, part=self.part(self.here)), "title", bold=True),
            TextPanel(self.about(self.here)),
        ]

        def title_of(key: str) -> str | None:
            ref = app.session.occupation(key)
            return app.session.text(ref.title) if ref else None

        found = collected(self.profile, self.content, interest_letters(self.content), app.t, app.session.text, title_of)
        summed_up = self.new_only and self.here == 2 and app.steps.shown(app, "summary")
        if self.new_only:  # between two parts: what the part just done found, unless its summary just said so
            found = [] if summed_up else [f for f in found if f.part == self.here - 1]
        if found:
            panels += [found_widget(app, f) for f in found]
        elif self.here > 1 and not summed_up:
            panels.append(TextPanel(app.t("course.found_none"), colour="muted"))
        return [road, *self.page_stack(panels, text_area, gap=int(m.pad * 1.5))]

    def speech(self) -> str:
        """The title, the road with where the player is, then the text and the choices."""
        road = next((w for w in self.form.widgets if isinstance(w, CourseMap)), None)
        title, _, rest = super().speech().partition(". ")
        return f"{title}. {self.app.t('course.road')} {road.speech()}. {rest}" if road else f"{title}. {rest}"

    def on_next(self) -> None:
        if self.page < self.pages_total - 1:  # "Op weg" reads on first, as on the other long screens
            self._next_page()
            return
        self.app.go_to_step(self.target)

    def on_back(self) -> None:
        earlier = self.app.steps.before(self.app, self.target)
        if earlier is None:
            self.app.go(self.app.first_scene())
        else:
            self.app.go_to_step(earlier)
