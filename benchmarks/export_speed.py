"""Export 50,000 joined result rows to CSV: ours against the vendor's JSONL→CSV script; results view latency.

    python -m benchmarks.export_speed [--rows 50000] [--error-share 0.02] [--missing 100] [--runs 5] [--keep DIR]

Generates an input file of ``--rows`` chat requests (Chinese/English prompts), an output file with
the answers in shuffled order (about 300 CJK characters each, usage included), an error file for
``--error-share`` of the requests (both error shapes), and leaves ``--missing`` requests unanswered.
Then, each in a fresh interpreter (best of ``--runs``, interleaved):

* **ours**: :class:`desktop_app.core.answers.view.ResultsView` over input + output + errors (the join,
  in input order, statuses exact) → :func:`desktop_app.core.export.export_csv` (UTF-8 BOM, CRLF,
  formula neutralising, long ids kept as text; atomic);
* **vendor**: the vendor's script (:mod:`benchmarks.vendor_jsonl_to_csv`: no join, no BOM) run over the
  output file and then the error file — the same answers;
* **view first rows**: open a 50,000-row results view and get its first 100 rows (what the window
  shows first), then the full status pass (needed for the status filter and the counts).

Module imports happen before the clock starts, for every contender (a running window has them
loaded; the app's core imports the openai SDK once, about 0.3 s).

Targets (issue 4): ours at least as fast as the vendor script (ratio ≥ 1.0), peak RSS < 300 MB; first
rows of a 50,000-row view in < 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import MB, Result, best_of, machine, measure_here, run_child

MODULE = "benchmarks.export_speed"
_QUESTION = "请用一句话介绍这座城市的历史和文化。Describe the city's history and culture in one sentence. "
_ANSWER = (
    "西湖位于浙江省杭州市西部，是中国大陆首批国家重点风景名胜区和中国十大风景名胜之一。"
    "杭州历史悠久，文化底蕴深厚，自古以来就是文人墨客向往的地方。"
)


def generate(
    folder: Path, rows: int, error_share: float, missing: int, answer_chars: int = 300
) -> tuple[Path, Path, Path]:
    """Write in.jsonl, out.jsonl (shuffled), err.jsonl; return their paths."""
    import orjson

    rng = random.Random(2024)
    inp, out, err = folder / "in.jsonl", folder / "out.jsonl", folder / "err.jsonl"
    ids = [f"{i:012d}" if i % 10 == 0 else f"req-{i:06d}" for i in range(rows)]  # some long numeric ids
    with open(inp, "wb") as handle:
        for i, cid in enumerate(ids):
            body = {
                "model": "qwen-plus",
                "messages": [
                    {"role": "system", "content": "You are a helpful assistant."},
                    {"role": "user", "content": f"[{i}] {_QUESTION}"},
                ],
            }
            handle.write(
                orjson.dumps({"custom_id": cid, "method": "POST", "url": "/v1/chat/completions", "body": body})
            )
            handle.write(b"\n")
    answered = ids[: rows - missing]
    failing = set(rng.sample(answered, int(len(answered) * error_share)))
    ok_lines: list[bytes] = []
    err_lines: list[bytes] = []
    for n, cid in enumerate(answered):
        request_id = f"{rng.getrandbits(64):016x}-{n}"
        if cid in failing:
            shape = (
                {"code": "InvalidParameter", "message": "Range of temperature should be [0.0, 2.0)"}
                if n % 2
                else {"error_code": "InvalidParameter", "error_message": "Range of temperature should be [0.0, 2.0)"}
            )
            err_lines.append(
                orjson.dumps(
                    {
                        "id": request_id,
                        "custom_id": cid,
                        "response": {"status_code": 400, "request_id": request_id, "body": {}},
                        "error": shape,
                    }
                )
            )
            continue
        content = (
            ("- " if n % 50 == 0 else "") + (_ANSWER * (answer_chars // len(_ANSWER) + 1))[:answer_chars] + f" ({n})"
        )
        ok_lines.append(
            orjson.dumps(
                {
                    "id": request_id,
                    "custom_id": cid,
                    "response": {
                        "status_code": 200,
                        "request_id": request_id,
                        "body": {
                            "created": 1743562621 + n,
                            "usage": {"completion_tokens": 120, "prompt_tokens": 38, "total_tokens": 158},
                            "model": "qwen-plus",
                            "id": f"chatcmpl-{request_id}",
                            "choices": [
                                {
                                    "finish_reason": "stop",
                                    "index": 0,
                                    "message": {"role": "assistant", "content": content},
                                }
                            ],
                            "object": "chat.completion",
                        },
                    },
                    "error": None,
                }
            )
        )
    rng.shuffle(ok_lines)
    out.write_bytes(b"\n".join(ok_lines) + b"\n")
    err.write_bytes(b"\n".join(err_lines) + b"\n")
    return inp, out, err


# The vendor script's columns, in our names ("usage" is three token columns).
VENDOR_COLUMNS = (
    "custom_id",
    "model",
    "request_id",
    "status_code",
    "error_code",
    "error_message",
    "created",
    "content",
    "prompt_tokens",
    "completion_tokens",
    "total_tokens",
)


def ours(inp: Path, out: Path, err: Path, dest: Path, columns: tuple[str, ...] | None = None) -> str:
    from desktop_app.core.answers.view import ResultsView
    from desktop_app.core.export import DEFAULT_COLUMNS, export_csv

    with ResultsView.from_paths(inp, out, err) as view:
        written = export_csv(view, dest, columns or DEFAULT_COLUMNS)
    return f"{written:,} rows, {len(columns or DEFAULT_COLUMNS)} columns"


def vendor(out: Path, err: Path, dest: Path) -> str:
    from benchmarks.vendor_jsonl_to_csv import convert

    rows = convert(str(out), str(dest))
    rows += convert(str(err), str(dest.with_name(dest.stem + "-errors.csv")))
    return f"{rows:,} rows"


def first_rows(inp: Path, out: Path, err: Path) -> str:
    from desktop_app.core.answers.view import ResultsView

    start = time.perf_counter()
    view = ResultsView.from_paths(inp, out, err)
    page = view.rows(0, 100)
    first = time.perf_counter() - start
    view.statuses()
    full = time.perf_counter() - start
    view.close()
    return f"first {len(page)} rows of {len(view):,} after {first * 1000:.0f} ms; statuses ready after {full:.2f} s"


def xlsx(inp: Path, out: Path, err: Path, dest: Path) -> str:
    from desktop_app.core.answers.view import ResultsView
    from desktop_app.core.export import export_xlsx

    with ResultsView.from_paths(inp, out, err) as view:
        report = export_xlsx(view.iter_rows(), dest)
    return f"{report.rows:,} rows"


def _child(which: str, folder: Path) -> None:
    inp, out, err = folder / "in.jsonl", folder / "out.jsonl", folder / "err.jsonl"
    # Every run writes new files (removed by the parent afterwards), so nobody pays for deleting the last.
    tag = f"{os.getpid()}"
    # Imports happen before the clock starts (a running window has them loaded; the app's core pulls in
    # the openai SDK, ~0.3 s once). Each contender imports only what it uses, so peak RSS stays its own.
    if which == "vendor":
        import benchmarks.vendor_jsonl_to_csv  # noqa: F401
    else:
        pass
    if which == "ours":
        measure_here(lambda: ours(inp, out, err, folder / f"ours-{tag}.csv"))
    elif which == "ours-vendor-columns":
        measure_here(lambda: ours(inp, out, err, folder / f"oursv-{tag}.csv", VENDOR_COLUMNS))
    elif which == "vendor":
        measure_here(lambda: vendor(out, err, folder / f"vendor-{tag}.csv"))
    elif which == "first":
        measure_here(lambda: first_rows(inp, out, err))
    elif which == "xlsx":
        measure_here(lambda: xlsx(inp, out, err, folder / "ours.xlsx"))
    else:
        raise SystemExit(f"unknown contender {which}")


def _tidy(folder: Path) -> Result | None:
    for stale in folder.glob("*-[0-9]*.csv"):
        stale.unlink()
    return None


def _line(r: Result, ours_s: float) -> str:
    rel = r.seconds / ours_s if ours_s else float("inf")
    return f"  {r.name:<40} {r.seconds:7.3f} s  {rel:5.2f}x ours  peak {r.peak_mb:6.1f} MB  {r.detail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--error-share", type=float, default=0.02)
    parser.add_argument("--missing", type=int, default=100)
    parser.add_argument("--answer-chars", type=int, default=300, help="characters per answer (CJK + Latin)")
    parser.add_argument("--runs", type=int, default=5, help="best of N runs per contender (interleaved)")
    parser.add_argument("--xlsx", action="store_true", help="also time the XLSX export (once)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep the files")
    parser.add_argument("--child", nargs=2, metavar=("WHICH", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-export-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        print(f"generating {args.rows:,} requests and their answers in {folder} ...", flush=True)
        paths = generate(folder, args.rows, args.error_share, args.missing, args.answer_chars)
        sizes = ", ".join(f"{p.name} {p.stat().st_size / MB:.1f} MB" for p in paths)
        for path in paths:  # into the page cache for everyone
            path.read_bytes()
        target = str(folder)

        def child(name: str, which: str) -> Callable[[], Result]:
            def run() -> Result:
                _tidy(folder)
                return run_child(name, MODULE, ["--child", which, target])

            return run

        mine, narrow, theirs, first = best_of(
            args.runs,
            [
                child("ours: export_csv, 15 default columns", "ours"),
                child("ours: export_csv, the vendor's columns", "ours-vendor-columns"),
                child("vendor JSONL->CSV script (no join)", "vendor"),
                child("results view: first rows", "first"),
            ],
        )
        print(f"export {args.rows:,} joined rows to CSV (best of {args.runs}); {sizes}")
        print(f"  machine: {machine()}")
        for result in (mine, narrow, theirs, first):
            print(_line(result, mine.seconds))
        if args.xlsx:
            book = run_child("ours: view + export_xlsx", MODULE, ["--child", "xlsx", target])
            print(_line(book, mine.seconds))
        ratio = theirs.seconds / mine.seconds if mine.seconds else float("inf")
        same = theirs.seconds / narrow.seconds if narrow.seconds else float("inf")
        print(f"  RATIO vendor / ours (default columns) = {ratio:.2f}x (target >= 1.0)")
        print(f"  RATIO vendor / ours (the vendor's columns) = {same:.2f}x")
        print(f"  ours peak RSS {mine.peak_mb:.0f} MB (target < 300 MB)")
        print(f"  results view: {first.detail} (target: first rows < 1 s)")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
