"""The results window of one job: every input row joined with its answer, in input order; a status
filter; the full text of the selected row; exports to CSV (Excel-ready), XLSX and raw JSONL."""

from __future__ import annotations

import asyncio
import html
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.answers.rows import ResultRow, RowStatus
from desktop_app.core.answers.verdict import Verdict, judge
from desktop_app.core.answers.view import ResultsView, gc_paused
from desktop_app.core.ledger import JobRecord
from desktop_app.core.sheet import SheetWords, total_cost
from desktop_app.services import job_actions
from desktop_app.ui.controller import AppController, ExportKind, ExportSummary, OpenedResults, write_export
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP, format_duration
from desktop_app.ui.messages import core_text, verdict_text
from desktop_app.ui.messages import text as catalogue_text
from desktop_app.ui.results.model import OPTIONAL_COLUMNS, ResultsTableModel, status_text, tokens_text
from desktop_app.ui.tasks import TaskOwner
from desktop_app.ui.widgets import NoticeBar, SavedFileBar, breakable

INDEX_STEP_ROWS = 10_000  # rows indexed between two pauses when the rest of the index is built
INDEX_DELAY_MS = 250  # the rest of the index starts after the first rows arrive, or after this at the latest
T = TypeVar("T")

FILTERS: tuple[tuple[str, frozenset[RowStatus] | None], ...] = (
    (QT_TRANSLATE_NOOP("ResultsWindow", "All rows"), None),
    (QT_TRANSLATE_NOOP("ResultsWindow", "Succeeded"), frozenset({RowStatus.SUCCEEDED})),
    (QT_TRANSLATE_NOOP("ResultsWindow", "Failed"), frozenset({RowStatus.FAILED})),
    (QT_TRANSLATE_NOOP("ResultsWindow", "Missing (never answered)"), frozenset({RowStatus.MISSING})),
    (QT_TRANSLATE_NOOP("ResultsWindow", "Failed or missing"), frozenset({RowStatus.FAILED, RowStatus.MISSING})),
)
EXPORTS: dict[str, tuple[str, str, str]] = {
    # kind: (dialog title, file filter, suffix)
    "csv": (
        QT_TRANSLATE_NOOP("ResultsWindow", "Export answers as CSV for Excel"),
        QT_TRANSLATE_NOOP("ResultsWindow", "CSV for Excel (*.csv)"),
        "csv",
    ),
    "xlsx": (
        QT_TRANSLATE_NOOP("ResultsWindow", "Export answers as an Excel workbook"),
        QT_TRANSLATE_NOOP("ResultsWindow", "Excel workbook (*.xlsx)"),
        "xlsx",
    ),
    "jsonl": (
        QT_TRANSLATE_NOOP("ResultsWindow", "Export the raw answer lines"),
        QT_TRANSLATE_NOOP("ResultsWindow", "JSON Lines (*.jsonl)"),
        "jsonl",
    ),
}
STATUS_DELAY_MS = 30
_WIDTHS = {
    "row": 56,
    "custom_id": 110,
    "prompt": 240,
    "status": 110,
    "content": 340,
    "reasoning_content": 220,
    "finish_reason": 90,
    "error_code": 150,
    "error_message": 240,
    "tokens": 170,
    "embedding_dim": 90,
    "answered_by": 160,
}


class ResultsWindow(QWidget):
    """A non-modal window over one job's results (its re-runs merged in).

    Open it with :meth:`load` (opens the view in a worker thread); close it to release the files.

    Signals:
        rerun_requested(object): the user asked to re-run the failed and missing rows of this JobRecord.
    """

    rerun_requested = Signal(object)

    def __init__(self, controller: AppController, job: JobRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.job = job
        self.tasks = TaskOwner(self.show_error)
        self.opened: OpenedResults | None = None
        self.model: ResultsTableModel | None = None
        self.statuses_ready = False
        self.last_export: ExportSummary | None = None
        self._counts: dict[RowStatus, int] | None = None
        self.keeper = ViewKeeper()  # closes views only once no worker thread reads them
        self._closed = False
        self._detail_generation = 0
        self.setObjectName("resultsWindow")
        self.setWindowTitle(self.tr("Results — {name}").format(name=job.name or job.batch_id or ""))
        self.resize(1180, 720)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.summary = QLabel(self.tr("Opening the answers…"), self)
        self.summary.setAccessibleName(self.tr("Results summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.notice = NoticeBar("warning", parent=self)
        layout.addWidget(self.notice)

        bar = QHBoxLayout()
        show_label = QLabel(self.tr("&Show:"), self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setAccessibleName(self.tr("Show rows with status"))
        self.filter_combo.setMinimumContentsLength(26)
        show_label.setBuddy(self.filter_combo)
        for label, statuses in FILTERS:
            self.filter_combo.addItem(self.tr(label), statuses)
        self.filter_combo.setEnabled(False)
        self.filter_combo.setToolTip(self.tr("Available once every row's status is known"))
        self.filter_combo.currentIndexChanged.connect(self._on_filter_changed)
        bar.addWidget(show_label)
        bar.addWidget(self.filter_combo)
        bar.addStretch(1)
        self.rerun_button = QPushButton(self.tr("Re-run failed + missing"), self)
        self.rerun_button.setAccessibleName(self.tr("Re-run the failed and missing rows as a new job"))
        self.rerun_button.setToolTip(
            self.tr("Sends exactly the failed and missing requests again; the answers merge into these results.")
        )
        self.rerun_button.setEnabled(False)
        self.rerun_button.clicked.connect(lambda: self.rerun_requested.emit(self.job))
        bar.addWidget(self.rerun_button)
        self.layout_combo = QComboBox(self)
        self.layout_combo.setAccessibleName(self.tr("Columns of the exported file"))
        self.layout_combo.addItem(self.tr("Your sheet + answers"), "sheet")
        self.layout_combo.addItem(self.tr("All columns (technical)"), "all")
        self.layout_combo.setToolTip(
            self.tr(
                "Your sheet + answers: your own columns in their order, then the answers, then a status. "
                "All columns: also the request id, status code, tokens and finish reason of every answer."
            )
        )
        bar.addWidget(self.layout_combo)
        self.export_buttons: dict[str, QPushButton] = {}
        for kind, text, accessible in (
            ("csv", self.tr("Export CSV for Excel…"), self.tr("Export the results as CSV for Excel")),
            ("xlsx", self.tr("Export XLSX…"), self.tr("Export the results as an Excel workbook")),
            ("jsonl", self.tr("Export raw JSONL…"), self.tr("Export the raw answer lines as JSONL")),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(accessible)
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.request_export(k))
            self.export_buttons[kind] = button
            bar.addWidget(button)
        layout.addLayout(bar)
        self.saved_bar = SavedFileBar(self)  # Open / Show in folder after an export (shared with the jobs page)
        layout.addWidget(self.saved_bar)
        self.saved_label = self.saved_bar.label
        self.open_file_button = self.saved_bar.open_button
        self.show_folder_button = self.saved_bar.folder_button

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableView(splitter)
        self.table.setAccessibleName(self.tr("Results rows"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setHighlightSections(False)
        self.detail = QTextBrowser(splitter)
        self.detail.setAccessibleName(self.tr("Selected row"))
        self.detail.setPlaceholderText(self.tr("Select a row to read its request and answer in full."))
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.footer = QLabel("", self)
        self.footer.setWordWrap(True)  # "Saved … to <a deep path>" must not widen the window
        self.footer.setAccessibleName(self.tr("Results status"))
        layout.addWidget(self.footer)
        QShortcut(QKeySequence.StandardKey.Close, self).activated.connect(self.close)

        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setObjectName("resultsPrefetchTimer")
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(30)
        self._prefetch_timer.timeout.connect(self._prefetch_visible)
        self.table.verticalScrollBar().valueChanged.connect(lambda _value: self._prefetch_timer.start())
        # The status pass starts once the first rows are painted: run alongside the first paint, it makes
        # every data() call win the GIL back from it (the editor measured the same, docs/benchmarks.md).
        self._status_timer = QTimer(self)
        self._status_timer.setObjectName("resultsStatusTimer")
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._start_statuses)
        self._statuses_started = False
        # The rest of the index starts once the first block of rows is read: run at once, its worker and
        # the first block's reader took turns at the interpreter with the UI thread (three Python threads
        # on two cores: gaps of 57–179 ms while the window opened; docs/benchmarks.md, issue 13 round 5).
        self._index_timer = QTimer(self)
        self._index_timer.setObjectName("resultsIndexTimer")
        self._index_timer.setSingleShot(True)
        self._index_timer.setInterval(INDEX_DELAY_MS)
        self._index_timer.timeout.connect(self._start_index)
        self._index_started = False

    # ----- messages -------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """A non-modal error strip in this window."""
        self.notice.show_message(html.escape(message), "error")

    def show_info(self, message: str, kind: str = "success") -> None:
        """A non-modal info strip in this window."""
        self.notice.show_message(html.escape(message), kind)

    # ----- worker threads that read the view --------------------------------------------------------
    async def _in_thread(self, work: Callable[..., T], *args: Any) -> T:
        """Run ``work`` in a worker thread; the view stays open until every such call has returned (even
        when the window closes meanwhile)."""
        keeper = self.keeper  # the thread holds the keeper, never this window (a Qt object)
        if self._closed or not keeper.enter():
            raise asyncio.CancelledError

        def run() -> T:
            try:
                return work(*args)
            finally:
                keeper.release()

        return await asyncio.to_thread(run)

    # ----- loading ----------------------------------------------------------------------------------
    async def load(self) -> None:
        """Open the job's results (index in a worker thread), show the first rows, then work out every
        row's exact status in the background (for counts and the filter)."""
        opened = await self.controller.open_results(self.job)
        await self.controller.read_prices()  # for the cost line (a worker thread; re-read when changed)
        if self._closed:
            await asyncio.to_thread(opened.close)
            return
        self.set_opened(opened)
        if not opened.rows:
            self._start_statuses()

    def set_opened(self, opened: OpenedResults) -> None:
        """Show an opened results view."""
        previous = self.opened
        self.opened = opened
        self.job = opened.job
        self._statuses_started = False
        self._status_timer.stop()
        self.setWindowTitle(self.tr("Results — {name}").format(name=opened.job.name or opened.job.batch_id or ""))
        model = ResultsTableModel(opened.view, opened.rows, loader=self._load_block, parent=self)
        model.column_found.connect(self._on_column_found)
        old_model = self.model
        self.model = model
        self.table.setModel(model)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        if old_model is not None:
            old_model.deleteLater()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(model.columns):
            width = _WIDTHS.get(column.key, 160)
            header.resizeSection(number, width)
            self.table.setColumnHidden(number, column.key in OPTIONAL_COLUMNS)
        header.setStretchLastSection(False)
        view = opened.view
        self.statuses_ready = False
        self.filter_combo.setEnabled(False)
        self.filter_combo.setCurrentIndex(0)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.rerun_button.setEnabled(False)
        if view.input_note is not None:
            self.notice.show_message(html.escape(catalogue_text(view.input_note)), "warning")
        self._show_summary()
        if opened.complete:
            self.footer.setText(
                self.tr("{rows} rows in input order. Counting answers…").format(rows=f"{opened.rows:,}")
            )
        else:
            self.footer.setText(self._reading_text(opened.rows))
            self._index_started = False
            self._index_timer.start()  # or at once when the first rows arrive (_load_block)
        self._prefetch_visible()
        if previous is not None and previous is not opened:
            for old_view in previous.views:
                self.keeper.retire(old_view)

    def _statuses_soon(self) -> None:
        """Count the answers shortly, once every row is indexed: two worker threads at once (the rest of
        the index and the status pass) starved the UI thread of the GIL (stalls of 100–300 ms)."""
        opened = self.opened
        if opened is None or not opened.complete or self._statuses_started or self._status_timer.isActive():
            return
        self._status_timer.start()

    def _start_index(self) -> None:
        """Index the rest of the rows now (once per opened view)."""
        self._index_timer.stop()
        opened = self.opened
        if self._index_started or self._closed or opened is None or opened.complete:
            return
        self._index_started = True
        self.tasks.spawn(self._finish_index(), self.tr("read the rows"))

    def _reading_text(self, rows: int) -> str:
        return self.tr("Reading the rows… ({rows} so far)").format(rows=f"{rows:,}")

    async def _finish_index(self) -> None:
        """Index the rows after the first ones (a worker thread), then show them all."""
        opened, model = self.opened, self.model
        if opened is None or model is None or opened.complete:
            return
        rows = await self._in_thread(_index_all, opened.view)
        if not self._closed and model is self.model:
            self._index_done(rows)

    def _index_done(self, rows: int) -> None:
        """Every row is indexed: the table, the summary and the footer show them all (once)."""
        opened, model = self.opened, self.model
        if opened is None or model is None or opened.complete:
            return
        self.opened = replace(opened, rows=rows, complete=True)
        model.grow(rows)
        self._show_summary()
        if not self.statuses_ready:
            self.footer.setText(self.tr("{rows} rows in input order. Counting answers…").format(rows=f"{rows:,}"))
            self._statuses_soon()

    async def reload(self) -> None:
        """Open the results again (e.g. a re-run's answers arrived), keeping the chosen filter."""
        if self._closed:
            return
        chosen = self.filter_combo.currentIndex()
        await self.load()
        if chosen and self.statuses_ready:
            self.filter_combo.setCurrentIndex(chosen)

    def _start_statuses(self) -> None:
        if self._statuses_started or self._closed:
            return
        self._statuses_started = True
        self.tasks.spawn(self._compute_statuses(), self.tr("count the answers"))

    async def _compute_statuses(self) -> None:
        opened = self.opened
        model = self.model
        if opened is None or model is None:
            return
        statuses = await self._in_thread(_statuses, opened.view)
        summary = await self._in_thread(opened.view.summary)
        family = await self.controller.rerun_family(opened.job)
        if self._closed or model is not self.model:
            return
        self._index_done(len(statuses))
        opened = self.opened or opened
        model.set_statuses(statuses)
        self._counts = {
            RowStatus.SUCCEEDED: summary.succeeded,
            RowStatus.FAILED: summary.failed,
            RowStatus.MISSING: summary.missing,
        }
        self.statuses_ready = True
        for number, (label, wanted) in enumerate(FILTERS):
            count = opened.rows if wanted is None else sum(self._counts.get(s, 0) for s in wanted)
            text = self.tr("{label} ({count})").format(label=self.tr(label), count=f"{count:,}")
            self.filter_combo.setItemText(number, text)
        self.filter_combo.setEnabled(True)
        self.filter_combo.setToolTip(self.tr("Show only rows with this status"))
        open_rows = summary.failed + summary.missing
        can_rerun = opened.view.has_input and bool(job_actions.can_rerun(opened.job, family, still_open=open_rows))
        self.rerun_button.setEnabled(can_rerun)
        self.rerun_button.setText(
            self.tr("Re-run failed + missing ({count})").format(count=f"{open_rows:,}")
            if open_rows
            else self.tr("Re-run failed + missing")
        )
        self._show_summary()
        self.footer.setText(self.tr("{rows} rows in input order.").format(rows=f"{opened.rows:,}"))

    def _load_block(self, generation: int, number: int, indices: list[int]) -> None:
        """The model's loader: fetch one block of rows in a worker thread."""
        opened = self.opened
        model = self.model
        if opened is None or model is None or self._closed:
            return
        view = opened.view

        def fetch() -> list[ResultRow]:
            if indices and indices[-1] - indices[0] == len(indices) - 1:
                return view.rows(indices[0], len(indices))
            return [view.row(i) for i in indices]

        async def run() -> None:
            try:
                rows = await self._in_thread(fetch)
            except BaseException:
                model.block_failed(generation, number)
                raise
            if not self._closed:
                model.block_loaded(generation, number, rows)
                self._start_index()
                self._statuses_soon()

        self.tasks.spawn(run(), self.tr("read the answers"))

    def _prefetch_visible(self) -> None:
        model = self.model
        if model is None or not model.rowCount():
            return
        top = max(0, self.table.rowAt(0))
        bottom = self.table.rowAt(max(0, self.table.viewport().height() - 1))
        if bottom < 0:
            bottom = min(model.rowCount() - 1, top + 60)
        model.prefetch(top, bottom)

    def _on_column_found(self, key: str) -> None:
        if self.model is not None:
            self.table.setColumnHidden(self.model.column_index(key), False)

    # ----- summary ----------------------------------------------------------------------------------
    def _show_summary(self) -> None:
        opened = self.opened
        if opened is None:
            return
        job = opened.job
        parts = [f"<b>{html.escape(job.name or job.batch_id or '')}</b>"]
        if self._counts is not None:
            counts = self._counts
            verdict = judge(
                job.status,
                opened.rows if opened.view.has_input else (job.total or None),
                counts[RowStatus.SUCCEEDED],
                counts[RowStatus.FAILED],
            )
            parts.append(
                self.tr("{ok} answered · {failed} failed · {missing} missing, of {total} rows.").format(
                    ok=f"✓ {counts[RowStatus.SUCCEEDED]:,}",
                    failed=f"✕ {counts[RowStatus.FAILED]:,}",
                    missing=f"? {counts[RowStatus.MISSING]:,}",
                    total=f"{opened.rows:,}",
                )
            )
            if verdict is not Verdict.NOT_FINISHED:
                parts.append(html.escape(verdict_text(verdict)))
            summary = opened.view.summary()
            if summary.total_tokens:
                parts.append(
                    self.tr("Tokens: {prompt} in, {completion} out (thinking included), {total} in all.").format(
                        prompt=f"{summary.prompt_tokens:,}",
                        completion=f"{summary.completion_tokens:,}",
                        total=f"{summary.total_tokens:,}",
                    )
                )
        elif not opened.complete:
            parts.append(self._reading_text(opened.rows))
        else:
            parts.append(self.tr("{rows} rows.").format(rows=f"{opened.rows:,}"))
        if opened.variants:
            parts.append(
                self.tr("Comparing {variants}: the table shows {shown}; exports put every model side by side.").format(
                    variants=", ".join(html.escape(label) for label, _, _ in opened.variants),
                    shown=html.escape(next(label for label, v, _ in opened.variants if v is opened.view)),
                )
            )
        cost = self.cost_text()
        if cost:
            parts.append(html.escape(cost))
        if opened.waiting_variants:
            parts.append(
                self.tr("Not downloaded yet: {variants}.").format(
                    variants=", ".join(html.escape(v) for v in opened.waiting_variants)
                )
            )
        if len(opened.view.layers) > 1:
            parts.append(
                self.tr("Includes the answers of {count} re-run(s): the newest answer of each row is shown.").format(
                    count=len(opened.view.layers) - 1
                )
            )
        self.summary.setText(parts[0] + "<br>" + " ".join(parts[1:]))

    def cost_text(self) -> str:
        """What the answers cost at batch prices — per variant and in all for a comparison (every
        variant is billed); "unknown (why)" where no price is known. Empty before the prices are read."""
        opened = self.opened
        if opened is None:
            return ""
        words = self.sheet_words()
        members = [(label, job) for label, _, job in opened.variants] or [("", opened.job)]
        costs = [self.controller.job_cost(job) for _, job in members]
        if any(c is None for c in costs):
            return ""
        known = [c for c in costs if c is not None]
        if len(members) == 1:
            return self.tr("Cost at batch prices: {cost}.").format(cost=words.cost_text(known[0]))
        each = " · ".join(f"{label} {words.cost_text(c)}" for (label, _), c in zip(members, known, strict=True))
        total = words.cost_text(total_cost(known))
        if opened.waiting_variants:
            return self.tr("Cost at batch prices: {each} (not all variants are downloaded yet).").format(each=each)
        return self.tr("Cost at batch prices: {each} · all variants: {total}.").format(each=each, total=total)

    # ----- filter -----------------------------------------------------------------------------------
    def _on_filter_changed(self, number: int) -> None:
        if self.model is None or not self.statuses_ready:
            return
        wanted = self.filter_combo.itemData(number)
        self.tasks.spawn(self.apply_filter(wanted), self.tr("filter the rows"))

    async def apply_filter(self, statuses: frozenset[RowStatus] | None) -> int:
        """Show only rows with these statuses (None: all); returns the rows shown."""
        opened, model = self.opened, self.model
        if opened is None or model is None:
            return 0
        # machine integers, not a list of Python ints (a million rows: 8 MB instead of ~36 MB)
        order = None if statuses is None else await self._in_thread(opened.view.row_numbers, statuses)
        if model is not self.model:
            return 0
        model.set_order(order)
        self.detail.clear()
        shown = model.rowCount()
        self.footer.setText(
            self.tr("{shown} of {rows} rows, in input order.").format(shown=f"{shown:,}", rows=f"{opened.rows:,}")
        )
        self._prefetch_visible()
        return shown

    # ----- the selected row -------------------------------------------------------------------------
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.model is None or self.opened is None:
            self.detail.clear()
            return
        at = self.model.view_index(rows[0].row())
        self._detail_generation += 1
        self.tasks.spawn(self._show_row(at, self._detail_generation), self.tr("show the row"))

    async def _show_row(self, at: int, generation: int) -> None:
        opened = self.opened
        if opened is None:
            return
        row = await self._in_thread(opened.view.row, at)
        if generation == self._detail_generation and not self._closed:
            self.detail.setHtml(self.row_html(row, opened.view))

    def row_html(self, row: ResultRow, view: ResultsView) -> str:
        """The full text of one row, for the detail pane."""
        colour = {"succeeded": "#1b7f3b", "failed": "#b3261e", "missing": "#8a4b00"}[row.status.value]
        head = (
            f"<p><b>{html.escape(row.custom_id)}</b> · <span style='color:{colour}'>"
            f"{html.escape(status_text(row.status))}</span> · "
            + html.escape(self.tr("row {number}").format(number=f"{row.index + 1:,}"))
            + "</p>"
        )
        blocks: list[tuple[str, str]] = []
        for header, value in zip(view.source_columns, row.source, strict=False):
            if value:
                blocks.append((header, value))
        if row.prompt:
            blocks.append((self.tr("Request"), row.prompt))
        if row.reasoning_content:
            blocks.append((self.tr("Reasoning"), row.reasoning_content))
        if row.content:
            blocks.append((self.tr("Answer"), row.content))
        elif row.embedding_dim:
            blocks.append(
                (self.tr("Answer"), self.tr("An embedding of {dim} dimensions.").format(dim=f"{row.embedding_dim:,}"))
            )
        if row.error_code or row.error_message:
            blocks.append((self.tr("Error"), ": ".join(p for p in (row.error_code, row.error_message) if p)))
        if row.status is RowStatus.MISSING:
            blocks.append((self.tr("Missing"), self.tr("The service returned no answer for this request.")))
        facts = []
        if row.finish_reason:
            facts.append(self.tr("finish reason: {reason}").format(reason=row.finish_reason))
        if tokens_text(row):
            facts.append(self.tr("tokens: {tokens}").format(tokens=tokens_text(row)))
        if row.model:
            facts.append(self.tr("model: {model}").format(model=row.model))
        if row.answered_by:
            facts.append(self.tr("answered by re-run {batch}").format(batch=row.answered_by))
        body = "".join(
            f"<p style='margin:6px 0 2px 0;color:#5e5c64'>{html.escape(title)}</p>"
            f"<div style='white-space:pre-wrap'>{html.escape(text)}</div>"
            for title, text in blocks
        )
        tail = f"<p style='color:#5e5c64'>{html.escape(' · '.join(facts))}</p>" if facts else ""
        return head + body + tail

    # ----- exports ----------------------------------------------------------------------------------
    def suggested_path(self, kind: str) -> Path:
        """Where the save dialog starts: next to the user's spreadsheet as ``<name>-answers.<kind>`` (in
        Documents for a request file or the bundled sample)."""
        path = self.controller.suggested_export_path(self.job, kind)
        return path.with_suffix("." + EXPORTS[kind][2])

    def sheet_words(self) -> SheetWords:
        """Our columns' headers and status words in the window's language."""
        return sheet_words()

    def request_export(self, kind: str) -> QFileDialog:
        """Ask where to save (a non-modal dialog), then export in a worker thread."""
        title, name_filter, suffix = EXPORTS[kind]
        dialog = QFileDialog(self, self.tr(title), str(self.suggested_path(kind)), self.tr(name_filter))
        dialog.setObjectName(f"exportDialog-{kind}")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(
            lambda name: self.tasks.spawn(self.export(kind, Path(name)), self.tr("export the answers"))
        )
        dialog.open()
        return dialog

    async def export(self, kind: ExportKind | str, dest: Path) -> ExportSummary:
        """Write the results to ``dest`` (every row, whatever the filter shows)."""
        opened = self.opened
        if opened is None:
            raise RuntimeError("the results are not open")
        button = self.export_buttons[kind]
        button.setEnabled(False)
        self.footer.setText(self.tr("Saving {path}…").format(path=breakable(str(dest))))
        started = asyncio.get_running_loop().time()
        try:
            layout = str(self.layout_combo.currentData() or "sheet")
            summary = await self._in_thread(write_export, opened, kind, dest, layout, self.sheet_words())
        finally:
            button.setEnabled(True)
        self.last_export = summary
        took = asyncio.get_running_loop().time() - started
        self.footer.setText(
            self.tr("Saved {rows} rows to {path} in {time}.").format(
                rows=f"{summary.rows:,}",
                path=breakable(str(dest)),
                time=format_duration(took) if took >= 1 else "<" + format_duration(1),
            )
        )
        self.show_info(
            self.tr(
                "Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer."
            ).format(
                rows=f"{summary.rows:,}",
                path=dest,
                ok=f"{summary.succeeded:,}",
                failed=f"{summary.failed:,}",
                missing=f"{summary.missing:,}",
            ),
            "success",
        )
        saved = self.tr("Saved {name}").format(name=dest.name)
        if summary.sheet is not None and summary.sheet.vectors_path is not None:
            saved += " · " + self.tr("vectors for code: {name}").format(name=summary.sheet.vectors_path.name)
        if kind == "csv":
            saved += " · " + self.tr("XLSX keeps every cell exactly as written, with no Excel tricks.")
        self.saved_bar.show_saved(dest, saved)
        return summary

    # ----- closing ----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop timers and tasks; release the files once no worker thread reads them."""
        if self._closed:
            return
        self._closed = True
        self._prefetch_timer.stop()
        self._status_timer.stop()
        self._index_timer.stop()
        self._shutdown_task = asyncio.ensure_future(self.tasks.cancel_all())
        opened, self.opened = self.opened, None
        self.keeper.close(opened.views if opened is not None else [])


class ViewKeeper:
    """Closes results views only when no worker thread reads them any more.

    Plain Python on purpose: worker threads hold a reference to it, and a Qt object whose last
    reference is dropped in a worker thread would be destroyed there.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy = 0
        self._retired: list[ResultsView] = []
        self._closing = False

    def enter(self) -> bool:
        """A worker thread starts reading; False once the window is closing."""
        with self._lock:
            if self._closing:
                return False
            self._busy += 1
            return True

    def release(self) -> None:
        """A worker thread is done; close what waited for it."""
        with self._lock:
            self._busy -= 1
            due, self._retired = (self._retired, []) if self._busy == 0 else ([], self._retired)
        for view in due:
            view.close()

    def retire(self, view: ResultsView) -> None:
        """Close ``view`` now, or when the last thread reading it is done."""
        with self._lock:
            if self._busy:
                self._retired.append(view)
                return
        view.close()

    def close(self, views: list[ResultsView]) -> None:
        """The window closes: no new readers; close everything once the current ones are done."""
        with self._lock:
            self._closing = True
            self._retired.extend(views)
            due, self._retired = (self._retired, []) if self._busy == 0 else ([], self._retired)
        for view in due:
            view.close()


def _index_all(view: ResultsView) -> int:
    """Index every row (a worker thread, the cyclic GC paused) in steps of :data:`INDEX_STEP_ROWS`, with
    a pause between them so the UI thread gets the interpreter; the number of rows."""
    with gc_paused():
        done = view.ensure_rows(1)
        while not view.index_complete:
            done = view.ensure_rows(done + INDEX_STEP_ROWS)
            time.sleep(0.002)
        return len(view)


def _statuses(view: ResultsView) -> list[RowStatus]:
    """Every row's exact status (a worker thread; the cyclic GC paused so it never holds the GIL long)."""
    with gc_paused():
        return view.statuses()


_SHEET_WORDS = {
    "answer": QT_TRANSLATE_NOOP("ResultsWindow", "Answer"),
    "status": QT_TRANSLATE_NOOP("ResultsWindow", "Status"),
    "embedding": QT_TRANSLATE_NOOP("ResultsWindow", "Embedding"),
    "request_id": QT_TRANSLATE_NOOP("ResultsWindow", "Request ID"),
    "prompt": QT_TRANSLATE_NOOP("ResultsWindow", "Prompt"),
    "done": QT_TRANSLATE_NOOP("ResultsWindow", "done"),
    "failed": QT_TRANSLATE_NOOP("ResultsWindow", "failed"),
    "needs_another_try": QT_TRANSLATE_NOOP("ResultsWindow", "needs another try"),
    "no_answer": QT_TRANSLATE_NOOP("ResultsWindow", "no answer"),
    "yes": QT_TRANSLATE_NOOP("ResultsWindow", "yes"),
    "no": QT_TRANSLATE_NOOP("ResultsWindow", "no"),
    # the XLSX sheets' tab names, and the "Summary" sheet's labels
    "answers_sheet": QT_TRANSLATE_NOOP("ResultsWindow", "Answers"),
    "summary_sheet": QT_TRANSLATE_NOOP("ResultsWindow", "Summary"),
    "job": QT_TRANSLATE_NOOP("ResultsWindow", "Job"),
    "region": QT_TRANSLATE_NOOP("ResultsWindow", "Region"),
    "batch_id": QT_TRANSLATE_NOOP("ResultsWindow", "Batch ID"),
    "model": QT_TRANSLATE_NOOP("ResultsWindow", "Model"),
    "requests": QT_TRANSLATE_NOOP("ResultsWindow", "requests"),
    "prompt_tokens": QT_TRANSLATE_NOOP("ResultsWindow", "prompt tokens"),
    "completion_tokens": QT_TRANSLATE_NOOP("ResultsWindow", "completion tokens (thinking included)"),
    "total_tokens": QT_TRANSLATE_NOOP("ResultsWindow", "total tokens"),
    "cost": QT_TRANSLATE_NOOP("ResultsWindow", "cost at batch prices"),
    "cost_total": QT_TRANSLATE_NOOP("ResultsWindow", "cost of all variants at batch prices"),
    "cost_free": QT_TRANSLATE_NOOP("ResultsWindow", "free"),
    "cost_unknown": QT_TRANSLATE_NOOP("ResultsWindow", "unknown ({reason})"),
    "agree": QT_TRANSLATE_NOOP("ResultsWindow", "{column}: the variants agree"),
    "agree_value": QT_TRANSLATE_NOOP("ResultsWindow", "{agree} of {compared} ({share})"),
    "cut_cells": QT_TRANSLATE_NOOP("ResultsWindow", "cells cut to {limit} characters"),
}


def sheet_words() -> SheetWords:
    """The export's header and status words in the window's language."""
    words = {key: QCoreApplication.translate("ResultsWindow", text) for key, text in _SHEET_WORDS.items()}
    return SheetWords(**words, reason=core_text, text=catalogue_text)
