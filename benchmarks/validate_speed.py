"""Validate a large JSONL file: our ``validate_jsonl`` against a plain ``json.loads``-per-line loop.

    python -m benchmarks.validate_speed [--size-mb 500] [--lines 50000] [--runs 1] [--keep DIR]

Generates ``--lines`` chat requests totalling about ``--size-mb`` MB (mixed Chinese/English text),
then runs, each in a fresh interpreter: ours (``desktop_app.core.validate.validate_jsonl``), the plain
loop (``json.loads`` per line doing the same checks), the same loop with ``orjson.loads`` (for
reference), and ``wc -l`` (the floor: just reading the bytes). Prints seconds, the ratio to ours and
peak RSS. The issue's targets: at least 3x faster than the plain loop, peak under 200 MB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks import MB, best_of, measure_here, print_table, run_child, run_command

MODULE = "benchmarks.validate_speed"
ENDPOINTS = ("/v1/chat/completions", "/v1/embeddings", "/v1/chat/ds-test")
MAX_LINE_BYTES = 6 * MB

_PARAGRAPH = (
    "西湖位于浙江省杭州市西部，是中国大陆首批国家重点风景名胜区和中国十大风景名胜之一。"
    "The West Lake is a freshwater lake in Hangzhou, China; it is divided into five sections by three causeways. "
    "東京は日本の首都であり、世界有数の大都市です。"
)

_ENGLISH = (
    "The West Lake is a freshwater lake in Hangzhou, China; it is divided into five sections by three "
    "causeways. Tokyo is the capital of Japan and one of the largest cities in the world. "
)


def generate(path: Path, size_mb: int, lines: int, text: str = "mixed") -> int:
    """Write ``lines`` valid chat requests of about ``size_mb`` MB in all; return the byte size."""
    import orjson

    paragraph = _PARAGRAPH if text == "mixed" else _ENGLISH
    per_line = max(200, size_mb * MB // max(lines, 1))
    unit = len(paragraph.encode("utf-8"))
    with open(path, "wb") as handle:
        for i in range(lines):
            repeat = max(1, (per_line - 260) // unit)
            content = f"[{i}] " + paragraph * repeat
            line = {
                "custom_id": f"req-{i:06d}",
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {
                    "model": "qwen-plus",
                    "messages": [
                        {"role": "system", "content": "You are a helpful assistant."},
                        {"role": "user", "content": content},
                    ],
                    "temperature": 0.7,
                    "enable_thinking": False,
                },
            }
            handle.write(orjson.dumps(line) + b"\n")
    return path.stat().st_size


def plain_loop(path: Path, loads_name: str = "json") -> str:
    """What a careful script would do: parse each line and apply the same rules as validate_jsonl."""
    if loads_name == "orjson":
        import orjson

        loads = orjson.loads
        errors_t: tuple[type[Exception], ...] = (orjson.JSONDecodeError,)
    else:
        loads = json.loads
        errors_t = (json.JSONDecodeError, UnicodeDecodeError)
    seen: dict[str, int] = {}
    ref_url = ref_model = None
    thinking: set[object] = set()
    requests = problems = 0
    with open(path, "rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                problems += 1
                continue
            requests += 1
            if len(raw.rstrip(b"\r\n")) > MAX_LINE_BYTES:
                problems += 1
                continue
            try:
                obj = loads(raw)
            except errors_t:
                problems += 1
                continue
            if not isinstance(obj, dict):
                problems += 1
                continue
            cid, method, url, body = obj.get("custom_id"), obj.get("method"), obj.get("url"), obj.get("body")
            if cid is None or method is None or url is None or body is None:
                problems += 1
            if not isinstance(cid, str) or not cid or seen.setdefault(cid, lineno) != lineno:
                problems += 1
            if method != "POST":
                problems += 1
            if url not in ENDPOINTS:
                problems += 1
            elif ref_url is None:
                ref_url = url
            elif url != ref_url:
                problems += 1
            if not isinstance(body, dict):
                problems += 1
                continue
            model = body.get("model")
            if not isinstance(model, str) or not model:
                problems += 1
            elif ref_model is None:
                ref_model = model
            elif model != ref_model:
                problems += 1
            value = body.get("enable_thinking", "absent")
            if value not in ("absent", True, False):
                problems += 1
            thinking.add(value)
            if body.get("messages") is None and body.get("input") is None:
                problems += 1
            t = body.get("temperature")
            if t is not None and not (type(t) in (int, float) and 0 <= t < 2):
                problems += 1
            p = body.get("top_p")
            if p is not None and not (type(p) in (int, float) and 0 <= p <= 1):
                problems += 1
    if len(thinking - {"absent"}) > 1:
        problems += 1
    if requests > 50_000:
        problems += 1
    return f"{requests} requests, {problems} problems"


def ours(path: Path) -> str:
    from desktop_app.core.validate import validate_jsonl

    report = validate_jsonl(path)
    return f"{report.requests} requests, {report.error_count + report.warning_count} problems"


def _child(which: str, path: Path) -> None:
    if which == "ours":
        measure_here(lambda: ours(path))
    elif which == "json":
        measure_here(lambda: plain_loop(path, "json"))
    elif which == "orjson":
        measure_here(lambda: plain_loop(path, "orjson"))
    else:
        raise SystemExit(f"unknown contender {which}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=500)
    parser.add_argument("--lines", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3, help="best of N runs per contender (interleaved)")
    parser.add_argument("--text", choices=("mixed", "ascii"), default="mixed", help="CJK+English or English only")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep the file")
    parser.add_argument("--child", nargs=2, metavar=("WHICH", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-validate-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"big-{args.size_mb}mb-{args.lines}-{args.text}.jsonl"
    try:
        if not path.exists():
            print(f"generating {args.lines:,} lines, ~{args.size_mb} MB in {path} ...", flush=True)
            generate(path, args.size_mb, args.lines, args.text)
        size = path.stat().st_size
        with open(path, "rb") as handle:  # bring the file into the page cache for everyone
            while handle.read(16 * MB):
                pass
        target = str(path)
        wc, mine, plain, fast = best_of(
            args.runs,
            [
                lambda: run_command("wc -l", ["wc", "-l", target]),
                lambda: run_child("ours: validate_jsonl", MODULE, ["--child", "ours", target]),
                lambda: run_child("plain json.loads loop", MODULE, ["--child", "json", target]),
                lambda: run_child("plain orjson.loads loop", MODULE, ["--child", "orjson", target]),
            ],
        )
        title = f"validate {size / MB:.0f} MB, {args.lines:,} lines, {args.text} text (best of {args.runs})"
        print_table(title, [wc, mine, plain, fast], plain, mine)
        floor = wc.seconds or 1e-9
        print(f"  ours / wc -l = {mine.seconds / floor:.1f}x   plain json.loads / wc -l = {plain.seconds / floor:.1f}x")
        print(f"  ours peak RSS {mine.peak_mb:.0f} MB (target < 200 MB)")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
