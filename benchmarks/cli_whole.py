"""The CLI as people meet it: whole processes, start-up included, ours against the plain way.

    python -m benchmarks.cli_whole [--rows 50000] [--runs 5] [--only convert,export,estimate,validate,oversized]
                                   [--old /work/main] [--keep DIR]

Every contender is a fresh ``python`` process timed from the parent (interpreter start, imports,
the work, exit), interleaved round by round; the median and the best of ``--runs`` are printed with
each process's own peak RSS (``/usr/bin/time``). Bytecode caching is on for every contender, as in an
installed app (this machine sets ``PYTHONDONTWRITEBYTECODE``; a run without cached bytecode compiles
every module of ours each time, which no user's install does). ``--old`` adds the same commands run
from another checkout (the code before a change).

* ``convert`` — ``desktop-app-cli convert`` of a headerless 50,000-row CSV (the data of
  ``benchmarks.convert_speed``) against the vendor's CSV→JSONL script; outputs checked byte-identical.
  Also the floor (``benchmarks/floor_csv_to_jsonl.py``): the same job with the fastest plain calls
  (C ``csv`` reader, ``orjson``) and no checks at all — how far any single-process conversion goes.
* ``export`` — ``desktop-app-cli export`` of 50,000 answers joined with their input (the data of
  ``benchmarks.export_speed``) against the vendor's JSONL→CSV script run over the output file and the
  error file (two processes, as its page says; no join, no BOM).
  Also ``export --layout sheet`` (the user's columns, then the answers: the window's default layout),
  and the floor (``benchmarks/floor_jsonl_to_csv.py``): the vendor's nine columns for both files in
  one process with ``orjson`` and the C ``csv`` writer, no join, no checks.
* ``estimate`` — ``desktop-app-cli estimate`` (exact tokens and the cost range) of 50,000 qwen-plus
  requests against ``benchmarks/plain_token_count.py`` (json + the SDK's tokenizer, one thread).
* ``validate`` — ``desktop-app-cli validate`` of a 2-line file against ``python -c pass`` (the floor).
* ``oversized`` — ``desktop-app-cli validate`` of a 2 GB (sparse) file: refused from its size.

Targets (issue 13): convert and export ratio ours/vendor ≤ 0.5; validate of 2 lines < 60 ms;
the 2 GB file refused at once.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks import MB, machine

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def run(argv: Sequence[str], app_root: Path = ROOT) -> tuple[float, float, float]:
    """Run one process from ``app_root`` (``-m`` puts the working folder first on ``sys.path``);
    (wall seconds, peak RSS MB of that process by ``/usr/bin/time`` when present, CPU seconds (user +
    system) of the process — steadier than wall time on a machine other work shares)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = f"{app_root}{os.pathsep}{ROOT}"
    env["PYTHONUTF8"] = "1"  # the vendor script reads with the platform's default encoding
    timer = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").exists() else []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([*timer, *argv], cwd=app_root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    peak = float(proc.stderr.decode().strip().splitlines()[-1]) / 1024 if timer else 0.0
    return seconds, peak, cpu


def write_estimate_input(path: Path, rows: int) -> None:
    """``rows`` qwen-plus chat requests with short Chinese / Japanese / English reviews."""
    import json

    texts = ("这家店的服务很好，物流也快。", "配送が遅く、箱が潰れていました。", "Great value, would buy again.")
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(rows):
            body = {
                "model": "qwen-plus",
                "messages": [
                    {"role": "system", "content": "Classify the review as positive, negative or neutral."},
                    {"role": "user", "content": f"{texts[i % 3]} (#{i})"},
                ],
                "max_tokens": 50,
            }
            line = {"custom_id": str(i), "method": "POST", "url": "/v1/chat/completions", "body": body}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def table(title: str, contenders: dict[str, list[tuple[float, float, float]]], ours: str, baseline: str) -> float:
    print(title)
    base = statistics.median(r[0] for r in contenders[baseline])
    base_cpu = statistics.median(r[2] for r in contenders[baseline])
    for name, runs in contenders.items():
        times = [r[0] for r in runs]
        median = statistics.median(times)
        cpu = statistics.median(r[2] for r in runs)
        print(
            f"  {name:<46} median {median:7.3f} s  best {min(times):7.3f} s  "
            f"{median / base:5.2f}x {baseline.split(':')[0]}  peak {max(r[1] for r in runs):6.0f} MB  "
            f"cpu {cpu:6.3f} s ({cpu / base_cpu:4.2f}x)"
        )
    for name, runs in contenders.items():  # every run, in order (wall / CPU seconds)
        print(f"    {name:<44} runs: " + "  ".join(f"{r[0]:.3f}/{r[2]:.3f}" for r in runs))
    ratio = statistics.median(r[0] for r in contenders[ours]) / base
    print(f"  RATIO {ours} / {baseline} = {ratio:.2f} (median of interleaved runs)")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cli_whole", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="convert,export,estimate,validate,oversized")
    parser.add_argument("--old", type=Path, help="also run the commands from this checkout (e.g. /work/main)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep the files")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-cli-whole-"))
    folder.mkdir(parents=True, exist_ok=True)
    home = folder / "home"
    os.environ["BATCH_DESK_HOME"] = str(home)
    cli = [PY, "-m", "desktop_app.cli"]
    only = args.only.split(",")
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the start")
    try:
        # warm the bytecode caches of both checkouts once
        for root in [ROOT] + ([args.old] if args.old else []):
            run([*cli, "--help"], root)
        if "convert" in only:
            from benchmarks.convert_speed import generate

            src = folder / f"rows-{args.rows}.csv"
            if not src.exists():
                generate(src, args.rows)
            ours_cmd = [*cli, "convert", str(src), "--template", "{Column 2}", "--model", "qwen-turbo"]
            ours_cmd += ["--id-column", "Column 1", "--system", "You are a helpful assistant."]
            vendor_cmd = [PY, str(ROOT / "benchmarks" / "vendor_csv_to_jsonl.py"), str(src)]
            floor_cmd = [PY, str(ROOT / "benchmarks" / "floor_csv_to_jsonl.py"), str(src)]
            runs: dict[str, list[tuple[float, float, float]]] = {
                "ours: cli convert": [],
                "vendor: csv->jsonl script": [],
                "floor: csv reader + orjson, no checks": [],
            }
            if args.old:
                runs["before (--old): cli convert"] = []
            for _ in range(args.runs):
                runs["ours: cli convert"].append(run([*ours_cmd, "-o", str(folder / "ours.jsonl")]))
                runs["vendor: csv->jsonl script"].append(run([*vendor_cmd, str(folder / "vendor.jsonl")]))
                runs["floor: csv reader + orjson, no checks"].append(run([*floor_cmd, str(folder / "floor.jsonl")]))
                if args.old:
                    old = run([*ours_cmd, "-o", str(folder / "old.jsonl")], args.old)
                    runs["before (--old): cli convert"].append(old)
            size = src.stat().st_size / MB
            table(
                f"convert {args.rows:,} CSV rows ({size:.1f} MB)",
                runs,
                "ours: cli convert",
                "vendor: csv->jsonl script",
            )
            vendor_bytes = (folder / "vendor.jsonl").read_bytes()
            same = (folder / "ours.jsonl").read_bytes() == vendor_bytes == (folder / "floor.jsonl").read_bytes()
            print(f"  outputs byte-identical (ours, vendor, floor): {'yes' if same else 'NO'}")
        if "export" in only:
            from benchmarks.export_speed import generate as generate_results

            data = folder / "results"
            if not (data / "out.jsonl").exists():
                data.mkdir(exist_ok=True)
                generate_results(data, args.rows, 0.02, 100, 300)
            inp, out, err = data / "in.jsonl", data / "out.jsonl", data / "err.jsonl"
            ours_cmd = [*cli, "export", str(out), "--errors", str(err), "--input", str(inp)]
            vendor = [PY, str(ROOT / "benchmarks" / "vendor_jsonl_to_csv.py")]
            floor = [PY, str(ROOT / "benchmarks" / "floor_jsonl_to_csv.py"), str(folder / "f.csv"), str(out), str(err)]
            runs = {
                "ours: cli export (joined, 15 columns)": [],
                "ours: cli export --layout sheet": [],
                "vendor: jsonl->csv script x2": [],
                "floor: orjson + csv writer, no join": [],
            }
            if args.old:
                runs["before (--old): cli export"] = []
            for _ in range(args.runs):
                runs["ours: cli export (joined, 15 columns)"].append(run([*ours_cmd, "-o", str(folder / "o.csv")]))
                runs["ours: cli export --layout sheet"].append(
                    run([*ours_cmd, "--layout", "sheet", "-o", str(folder / "s.csv")])
                )
                first = run([*vendor, str(out), str(folder / "v.csv")])
                second = run([*vendor, str(err), str(folder / "ve.csv")])
                runs["vendor: jsonl->csv script x2"].append(
                    (first[0] + second[0], max(first[1], second[1]), first[2] + second[2])
                )
                runs["floor: orjson + csv writer, no join"].append(run(floor))
                if args.old:
                    runs["before (--old): cli export"].append(run([*ours_cmd, "-o", str(folder / "old.csv")], args.old))
            table(
                f"export {args.rows:,} results",
                runs,
                "ours: cli export (joined, 15 columns)",
                "vendor: jsonl->csv script x2",
            )
        if "estimate" in only:
            src = folder / f"estimate-{args.rows}.jsonl"
            if not src.exists():
                write_estimate_input(src, args.rows)
            ours_cmd = [*cli, "estimate", str(src), "--region", "intl"]
            plain_cmd = [PY, str(ROOT / "benchmarks" / "plain_token_count.py"), str(src)]
            runs = {"ours: cli estimate (tokens + cost)": [], "plain: json + SDK tokenizer script": []}
            if args.old:
                runs["before (--old): cli estimate"] = []
            for _ in range(args.runs):
                runs["ours: cli estimate (tokens + cost)"].append(run(ours_cmd))
                runs["plain: json + SDK tokenizer script"].append(run(plain_cmd))
                if args.old:
                    runs["before (--old): cli estimate"].append(run(ours_cmd, args.old))
            table(
                f"estimate {args.rows:,} requests",
                runs,
                "ours: cli estimate (tokens + cost)",
                "plain: json + SDK tokenizer script",
            )
        if "validate" in only:
            two = folder / "two.jsonl"
            line = (
                '{"custom_id":"%s","method":"POST","url":"/v1/chat/completions",'
                '"body":{"model":"qwen-plus","messages":[{"role":"user","content":"hi"}]}}\n'
            )
            two.write_text(line % 1 + line % 2, encoding="utf-8")
            runs = {"ours: cli validate (2 lines)": [], "python -c pass": []}
            if args.old:
                runs["before (--old): cli validate"] = []
            for _ in range(max(args.runs, 9)):
                runs["ours: cli validate (2 lines)"].append(run([*cli, "validate", str(two)]))
                runs["python -c pass"].append(run([PY, "-c", "pass"]))
                if args.old:
                    runs["before (--old): cli validate"].append(run([*cli, "validate", str(two)], args.old))
            table("validate a 2-line file", runs, "ours: cli validate (2 lines)", "python -c pass")
        if "oversized" in only:
            big = folder / "big.jsonl"
            line = (
                '{"custom_id":"%s","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus",'
                '"messages":[{"role":"user","content":"hi"}]}}\n'
            )
            big.write_text("".join(line % i for i in range(1000)), encoding="utf-8")  # valid lines first
            with open(big, "r+b") as handle:
                handle.truncate(2 * 1024**3)
            runs = {"ours: cli validate (2 GB)": [], "python -c pass": []}
            if args.old:
                runs["before (--old): cli validate (2 GB)"] = []
            for _ in range(3):
                runs["ours: cli validate (2 GB)"].append(run([*cli, "validate", str(big)]))
                runs["python -c pass"].append(run([PY, "-c", "pass"]))
                if args.old:
                    runs["before (--old): cli validate (2 GB)"].append(run([*cli, "validate", str(big)], args.old))
            table("validate a 2 GB file (sparse)", runs, "ours: cli validate (2 GB)", "python -c pass")
            big.unlink()
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
