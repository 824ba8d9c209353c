# /// script
# requires-python = ">=3.11"
# dependencies = ["pygame-ce"]
# ///
"""Koers: pygbag's entry point (browser) and a plain way to start on the desktop.

pygbag 0.9.3 installs, before it runs this file, what this file's own text names: the
dependencies in the block above, and the modules it imports (only those its package index
has: pygame-ce's wasm wheel). game.app imports pygame too; naming it here changes nothing on
the desktop and costs the first frame nothing. tests/test_web_build.py runs pygbag's own
scanner over the bundled copy.
"""

import asyncio

import pygame  # noqa: F401 (named for pygbag's import scan, see above)

from game.app import App


async def main() -> None:
    await App().run()


asyncio.run(main())
