"""What a player reads about skills never says two things at once: a skill group their job
already asks for is never among what a nearby job "still asks" (to learn)."""

from __future__ import annotations

from game.career.lmi import load_lmi, still_to_learn
from game.career.options import learn_options
from game.career.scenario import facts_of

LMI = load_lmi()


def test_a_group_the_job_has_is_never_still_to_learn():
    checked = 0
    for index in range(0, 3007, 7):
        occ = LMI.occupation(index)
        if occ is None:
            continue
        own = {g.group for g in occ.groups}
        for near in occ.nearest:
            assert not own & set(still_to_learn(occ, near)), (occ.id, near.occ)
        assert not own & set(learn_options(occ))
        facts = facts_of(LMI, occ)
        for _, missing in facts.nearest:
            assert not set(facts.own_groups) & set(missing), occ.id
        checked += 1
    assert checked > 300
