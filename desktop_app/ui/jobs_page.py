"""Step 2: every job, refreshed on a timer; details, cancel, and the export of finished answers."""

from __future__ import annotations

import html
import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desktop_app.core.ledger import JobRecord
from desktop_app.core.refresh import RefreshSchedule
from desktop_app.ui.controller import ExportSummary
from desktop_app.ui.host import PageHost
from desktop_app.ui.jobs_model import (
    COL_BATCH,
    COL_CREATED,
    COL_MODEL,
    COL_NAME,
    COL_PROGRESS,
    COL_REGION,
    COL_STATUS,
    JobsTableModel,
    ProgressDelegate,
    format_time,
    status_label,
)

RUNNING_STATUSES = frozenset({"validating", "in_progress", "finalizing"})


class JobsPage(QWidget):
    """The jobs table with its refresh timer and the detail pane of the selected job.

    Signals:
        job_finished(object): a JobRecord whose answers were just downloaded.
    """

    job_finished = Signal(object)

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.schedule = RefreshSchedule(clock=time.monotonic)
        self._refresh_in_flight = False
        self._stopped = False
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("refreshTimer")
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.timeout.connect(self._on_refresh_timer)

        layout = QVBoxLayout(self)
        toolbar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh now"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh jobs"))
        self.refresh_button.setToolTip(self.tr("Ask the servers for the latest status (F5)"))
        self.refresh_button.clicked.connect(self.request_refresh)
        self.refresh_label = QLabel("", self)
        toolbar.addWidget(self.refresh_button)
        toolbar.addWidget(self.refresh_label, 1)
        layout.addLayout(toolbar)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = JobsTableModel({r.id: r.label for r in host.controller.regions()}, self)
        self.view = QTableView(splitter)
        self.view.setAccessibleName(self.tr("Jobs"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_STATUS, 140),
            (COL_PROGRESS, 150),
            (COL_REGION, 100),
            (COL_MODEL, 140),
            (COL_CREATED, 130),
            (COL_BATCH, 200),
        ):
            header.resizeSection(column, width)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_job(self.selected_job()))
        self.model.dataChanged.connect(self._on_data_changed)

        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        self.detail = QTextBrowser(detail)
        self.detail.setAccessibleName(self.tr("Job details"))
        self.detail.setPlaceholderText(self.tr("Select a job to see its details."))
        detail_layout.addWidget(self.detail, 1)
        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export CSV for Excel…"), detail)
        self.export_button.setAccessibleName(self.tr("Export answers as CSV"))
        self.export_button.setToolTip(self.tr("Answers next to your requests, in input order (Ctrl+E)"))
        self.export_button.clicked.connect(self.request_export)
        self.open_folder_button = QPushButton(self.tr("Open results folder"), detail)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel job…"), detail)
        self.cancel_button.setToolTip(self.tr("Requests that already finished are still billed."))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.copy_id_button = QPushButton(self.tr("Copy batch ID"), detail)
        self.copy_id_button.clicked.connect(self._on_copy_id_clicked)
        for button in (self.export_button, self.open_folder_button, self.cancel_button, self.copy_id_button):
            actions.addWidget(button)
        actions.addStretch(1)
        detail_layout.addLayout(actions)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._update_actions(None)

    # ----- selection ------------------------------------------------------------------------------
    def select_job(self, job_id: int) -> None:
        """Select a job's row."""
        row = self.model.row_of(job_id)
        if row is not None:
            self.view.selectRow(row)

    def selected_job(self) -> JobRecord | None:
        """The job whose row is selected."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.job_at(rows[0].row()) if rows else None

    async def show_submitted(self, job: JobRecord) -> None:
        """A job was just submitted: list it, select it, and poll fast for a while."""
        self.model.update_jobs(await self.host.controller.jobs())
        self.select_job(job.id)
        self.schedule.kick()
        self._arm_timer(self.schedule.fast_s)

    # ----- refreshing -----------------------------------------------------------------------------
    def request_refresh(self) -> None:
        """Refresh now (button, F5) and go back to polling fast."""
        self.schedule.kick()
        if not self._refresh_in_flight:
            self.host.tasks.spawn(self.refresh_now(), self.tr("refresh the jobs"))

    def _on_refresh_timer(self) -> None:
        if self._refresh_in_flight:
            self._arm_timer(self.schedule.fast_s)
            return
        self.host.tasks.spawn(self.refresh_now(), self.tr("refresh the jobs"))

    async def refresh_now(self) -> None:
        """One refresh pass; skipped when one is already running."""
        if self._refresh_in_flight or self._stopped:
            return
        self._refresh_in_flight = True
        self.refresh_button.setEnabled(False)
        self.refresh_label.setText(self.tr("Checking…"))
        delay: float | None = None
        try:
            outcome = await self.host.controller.refresh()
            self.model.update_jobs(outcome.jobs)
            for job in outcome.finished:
                self.job_finished.emit(job)
            if outcome.problems:
                self.host.show_error(" ".join(outcome.problems))
            delay = self.schedule.next_delay(changed=outcome.changed, active_jobs=outcome.active)
        finally:
            self._refresh_in_flight = False
            self.refresh_button.setEnabled(True)
            when = time.strftime("%H:%M:%S")
            if delay is None:
                self.refresh_label.setText(self.tr("Last checked {time}. No job is running.").format(time=when))
            else:
                self.refresh_label.setText(
                    self.tr("Last checked {time}. Next check in {seconds} s.").format(time=when, seconds=f"{delay:.0f}")
                )
                self._arm_timer(delay)
            self._update_actions(self.selected_job())

    def _arm_timer(self, delay_s: float) -> None:
        if not self._stopped:
            self.refresh_timer.start(int(delay_s * 1000))

    def stop(self) -> None:
        """Stop polling for good (the window is closing)."""
        self._stopped = True
        self.refresh_timer.stop()

    # ----- details and actions --------------------------------------------------------------------
    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        job = self.selected_job()
        if job is not None and top_left.row() <= (self.model.row_of(job.id) or 0) <= bottom_right.row():
            self._show_job(job)

    def _show_job(self, job: JobRecord | None) -> None:
        self._update_actions(job)
        if job is None:
            self.detail.clear()
            return
        controller = self.host.controller
        total = job.total or job.request_count or 0
        rows = [
            (self.tr("Status"), status_label(job.status)),
            (self.tr("Region"), controller.region(job.region_id).name),
            (self.tr("Batch ID"), job.batch_id or self.tr("not created yet")),
            (
                self.tr("Requests"),
                self.tr("{done} done, {failed} failed, of {total}").format(
                    done=f"{job.completed:,}", failed=f"{job.failed:,}", total=f"{total:,}"
                ),
            ),
            (self.tr("Model"), job.model),
            (self.tr("Endpoint"), job.endpoint),
            (self.tr("Finish within"), job.completion_window),
            (self.tr("Input file"), job.input_path or self.tr("not on this computer")),
            (self.tr("Input file ID"), job.input_file_id or ""),
            (self.tr("Output file ID"), job.output_file_id or ""),
            (self.tr("Error file ID"), job.error_file_id or ""),
            (self.tr("Submitted"), format_time(job.created_at)),
            (self.tr("Answers downloaded"), format_time(job.results_downloaded_at) or self.tr("not yet")),
        ]
        if job.description:
            rows.insert(1, (self.tr("Description"), job.description))
        if job.last_error:
            rows.append((self.tr("Last problem"), job.last_error))
        table = "".join(
            f"<tr><td style='color:#5e5c64;padding-right:12px'>{html.escape(k)}</td><td>{html.escape(str(v))}</td></tr>"
            for k, v in rows
        )
        title = html.escape(job.name or self.tr("Untitled job"))
        self.detail.setHtml(f"<h3>{title}</h3><table>{table}</table>")

    def _update_actions(self, job: JobRecord | None) -> None:
        has_results = bool(job and job.results_downloaded_at)
        self.export_button.setEnabled(has_results)
        self.open_folder_button.setEnabled(bool(has_results and job and job.output_path))
        self.cancel_button.setEnabled(bool(job and job.batch_id and job.status in RUNNING_STATUSES))
        self.copy_id_button.setEnabled(bool(job and job.batch_id))

    def _on_copy_id_clicked(self) -> None:
        job = self.selected_job()
        if job and job.batch_id:
            QGuiApplication.clipboard().setText(job.batch_id)
            self.host.show_info(self.tr("Copied {batch} to the clipboard.").format(batch=job.batch_id), "info")

    def _on_open_folder_clicked(self) -> None:
        job = self.selected_job()
        if job and job.output_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(job.output_path).parent)))

    def _on_cancel_clicked(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        self.host.show_info(
            self.tr(
                "Cancelling “{name}”. Requests that already finished keep their answers and are still billed; "
                "the rest are not run."
            ).format(name=job.name),
            "warning",
        )
        self.host.tasks.spawn(self._cancel(job), self.tr("cancel the job"))

    async def _cancel(self, job: JobRecord) -> None:
        await self.host.controller.cancel(job)
        self.schedule.kick()
        await self.refresh_now()

    def request_export(self) -> None:
        """Ask where to save, then export the selected job's answers (button, Ctrl+E)."""
        job = self.selected_job()
        if job is None or not job.results_downloaded_at:
            return
        base = Path(job.input_path) if job.input_path else Path.home() / (job.batch_id or "batch")
        suggested = base.with_name(f"{base.stem}-answers.csv")
        dialog = QFileDialog(self, self.tr("Export answers as CSV"), str(suggested), self.tr("CSV for Excel (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(
            lambda name: self.host.tasks.spawn(self.export_csv(job, Path(name)), self.tr("export the answers"))
        )
        dialog.open()

    async def export_csv(self, job: JobRecord, dest: Path) -> ExportSummary:
        """Write the answers of ``job`` next to its requests as an Excel-ready CSV."""
        summary = await self.host.controller.export_csv(job, dest)
        self.host.show_info(
            self.tr(
                "Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer. "
                "It opens directly in Excel."
            ).format(
                rows=f"{summary.rows:,}",
                path=dest,
                ok=f"{summary.succeeded:,}",
                failed=f"{summary.failed:,}",
                missing=f"{summary.missing:,}",
            )
        )
        return summary
