"""Open a 50,000-row CSV and a 50,000-line JSONL in the editor, offscreen: time to first rows, UI-thread stalls.

    python -m benchmarks.editor_open [--rows 50000] [--runs 3] [--line-kb 0.5] [--keep DIR]

Generates a CSV (id, Chinese/Japanese/English/Indonesian text with commas, quotes and line breaks,
language) and a JSONL of the same requests, then runs each scenario in a fresh interpreter with a
real ``MainWindow`` on the offscreen platform and a qasync loop, driven the way a user drives it
(a dropped file, the Create button, scrolling, an edit, a search):

* **first rows visible** — from the drop until the table holding the file's first rows has
  been painted (CSV: the import preview; JSONL: the requests table). Target < 1 s.
* **longest UI-thread stall** — the largest gap between ticks of a ``QTimer`` set to fire every
  10 ms on the qasync loop, over the whole scenario (opening, building, validating, scrolling,
  editing, searching). Target < 100 ms. The probe's own period (10 ms) is included in the gap.

The plain way, side by side: read and parse every line up front on the UI thread into a
``QStandardItemModel`` (what a first attempt usually does). Times are wall-clock; each number is the median
of the runs, with the worst run in brackets.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import MB, machine, peak_rss_mb

MODULE = "benchmarks.editor_open"
_WORDS = (
    "西湖位于浙江省杭州市西部，是中国首批国家重点风景名胜区。",
    "The West Lake is divided into five sections by three causeways, ",
    "東京は日本の首都であり、世界有数の大都市です。",
    'she said "translate this", then left;',
    "请把这段话翻译成英文：今天天气很好，我们去公园散步吧。",
    "Kopi ini enak sekali, terima kasih banyak!",
)
FIND_TOKEN = "zebra-needle"


# ----- data ------------------------------------------------------------------------------------------


def generate(folder: Path, rows: int, line_kb: float, seed: int = 11) -> tuple[Path, Path]:
    """A CSV with a header and a JSONL of the same requests (about ``line_kb`` KB of text each)."""
    import orjson

    rng = random.Random(seed)
    target = max(20, int(line_kb * 1024 / 2.2))  # characters (mixed CJK/Latin ≈ 2.2 bytes each)
    csv_path, jsonl_path = folder / f"rows-{rows}.csv", folder / f"requests-{rows}.jsonl"
    with open(csv_path, "w", encoding="utf-8", newline="") as table, open(jsonl_path, "wb") as lines:
        writer = csv.writer(table)
        writer.writerow(["id", "text", "language"])
        for i in range(rows):
            parts: list[str] = []
            while sum(map(len, parts)) < target:
                parts.append(rng.choice(_WORDS))
            if i % 50 == 0:
                parts.insert(1, "\n")
            if i == rows * 3 // 4:
                parts.append(FIND_TOKEN)
            text = "".join(parts)
            language = rng.choice(("English", "中文", "日本語"))
            writer.writerow([f"Q{i:06d}", text, language])
            request = {
                "custom_id": f"Q{i:06d}",
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {
                    "model": "qwen-plus",
                    "messages": [{"role": "user", "content": f"Translate into {language}: {text}"}],
                    "enable_thinking": False,
                },
            }
            lines.write(orjson.dumps(request, option=orjson.OPT_APPEND_NEWLINE))
    return csv_path, jsonl_path


# ----- the child: one scenario in a fresh interpreter -------------------------------------------------


class Probe:
    """A 10 ms QTimer on the qasync loop; records the largest gap between two ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.where = ""
        self.phase = ""
        self.ticks = 0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        if gap > self.worst:
            self.worst, self.where = gap, self.phase
        self.last = now
        self.ticks += 1

    def stop(self) -> None:
        self._tick()
        self.timer.stop()


async def _until(predicate: Any, timeout: float = 120.0) -> None:
    import asyncio

    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the scenario did not finish")
        await asyncio.sleep(0.002)


def child(which: str, src: Path, home: Path) -> dict[str, Any]:
    """Run one scenario; return its measurements."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    os.environ["BATCH_DESK_HOME"] = str(home)
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.ledger import Ledger
    from desktop_app.core.paths import app_paths
    from desktop_app.core.secrets import KeyStore
    from desktop_app.core.settings import Settings
    from desktop_app.ui.controller import AppController
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    paths = app_paths().ensure()
    ledger = Ledger(paths.ledger_db)
    controller = AppController(paths, ledger, KeyStore(), Settings(paths.settings_file), None)
    window = MainWindow(controller)
    window.resize(1100, 760)
    window.show()
    app.processEvents()
    probe = Probe()
    out: dict[str, Any] = {}

    async def scenario() -> None:
        page = window.submit_page
        editor = page.editor
        probe.start()
        await asyncio.sleep(0.05)
        start = time.perf_counter()
        probe.phase = "open"
        if which == "plain":
            out["first_rows"] = plain_open(window, src) - start
            out["rows"] = window.plain_view.model().rowCount()  # type: ignore[attr-defined]
            await asyncio.sleep(0.05)
            return
        page.open_paths([src])  # as a drop does
        if src.suffix == ".csv":
            setup = page.setup_page
            await _until(lambda: setup.preview_model.rowCount() > 0)
            setup.preview_view.viewport().repaint()
            out["first_rows"] = time.perf_counter() - start
            await _until(lambda: setup.build_button.isEnabled() and not setup._render_in_flight)
            probe.phase = "build"
            built = time.perf_counter()
            setup.build_button.click()
            await _until(lambda: editor.model.rowCount() > 0 and page.step == 2)
            editor.view.viewport().repaint()
            out["requests_visible"] = time.perf_counter() - built
            await _until(lambda: page.current_check is not None)
            out["build_and_check"] = time.perf_counter() - built
        else:
            await _until(lambda: editor.model.rowCount() > 0)
            editor.view.viewport().repaint()
            out["first_rows"] = time.perf_counter() - start
            probe.phase = "check"
            await _until(lambda: page.current_check is not None)
            out["checked"] = time.perf_counter() - start
        check = page.current_check
        out["rows"] = editor.model.rowCount()
        out["problems"] = len(check.problems) if check else -1
        # scroll through the table, one repaint per step (what dragging the scroll bar does)
        probe.phase = "scroll"
        bar = editor.view.verticalScrollBar()
        worst_scroll = 0.0
        for step in range(41):
            t = time.perf_counter()
            bar.setValue(bar.maximum() * step // 40)
            editor.view.viewport().repaint()
            worst_scroll = max(worst_scroll, time.perf_counter() - t)
            await asyncio.sleep(0.005)  # a user's drag delivers scroll events a few ms apart
        out["worst_scroll_step"] = worst_scroll
        # edit one cell in the middle: the whole file is checked again in the background
        probe.phase = "edit"
        t = time.perf_counter()
        model = editor.model
        model.setData(model.index(model.rowCount() // 2, 1), "edited-id")
        await _until(lambda: page.current_check is not None)
        out["recheck_after_edit"] = time.perf_counter() - t
        probe.phase = "find"
        t = time.perf_counter()
        found = await editor.find_text(FIND_TOKEN)
        out["find"] = time.perf_counter() - t
        out["find_row"] = found
        await asyncio.sleep(0.05)

    try:
        loop.run_until_complete(scenario())
        probe.stop()
        out["worst_stall"] = probe.worst
        out["worst_stall_during"] = probe.where
        out["ticks"] = probe.ticks
        out["peak_mb"] = peak_rss_mb()
        window.close()
        loop.run_until_complete(_until(lambda: window._shutdown_done, 10))
    finally:
        loop.close()  # stops qasync's worker threads before the interpreter exits
        asyncio.set_event_loop(None)
        ledger.close()
    return out


def plain_open(window: Any, src: Path) -> float:
    """The plain way, on the UI thread: parse every line, fill a QStandardItemModel, show it."""
    import orjson
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["ID", "Prompt", "Model"])
    with open(src, "rb") as handle:
        for raw in handle:
            obj = orjson.loads(raw)
            body = obj["body"]
            content = body["messages"][-1]["content"]
            model.appendRow(
                [QStandardItem(obj["custom_id"]), QStandardItem(content[:240]), QStandardItem(body["model"])]
            )
    view = QTableView(window.submit_page)
    view.setModel(model)
    window.plain_view = view
    window.submit_page.stack.addWidget(view)
    window.submit_page.stack.setCurrentWidget(view)
    view.viewport().repaint()
    return time.perf_counter()


# ----- the parent --------------------------------------------------------------------------------------


def run_child_json(which: str, src: Path, home: Path) -> dict[str, Any]:
    import subprocess

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    shutil.rmtree(home, ignore_errors=True)
    proc = subprocess.run(
        [sys.executable, "-m", MODULE, "--child", which, str(src), str(home)],
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
        env=env,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{which} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--line-kb", type=float, default=0.5, help="text per request, in KB (10 → a 500 MB JSONL)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep the files")
    parser.add_argument("--child", nargs=3, metavar=("WHICH", "SRC", "HOME"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        which, src, home = args.child
        print(json.dumps(child(which, Path(src), Path(home))))
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-editor-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        csv_path, jsonl_path = folder / f"rows-{args.rows}.csv", folder / f"requests-{args.rows}.jsonl"
        if not (csv_path.exists() and jsonl_path.exists()):
            csv_path, jsonl_path = generate(folder, args.rows, args.line_kb)
        scenarios = (
            ("CSV → import preview → Create → requests table", "ours", csv_path),
            ("JSONL → requests table", "ours", jsonl_path),
            ("plain: parse every JSONL line into a QStandardItemModel (UI thread)", "plain", jsonl_path),
        )
        results: list[list[dict[str, Any]]] = [[] for _ in scenarios]
        for _ in range(max(1, args.runs)):
            for index, (_title, which, src) in enumerate(scenarios):
                results[index].append(run_child_json(which, src, folder / "home"))
        print(f"editor: open {args.rows:,} rows ({args.runs} runs each: median, and the worst run in brackets)")
        print(f"  machine: {machine()}")
        print(f"  CSV {csv_path.stat().st_size / MB:.1f} MB · JSONL {jsonl_path.stat().st_size / MB:.1f} MB")
        for (title, _which, _src), runs in zip(scenarios, results, strict=True):
            print(f"  {title}  (rows {runs[0]['rows']:,})")
            for key, label in (
                ("first_rows", "first rows visible"),
                ("requests_visible", "requests visible after Create"),
                ("build_and_check", "built + every request checked"),
                ("checked", "every request checked"),
                ("worst_scroll_step", "slowest scroll step (repaint)"),
                ("recheck_after_edit", "checked again after an edit"),
                ("find", "find (whole file)"),
                ("worst_stall", "longest UI-thread stall"),
            ):
                if key in runs[0]:
                    values = sorted(r[key] for r in runs)
                    median = statistics.median(values)
                    print(f"    {label:<31} {median * 1000:6.0f} ms  [{values[-1] * 1000:4.0f}]")
            during = max(runs, key=lambda r: r["worst_stall"])["worst_stall_during"]
            print(f"    (the longest stall happened while: {during})")
            print(f"    peak RSS                        {max(r['peak_mb'] for r in runs):6.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
