"""Levels 2 and 3: stories chosen by closeness, options from the transferable-skills data."""

from __future__ import annotations

import pygame

from game.career.content import load_content
from game.career.lmi import load_lmi
from game.career.options import compare_wage, education_step, learn_options, risk_level, travel_well
from game.career.profile import Profile
from game.scenes.role_models import rank_stories
from game.steps import scene_for
from tests.helpers import frames, key, make_app, press, top_name

CONTENT = load_content()
LMI = load_lmi()
CASHIER = "2b871272-bd61-4206-bd1a-0b96d7023098"
FORKLIFT = "eeac6251-1974-42f5-91ed-513c6c883755"


def isco_of(uuid):
    occ = LMI.occupation(uuid)
    return occ.isco if occ else None


def test_the_closest_story_comes_first():
    ranked = rank_stories(CONTENT.stories, isco_of, lambda u: None, CASHIER, "5230", "", None)
    assert ranked[0].id == "cashier_to_care"
    back = rank_stories(CONTENT.stories, isco_of, lambda u: None, None, None, "", "back_to_work")
    assert back[0].id == "kitchen_to_reception"  # the goal "back to work after illness" meets Ria first


def role_models_for(occupation: str, goal: str):
    app = make_app()
    app.session.profile = Profile(step="role_models", occupation=occupation, goal=goal)
    app.stack.reset(scene_for(app, "role_models"))
    frames(app, 2)
    return app, app.stack.top


def test_player_meets_two_or_three_stories_and_answers_are_stored():
    app, scene = role_models_for("kassamedewerker", "other_employer")
    assert len(scene.stories) == 3 and scene.stories[0].id == "cashier_to_care"
    headers = set()
    while top_name(app) == "role_models":
        scene = app.stack.top
        headers.add(scene.speech())
        if scene.passage.choices and scene.answer() is None:
            press(app, scene.cards[0])
        key(app, pygame.K_PAGEDOWN)
    assert set(app.session.profile.story_answers) == {s.id for s in scene.stories}
    assert any("Van kassamedewerker naar" in h for h in headers)  # each story says where it goes
    assert app.session.profile.stories_seen == [s.id for s in scene.stories]


def test_a_story_about_staying_says_so_in_a_whole_sentence():
    app, scene = role_models_for("winkelmedewerker", "grow")
    scene.stories = [s for s in app.session.content.stories if s.id == "shop_new_tasks"]
    scene.refresh()
    frames(app, 2)
    assert "Blijft in hetzelfde werk: winkelmedewerker." in scene.speech()


def test_options_helpers_on_real_data():
    forklift = LMI.occupation(FORKLIFT)
    groups = {g.id: g for g in LMI.groups}
    assert travel_well(forklift) and all(0 <= g < len(groups) for g in travel_well(forklift))
    assert learn_options(forklift)
    assert risk_level(LMI, forklift) == 0  # Nesta: low risk -> the sun
    chief = LMI.occupation("2f5de1ab-eddf-4715-8193-e994912c22ea")
    assert education_step(LMI, forklift, chief) == "higher"  # ISCO level 2 -> 3
    assert compare_wage(LMI, forklift, chief) == "more"
    assert compare_wage(LMI, forklift, forklift) == "same"


def test_move_route_offers_nearby_work_with_skills_education_and_pay():
    app = make_app(size=(1024, 576), text_scale=1.5)
    app.session.profile = Profile(step="options", occupation=FORKLIFT, route="move")
    app.stack.reset(scene_for(app, "options"))
    frames(app, 2)
    scene = app.stack.top
    nearest = [LMI.occupation(n.occ).id for n in LMI.occupation(FORKLIFT).nearest]
    assert scene.keys == nearest and scene.kind() == "jobs"
    details = scene.details(nearest[0])
    assert "Je kunt al:" in details and "Loon:" in details
    key(app, pygame.K_RETURN)
    assert app.session.profile.options == [nearest[0]]
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "course"
    key(app, pygame.K_PAGEDOWN)
    assert top_name(app) == "stage"


def test_learn_route_offers_skill_groups_and_no_job_offers_common_work():
    app = make_app()
    app.session.profile = Profile(step="options", occupation=FORKLIFT, route="learn")
    app.stack.reset(scene_for(app, "options"))
    frames(app, 2)
    scene = app.stack.top
    assert scene.kind() == "groups" and scene.keys
    key(app, pygame.K_RETURN)
    assert app.session.profile.learn_groups == [scene.keys[0]]
    app.session.profile = Profile(step="options", no_job=True, occupation_group="9", route="move")
    app.stack.reset(scene_for(app, "options"))
    frames(app, 2)
    keys = app.stack.top.keys
    assert keys and all(LMI.occupation(k).isco.startswith("9") for k in keys)
