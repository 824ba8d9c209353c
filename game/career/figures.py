"""Labour-market figures in plain words (pure functions: no window, no state)."""

from __future__ import annotations

from collections.abc import Callable

from game.career.schema import Figure, Source

RISK_WORDS = {"Low risk": "risk.low", "High risk": "risk.high", "Other": "risk.middle"}


def money(value: float, lang: str) -> str:
    text = f"{value:,.2f}"
    if lang == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}"


def count(thousands: float, lang: str) -> str:
    text = f"{round(thousands * 1000):,}"
    return text.replace(",", ".") if lang == "nl" else text


def percent(value: float, lang: str) -> str:
    text = f"{value:+.1f}%"
    return text.replace(".", ",") if lang == "nl" else text


def describe(kind: str, figures: dict[str, Figure], t: Callable[..., str], lang: str) -> str | None:
    """One plain sentence for an indicator, or None when that kind is not in `figures`."""
    if kind == "wage":
        low, mid, high = (w.value if (w := figures.get(k)) else None for k in ("wage_p25", "wage_p50", "wage_p75"))
        if low is None or mid is None or high is None:
            return None
        return t("fig.wage", low=money(low, lang), mid=money(mid, lang), high=money(high, lang))
    fig = figures.get(kind)
    if fig is None or fig.missing:
        return None
    if kind == "automation_risk":
        return t("fig.automation_risk", level=t(RISK_WORDS.get(fig.label or "", "risk.middle")))
    if kind == "riasec":
        return t("fig.riasec", code=fig.label)
    value = fig.value
    if value is None:  # the other kinds are numbers: none given (and no reason why) says nothing
        return None
    if kind == "employees":
        return t("fig.employees", n=count(value, lang))
    if kind == "education":
        return t("fig.education", level=t(f"isco.{int(value)}"))
    if kind == "job_zone":
        return t("fig.job_zone", zone=int(value))
    if kind == "trend_us":
        key = "fig.trend_us_up" if value > 0 else "fig.trend_us_down" if value < 0 else "fig.trend_us_same"
        return t(key, change=percent(abs(value), lang).lstrip("+"))
    return None


def provenance(fig: Figure, source: Source | None, scope: str, t: Callable[..., str]) -> str:
    """Where a figure comes from, in one short line."""
    name = source.publisher if source else fig.source
    year = fig.year or (source.year if source else "")
    line = t("fig.source", source=name, year=year)
    return f"{line} {scope}".strip() if scope else line
