"""Read a 50,000-row Excel workbook: the fast XLSX path against openpyxl (today's path) and the floor.

    python -m benchmarks.xlsx_read [--rows 50000] [--runs 5] [--old /work/main] [--keep DIR]

Generates an Excel-like workbook (shared strings as Excel writes them; six columns: a text id with
leading zeros, a code shown through ``000000``, an amount ``#,##0.00``, a share ``0.00%``, a date in
the locale-dependent built-in format 14, a Chinese/Japanese text), then runs, interleaved round by
round, each in a fresh interpreter:

* in-process (imports included, interpreter start excluded): ``open_table`` + every row through
  ``iter_rows`` — ours (fast path), ours forced onto openpyxl (the path before this change), and a bare
  ``python-calamine`` read of the values (the floor: no number formats at all);
* whole process (start-up included): ``desktop-app-cli convert`` of the workbook to JSONL — ours,
  interleaved with the plain way (``benchmarks/plain_xlsx_to_jsonl.py``: the vendor's CSV script with
  openpyxl's reader, raw cell values), and with ``--old`` the same command from another checkout.

Prints the median and best wall time of ``--runs``, the median CPU time (user + system: on a shared
machine the wall time also counts other people's work) and each process's peak RSS, and checks that the fast path and
openpyxl give the same rows. Goal (issue 13): 50,000 rows read in under 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks import MB, machine, peak_rss_mb
from benchmarks.cli_whole import PY, ROOT, run

MODULE = "benchmarks.xlsx_read"
_TEXTS = (
    "西湖位于浙江省杭州市西部，是中国首批国家重点风景名胜区。",
    "東京は日本の首都であり、世界有数の大都市です。",
    "请把这段话翻译成英文：今天天气很好，我们去公园散步吧。",
    "Kopi ini enak sekali, terima kasih banyak!",
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def generate(path: Path, rows: int) -> int:
    """An Excel-like workbook of ``rows`` data rows under a header; returns its size in bytes."""
    strings: list[str] = ["编号", "代码", "金额", "比例", "日期", "文本"]
    sheet = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {_NS}>']
    sheet.append(f'<dimension ref="A1:F{rows + 1}"/><sheetData>')
    sheet.append(
        '<row r="1">' + "".join(f'<c r="{c}1" t="s"><v>{i}</v></c>' for i, c in enumerate("ABCDEF")) + "</row>"
    )
    for i in range(rows):
        r = i + 2
        strings.append(f"{i:08d}")
        id_index = len(strings) - 1
        strings.append(f"{_TEXTS[i % 4]} #{i}")
        text_index = len(strings) - 1
        amount = (i * 7919 % 1_000_003) / 7.0
        share = (i % 997) / 997
        serial = 45292 + i % 3000
        sheet.append(
            f'<row r="{r}"><c r="A{r}" s="1" t="s"><v>{id_index}</v></c><c r="B{r}" s="2"><v>{i}</v></c>'
            f'<c r="C{r}" s="3"><v>{amount!r}</v></c><c r="D{r}" s="4"><v>{share!r}</v></c>'
            f'<c r="E{r}" s="5"><v>{serial}</v></c><c r="F{r}" t="s"><v>{text_index}</v></c></row>'
        )
    sheet.append("</sheetData></worksheet>")
    sst = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {_NS} count="{len(strings)}" ']
    sst.append(f'uniqueCount="{len(strings)}">')
    sst += [f"<si><t>{escape(s)}</t></si>" for s in strings]
    sst.append("</sst>")
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {_NS}>'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="000000"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
        '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {_NS} xmlns:r="{_REL}">'
            '<sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/styles.xml": styles,
        "xl/sharedStrings.xml": "".join(sst),
        "xl/worksheets/sheet1.xml": "".join(sheet),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text.encode("utf-8"))
    return path.stat().st_size


def _read(which: str, src: Path, dump: Path | None) -> dict[str, object]:
    """In a child: import, open and read every row (``fast``/``openpyxl``), or calamine's bare values."""
    start, cpu = time.perf_counter(), time.process_time()
    rows: list[object] = []
    if which == "calamine":
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(src))
        rows = list(book.get_sheet_by_name(book.sheet_names[0]).iter_rows())
        count = len(rows) - 1
    else:
        from desktop_app.core.tables import xlsx
        from desktop_app.core.tables.readers import open_table

        if which == "openpyxl":
            xlsx._FastBook.open = classmethod(lambda cls, path: None)  # type: ignore[method-assign,assignment]
        with open_table(src) as table:
            rows = [(row.number, row.values) for row in table.iter_rows()]
        count = len(rows)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if dump is not None and which != "calamine":
        dump.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_rss_mb(), "rows": count}


def _child(which: str, src: Path, dump: Path | None) -> tuple[float, float, float]:
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    argv = [PY, "-m", MODULE, "--child", which, str(src)] + ([str(dump)] if dump else [])
    proc = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=ROOT, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"{which} failed:\n{proc.stderr[-2000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return float(data["seconds"]), float(data["cpu"]), float(data["peak_mb"])


def _whole(argv: list[str], app_root: Path = ROOT) -> tuple[float, float, float]:
    """One whole process: (wall s, user+sys CPU s, peak RSS MB) by ``/usr/bin/time``."""
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = f"{app_root}{os.pathsep}{ROOT}"
    start = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S %M", *argv], cwd=app_root, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.decode()[-2000:]}")
    user, system, peak = proc.stderr.decode().strip().splitlines()[-1].split()
    return seconds, float(user) + float(system), float(peak) / 1024


def _report(title: str, runs: dict[str, list[tuple[float, float, float]]]) -> None:
    print(title)
    for name, results in runs.items():
        times = [t for t, _, _ in results]
        cpu = [c for _, c, _ in results]
        print(
            f"  {name:<44} median {statistics.median(times):6.3f} s  best {min(times):6.3f} s  "
            f"CPU median {statistics.median(cpu):6.3f} s  peak {max(m for _, _, m in results):6.0f} MB"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--old", type=Path, help="also run `convert` from this checkout (e.g. /work/main)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep the files")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        which, src, *dump = args.child
        print(json.dumps(_read(which, Path(src), Path(dump[0]) if dump else None)))
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-xlsx-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["BATCH_DESK_HOME"] = str(folder / "home")
    try:
        src = folder / f"rows-{args.rows}.xlsx"
        if not src.exists():
            generate(src, args.rows)
        print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the start")
        print(f"workbook: {args.rows:,} rows x 6 columns, {src.stat().st_size / MB:.1f} MB")
        fast_dump, slow_dump = folder / "fast.json", folder / "openpyxl.json"
        _child("fast", src, fast_dump)  # warm the bytecode caches, and keep both outputs to compare
        _child("openpyxl", src, slow_dump)
        same = fast_dump.read_text(encoding="utf-8") == slow_dump.read_text(encoding="utf-8")
        cli = [PY, "-m", "desktop_app.cli", "convert", str(src), "--template", "{文本}", "--id-column", "编号"]
        inproc: dict[str, list[tuple[float, float, float]]] = {
            "ours: open_table + iter_rows (fast path)": [],
            "before: the same forced onto openpyxl": [],
            "floor: python-calamine values only": [],
        }
        whole: dict[str, list[tuple[float, float, float]]] = {
            "ours: cli convert (whole process)": [],
            "plain: openpyxl -> jsonl script": [],
        }
        plain = [PY, str(ROOT / "benchmarks" / "plain_xlsx_to_jsonl.py"), str(src)]
        if args.old:
            whole["before (--old): cli convert"] = []
            run([PY, "-m", "desktop_app.cli", "--help"], args.old)
        for _ in range(args.runs):
            inproc["ours: open_table + iter_rows (fast path)"].append(_child("fast", src, None))
            inproc["before: the same forced onto openpyxl"].append(_child("openpyxl", src, None))
            inproc["floor: python-calamine values only"].append(_child("calamine", src, None))
            whole["ours: cli convert (whole process)"].append(_whole([*cli, "-o", str(folder / "ours.jsonl")]))
            whole["plain: openpyxl -> jsonl script"].append(_whole([*plain, str(folder / "plain.jsonl")]))
            if args.old:
                whole["before (--old): cli convert"].append(_whole([*cli, "-o", str(folder / "old.jsonl")], args.old))
        _report(f"read {args.rows:,} XLSX rows in-process (imports included; median of {args.runs})", inproc)
        _report(f"convert {args.rows:,} XLSX rows to JSONL, start-up included (median of {args.runs})", whole)
        print(f"  fast path rows identical to openpyxl's: {'yes' if same else 'NO'}")
        if args.old:
            print(
                "  JSONL identical to --old: "
                f"{'yes' if (folder / 'ours.jsonl').read_bytes() == (folder / 'old.jsonl').read_bytes() else 'NO'}"
            )
        print(f"  load average {os.getloadavg()[0]:.1f} at the end")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
