"""The main window: pick a region, drop a file, check it, submit, watch the job, export the answers."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.ledger import JobRecord
from desktop_app.core.limits import DEFAULT_COMPLETION_WINDOW, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS
from desktop_app.core.refresh import RefreshSchedule
from desktop_app.core.regions import RegionKind
from desktop_app.core.validate import ValidationReport
from desktop_app.ui.controller import AppController, ExportSummary
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
from desktop_app.ui.problems_model import COL_MESSAGE, ProblemsModel
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.tasks import TaskOwner
from desktop_app.ui.widgets import DropZone, NoticeBar

log = logging.getLogger(__name__)

WINDOW_CHOICES = ("24h", "48h", "72h", "7d", "14d")
TAB_SUBMIT, TAB_JOBS = 0, 1


def _human_bytes(count: int) -> str:
    size = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{count} bytes"


class MainWindow(QMainWindow):
    """Region bar on top; two tabs: prepare & submit, and jobs & results."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tasks = TaskOwner(self.show_error)
        self.current_path: Path | None = None
        self.current_report: ValidationReport | None = None
        self._refresh_in_flight = False
        self._closing = False
        self._shutdown_done = False
        self.schedule = RefreshSchedule(clock=time.monotonic)
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1100, 760)
        self._build()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("refreshTimer")
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.timeout.connect(self._on_refresh_timer)

    # ----- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 10, 12, 8)

        bar = QHBoxLayout()
        region_label = QLabel("&Region:", central)
        self.region_combo = QComboBox(central)
        self.region_combo.setAccessibleName("Region")
        self.region_combo.setMinimumContentsLength(28)
        region_label.setBuddy(self.region_combo)
        for region in self.controller.regions():
            self.region_combo.addItem(region.name, region.id)
        self.region_combo.currentIndexChanged.connect(self._on_region_changed)
        self.key_status = QLabel(central)
        self.key_status.setAccessibleName("Key status")
        self.settings_button = QPushButton("API keys…", central)
        self.settings_button.setAccessibleName("Open API key settings")
        self.settings_button.clicked.connect(self.open_settings)
        bar.addWidget(region_label)
        bar.addWidget(self.region_combo)
        bar.addSpacing(12)
        bar.addWidget(self.key_status, 1)
        bar.addWidget(self.settings_button)
        outer.addLayout(bar)

        self.sandbox_notice = NoticeBar("sandbox", closable=False, parent=central)
        self.sandbox_notice.show_message(
            "<b>Sandbox:</b> answers here are <b>simulated</b> on this computer — nothing is sent to Alibaba "
            "Cloud and nothing is billed. Use it to try the whole path. For real answers, add an API key "
            "with <i>API keys…</i> and pick International or Mainland China above."
        )
        outer.addWidget(self.sandbox_notice)
        self.notice = NoticeBar("error", parent=central)
        outer.addWidget(self.notice)

        self.tabs = QTabWidget(central)
        self.tabs.addTab(self._build_submit_page(), "1 · Prepare and submit")
        self.tabs.addTab(self._build_jobs_page(), "2 · Jobs and results")
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage("Ready")

        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.choose_file)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._on_submit_clicked)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self._on_refresh_clicked)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self._on_export_clicked)

    def _build_submit_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.drop_zone = DropZone(page)
        self.drop_zone.file_dropped.connect(self._on_files_dropped)
        self.drop_zone.open_requested.connect(self.choose_file)
        layout.addWidget(self.drop_zone)

        self.summary = QLabel("No file yet. Step 1: add your file. Step 2: check it. Step 3: submit.", page)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName("File summary")
        layout.addWidget(self.summary)

        self.problems_model = ProblemsModel(page)
        self.problems_view = QTableView(page)
        self.problems_view.setAccessibleName("Problems found in the file")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setWordWrap(True)
        self.problems_view.verticalHeader().hide()
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.problems_view.hide()
        layout.addWidget(self.problems_view, 1)

        options = QGroupBox("Batch options", page)
        form = QFormLayout(options)
        self.name_edit = QLineEdit(options)
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.name_edit.setPlaceholderText("Shown in the job list, e.g. “Product reviews – March”")
        self.name_edit.setAccessibleName("Batch name")
        self.description_edit = QLineEdit(options)
        self.description_edit.setMaxLength(MAX_DESCRIPTION_CHARS)
        self.description_edit.setPlaceholderText("Optional, up to 200 characters")
        self.description_edit.setAccessibleName("Batch description")
        self.window_combo = QComboBox(options)
        self.window_combo.setEditable(True)
        self.window_combo.addItems(WINDOW_CHOICES)
        self.window_combo.setCurrentText(self.controller.settings.get("completion_window") or DEFAULT_COMPLETION_WINDOW)
        self.window_combo.setAccessibleName("Completion window")
        self.window_combo.setToolTip(
            "How long the service may take: 24h to 336h (14d). Requests not done by then are not run and not billed."
        )
        form.addRow("&Name:", self.name_edit)
        form.addRow("&Description:", self.description_edit)
        form.addRow("Finish &within:", self.window_combo)
        layout.addWidget(options)

        submit_row = QHBoxLayout()
        self.upload_progress = QProgressBar(page)
        self.upload_progress.setAccessibleName("Upload progress")
        self.upload_progress.hide()
        self.submit_status = QLabel("", page)
        self.submit_status.setWordWrap(True)
        self.submit_button = QPushButton("Submit batch", page)
        self.submit_button.setAccessibleName("Submit batch")
        self.submit_button.setToolTip("Upload the file and start the batch (Ctrl+Enter)")
        self.submit_button.setEnabled(False)
        self.submit_button.setDefault(True)
        self.submit_button.setMinimumWidth(160)
        self.submit_button.clicked.connect(self._on_submit_clicked)
        submit_row.addWidget(self.submit_status, 1)
        submit_row.addWidget(self.upload_progress)
        submit_row.addWidget(self.submit_button)
        layout.addLayout(submit_row)
        return page

    def _build_jobs_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        toolbar = QHBoxLayout()
        self.refresh_button = QPushButton("Refresh now", page)
        self.refresh_button.setAccessibleName("Refresh jobs")
        self.refresh_button.setToolTip("Ask the servers for the latest status (F5)")
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.refresh_label = QLabel("", page)
        toolbar.addWidget(self.refresh_button)
        toolbar.addWidget(self.refresh_label, 1)
        layout.addLayout(toolbar)

        splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.jobs_model = JobsTableModel({r.id: r.label for r in self.controller.regions()}, page)
        self.jobs_view = QTableView(splitter)
        self.jobs_view.setAccessibleName("Jobs")
        self.jobs_view.setModel(self.jobs_model)
        self.jobs_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs_view.verticalHeader().hide()
        self.jobs_view.setWordWrap(False)
        self.jobs_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.jobs_view.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.jobs_view))
        header = self.jobs_view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_STATUS, 140)
        header.resizeSection(COL_PROGRESS, 150)
        header.resizeSection(COL_REGION, 100)
        header.resizeSection(COL_MODEL, 140)
        header.resizeSection(COL_CREATED, 130)
        header.resizeSection(COL_BATCH, 200)
        self.jobs_view.selectionModel().selectionChanged.connect(self._on_job_selected)
        self.jobs_model.dataChanged.connect(self._on_jobs_data_changed)

        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        self.detail = QTextBrowser(detail)
        self.detail.setAccessibleName("Job details")
        self.detail.setOpenExternalLinks(False)
        self.detail.setPlaceholderText("Select a job to see its details.")
        detail_layout.addWidget(self.detail, 1)
        actions = QHBoxLayout()
        self.export_button = QPushButton("Export CSV for Excel…", detail)
        self.export_button.setAccessibleName("Export answers as CSV")
        self.export_button.setToolTip("Answers next to your requests, in input order (Ctrl+E)")
        self.export_button.clicked.connect(self._on_export_clicked)
        self.open_folder_button = QPushButton("Open results folder", detail)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.cancel_button = QPushButton("Cancel job…", detail)
        self.cancel_button.setToolTip("Requests that already finished are still billed.")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.copy_id_button = QPushButton("Copy batch ID", detail)
        self.copy_id_button.clicked.connect(self._on_copy_id_clicked)
        for button in (self.export_button, self.open_folder_button, self.cancel_button, self.copy_id_button):
            actions.addWidget(button)
        actions.addStretch(1)
        detail_layout.addLayout(actions)
        splitter.addWidget(self.jobs_view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._update_job_actions(None)
        return page

    # ----- start-up -------------------------------------------------------------------------------
    async def start(self) -> None:
        """Pick the starting region (sandbox when no key exists), load jobs and start refreshing."""
        region_id = await self.controller.first_region_with_key() or "sandbox"
        self.select_region(region_id)
        await self.update_key_status()
        self.jobs_model.update_jobs(await self.controller.jobs())
        await self.refresh_now()

    def select_region(self, region_id: str) -> None:
        """Show ``region_id`` in the selector (without a round trip through the user)."""
        index = self.region_combo.findData(region_id)
        if index >= 0:
            self.region_combo.setCurrentIndex(index)
        self._apply_region_look()

    @property
    def region_id(self) -> str:
        """The region new batches go to."""
        return str(self.region_combo.currentData())

    def _apply_region_look(self) -> None:
        region = self.controller.region(self.region_id)
        self.sandbox_notice.setVisible(region.kind is RegionKind.SANDBOX)

    def _on_region_changed(self, _index: int) -> None:
        self._apply_region_look()
        if self.region_id != "sandbox":
            self.controller.settings.set("region", self.region_id)
        self.tasks.spawn(self._after_region_change(), "switch region")

    async def _after_region_change(self) -> None:
        await self.update_key_status()
        if self.current_path is not None:
            await self.load_file(self.current_path)

    async def update_key_status(self) -> None:
        """Say whether the current region has a key and where it lives (never the key itself)."""
        state = await self.controller.key_state(self.region_id)
        region = self.controller.region(self.region_id)
        if not region.needs_key:
            self.key_status.setText("No key needed — simulated answers")
        elif state.has_key:
            self.key_status.setText(f"Key {state.masked} · stored in {state.where}")
        else:
            self.key_status.setText("<span style='color:#b3261e'>No API key for this region — press “API keys…”</span>")

    # ----- messages -------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """A non-modal error strip; the window stays usable."""
        self.notice.show_message(html.escape(message), "error")
        self.statusBar().showMessage("Something needs your attention — see the message at the top.", 8000)

    def show_info(self, message: str, kind: str = "success") -> None:
        """A non-modal info or success strip."""
        self.notice.show_message(html.escape(message), kind)

    # ----- file in --------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._on_files_dropped(paths)

    def _on_files_dropped(self, paths: list[Path]) -> None:
        if len(paths) > 1:
            self.show_error("Please drop one file at a time; the first one is opened.")
        self.tabs.setCurrentIndex(TAB_SUBMIT)
        self.tasks.spawn(self.load_file(paths[0]), "open the file")

    def choose_file(self) -> None:
        """Show a non-blocking Open dialog."""
        dialog = QFileDialog(self, "Open a batch file", str(Path.home()), "Batch files (*.jsonl);;All files (*)")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self._on_files_dropped([Path(name)]))
        dialog.open()

    async def load_file(self, path: Path) -> ValidationReport | None:
        """Validate ``path`` in a worker thread and show the report."""
        self.notice.hide()
        self.submit_button.setEnabled(False)
        if path.is_dir():
            self.show_error(f"“{path.name}” is a folder. Drop a .jsonl file instead.")
            return None
        if not path.exists():
            self.show_error(f"The file {path} cannot be found. It may have been moved or deleted.")
            return None
        self.summary.setText(f"Checking <b>{html.escape(path.name)}</b>…")
        try:
            report = await self.controller.validate(path, self.region_id)
        except OSError as exc:
            self.show_error(
                f"The file {path.name} could not be read ({exc.strerror or exc}). "
                "Check that it is not open in another program."
            )
            return None
        self.current_path = path
        self.current_report = report
        self.drop_zone.set_compact(path.name)
        if not self.name_edit.text().strip() or self.name_edit.property("auto_name"):
            self.name_edit.setText(path.stem[:MAX_NAME_CHARS])
            self.name_edit.setProperty("auto_name", True)
        self._show_report(path, report)
        return report

    def _show_report(self, path: Path, report: ValidationReport) -> None:
        models = ", ".join(report.models) or "none found"
        facts = (
            f"<b>{html.escape(path.name)}</b> — {report.requests:,} requests · {_human_bytes(report.bytes)} · "
            f"model {html.escape(models)} · endpoint {html.escape(report.endpoint or 'unknown')}"
        )
        errors, warnings = len(report.errors), len(report.warnings)
        extra = f" (and {report.problems_truncated:,} more not listed)" if report.problems_truncated else ""
        if errors:
            verdict = (
                f"<span style='color:#b3261e'>✕ {errors:,} error(s){extra} must be fixed before submitting"
                f"{f', plus {warnings:,} warning(s)' if warnings else ''}.</span> Fix the file and drop it again."
            )
        elif warnings:
            verdict = f"<span style='color:#a05a00'>⚠ {warnings:,} warning(s) — you can still submit.</span>"
        else:
            verdict = "<span style='color:#1b7f3b'>✓ No problems found. Ready to submit.</span>"
        self.summary.setText(f"{facts}<br>{verdict}")
        self.problems_model.set_problems(report.problems)
        self.problems_view.setVisible(bool(report.problems))
        self.problems_view.resizeRowsToContents()
        self.submit_button.setEnabled(report.ok)
        self.submit_status.setText("")

    # ----- submit ---------------------------------------------------------------------------------
    def _on_submit_clicked(self) -> None:
        if self.submit_button.isEnabled():
            self.tasks.spawn(self.submit(), "submit the batch")

    async def submit(self) -> JobRecord | None:
        """Upload the checked file and create the batch; the job appears in the Jobs tab."""
        if self.current_path is None or self.current_report is None:
            self.show_error("Add a file first.")
            return None
        problems = self.controller.check_options(
            self.name_edit.text(), self.description_edit.text(), self.window_combo.currentText().strip()
        )
        if problems:
            self.show_error(" ".join(problems))
            return None
        self.submit_button.setEnabled(False)
        self.upload_progress.setRange(0, 100)
        self.upload_progress.setValue(0)
        self.upload_progress.show()
        self.submit_status.setText("Uploading…")

        def progress(done: int, total: int) -> None:
            percent = int(done * 100 / total) if total else 100
            # Called from the upload; schedule on the loop thread in case it is a worker.
            asyncio.get_event_loop().call_soon_threadsafe(self.upload_progress.setValue, percent)

        try:
            job = await self.controller.submit(
                self.current_path,
                self.current_report,
                self.region_id,
                name=self.name_edit.text().strip(),
                description=self.description_edit.text().strip(),
                completion_window=self.window_combo.currentText().strip(),
                progress=progress,
            )
        finally:
            self.upload_progress.hide()
            self.submit_button.setEnabled(self.current_report is not None and self.current_report.ok)
            self.submit_status.setText("")
        if job.batch_id:
            self.show_info(
                f"Submitted “{job.name}” ({job.batch_id}). It now runs on the server; this window checks on "
                "it and downloads the answers when it ends. You can close the app and come back later.",
            )
        else:
            self.show_info(
                job.last_error or "The submit could not be confirmed yet; the app keeps checking.", "warning"
            )
        self.jobs_model.update_jobs(await self.controller.jobs())
        self.tabs.setCurrentIndex(TAB_JOBS)
        self.select_job(job.id)
        self.schedule.kick()
        self._arm_timer(self.schedule.fast_s)
        return job

    # ----- jobs -----------------------------------------------------------------------------------
    def select_job(self, job_id: int) -> None:
        """Select a job's row."""
        row = self.jobs_model.row_of(job_id)
        if row is not None:
            self.jobs_view.selectRow(row)

    def selected_job(self) -> JobRecord | None:
        """The job whose row is selected."""
        rows = self.jobs_view.selectionModel().selectedRows()
        return self.jobs_model.job_at(rows[0].row()) if rows else None

    def _on_refresh_clicked(self) -> None:
        self.schedule.kick()
        if not self._refresh_in_flight:
            self.tasks.spawn(self.refresh_now(), "refresh the jobs")

    def _on_refresh_timer(self) -> None:
        if self._refresh_in_flight:
            self._arm_timer(self.schedule.fast_s)
            return
        self.tasks.spawn(self.refresh_now(), "refresh the jobs")

    async def refresh_now(self) -> None:
        """One refresh pass; skipped when one is already running."""
        if self._refresh_in_flight or self._closing:
            return
        self._refresh_in_flight = True
        self.refresh_button.setEnabled(False)
        self.refresh_label.setText("Checking…")
        delay: float | None = None
        try:
            outcome = await self.controller.refresh()
            self.jobs_model.update_jobs(outcome.jobs)
            for job in outcome.finished:
                self._announce_finished(job)
            if outcome.problems:
                self.show_error(" ".join(outcome.problems))
            delay = self.schedule.next_delay(changed=outcome.changed, active_jobs=outcome.active)
        finally:
            self._refresh_in_flight = False
            self.refresh_button.setEnabled(True)
            when = time.strftime("%H:%M:%S")
            if delay is None:
                self.refresh_label.setText(f"Last checked {when}. No job is running.")
            else:
                self.refresh_label.setText(f"Last checked {when}. Next check in {delay:.0f} s.")
                self._arm_timer(delay)
            self._update_job_actions(self.selected_job())

    def _arm_timer(self, delay_s: float) -> None:
        if not self._closing:
            self.refresh_timer.start(int(delay_s * 1000))

    def _announce_finished(self, job: JobRecord) -> None:
        label = status_label(job.status).lower()
        self.statusBar().showMessage(f"“{job.name}” {label}: answers downloaded.", 10000)
        if job.status == "completed":
            self.show_info(f"“{job.name}” is complete. Select it in the Jobs tab and press “Export CSV for Excel…”.")

    def _on_jobs_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        job = self.selected_job()
        if job is not None:
            self._show_job(job)

    def _on_job_selected(self) -> None:
        job = self.selected_job()
        self._show_job(job)

    def _show_job(self, job: JobRecord | None) -> None:
        self._update_job_actions(job)
        if job is None:
            self.detail.clear()
            return
        rows = [
            ("Status", status_label(job.status)),
            ("Region", self.controller.region(job.region_id).name),
            ("Batch ID", job.batch_id or "not created yet"),
            (
                "Requests",
                f"{job.completed:,} done, {job.failed:,} failed, of {(job.total or job.request_count or 0):,}",
            ),
            ("Model", job.model),
            ("Endpoint", job.endpoint),
            ("Finish within", job.completion_window),
            ("Input file", job.input_path or "not on this computer"),
            ("Input file ID", job.input_file_id or ""),
            ("Output file ID", job.output_file_id or ""),
            ("Error file ID", job.error_file_id or ""),
            ("Submitted", format_time(job.created_at)),
            ("Answers downloaded", format_time(job.results_downloaded_at) or "not yet"),
        ]
        if job.description:
            rows.insert(1, ("Description", job.description))
        if job.last_error:
            rows.append(("Last problem", job.last_error))
        table = "".join(
            f"<tr><td style='color:#5e5c64;padding-right:12px'>{html.escape(k)}</td><td>{html.escape(str(v))}</td></tr>"
            for k, v in rows
        )
        self.detail.setHtml(f"<h3>{html.escape(job.name or 'Untitled job')}</h3><table>{table}</table>")

    def _update_job_actions(self, job: JobRecord | None) -> None:
        has_results = bool(job and job.results_downloaded_at)
        self.export_button.setEnabled(has_results)
        self.open_folder_button.setEnabled(has_results)
        self.cancel_button.setEnabled(
            bool(job and job.batch_id and job.status in {"validating", "in_progress", "finalizing"})
        )
        self.copy_id_button.setEnabled(bool(job and job.batch_id))

    def _on_copy_id_clicked(self) -> None:
        job = self.selected_job()
        if job and job.batch_id:
            QGuiApplication.clipboard().setText(job.batch_id)
            self.statusBar().showMessage(f"Copied {job.batch_id}", 4000)

    def _on_open_folder_clicked(self) -> None:
        job = self.selected_job()
        if job and job.output_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(job.output_path).parent)))

    def _on_cancel_clicked(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        self.show_info(
            f"Cancelling “{job.name}”. Requests that already finished keep their answers and are still billed; "
            "the rest are not run.",
            "warning",
        )
        self.tasks.spawn(self._cancel(job), "cancel the job")

    async def _cancel(self, job: JobRecord) -> None:
        await self.controller.cancel(job)
        self.schedule.kick()
        await self.refresh_now()

    def _on_export_clicked(self) -> None:
        job = self.selected_job()
        if job is None or not job.results_downloaded_at:
            return
        base = Path(job.input_path) if job.input_path else Path.home() / (job.batch_id or "batch")
        suggested = base.with_name(f"{base.stem}-answers.csv")
        dialog = QFileDialog(self, "Export answers as CSV", str(suggested), "CSV for Excel (*.csv)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(
            lambda name: self.tasks.spawn(self.export_csv(job, Path(name)), "export the answers")
        )
        dialog.open()

    async def export_csv(self, job: JobRecord, dest: Path) -> ExportSummary:
        """Write the answers of ``job`` next to its requests as an Excel-ready CSV."""
        self.statusBar().showMessage("Exporting…")
        summary = await self.controller.export_csv(job, dest)
        self.show_info(
            f"Saved {summary.rows:,} rows to {dest} — {summary.succeeded:,} answered, {summary.failed:,} failed, "
            f"{summary.missing:,} without an answer. It opens directly in Excel."
        )
        self.statusBar().showMessage(f"Exported {dest.name}", 8000)
        return summary

    # ----- settings -------------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        """Open the (non-modal) API key settings."""
        dialog = SettingsDialog(self.controller, self.tasks, self)
        dialog.keys_changed.connect(lambda: self.tasks.spawn(self.update_key_status(), "update the key status"))
        dialog.open()
        self.tasks.spawn(dialog.load(), "read the stored keys")
        return dialog

    # ----- shutdown -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shutdown_done:
            event.accept()
            return
        event.ignore()
        if not self._closing:
            self._closing = True
            self.refresh_timer.stop()
            self._shutdown_task = asyncio.ensure_future(self._shutdown())

    async def _shutdown(self) -> None:
        """Stop timers and tasks, close network clients, then really close."""
        await self.tasks.cancel_all()
        await self.controller.aclose()
        self._shutdown_done = True
        self.close()
