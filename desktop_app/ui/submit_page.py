"""Step 1: add a file, see what is wrong with it (line by line), set the batch options, submit."""

from __future__ import annotations

import asyncio
import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.ledger import JobRecord
from desktop_app.core.limits import DEFAULT_COMPLETION_WINDOW, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS
from desktop_app.core.validate import ValidationReport
from desktop_app.ui.host import PageHost
from desktop_app.ui.problems_model import COL_MESSAGE, ProblemsModel
from desktop_app.ui.widgets import DropZone

WINDOW_CHOICES = ("24h", "48h", "72h", "7d", "14d")


def human_bytes(count: int) -> str:
    """``437 bytes``, ``1.2 MB``…"""
    size = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{count} bytes"


class SubmitPage(QWidget):
    """Drop zone, validation report, batch options and the Submit button.

    Signals:
        submitted(object): a JobRecord, once the batch exists on the server (or its submit is being checked).
    """

    submitted = Signal(object)

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.current_path: Path | None = None
        self.current_report: ValidationReport | None = None
        layout = QVBoxLayout(self)
        self.drop_zone = DropZone(self)
        self.drop_zone.file_dropped.connect(self.open_paths)
        self.drop_zone.open_requested.connect(self.choose_file)
        layout.addWidget(self.drop_zone)

        self.summary = QLabel(self.tr("No file yet. Step 1: add your file. Step 2: check it. Step 3: submit."), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("File summary"))
        layout.addWidget(self.summary)

        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView(self)
        self.problems_view.setAccessibleName(self.tr("Problems found in the file"))
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

        options = QGroupBox(self.tr("Batch options"), self)
        form = QFormLayout(options)
        self.name_edit = QLineEdit(options)
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.name_edit.setPlaceholderText(self.tr("Shown in the job list, e.g. “Product reviews – March”"))
        self.name_edit.setAccessibleName(self.tr("Batch name"))
        self.name_edit.textEdited.connect(lambda _text: self.name_edit.setProperty("auto_name", False))
        self.description_edit = QLineEdit(options)
        self.description_edit.setMaxLength(MAX_DESCRIPTION_CHARS)
        self.description_edit.setPlaceholderText(self.tr("Optional, up to 200 characters"))
        self.description_edit.setAccessibleName(self.tr("Batch description"))
        self.window_combo = QComboBox(options)
        self.window_combo.setEditable(True)
        self.window_combo.addItems(WINDOW_CHOICES)
        self.window_combo.setCurrentText(host.controller.settings.get("completion_window") or DEFAULT_COMPLETION_WINDOW)
        self.window_combo.setAccessibleName(self.tr("Completion window"))
        self.window_combo.setToolTip(
            self.tr(
                "How long the service may take: 24h to 336h (14d). "
                "Requests not done by then are not run and not billed."
            )
        )
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("Finish &within:"), self.window_combo)
        layout.addWidget(options)

        submit_row = QHBoxLayout()
        self.upload_progress = QProgressBar(self)
        self.upload_progress.setAccessibleName(self.tr("Upload progress"))
        self.upload_progress.hide()
        self.submit_status = QLabel("", self)
        self.submit_status.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Submit batch"), self)
        self.submit_button.setAccessibleName(self.tr("Submit batch"))
        self.submit_button.setToolTip(self.tr("Upload the file and start the batch (Ctrl+Enter)"))
        self.submit_button.setEnabled(False)
        self.submit_button.setDefault(True)
        self.submit_button.setMinimumWidth(160)
        self.submit_button.clicked.connect(self.request_submit)
        submit_row.addWidget(self.submit_status, 1)
        submit_row.addWidget(self.upload_progress)
        submit_row.addWidget(self.submit_button)
        layout.addLayout(submit_row)

    # ----- file in --------------------------------------------------------------------------------
    def open_paths(self, paths: list[Path]) -> None:
        """Open the first of dropped or chosen paths (one file at a time)."""
        if not paths:
            return
        if len(paths) > 1:
            self.host.show_error(self.tr("Please drop one file at a time; the first one is opened."))
        self.host.tasks.spawn(self.load_file(paths[0]), self.tr("open the file"))

    def choose_file(self) -> None:
        """Show a non-blocking Open dialog."""
        folder = str(self.current_path.parent) if self.current_path else str(Path.home())
        dialog = QFileDialog(
            self, self.tr("Open a batch file"), folder, self.tr("Batch files (*.jsonl);;All files (*)")
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.open_paths([Path(name)]))
        dialog.open()

    async def load_file(self, path: Path) -> ValidationReport | None:
        """Validate ``path`` in a worker thread and show the report."""
        self.submit_button.setEnabled(False)
        if path.is_dir():
            self.host.show_error(self.tr("“{name}” is a folder. Drop a .jsonl file instead.").format(name=path.name))
            return None
        if not path.exists():
            self.host.show_error(
                self.tr("The file {path} cannot be found. It may have been moved or deleted.").format(path=path)
            )
            return None
        self.summary.setText(self.tr("Checking <b>{name}</b>…").format(name=html.escape(path.name)))
        try:
            report = await self.host.controller.validate(path, self.host.region_id)
        except OSError as exc:
            self.host.show_error(
                self.tr(
                    "The file {name} could not be read ({reason}). Check that it is not open in another program."
                ).format(name=path.name, reason=exc.strerror or exc)
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
        facts = self.tr("<b>{name}</b> — {requests} requests · {size} · model {models} · endpoint {endpoint}").format(
            name=html.escape(path.name),
            requests=f"{report.requests:,}",
            size=human_bytes(report.bytes),
            models=html.escape(", ".join(report.models) or self.tr("none found")),
            endpoint=html.escape(report.endpoint or self.tr("unknown")),
        )
        errors, warnings = len(report.errors), len(report.warnings)
        if errors:
            verdict = self.tr(
                "<span style='color:#b3261e'>✕ {errors} error(s) must be fixed before submitting.</span> "
                "Fix the file and drop it again."
            ).format(errors=f"{errors + report.problems_truncated:,}")
            if warnings:
                verdict += " " + self.tr("There are also {warnings} warning(s).").format(warnings=f"{warnings:,}")
        elif warnings:
            verdict = self.tr(
                "<span style='color:#a05a00'>⚠ {warnings} warning(s) — you can still submit.</span>"
            ).format(warnings=f"{warnings:,}")
        else:
            verdict = self.tr("<span style='color:#1b7f3b'>✓ No problems found. Ready to submit.</span>")
        self.summary.setText(f"{facts}<br>{verdict}")
        self.problems_model.set_problems(report.problems)
        self.problems_view.setVisible(bool(report.problems))
        self.problems_view.resizeRowsToContents()
        self.submit_button.setEnabled(report.ok)
        self.submit_status.setText("")

    # ----- submit ---------------------------------------------------------------------------------
    def request_submit(self) -> None:
        """Submit when the button is enabled (button, shortcut)."""
        if self.submit_button.isEnabled():
            self.host.tasks.spawn(self.submit(), self.tr("submit the batch"))

    async def submit(self) -> JobRecord | None:
        """Upload the checked file and create the batch."""
        if self.current_path is None or self.current_report is None:
            self.host.show_error(self.tr("Add a file first."))
            return None
        controller = self.host.controller
        window_text = self.window_combo.currentText().strip()
        problems = controller.check_options(self.name_edit.text(), self.description_edit.text(), window_text)
        if problems:
            self.host.show_error(" ".join(problems))
            return None
        self.submit_button.setEnabled(False)
        self.upload_progress.setRange(0, 100)
        self.upload_progress.setValue(0)
        self.upload_progress.show()
        self.submit_status.setText(self.tr("Uploading…"))
        loop = asyncio.get_running_loop()

        def progress(done: int, total: int) -> None:
            percent = int(done * 100 / total) if total else 100
            loop.call_soon_threadsafe(self.upload_progress.setValue, percent)

        try:
            job = await controller.submit(
                self.current_path,
                self.current_report,
                self.host.region_id,
                name=self.name_edit.text().strip(),
                description=self.description_edit.text().strip(),
                completion_window=window_text,
                progress=progress,
            )
        finally:
            self.upload_progress.hide()
            self.submit_button.setEnabled(self.current_report is not None and self.current_report.ok)
            self.submit_status.setText("")
        if job.batch_id:
            self.host.show_info(
                self.tr(
                    "Submitted “{name}” ({batch}). It now runs on the server; this window checks on it and "
                    "downloads the answers when it ends. You can close the app and come back later."
                ).format(name=job.name, batch=job.batch_id)
            )
        else:
            self.host.show_info(
                job.last_error or self.tr("The submit could not be confirmed yet; the app keeps checking."),
                "warning",
            )
        self.submitted.emit(job)
        return job
