"""The player's session: settings, profile, content, labour-market content, the job search index,
and "the player's occupation" as one lookup. Apart from the window, the loop and the scene
stack, so it is tested without a window (no pygame here)."""

from __future__ import annotations

import gc
import time
from collections.abc import Generator
from typing import TYPE_CHECKING

from game.career import saves
from game.career.content import ContentError, load_content
from game.career.profile import Profile
from game.career.schema import Content, LmiOccupation, OccupationRef, Source, Text
from game.engine import storage
from game.engine.storage import Settings

if TYPE_CHECKING:
    from game.career.lmi import Lmi
    from game.career.search import OccupationIndex

FEATURED_BOOST = 0.05  # featured occupations (common for practically educated workers) rank a little higher
UNANSWERED = {"version", "created", "updated", "step"}  # what a profile has before any answer


def has_answers(profile: Profile) -> bool:
    """The player answered something in this check (it differs from a new one beyond its dates)."""
    fresh = Profile()
    return any(getattr(profile, name) != getattr(fresh, name) for name in vars(fresh) if name not in UNANSWERED)


class Session:
    def __init__(self) -> None:
        self.settings, settings_notice = storage.load_settings()
        self.content: Content | None = None
        self.content_error: str | None = None
        try:
            self.content = load_content()
        except ContentError as exc:
            self.content_error = str(exc)
        self.profile, profile_notice = saves.load_profile(self.content)
        self.notices: list[str] = [n for n in (settings_notice, profile_notice) if n]
        # another window saved a check after this one read it: nothing is saved until the player
        # chose (`keep_this` or `take_newer`)
        self.save_changed = False
        self._lmi: Lmi | None = None
        self._index: OccupationIndex | None = None
        self.lmi_error: str | None = None
        self._warming = self._warm_up()

    # texts --------------------------------------------------------------------------
    def text(self, text: Text | None) -> str:
        return text.get(self.settings.lang) if text else ""

    # content --------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """The labour-market content is loaded and the job search indexed (or failed)."""
        return self._index is not None or self.lmi_error is not None

    def lmi(self) -> Lmi | None:
        """The labour-market content (large): loaded by idle frames (`warm_up`), or now, on
        first use, by finishing that work; None if it is broken."""
        if self._lmi is None and self.lmi_error is None:
            for _ in self._warming:
                if self._lmi is not None or self.lmi_error is not None:
                    break
        return self._lmi

    def occupation_index(self) -> OccupationIndex | None:
        """The search index over every occupation's titles and synonyms, built on first use
        (or already, bit by bit, while the player was reading: see `warm_up`)."""
        for _ in self._warming:  # finish what the idle frames began (the index is its last step)
            pass
        return self._index

    def _warm_up(self) -> Generator[None, None, None]:
        """Load the labour-market content, then build the search index, a chunk at a time.

        The cyclic garbage collector is paused meanwhile: it ran again and again over the
        growing heap of parsed occupations (most of the time in the browser). At the end those
        long-lived objects are frozen, so later collections never walk them again."""
        # imported here on purpose (start-up time): the first frame needs neither the
        # labour-market loader nor the search; the first idle frame imports them
        from game.career.lmi import loading_lmi
        from game.career.search import OccupationIndex

        yield
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            try:
                self._lmi = yield from loading_lmi(chunk=25)
            except ContentError as exc:
                self.lmi_error = str(exc)
                return
            yield
            lmi = self._lmi
            boost = {i: FEATURED_BOOST for i in lmi.featured()}
            index = OccupationIndex(lmi.search_entries(), boost, stepwise=True, common=lmi.employees())
            yield from index.steps
            self._index = index
            gc.freeze()
        finally:
            if was_enabled:
                gc.enable()

    def warm_up(self, budget_s: float = 0.006) -> None:
        """Do `budget_s` seconds of the loading work (the loop calls this while the player reads)."""
        if self.ready:
            return
        deadline = time.perf_counter() + budget_s
        for _ in self._warming:
            if time.perf_counter() > deadline:
                return

    def occupation(self, key: str | None) -> OccupationRef | None:
        """A seed occupation from content, or else any ESCO occupation from the LMI content."""
        if not key:
            return None
        seed = self.content.occupation(key) if self.content else None
        if seed is not None:
            return OccupationRef(seed.id, seed.esco_uri, seed.isco, seed.title, seed.picto)
        lmi = self.lmi()
        found = lmi.occupation(key) if lmi else None
        if found is None:
            return None
        return OccupationRef(found.id, found.esco_uri, found.isco, found.title, "briefcase")

    def lmi_occupation(self, key: str | None) -> LmiOccupation | None:
        """The labour-market entry (figures, skills, nearest work) of a seed or ESCO occupation."""
        ref = self.occupation(key)
        lmi = self.lmi() if ref else None
        return lmi.occupation(ref.esco_uri) if ref and lmi else None

    def job(self) -> OccupationRef | None:
        """The player's own occupation, or None (no job, a broad group, or nothing chosen yet)."""
        return self.occupation(self.profile.occupation if self.profile else None)

    def job_lmi(self) -> LmiOccupation | None:
        """The labour-market entry of the player's own occupation, or None."""
        return self.lmi_occupation(self.profile.occupation if self.profile else None)

    def interest_code_of(self, occ: LmiOccupation | None) -> str | None:
        """The interest code (RIASEC letters) of an occupation, where a source gives one."""
        lmi = self.lmi() if occ else None
        fig = lmi.figure(occ, "riasec") if lmi and occ else None
        return fig.label if fig and not fig.missing else None

    def source(self, source_id: str) -> Source | None:
        """A source from the content or from the labour-market content."""
        found = self.content.source(source_id) if self.content else None
        lmi = self.lmi() if found is None else None
        return lmi.source(source_id) if lmi is not None else found

    # saving ---------------------------------------------------------------------------
    def save_profile(self, force: bool = False) -> None:
        """Save the check; `force` saves it over one another window saved meanwhile."""
        if self.profile is None or (self.save_changed and not force):
            return
        try:
            saves.save_profile(self.profile, force=force)
        except storage.SaveChanged:
            self.save_changed = True
            return
        self.save_changed = False

    def take_newer(self) -> None:
        """Go on with the check another window saved (this window's last changes are dropped)."""
        self.profile, _ = saves.load_profile(self.content)
        self.save_changed = False

    def start_new(self) -> None:
        """A new, empty check. The check before it is kept in the history (finished or not), so
        nothing the player answered is lost; an empty one is not kept."""
        self._keep_in_history()
        self.profile = Profile()
        self.save_profile(force=True)  # the player's own choice: over a check another window saved

    def import_profile(self, profile: Profile) -> None:
        """An imported passport becomes the check under way; the one before it is kept, as by `start_new`."""
        self._keep_in_history()
        self.profile = profile
        self.save_profile(force=True)

    def _keep_in_history(self) -> None:
        if self.profile is not None and has_answers(self.profile):
            saves.add_to_history(self.profile)

    def delete_all(self) -> None:
        """Delete everything stored on this device; settings go back to their defaults."""
        storage.delete_all()
        self.profile = None
        fresh = Settings()
        for name in vars(fresh):  # the same object: the engine and read-aloud follow it
            setattr(self.settings, name, getattr(fresh, name))
