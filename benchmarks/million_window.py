"""A million rows through the window: open → map → check → split → submit one group → answers → merged export.

    python -m benchmarks.million_window [--rows 1000000] [--kind csv,xlsx] [--speed 20000] [--why]
                                        [--in-process-sandbox] [--keep DIR] [--skip-xlsx-export]
    python -m benchmarks.million_window --export-only DIR/run-csv-… [--skip-xlsx-export] [--why]

Issue 13's goal "A million rows", measured in the window as a person drives it. Each input kind runs in
a fresh interpreter that calls the app's own :func:`desktop_app.app.main` (offscreen, ``BATCH_DESK_HOME``
a fresh folder), probed as :mod:`benchmarks.ui_stalls` probes it: a 10 ms ``QTimer`` on the UI thread,
every gap beyond its period a stall (``--why`` samples the UI thread's stack during gaps over 30 ms).

The steps, each timed and probed on its own:

1. *open*: the file is opened on the submit page as a drop does, until the mapping step shows;
2. *map*: the ID column and the template are chosen in the form (``Column 1`` / ``{Column 2}`` for the
   headerless CSV, ``id`` / ``{text}`` for the XLSX with a header row); the model stays the default;
3. *create + check*: "Create requests" is pressed; until the requests are checked (over the per-file
   limits: the split into parts is offered);
4. *estimate*: the cost estimate that follows the check (the token count of every request);
5. *submit*: "Submit as N parts" is pressed, the confirmation answered "Submit and pay", until every
   part is uploaded and created as one job group;
6. *answers*: the jobs page checks on the parts (the Refresh button every 2 s, as a waiting user might)
   until every part has ended and its answers are downloaded;
7. *export CSV* / *export XLSX*: the merged export of the group from the jobs page (``Export``), as CSV
   and as an Excel workbook.

The built-in sandbox answers, sped up (``--speed`` sandbox seconds per real second) and with an ordinary
chat model: the sandbox bills nothing, and the free test model takes at most 100 lines a file (a million
rows would be 10,000 parts). By default the sandbox runs in a **separate process** (the app's sandbox
start-up is replaced by the external sandbox's address), so the window's memory is the app's own;
``--in-process-sandbox`` lets the app start its own in-process sandbox as usual (its memory then counts).

Reported per step: wall time, the longest UI gap, gaps over 50 ms, the p99 of the gaps, and the window
process's peak RSS during the step (``VmHWM``, reset before each step through ``/proc/self/clear_refs``),
plus the peak of the whole run and of the sandbox process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import MB, machine
from benchmarks.ui_stalls import _Probe, _rss_mb, _start_watchdog

MODULE = "benchmarks.million_window"
ROOT = Path(__file__).resolve().parent.parent
STEPS = ("open", "map", "create + check", "estimate", "submit", "answers", "export CSV", "export XLSX")


# ----- data (parent) -------------------------------------------------------------------------------------


def make_inputs(folder: Path, rows: int, kinds: list[str]) -> dict[str, Path]:
    """The headerless CSV of :func:`benchmarks.convert_speed.generate` and the same rows as an XLSX with a
    header row (``id``, ``text``), written once into ``folder``."""
    from benchmarks.convert_speed import generate

    made: dict[str, Path] = {}
    src = folder / f"rows-{rows}.csv"
    if not src.exists():
        generate(src, rows)
    made["csv"] = src
    if "xlsx" in kinds:
        book_path = folder / f"rows-{rows}.xlsx"
        if not book_path.exists():
            write_xlsx(src, book_path)
        made["xlsx"] = book_path
    return made


def write_xlsx(src: Path, dest: Path) -> None:
    """``src``'s rows as one sheet (openpyxl, write-only), under a header row ``id``, ``text``."""
    import csv

    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")
    sheet.append(["id", "text"])
    with open(src, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    tmp = dest.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.replace(dest)


def start_sandbox(folder: Path, speed: float) -> tuple[subprocess.Popen[str], str]:
    """``python -m desktop_app.sandbox`` in its own process; returns it and its sandbox base URL."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.sandbox", "--speed", str(speed), "--storage-dir", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        words = line.split()
        if words[:3] == ["sandbox", "base", "URL"]:
            import threading

            def keep(out: Any = proc.stdout, log: Path = folder / "sandbox-output.txt") -> None:
                with open(log, "a", encoding="utf-8") as handle:  # the sandbox's own log, for a failed run
                    for text in out:
                        handle.write(text)

            threading.Thread(target=keep, daemon=True).start()
            return proc, words[3]
    raise SystemExit("the sandbox did not start")


def _proc_mb(pid: int | str, file: str, field: str) -> float:
    """One ``field:`` (in kB) of ``/proc/PID/<file>`` in MB (0 when the process is gone)."""
    try:
        with open(f"/proc/{pid}/{file}", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_of(pid: int) -> float:
    """``VmHWM`` of another process in MB (0 when it is gone)."""
    return _proc_mb(pid, "status", "VmHWM:")


# ----- the child: the real app, probed --------------------------------------------------------------------


class _Kinds:
    """The step's peak of anonymous memory (the heap: objects, arrays) and of file pages (mapped answer
    and input files, which the system can drop at any time), and the peak of the summed resident memory
    of the window's child processes (the token process, an export's worker) with how each was started,
    sampled every 50 ms by a thread; and the app's processes together at one instant — their resident
    sizes added (``summed``; pages the processes share, such as Python's own library, counted in each)
    and their proportional sizes (``summed_pss``, ``/proc/PID/smaps_rollup``: a shared page split among
    the processes that map it; every 250 ms)."""

    def __init__(self) -> None:
        import threading

        self.anon = self.file = self.children = self.summed = self.summed_pss = 0.0
        self.kinds: set[str] = set()
        threading.Thread(target=self._run, daemon=True, name="rss-kinds").start()

    def reset(self) -> None:
        self.anon = self.file = self.children = self.summed = self.summed_pss = 0.0
        self.kinds = set()

    def _run(self) -> None:
        tick = 0
        while True:
            own = 0.0
            try:
                with open("/proc/self/status", encoding="ascii") as handle:
                    for line in handle:
                        if line.startswith("RssAnon:"):
                            self.anon = max(self.anon, int(line.split()[1]) / 1024)
                        elif line.startswith("VmRSS:"):
                            own = int(line.split()[1]) / 1024
                        elif line.startswith("RssFile:"):
                            self.file = max(self.file, int(line.split()[1]) / 1024)
            except OSError:
                return
            children = self._children()
            self.children = max(self.children, children)
            self.summed = max(self.summed, own + children)
            if tick % 5 == 0:
                self.summed_pss = max(self.summed_pss, sum(map(_pss_mb, ["self", *self._child_pids()])))
            tick += 1
            time.sleep(0.05)

    def _child_pids(self) -> list[str]:
        pids: list[str] = []
        for task in Path("/proc/self/task").iterdir():
            try:
                pids += (task / "children").read_text().split()
            except OSError:
                continue
        return pids

    def _children(self) -> float:
        total = 0.0
        for task in Path("/proc/self/task").iterdir():
            try:
                pids = (task / "children").read_text().split()
            except OSError:
                continue
            for pid in pids:
                try:
                    command = Path(f"/proc/{pid}/cmdline").read_bytes()
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                self.kinds.add("spawned" if b"spawn_main" in command else command.split(b"\0")[0][-20:].decode())
                for line in status.splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1024
        return total


def _pss_mb(pid: str) -> float:
    """A process's proportional set size in MB (0 when it is gone)."""
    return _proc_mb(pid, "smaps_rollup", "Pss:")


class _Stop(Exception):
    """``BATCH_DESK_STOP_AFTER`` reached."""


def _pymalloc_stats() -> dict[str, float]:
    """Python's small-object allocator: MB in arenas, in live blocks, in free blocks and empty pools
    (``sys._debugmallocstats``, written to stderr by C: caught through the file descriptor)."""
    import tempfile

    with tempfile.TemporaryFile("w+") as capture:
        saved = os.dup(2)
        try:
            os.dup2(capture.fileno(), 2)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        capture.seek(0)
        text = capture.read()
    stats: dict[str, float] = {}
    for line in text.splitlines():
        label, _, value = line.partition("=")
        label = label.strip().lstrip("#").strip()
        if label in ("arenas allocated current", "bytes in allocated blocks", "bytes in available blocks"):
            number = float(value.strip().replace(",", ""))
            stats[label] = number if label.startswith("arenas") else round(number / MB, 1)
        elif label.startswith("unused pools"):
            stats["unused pools MB"] = round(float(value.strip().replace(",", "")) / MB, 1)
    return stats


def _reset_peak() -> bool:
    """Start a new ``VmHWM`` high-water mark (Linux: ``5`` to ``/proc/self/clear_refs``)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def child(facts: dict[str, Any]) -> None:
    """Run ``desktop_app.app.main`` with the probe attached and play the steps; print JSON."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["BATCH_DESK_HOME"] = facts["home"]
    probe = _Probe()
    out: dict[str, Any] = {"kind": facts["kind"], "steps": []}
    if facts.get("why"):
        _start_watchdog(probe, out)

    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    import desktop_app.app as app_module
    import desktop_app.ui.main_window as main_window

    if facts.get("sandbox_url"):

        class External:
            """The sandbox of the parent's process, in place of the app's in-process one."""

            def base_url(self, namespace: str = "sandbox") -> str:
                return str(facts["sandbox_url"])

            def stop(self) -> None:
                pass

        app_module._start_sandbox = lambda speed, storage: External()  # type: ignore[assignment,return-value]

    original_show = main_window.MainWindow.show
    if facts.get("trim"):  # diagnosis: Python's allocator after the build and after each check
        import desktop_app.ui.editor.actions as actions

        def after(name: str, method: Any) -> Any:
            async def wrapped(*args: Any, **kwargs: Any) -> Any:
                result = await method(*args, **kwargs)
                import gc

                gc.collect()
                out.setdefault("pymalloc_after", []).append((name, _rss_mb(), _pymalloc_stats()))
                return result

            return wrapped

        actions.EditorActions.build = after("build", actions.EditorActions.build)  # type: ignore[method-assign]
        actions.EditorActions.check = after("check", actions.EditorActions.check)  # type: ignore[method-assign]

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and probe.first_paint is None:
                probe.first_paint = time.perf_counter()
                QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            return False

    def show(window: Any) -> None:
        import asyncio

        probe.shown = time.perf_counter()
        painter = FirstPaint(window)
        QApplication.instance().installEventFilter(painter)  # type: ignore[union-attr]
        timer = QTimer(window)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(10)
        timer.timeout.connect(probe.tick)
        timer.start()
        original_show(window)
        out["_task"] = asyncio.ensure_future(play(window, timer))

    async def until(condition: Any, timeout: float = 900.0, what: str = "") -> None:
        import asyncio

        end = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError(f"timed out: {what}")
            await asyncio.sleep(0.02)

    step_started = [0.0]
    rss_kinds = _Kinds()

    traced = os.environ.get("BATCH_DESK_TRACE_STEPS", "").split(",")  # diagnosis: what a step leaves held

    def begin(name: str) -> None:
        _reset_peak()
        rss_kinds.reset()
        if name in traced:
            import tracemalloc

            tracemalloc.start(10)
        probe.phase = name
        step_started[0] = time.perf_counter()

    def end(name: str, **notes: Any) -> None:
        from benchmarks import peak_rss_mb

        out["steps"].append(
            {"step": name, "s": time.perf_counter() - step_started[0], "peak_mb": peak_rss_mb(), "rss_mb": _rss_mb()}
            | {"peak_anon_mb": round(rss_kinds.anon), "peak_file_mb": round(rss_kinds.file)}
            | {"children_peak_mb": round(rss_kinds.children), "children": sorted(rss_kinds.kinds)}
            | {"app_summed_rss_mb": round(rss_kinds.summed), "app_summed_pss_mb": round(rss_kinds.summed_pss)}
            | notes
        )
        if facts.get("trim"):  # diagnosis: how much of the resident memory is only the allocator's free space
            import ctypes
            import gc

            gc.collect()
            ctypes.CDLL("libc.so.6").malloc_trim(0)
            out["steps"][-1]["rss_trimmed_mb"] = round(_rss_mb())
            frozen = gc.get_freeze_count()
            gc.unfreeze()  # what the GUI-thread collector froze: cycles in it are never collected otherwise
            from collections import Counter

            gc.set_debug(gc.DEBUG_SAVEALL)
            gc.collect()
            kinds = Counter(type(o).__name__ for o in gc.garbage)
            out["steps"][-1]["garbage"] = kinds.most_common(6)
            holders = Counter(
                type(o).__qualname__ for o in gc.garbage if type(o).__module__.startswith(("desktop_app", "PySide6"))
            )
            out["steps"][-1]["garbage_app"] = holders.most_common(6)
            gc.set_debug(0)
            gc.garbage.clear()
            gc.collect()
            ctypes.CDLL("libc.so.6").malloc_trim(0)
            gc.freeze()
            out["steps"][-1]["rss_unfrozen_mb"] = round(_rss_mb())
            out["steps"][-1]["frozen"] = frozen
            out["steps"][-1]["blocks_k"] = sys.getallocatedblocks() // 1000  # Python objects' memory blocks
            out["steps"][-1]["pymalloc"] = _pymalloc_stats()
        if name in traced:
            import gc
            import tracemalloc

            gc.collect()
            held = tracemalloc.take_snapshot().statistics("traceback")
            out["steps"][-1]["held_mb"] = round(sum(st.size for st in held) / MB)
            where = [" <- ".join(f"{f.filename.split('/')[-1]}:{f.lineno}" for f in st.traceback) for st in held[:12]]
            out["steps"][-1]["held_top"] = [
                (round(st.size / MB, 1), st.count, place) for st, place in zip(held, where, strict=False)
            ]
            tracemalloc.stop()
        probe.phase = f"after {name}"
        if name == os.environ.get("BATCH_DESK_STOP_AFTER"):  # diagnosis: the steps up to this one only
            raise _Stop

    async def play(window: Any, timer: QTimer) -> None:
        import asyncio

        from desktop_app.ui.confirm_dialog import ConfirmSubmitDialog
        from desktop_app.ui.submit_page import STEP_REQUESTS, STEP_SETUP

        try:
            await until(lambda: probe.first_paint is not None, 60, "first paint")
            await until(lambda: window.controller.sandbox_base_url is not None, 60, "the sandbox")
            await asyncio.sleep(2.0)  # start-up's refresh settles
            ledger = window.controller.ledger
            if facts.get("export_only"):  # a kept home's downloaded group: only the export steps
                parts = [j for j in await asyncio.to_thread(ledger.jobs) if j.group_id and j.has_local_results]
                jobs = sorted(parts, key=lambda j: j.id)[:1]
                await until(lambda: window.tasks.running == 0 and window.jobs_page.host.tasks.running == 0, 300, "idle")
            else:
                page = window.submit_page
                setup = page.setup_page
                source = Path(facts["file"])

                begin("open")
                page.open_paths([source])
                await until(lambda: page.step == STEP_SETUP and setup.info is not None, 300, "the mapping step")
                end("open")

                begin("map")
                id_column, template = ("Column 1", "{Column 2}") if facts["kind"] == "csv" else ("id", "{text}")
                setup.id_combo.setCurrentIndex(setup.id_combo.findData(id_column))
                setup.template_edit.setPlainText(template)
                await asyncio.sleep(1.0)  # the preview renders (a person reads it)
                end("map", model=setup.model_combo.currentText(), rows_guess=setup.row_count())

                begin("create + check")
                setup.build_button.click()
                await until(lambda: page.step == STEP_REQUESTS and page.current_check is not None, 1800, "the check")
                check = page.current_check
                end(
                    "create + check",
                    requests=check.report.requests,
                    parts=len(check.parts),
                    needs_split=check.needs_split,
                    errors=check.errors,
                    button=page.submit_button.text(),
                )

                begin("estimate")
                await until(lambda: page.estimate_task is not None and page.estimate_task.done(), 1800, "the estimate")
                end("estimate", shown=page.estimate_label.text()[:160])

                begin("submit")
                page.submit_button.click()
                confirmed: list[float] = []

                def confirm() -> bool:
                    for widget in QApplication.topLevelWidgets():
                        if isinstance(widget, ConfirmSubmitDialog) and widget.isVisible():
                            confirmed.append(time.perf_counter() - step_started[0])
                            widget.submit_button.click()
                            return True
                    return bool(page.last_jobs) and not page._submitting

                await until(confirm, 600, "the confirmation")
                await until(lambda: bool(page.last_jobs) and not page._submitting, 1800, "the submit")
                jobs = page.last_jobs
                end(
                    "submit",
                    jobs=len(jobs),
                    created=sum(1 for job in jobs if job.batch_id),
                    group=jobs[0].group_id,
                    confirm_shown_s=confirmed[0] if confirmed else None,
                )

                begin("answers")
                ledger = window.controller.ledger
                group_id = jobs[0].group_id

                def all_downloaded() -> bool:
                    parts = ledger.group(group_id) if group_id else [ledger.get(jobs[0].id)]
                    return all(part.has_local_results for part in parts)

                presses = 0
                while not await asyncio.to_thread(all_downloaded):
                    if time.perf_counter() - step_started[0] > 1800:
                        raise TimeoutError("timed out: the answers")
                    if window.jobs_page.refresh_button.isEnabled():
                        window.jobs_page.refresh_button.click()
                        presses += 1
                    await asyncio.sleep(2.0)
                await until(lambda: window.tasks.running == 0 and window.jobs_page.host.tasks.running == 0, 300, "idle")
                end("answers", refresh_presses=presses)

            first = ledger.get(jobs[0].id)
            for kind in ("csv", "xlsx"):
                if kind == "xlsx" and facts.get("skip_xlsx_export"):
                    continue
                name = f"export {kind.upper()}"
                dest = Path(facts["out"]) / f"merged-{facts['kind']}.{kind}"
                begin(name)
                try:
                    summary = await window.jobs_page.export_csv(first, dest)
                    end(name, rows=summary.rows, ok=summary.succeeded, mb=dest.stat().st_size / MB)
                except Exception as exc:  # the refusal a user would see
                    end(name, error=f"{type(exc).__name__}: {exc}")
            await asyncio.sleep(1.0)
        except _Stop:
            pass
        except BaseException as exc:  # report, then close as usual
            import traceback

            out["error"] = f"{type(exc).__name__}: {exc}"
            out["trace"] = traceback.format_exc()[-3000:]
        timer.stop()
        out["gaps"] = [(round(t, 3), round(g, 1), p) for t, g, p in probe.gaps]
        out["rss_mb"] = _rss_mb()
        out.pop("_task", None)
        print(json.dumps(out, default=str), flush=True)
        window.close()

    main_window.MainWindow.show = show  # type: ignore[method-assign]
    app_module.main([] if facts.get("sandbox_url") else ["--sandbox-speed", str(facts["speed"])])


# ----- the parent -----------------------------------------------------------------------------------------


def run_kind(facts: dict[str, Any]) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "BATCH_DESK_HOME": facts["home"]}
    proc = subprocess.Popen(
        ["/usr/bin/time", "-f", "TIME %M %U %S", sys.executable, "-m", MODULE, "--child", json.dumps(facts)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    stdout, stderr = proc.communicate(timeout=7200)
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{facts['kind']} failed ({proc.returncode}):\n{stderr[-3000:]}")
    data: dict[str, Any] = json.loads(lines[-1])
    timing = [line for line in stderr.splitlines() if line.startswith("TIME ")]
    if timing:
        _, peak, user, system = timing[-1].split()
        data["process_peak_mb"] = float(peak) / 1024
        data["cpu_s"] = float(user) + float(system)
    return data


def summarize(gaps: list[tuple[float, float, str]]) -> dict[str, Any]:
    values = sorted(g for _, g, _ in gaps) or [0.0]
    return {
        "longest_ms": values[-1],
        "over_50": sum(1 for g in values if g > 50),
        "p99_ms": values[min(len(values) - 1, int(0.99 * len(values)))],
        "median_ms": statistics.median(values),
        "ticks": len(values),
    }


def report(data: dict[str, Any], why: bool) -> None:
    print(
        f"  {data['kind'].upper()}: window process peak {data.get('process_peak_mb', 0):.0f} MB (whole run), "
        f"CPU {data.get('cpu_s', 0):.0f} s, end RSS {data.get('rss_mb', 0):.0f} MB"
    )
    for name, rss, stats in data.get("pymalloc_after", []):
        print(f"    after {name}: RSS {rss:.0f} MB, {stats}")
    for step in data["steps"]:
        gaps = [g for g in data["gaps"] if g[2] == step["step"]]
        s = summarize(gaps)
        notes = {k: v for k, v in step.items() if k not in ("step", "s", "peak_mb", "rss_mb")}
        print(
            f"    {step['step']:<15} {step['s']:7.1f} s  longest {s['longest_ms']:6.1f} ms  >50 ms: {s['over_50']:3d}  "
            f"p99 {s['p99_ms']:5.1f} ms  peak {step['peak_mb']:5.0f} MB  RSS after {step['rss_mb']:4.0f} MB  {notes}"
        )
        top = sorted(gaps, key=lambda g: -g[1])[:5]
        if top and top[0][1] > 50:
            print("        top gaps (s, ms): " + ", ".join(f"{t:.1f}/{g:.0f}" for t, g, _ in top))
        for t, g, _phase in top[:3] if why else ():
            if g < 50:
                continue
            start = t - g / 1000 - 0.02
            print(f"        gap {g:.0f} ms ending {t:.3f} s:")
            for at, main_key, others in data.get("why_timeline", []):
                if start <= at <= t + 0.005:
                    print(f"          {at:.3f} UI: {main_key[:160]}")
                    busy = [
                        o
                        for o in others.split(" || ")
                        if not o.startswith(("thread.py:81 _worker", "threading.py:327 wait", "threading.py:331 wait"))
                    ]
                    if busy:
                        print(f"                others: {' || '.join(busy)[:400]}")
    between = [g for g in data["gaps"] if g[2] not in {s["step"] for s in data["steps"]}]
    s = summarize(between)
    print(f"    between steps   longest {s['longest_ms']:6.1f} ms  >50 ms: {s['over_50']}")
    if "error" in data:
        print(f"    ERROR {data['error']}\n{data.get('trace', '')}")
    if why:
        for where, count in sorted(data.get("why", {}).items(), key=lambda item: -item[1])[:25]:
            print(f"      {count:4d} x {where}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--kind", default="csv,xlsx", help="input kinds, in order: csv, xlsx")
    parser.add_argument(
        "--speed", type=float, default=2_000.0, help="sandbox seconds per real second (30 days: 22 min at 2000)"
    )
    parser.add_argument("--in-process-sandbox", action="store_true", help="the app's own sandbox (memory counts)")
    parser.add_argument("--skip-xlsx-export", action="store_true")
    parser.add_argument("--why", action="store_true", help="sample the UI thread's stack during stalls")
    parser.add_argument("--trim", action="store_true", help="diagnosis: collect + malloc_trim after each step")
    parser.add_argument(
        "--keep", type=Path, help="generate the inputs into this folder and keep them (and the newest run of each kind)"
    )
    parser.add_argument(
        "--export-only", type=Path, metavar="RUN", help="diagnosis: only the export steps, on a --keep run's folder"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(json.loads(args.child))
        return 0
    if args.export_only:
        run = args.export_only.resolve()
        kind = "xlsx" if "-xlsx-" in run.name else "csv"
        facts = {"kind": kind, "file": "", "home": str(run / "home"), "out": str(run), "export_only": True}
        facts |= {"speed": args.speed, "why": args.why, "trim": args.trim, "skip_xlsx_export": args.skip_xlsx_export}
        print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f}; export steps of {run}")
        report(run_kind(facts), args.why)
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bd-million-window-"))
    folder.mkdir(parents=True, exist_ok=True)
    kinds = args.kind.split(",")
    inputs = make_inputs(folder, args.rows, kinds)
    load = os.getloadavg()
    print(f"machine: {machine()}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {args.rows:,} rows")
    for kind in kinds:
        print(f"  input {inputs[kind].name}: {inputs[kind].stat().st_size / MB:.0f} MB")
    try:
        for kind in kinds:
            for old in folder.glob(f"run-{kind}-*"):  # a kept run takes ~4 GB: only the newest of a kind stays
                shutil.rmtree(old, ignore_errors=True)
            run = folder / f"run-{kind}-{int(time.time())}"
            run.mkdir()
            facts: dict[str, Any] = {
                "kind": kind,
                "file": str(inputs[kind]),
                "home": str(run / "home"),
                "out": str(run),
                "speed": args.speed,
                "why": args.why,
                "trim": args.trim,
                "skip_xlsx_export": args.skip_xlsx_export,
            }
            sandbox = None
            if not args.in_process_sandbox:
                sandbox, url = start_sandbox(run / "sandbox", args.speed)
                facts["sandbox_url"] = url
            try:
                data = run_kind(facts)
            finally:
                if sandbox is not None:
                    sandbox_peak = peak_of(sandbox.pid)
                    sandbox.terminate()
                    sandbox.wait(30)
                    print(f"  sandbox process (not the product): peak {sandbox_peak:.0f} MB")
            report(data, args.why)
            if args.keep is None:  # kept: the app's home (ledger, downloads) for a diagnosis of one step
                shutil.rmtree(run, ignore_errors=True)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
