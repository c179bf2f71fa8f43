"""The CLI's ``export`` in parts (issue 13, round 5): whole processes, interleaved, by number of parts
and start method, at several sizes — to choose :data:`desktop_app.core.export.PARALLEL_MIN_BYTES`.

    python -m benchmarks.export_parts [--rows 50000,20000,10000] [--runs 5] [--layout columns|sheet]

Prints wall and CPU seconds (user + system of the process and its workers) per contender, every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks import machine
from benchmarks.cli_whole import PY, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.export_parts")
    parser.add_argument("--rows", default="50000,20000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--layout", default="columns")
    parser.add_argument("--contenders", default="1,2:fork,2:spawn")
    args = parser.parse_args(argv)
    from benchmarks.export_speed import generate

    folder = Path(tempfile.mkdtemp(prefix="bd-export-parts-"))
    os.environ["BATCH_DESK_HOME"] = str(folder / "home")
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the start")
    try:
        run([PY, "-m", "desktop_app.cli", "--help"])
        for rows in (int(r) for r in args.rows.split(",")):
            data = folder / str(rows)
            data.mkdir()
            generate(data, rows, 0.02, 100, 300)
            cmd = [PY, "-m", "desktop_app.cli", "export", str(data / "out.jsonl"), "--errors", str(data / "err.jsonl")]
            cmd += ["--input", str(data / "in.jsonl"), "--layout", args.layout]
            results: dict[str, list[tuple[float, float, float]]] = {c: [] for c in args.contenders.split(",")}
            for _ in range(args.runs):
                for contender in results:
                    parts, _, method = contender.partition(":")
                    os.environ["BATCH_DESK_EXPORT_PARTS"] = parts
                    os.environ["BATCH_DESK_START_METHOD"] = method or "fork"
                    results[contender].append(run([*cmd, "-o", str(data / f"{parts}{method}.csv")]))
            outputs = {(data / f"{c.partition(':')[0]}{c.partition(':')[2]}.csv").read_bytes() for c in results}
            size = sum((data / n).stat().st_size for n in ("in.jsonl", "out.jsonl", "err.jsonl")) / 2**20
            print(
                f"{rows:,} rows ({size:.1f} MB in + answers); outputs identical: {'yes' if len(outputs) == 1 else 'NO'}"
            )
            for contender, runs in results.items():
                walls = " ".join(f"{r[0]:.3f}" for r in runs)
                cpus = " ".join(f"{r[2]:.3f}" for r in runs)
                print(
                    f"  parts {contender:<8} wall median {statistics.median(r[0] for r in runs):.3f} s [{walls}]  "
                    f"cpu median {statistics.median(r[2] for r in runs):.3f} s [{cpus}]"
                )
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    finally:
        os.environ.pop("BATCH_DESK_EXPORT_PARTS", None)
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
