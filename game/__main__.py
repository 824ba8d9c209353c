"""`python -m game` starts Koers on the desktop; `--autoplay` plays a run headless."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import traceback
from pathlib import Path


def window_size(text: str) -> tuple[int, int]:
    """`--size 1920x1080` as (1920, 1080)."""
    parts = text.lower().split("x")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise argparse.ArgumentTypeError(f"a size is width x height, e.g. 1920x1080 (not {text!r})")
    return int(parts[0]), int(parts[1])


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m game", description="Koers, a career check game.")
    parser.add_argument("--autoplay", action="store_true", help="play a whole run with a bot, headless")
    parser.add_argument("--seed", type=int, default=1, help="the bot's seed (different seeds, different choices)")
    parser.add_argument("--out", type=Path, default=Path("autoplay-out"), help="where autoplay writes its files")
    parser.add_argument("--screenshots", action="store_true", help="autoplay: one PNG per screen")
    parser.add_argument(
        "--mode",
        choices=("play", "coach", "workshop"),
        default="play",
        help="autoplay: a whole check (play), the quick check to its conversation sheet (coach), "
        "or the facilitator's group session (workshop)",
    )
    parser.add_argument(
        "--job",
        default=None,
        metavar="TEXT",
        help="autoplay: the bot searches this text on the job screen and takes the first occupation found",
    )
    parser.add_argument("--size", type=window_size, help="window size, e.g. 1920x1080")
    parser.add_argument("--text-size", type=int, choices=(100, 125, 150), help="text size in percent")
    parser.add_argument("--lang", choices=("nl", "en"), help="language")
    parser.add_argument("--open", default="", metavar="LINK", help="open a share link (shows that poster)")
    parser.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        help="import a skills passport (profile.json) as your current check, then stop",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    size: tuple[int, int] | None = args.size
    autoplay = None
    if args.autoplay:
        os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        # the bot never touches the player's own saves
        os.environ["KOERS_DATA_DIR"] = str((args.out / "data").resolve())
        from game.autoplay import Autoplay

        autoplay = Autoplay(args.seed, args.out, args.screenshots, mode=args.mode, job=args.job)
    from game.app import App
    from game.engine import bridge

    if args.open:
        bridge.open_link(args.open)
    if args.import_file:  # import, then stop: the next start continues with the imported profile
        from game.career.passport import import_file
        from game.engine.i18n import Locale
        from game.engine.storage import load_settings

        message = import_file(args.import_file, Locale(args.lang or load_settings()[0].lang).t)
        print(message)
        return 1 if message.startswith("!") else 0
    try:
        app = App(size=size, autoplay=autoplay)
        app.catch_errors = autoplay is None  # a bot's run stops at a failing screen, loudly
        if args.text_size or args.lang:
            app.settings.text_scale = (args.text_size or round(app.settings.text_scale * 100)) / 100
            app.settings.lang = args.lang or app.settings.lang
            app.apply_settings()
        asyncio.run(app.run())
    except Exception as error:
        from game.autoplay import JobNotFound

        if isinstance(error, JobNotFound):
            print(f"autoplay: {error}", file=sys.stderr)
            return 2
        traceback.print_exc()
        return 1
    if autoplay is not None:
        if not autoplay.finished:
            print("autoplay stopped before the poster", file=sys.stderr)
            return 1
        made = {"workshop": "group.json and group.png", "coach": "conversation.png, .pdf and profile"}.get(
            args.mode, "poster and profile"
        )
        print(f"autoplay: {len(autoplay.scene_names)} scenes, {made} in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
