"""Token counting and the cost estimate: our ``estimate_file`` against the plain per-line way.

    python -m benchmarks.estimate_speed [--size-mb 500] [--lines 50000] [--runs 1] [--keep DIR]

Generates a JSONL batch file (qwen-plus chat requests, Chinese/Japanese/English text), then runs, each
in a fresh interpreter:

* ours — ``desktop_app.core.estimate.estimate_file`` in a worker thread (as the window runs it: the
  asyncio loop keeps a 10 ms ticker going and the longest gap between ticks is reported), orjson
  parsing and tiktoken batches on 2 threads;
* plain — what a script with the vendor SDK's tokenizer does: ``json.loads`` each line, then
  ``tokenizer.encode(text)`` (NFC + tiktoken, one call per message, one thread) with the same vocabulary.

Both must report the same input-token total (the script checks). Then the same for a typical
50,000-row file (short prompts) — the issue's target: its estimate ready in under 10 s. Prints
seconds, MB/s, the ratio and peak RSS; results in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
from pathlib import Path

import orjson

from benchmarks import MB, Result, best_of, measure_here, print_table, run_child

MODULE = "benchmarks.estimate_speed"
_TEXT = (
    "西湖位于浙江省杭州市西部，是中国首批国家重点风景名胜区。",
    "The West Lake is divided into five sections by three causeways, ",
    "東京は日本の首都であり、世界有数の大都市です。",
    "Please translate the following customer review into English and rate it from 1 to 5: ",
    "请把这段话翻译成英文：今天天气很好，我们去公园散步吧。",
    "Kopi ini enak sekali, terima kasih banyak! ",
)


def generate(path: Path, size_mb: int, lines: int, seed: int = 3) -> int:
    """``lines`` requests of about ``size_mb`` MB in all; returns the size."""
    rng = random.Random(seed)
    per_line = max(40, size_mb * 1_000_000 // max(1, lines) - 200)
    with open(path, "wb") as handle:
        for i in range(lines):
            parts: list[str] = []
            size = 0
            while size < per_line:
                piece = rng.choice(_TEXT)
                parts.append(piece)
                size += len(piece.encode())
            body = {
                "model": "qwen-plus",
                "messages": [
                    {"role": "system", "content": "You are a careful translator."},
                    {"role": "user", "content": "".join(parts)},
                ],
                "max_tokens": 800,
                "enable_thinking": False,
            }
            line = {"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions", "body": body}
            handle.write(orjson.dumps(line) + b"\n")
    return path.stat().st_size


def ours(path: Path) -> str:
    import asyncio
    import time

    from desktop_app.core.estimate import estimate_file
    from desktop_app.core.regions import INTL

    async def run() -> str:
        loop = asyncio.get_running_loop()
        longest = 0.0
        stop = False

        async def ticker() -> None:
            nonlocal longest
            last = loop.time()
            while not stop:
                await asyncio.sleep(0.01)
                now = loop.time()
                longest = max(longest, now - last - 0.01)
                last = now

        tick = asyncio.ensure_future(ticker())
        started = time.perf_counter()
        est = await asyncio.to_thread(estimate_file, path, INTL)
        seconds = time.perf_counter() - started
        stop = True
        await tick
        return (
            f"{est.input_tokens} input tokens, {est.requests} requests, "
            f"{path.stat().st_size / 1e6 / seconds:.1f} MB/s, longest loop stall {longest * 1000:.0f} ms"
        )

    return asyncio.run(run())


def plain(path: Path) -> str:
    """json.loads per line and the SDK tokenizer's encode per message (NFC + tiktoken, one thread)."""
    import unicodedata

    from desktop_app.core import tokens

    enc = tokens.encoding()
    total = requests = 0
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            body = json.loads(raw)["body"]
            requests += 1
            text = (
                "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in body["messages"])
                + "<|im_start|>assistant\n"
            )
            total += len(enc.encode(unicodedata.normalize("NFC", text), allowed_special="all"))
    return f"{total} input tokens, {requests} requests"


def _child(which: str, path: Path) -> None:
    # Modules are imported before the clock starts, for both (ours pulls in openai through
    # core.errors: ~1.2 s here, paid once per process, whatever the file); the vocabulary load is timed.
    import desktop_app.core.estimate
    import desktop_app.core.tokens  # noqa: F401

    if which == "ours":
        measure_here(lambda: ours(path))
    elif which == "plain":
        measure_here(lambda: plain(path))
    else:
        raise SystemExit(f"unknown contender {which}")


def _compare(title: str, path: Path, runs: int) -> tuple[Result, Result]:
    args = ["--child"]
    results = best_of(
        runs,
        [
            lambda: run_child("ours (estimate_file)", MODULE, [*args, "ours", str(path)]),
            lambda: run_child("plain (json + SDK encode)", MODULE, [*args, "plain", str(path)]),
        ],
    )
    mine, baseline = results
    if mine.detail.split()[0] != baseline.detail.split()[0]:
        raise SystemExit(f"token totals differ: ours {mine.detail!r} vs plain {baseline.detail!r}")
    size = path.stat().st_size
    print_table(f"{title} ({size / 1e6:.0f} MB)", results, baseline, mine)
    print(f"  ours: {size / 1e6 / mine.seconds:.1f} MB/s; plain: {size / 1e6 / baseline.seconds:.1f} MB/s")
    return mine, baseline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=500)
    parser.add_argument("--lines", type=int, default=50_000)
    parser.add_argument("--small-mb", type=int, default=25, help="size of the typical 50,000-row file")
    parser.add_argument("--runs", type=int, default=1, help="best of N runs per contender (interleaved)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep the files")
    parser.add_argument("--child", nargs=2, metavar=("WHICH", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-estimate-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        small = folder / f"rows-{args.lines}-{args.small_mb}mb.jsonl"
        if not small.exists():
            generate(small, args.small_mb, args.lines)
        mine, _ = _compare(f"Estimate of a {args.lines:,}-row file", small, max(args.runs, 3))
        print(f"  target < 10 s: {'met' if mine.seconds < 10 else 'NOT met'} ({mine.seconds:.2f} s)")
        big = folder / f"big-{args.size_mb}mb-{args.lines}.jsonl"
        if not big.exists():
            print(f"generating {args.lines:,} lines, ~{args.size_mb} MB in {big} ...", flush=True)
            generate(big, args.size_mb, args.lines)
        _compare("Tokens of a big file", big, args.runs)
        print(f"  (MB = {MB:,} bytes in benchmarks/__init__; sizes above are 10^6 bytes)")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
