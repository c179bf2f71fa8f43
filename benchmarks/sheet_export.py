"""The sheet layout export (issue 12) against the all-columns CSV, on rows with output columns.

    python -m benchmarks.sheet_export [--rows 50000] [--runs 3]

Builds a GBK review sheet of ``--rows`` rows, its requests with two output columns (a label and a
text), simulated JSON answers (the sandbox's), then, best of ``--runs``:

* **all columns**: :func:`desktop_app.core.export.export_csv` (the technical layout);
* **sheet CSV**: :func:`desktop_app.core.sheet.export_sheet` — the user's columns, the typed output
  columns, a status, every cell through :func:`desktop_app.core.cells.csv_text`;
* **sheet XLSX**: the same layout as a workbook (openpyxl, write-only);
* **statuses**: the results view's status pass with and without judging answers against the columns.

Prints seconds, the ratios against the all-columns CSV, and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import orjson

from desktop_app.core.answers.source import SourceSpec
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.builder.jsonl import build_jsonl
from desktop_app.core.builder.spec import RequestSpec
from desktop_app.core.export import export_csv
from desktop_app.core.outputs import OutputColumn, OutputKind
from desktop_app.core.sheet import Variant, export_sheet
from desktop_app.core.tables.readers import open_table
from desktop_app.sandbox.answers import success_line


def prepare(folder: Path, rows: int) -> tuple[Path, Path, SourceSpec]:
    sheet = folder / "reviews.csv"
    with open(sheet, "w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["编号", "评论", "日期"])
        for i in range(rows):
            text = f"评论 {i} 还不错，物流很快 -5分" if i % 3 else f"+1 很好 {i}"
            writer.writerow([f"{i:06d}", text, "2024-01-05"])
    outputs = (
        OutputColumn("sentiment", OutputKind.LABEL, "", ("positive", "negative", "neutral")),
        OutputColumn("reason"),
    )
    spec = RequestSpec(template="{评论}", model="qwen-plus", id_column="编号", outputs=outputs)
    requests = folder / "requests.jsonl"
    with open_table(sheet) as table:
        source = SourceSpec.from_json(build_jsonl(table, spec, requests).source)  # the build keeps the sheet
    assert source is not None
    rng = random.Random(1)
    answers = folder / "answers.jsonl"
    with open(answers, "wb") as handle:
        for raw in requests.read_bytes().splitlines():
            obj = orjson.loads(raw)
            handle.write(orjson.dumps(success_line(obj["custom_id"], obj["body"], obj["url"], 1_700_000_000, rng)))
            handle.write(b"\n")
    return requests, answers, source


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="sheet-bench-"))
    requests, answers, source = prepare(folder, args.rows)
    plain = replace(source, outputs=())

    def view(spec: SourceSpec = source) -> ResultsView:
        return ResultsView.from_paths(requests, answers, source=spec)

    def run(work: Callable[[ResultsView], object], spec: SourceSpec = source) -> Callable[[], object]:
        def once() -> object:
            with view(spec) as opened:
                return work(opened)

        return once

    results = {
        "all columns CSV": best(args.runs, run(lambda v: export_csv(v, folder / "all.csv"))),
        "sheet CSV": best(args.runs, run(lambda v: export_sheet([Variant("qwen-plus", v)], folder / "s.csv"))),
        "sheet XLSX": best(
            args.runs, run(lambda v: export_sheet([Variant("qwen-plus", v)], folder / "s.xlsx", "xlsx"))
        ),
        "statuses, judged": best(args.runs, run(lambda v: v.statuses())),
        "statuses, not judged": best(args.runs, run(lambda v: v.statuses(), plain)),
    }
    base = results["all columns CSV"]
    print(f"{args.rows:,} rows with 2 output columns, best of {args.runs} (Python {sys.version.split()[0]})")
    for name, seconds in results.items():
        print(f"  {name:<22} {seconds:6.2f} s   {seconds / base:5.2f}x the all-columns CSV")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"  peak RSS {peak / 1024:.0f} MB" if sys.platform != "darwin" else f"  peak RSS {peak / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
