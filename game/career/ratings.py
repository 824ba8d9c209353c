"""The check's own effect measure: a short self-rating at the start and the same at the end,
one item for each effect in Tabel 1 (DIGEST §7) that a check can move. Pure functions: which
items there are, what a saved rating holds, and what moved, in words; nothing is judged.
docs/effects.md says what this measures and what it cannot."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from game.career.listing import join

LOW, HIGH = 1, 5  # the five faces


@dataclass(frozen=True)
class RatingItem:
    id: str  # texts: ratings.item.<id> (the statement), .up/.down/.topic.<id> (what moved)
    picto: str


ITEMS = (
    RatingItem("qualities", "star"),  # insight into own qualities
    RatingItem("interests", "thumbs_up"),  # ... interests
    RatingItem("values", "gem"),  # ... values
    RatingItem("options", "door"),  # insight into career options and possible actions
    RatingItem("efficacy", "muscle"),  # self-efficacy: "can I change something in my work?"
    RatingItem("ask", "handshake"),  # people to approach, networks
    RatingItem("next_step", "flag"),  # planning, setting goals, deciding
)
IDS = tuple(item.id for item in ITEMS)


def clean(ratings: dict[str, int]) -> dict[str, int]:
    """Only known items with a face 1..5 (a skipped item is simply not there)."""
    return {
        k: v
        for k, v in ratings.items()
        if k in IDS and isinstance(v, int) and not isinstance(v, bool) and LOW <= v <= HIGH
    }


@dataclass(frozen=True)
class Move:
    item: str
    before: int
    after: int

    @property
    def direction(self) -> str:
        """ "up", "down" or "same": a direction, never a verdict."""
        return "up" if self.after > self.before else "down" if self.after < self.before else "same"


def compare(before: dict[str, int], after: dict[str, int]) -> list[Move]:
    """Every item rated both times, in the order of ITEMS."""
    b, a = clean(before), clean(after)
    return [Move(i, b[i], a[i]) for i in IDS if i in b and i in a]


def moved_lines(
    before: dict[str, int], after: dict[str, int], t: Callable[..., str], line: str = "changes.rating"
) -> list[str]:
    """What moved since last time, in words: "toen 2, nu 4: je weet nu beter wie je kunt vragen."
    `line` is the template (`<line>`, `<line>_same` and `<line>_same_many`)."""
    lines: list[tuple[str | None, str]] = []  # (the topic if it stayed the same, the line)
    for move in compare(before, after):
        if move.direction == "same":
            topic = t(f"ratings.topic.{move.item}")
            lines.append((topic, t(f"{line}_same", before=move.before, after=move.after, topic=topic)))
        else:
            words = t(f"ratings.{move.direction}.{move.item}")
            lines.append((None, t(line, before=move.before, after=move.after, words=words)))
    same = [topic for topic, _ in lines if topic]
    if len(same) < 2:
        return [text for _, text in lines]
    # two or more stayed the same: said in one line, after what moved (said once)
    out = [text for topic, text in lines if not topic]
    out.append(t(f"{line}_same_many", topics=join(same, t)))
    return out


@dataclass(frozen=True)
class MovedGroup:
    """One direction of what moved: its heading, and the statements themselves with their
    pictograms (shown as they were rated: recognised, not read anew)."""

    heading: str
    items: list[tuple[str, str]]


def moved_by_direction(before: dict[str, int], after: dict[str, int], t: Callable[..., str]) -> list[MovedGroup]:
    """What went up and what went down, each as a `MovedGroup` (what stayed the same: `same_line`)."""
    moves = compare(before, after)
    pictos = {item.id: item.picto for item in ITEMS}
    out = []
    for direction in ("up", "down"):
        ids = [m.item for m in moves if m.direction == direction]
        if ids:
            out.append(MovedGroup(t(f"ratings.head.{direction}"), [(t(f"ratings.item.{i}"), pictos[i]) for i in ids]))
    return out


def same_line(before: dict[str, int], after: dict[str, int], t: Callable[..., str]) -> str | None:
    """What stayed the same, counted (the statements were just answered: not listed again);
    None when nothing was rated twice and the same."""
    moves = compare(before, after)
    same = sum(1 for m in moves if m.direction == "same")
    if not same:
        return None
    if same == len(moves):
        return t("ratings.group.all_same")
    return t("ratings.group.rest_same_one") if same == 1 else t("ratings.group.rest_same", n=same)


def coarse_totals(pairs: list[tuple[dict[str, int], dict[str, int]]], minimum: int = 5) -> dict[str, dict[str, int]]:
    """For group totals (a workshop): per item only how many went up, stayed or went down, never
    anyone's own faces; nothing at all for a group smaller than `minimum` (no one stands out)."""
    if len(pairs) < minimum:
        return {}
    totals = {i: {"up": 0, "same": 0, "down": 0} for i in IDS}
    for before, after in pairs:
        for move in compare(before, after):
            totals[move.item][move.direction] += 1
    return {i: counts for i, counts in totals.items() if sum(counts.values()) >= minimum}
