"""How long the results index's worker keeps a waiting thread out, in process (issue 13, round 4).

    python -m benchmarks.index_holds [--rows 200000] [--runs 5] [--keep DIR]

A "UI" thread sleeps 1 ms in a loop (switch interval 1 ms, as in the window) while the main thread
indexes a job of ``--rows`` answers through their saved ``.rowindex`` (the results window's second
opening); the longest gap of the sleeping thread beyond its 1 ms is the longest time the index held
the interpreter. The collector is off meanwhile, as in the window's workers (``ui/gc_guard.py``).
Each run is made twice, interleaved: answer ids added whole (one slice, as before round 4) and in
slices of ``view.ANSWER_SLICE``.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import machine


def held_ms(data: Path, whole: bool) -> tuple[float, float]:
    """The longest gap (ms beyond 1 ms) of a sleeping thread while the view indexes; and the index time."""
    from desktop_app.core.answers import view

    saved_slice = view.ANSWER_SLICE
    view.ANSWER_SLICE = 10**9 if whole else saved_slice
    gaps: list[float] = []
    done = threading.Event()

    def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.001)
            now = time.perf_counter()
            gaps.append((now - last) * 1000 - 1)
            last = now

    ticker = threading.Thread(target=tick)
    old = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    gc.collect()
    gc.disable()  # the window collects on the UI thread only (ui/gc_guard.py), never in the index worker
    try:
        ticker.start()
        time.sleep(0.05)
        start = time.perf_counter()
        with view.ResultsView.from_paths(data / "in.jsonl", data / "out.jsonl", data / "err.jsonl") as results:
            results.ensure_rows(10**9)
        took = time.perf_counter() - start
    finally:
        done.set()
        ticker.join()
        sys.setswitchinterval(old)
        gc.enable()
        view.ANSWER_SLICE = saved_slice
    return max(gaps), took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.index_holds", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="prepare the data in this folder and keep it")
    args = parser.parse_args(argv)
    from benchmarks.export_speed import generate
    from desktop_app.core.answers.index import save_answer_index

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-index-holds-"))
    data = folder / f"results-{args.rows}"
    try:
        if not (data / "out.jsonl").exists():
            data.mkdir(parents=True, exist_ok=True)
            generate(data, args.rows, 0.02, 100, 300)
        for name in ("out.jsonl", "err.jsonl"):
            if not (data / (name + ".rowindex")).exists():
                save_answer_index(data / name)
        print(f"machine: {machine()}; {args.rows} rows, saved answer index")
        results: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
        for _ in range(args.runs):
            for whole in (True, False):
                results[whole].append(held_ms(data, whole))
        for whole, label in ((True, "ids added whole"), (False, "in slices")):
            held = [h for h, _ in results[whole]]
            took = [t for _, t in results[whole]]
            print(
                f"  {label:<16} longest hold per run {', '.join(f'{h:.1f}' for h in held)} ms "
                f"(median {statistics.median(held):.1f}); index {statistics.median(took):.2f} s"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
