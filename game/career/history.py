"""What changed since the last check: a periodic check is the research's advice. Pure functions."""

from __future__ import annotations

from collections.abc import Callable

from game.career.profile import Profile, interest_code
from game.career.ratings import moved_lines
from game.career.schema import Content, Text


def changes(
    old: Profile,
    new: Profile,
    content: Content,
    letters: dict[str, str],
    t: Callable[..., str],
    text: Callable[[Text | None], str],
    job_title: Callable[[str | None], str | None],
) -> list[str]:
    def names(group: str, ids: list[str]) -> str:
        return ", ".join(f'"{text(c.text)}"' for c in (content.card(group, i) for i in ids) if c)

    out = [t("changes.since", date=old.updated[:10])]
    for step in old.next_steps:  # the return visit asked how the planned steps went
        status = old.followup.get(step)
        if status and content.card("steps", step):
            out.append(t("changes.followup", step=names("steps", [step]), status=t(f"revisit.status.{status}")))
    if old.followup_barriers:
        out.append(t("changes.followup_barriers", words=names("barriers", old.followup_barriers)))
    gained = [v for v in new.values[:3] if v not in old.values[:3]]
    lost = [v for v in old.values[:3] if v not in new.values[:3]]
    if gained:
        out.append(t("changes.values_new", words=names("values", gained)))
    if lost:
        out.append(t("changes.values_less", words=names("values", lost)))
    strengths = [q for q in new.qualities if q not in old.qualities]
    if strengths:
        out.append(t("changes.strengths_new", words=names("qualities", strengths)))
    old_code = interest_code(old.interest_scores(letters))
    new_code = interest_code(new.interest_scores(letters))
    if old_code and new_code and old_code != new_code:
        out.append(t("changes.code", old=old_code, new=new_code))
    if old.occupation != new.occupation and job_title(old.occupation) and job_title(new.occupation):
        out.append(t("changes.job", old=job_title(old.occupation), new=job_title(new.occupation)))
    if old.stage != new.stage and old.stage and new.stage:
        out.append(t("changes.stage", old=names("stages", [old.stage]), new=names("stages", [new.stage])))
    # how the player felt at the end of the last check, and at the start of this one
    felt = moved_lines(old.ratings_after or old.ratings_before, new.ratings_before, t, "changes.rating")
    if len(out) == 1:
        out.append(t("changes.none"))
    if felt:
        out += [t("changes.ratings"), *felt]
    return out
