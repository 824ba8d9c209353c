"""The Session: the player's state and content, without a window (no pygame is imported)."""

from __future__ import annotations

import subprocess
import sys

from game.career import saves
from game.career.profile import Profile
from game.career.session import Session
from game.engine import storage


def test_the_players_job_is_one_lookup_for_seed_and_esco_occupations():
    session = Session()
    assert session.job() is None and session.job_lmi() is None  # no check under way
    session.profile = Profile(occupation="heftruckchauffeur")  # a seed occupation from content
    ref, entry = session.job(), session.job_lmi()
    assert ref is not None and entry is not None and entry.esco_uri == ref.esco_uri and ref.esco_id == entry.id
    session.profile.occupation = entry.nearest[0].occ  # any ESCO occupation, by its UUID
    other = session.job_lmi()
    assert other is not None and session.job() is not None and session.job().esco_id == other.id
    session.profile.occupation = "not-an-occupation"
    assert session.job() is None and session.job_lmi() is None


def test_loading_is_done_in_small_steps_until_the_search_is_ready():
    session = Session()
    assert not session.ready
    steps = 0
    while not session.ready:
        session.warm_up(budget_s=0.0)  # one piece of work a call
        steps += 1
    assert steps > 10 and session.lmi_error is None
    index = session.occupation_index()
    assert index is not None and index.search("heftruck")


def test_deleting_everything_keeps_the_same_settings_object_with_defaults(data_dir):
    storage.save_settings(storage.Settings(lang="en", text_scale=1.5))
    session = Session()
    settings = session.settings
    assert settings.lang == "en"
    session.start_new()
    assert (data_dir / "profile.json").exists()
    session.delete_all()
    assert session.settings is settings and (settings.lang, settings.text_scale) == ("nl", 1.0)
    assert session.profile is None and not (data_dir / "profile.json").exists()


def test_a_new_check_keeps_a_finished_one_to_compare():
    session = Session()
    session.profile = Profile(step="poster", values=["good_pay"])
    session.start_new()
    assert session.profile.step == "" and saves.load_history()[-1].values == ["good_pay"]


def test_the_session_needs_no_pygame():
    code = "import sys; import game.career.session; assert 'pygame' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
