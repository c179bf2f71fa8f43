"""Convert CSV rows to batch JSONL: our ``open_table`` + ``build_jsonl`` against the vendor's script.

    python -m benchmarks.convert_speed [--rows 50000] [--runs 3] [--keep DIR]

Generates a headerless UTF-8 CSV (id, Chinese/English text with commas, quotes and line breaks),
then runs, each in a fresh interpreter: ours (encoding/delimiter/header detection, the same request
as the vendor's — system prompt, qwen-turbo — streamed through ``build_jsonl`` *including* its full
``validate_jsonl`` pass and the per-row checks) and the vendor's CSV→JSONL script
(``benchmarks.vendor_csv_to_jsonl``) on the same file. Checks that both outputs are byte-identical,
then prints seconds, the ratio and peak RSS. Times are for the conversion itself (imports excluded
for both). The issue's target: at least 2x faster than the vendor script.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks import MB, Result, best_of, measure_here, print_table, run_child

MODULE = "benchmarks.convert_speed"
_WORDS = (
    "西湖位于浙江省杭州市西部，是中国首批国家重点风景名胜区。",
    "The West Lake is divided into five sections by three causeways, ",
    "東京は日本の首都であり、世界有数の大都市です。",
    'she said "translate this", then left;',
    "请把这段话翻译成英文：今天天气很好，我们去公园散步吧。",
    "Kopi ini enak sekali, terima kasih banyak!",
)


def generate(path: Path, rows: int, seed: int = 7) -> int:
    """A headerless CSV of ``rows`` (id, text) rows written by the csv module; returns its size."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for i in range(rows):
            parts = [rng.choice(_WORDS) for _ in range(rng.randint(2, 8))]
            if i % 50 == 0:
                parts.insert(1, "\n")  # a cell with a line break
            writer.writerow([f"Q{i:06d}", "".join(parts)])
    return path.stat().st_size


def ours(src: Path, dest: Path) -> str:
    from desktop_app.core.builder.jsonl import build_jsonl
    from desktop_app.core.builder.spec import RequestSpec
    from desktop_app.core.tables.readers import open_table

    spec = RequestSpec(
        template="{Column 2}", model="qwen-turbo", id_column="Column 1", system="You are a helpful assistant."
    )
    with open_table(src) as table:
        report = build_jsonl(table, spec, dest)
    encoding = table.encoding.encoding if table.encoding else "-"
    return f"{report.requests} requests, {report.error_count} errors, header={table.has_header}, {encoding}"


def vendor(src: Path, dest: Path) -> str:
    from benchmarks.vendor_csv_to_jsonl import convert

    convert(str(src), str(dest))
    with open(dest, "rb") as handle:
        lines = sum(1 for _ in handle)
    return f"{lines} requests, no checks"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3, help="best of N runs per contender (interleaved)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep the files")
    parser.add_argument("--child", nargs=3, metavar=("WHICH", "SRC", "DEST"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        which, src, dest = args.child
        if which == "ours":  # import before the clock starts, as for the vendor script
            import desktop_app.core.builder.jsonl
            import desktop_app.core.tables.readers  # noqa: F401
        else:
            import benchmarks.vendor_csv_to_jsonl  # noqa: F401
        work = ours if which == "ours" else vendor
        measure_here(lambda: work(Path(src), Path(dest)))
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-convert-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    src = folder / f"rows-{args.rows}.csv"
    mine_out, vendor_out = folder / "ours.jsonl", folder / "vendor.jsonl"
    # the vendor script reads with the platform's default encoding: make that UTF-8 for its child
    os.environ["PYTHONUTF8"] = "1"
    try:
        if not src.exists():
            generate(src, args.rows)
        size = src.stat().st_size
        names = {"ours": "ours: open_table + build_jsonl", "vendor": "vendor CSV->JSONL script"}

        def fresh(which: str, dest: Path) -> Result:
            dest.unlink(missing_ok=True)  # every run writes a new file (no old blocks to free first)
            return run_child(names[which], MODULE, ["--child", which, str(src), str(dest)])

        mine, theirs = best_of(args.runs, [lambda: fresh("ours", mine_out), lambda: fresh("vendor", vendor_out)])
        title = f"convert {args.rows:,} CSV rows ({size / MB:.1f} MB) to JSONL (best of {args.runs})"
        print_table(title, [mine, theirs], theirs, mine)
        same = mine_out.read_bytes() == vendor_out.read_bytes()
        print(f"  outputs byte-identical: {'yes' if same else 'NO'} ({mine_out.stat().st_size / MB:.1f} MB)")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
