"""The jobs table with 1,000 jobs: what one refresh tick costs the UI thread (pure Python part).

    python -m benchmarks.jobs_refresh [--jobs 1000] [--changed 50] [--ticks 200]

A ledger (SQLite, in a temporary folder) holds ``--jobs`` jobs over three regions, all statuses,
some with re-runs and usage. Each simulated tick changes ``--changed`` of them (status / counts, as a
refresh would) and then measures, separately:

* **worker thread**: ``Ledger.jobs()`` — the SQLite read the UI runs off its thread;
* **UI thread**: :func:`desktop_app.core.jobs.merge_views` (rows from records, with the filter) plus
  :meth:`desktop_app.core.jobs.JobTable.apply` (the in-place diff a Qt model turns into
  ``dataChanged`` / insert / remove) — the part the target is about;
* the plain way for comparison: rebuilding every row and comparing nothing (what a model reset does).

Prints median, 95th percentile and max per tick in milliseconds. Target (issue 4): UI-thread part
under 20 ms per tick for 1,000 jobs. (A later engineer measures the real Qt model on top.)
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from benchmarks import machine

STATUSES = ("validating", "in_progress", "finalizing", "completed", "failed", "expired", "cancelling", "cancelled")
REGIONS = {"intl": "Singapore", "cn": "Beijing", "sandbox": "Sandbox"}


def fill(ledger_path: Path, jobs: int) -> None:
    from desktop_app.core.batch import BatchInfo
    from desktop_app.core.ledger import JobRelation, Ledger

    rng = random.Random(7)
    with Ledger(ledger_path) as ledger:
        batches: dict[str, list[BatchInfo]] = {r: [] for r in REGIONS}
        for i in range(jobs):
            region = list(REGIONS)[i % 3]
            total = rng.randint(1, 50_000)
            done = rng.randint(0, total)
            batches[region].append(
                BatchInfo.from_api(
                    {
                        "id": f"batch_{i:06d}",
                        "status": rng.choice(STATUSES),
                        "endpoint": "/v1/chat/completions",
                        "input_file_id": f"file-batch-{i}",
                        "completion_window": "24h",
                        "created_at": 1_760_000_000 + i * 60,
                        "in_progress_at": 1_760_000_030 + i * 60,
                        "expires_at": 1_760_086_400 + i * 60,
                        "request_counts": {"total": total, "completed": done, "failed": done // 50},
                        "metadata": {"ds_name": f"翻訳ジョブ {i}", "ds_description": "benchmark"},
                    }
                )
            )
        for region, items in batches.items():
            ledger.update_from_batches(region, items)
        for job in ledger.jobs()[:100]:
            ledger.record_usage(
                job.id, prompt_tokens=1000, completion_tokens=5000, total_tokens=6000, verdict="complete"
            )
        parents = ledger.jobs()[100:150]
        for parent in parents:
            child = ledger.record_intent(region_id=parent.region_id, name=f"{parent.name} (re-run 1)")
            ledger.link(child, parent.id, JobRelation.RERUN.value)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.jobs_refresh", description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--changed", type=int, default=50, help="jobs changed per tick")
    parser.add_argument("--ticks", type=int, default=200)
    args = parser.parse_args(argv)

    from desktop_app.core.jobs import JobFilter, JobTable, JobView, merge_views
    from desktop_app.core.ledger import Ledger

    folder = Path(tempfile.mkdtemp(prefix="bd-jobs-bench-"))
    try:
        path = folder / "ledger.sqlite3"
        start = time.perf_counter()
        fill(path, args.jobs)
        filled = time.perf_counter() - start
        rng = random.Random(1)
        with Ledger(path) as ledger:
            records = ledger.jobs()
            table = JobTable()
            first_start = time.perf_counter()
            table.apply(merge_views(records, REGIONS))
            first_fill = time.perf_counter() - first_start
            job_filter = JobFilter(name="ジョブ")  # matches every job: the filter runs on every row

            def measure(work: Callable[[], object]) -> list[float]:
                times = []
                for _ in range(args.ticks):
                    start = time.perf_counter()
                    work()
                    times.append((time.perf_counter() - start) * 1000)
                return times

            state = {"records": records}

            def change() -> None:
                current = list(state["records"])
                for index in rng.sample(range(len(current)), args.changed):
                    job = current[index]
                    current[index] = replace(job, completed=job.completed + 1, status=rng.choice(STATUSES))
                state["records"] = current

            def ui_tick() -> None:
                change()
                diff = table.apply(merge_views(state["records"], REGIONS, job_filter))
                assert len(diff.changed) <= args.changed

            def reset_tick() -> None:
                change()
                rows = [JobView.from_record(job, REGIONS.get(job.region_id, "")) for job in state["records"]]
                assert len(rows) == len(state["records"])

            ui = measure(ui_tick)
            reset = measure(reset_tick)
            reads = measure(ledger.jobs)
        print(f"jobs table refresh, {args.jobs:,} jobs, {args.changed} changed per tick, {args.ticks} ticks")
        print(f"  machine: {machine()}")
        print(f"  ledger filled in {filled:.2f} s; first fill of the table {first_fill * 1000:.1f} ms")
        for name, times in (
            ("UI thread: merge_views + JobTable.apply", ui),
            ("plain: rebuild every row (model reset)", reset),
            ("worker thread: Ledger.jobs() (SQLite)", reads),
        ):
            print(
                f"  {name:<42} median {statistics.median(times):6.2f} ms   p95 {percentile(times, 0.95):6.2f} ms"
                f"   max {max(times):6.2f} ms"
            )
        verdict = "OK" if percentile(ui, 0.95) < 20 else "OVER"
        print(f"  UI-thread tick p95 {percentile(ui, 0.95):.2f} ms (target < 20 ms): {verdict}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
