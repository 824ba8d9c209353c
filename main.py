"""Koers: pygbag's entry point (browser) and a plain way to start on the desktop."""

import asyncio

from game.app import App


async def main() -> None:
    await App().run()


asyncio.run(main())
