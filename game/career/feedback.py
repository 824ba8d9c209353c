"""Level 1 feedback: interests, values and qualities read together, in plain and encouraging
words, and linked to the current job. Pure: no window, no state."""

from __future__ import annotations

from collections.abc import Callable

from game.career.listing import join
from game.career.profile import Profile, interest_code
from game.career.schema import Content, Text


def capital(text: str) -> str:
    """`text` with a capital first letter and the rest as it is: "ICT-operationsmanager" stays
    so (str.capitalize lowers the rest: "Ict-operationsmanager")."""
    return text[:1].upper() + text[1:]


def level1_feedback(
    profile: Profile,
    content: Content,
    letters: dict[str, str],
    job_title: str | None,
    job_code: str | None,
    t: Callable[..., str],
    text: Callable[[Text | None], str],
) -> list[str]:
    """Sentences for the summary screen. `job_code` is the RIASEC code of the current job, if known.
    What was found is said in the course map's own sentences (course.found.*): the map that
    follows says it again in the same words, so it is recognised, not read twice."""

    def cards(group: str, ids: list[str]) -> list[str]:
        return [text(c.text) for c in (content.card(group, i) for i in ids) if c]  # the player's own cards

    out: list[str] = []
    code = interest_code(profile.interest_scores(letters))
    if code:
        out.append(t("course.found.interests", words=join([t(f"riasec.short.{x}") for x in code], t)))
    else:
        out.append(t("feedback.no_interests"))
    values = cards("values", profile.values[:3])
    if values:
        out.append(t("course.found.values", words=join(values, t)))
    strengths = cards("qualities", profile.qualities)
    if strengths:
        out.append(t("course.found.strengths", words=join(strengths, t)))
    seen_too = [q for q in profile.colleague_qualities if q in profile.qualities]
    extra = [q for q in profile.colleague_qualities if q not in profile.qualities]
    if seen_too:
        out.append(t("feedback.colleagues_agree", words=join(cards("qualities", seen_too), t)))
    if extra:
        out.append(t("feedback.colleagues_more", words=join(cards("qualities", extra), t)))
    develop = cards("qualities", profile.development_areas)
    if develop:
        out.append(t("feedback.develop", words=join(develop, t)))
    if profile.no_job:
        out.append(t("feedback.no_job"))
    elif job_title and job_code and code:
        shared = [x for x in code if x in job_code]
        if shared:
            out.append(t("feedback.job_fits", job=job_title, words=join([t(f"riasec.short.{x}") for x in shared], t)))
        else:
            out.append(
                t("feedback.job_differs", job=job_title, words=join([t(f"riasec.short.{x}") for x in job_code], t))
            )
    out.append(t("feedback.close"))
    return out
