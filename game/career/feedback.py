"""Level 1 feedback: interests, values and qualities read together, in plain and encouraging
words, and linked to the current job. Pure: no window, no state."""

from __future__ import annotations

from collections.abc import Callable

from game.career.course import Found, card_found
from game.career.listing import join
from game.career.profile import Profile, interest_code
from game.career.schema import Content, Text


def sentences(lines: list[str | Found], t: Callable[..., str]) -> list[str]:
    """The summary's lines as sentences (its cards as the sentence they are read aloud as)."""
    return [line if isinstance(line, str) else line.said(t) for line in lines]


def level1_lines(
    profile: Profile,
    content: Content,
    letters: dict[str, str],
    job_title: str | None,
    job_code: str | None,
    t: Callable[..., str],
    text: Callable[[Text | None], str],
) -> list[str | Found]:
    """The summary's lines: sentences, and the player's own cards (`Found`: shown as chips under
    a heading, recognised on the course map that follows). `job_code` is the RIASEC code of the
    current job, if known. A kind whose cards are no longer in the content is left out."""

    def qualities(key: str, ids: list[str]) -> Found:
        return card_found(key, content, "qualities", ids, text)

    code = interest_code(profile.interest_scores(letters))
    out: list[str | Found] = []
    if code:
        out.append(t("course.found.interests", words=join([t(f"riasec.short.{x}") for x in code], t)))
    else:
        out.append(t("feedback.no_interests"))
    out.append(card_found("course.found.values", content, "values", profile.values[:3], text))
    out.append(qualities("course.found.strengths", profile.qualities))
    seen_too = [q for q in profile.colleague_qualities if q in profile.qualities]
    out.append(qualities("feedback.colleagues_agree", seen_too))
    out.append(qualities("feedback.colleagues_more", [q for q in profile.colleague_qualities if q not in seen_too]))
    out.append(qualities("feedback.develop", profile.development_areas))
    if profile.no_job:
        out.append(t("feedback.no_job"))
    elif job_title and job_code and code:
        shared = [x for x in code if x in job_code]
        if shared:
            out.append(t("feedback.job_fits", job=job_title, words=join([t(f"riasec.short.{x}") for x in shared], t)))
        else:
            words = join([t(f"riasec.short.{x}") for x in job_code], t)
            out.append(t("feedback.job_differs", job=job_title, words=words))
    out.append(t("feedback.close"))
    return [line for line in out if isinstance(line, str) or line.words]
