"""Level 1 feedback: interests, values and qualities read together, in plain and encouraging
words, and linked to the current job. Pure: no window, no state."""

from __future__ import annotations

from collections.abc import Callable

from game.career.course import Found
from game.career.listing import join
from game.career.profile import Profile, interest_code
from game.career.schema import Content, Text


def level1_feedback(
    profile: Profile,
    content: Content,
    letters: dict[str, str],
    job_title: str | None,
    job_code: str | None,
    t: Callable[..., str],
    text: Callable[[Text | None], str],
) -> list[str]:
    """Sentences for the summary screen (`level1_lines` without the cards)."""
    return [said for said, _ in level1_lines(profile, content, letters, job_title, job_code, t, text)]


def level1_lines(
    profile: Profile,
    content: Content,
    letters: dict[str, str],
    job_title: str | None,
    job_code: str | None,
    t: Callable[..., str],
    text: Callable[[Text | None], str],
) -> list[tuple[str, Found | None]]:
    """The summary's lines: each sentence, with the player's own cards it names (shown as chips
    under a heading, and recognised on the course map that follows). `job_code` is the RIASEC
    code of the current job, if known."""

    def cards(kind: str, group: str, ids: list[str]) -> tuple[str, Found | None]:
        found = [c for c in (content.card(group, i) for i in ids) if c]  # the player's own cards
        words = [text(c.text) for c in found]
        key = kind if "." in kind else f"course.found.{kind}"
        return t(key, words=join(words, t)), Found(key, words, 1, [c.picto for c in found])

    out: list[tuple[str, Found | None]] = []
    code = interest_code(profile.interest_scores(letters))
    if code:
        out.append((t("course.found.interests", words=join([t(f"riasec.short.{x}") for x in code], t)), None))
    else:
        out.append((t("feedback.no_interests"), None))
    if profile.values[:3]:
        out.append(cards("values", "values", profile.values[:3]))
    if profile.qualities:
        out.append(cards("strengths", "qualities", profile.qualities))
    seen_too = [q for q in profile.colleague_qualities if q in profile.qualities]
    extra = [q for q in profile.colleague_qualities if q not in profile.qualities]
    if seen_too:
        out.append(cards("feedback.colleagues_agree", "qualities", seen_too))
    if extra:
        out.append(cards("feedback.colleagues_more", "qualities", extra))
    if profile.development_areas:
        out.append(cards("feedback.develop", "qualities", profile.development_areas))
    if profile.no_job:
        out.append((t("feedback.no_job"), None))
    elif job_title and job_code and code:
        shared = [x for x in code if x in job_code]
        if shared:
            fits = t("feedback.job_fits", job=job_title, words=join([t(f"riasec.short.{x}") for x in shared], t))
            out.append((fits, None))
        else:
            words = join([t(f"riasec.short.{x}") for x in job_code], t)
            out.append((t("feedback.job_differs", job=job_title, words=words), None))
    out.append((t("feedback.close"), None))
    return [(said, found) for said, found in out if found is None or found.words]  # (cards no longer there: left out)
