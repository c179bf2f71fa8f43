"""A million rows: check and split a 1,000,000-row CSV, then merge the answers of its 20 parts.

    python -m benchmarks.million [--rows 1000000] [--parts 20] [--answer-chars 40] [--keep DIR]

Two measured steps, each a fresh process (wall time, peak RSS by ``/usr/bin/time``):

* **check → split**: ``desktop-app-cli convert --split`` of a headerless CSV of ``--rows`` rows (the
  data of ``benchmarks.convert_speed``): every row checked, the JSONL written, then split into parts
  that each fit the file limits;
* **merged export**: the answers of ``--parts`` parts (each: its input, answers shuffled, 2 % in an
  error file) joined in part order through one :class:`~desktop_app.core.answers.view.ResultsView` — what
  :func:`~desktop_app.core.answers.lineage.open_group_results` builds for a submitted group — and written as
  one CSV, plus the summary.

The submit itself (one group of 20 jobs) is the network path, measured by the reliability suite, not
here. Targets (issue 13): peak memory under 400 MB; the merge of 20 parts under 30 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import MB, machine

ROOT = Path(__file__).resolve().parent.parent


def timed(argv: list[str]) -> tuple[float, float, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv} failed: {proc.stderr[-2000:]}")
    peak = float(proc.stderr.strip().splitlines()[-1]) / 1024
    return seconds, peak, proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""


def make_parts(folder: Path, parts: int, rows: int, answer_chars: int) -> list[tuple[Path, Path, Path]]:
    """``parts`` parts of ``rows // parts`` requests with distinct ids (one generated part, re-labelled)."""
    from benchmarks.export_speed import generate

    seed = folder / "seed"
    seed.mkdir(exist_ok=True)
    if not (seed / "out.jsonl").exists():
        generate(seed, rows // parts, 0.02, 5, answer_chars)
    made = []
    for p in range(parts):
        names = []
        for name in ("in.jsonl", "out.jsonl", "err.jsonl"):
            dest = folder / f"part{p:02d}-{name}"
            if not dest.exists():
                data = (seed / name).read_bytes().replace(b'"custom_id":"', b'"custom_id":"p%02d-' % p)
                dest.write_bytes(data)
            names.append(dest)
        made.append((names[0], names[1], names[2]))
    return made


def merge_child(folder: Path, parts: int, dest: Path, with_summary: bool) -> None:
    from desktop_app.core.answers.view import AnswerLayer, ResultsView
    from desktop_app.core.export import DEFAULT_COLUMNS, export_csv

    inputs = [folder / f"part{p:02d}-in.jsonl" for p in range(parts)]
    layers = [AnswerLayer(folder / f"part{p:02d}-out.jsonl", folder / f"part{p:02d}-err.jsonl") for p in range(parts)]
    by_part = [[p] for p in range(parts)]  # as open_group_results builds it
    start = time.perf_counter()
    with ResultsView(inputs, layers, part_layers=by_part) as view:
        written = export_csv(view, dest, DEFAULT_COLUMNS)
        exported = time.perf_counter() - start
        if not with_summary:
            print(f"{written:,} rows exported in {exported:.1f} s")
            return
        summary = view.summary()  # the window's export dialog reports the counts (index + status pass)
    print(
        f"{written:,} rows exported in {exported:.1f} s; summary after {time.perf_counter() - start:.1f} s: "
        f"{summary.succeeded:,} succeeded, {summary.failed:,} failed, {summary.missing:,} missing"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.million", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--parts", type=int, default=20)
    parser.add_argument("--answer-chars", type=int, default=40)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--only", default="split,merge")
    parser.add_argument("--merge-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.merge_child:
        merge_child(Path(args.merge_child[0]), args.parts, Path(args.merge_child[1]), args.merge_child[2] == "1")
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-million-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
    try:
        if "split" in args.only:
            from benchmarks.convert_speed import generate

            src = folder / f"rows-{args.rows}.csv"
            if not src.exists():
                generate(src, args.rows)
            cmd = [sys.executable, "-m", "desktop_app.cli", "convert", str(src), "--template", "{Column 2}"]
            cmd += ["--id-column", "Column 1", "--split", "-o", str(folder / "all.jsonl")]
            seconds, peak, last = timed(cmd)
            parts = sorted(folder.glob("all*.jsonl"))
            print(
                f"  check + split {args.rows:,} rows ({src.stat().st_size / MB:.0f} MB CSV): {seconds:.1f} s, "
                f"peak {peak:.0f} MB, {len(parts) - 1} parts  [{last}]"
            )
        if "merge" in args.only:
            from desktop_app.core.answers.index import save_answer_index

            made = make_parts(folder, args.parts, args.rows, args.answer_chars)
            size = sum(p.stat().st_size for triple in made for p in triple) / MB
            for stale in folder.glob("*.rowindex"):
                stale.unlink()
            for with_summary, indexed in (("0", False), ("1", False), ("0", True)):
                if indexed:  # as the app's download leaves them: each answer file's saved index beside it
                    for _, out, err in made:
                        save_answer_index(out)
                        save_answer_index(err)
                cmd = [sys.executable, "-m", "benchmarks.million", "--parts", str(args.parts)]
                cmd += ["--merge-child", str(folder), str(folder / "merged.csv"), with_summary]
                seconds, peak, last = timed(cmd)
                what = "merged export + the summary" if with_summary == "1" else "merged export"
                what += " (answers with their saved indexes, as downloaded)" if indexed else ""
                print(
                    f"  {what} of {args.parts} parts ({size:.0f} MB of input and answers): {seconds:.1f} s "
                    f"(process), peak {peak:.0f} MB  [{last}]"
                )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
