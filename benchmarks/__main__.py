"""python -m benchmarks [--json PATH] [--repeat N]: medians over repeated runs.

So far: the labour-market sync (needs the raw data in ../shared/lmi; skipped without it),
the nearest-occupation computation over all occupations, and loading the game's content.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    results: dict[str, float | str] = {}

    from game.content import load_content
    from game.lmi import load_lmi

    results["content_load_ms"] = median_ms(load_content, args.repeat * 3)
    results["lmi_load_ms"] = median_ms(load_lmi, args.repeat)

    from lmi_sync.build import DEFAULT_LMI, sync

    if DEFAULT_LMI.is_dir():
        from lmi_sync import transfer
        from lmi_sync.sources import esco_bulk

        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "lmi.json"
            sync_times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                _, timings = sync(DEFAULT_LMI, out)
                sync_times.append(time.perf_counter() - start)
            results["lmi_sync_s"] = round(statistics.median(sync_times), 2)
        lmi = DEFAULT_LMI
        esco = esco_bulk.load(
            {"en": [lmi / "esco/v1.1.1/ESCO dataset - v1.1.1 - classification - en - csv.zip"]},
            [lmi / "esco/v1.1.1/ESCO dataset - v1.1.1 - classification -  - csv.zip"],
            "v1.1.1",
        )
        order = sorted(esco.occupations)
        weights = transfer.skill_weights(esco.relations)
        results["nearest_all_occupations_ms"] = median_ms(lambda: transfer.nearest(order, weights), args.repeat)
        results["nearest_occupations"] = len(order)
    else:
        results["lmi_sync_s"] = f"skipped: {DEFAULT_LMI} not found"

    width = max(len(k) for k in results)
    for name, value in results.items():
        print(f"{name:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
