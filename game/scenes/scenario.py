"""Level 3 "Mijn werk in 2030": a short game about the player's own occupation. An intro, then
each round an event (from the occupation's figures, with their source, or from working life)
and a choice of responses within the round's energy, with what they change; at the end the
course taken and the work now within reach. The rules are game/career/scenario.py."""

from __future__ import annotations

import random
import zlib
from typing import TYPE_CHECKING

import pygame

from game.career import saves
from game.career.lmi import Lmi
from game.career.scenario import COSTS, SOLO_ROUNDS, Scenario, draw_events, facts_of, saved_events
from game.career.schema import LmiOccupation
from game.engine.intents import Intent
from game.engine.scene import BotMove
from game.engine.widgets import Button, ChoiceCard, TextPanel, Widget
from game.scenes.base import Screen
from game.scenes.scenario_words import Block, ScenarioWords
from game.scenes.sources import SourcesScene

if TYPE_CHECKING:
    from game.app import App

PICTOS = {"learn": "book", "talk": "speech", "try": "briefcase", "grow": "seedling"}  # the responses


class ResponseCard(ChoiceCard):
    """A response: greyed out when the energy does not allow it, but pressing it still says why."""

    def activate(self) -> None:
        self.action()


class ScenarioScene(Screen):
    def __init__(self, app: App) -> None:
        super().__init__(app)
        lmi, occ = app.session.lmi(), app.session.job_lmi()
        if lmi is None or occ is None:  # (the step is shown only with one: steps.has_scenario)
            raise RuntimeError("the scenario needs the player's occupation")
        self.lmi: Lmi = lmi
        self.occ: LmiOccupation = occ
        seed = zlib.crc32(f"{occ.id}|{len(saves.load_history())}".encode())
        facts = facts_of(lmi, occ)
        events = self.content.scenario_events
        drawn = saved_events(events, facts, self.profile.scenario) or draw_events(events, facts, seed, SOLO_ROUNDS)
        self.game = Scenario(facts, drawn)
        self.words = ScenarioWords(app, lmi, occ, self.game)
        rounds = len(self.game.events)
        self.pages = [("intro", 0), *(("choose", r) for r in range(rounds)), ("end", 0)]  # one screen a round
        played = self.game.restore(self.profile.scenario)
        self.index = len(self.pages) - 1 if played >= rounds else self.pages.index(("choose", played)) if played else 0
        self.sub = 0  # the screen within a page, when large text needs more than one
        self.chunks: list[list[Widget]] = [[]]
        self.cards: list[ResponseCard] = []
        self.icon_rect: pygame.Rect | None = None
        self.asked = False
        self.detail_kind: str | None = None  # the response whose detail the choose screen shows
        self.card_sub = 0  # the screen of a round with the cards: 1 when the event needs one of its own

    @property
    def kind(self) -> str:
        return self.pages[self.index][0]

    @property
    def round(self) -> int:
        return self.pages[self.index][1]

    def title(self) -> str:
        app, event = self.app, self.game.events[self.round] if self.game.events else None
        if self.kind == "choose" and event is not None:
            title = app.session.text(event.title)
            return app.t("scenario.round", n=self.round + 1, total=len(self.game.events), title=title)
        return app.t("scenario.end_title" if self.kind == "end" else "scenario.title")

    # pages --------------------------------------------------------------------------------
    def blocks(self) -> tuple[list[Block], Block]:
        """The page's blocks, and one to add only if it fits on the last screen."""
        app, words = self.app, self.words
        if self.kind == "intro":
            # the rules once, short: what each response costs is on its card
            intro = TextPanel(app.t("scenario.intro", job=words.own()))
            return [[intro, TextPanel(app.t("scenario.intro_energy"), bold=True)]], []
        *blocks, last = words.end_blocks()
        return blocks, last

    def body(self, area: pygame.Rect) -> list[Widget]:
        self.icon_rect = None
        if self.kind == "choose":
            return self.choose_body(area)
        blocks, extra = self.blocks()
        return self.fit([b for b in blocks if b], area, extra)

    def fit(self, blocks: list[Block], area: pygame.Rect, extra: Block) -> list[Widget]:
        """Blocks top to bottom (close together inside a block); what does not fit goes on to the
        next screen (Next), at the text size the player chose. `extra` comes last, as much as fits."""
        ui = self.app.ui
        pad = ui.metrics.pad // 2  # inside a block; three times that between blocks

        def height(block: Block) -> int:
            return sum(w.needed_height(ui, area.width) + pad for w in block) + pad * 2

        chunks: list[list[Block]] = [[]]
        used = 0
        for block in blocks:
            if height(block) > area.height:  # taller than a screen: it goes on line by line
                for w in block:
                    if chunks[-1] and used + height([w]) > area.height:
                        chunks.append([])
                        used = 0
                    chunks[-1].append([w])
                    used += height([w])
                continue
            if chunks[-1] and used + height(block) > area.height:
                chunks.append([])
                used = 0
            chunks[-1].append(block)
            used += height(block)
        fitting: Block = []
        for w in extra:  # as much of it as fits, but never a heading alone
            if used + height([*fitting, w]) > area.height:
                break
            fitting.append(w)
        if len(fitting) > 1 or (fitting and fitting == extra):
            chunks[-1].append(fitting)
        self.chunks = [[w for b in chunk for w in b] for chunk in chunks]
        self.sub = min(self.sub, len(chunks) - 1)
        y = area.top
        for block in chunks[self.sub]:
            y = self.stack(block, pygame.Rect(area.left, y, area.width, area.bottom - y), gap=pad) + pad * 2
        return list(self.chunks[self.sub])

    def choose_body(self, area: pygame.Rect) -> list[Widget]:
        """A round on one screen: the event (with its figure and source, and its pictogram), the
        energy left, the responses as cards, and below them what the choices changed. When the
        event and the cards do not fit together (large text), the event comes first on a screen
        of its own. What does not fit under the cards goes on to the next screen (Next reads on),
        at the text size the player chose: a line is never dropped nor made smaller."""
        app, ui, game, r = self.app, self.app.ui, self.game, self.round
        m = ui.metrics
        offered = self.offered_kinds()
        focus = self.form.focus if self.form.widgets else 0
        if self.sub == self.card_sub and focus < len(offered):  # what the focused response gives follows the focus
            self.detail_kind = offered[focus]  # (and stays while the focus is in the footer)
        focused = self.detail_kind if self.detail_kind in offered else None
        detail = focused is not None and focused not in game.choices[r]  # a chosen one says what it gave
        lower = [TextPanel(self.words.response_detail(r, focused or ""), bold=True)] if detail else []
        lower += [TextPanel(line, bold=True, colour="good") for line in self.words.gave(r)]
        # where the player stands now: one small paragraph (three lines each on its own row did not
        # fit under the cards at 1280x720 and went on alone to a second screen)
        lower.append(TextPanel(" ".join(self.words.reach_lines(game.state(r), said=r)), "small"))

        def card(kind: str) -> ResponseCard:
            chosen = lambda: kind in game.choices[r]  # noqa: E731
            enabled = chosen() or game.can_choose(r, kind)
            label = app.t(f"scenario.card.{kind}", cost=COSTS[kind])
            return ResponseCard(label, PICTOS[kind], lambda: self.toggle(kind), chosen, enabled=enabled, compact=True)

        self.cards = [card(k) for k in offered]
        left = game.energy_left(r)
        key = "scenario.energy_left" if left else "scenario.energy_out"
        energy = TextPanel(app.t(key, left=left, total=game.energy(r)), bold=True)
        size = int(m.px() * 3)  # the event's pictogram, left of its text
        text_w = area.width - size - m.pad * 3
        event: Block = [TextPanel(self.words.event_text(r)), *self.words.figure_block(r)]
        event_h = max(size, sum(w.needed_height(ui, text_w) + m.pad for w in event)) + m.pad
        top_h = energy.needed_height(ui, area.width) + m.pad

        def grid_height(cols: int) -> int:
            cell_w = (area.width - m.pad * 2 * (cols - 1)) // cols
            rows = -(-len(self.cards) // cols)
            cell_h = max([m.target] + [c.needed_height(ui, cell_w) for c in self.cards])
            return rows * cell_h + (rows - 1) * m.pad * 2 + m.pad  # (and the space under them)

        cols = min((4, 2, 1), key=grid_height)  # in a row, two by two, or one under the other
        self.card_sub = 0 if event_h + top_h + grid_height(cols) <= area.height else 1
        if self.card_sub == 0:
            top_h += event_h

        def show_event(top: int) -> int:
            self.icon_rect = pygame.Rect(area.left, top, size, size)
            text = pygame.Rect(area.left + size + m.pad * 3, top, text_w, area.bottom - top)
            return max(self.icon_rect.bottom + m.pad, self.stack(event, text, gap=m.pad)) + m.pad

        def place_cards(bottom: int) -> tuple[int, list[ChoiceCard]]:
            """The event (unless on its own screen), the energy and the cards above `bottom`: where
            the cards end, and the cards shown."""
            y = area.top if self.card_sub else show_event(area.top)
            y = self.stack([energy], pygame.Rect(area.left, y, area.width, area.bottom - y), gap=m.pad)
            shown = self.grid(list(self.cards), pygame.Rect(area.left, y, area.width, bottom - y), 8, cols)
            return max((c.rect.bottom for c in shown), default=y) + m.pad, shown

        # the screens: the one with the cards has the lines that fit under them, in order; the
        # room is measured where the cards really end (an estimate left a line alone on a screen)
        page = self.page
        room = area.bottom - place_cards(area.bottom)[0]
        self.page = page
        screens: list[list[TextPanel]] = [[]]
        for w in lower:
            h = w.needed_height(ui, area.width) + m.pad
            if h - m.pad > room and (screens[-1] or len(screens) == 1):  # (the last line needs no space under it)
                screens.append([])
                room = area.height
            screens[-1].append(w)
            room -= h
        own_screen: list[list[Widget]] = [list(event)] if self.card_sub else []
        first: list[Widget] = [*([] if self.card_sub else event), energy, *self.cards]
        self.chunks = [*own_screen, first, *(list[Widget](s) for s in screens[1:])]
        self.sub = min(self.sub, len(self.chunks) - 1)

        if self.sub < self.card_sub:  # the event alone, with large text
            show_event(area.top)
            return list(event)
        self.icon_rect = None  # (measuring placed it; only the screens with the event show it)
        if self.sub > self.card_sub:  # the lines that did not fit under the cards
            lines = screens[self.sub - self.card_sub]
            self.stack(lines, area)
            return list(lines)
        low_h = max(0, sum(w.needed_height(ui, area.width) + m.pad for w in screens[0]) - m.pad)
        below, shown = place_cards(area.bottom - low_h)  # the lines right under the cards
        self.stack(screens[0], pygame.Rect(area.left, min(below, area.bottom - low_h), area.width, low_h))
        return [*([] if self.card_sub else event), energy, *shown, *screens[0]]

    def offered_kinds(self) -> list[str]:
        """The responses on this round's cards (each chosen one, and each that still gives something)."""
        game, r = self.game, self.round
        return [k for k in game.offered(r) if k in game.choices[r] or game.target(game.state(r), k)]

    def handle(self, intent: Intent) -> bool:
        before = self.form.focus
        used = super().handle(intent)
        if self.kind == "choose" and self.form.focus != before:
            self.refresh()  # what a response gives follows the focus
        return used

    def toggle(self, kind: str) -> None:
        if self.game.toggle(self.round, kind):
            self.hint = ""
        else:
            self.hint = self.app.t("scenario.no_energy")
            self.app.speak(self.hint)
        self.refresh()

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.icon_rect is not None:
            ui, event = self.app.ui, self.game.events[self.round]
            surface.blit(ui.picto(event.picto, self.icon_rect.width, bg=ui.theme.bg), self.icon_rect)

    # moving on ------------------------------------------------------------------------------
    def footer_button(self) -> Button | None:
        if self.kind == "choose" and self.sub >= self.card_sub and self.sub + 1 < len(self.chunks):
            label = self.app.t("ui.more_text", page=self.sub + 1, pages=len(self.chunks))  # what did not
            return Button(label, self.read_on, name="more")  # fit under the cards: "read on" says so
        if self.kind == "choose" and not self.game.events[self.round].shows:
            return None
        return Button(self.app.t("ui.how_do_we_know"), self.show_sources, picto="question", name="how")

    def show_sources(self) -> None:
        round_ = self.round if self.kind == "choose" else None
        self.app.stack.push(SourcesScene(self.app, self.words.source_ids(round_)))

    def can_next(self) -> bool:  # on a choose page: after a choice, or to read on below the cards
        return self.kind != "choose" or bool(self.game.choices[self.round]) or self.sub + 1 < len(self.chunks)

    def need_hint(self) -> str:
        return self.app.t("scenario.need_choice")

    def save(self) -> None:
        played = sum(1 for kind, r in self.pages[: self.index + 1] if kind == "choose")
        self.profile.scenario = self.game.outcome(played)
        self.app.session.save_profile()

    def read_on(self) -> None:
        self.sub += 1
        self.next_screen()

    def on_next(self) -> None:
        if self.sub + 1 < len(self.chunks):
            self.sub += 1
        elif self.index + 1 < len(self.pages):
            if self.kind == "choose":
                self.save()
            self.index, self.sub = self.index + 1, 0
        else:
            self.save()
            self.app.advance(self.step)
            return
        self.next_screen()

    def on_back(self) -> None:
        if self.sub > 0:
            self.sub -= 1
            if self.kind == "choose" and self.sub == self.card_sub and self.detail_kind in self.offered_kinds():
                self.form.focus = self.offered_kinds().index(self.detail_kind)  # back on its card
        elif self.index > 0:
            self.index -= 1
        else:
            super().on_back()
            return
        self.hint = ""
        self.refresh()

    def bot_choose(self, rng: random.Random) -> BotMove:
        how = next((w for w in self.form.widgets if getattr(w, "name", "") == "how"), None)
        if self.kind == "choose" and self.game.events[self.round].shows and not self.asked and how is not None:
            self.asked = True  # the bot asks "how do we know this?" once
            return how
        if self.kind == "choose" and self.sub == self.card_sub:
            free = [c for c in self.cards if c.enabled and not c.selected()]
            if free and (not self.game.choices[self.round] or rng.random() < 0.7):
                return rng.choice(free)
        return self.next_button
