"""What the values of a profile mean in the career model: a card of a group, an activity of the
interest list, a known occupation. Declared on the fields (game/career/profile.py) with the
engine's `means(...)` and checked by `plain.read` at every way in (saves, passports, share
links). `known` is the game's Content; without it (content that did not load) ids are not
checked, and the screens already show nothing for an id they do not know."""

from __future__ import annotations

import re
from typing import Any

from game.career.schema import Content
from game.engine.plain import Meaning

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SKILL_GROUP = re.compile(r"[A-Z][0-9]*(\.[0-9]+)*|isced-f:[0-9]{2,4}")


def _content(known: Any) -> Content | None:
    return known if isinstance(known, Content) else None


def card(group: str) -> Meaning:
    """The id of a card of `group` (a list of cards on Content: "goals", "values", ...)."""

    def test(value: Any, known: Any) -> bool:
        content = _content(known)
        return content is None or content.card(group, value) is not None

    return Meaning(f"a card of {group}", test)


def _interest_item(value: Any, known: Any) -> bool:
    content = _content(known)
    return content is None or any(item.id == value for item in content.interests)


def _occupation(value: Any, known: Any) -> bool:
    """An occupation of the content, or an ESCO occupation (its UUID: the labour-market content
    is loaded later, and an ESCO occupation it does not hold is simply not shown)."""
    content = _content(known)
    return bool(UUID.fullmatch(value)) or content is None or content.occupation(value) is not None


def _story(value: Any, known: Any) -> bool:
    content = _content(known)
    return content is None or any(story.id == value for story in content.stories)


def _story_choice(value: Any, known: Any) -> bool:
    content = _content(known)
    return content is None or any(c.id == value for s in content.stories for p in s.passages for c in p.choices)


def _story_need(value: Any, known: Any) -> bool:
    content = _content(known)
    return content is None or any(need.id == value for need in content.story_needs)


def _plan_answer(value: Any, known: Any) -> bool:
    """An answer in a step's plan: a card of when, where or with whom."""
    content = _content(known)
    return content is None or any(content.card(f"plan_{q}", value) for q in ("when", "where", "who"))


INTEREST_ITEM = Meaning("an activity of the interest list", _interest_item)
OCCUPATION = Meaning("a known occupation", _occupation)
ESCO_OCCUPATION = Meaning("an ESCO occupation", lambda v, known: bool(UUID.fullmatch(v)))
SKILL_GROUP_ID = Meaning("an ESCO skill group", lambda v, known: bool(SKILL_GROUP.fullmatch(v)))
STORY = Meaning("a story", _story)
STORY_CHOICE = Meaning("a choice in a story", _story_choice)
STORY_NEED = Meaning("what a player would need (a story need)", _story_need)
PLAN_ANSWER = Meaning("an answer of when, where or who", _plan_answer)
