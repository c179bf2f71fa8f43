"""Side-by-side benchmarks (not part of the test run): ``python -m benchmarks.<name> --help``.

Each script generates its data in a temporary folder, runs our code and the plain alternative in
separate fresh interpreters (so peak RSS is per contender), and prints times, ratios and peak memory.
Results are kept in ``docs/benchmarks.md``.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024


@dataclass(frozen=True)
class Result:
    """One contender's run: seconds spent on the work itself and the process's peak RSS."""

    name: str
    seconds: float
    peak_mb: float
    detail: str = ""


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    Linux: ``VmHWM`` from /proc (per address space, so it starts fresh at ``exec``; ``ru_maxrss``
    would carry over the parent's high-water mark). Elsewhere: ``ru_maxrss``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure_here(work: Callable[[], str]) -> None:
    """Run ``work`` in this (child) process and print ``{"seconds", "peak_mb", "detail"}`` as JSON."""
    start = time.perf_counter()
    detail = work()
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mb": peak_rss_mb(), "detail": detail}))


def run_child(name: str, module: str, args: Sequence[str]) -> Result:
    """Run ``python -m module args`` in a fresh interpreter and read its :func:`measure_here` line."""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, check=False, cwd=root, env=env
    )
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed ({proc.returncode}):\n{proc.stderr}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return Result(name, float(data["seconds"]), float(data["peak_mb"]), str(data.get("detail", "")))


def run_command(name: str, argv: Sequence[str]) -> Result:
    """Time an external command (e.g. ``wc -l``); peak RSS via ``/usr/bin/time`` when present, else 0."""
    timer = Path("/usr/bin/time")
    prefix = [str(timer), "-f", "%M"] if timer.exists() else []
    start = time.perf_counter()
    proc = subprocess.run([*prefix, *argv], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    peak = float(proc.stderr.strip().splitlines()[-1]) / 1024 if prefix else 0.0
    return Result(name, seconds, peak, proc.stdout.strip())


def best_of(runs: int, contenders: Sequence[Callable[[], Result]]) -> list[Result]:
    """Run the contenders in turn, ``runs`` rounds; each one's fastest run (peak: the largest seen).

    Interleaving the rounds spreads any slow patch of a shared machine over every contender.
    """
    rounds: list[list[Result]] = [[] for _ in contenders]
    for _ in range(max(1, runs)):
        for index, make in enumerate(contenders):
            rounds[index].append(make())
    best: list[Result] = []
    for results in rounds:
        fastest = min(results, key=lambda r: r.seconds)
        best.append(Result(fastest.name, fastest.seconds, max(r.peak_mb for r in results), fastest.detail))
    return best


def machine() -> str:
    """A one-line description of this machine."""
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def print_table(title: str, results: Sequence[Result], baseline: Result, ours: Result) -> None:
    """Print the contenders with their time relative to ``ours`` and the headline ratio."""
    print(title)
    print(f"  machine: {machine()}")
    width = max(len(r.name) for r in results)
    for r in results:
        rel = r.seconds / ours.seconds if ours.seconds else float("inf")
        print(f"  {r.name:<{width}}  {r.seconds:8.3f} s  {rel:6.2f}x ours  peak {r.peak_mb:7.1f} MB  {r.detail}")
    ratio = baseline.seconds / ours.seconds if ours.seconds else float("inf")
    print(f"  RATIO {baseline.name} / {ours.name} = {ratio:.2f}x")
