"""A labour-market figure on screen, said once for every screen that shows one (the job's
pages, "Mijn werk in 2030", the group session): its sentence, the weather scale for the
automation risk, and the line that says where it comes from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.career.figures import provenance
from game.career.options import risk_level
from game.career.schema import Figure, LmiOccupation, Source
from game.engine.indicators import WeatherScale
from game.engine.widgets import TextPanel

if TYPE_CHECKING:
    from game.app import App
    from game.career.lmi import Lmi

Block = list[TextPanel | WeatherScale]  # shown together: a figure with its scale and its source line


def scope_text(app: App, lmi: Lmi, fig: Figure | None) -> str:
    """The group a figure is of, as its source line names it ("Bredere CBS-groep: X."), or ""."""
    return app.session.text(lmi.scopes.get(fig.scope)) if fig is not None and fig.scope in lmi.scopes else ""


def group_name(app: App, lmi: Lmi, fig: Figure | None) -> str:
    """The bare name of the group a figure is of ("X" of "Bredere CBS-groep: X."): what a
    broader group's sentence quotes (`describe`'s `where`)."""
    return scope_text(app, lmi, fig).split(": ", 1)[-1].rstrip(".")


def source_line(app: App, lmi: Lmi, fig: Figure, source: Source | None, why_us: bool = True) -> TextPanel:
    """ "Bron: ..." with the group the figure is of, small and muted."""
    scope = scope_text(app, lmi, fig)
    return TextPanel(provenance(fig, source, scope, app.t, app.session.text, why_us), "small", colour="muted")


def figure_block(
    app: App, lmi: Lmi, occ: LmiOccupation, fig: Figure, sentence: str, source: Source | None, why_us: bool = True
) -> Block:
    """The sentence, the weather scale (automation risk), and the source line."""
    block: Block = [TextPanel(sentence, bold=True)]
    level = risk_level(lmi, occ) if fig.kind == "automation_risk" else None
    if level is not None:
        block.append(WeatherScale(level, [app.t(f"risk.{k}") for k in ("low", "middle", "high")]))
    block.append(source_line(app, lmi, fig, source, why_us))
    return block
