"""python -m lmi_sync [build|audit|evaluate|schema] ..."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("-"):
        argv.insert(0, "build")
    parser = argparse.ArgumentParser(prog="python -m lmi_sync", description="Labour-market content for Koers.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build game/assets/lmi.jsonl and lmi-details.jsonl from the raw data sets")
    b.add_argument("--lmi", type=Path, default=None, help="folder with the raw data (default: ../shared/lmi)")
    b.add_argument("--out", type=Path, default=None, help="where lmi.jsonl goes (its details file beside it)")
    a = sub.add_parser("audit", help="check the content against the LMI quality checklist")
    a.add_argument("--file", type=Path, default=None, help="an lmi.jsonl (default: the game's)")
    a.add_argument("--max-age", type=int, default=5, help="flag figures older than this many years")
    a.add_argument("--today", default=None, help="the date to judge currency against (YYYY-MM-DD)")
    e = sub.add_parser("evaluate", help="score the nearest occupations against references from the data folder")
    e.add_argument("--lmi", type=Path, default=None, help="folder with the raw data (default: ../shared/lmi)")
    e.add_argument("--file", type=Path, default=None, help="an lmi.jsonl (default: the game's)")
    e.add_argument("--k", type=int, default=10, help="how many neighbours of each occupation count")
    s = sub.add_parser("schema", help="write JSON Schemas for content editors")
    s.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    if args.command == "build":
        from lmi_sync.build import DEFAULT_LMI, OUT, SyncError, sync

        try:
            out, timings = sync(args.lmi or DEFAULT_LMI, args.out or OUT)
        except (SyncError, OSError, ValueError, KeyError) as exc:  # readers.InputError is a ValueError
            print(f"lmi_sync failed; the previous content is unchanged.\n{type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        print(f"wrote {out}")
        print(json.dumps(timings.steps))
        return 0
    if args.command == "audit":
        from lmi_sync.audit import run_audit

        return run_audit(args.file, args.max_age, args.today)
    if args.command == "evaluate":
        from lmi_sync import lmi_files
        from lmi_sync.build import DEFAULT_LMI, OUT
        from lmi_sync.evaluate import LIMITS, evaluate, sub_sectors

        try:
            figures = evaluate(lmi_files.read(args.file or OUT), sub_sectors(args.lmi or DEFAULT_LMI), args.k)
        except (OSError, ValueError, KeyError) as exc:
            print(f"lmi_sync evaluate failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        print(json.dumps(figures))
        print(LIMITS)
        return 0
    if args.command == "schema":
        from lmi_sync.schema_export import export

        for path in export(args.out):
            print(f"wrote {path}")
        return 0
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
