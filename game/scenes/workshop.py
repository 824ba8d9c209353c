"""The facilitator mode ("Groepssessie"): a group session on a projector or a large TV. The
facilitator steps through the plan (game/career/workshop.py) with the keyboard or a presenter
clicker: Page Down / Page Up, Enter, B (or .) for a black screen, T for the facilitator's
clock. No personal data is on screen; the group view shows counts only, from five codes."""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING

import pygame

from game.career.listing import capital
from game.career.workshop import PARTS, SLIDES, Slide, clock, part_number
from game.engine.intents import Act, Intent
from game.engine.scene import BotMove
from game.engine.widgets import Button, ChoiceCard, TextPanel, Widget
from game.scenes.charts import BarChart, MoveChart
from game.scenes.workshop_future import GroupFuture
from game.scenes.workshop_group import GroupSlides

if TYPE_CHECKING:
    from game.app import App
    from game.career.lmi import LmiOccupation
    from game.career.schema import Story


class WorkshopScene(GroupSlides):
    name = "workshop"
    more_key = "ui.more_text"

    def __init__(self, app: App, now: float | None = None) -> None:
        super().__init__(app)
        self.index = 0
        self.started = time.monotonic() if now is None else now
        self.now = time.monotonic
        self.black = False
        self.show_clock = False
        self.occupation: str | None = None  # the content occupation the group chose
        self.choices: list[ChoiceCard] = []
        self.bot_codes: list[str] = []  # autoplay: the simulated participants' codes to type in
        self.future: GroupFuture | None = None  # "our work in 2030", played by the group
        self._ranked: tuple[str | None, list[Story]] = (None, [])  # the stories closest to the job picked

    # the plan ---------------------------------------------------------------------------
    @property
    def slide(self) -> Slide:
        return SLIDES[self.index]

    @property
    def sub(self) -> tuple[int, tuple[int, str, int] | None]:  # autoplay: a screenshot per slide, group size, round
        return len(self.cards), self.future.key() if self.future and self.slide.kind == "scenario" else None

    def group_future(self) -> GroupFuture | None:
        """The group's scenario for the job it picked (made again when the pick changes)."""
        occ = self.lmi_occupation()
        if occ is None:
            return None
        if self.future is None or self.future.words.occ.id != occ.id:  # (entries are cached, not kept)
            self.future = GroupFuture(self.app, occ)
        return self.future

    def say(self, suffix: str, **kw: object) -> str:
        return self.app.t(f"workshop.{self.slide.key}.{suffix}", **kw)

    def title(self) -> str:
        future = self.group_future() if self.slide.kind == "scenario" else None
        if future is not None:
            return future.title()
        if self.slide.kind == "story":
            story = self.story()
            if story is not None:
                return self.app.session.text(story.title)
        return self.say("title")

    def story(self) -> Story | None:
        """The two stories read together: the closest to the occupation the group chose."""
        ranked = self.ranked_stories()
        return ranked[self.slide.story] if len(ranked) > self.slide.story else None

    def ranked_stories(self) -> list[Story]:
        """Ranked once for each job the group picks (the title, the body and the speech all ask)."""
        if self._ranked[0] == self.occupation and self._ranked[1]:
            return self._ranked[1]
        from game.career.story_match import Work, rank_stories  # imported when first needed

        lmi = self.app.session.lmi()
        occ = self.lmi_occupation()

        def isco_of(uuid: str) -> str | None:
            found = lmi.occupation(uuid) if lmi else None
            return found.isco if found else None

        near_occs = [lmi.occupation(n.occ) for n in occ.nearest] if occ and lmi else []
        near = frozenset(n.id for n in near_occs if n)
        work = Work(job=occ.id if occ else None, isco=occ.isco if occ else None, near=near)
        stories = [s for s in self.content.stories if s.situation == "work"]
        self._ranked = (self.occupation, rank_stories(stories, work, isco_of, lambda u: None))
        return self._ranked[1]

    def lmi_occupation(self) -> LmiOccupation | None:
        return self.app.session.lmi_occupation(self.occupation) if self.occupation else None

    # the screen -------------------------------------------------------------------------
    def body(self, area: pygame.Rect) -> list[Widget]:
        app, m = self.app, self.app.ui.metrics
        self.field = None
        slide = self.slide
        self.more_key = "ui.more_cards" if slide.kind == "occupation" else "ui.more_text"
        tip = TextPanel(app.t("workshop.for_facilitator", tip=self.say("tip")), "small", colour="muted")
        tip_h = tip.needed_height(app.ui, area.width)
        main = pygame.Rect(area.left, area.top, area.width, area.height - tip_h - m.pad * 2)
        tip.place(pygame.Rect(area.left, area.bottom - tip_h, area.width, tip_h), app.ui)
        widgets: list[Widget]
        if slide.kind == "occupation":
            widgets = self.pick_occupation(main)
        elif slide.kind == "figures":
            widgets = self.page_stack([*self.figures(), *self.ask()], main, gap=m.pad)
        elif slide.kind == "story":
            widgets = self.page_stack([*self.story_panels(), *self.ask()], main, gap=m.pad * 2)
        elif slide.kind == "scenario":
            widgets = self.scenario(main)
        elif slide.kind == "codes":
            widgets = self.codes(main)
        elif slide.kind == "group":
            widgets = self.group(main)
        else:
            lines = [TextPanel(self.say(f"line.{i}"), "title", bold=(i == 1)) for i in range(1, slide.lines + 1)]
            widgets = self.page_stack([*lines, *self.ask()], main, gap=m.pad * 2)
        return [*widgets, tip]

    def ask(self) -> list[Widget]:
        return [TextPanel(self.say("ask"), "title", bold=True, colour="accent")] if self.slide.ask else []

    def scenario(self, area: pygame.Rect) -> list[Widget]:
        """The round's event and its figure above; the responses to vote on below."""
        future = self.group_future()
        if future is None:
            panel = TextPanel(self.app.t("workshop.future.none"), "title")
            self.stack([panel], area)
            return [panel]
        m = self.app.ui.metrics
        votes = future.cards()
        if not votes:
            return self.page_stack(future.widgets(), area, gap=m.pad)
        text = future.widgets()
        y = self.stack(text, area, gap=m.pad)  # the event, its figure with its source, the question
        grid = pygame.Rect(area.left, y, area.width, area.bottom - y)
        for cols in (4, 2):  # the responses side by side, or two by two
            self.pages_total = 1
            shown = self.grid(votes, grid, min_w_em=9, max_cols=cols)
            if self.pages_total == 1 and all(c.rect.bottom <= area.bottom for c in shown):
                return [*text, *shown]
        self.pages_total = 1  # large text: one under the other, on as many screens as it takes
        return self.page_stack([*text, *votes], area, gap=m.pad)

    def footer_button(self) -> Button | None:
        """While the group votes: count the hands again."""
        future = self.future if self.slide.kind == "scenario" else None
        if future is not None and future.phase == "vote" and future.playable:
            return Button(self.app.t("workshop.future.recount"), future.recount, name="recount")
        return None

    def pick_occupation(self, area: pygame.Rect) -> list[Widget]:
        app = self.app
        intro = TextPanel(self.say("line.1"), "title")
        y = self.stack([intro], area, gap=app.ui.metrics.pad * 2)

        def card(occ_id: str, label: str, picto: str) -> ChoiceCard:
            return ChoiceCard(label, picto, lambda: self.choose(occ_id), lambda: self.occupation == occ_id)

        self.choices = [card(o.id, capital(app.session.text(o.title)), o.picto) for o in self.content.occupations]
        grid = pygame.Rect(area.left, y, area.width, area.bottom - y)
        return [intro, *self.grid(self.choices, grid, min_w_em=10, max_cols=4)]

    def choose(self, occ_id: str) -> None:
        self.occupation = occ_id

    def figures(self) -> list[Widget]:
        """The chosen work's figures in plain words, each with its source, or what is not known."""
        from game.career.figures import describe, unknown  # imported when first needed
        from game.scenes.figure_view import group_name, source_line

        app = self.app
        occ, lmi = self.lmi_occupation(), app.session.lmi()
        if occ is None or lmi is None:
            return [TextPanel(self.say("none"), "title")]
        figures = {f.kind: f for f in lmi.figures(occ)}
        out: list[Widget] = [TextPanel(capital(app.session.text(occ.title)), "title", bold=True)]
        for kind in ("automation_risk", "trend_us", "employees"):
            fig = figures.get(kind)
            where = group_name(app, lmi, fig)
            sentence = describe(kind, figures, app.t, app.settings.lang, where=where) if fig else None
            if fig is None or sentence is None:
                reason = app.session.text(lmi.reasons.get(fig.missing or "")) if fig else ""
                out.append(TextPanel(unknown(kind, reason, app.t), "body"))
                continue
            out += [TextPanel(sentence, "title"), source_line(app, lmi, fig, lmi.source(fig.source))]
        return out

    def story_panels(self) -> list[Widget]:
        story = self.story()
        if story is None:
            return [TextPanel(self.say("none"), "title")]
        app = self.app
        from game.career.story import StoryRun  # imported when first needed

        run = StoryRun(story)  # read together up to the story's question; the group talks about it
        out: list[Widget] = [TextPanel(app.t("workshop.story.composite"), "small", colour="muted")]
        out += [TextPanel(app.session.text(p.text), "title") for p in run.screen()]
        if run.choices():
            for letter, choice in zip("ABCDEF", run.choices()):
                out.append(TextPanel(f"{letter}. {app.session.text(choice.text)}", "title"))
            out.append(TextPanel(app.t("workshop.story.choices"), "title", bold=True))
        return out

    def speech(self) -> str:
        """What is on screen, the charts included (counts, said as numbers)."""
        said = super().speech()
        shown = [w.speech() for w in self.form.widgets if isinstance(w, (BarChart, MoveChart))]
        return said + (" " + ". ".join(shown) + "." if shown else "")

    def can_next(self) -> bool:
        return self.slide.kind != "occupation" or self.occupation is not None

    def need_hint(self) -> str:
        return self.say("hint")

    def on_next(self) -> None:
        if self.page < self.pages_total - 1 and self.slide.kind != "occupation":
            self._next_page()  # a long text reads on first
            return
        future = self.group_future() if self.slide.kind == "scenario" else None
        if future is not None and future.next():
            self.page = 0
            self.next_screen()
            return
        if self.index + 1 < len(SLIDES):
            self.index += 1
            self.page = 0
            self.message = ""
            self.next_screen()
        else:
            self.app.go(self.app.first_scene())

    def on_back(self) -> None:
        future = self.group_future() if self.slide.kind == "scenario" else None
        if future is not None and future.back():
            self.page = 0
            self.next_screen()
            return
        if self.index == 0:
            self.app.go(self.app.first_scene())
            return
        self.index -= 1
        self.page = 0
        self.next_screen()

    def handle(self, intent: Intent) -> bool:
        if self.black:  # any key brings the picture back; nothing else happens
            if intent.act not in (Act.POINT, Act.RESIZE):
                self.black = False
                self.app.redraw = True
            return True
        if intent.act in (Act.BLANK, Act.CLOCK) and self.field is None:
            if intent.act == Act.BLANK:
                self.black = True
                self.app.speech.stop()
            else:
                self.show_clock = not self.show_clock
            self.app.redraw = True
            return True
        return super().handle(intent)

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.show_clock and int(self.now()) != int(self.now() - dt):
            self.app.redraw = True  # the clock's minute may have changed

    def draw(self, surface: pygame.Surface) -> None:
        if self.black:
            surface.fill((0, 0, 0))
            return
        super().draw(surface)
        if self.show_clock:
            ui = self.app.ui
            minutes, start, end = clock(self.now() - self.started, self.slide.part)
            text = self.app.t(
                "workshop.clock", now=minutes, start=start, end=end, part=part_number(self.slide.part), parts=len(PARTS)
            )
            img = ui.render(text, "small", ui.theme.muted, bold=True, bg=ui.theme.bg)
            surface.blit(img, img.get_rect(midtop=(surface.get_width() // 2, ui.metrics.pad)))

    def bot_choose(self, rng: random.Random) -> BotMove:
        if self.slide.kind == "occupation" and self.occupation is None and self.choices:
            return rng.choice(self.choices)
        if self.slide.kind == "scenario" and self.future is not None and self.future.phase == "vote":
            votes = [w for w in self.form.focusable() if isinstance(w, ChoiceCard)]
            if votes and sum(self.future.votes.values()) < 6:  # a group of six raises its hands
                return rng.choice(votes)
        if self.slide.kind == "codes" and self.field is not None and self.bot_codes:
            if self.typed and self.typed != self.bot_codes[0]:
                return (self.field, [Act.ERASE] * len(self.typed))  # a mistyped code: erase, type again
            if not self.typed:
                return (self.field, list(self.bot_codes[0]))
            self.bot_codes.pop(0)
            add = next(w for w in self.form.widgets if getattr(w, "name", "") == "add")
            return add
        return self.next_button
