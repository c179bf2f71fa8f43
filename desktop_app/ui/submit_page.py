"""Step 1: add a file, turn a spreadsheet into requests, check and edit them, submit (or rehearse, or split).

The page is a stack of three steps:

1. *Add a file* — a drop zone (any table the core reads, or a JSONL batch file).
2. *Map columns* (spreadsheets only) — :class:`~desktop_app.ui.editor.setup_page.SetupPage`.
3. *Check and submit* — :class:`~desktop_app.ui.editor.requests_editor.RequestsEditor` with the
   summary, the batch options, Save as, the rehearsal on the free test model, and Submit (which
   offers a split into parts when the file is over the limits).
"""

from __future__ import annotations

import asyncio
import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import wording
from desktop_app.core.answers.lineage import variant_label
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.estimate import Estimate, TokenCountFailed
from desktop_app.core.ledger import JobRecord
from desktop_app.core.limits import (
    DEFAULT_COMPLETION_WINDOW,
    MAX_DESCRIPTION_CHARS,
    MAX_NAME_CHARS,
    TEST_MODEL,
    TEST_MODEL_MAX_CONCURRENT_TASKS,
    canonical_completion_window,
)
from desktop_app.core.request_doc import DocCheck
from desktop_app.core.tables.errors import TableError
from desktop_app.core.validate import FINISH_CALLBACK_REGION, ValidationReport
from desktop_app.core.workflow import AlreadySubmitted
from desktop_app.resources import resource_path
from desktop_app.ui.confirm_dialog import confirm_submit
from desktop_app.ui.editor.actions import Built, EditorActions, ImportOptions, looks_like_jsonl
from desktop_app.ui.editor.requests_editor import RequestsEditor
from desktop_app.ui.editor.setup_page import SetupPage
from desktop_app.ui.estimate_text import estimate_html, not_counted_html
from desktop_app.ui.host import PageHost
from desktop_app.ui.i18n import format_size
from desktop_app.ui.messages import core_text, error_text, problem_text, region_name
from desktop_app.ui.widgets import DropZone, NoticeBar

WINDOW_CHOICES = ("24h", "48h", "72h", "7d", "14d")
STEP_START, STEP_SETUP, STEP_REQUESTS = range(3)
SAMPLE_TABLE = "translation-sample.csv"
OPEN_FILTER = "*.csv *.tsv *.txt *.tab *.xlsx *.xlsm *.xls *.ods *.jsonl *.ndjson"


def human_bytes(count: int) -> str:
    """``437 bytes``, ``1.2 MB``… in the window's language."""
    return format_size(count)


class SubmitPage(QWidget):
    """From a file to a submitted batch: the three steps, the batch options and the Submit button.

    Signals:
        submitted(object): a JobRecord, once the batch exists on the server (the first part of a split).
        rehearsal_submitted(object): the JobRecord of a rehearsal on the test model.
    """

    submitted = Signal(object)
    rehearsal_submitted = Signal(object)

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ops = EditorActions(host.controller)
        self.current_path: Path | None = None  # the file the user chose (table or JSONL)
        self.source: dict[str, object] = {}  # the table the requests were built from (ledger "source")
        self.compare_models: list[str] = []  # other models the same requests go to (one batch each)
        self.compare_files: list[tuple[str, Path]] = []  # ready variant files (a second prompt)
        self.last_jobs: list[JobRecord] = []
        self.rehearsal_job_id: int | None = None
        self._submitting = False
        self._resubmit_of: str | None = None  # the file digest the user agreed to submit a second time
        self.last_estimate: Estimate | None = None
        self._estimate_version: int | None = None
        self.estimate_task: asyncio.Future[object] | None = None  # the estimate of the latest check

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        top = QHBoxLayout()
        self.steps_label = QLabel(self)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setAccessibleName(self.tr("Steps"))
        self.file_label = QLabel("", self)
        self.file_label.setAccessibleName(self.tr("Open file"))
        self.file_label.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(self.tr("Open another file…"), self)
        self.open_button.setAccessibleName(self.tr("Open another file"))
        self.open_button.setToolTip(self.tr("Or drop a file anywhere on this window (Ctrl+O)"))
        self.open_button.clicked.connect(self.choose_file)
        top.addWidget(self.steps_label)
        top.addStretch(1)
        top.addWidget(self.file_label)
        top.addWidget(self.open_button)
        layout.addLayout(top)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_start_page())
        self.setup_page = SetupPage(host, self.ops, self.stack)
        self.setup_page.build_requested.connect(
            lambda: self.host.tasks.spawn(self.build_requests(), self.tr("create the requests"))
        )
        self.setup_page.back_requested.connect(self.choose_file)
        self.stack.addWidget(self.setup_page)
        self.stack.addWidget(self._build_requests_page())
        layout.addWidget(self.stack, 1)
        self.show_step(STEP_START)

    # ----- building the steps -------------------------------------------------------------------
    def _build_start_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.drop_zone = DropZone(page)
        self.drop_zone.title.setText(self.tr("Drop your spreadsheet or batch file here"))
        self.drop_zone.hint.setText(
            self.tr(
                "Excel (.xlsx, .xls), LibreOffice (.ods), CSV / TSV / TXT saved in any common encoding "
                "(Chinese, Japanese, Korean, Western), or a ready JSONL batch file. You choose how each row "
                "becomes a request and check everything before anything is uploaded."
            )
        )
        self.drop_zone.open_button.setText(self.tr("Open file…"))
        self.drop_zone.open_button.setAccessibleName(self.tr("Open a spreadsheet or batch file"))
        self.drop_zone.file_dropped.connect(self.open_paths)
        self.drop_zone.open_requested.connect(self.choose_file)
        layout.addWidget(self.drop_zone, 1)
        sample_row = QHBoxLayout()
        self.sample_button = QPushButton(self.tr("Try a sample: translate Chinese and Japanese sentences"), page)
        self.sample_button.setAccessibleName(self.tr("Open the sample spreadsheet"))
        self.sample_button.setFlat(True)
        self.sample_button.setStyleSheet("color: #1a5fb4; text-decoration: underline;")
        self.sample_button.clicked.connect(self.open_sample)
        self.sample_button.setVisible(resource_path("samples", SAMPLE_TABLE).is_file())
        sample_row.addStretch(1)
        sample_row.addWidget(self.sample_button)
        sample_row.addStretch(1)
        layout.addLayout(sample_row)
        return page

    def _build_requests_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self.tr("No file yet. Step 1: add your file. Step 2: check it. Step 3: submit."), page)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("File summary"))
        layout.addWidget(self.summary)
        self.estimate_label = QLabel("", page)
        self.estimate_label.setObjectName("estimate")
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setTextFormat(Qt.TextFormat.RichText)
        self.estimate_label.setAccessibleName(self.tr("Cost estimate"))
        self.estimate_label.hide()
        layout.addWidget(self.estimate_label)
        self.split_notice = NoticeBar("info", closable=False, parent=page)
        self.split_notice.setAccessibleName(self.tr("Split offer"))
        layout.addWidget(self.split_notice)
        self.rehearsal_notice = NoticeBar("info", parent=page)
        self.rehearsal_notice.setAccessibleName(self.tr("Rehearsal result"))
        layout.addWidget(self.rehearsal_notice)

        self.editor = RequestsEditor(self.host, self.ops, page)
        self.editor.checked.connect(self._on_checked)
        self.editor.changed.connect(self._on_changed)
        layout.addWidget(self.editor, 1)

        options = QHBoxLayout()
        self.name_edit = QLineEdit(page)
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.name_edit.setPlaceholderText(self.tr("Shown in the job list"))
        self.name_edit.setAccessibleName(self.tr("Batch name"))
        self.name_edit.textEdited.connect(lambda _text: self.name_edit.setProperty("auto_name", False))
        self.description_edit = QLineEdit(page)
        self.description_edit.setMaxLength(MAX_DESCRIPTION_CHARS)
        self.description_edit.setPlaceholderText(self.tr("Optional, up to 200 characters"))
        self.description_edit.setAccessibleName(self.tr("Batch description"))
        self.window_combo = QComboBox(page)
        self.window_combo.setEditable(True)
        self.window_combo.addItems(WINDOW_CHOICES)
        self.window_combo.setCurrentText(
            self.host.controller.settings.get("completion_window") or DEFAULT_COMPLETION_WINDOW
        )
        self.window_combo.setAccessibleName(self.tr("Completion window"))
        self.window_combo.setToolTip(
            self.tr(
                "How long the service may take: 24h to 336h (14d). "
                "Requests not done by then are not run and not billed."
            )
        )
        for text, widget, stretch in (
            (self.tr("&Name:"), self.name_edit, 3),
            (self.tr("&Description:"), self.description_edit, 3),
            (self.tr("Finish &within:"), self.window_combo, 0),
        ):
            label = QLabel(text, page)
            label.setBuddy(widget)
            options.addWidget(label)
            options.addWidget(widget, stretch)
        layout.addLayout(options)
        layout.addWidget(self._build_callback_row(page))

        actions = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Change the columns"), page)
        self.back_button.setAccessibleName(self.tr("Back to the column mapping"))
        self.back_button.setToolTip(self.tr("Creating the requests again replaces the edits made in this table."))
        self.back_button.clicked.connect(lambda: self.show_step(STEP_SETUP))
        self.save_button = QPushButton(self.tr("Save as JSONL…"), page)
        self.save_button.setAccessibleName(self.tr("Save the requests as a JSONL file"))
        self.save_button.setToolTip(self.tr("UTF-8, one request per line (Ctrl+S)"))
        self.save_button.clicked.connect(self.request_save)
        self.rehearse_button = QPushButton(self.tr("Try on the test model (free)"), page)
        self.rehearse_button.setAccessibleName(self.tr("Try the first requests on the free test model"))
        self.rehearse_button.setToolTip(
            self.tr(
                "Sends up to the first 100 requests to batch-test-model in this region. It costs nothing and "
                "shows whether the file and the connection work, before the real run."
            )
        )
        self.rehearse_button.clicked.connect(self.request_rehearsal)
        self.upload_progress = QProgressBar(page)
        self.upload_progress.setAccessibleName(self.tr("Upload progress"))
        self.upload_progress.setMaximumWidth(160)
        self.upload_progress.hide()
        self.submit_status = QLabel("", page)
        self.submit_status.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Submit batch"), page)
        self.submit_button.setAccessibleName(self.tr("Submit batch"))
        self.submit_button.setToolTip(self.tr("Upload the file and start the batch (Ctrl+Enter)"))
        self.submit_button.setEnabled(False)
        self.submit_button.setDefault(True)
        self.submit_button.setMinimumWidth(180)
        self.submit_button.clicked.connect(self.request_submit)
        for button in (self.back_button, self.save_button, self.rehearse_button):
            actions.addWidget(button)
        actions.addWidget(self.submit_status, 1)
        actions.addWidget(self.upload_progress)
        actions.addWidget(self.submit_button)
        layout.addLayout(actions)
        return page

    # ----- steps --------------------------------------------------------------------------------
    def show_step(self, step: int) -> None:
        """Show one of the three steps and say where the user is."""
        if step == STEP_SETUP and self.setup_page.info is None:
            step = STEP_START
        self.stack.setCurrentIndex(step)
        from_table = bool(self.source) or self.setup_page.info is not None
        names = (self.tr("Add a file"), self.tr("Map columns"), self.tr("Check and submit"))
        parts = []
        for index, name in enumerate(names):
            text = f"{'①②③'[index]} {html.escape(name)}"
            if index == step:
                parts.append(f"<b style='color:#1a5fb4'>{text}</b>")
            elif index == STEP_SETUP and not from_table and step == STEP_REQUESTS:
                parts.append(f"<span style='color:#9a9996'>{text}</span>")
            else:
                parts.append(text)
        self.steps_label.setText("  ›  ".join(parts))
        self.file_label.setVisible(step != STEP_START)
        self.open_button.setVisible(step != STEP_START)
        self.back_button.setVisible(step == STEP_REQUESTS and self.setup_page.info is not None)

    @property
    def step(self) -> int:
        """The step shown."""
        return self.stack.currentIndex()

    # ----- file in --------------------------------------------------------------------------------
    def open_paths(self, paths: list[Path]) -> None:
        """Open the first of dropped or chosen paths (one file at a time)."""
        if not paths:
            return
        if len(paths) > 1:
            self.host.show_error(self.tr("Please drop one file at a time; the first one is opened."))
        self.host.tasks.spawn(self.load_file(paths[0]), self.tr("open the file"))

    def open_sample(self) -> None:
        """Open the bundled sample spreadsheet."""
        self.open_paths([resource_path("samples", SAMPLE_TABLE)])

    def choose_file(self) -> None:
        """Show a non-blocking Open dialog."""
        folder = str(self.current_path.parent) if self.current_path else str(Path.home())
        dialog = QFileDialog(
            self,
            self.tr("Open a spreadsheet or batch file"),
            folder,
            self.tr("Spreadsheets and batch files ({patterns});;Batch files (*.jsonl);;All files (*)").format(
                patterns=OPEN_FILTER
            ),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.open_paths([Path(name)]))
        dialog.open()

    async def load_file(self, path: Path) -> ValidationReport | None:
        """Open ``path``: a JSONL file goes straight to the requests table (returns its check's report);
        a table goes to the mapping step (returns None)."""
        if path.is_dir():
            self.host.show_error(
                self.tr("“{name}” is a folder. Drop a spreadsheet or a .jsonl file instead.").format(name=path.name)
            )
            return None
        if not path.exists():
            self.host.show_error(
                self.tr("The file {path} cannot be found. It may have been moved or deleted.").format(path=path)
            )
            return None
        await self._keep_unsaved_edits()
        try:
            if await asyncio.to_thread(looks_like_jsonl, path):
                return await self.open_requests(path)
            await self.open_table(path)
        except OSError as exc:  # moved, deleted, unplugged or locked while being read
            self.show_read_error(path, exc)
        return None

    def show_read_error(self, path: Path, exc: OSError) -> None:
        """Say in plain words that a file could not be read, and what to try."""
        self.host.show_error(
            self.tr(
                "The file {name} could not be read ({reason}). Check that it is not open in another program."
            ).format(name=path.name, reason=exc.strerror or exc)
        )

    async def open_table(self, path: Path) -> bool:
        """Read a table's first rows and show the mapping step."""
        self.summary.setText(self.tr("Reading <b>{name}</b>…").format(name=html.escape(path.name)))
        try:
            info = await self.ops.open_table(path, ImportOptions())
        except TableError as exc:
            self.host.show_error(error_text(exc))
            return False
        self.setup_page.close_table()
        self.current_path = path
        self.source = {}
        self.compare_models = []
        self.compare_files = []
        self.setup_page.show_table(path, info)
        self._set_file_label(path)
        self._auto_name(path)
        self.show_step(STEP_SETUP)
        return True

    async def open_requests(self, path: Path) -> ValidationReport | None:
        """Open a JSONL file in the requests table and check it."""
        self.submit_button.setEnabled(False)
        self.summary.setText(self.tr("Opening <b>{name}</b>…").format(name=html.escape(path.name)))
        try:
            doc = await self.ops.open_requests(path)
        except OSError as exc:
            self.show_read_error(path, exc)
            return None
        self.setup_page.close_table()
        self.current_path = path
        self.source = {}
        self.compare_models = []
        self.compare_files = []
        self.rehearsal_notice.hide()
        self.editor.set_document(doc)
        self._set_file_label(path)
        self._auto_name(path)
        self.show_step(STEP_REQUESTS)
        await self._first_paint()
        try:
            check = await self.editor.check_now()
        except OSError as exc:  # the file went away (or failed) between opening and checking
            self.show_read_error(path, exc)
            return None
        return check.report if check is not None else None

    async def build_requests(self) -> Built | None:
        """Turn every row of the table into a request (worker thread) and show them."""
        info = self.setup_page.info
        if info is None or self.current_path is None:
            return None
        await self._keep_unsaved_edits()
        spec = self.setup_page.spec()
        self.setup_page.build_button.setEnabled(False)
        self.setup_page.build_status.setText(self.tr("Creating the requests…"))
        try:
            built = await self.ops.build(info.table, spec, self.host.region_id, self.current_path.stem)
        finally:
            self.setup_page.build_button.setEnabled(True)
            self.setup_page.build_status.setText("")
        if built.doc is None:
            problems = [problem_text(p) for p in built.report.problems if p.severity == "error"]
            self.host.show_error(" ".join(problems[:3]) or self.tr("The requests could not be created."))
            return built
        self.source = built.source
        self.compare_models = self.setup_page.compare_models()
        self.compare_files = []
        second = self.setup_page.compare_prompt()
        if second:
            variant = await self.ops.build_prompt_variant(
                info.table, spec, second, self.host.region_id, self.current_path.stem
            )
            self.compare_files = [(self.tr("prompt B"), variant)]
        self.rehearsal_notice.hide()
        self.editor.set_document(built.doc)
        self.show_step(STEP_REQUESTS)
        await self._first_paint()
        await self.editor.check_now()
        return built

    async def _first_paint(self) -> None:
        """Let the first rows be laid out and painted before the check keeps a worker thread busy.

        Painting calls the model from C++ many times, each needing the GIL; with a CPU-bound worker
        running, each of those waits, and the first paint of a large file took ~100 ms instead of ~15.
        """
        if self.isVisible():
            await asyncio.sleep(0.03)

    async def _keep_unsaved_edits(self) -> None:
        """Before another file replaces the table: keep unsaved edits in a file and say where."""
        doc = self.editor.doc
        if not doc.dirty or not len(doc):
            return
        stem = (self.current_path.stem if self.current_path else "requests") + "-unsaved"
        path = await self.ops.file_for_upload(None, doc.snapshot(), stem)
        doc.dirty = False
        self.host.show_info(
            self.tr("Your unsaved edits were kept in {path}.").format(path=path),
            "info",
        )

    def _set_file_label(self, path: Path) -> None:
        self.file_label.setText(self.tr("File: <b>{name}</b>").format(name=html.escape(path.name)))

    def _auto_name(self, path: Path) -> None:
        if not self.name_edit.text().strip() or self.name_edit.property("auto_name"):
            self.name_edit.setText(path.stem[:MAX_NAME_CHARS])
            self.name_edit.setProperty("auto_name", True)

    def _build_callback_row(self, page: QWidget) -> QWidget:
        """Advanced, Beijing only: an address the service calls when the job ends (no polling needed)."""
        row = QWidget(page)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.callback_edit = QLineEdit(row)
        self.callback_edit.setAccessibleName(self.tr("Finish callback address"))
        self.callback_edit.setPlaceholderText(
            self.tr("Optional, advanced: a public https:// address the service calls when the job ends")
        )
        self.callback_edit.setToolTip(
            self.tr(
                "Beijing only (metadata.ds_batch_finish_callback). The service sends a POST to this address "
                "when the job ends, so a server of yours learns about it without this app running."
            )
        )
        label = QLabel(self.tr("Finish ca&llback:"), row)
        label.setBuddy(self.callback_edit)
        line.addWidget(label)
        line.addWidget(self.callback_edit, 1)
        self.callback_row = row
        row.setVisible(self.host.region_id == FINISH_CALLBACK_REGION)
        return row

    async def region_changed(self) -> None:
        """Another region was chosen: offer its models and check the requests against its rules."""
        self.callback_row.setVisible(self.host.region_id == FINISH_CALLBACK_REGION)
        self.setup_page.refresh_models()
        if self.step == STEP_REQUESTS and len(self.editor.doc):
            await self.editor.check_now()

    # ----- check results --------------------------------------------------------------------------
    @property
    def current_check(self) -> DocCheck | None:
        """The check of the requests as they are now (None while checking or before a file)."""
        return self.editor.current_check

    @property
    def current_report(self) -> ValidationReport | None:
        """The validator's report of the requests as they are now."""
        check = self.current_check
        return check.report if check is not None else None

    def _on_changed(self) -> None:
        self._update_summary()

    def _on_checked(self, check: DocCheck) -> None:
        self._update_summary()
        self.estimate_label.hide()
        path = check.checked_path or self.editor.doc.path
        if path is not None and (check.ok or check.needs_split):
            self._estimate_version = check.version
            if self.estimate_task is not None and not self.estimate_task.done():
                self.estimate_task.cancel()  # an older check's count: its result would be dropped anyway
            self.estimate_task = self.host.tasks.spawn(
                self.refresh_estimate(path, check.version), self.tr("estimate the cost")
            )

    async def refresh_estimate(self, path: Path, version: int | None = None) -> Estimate | None:
        """Count the checked file's tokens off the UI thread and show the estimate (if still current)."""
        self.estimate_label.setText(self.tr("Estimating the cost…"))
        self.estimate_label.show()
        region_id = self.host.region_id
        try:
            est = await self.host.controller.estimate(path, region_id)
        except TokenCountFailed as exc:  # the token process stopped: the cost is unknown, never a number
            if version is None or version == self._estimate_version:
                self.last_estimate = None
                self.estimate_label.setText(not_counted_html(error_text(exc)))
            return None
        if version is not None and version != self._estimate_version:
            return None  # the requests changed meanwhile; a newer estimate is on its way
        if region_id != self.host.region_id:
            return None
        self._show_estimate(est)
        return est

    def _show_estimate(self, est: Estimate) -> None:
        self.last_estimate = est
        self.estimate_label.setText(estimate_html(est))
        self.estimate_label.show()

    def _update_summary(self) -> None:
        doc = self.editor.doc
        check = self.current_check
        name = html.escape(self.current_path.name if self.current_path else self.tr("New requests"))
        if check is None:
            self.summary.setText(
                self.tr("<b>{name}</b> — {rows} rows · checking…").format(name=name, rows=f"{len(doc):,}")
            )
            self._update_buttons()
            return
        report = check.report
        facts = self.tr("<b>{name}</b> — {requests} requests · {size} · model {models} · endpoint {endpoint}").format(
            name=name,
            requests=f"{report.requests:,}",
            size=human_bytes(report.bytes),
            models=html.escape(", ".join(report.models) or self.tr("none found")),
            endpoint=html.escape(report.endpoint or self.tr("unknown")),
        )
        if doc.dirty:
            facts += " · " + self.tr("<i>edited, not saved</i>")
        if check.needs_split:
            verdict = self.tr(
                "<span style='color:#1a5fb4'>ℹ Over the per-file limit — it can be sent as {parts} parts.</span>"
            ).format(parts=len(check.parts))
        elif check.errors:
            verdict = self.tr(
                "<span style='color:#b3261e'>✕ {errors} error(s) must be fixed before submitting.</span> "
                "Click a problem below to go to its line, then edit the cell."
            ).format(errors=f"{check.errors:,}")
            if check.warnings:
                verdict += " " + self.tr("There are also {warnings} warning(s).").format(warnings=f"{check.warnings:,}")
        elif check.warnings:
            verdict = self.tr(
                "<span style='color:#a05a00'>⚠ {warnings} warning(s) — you can still submit.</span>"
            ).format(warnings=f"{check.warnings:,}")
        else:
            verdict = self.tr("<span style='color:#1b7f3b'>✓ No problems found. Ready to submit.</span>")
        self.summary.setText(f"{facts}<br>{verdict}")
        self._show_split_offer(check)
        self._update_buttons()

    def _show_split_offer(self, check: DocCheck) -> None:
        if not check.needs_split:
            self.split_notice.hide()
            return
        report = check.report
        largest = max(part.requests for part in check.parts)
        text = self.tr(
            "This file has {requests} requests ({size}), more than one batch may hold. Submit can split it "
            "into {parts} parts of at most {largest} requests that each fit, and send them as one job "
            "group: the answers come back together in Jobs and results."
        ).format(
            requests=f"{report.requests:,}",
            size=human_bytes(report.bytes),
            parts=len(check.parts),
            largest=f"{largest:,}",
        )
        if TEST_MODEL in report.models and len(check.parts) > TEST_MODEL_MAX_CONCURRENT_TASKS:
            text += " " + self.tr(
                "Note: the test model runs at most {tasks} jobs at a time, so the other parts are refused "
                "until earlier ones finish. Use a smaller sample for the free test."
            ).format(tasks=TEST_MODEL_MAX_CONCURRENT_TASKS)
        self.split_notice.show_message(html.escape(text), "info")

    def _update_buttons(self) -> None:
        doc = self.editor.doc
        check = self.current_check
        has_rows = len(doc) > 0
        self.save_button.setEnabled(has_rows)
        self.rehearse_button.setEnabled(has_rows and not self._submitting)
        if self._resubmit_of is not None:
            self.submit_button.setText(self.tr("Submit again anyway"))
        elif check is not None and check.needs_split and not (self.compare_models or self.compare_files):
            self.submit_button.setText(self.tr("Submit as {parts} parts").format(parts=len(check.parts)))
        elif self.compare_models:
            self.submit_button.setText(
                self.tr("Submit {count} batches (one per model)").format(count=len(self.compare_models) + 1)
            )
        elif self.compare_files:
            self.submit_button.setText(
                self.tr("Submit {count} batches (one per prompt)").format(count=len(self.compare_files) + 1)
            )
        else:
            self.submit_button.setText(self.tr("Submit batch"))
        ready = check is not None and (check.ok or check.needs_split)
        self.submit_button.setEnabled(ready and not self._submitting)

    # ----- save -----------------------------------------------------------------------------------
    def request_save(self) -> None:
        """Ask where to save the requests (a non-modal dialog)."""
        if self.step != STEP_REQUESTS or not len(self.editor.doc):
            return
        base = self.current_path or Path.home() / "requests.jsonl"
        suggestion = base.with_suffix(".jsonl") if base.suffix.lower() != ".jsonl" else base
        dialog = QFileDialog(self, self.tr("Save the requests"), str(suggestion), self.tr("Batch files (*.jsonl)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("jsonl")
        dialog.fileSelected.connect(
            lambda name: self.host.tasks.spawn(self.save_as(Path(name)), self.tr("save the requests"))
        )
        dialog.open()

    async def save_as(self, dest: Path) -> Path:
        """Write the requests as UTF-8 JSONL (no BOM, one compact object per line); the table then shows that file."""
        if not dest.suffix:
            dest = dest.with_suffix(".jsonl")
        info = self.setup_page.info
        if info is not None and dest.resolve() == info.table.path.resolve():
            raise BatchDeskError(wording.SOURCE_NOT_OVERWRITTEN)
        doc = self.editor.doc
        snapshot = doc.snapshot()
        if doc.path is not None and doc.path.resolve() == dest.resolve():
            doc.release()  # Windows cannot replace a file that is open
        index = await self.ops.save(snapshot, dest)
        if self.editor.doc is doc and doc.version == snapshot.version:
            doc.rebase(index)
            self.editor.document_saved()
        if not self.source:  # an opened JSONL file: the saved copy is now the file being edited
            self.current_path = dest
            self._set_file_label(dest)
        self.host.show_info(self.tr("Saved {count} requests to {path}.").format(count=f"{len(snapshot):,}", path=dest))
        self._update_summary()
        return dest

    def focus_find(self) -> None:
        """Ctrl+F: the find box of the requests table."""
        if self.step == STEP_REQUESTS:
            self.editor.focus_find()

    # ----- submit ---------------------------------------------------------------------------------
    def request_submit(self) -> None:
        """Submit (button, shortcut): never silently dropped, never doubled.

        The guard is taken here, synchronously: presses queued before the loop runs the first submit
        (a bouncing key, a busy moment) find it taken and are answered, not queued. Core's reservation
        (``workflow.submit_file``) is what makes a second bill impossible; this only spares the user a
        refusal for a press they made once.

        The button is off for a moment after an edit while the requests are checked again; a Ctrl+Enter
        then used to be ignored without a word. It now submits after that check: :meth:`submit` awaits
        the check of the document as it is and says why when it cannot go.
        """
        if self.step != STEP_REQUESTS:
            self.host.show_info(self.tr("There is nothing to submit yet: add a file and create its requests first."))
            return
        if self._submitting:
            self.host.show_info(self.tr("The batch is already being submitted."))
            return
        self._submitting = True
        self._update_buttons()
        self.host.tasks.spawn(self._submit_once(), self.tr("submit the batch"))

    async def _submit_once(self) -> JobRecord | None:
        try:
            return await self.submit()
        finally:
            self._submitting = False
            self._update_buttons()

    async def submit(self) -> JobRecord | None:
        """Upload the checked requests and create the batch — or, over the limits, one batch per part."""
        doc = self.editor.doc
        if self.current_path is None or not len(doc):
            self.host.show_error(self.tr("Add a file first."))
            return None
        window_text = self.window_combo.currentText().strip()
        problems = self.host.controller.check_options(self.name_edit.text(), self.description_edit.text(), window_text)
        if problems:
            self.host.show_error(" ".join(problem_text(p) for p in problems))
            return None
        window_text = canonical_completion_window(window_text)  # what is shown is what is sent: 48H → 48h
        self.window_combo.setCurrentText(window_text)
        check = await self.editor.ensure_checked()
        if not (check.ok or check.needs_split):
            self.host.show_error(self.tr("The requests still have errors. Fix the problems listed, then submit."))
            return None
        if check.needs_split and (self.compare_models or self.compare_files):
            # Not supported yet (decisions.md, issue 12): a comparison is one batch per variant, each one file.
            self.host.show_error(
                self.tr(
                    "Not sent: a comparison sends one batch per model or prompt, and each has to fit in one file. "
                    "These requests would have to be split into {parts} parts (over the service's per-file "
                    "limits), and comparing split files is not supported yet. Use fewer rows, or build the "
                    "requests again without the comparison."
                ).format(parts=len(check.parts))
            )
            return None
        self._submitting = True
        self._update_buttons()
        self.submit_status.setText(self.tr("Preparing the file…"))
        loop = asyncio.get_running_loop()

        def progress(done: int, total: int) -> None:
            percent = int(done * 100 / total) if total else 100
            loop.call_soon_threadsafe(self.upload_progress.setValue, percent)

        try:
            snapshot = doc.snapshot()
            stem = self.current_path.stem
            path = await self.ops.file_for_upload(doc.path, snapshot, stem)
            snapshot_key = f"{path}:{doc.version}"
            again = self._resubmit_of == snapshot_key
            if path != check.checked_path:
                check = await self.ops.check_file(path, self.host.region_id)  # check the very bytes sent
                if not (check.ok or check.needs_split):
                    raise BatchDeskError(wording.UPLOAD_CHECK_FAILED)
            # The price before the bill: the cap and the confirmation, one core rule for both faces.
            self.submit_status.setText(self.tr("Estimating the cost…"))
            ready = None
            if check.ok and (self.compare_models or self.compare_files):
                # Every variant is billed: write and check them all first, so the confirmation and the
                # cap see each one's estimate and the total — of the very files that are sent.
                ready = await self.ops.prepare_variants(
                    path,
                    check,
                    self.host.region_id,
                    models=self.compare_models,
                    files=self.compare_files,
                    main_label=self.tr("prompt A") if self.compare_files else None,
                )
                submit_check = await self.host.controller.prepare_variants_submit(
                    [(label, file) for label, file, _ in ready], self.host.region_id
                )
            else:
                submit_check = await self.host.controller.prepare_submit(path, self.host.region_id)
            self._show_estimate(submit_check.estimate)
            if submit_check.confirm:
                self.submit_status.setText(self.tr("Waiting for your confirmation…"))
                if not await confirm_submit(submit_check, self):
                    self.host.show_info(self.tr("Not submitted: nothing was sent."), "info")
                    return None
            self.upload_progress.setRange(0, 100)
            self.upload_progress.setValue(0)
            self.upload_progress.show()
            name = self.name_edit.text().strip()
            description = self.description_edit.text().strip()
            source = self.source or None
            callback = self.callback_edit.text() if self.host.region_id == FINISH_CALLBACK_REGION else ""
            if ready is not None:
                count = len(ready)

                def variant_progress(number: int, done: int, total: int) -> None:
                    loop.call_soon_threadsafe(
                        self.submit_status.setText,
                        self.tr("Uploading batch {number} of {count}…").format(number=number, count=count),
                    )
                    progress(done, total)

                jobs = await self.ops.submit_variants(
                    path,
                    check,
                    self.host.region_id,
                    models=self.compare_models,
                    files=self.compare_files,
                    main_label=self.tr("prompt A") if self.compare_files else None,
                    name=name,
                    description=description,
                    completion_window=window_text,
                    progress=variant_progress,
                    source=source,
                    allow_duplicate=again,
                    finish_callback=callback,
                    ready=ready,
                )
            elif check.ok:
                self.submit_status.setText(self.tr("Uploading…"))
                job = await self.ops.submit(
                    path,
                    check,
                    self.host.region_id,
                    name=name,
                    description=description,
                    completion_window=window_text,
                    progress=progress,
                    source=source,
                    allow_duplicate=again,
                    finish_callback=callback,
                )
                jobs = [job]
            else:
                parts = len(check.parts)

                def show_part(part: int) -> None:
                    self.submit_status.setText(
                        self.tr("Uploading part {part} of {parts}…").format(part=part, parts=parts)
                    )

                def part_progress(part: int, done: int, total: int) -> None:
                    loop.call_soon_threadsafe(show_part, part)
                    progress(done, total)

                jobs = await self.ops.submit_parts(
                    path,
                    check,
                    self.host.region_id,
                    name=name,
                    description=description,
                    completion_window=window_text,
                    progress=part_progress,
                    source=source,
                    allow_duplicate=again,
                    finish_callback=callback,
                )
        except AlreadySubmitted as exc:
            if exc.earlier.is_unfinished_intent:
                # Unconfirmed: the app settles it within minutes; no button towards a second bill.
                self.host.show_error(error_text(exc) + " " + self.tr("Nothing was sent."))
                return None
            # A second run is a second bill: say so, and let a second press mean "yes, again".
            self._resubmit_of = snapshot_key
            self.host.show_error(
                error_text(exc)
                + " "
                + self.tr("Nothing was sent. To run it again anyway, press “Submit again anyway”.")
            )
            return None
        finally:
            self._submitting = False
            self.upload_progress.hide()
            self.submit_status.setText("")
            self._update_buttons()
        self._resubmit_of = None
        self._update_buttons()
        self.last_jobs = jobs
        self._announce(jobs)
        self.submitted.emit(jobs[0])
        return jobs[0]

    def _announce(self, jobs: list[JobRecord]) -> None:
        job = jobs[0]
        unknown = [j for j in jobs if not j.batch_id]
        if unknown:
            self.host.show_info(
                core_text(unknown[0].last_error)
                if unknown[0].last_error
                else self.tr("The submit could not be confirmed yet; the app keeps checking."),
                "warning",
            )
        elif len(jobs) > 1 and jobs[0].relation == "variant":
            self.host.show_info(
                self.tr(
                    "Submitted “{name}” as {count} batches ({variants}), each billed. The results put their "
                    "answers side by side once they are all downloaded."
                ).format(
                    name=self.name_edit.text().strip() or job.name,
                    count=len(jobs),
                    variants=", ".join(variant_label(j) for j in jobs),
                )
            )
        elif len(jobs) > 1:
            self.host.show_info(
                self.tr(
                    "Submitted “{name}” as {parts} parts (one job group). Each part runs as its own batch; this "
                    "window checks on them and downloads the answers when they end."
                ).format(name=self.name_edit.text().strip() or job.name, parts=len(jobs))
            )
        else:
            self.host.show_info(
                self.tr(
                    "Submitted “{name}” ({batch}). It now runs on the server; this window checks on it and "
                    "downloads the answers when it ends. You can close the app and come back later."
                ).format(name=job.name, batch=job.batch_id)
            )

    # ----- rehearsal ------------------------------------------------------------------------------
    def request_rehearsal(self) -> None:
        """Send the rehearsal (button)."""
        if self.rehearse_button.isEnabled():
            self.host.tasks.spawn(self.rehearse(), self.tr("start the rehearsal"))

    async def rehearse(self) -> JobRecord | None:
        """Send up to the first 100 requests to the free test model in this region."""
        doc = self.editor.doc
        if not len(doc):
            return None
        self.rehearse_button.setEnabled(False)
        try:
            name = self.name_edit.text().strip() or (self.current_path.stem if self.current_path else "requests")
            job = await self.ops.rehearse(doc.snapshot(), self.host.region_id, name=name)
        finally:
            self._update_buttons()
        self.rehearsal_job_id = job.id
        region = self.host.controller.region(self.host.region_id)
        self.rehearsal_notice.show_message(
            html.escape(
                self.tr(
                    "Rehearsal sent: {count} request(s) to the free test model in {region}. The answers are "
                    "placeholders; what matters is whether the file and the connection work. The result shows "
                    "here when it finishes (usually within minutes) — you can keep editing meanwhile."
                ).format(count=job.request_count or 0, region=region_name(region))
            ),
            "info",
        )
        self.rehearsal_submitted.emit(job)
        return job

    def on_job_finished(self, job: JobRecord) -> None:
        """A job's answers arrived; if it is the rehearsal, say how it went."""
        if job.id == self.rehearsal_job_id:
            self.host.tasks.spawn(self.show_rehearsal_result(job), self.tr("show the rehearsal result"))

    async def show_rehearsal_result(self, job: JobRecord) -> bool:
        """Show whether the rehearsal worked; True when it did."""
        outcome = await self.ops.rehearsal_outcome(job)
        if outcome.ok:
            self.rehearsal_notice.show_message(
                html.escape(
                    self.tr(
                        "Rehearsal passed: all {count} request(s) came back from the test model. The format, "
                        "the key and the connection work — submit the real batch when you are ready."
                    ).format(count=outcome.succeeded)
                ),
                "success",
            )
            return True
        details = " ".join(outcome.messages[:3])
        self.rehearsal_notice.show_message(
            html.escape(
                self.tr(
                    "Rehearsal did not pass ({status}): {succeeded} request(s) came back, {failed} failed. {details}"
                ).format(status=job.status, succeeded=outcome.succeeded, failed=outcome.failed, details=details)
            ),
            "error",
        )
        return False
