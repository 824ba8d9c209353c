"""Labour-market figures in plain words (pure functions: no window, no state)."""

from __future__ import annotations

from collections.abc import Callable

from game.career.listing import join
from game.career.schema import Figure, Source, Text

RISK_WORDS = {"Low risk": "risk.low", "High risk": "risk.high", "Other": "risk.middle"}
BROADER = "brc-segment:"  # a scope key for a broader CBS group than the job's own (lmi_sync.build)
US_SOURCES = frozenset({"onet_29_2", "bls_ep_2024"})  # American figures: their source line says why we show them
OWN_KEYS = {"fig.zone.2", "fig.name.automation_risk"} | {f"fig.trend_us_{d}" for d in ("up", "down", "same")}


def figure_kind(kind: str) -> str:
    """The figure behind a kind a page or an event names: for "wage", the median ("wage_p50")."""
    return "wage_p50" if kind == "wage" else kind


def key(name: str) -> str:
    """The text key for a figure sentence: the plainer wording (lmiw.*) where the first one read badly."""
    return "lmiw." + name.removeprefix("fig.") if name in OWN_KEYS else name


def unknown(kind: str, reason: str, t: Callable[..., str]) -> str:
    """ "<figure>: niet bekend." with the reason why."""
    return f"{t('fig.unknown', what=t(key(f'fig.name.{kind}')))} {reason}".strip()


def broader(fig: Figure | None) -> bool:
    """Is this figure about a broader group than the job's own? Then its sentence says so."""
    return bool(fig and fig.scope.startswith(BROADER))


def fit_words(job_code: str, player_code: str, t: Callable[..., str]) -> list[str]:
    """The job's interest letters beside the player's own code, in words, in one sentence: what
    people in the work like doing, "(jij ook)" after what the player likes too; when nothing is
    shared, a sentence that says so."""
    if not player_code:
        return [t("fig.fit_job", words=join([t(f"riasec.short.{x}") for x in job_code], t)), t("fig.fit_no_code")]
    asks = [t(f"riasec.short.{x}") + (t("fig.fit_you_too") if x in player_code else "") for x in job_code]
    out = [t("fig.fit_job", words=join(asks, t))]
    if not any(x in player_code for x in job_code):
        out.append(t("fig.fit_none"))
    return out


NBSP = "\u00a0"  # between the euro sign and its amount: a wrapped line never ends in a lone "€"


def money(value: float, lang: str) -> str:
    text = f"{value:,.2f}"
    if lang == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€{NBSP}{text}"


def count(thousands: float, lang: str) -> str:
    text = f"{round(thousands * 1000):,}"
    return text.replace(",", ".") if lang == "nl" else text


def percent(value: float, lang: str) -> str:
    text = f"{value:+.1f}%"
    return text.replace(".", ",") if lang == "nl" else text


def describe(
    kind: str,
    figures: dict[str, Figure],
    t: Callable[..., str],
    lang: str,
    where: str = "",
    player_code: str | None = None,
) -> str | None:
    """One plain sentence for an indicator, or None when that kind is not in `figures`.
    `where`: the name of the broader group a figure is about, if it is (the sentence says so);
    `player_code`: the player's interest code, to set the job's interests beside it."""
    if kind == "wage":
        low, mid, high = (w.value if (w := figures.get(k)) else None for k in ("wage_p25", "wage_p50", "wage_p75"))
        if low is None or mid is None or high is None:
            return None
        words = {"low": money(low, lang), "mid": money(mid, lang), "high": money(high, lang)}
        if broader(figures.get("wage_p50")):
            return t("fig.wage_broader", **words, where=where)
        return t("fig.wage", **words)
    fig = figures.get(kind)
    if fig is None or fig.missing:
        return None
    if kind == "automation_risk":
        return t("fig.automation_risk", level=t(RISK_WORDS.get(fig.label or "", "risk.middle")))
    if kind == "riasec":
        if player_code is None:
            return t("fig.riasec", code=fig.label)
        return " ".join(fit_words(fig.label or "", player_code, t))
    value = fig.value
    if value is None:  # the other kinds are numbers: none given (and no reason why) says nothing
        return None
    if kind == "employees":
        if broader(fig):
            return t("fig.employees_broader", n=count(value, lang), where=where)
        return t("fig.employees", n=count(value, lang))
    if kind == "education":
        return t("fig.level", level=t(f"fig.level.{int(value)}")) if 1 <= value <= 4 else None
    if kind == "job_zone":
        return t(key(f"fig.zone.{int(value)}")) if 1 <= value <= 5 else None
    if kind == "trend_us":
        trend = "fig.trend_us_up" if value > 0 else "fig.trend_us_down" if value < 0 else "fig.trend_us_same"
        return t(key(trend), change=percent(abs(value), lang).lstrip("+"))
    return None


def publisher(source: Source, text: Callable[[Text | None], str]) -> str:
    """Who publishes a source, in the player's language (`text`) where the source gives it."""
    return text(source.by) if source.by is not None else source.publisher


def provenance(
    fig: Figure,
    source: Source | None,
    scope: str,
    t: Callable[..., str],
    text: Callable[[Text | None], str],
    why_us: bool = True,
) -> str:
    """Where a figure comes from, in one short line: the publisher's short name in the player's
    language (`text`; else its name, else the official one; the sources screen gives them in
    full). For an American figure (`why_us`) the line also says why it is shown: Dutch figures
    per occupation are missing."""
    name = fig.source if source is None else text(source.short) if source.short else publisher(source, text)
    year = fig.year or (source.year if source else "")
    line = t("fig.source", source=name, year=year)
    if scope:
        line = f"{line} {scope}"
    return f"{line} {t('lmiw.us_note')}" if why_us and fig.source in US_SOURCES else line
