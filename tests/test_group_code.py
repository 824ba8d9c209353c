"""The workshop's group code: round trip, typos caught, every field checked, fuzzed, and the
five-code threshold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.career.content import load_content
from game.career.group import (
    ALPHABET,
    MIN_CODES,
    RATING_ITEMS,
    GroupCard,
    GroupCodeError,
    card_of,
    csv_text,
    decode,
    encode,
    totals,
)
from game.career.passport import interest_letters
from game.career.profile import Profile

CONTENT = load_content()
VALUES = [c.id for c in CONTENT.values]
STAGES = [c.id for c in CONTENT.stages]
ROUTES = [c.id for c in CONTENT.routes]
BARRIERS = [c.id for c in CONTENT.barriers]

ratings = st.tuples(*[st.integers(0, 5)] * RATING_ITEMS)
cards = st.builds(
    GroupCard,
    stage=st.sampled_from([None, *STAGES]),
    route=st.sampled_from([None, *ROUTES]),
    values=st.lists(st.sampled_from(VALUES), max_size=3, unique=True).map(tuple),
    letters=st.lists(st.sampled_from("RIASEC"), max_size=3, unique=True).map("".join),
    barriers=st.lists(st.sampled_from(BARRIERS), unique=True).map(lambda b: tuple(x for x in BARRIERS if x in b)),
    before=st.none() | ratings,
    after=st.none(),
)


@given(cards, st.none() | ratings)
@settings(max_examples=150, deadline=None)
def test_every_card_comes_back_from_its_code(card, after):
    if card.before is not None and after is not None and any(after):
        card = GroupCard(**{**card.__dict__, "after": after})
    code = encode(card, CONTENT)
    assert decode(code, CONTENT) == card
    assert decode(code.lower().replace("-", " "), CONTENT) == card  # typed in lower case, with spaces
    assert len(code.replace("-", "")) <= (11 if card.before is None else 20)


def test_a_profile_gives_only_coarse_anonymous_fields():
    profile = Profile(
        name="Fatima",
        occupation="kapper",
        reflection="Ik wil weg bij mijn baas",
        stage="thinking",
        route="learn",
        values=["good_pay", "together", "variety", "learning"],
        barriers=["money", "time"],
        interest_answers={i.id: 5 for i in CONTENT.interests if i.letter in "SE"},
    )
    card = card_of(profile, CONTENT, interest_letters(CONTENT))
    assert card == GroupCard("thinking", "learn", ("good_pay", "together", "variety"), "SE", ("time", "money"))
    code = encode(card, CONTENT)
    assert "Fatima" not in code and decode(code, CONTENT) == card


@given(st.text(alphabet=ALPHABET + "-oiluOILU ", max_size=30) | st.text(max_size=30))
@settings(max_examples=400, deadline=None)
def test_any_typed_text_is_a_card_or_a_clear_reason_and_nothing_else(typed):
    try:
        card = decode(typed, CONTENT)
    except GroupCodeError as exc:
        assert exc.reason in {"empty", "characters", "length", "checksum", "version", "newer", "content", "meaning"}
    else:
        assert card.stage in (None, *STAGES) and all(v in VALUES for v in card.values)


def test_a_typo_is_caught_by_the_check():
    code = encode(GroupCard("staying", "stay", ("good_pay",), "RC", ("health",)), CONTENT)
    caught = 0
    plain = code.replace("-", "")
    for i, char in enumerate(plain):
        for other in "0Z7K":
            if other != char:
                changed = plain[:i] + other + plain[i + 1 :]
                try:
                    decode(changed, CONTENT)
                except GroupCodeError:
                    caught += 1
                else:
                    pass
    wrong = sum(1 for i, char in enumerate(plain) for other in "0Z7K" if other != char)
    assert caught / wrong > 0.99  # one changed character is (almost) always caught
    with pytest.raises(GroupCodeError) as exc:
        decode(plain[:-1], CONTENT)
    assert exc.value.reason == "length"
    with pytest.raises(GroupCodeError) as exc:
        decode("K7Q!-2XHD", CONTENT)
    assert exc.value.reason == "characters"


def test_totals_count_and_are_shown_only_from_five_codes():
    group = [
        GroupCard("thinking", "learn", ("good_pay", "together"), "RC", ("time",), (2,) * 7, (4,) * 7),
        GroupCard("staying", "stay", ("good_pay",), "SE", ()),
        GroupCard("thinking", "move", ("variety",), "R", ("time", "money")),
    ]
    result = totals(group, CONTENT)
    assert not result.shown and result.codes == 3
    assert result.stages["thinking"] == 2 and result.values["good_pay"] == 2 and result.letters["R"] == 2
    assert result.barriers["time"] == 2 and result.ratings[0] == (2, 4, 1)
    assert totals(group + group[:2], CONTENT).shown and MIN_CODES == 5
    csv = csv_text(result, CONTENT, lambda key, **kw: key, lambda x: x.nl if x else "")
    assert csv.splitlines()[0] == "group.csv.part,group.csv.choice,group.csv.count"
    assert "group.part.values,Goed loon,2" in csv


def test_what_a_code_holds_is_read_with_the_one_description_of_meaning():
    from game.engine.plain import read

    card, notes = read(GroupCard, {"stage": "nope", "values": ["good_pay", "x"], "letters": "RRX"}, CONTENT)
    assert card.stage is None and card.values == ("good_pay",) and card.letters == ""
    assert len(notes) == 3  # each dropped with a note; decode refuses such a code as "meaning"
