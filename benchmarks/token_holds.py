"""The window process's interpreter while a file's tokens are counted: in it (before) or in the token process.

    python -m benchmarks.token_holds [--runs 3] [--file-mb 100] [--file PATH]

Each run is a fresh interpreter (so the first count builds the tokenizer, as in a window that has not
counted yet) with the app's switch interval (1 ms) and the collector off, as in the window's workers.
A "UI" thread sleeps 1 ms in a loop while the estimate runs in a worker thread — ``estimate_file`` in
this process (``inside``, the window before issue 13 round 5) or ``TokenProcess.estimate_file``
(``outside``, the window now). A sleep's overrun is how long that thread could not run: the
interpreter held by another thread, or the process not scheduled (a loaded machine stalls both modes).
Reported per run: wall time of the estimate, this process's CPU time (user+sys) and the child's, the
longest overrun, the 99th percentile, overruns over 50 ms, and this process's RSS at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import machine

MODULE = "benchmarks.token_holds"


def child(mode: str, path: str) -> None:
    import gc

    sys.setswitchinterval(0.001)
    gc.disable()
    from desktop_app.core.estimate import estimate_file
    from desktop_app.core.regions import INTL

    overruns: list[float] = []
    done = threading.Event()

    def tick() -> None:
        while not done.is_set():
            started = time.perf_counter()
            time.sleep(0.001)
            overruns.append((time.perf_counter() - started - 0.001) * 1000)

    worker = None
    if mode == "outside":
        from desktop_app.services.token_process import TokenProcess

        worker = TokenProcess()
    ticker = threading.Thread(target=tick, daemon=True)
    ticker.start()
    time.sleep(0.2)
    before = os.times()
    started = time.perf_counter()
    result: dict[str, object] = {}

    def count() -> None:
        est = worker.estimate_file(path, INTL) if worker is not None else estimate_file(path, INTL)
        result["tokens"] = est.input_tokens

    counter = threading.Thread(target=count)
    counter.start()
    counter.join()
    wall = time.perf_counter() - started
    after = os.times()
    child_cpu = None
    if worker is not None and worker.pid is not None:
        fields = Path(f"/proc/{worker.pid}/stat").read_text().rsplit(")", 1)[1].split()
        child_cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    done.set()
    ticker.join()
    if worker is not None:
        worker.close()
    ordered = sorted(overruns)
    print(
        json.dumps(
            {
                "mode": mode,
                "wall_s": wall,
                "cpu_s": (after.user - before.user) + (after.system - before.system),
                "child_cpu_s": child_cpu,
                "longest_ms": ordered[-1],
                "p99_ms": ordered[int(0.99 * (len(ordered) - 1))],
                "over_50": sum(1 for o in ordered if o > 50),
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "tokens": result.get("tokens"),
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file-mb", type=int, default=100)
    parser.add_argument("--file", type=Path, help="count this file (default: a generated one)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="bd-token-holds-"))
    path = args.file
    if path is None:
        from benchmarks.ui_stalls import write_big_jsonl

        path = folder / f"big-{args.file_mb}.jsonl"
        write_big_jsonl(path, args.file_mb)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    print(f"machine: {machine()}; {path.stat().st_size / 1e6:.0f} MB")
    rows: dict[str, list[dict[str, float]]] = {"inside": [], "outside": []}
    for _ in range(args.runs):
        for mode in ("inside", "outside"):
            load = os.getloadavg()[0]
            proc = subprocess.run(
                [sys.executable, "-m", MODULE, "--child", mode, str(path)],
                capture_output=True,
                text=True,
                env=env,
                cwd=root,
                check=False,
            )
            lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
            if not lines:
                raise SystemExit(proc.stderr[-3000:])
            row = json.loads(lines[-1])
            rows[mode].append(row)
            child_cpu = "" if row["child_cpu_s"] is None else f" + child {row['child_cpu_s']:.2f}"
            print(
                f"  {mode:<7} load {load:4.1f}  wall {row['wall_s']:6.2f} s  cpu here {row['cpu_s']:5.2f} s{child_cpu}"
                f"  longest {row['longest_ms']:6.1f} ms  p99 {row['p99_ms']:5.2f} ms  >50 ms {row['over_50']}"
                f"  RSS {row['rss_mb']:.0f} MB  tokens {row['tokens']}",
                flush=True,
            )
    for mode, found in rows.items():
        print(
            f"{mode}: median wall {statistics.median(r['wall_s'] for r in found):.2f} s, "
            f"median longest {statistics.median(r['longest_ms'] for r in found):.1f} ms, "
            f"median RSS {statistics.median(r['rss_mb'] for r in found):.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
