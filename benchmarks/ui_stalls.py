"""UI-thread stalls of the real app, start-up included: the longest gap and the 99th percentile.

    python -m benchmarks.ui_stalls [--seconds 20] [--runs 1] [--only idle,jobs,results,export,bigfile]
                                   [--jobs 10000] [--rows 200000] [--file-mb 500]

Each scenario runs in a fresh interpreter that calls the app's own :func:`desktop_app.app.main` (the
composition root: logging, ledger, sandbox, ``QApplication``, the garbage-collection guard, the
window, the qasync loop) with ``BATCH_DESK_HOME`` pointed at a prepared folder, offscreen. The probe
hooks in from outside only: when ``MainWindow.show`` runs it notes the time, waits for the window's
first paint event, and starts a 10 ms ``QTimer`` on the UI thread; every gap between two ticks beyond
its 10 ms period is a stall. The scenario then plays for ``--seconds`` and closes the window.

Scenarios:

* ``idle`` — empty job list, nothing to do (the refresh timer, the garbage collector);
* ``jobs`` — ``--jobs`` jobs in the ledger (three regions, all statuses): the first fill of the table
  and the refresh ticks;
* ``results`` — a completed job of ``--rows`` answered requests (its files on disk); the results window
  is opened as the *Open results* button does: time to the first rows visible, stalls while it loads;
  then, for the rest of ``--seconds``, it is scrolled to a random place every 250 ms and the status
  filter changes every 3 s (round 5; earlier rounds only waited);
* ``export`` — the same window, then a CSV export of all its rows from the window;
* ``group`` (only when named) — a split submit of ``--parts`` parts with ``--group-rows`` rows in all
  (1,000,000 by default; ``benchmarks.million``'s data), every part downloaded: the results window of the
  whole group, as *Open results* on a part opens it (peak RSS of the window process is the number);
* ``bigfile`` — a JSONL of ``--file-mb`` MB is opened in the request editor as a drop does, until every
  request is checked.

Reported per scenario: process start → first paint, longest stall, p99 of the gaps, stalls over 50 ms,
peak and final RSS. For every gap over 50 ms also the CPU time the process (all threads) and the UI
thread got inside it: a gap in which the process had the CPU less than half the time was the machine
(other processes on the cores), not the app; "own" counts only the others, and "most CPU in a gap" is
the most CPU the process used inside one of them (what a quiet machine would show at most). Process
start is the parent's clock just before it starts the child.

``--why`` adds, for every gap over 30 ms, the UI thread's stack and every other thread's innermost
frames sampled during the gap, and the collections over 5 ms that ended inside it (with their thread).
``BD_SWITCH_INTERVAL=0.005`` in the environment sets the interpreter's switch interval before the app
starts (an experiment knob; the app sets 1 ms itself, so use it with ``--app-root`` or to compare).
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from pathlib import Path
from typing import Any

MODULE = "benchmarks.ui_stalls"
SCENARIOS = ("idle", "jobs", "results", "export", "bigfile")
EXTRA_SCENARIOS = ("group",)  # run only when named: ``--only group``


# ----- data (parent) -------------------------------------------------------------------------------------


def prepare(
    scenario: str, folder: Path, jobs: int, rows: int, file_mb: int, group_rows: int = 1_000_000, parts: int = 20
) -> dict[str, Any]:
    """Make the app folder (and data files) the scenario starts from; returns facts for the child."""
    if scenario == "bare":
        return {"home": str(folder / "home-bare")}
    home = folder / f"home-{scenario}"
    shutil.rmtree(home, ignore_errors=True)
    env = {**os.environ, "BATCH_DESK_HOME": str(home)}
    os.environ["BATCH_DESK_HOME"] = str(home)
    from desktop_app.core.ledger import Ledger
    from desktop_app.core.paths import app_paths

    paths = app_paths().ensure()
    facts: dict[str, Any] = {"home": str(home)}
    if scenario == "jobs":
        from benchmarks.jobs_refresh import fill

        fill(paths.ledger_db, jobs)
    elif scenario in ("results", "export"):
        from benchmarks.export_speed import generate

        data = folder / f"results-{rows}"
        if not (data / "out.jsonl").exists():
            data.mkdir(exist_ok=True)
            generate(data, rows, 0.02, 100, 300)
        with Ledger(paths.ledger_db) as ledger:
            job_id = ledger.record_intent(
                region_id="sandbox",
                name="benchmark",
                input_path=data / "in.jsonl",
                request_count=rows,
                status="uploading",
            )
            ledger.set_status(job_id, "completed")
            job = ledger.record_results(job_id, data / "out.jsonl", data / "err.jsonl")
        # the indexes the download saves (the answers' and, since round 5, the input's): the window opens
        # a downloaded job from them; without them this is an older download's first opening
        from desktop_app.core.workflow import _save_indexes

        _save_indexes(job)
        facts["job_id"] = job_id
        facts["export_to"] = str(folder / "export.csv")
    elif scenario == "group":
        from benchmarks.million import make_parts

        data = folder / f"group-{group_rows}-{parts}"
        data.mkdir(exist_ok=True)
        made = make_parts(data, parts, group_rows, 40)
        from desktop_app.core.answers.index import save_answer_index

        for _, out, err in made:  # as the download does (the answers' indexes; main saves these too)
            for answers in (out, err):
                if not Path(str(answers) + ".rowindex").exists():
                    save_answer_index(answers)
        with Ledger(paths.ledger_db) as ledger:
            ids = []
            for number, (inp, out, err) in enumerate(made):
                job_id = ledger.record_intent(
                    region_id="sandbox",
                    name=f"million part {number + 1}",
                    input_path=inp,
                    request_count=group_rows // parts,
                    status="uploading",
                    relation="part",
                    group_id="million",
                    part_index=number,
                )
                ledger.set_status(job_id, "completed")
                ledger.record_results(job_id, out, err)
                ids.append(job_id)
        facts["job_id"] = ids[0]
    elif scenario == "bigfile":
        big = folder / f"big-{file_mb}.jsonl"
        if not big.exists():
            write_big_jsonl(big, file_mb)
        facts["file"] = str(big)
    del env
    return facts


def write_big_jsonl(path: Path, megabytes: int) -> None:
    """A valid request file of about ``megabytes`` MB (10 KB lines of mixed CJK/English text)."""
    import orjson

    text = ("今日は良い天気です。The weather is nice today. 今天天气很好。" * 200)[:3300]
    target = megabytes * 1024 * 1024
    written = 0
    with open(path, "wb") as handle:
        i = 0
        while written < target:
            line = orjson.dumps(
                {
                    "custom_id": f"req-{i}",
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": f"{i} {text}"}]},
                }
            )
            handle.write(line + b"\n")
            written += len(line) + 1
            i += 1


# ----- the child: the real app, probed --------------------------------------------------------------------


# BATCH_DESK_STALL_DUMP=FILE: faulthandler's C watchdog writes every thread's stack to FILE when the UI
# thread has not ticked for 100 ms. It needs no interpreter lock and no Python thread, so unlike
# ``--why`` it does not change how the threads take turns (a Python sampler made the results window's
# opening gaps disappear).
_WATCHDOG = open(os.environ["BATCH_DESK_STALL_DUMP"], "a") if os.environ.get("BATCH_DESK_STALL_DUMP") else None  # noqa: SIM115
_WATCHDOG_S = float(os.environ.get("BATCH_DESK_STALL_DUMP_S", "0.1"))


class _Probe:
    """The 10 ms tick's record. Each tick's numbers go into flat arrays, not a tuple and two floats per
    tick: those lived until the end, 300 small objects a second scattered over the allocator's arenas,
    and they kept ~90 MB of arenas in use after a million-row build in the window (only the probe's)."""

    def __init__(self) -> None:
        self._at = array("d")  # time since first paint
        self._gap = array("d")  # gap ms beyond the period
        self._phase_no = array("H")
        self._phases: dict[str, int] = {}
        self.phase = "start-up"
        self.first_paint: float | None = None
        self.shown: float | None = None
        self.last = 0.0
        self.notes: dict[str, Any] = {}
        # per gap over 50 ms: (time, gap ms, CPU ms of the whole process and of the UI thread inside it)
        self.cpu: list[tuple[float, float, float, float]] = []
        self._cpu_last = (0.0, 0.0)

    @property
    def gaps(self) -> list[tuple[float, float, str]]:
        """(time since first paint, gap ms beyond the period, phase) of every tick."""
        names = list(self._phases)
        return [(t, g, names[p]) for t, g, p in zip(self._at, self._gap, self._phase_no, strict=True)]

    def tick(self) -> None:
        now = time.perf_counter()
        cpu = (time.process_time(), time.thread_time())
        if self.last:
            gap = (now - self.last) * 1000 - 10
            self._at.append(now - (self.first_paint or now))
            self._gap.append(gap)
            self._phase_no.append(self._phases.setdefault(self.phase, len(self._phases)))
            if gap > 50:
                since = now - (self.first_paint or now)
                used = ((cpu[0] - self._cpu_last[0]) * 1000, (cpu[1] - self._cpu_last[1]) * 1000)
                self.cpu.append((round(since, 3), round(gap, 1), round(used[0], 1), round(used[1], 1)))
        self.last = now
        self._cpu_last = cpu
        if _WATCHDOG is not None:  # re-armed every tick: fires only when the UI thread stops ticking
            faulthandler.dump_traceback_later(_WATCHDOG_S, file=_WATCHDOG)


class _OldCollector:
    """The collector before issue 13 (for ``--gc old``): young every second, full every minute."""

    def __init__(self, parent: Any = None) -> None:
        from PySide6.QtCore import QTimer

        self._ticks = 0
        self._timer = QTimer(parent)
        self._timer.setInterval(1_000)
        self._timer.timeout.connect(self._collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()

    def freeze_start_up(self) -> None:
        pass

    def _collect(self) -> None:
        self._ticks += 1
        gc.collect() if self._ticks % 60 == 0 else gc.collect(0)


def bare_window() -> None:
    """The plain way: a bare PySide6 window (QApplication, QMainWindow with a label), to its first paint."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Batch Desk"))
    window.resize(1100, 760)
    out: dict[str, Any] = {"scenario": "bare", "gaps": [], "peak_mb": 0.0, "rss_mb": 0.0}

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint_at" not in out:
                out["first_paint_at"] = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    painter = FirstPaint()
    app.installEventFilter(painter)
    window.show()
    app.exec()
    from benchmarks import peak_rss_mb

    out["peak_mb"] = out["rss_mb"] = peak_rss_mb()
    print(json.dumps(out), flush=True)


def child(scenario: str, facts: dict[str, Any], seconds: float) -> None:
    """Run ``desktop_app.app.main`` with the probe attached; print the measurements as JSON."""
    if scenario == "bare":
        bare_window()
        return
    if facts.get("app_root"):  # another checkout's app (e.g. the code before this change), this probe
        sys.path.insert(0, facts["app_root"])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["BATCH_DESK_HOME"] = facts["home"]
    probe = _Probe()
    out: dict[str, Any] = {"scenario": scenario}
    collections: list[tuple[int, float]] = []
    began: list[float] = [0.0]

    gc_times: list[tuple[float, int, float, str]] = []  # (end since first paint, generation, ms, thread)

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            now = time.perf_counter()
            ms = (now - began[0]) * 1000
            collections.append((info["generation"], ms))
            if ms > 5:
                import threading

                name = threading.current_thread().name
                gc_times.append((now - (probe.first_paint or now), info["generation"], round(ms, 1), name))

    gc.callbacks.append(on_gc)
    if facts.get("why"):
        _start_watchdog(probe, out)
    if facts.get("gc") == "old" and not facts.get("app_root"):
        import desktop_app.ui.gc_guard as gc_guard

        gc_guard.GuiThreadCollector = _OldCollector  # type: ignore[misc,assignment]

    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    import desktop_app.ui.main_window as main_window

    original_show = main_window.MainWindow.show

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and probe.first_paint is None:
                probe.first_paint = time.perf_counter()
                out["first_paint_at"] = time.time()
                QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            return False

    def show(window: Any) -> None:
        import asyncio

        probe.shown = time.perf_counter()
        out["shown_at"] = time.time()
        app = QApplication.instance()
        painter = FirstPaint(window)
        app.installEventFilter(painter)  # type: ignore[union-attr]
        timer = QTimer(window)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(10)
        timer.timeout.connect(probe.tick)
        timer.start()
        original_show(window)
        out.setdefault("_tasks", []).append(asyncio.ensure_future(play(window, timer)))

    async def until(condition: Any, timeout: float = 120.0) -> None:
        import asyncio

        end = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError("scenario step timed out")
            await asyncio.sleep(0.005)

    async def browse(results: Any, end: float) -> None:
        """Use the results window as a person does until ``end``: scroll to a random place every 250 ms
        (the rows there are read), pick the next status filter every 3 s."""
        import asyncio
        import random

        rng = random.Random(13)
        bar = results.table.verticalScrollBar()
        step = 0
        while time.perf_counter() < end - 0.3:
            await asyncio.sleep(0.25)
            step += 1
            if step % 12 == 0 and results.filter_combo.isEnabled():
                combo = results.filter_combo
                combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
                out["filter_changes"] = out.get("filter_changes", 0) + 1
            else:
                bar.setValue(rng.randint(0, max(0, bar.maximum())))
                out["scrolls"] = out.get("scrolls", 0) + 1

    async def play(window: Any, timer: QTimer) -> None:
        import asyncio

        try:
            await until(lambda: probe.first_paint is not None, 30)
            began = time.perf_counter()
            if scenario in ("results", "export", "group"):
                await until(lambda: window.jobs_page.model.rowCount() > 0, 60)
                await asyncio.sleep(1.0)
                probe.phase = "open results"
                job = window.controller.ledger.get(facts["job_id"])
                opened = time.perf_counter()
                task = asyncio.ensure_future(window.jobs_page.open_results(job))
                from desktop_app.ui.results.model import LOADING

                await until(lambda: task.done() or window.jobs_page.results_windows.get(job.id) is not None)
                results = window.jobs_page.results_windows[job.id]

                def first_row_shown() -> bool:
                    model = results.model
                    if model is None or model.rowCount() == 0:
                        return False
                    return model.index(0, model.column_index("content")).data() not in (None, LOADING)

                await until(first_row_shown)
                results.table.viewport().repaint()
                out["results_first_rows_s"] = time.perf_counter() - opened
                await until(lambda: results.statuses_ready)
                out["results_statuses_s"] = time.perf_counter() - opened
                await task
                probe.phase = "results open"
                if scenario in ("results", "group"):
                    probe.phase = "scroll + filter"
                    await browse(results, began + seconds)
                if scenario == "export":
                    probe.phase = "export"
                    started = time.perf_counter()
                    summary = await results.export("csv", Path(facts["export_to"]))
                    out["export_s"] = time.perf_counter() - started
                    out["export_rows"] = getattr(summary, "rows", None)
                    probe.phase = "after export"
            elif scenario == "bigfile":
                await asyncio.sleep(1.0)
                probe.phase = "open file"
                page = window.submit_page
                started = time.perf_counter()
                page.open_paths([Path(facts["file"])])
                await until(lambda: page.editor.model.rowCount() > 0)
                out["file_first_rows_s"] = time.perf_counter() - started
                probe.phase = "check file"
                await until(lambda: page.current_check is not None, 300)
                out["file_checked_s"] = time.perf_counter() - started
                probe.phase = "estimate"
                await until(
                    lambda: (
                        page.last_estimate is not None or (page.estimate_task is not None and page.estimate_task.done())
                    ),
                    300,
                )
                out["file_estimated_s"] = time.perf_counter() - started
                out["estimate_after_check_s"] = out["file_estimated_s"] - out["file_checked_s"]
                out["estimate_tokens"] = getattr(page.last_estimate, "input_tokens", None)
                probe.phase = "file open"
            elif scenario == "jobs":
                await until(lambda: window.jobs_page.model.rowCount() >= 1000, 60)
                out["jobs_rows_s"] = time.perf_counter() - began
                probe.phase = "jobs shown"
            rest = seconds - (time.perf_counter() - began)
            if rest > 0:
                await asyncio.sleep(rest)
        except BaseException as exc:  # report, then close as usual
            out["error"] = f"{type(exc).__name__}: {exc}"
        timer.stop()
        from benchmarks import peak_rss_mb

        out["peak_mb"] = peak_rss_mb()
        out["rss_mb"] = _rss_mb()
        out["children_rss_mb"] = _children_rss_mb()
        out["gaps"] = [(round(t, 3), round(g, 1), p) for t, g, p in probe.gaps]
        out["gap_cpu"] = probe.cpu
        out["first_paint_after_show_s"] = (probe.first_paint or 0) - (probe.shown or 0)
        out["jobs_rows"] = window.jobs_page.model.rowCount()
        out["gc_longest_ms"] = {
            str(g): round(max((ms for gen, ms in collections if gen == g), default=0.0), 1) for g in (0, 1, 2)
        }
        out["gc_counts"] = {str(g): sum(1 for gen, _ in collections if gen == g) for g in (0, 1, 2)}
        out["frozen"] = gc.get_freeze_count()
        out["gc_times"] = [(round(t, 3), g, ms, name) for t, g, ms, name in gc_times]
        out.pop("_tasks", None)
        print(json.dumps(out), flush=True)
        window.close()

    main_window.MainWindow.show = show  # type: ignore[method-assign]
    if os.environ.get("BD_SWITCH_INTERVAL"):  # experiment: the interpreter's thread switch interval
        sys.setswitchinterval(float(os.environ["BD_SWITCH_INTERVAL"]))
    from desktop_app.app import main

    main([])


def _start_watchdog(probe: _Probe, out: dict[str, Any]) -> None:
    """``--why``: a thread that samples the UI thread's stack while a tick is overdue by 25 ms.

    Each sample also notes the innermost frames of every other Python thread (a worker inside one long C
    call holds the GIL and stalls the UI thread without the UI thread's stack showing why), and the
    garbage collections that ran meanwhile are in ``gc_during`` of the gap's report.
    """
    import threading
    import traceback
    from collections import Counter

    main_id = threading.main_thread().ident
    samples: Counter[str] = Counter()
    timeline: list[tuple[float, str, str]] = []  # (time since first paint, main stack, other threads)
    out["why"] = samples
    out["why_timeline"] = timeline

    def where(frame: Any, depth: int) -> str:
        stack = traceback.extract_stack(frame)[-depth:]
        return " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))

    def watch() -> None:
        me = threading.get_ident()
        while True:
            time.sleep(0.003)
            if probe.last and time.perf_counter() - probe.last > 0.035:
                frames = sys._current_frames()
                frame = frames.get(main_id or 0)
                if frame is not None:
                    key = where(frame, 8)
                    samples[f"[{probe.phase}] {key}"] += 1
                    others = " || ".join(where(f, 3) for ident, f in frames.items() if ident not in (main_id, me))
                    now = time.perf_counter() - (probe.first_paint or time.perf_counter())
                    timeline.append((round(now, 3), key, others))

    threading.Thread(target=watch, daemon=True).start()


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children_rss_mb() -> dict[str, float]:
    """Resident memory of this process's children (the token process), by pid and command (Linux)."""
    found: dict[str, float] = {}
    me = str(os.getpid())
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if fields.get("PPid", "").strip() == me and "VmRSS" in fields:
            found[f"{entry.name} {fields.get('Name', '').strip()}"] = int(fields["VmRSS"].split()[0]) / 1024
    return found


# ----- the parent -----------------------------------------------------------------------------------------


def run_scenario(scenario: str, facts: dict[str, Any], seconds: float) -> dict[str, Any]:
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["BATCH_DESK_HOME"] = facts["home"]
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", MODULE, "--child", scenario, json.dumps(facts), str(seconds)],
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
        env=env,
        timeout=seconds + 600,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{scenario} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(lines[-1])
    data["start_to_first_paint_s"] = data.get("first_paint_at", started) - started
    data["exit_code"] = proc.returncode
    return data


def summarize(data: dict[str, Any]) -> dict[str, Any]:
    gaps = [g for _, g, _ in data["gaps"]]
    ordered = sorted(gaps) or [0.0]
    worst = max(data["gaps"], key=lambda item: item[1]) if data["gaps"] else (0, 0, "")
    return {
        "scenario": data["scenario"],
        "first_paint_s": data["start_to_first_paint_s"],
        "longest_ms": worst[1],
        "longest_at_s": worst[0],
        "longest_phase": worst[2],
        "why": data.get("why", {}),
        "timeline": data.get("why_timeline", []),
        "gc_times": data.get("gc_times", []),
        "top": sorted(data["gaps"], key=lambda item: -item[1])[:5],
        "p99_ms": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
        "median_ms": statistics.median(ordered),
        "over_50": sum(1 for g in gaps if g > 50),
        # gaps over 50 ms in which this process had the CPU for at least half the gap (its own doing, not
        # a machine busy with other processes): the count and the longest
        "own_over_50": sum(1 for _, g, proc, _ in data.get("gap_cpu", []) if proc >= g / 2),
        "own_longest": max((g for _, g, proc, _ in data.get("gap_cpu", []) if proc >= g / 2), default=0.0),
        "gap_cpu": data.get("gap_cpu", []),
        "most_cpu_in_gap": max((proc for _, _, proc, _ in data.get("gap_cpu", [])), default=0.0),
        "ticks": len(gaps),
        "peak_mb": data["peak_mb"],
        "rss_mb": data["rss_mb"],
        "children_rss_mb": data.get("children_rss_mb", {}),
        "estimate_tokens": data.get("estimate_tokens"),
        "gc": f"gc longest {data.get('gc_longest_ms')} counts {data.get('gc_counts')} frozen {data.get('frozen')}",
        "extra": {
            k: v
            for k, v in data.items()
            if (k.endswith("_s") and k not in ("start_to_first_paint_s", "first_paint_after_show_s"))
            or k in ("scrolls", "filter_changes")
        }
        | ({"error": data["error"]} if "error" in data else {}),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each scenario (issue: 60)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--only", default=",".join(SCENARIOS))
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--file-mb", type=int, default=500)
    parser.add_argument("--group-rows", type=int, default=1_000_000, help="rows of the group scenario, in all")
    parser.add_argument("--parts", type=int, default=20, help="parts of the group scenario")
    parser.add_argument("--gc", choices=("new", "old"), default="new", help="old: the collector before issue 13")
    parser.add_argument("--app-root", help="run the app of another checkout (e.g. /work/main) under this probe")
    parser.add_argument("--why", action="store_true", help="sample the UI thread's stack during stalls")
    parser.add_argument("--keep", type=Path, help="prepare data in this folder and keep it")
    parser.add_argument("--json", action="store_true", help="print every result as JSON too")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], json.loads(args.child[1]), float(args.child[2]))
        return 0
    from benchmarks import machine

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-ui-stalls-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}; {args.seconds:g} s per scenario")
    try:
        for _ in range(args.runs):
            for scenario in args.only.split(","):
                facts = prepare(scenario, folder, args.jobs, args.rows, args.file_mb, args.group_rows, args.parts)
                facts["gc"] = args.gc
                facts["why"] = args.why
                facts["app_root"] = args.app_root
                s = summarize(run_scenario(scenario, facts, args.seconds))
                extra = "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in s["extra"].items())
                print(
                    f"  {scenario:<8} first paint {s['first_paint_s']:.2f} s  longest {s['longest_ms']:6.1f} ms "
                    f"(at {s['longest_at_s']:.1f} s, {s['longest_phase']})  p99 {s['p99_ms']:5.1f} ms  "
                    f">50 ms: {s['over_50']} (own {s['own_over_50']}, longest own {s['own_longest']:.0f} ms, "
                    f"most CPU in a gap {s['most_cpu_in_gap']:.0f} ms)  "
                    f"ticks {s['ticks']}  peak {s['peak_mb']:.0f} MB  "
                    f"end RSS {s['rss_mb']:.0f} MB  {extra}  {s['gc']}",
                    flush=True,
                )
                if s["children_rss_mb"] or s["estimate_tokens"] is not None:
                    children = ", ".join(f"{k} {v:.0f} MB" for k, v in s["children_rss_mb"].items()) or "none"
                    tokens = s["estimate_tokens"]
                    print(f"           estimate: {tokens} input tokens; children's RSS at the end: {children}")
                if s["gap_cpu"]:
                    print(
                        "           gaps > 50 ms (s, ms, process CPU ms, UI thread CPU ms): "
                        + ", ".join(f"{t:.1f}/{g:.0f}/{p:.0f}/{u:.0f}" for t, g, p, u in s["gap_cpu"][:12])
                    )
                print(
                    "           top gaps (s after first paint, ms, phase): "
                    + ", ".join(f"{t:.1f}/{g:.0f}/{p}" for t, g, p in s["top"])
                )
                if args.json:
                    print(json.dumps(s))
                if args.why:
                    for where, count in sorted(s["why"].items(), key=lambda item: -item[1])[:12]:
                        print(f"           {count:4d} x {where}")
                    for t, g, _phase in s["top"]:
                        if g < 30:
                            continue
                        start = t - g / 1000 - 0.02
                        print(f"           gap {g:.0f} ms ending {t:.3f} s:")
                        for at, gen, ms, name in s["gc_times"]:
                            if start <= at <= t + 0.005:
                                print(f"             gc gen {gen} {ms} ms in {name} at {at:.3f}")
                        for at, main_key, others in s["timeline"]:
                            if start <= at <= t + 0.005:
                                print(f"             {at:.3f} UI: {main_key}")
                                if others:
                                    print(f"                   others: {others}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
