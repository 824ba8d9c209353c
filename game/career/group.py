"""The group code: what one participant of a workshop adds to the group view, and nothing else.

A short code (and its QR) holds only coarse, anonymous fields: where the player stands, the
route, the top three values, the interest letters, the kinds of barrier, and the self-ratings
before and after (when given). No name, no job, no written answer. The facilitator types the
codes in; the shared screen shows counts only, once at least `MIN_CODES` are in. Nothing is
stored after the session unless the facilitator saves the totals.

Format (version 1): bits, most significant first, then a 10-bit check, written in Crockford's
base 32 (no I, L, O or U; typing O for 0 or I/L for 1 is forgiven; dashes and spaces are
ignored). The card ids are numbered in the content's order, and a 6-bit tag of those ids
tells a code made by another version of Koers. Pure: no window."""

from __future__ import annotations

import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from game.career.meaning import card
from game.career.profile import Profile, interest_code
from game.career.ratings import IDS
from game.career.schema import RIASEC, Content, Text
from game.engine.plain import Meaning, means, read, scale

VERSION = 1
MIN_CODES = 5  # the group view shows nothing until this many codes are in (no one stands out)
RATING_ITEMS = len(IDS)  # the self-rating items of the effect measurement (game/career/ratings.py)
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
FORGIVEN = {"O": "0", "I": "1", "L": "1", "U": "V"}
CHECK_BITS = 10


class GroupCodeError(ValueError):
    """A code that cannot be read; `reason` names a text: group.error.<reason>."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _letters(value: object, known: object) -> bool:
    return isinstance(value, str) and len(value) <= 3 and len(set(value)) == len(value) and set(value) <= set(RIASEC)


@dataclass(frozen=True)
class GroupCard:
    """What a code holds; what each field means is declared on it, as on the Profile, and a
    decoded code is read with the same `plain.read` as every other way in."""

    stage: str | None = field(default=None, metadata=means(card("stages")))
    route: str | None = field(default=None, metadata=means(card("routes")))
    values: tuple[str, ...] = field(default=(), metadata=means(card("values")))  # at most three, most important first
    letters: str = field(default="", metadata=means(Meaning("interest letters", _letters)))  # at most three
    barriers: tuple[str, ...] = field(default=(), metadata=means(card("barriers")))
    # RATING_ITEMS ratings 1..5, 0 where skipped
    before: tuple[int, ...] | None = field(default=None, metadata=means(scale(0, 5)))
    after: tuple[int, ...] | None = field(default=None, metadata=means(scale(0, 5)))


def _groups(content: Content) -> dict[str, list[str]]:
    return {
        "stages": [c.id for c in content.stages],
        "routes": [c.id for c in content.routes],
        "values": [c.id for c in content.values],
        "barriers": [c.id for c in content.barriers],
    }


def content_tag(content: Content) -> int:
    """6 bits that change when the numbered cards change (another version of Koers)."""
    ids = "|".join(",".join(ids) for ids in _groups(content).values())
    return binascii.crc32(ids.encode("utf-8")) & 0x3F


def ratings_of(held: dict[str, int]) -> tuple[int, ...] | None:
    """Self-ratings (item id -> 1..5) in the items' order, 0 where skipped; None when none."""
    if not held:
        return None
    return tuple(r if isinstance(r, int) and 1 <= r <= 5 else 0 for r in (held.get(i, 0) for i in IDS))


def card_of(profile: Profile, content: Content, letters: dict[str, str]) -> GroupCard:
    """The coarse, anonymous part of a profile (unknown card ids are left out)."""
    groups = _groups(content)
    before, after = ratings_of(profile.ratings_before), ratings_of(profile.ratings_after)
    return GroupCard(
        stage=profile.stage if profile.stage in groups["stages"] else None,
        route=profile.route if profile.route in groups["routes"] else None,
        values=tuple(v for v in profile.values if v in groups["values"])[:3],
        letters=interest_code(profile.interest_scores(letters)),
        barriers=tuple(b for b in groups["barriers"] if b in profile.barriers),
        before=before,
        after=after if before is not None else None,
    )


class _Bits:
    def __init__(self, value: int = 0, length: int = 0) -> None:
        self.value, self.length = value, length

    def put(self, number: int, width: int) -> None:
        if not 0 <= number < (1 << width):
            raise ValueError(f"{number} does not fit in {width} bits")
        self.value = (self.value << width) | number
        self.length += width

    def take(self, width: int) -> int:
        if width > self.length:
            raise GroupCodeError("length")
        self.length -= width
        number = (self.value >> self.length) & ((1 << width) - 1)
        return number


def _check(value: int, length: int) -> int:
    data = value.to_bytes((length + 7) // 8, "big") + bytes([length])
    return binascii.crc_hqx(data, 0x1D0F) & ((1 << CHECK_BITS) - 1)


def encode(card: GroupCard, content: Content) -> str:
    """The code, in groups of four characters: "K7QM-2XHD-A3F"."""
    groups = _groups(content)
    if len(groups["values"]) > 15 or len(groups["stages"]) > 7 or len(groups["routes"]) > 3:
        raise ValueError("the group code has no room for this many cards")
    bits = _Bits()
    bits.put(VERSION, 3)
    bits.put(content_tag(content), 6)
    bits.put(groups["stages"].index(card.stage) + 1 if card.stage in groups["stages"] else 0, 3)
    bits.put(groups["routes"].index(card.route) + 1 if card.route in groups["routes"] else 0, 2)
    values = [groups["values"].index(v) + 1 for v in card.values if v in groups["values"]][:3]
    for number in values + [0] * (3 - len(values)):
        bits.put(number, 4)
    letters = [RIASEC.index(x) + 1 for x in card.letters if x in RIASEC][:3]
    for number in letters + [0] * (3 - len(letters)):
        bits.put(number, 3)
    mask = sum(1 << i for i, b in enumerate(groups["barriers"][:8]) if b in card.barriers)
    bits.put(mask, 8)
    bits.put(1 if card.before is not None else 0, 1)
    if card.before is not None:
        for rating in (*card.before, *(card.after or (0,) * RATING_ITEMS)):
            bits.put(rating if 1 <= rating <= 5 else 0, 3)
    bits.put(_check(bits.value, bits.length), CHECK_BITS)
    pad = -bits.length % 5
    bits.put(0, pad)
    chars = "".join(ALPHABET[(bits.value >> (5 * i)) & 31] for i in reversed(range(bits.length // 5)))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def normalise(code: str) -> str:
    out = []
    for char in code.upper():
        if char in " -._\t\n":
            continue
        char = FORGIVEN.get(char, char)
        if char not in ALPHABET:
            raise GroupCodeError("characters")
        out.append(char)
    return "".join(out)


SHORT_BITS = 3 + 6 + 3 + 2 + 12 + 9 + 8 + 1  # without ratings
LONG_BITS = SHORT_BITS + 6 * RATING_ITEMS


def decode(code: str, content: Content) -> GroupCard:
    """The card a code holds; GroupCodeError (with a reason) for anything else. Every field is
    checked against what it means: a known card, letters of RIASEC, ratings on the scale."""
    chars = normalise(code)
    if not chars:
        raise GroupCodeError("empty")
    sizes = {-(-(n + CHECK_BITS) // 5): n for n in (SHORT_BITS, LONG_BITS)}
    if len(chars) not in sizes:
        raise GroupCodeError("length")
    payload_bits = sizes[len(chars)]
    value = 0
    for char in chars:
        value = (value << 5) | ALPHABET.index(char)
    total = len(chars) * 5
    pad = total - payload_bits - CHECK_BITS
    if value & ((1 << pad) - 1):
        raise GroupCodeError("checksum")
    value >>= pad
    check = value & ((1 << CHECK_BITS) - 1)
    payload = value >> CHECK_BITS
    if _check(payload, payload_bits) != check:
        raise GroupCodeError("checksum")
    bits = _Bits(payload, payload_bits)
    version = bits.take(3)
    if version != VERSION:
        raise GroupCodeError("newer" if version > VERSION else "version")
    if bits.take(6) != content_tag(content):
        raise GroupCodeError("content")
    groups = _groups(content)

    def card_id(group: str, number: int) -> str | None:
        if number == 0:
            return None
        if number > len(groups[group]):
            raise GroupCodeError("meaning")
        return groups[group][number - 1]

    stage = card_id("stages", bits.take(3))
    route = card_id("routes", bits.take(2))
    values = [card_id("values", bits.take(4)) for _ in range(3)]
    letters = [bits.take(3) for _ in range(3)]
    mask = bits.take(8)
    has_ratings = bits.take(1)
    if has_ratings != (payload_bits == LONG_BITS):
        raise GroupCodeError("meaning")
    ratings = [bits.take(3) for _ in range(2 * RATING_ITEMS)] if has_ratings else []
    picked = [v for v in values if v is not None]
    if len(set(picked)) != len(picked) or values[len(picked) :] != [None] * (3 - len(picked)):
        raise GroupCodeError("meaning")  # the same value twice, or a gap in the top three
    letter_numbers = [n for n in letters if n]
    if letters[len(letter_numbers) :] != [0] * (3 - len(letter_numbers)) or any(
        n > len(RIASEC) for n in letter_numbers
    ):
        raise GroupCodeError("meaning")
    if mask >> len(groups["barriers"]):
        raise GroupCodeError("meaning")
    plain = {
        "stage": stage,
        "route": route,
        "values": picked,
        "letters": "".join(RIASEC[n - 1] for n in letter_numbers),
        "barriers": [b for i, b in enumerate(groups["barriers"]) if mask >> i & 1],
        "before": ratings[:RATING_ITEMS] if has_ratings else None,
        "after": ratings[RATING_ITEMS:] if has_ratings and any(ratings[RATING_ITEMS:]) else None,
    }
    found, notes = read(GroupCard, plain, content, "group code")  # the meaning of each field: one description
    if notes:
        raise GroupCodeError("meaning")
    return found


@dataclass
class Totals:
    """Counts only: how many codes named each card (a value counts when it is in the top three)."""

    codes: int = 0
    stages: dict[str, int] = field(default_factory=dict)
    routes: dict[str, int] = field(default_factory=dict)
    values: dict[str, int] = field(default_factory=dict)
    letters: dict[str, int] = field(default_factory=dict)
    barriers: dict[str, int] = field(default_factory=dict)
    ratings: list[tuple[int, int, int]] = field(default_factory=list)  # per item: before, after, both given

    @property
    def shown(self) -> bool:
        return self.codes >= MIN_CODES


def totals(cards: Sequence[GroupCard], content: Content) -> Totals:
    groups = _groups(content)
    out = Totals(codes=len(cards))
    out.stages = {s: sum(c.stage == s for c in cards) for s in groups["stages"]}
    out.routes = {r: sum(c.route == r for c in cards) for r in groups["routes"]}
    out.values = {v: sum(v in c.values for c in cards) for v in groups["values"]}
    out.letters = {x: sum(x in c.letters for c in cards) for x in RIASEC}
    out.barriers = {b: sum(b in c.barriers for c in cards) for b in groups["barriers"]}
    for i in range(RATING_ITEMS):
        pairs = [(c.before[i], c.after[i]) for c in cards if c.before and c.after and c.before[i] and c.after[i]]
        out.ratings.append((sum(p[0] for p in pairs), sum(p[1] for p in pairs), len(pairs)))
    return out


def csv_text(result: Totals, content: Content, t: Callable[..., str], text: Callable[[Text | None], str]) -> str:
    """The totals as CSV for the organisation: part, choice, count (no codes, no names)."""
    rows = [[t("group.csv.part"), t("group.csv.choice"), t("group.csv.count")]]
    rows.append([t("group.csv.codes"), "", str(result.codes)])
    for part, group, counts in (
        ("group.part.stages", "stages", result.stages),
        ("group.part.routes", "routes", result.routes),
        ("group.part.values", "values", result.values),
        ("group.part.barriers", "barriers", result.barriers),
    ):
        for card_id, count in counts.items():
            card = content.card(group, card_id)
            rows.append([t(part), text(card.text) if card else card_id, str(count)])
    for letter, count in result.letters.items():
        rows.append([t("group.part.letters"), t(f"riasec.short.{letter}"), str(count)])

    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(ch in value for ch in ',"\n') else value

    return "\n".join(",".join(cell(v) for v in row) for row in rows) + "\n"
