"""Window start-up as people meet it: process start → first paint, cold interpreter each time.

    python -m benchmarks.first_paint [--runs 7] [--old /work/main]

Interleaved, each run a fresh process: a bare PySide6 window (the plain way: ``QApplication`` +
``QMainWindow`` + ``show``), our app through its real :func:`desktop_app.app.main` (empty job list),
and — with ``--old`` — the app of another checkout (the code before a change) under the same probe.
The clock starts in the parent just before it starts the child, so interpreter start-up and every
import count. Prints the median and best per contender, their ratio, and the app's RSS once idle.
Target (issue 13): first paint ≤ 0.4 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks import machine
from benchmarks.ui_stalls import prepare, run_scenario


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.first_paint", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--old", help="a checkout with the app before the change (e.g. /work/main)")
    parser.add_argument("--seconds", type=float, default=2.0, help="how long the app idles after its first paint")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bd-first-paint-"))
    contenders: dict[str, dict[str, object]] = {"bare PySide6 window": {"scenario": "bare"}, "ours": {}}
    if args.old:
        contenders["before (--old)"] = {"app_root": args.old}
    times: dict[str, list[float]] = {name: [] for name in contenders}
    rss: dict[str, list[float]] = {name: [] for name in contenders}
    try:
        for _ in range(args.runs):
            for name, extra in contenders.items():
                scenario = str(extra.get("scenario", "idle"))
                facts = prepare(scenario, folder, 0, 0, 0)
                facts.update({k: v for k, v in extra.items() if k != "scenario"})
                data = run_scenario(scenario, facts, args.seconds)
                times[name].append(data["start_to_first_paint_s"])
                rss[name].append(float(data.get("rss_mb", 0.0)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"process start → first paint, {args.runs} interleaved runs; machine: {machine()}")
    bare = statistics.median(times["bare PySide6 window"])
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"  {name:<22} median {median:.3f} s  best {min(values):.3f} s  worst {max(values):.3f} s  "
            f"{median / bare:4.1f}x bare  RSS after {args.seconds:g} s idle {statistics.median(rss[name]):.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
