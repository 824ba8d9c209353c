""" "Mijn werk in 2030" in words: the events, their figures with sources, the responses and what
they gave, and the ending (the screen, game/scenes/scenario.py, places and plays them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.career.figures import describe, figure_kind
from game.career.listing import capital, join
from game.career.lmi import Lmi
from game.career.options import compare_wage, education_step
from game.career.scenario import Scenario, State
from game.career.schema import Figure, LmiOccupation
from game.engine.chips import PictoText
from game.engine.widgets import TextPanel
from game.scenes.figure_view import Block, figure_block, group_name, source_line

if TYPE_CHECKING:
    from game.app import App

MAX_NAMED = 3  # jobs named in one sentence on a round's screen
MAX_END = 2  # jobs the ending shows, nearest first: what is within reach, and why


class ScenarioWords:
    def __init__(self, app: App, lmi: Lmi, occ: LmiOccupation, scenario: Scenario) -> None:
        self.app, self.lmi, self.occ, self.scenario = app, lmi, occ, scenario
        self.labels = {g.id: app.session.text(g.label) for g in lmi.groups}

    # names ------------------------------------------------------------------------------
    def group(self, group_id: str) -> str:
        return self.labels.get(group_id, group_id)

    def job(self, job_id: str) -> str:
        found = self.lmi.index_of(job_id)
        return self.app.session.text(self.lmi.entry(found).title) if found is not None else job_id

    def listing(self, names: list[str], most: int | None = None) -> str:
        """ "a, b en c"; with `most`, the first few and how many more."""
        if most is not None and len(names) > most:
            return self.app.t("scenario.and_more", names=", ".join(names[:most]), n=len(names) - most)
        return join(names, self.app.t)

    def own(self) -> str:
        return self.app.session.text(self.occ.title)

    def person(self, round_: int) -> str:
        talk_to = self.scenario.events[round_].talk_to
        return self.app.session.text(talk_to) if talk_to else self.app.t("scenario.someone")

    # a round ------------------------------------------------------------------------------
    def focus(self, round_: int) -> tuple[str, str]:
        """The nearby job and the skill group an event names ({job}, {group}), before the round's choices."""
        state = self.scenario.before(round_)
        job = self.scenario.focus(state)
        group = self.scenario.target(state, "learn")
        return (self.job(job) if job else "", self.group(group[0]) if group else "")

    def event_text(self, round_: int) -> str:
        job, group = self.focus(round_)
        text = self.app.session.text(self.scenario.events[round_].text)
        return text.format(own=self.own(), job=job, group=group)

    def source_line(self, fig: Figure) -> TextPanel:
        return source_line(self.app, self.lmi, fig, self.app.session.source(fig.source))

    def skills_source(self) -> TextPanel:
        """Where the nearby jobs and their skill groups come from (ESCO)."""
        return self.source_line(Figure("nearest", "esco"))

    def figure_block(self, round_: int) -> Block:
        """The figure the round's event shows: a sentence, the weather scale for automation risk,
        and the source; empty for an event from working life."""
        app, shows = self.app, self.scenario.events[round_].shows
        if shows is None:
            return []
        if shows == "nearest":
            job = self.scenario.focus(self.scenario.before(round_))
            if job is None:
                return []
            groups = [self.group(g) for g in self.scenario.missing.get(job, [])]
            sentence = app.t("scenario.nearest_fig", job=capital(self.job(job)), groups=self.listing(groups))
            return [TextPanel(sentence, bold=True), self.skills_source()]
        figures = self.scenario.facts.figures
        fig = figures.get(figure_kind(shows))
        said = describe(shows, figures, app.t, app.settings.lang, where=group_name(app, self.lmi, fig))
        if said is None or fig is None:
            return []
        # why an American figure is shown was said on the job's pages, a step ago (the scenario
        # needs the job, so they were shown): said once
        return figure_block(app, self.lmi, self.occ, fig, said, app.session.source(fig.source), why_us=False)

    def source_ids(self, round_: int | None) -> list[str]:
        """For "how do we know this?": ESCO (the skills), and the source of the round's figure
        (or, at the end, CBS for the pay)."""
        ids = ["esco"]
        shows = self.scenario.events[round_].shows if round_ is not None else "wage"
        fig = self.scenario.facts.figures.get(figure_kind(shows or ""))
        if fig is not None and fig.source not in ids:
            ids.append(fig.source)
        return ids

    def what(self, kind: str, gives: list[str], round_: int) -> str:
        if kind in ("learn", "grow"):
            return self.group(gives[0])
        if kind == "try":
            return self.job(gives[0])
        return self.person(round_)

    def response_detail(self, round_: int, kind: str) -> str:
        """What a response would give now (or gave, when chosen)."""
        gave = next((g for r, k, g in self.state().effects if r == round_ and k == kind), None)
        gives = gave or self.scenario.target(self.scenario.state(round_), kind)
        return self.app.t(f"scenario.do.{kind}", what=self.what(kind, gives, round_) if gives else "")

    def state(self, upto: int | None = None) -> State:
        return self.scenario.state(upto)

    def gave(self, round_: int) -> list[str]:
        """What each response chosen this round gave, one sentence each."""
        app, lines = self.app, []
        state = self.state(round_)
        for r, kind, gives in state.effects:
            if r != round_:
                continue
            if kind == "learn":
                lines.append(app.t("scenario.gave.learn", group=self.group(gives[0])))
            elif kind == "grow":
                lines.append(app.t("scenario.gave.grow", group=self.group(gives[0])))
            elif kind == "talk":
                names = self.listing([self.job(j) for j in gives])
                lines.append(app.t("scenario.gave.talk", person=capital(self.person(round_)), jobs=names))
            else:
                left = [self.group(g) for g in self.scenario.left(state, gives[0])]
                key = "scenario.gave.try_left" if left else "scenario.gave.try_reach"
                in_reach = any(not rest for _, rest in self.scenario.reach(state))
                if left and not in_reach and gives[0] == self.scenario.focus(state):
                    key = "scenario.gave.try"  # what it still asks is on the closest job's line: said once
                lines.append(app.t(key, job=self.job(gives[0]), groups=self.listing(left)))
        return lines

    def reach_lines(self, state: State, most: int | None = MAX_NAMED, said: int | None = None) -> list[str]:
        """What is within reach now, what nearly, and what was learned (not what round `said`
        just said it gave: that line is right above)."""
        app, reach = self.app, self.scenario.reach(state)
        in_reach = [self.job(j) for j, left in reach if not left]
        closest = self.scenario.focus(state)
        almost = [self.job(j) for j, left in reach if len(left) == 1 and (in_reach or j != closest)]
        if in_reach:
            lines = [app.t("scenario.state.reach", jobs=self.listing(in_reach, most))]
        elif closest is not None:
            left = self.listing([self.group(g) for g in self.scenario.left(state, closest)])
            lines = [app.t("scenario.state.closest", job=self.job(closest), groups=left)]
        else:
            lines = [app.t("scenario.state.no_reach")]
        if almost:
            lines.append(app.t("scenario.state.almost", jobs=self.listing(almost, most)))
        just = {g for r, kind, gives in state.effects if r == said and kind == "learn" for g in gives}
        learned = [g for g in state.learned if g not in just]
        if learned:
            lines.append(app.t("scenario.state.learned", groups=self.listing([self.group(g) for g in learned])))
        return lines

    # the ending ---------------------------------------------------------------------------
    def course(self) -> list[str]:
        """Each round in one sentence: the event and what the player did."""
        app, state, lines = self.app, self.state(), []
        for i, event in enumerate(self.scenario.events):
            did = [
                app.t(f"scenario.did.{kind}", what=self.what(kind, gives, i))
                for r, kind, gives in state.effects
                if r == i
            ]
            title = app.session.text(event.title)
            lines.append(app.t("scenario.end_round", n=i + 1, title=title, did=self.listing(did)))
        return lines

    def level_and_pay(self, job: str) -> str:
        """A nearby job's level and pay beside the player's own, with the source of the pay."""
        app, other = self.app, self.lmi.occupation(job)
        if other is None:
            return ""
        step = education_step(self.lmi, self.occ, other)
        wage = compare_wage(self.lmi, self.occ, other)
        parts = [app.t(f"options.education.{step}")] if step else []
        return " ".join([*parts, app.t(f"options.wage.{wage}") if wage else app.t("options.wage.unknown")])

    def job_block(self, job: str, left: list[str]) -> Block:
        """A job in reach (or nearly): what it still asks, the level and the pay, with their sources."""
        app = self.app
        parts = [
            app.t("scenario.end_job_left", groups=self.listing([self.group(g) for g in left]))
            if left
            else app.t("scenario.end_job_have"),
            self.level_and_pay(job),
        ]
        return [PictoText(capital(self.job(job)), "briefcase", bold=True), TextPanel(" ".join(p for p in parts if p))]

    def end_blocks(self) -> list[Block]:
        app, state = self.app, self.state()
        reach = self.scenario.reach(state)
        shown = ([(j, left) for j, left in reach if len(left) <= 1] or reach[:1])[:MAX_END]
        close = any(not left for _, left in shown)
        blocks: list[Block] = [[TextPanel(app.t("scenario.end_intro"))]]  # (no recap: the player just saw it)
        if close:
            jobs = [self.job_block(j, left) for j, left in shown]
            jobs[0].insert(0, TextPanel(app.t("scenario.end_reach_head"), bold=True, colour="good"))  # kept together
        else:  # nothing in reach: the closest job in the same words as under the rounds (said once), and its pay
            job = self.scenario.focus(state)
            head = TextPanel(app.t("scenario.end_none_head"), bold=True, colour="good")
            jobs = [[head, TextPanel(self.reach_lines(state)[0])]]
            if job is not None:
                jobs[0].append(TextPanel(self.level_and_pay(job)))
        blocks += jobs
        blocks.append([self.skills_source()])
        if state.grown:
            grown = self.listing([self.group(g) for g in state.grown])
            blocks.append([PictoText(app.t("scenario.end_grown", groups=grown), "seedling", bold=True)])
        blocks.append([TextPanel(app.t("scenario.end_next"))])
        return blocks
