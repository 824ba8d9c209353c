"""Writing generated files safely: a failed build leaves the previous file (the game's own
atomic write, with a temporary file of its own for every write)."""

from __future__ import annotations

from game.engine.bridge import write_atomic

__all__ = ["write_atomic"]
