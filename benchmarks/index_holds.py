"""How long the results index's worker keeps a waiting thread out, in process (issue 13, round 4).

    python -m benchmarks.index_holds [--rows 200000] [--runs 5] [--keep DIR] [--cpu]

A "UI" thread sleeps 1 ms in a loop (switch interval 1 ms, as in the window) while the main thread
indexes a job of ``--rows`` answers through their saved ``.rowindex`` (the results window's second
opening); the longest gap of the sleeping thread beyond its 1 ms is the longest time the index held
the interpreter. The collector is off meanwhile, as in the window's workers (``ui/gc_guard.py``).
Each run is made twice, interleaved: answer ids added whole (one slice, as before round 4) and in
slices of ``view.ANSWER_SLICE``.

``--cpu`` (round 5) measures instead, for the opening through both saved indexes (the answers' and
the input's), the longest stretch of *thread CPU time* spent inside one C call with no Python in between,
per C function: a hold of the interpreter that other processes on a busy machine cannot lengthen (the
sleeping thread's gaps above can). Calls that let other threads run (file reads, hashing) are left out.
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


_RELEASES = frozenset(
    {"BufferedReader.read", "FileIO.read", "FileIO.readall", "pread", "open", "stat", "fstat", "blake2b"}
    | {"blake2b.update", "array.fromfile", "array.tofile", "sleep", "BufferedWriter.write", "fsync", "replace"}
)


def cpu_holds(data: Path) -> list[tuple[float, str]]:
    """The longest CPU stretches (ms) inside single C calls while the view opens from its saved indexes."""
    from desktop_app.core.answers.index import input_index_path
    from desktop_app.core.answers.view import AnswerLayer, ResultsView

    def open_view() -> ResultsView:
        return ResultsView(
            [data / "in.jsonl"],
            [AnswerLayer(data / "out.jsonl", data / "err.jsonl")],
            save_index=True,
            input_indexes=[input_index_path(data / "out.jsonl")],
        )

    with open_view() as first:  # saves the input's index (the answers' are saved by main())
        first.ensure_rows(10**9)
    longest: dict[str, float] = {}
    open_calls: list[list[float]] = []
    now = time.thread_time

    def hook(frame: object, event: str, arg: object) -> None:
        at = now()
        if event == "c_call":
            open_calls.append([at])
        elif event in ("c_return", "c_exception"):
            if open_calls:
                took = at - open_calls.pop()[0]
                name = getattr(arg, "__qualname__", repr(arg))
                if name not in _RELEASES and took > longest.get(name, 0.0):
                    longest[name] = took
        else:  # Python runs: the interpreter may switch threads here
            for entry in open_calls:
                entry[0] = at

    gc.disable()
    sys.setprofile(hook)
    try:
        with open_view() as view:
            view.ensure_rows(10**9)
    finally:
        sys.setprofile(None)
        gc.enable()
    return sorted(((took * 1000, name) for name, took in longest.items()), reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.index_holds", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="prepare the data in this folder and keep it")
    parser.add_argument("--cpu", action="store_true", help="CPU time inside single C calls, both indexes saved")
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
        if args.cpu:
            for _ in range(args.runs):
                top = cpu_holds(data)
                print("  longest C-level holds (CPU ms): " + ", ".join(f"{name} {ms:.1f}" for ms, name in top[:4]))
            return 0
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
