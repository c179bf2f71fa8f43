"""Step 2: every job of every region with a key (and the sandbox), refreshed on a timer; filters, "load
more", sorting; the results windows. The detail pane of the selected job is ``ui/job_detail.py``."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import wording
from desktop_app.core.estimate import SubmitNotConfirmed, format_cost
from desktop_app.core.jobs import JobFilter, JobView, PlannedRows
from desktop_app.core.ledger import JobRecord
from desktop_app.services import job_actions
from desktop_app.services.job_filters import created_between, created_within
from desktop_app.ui.confirm_dialog import confirm_submit
from desktop_app.ui.controller import ExportSummary, RefreshOutcome
from desktop_app.ui.files_dialog import FilesDialog, open_confirm
from desktop_app.ui.host import PageHost
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP, format_duration
from desktop_app.ui.job_detail import DetailSlots, JobDetailPane
from desktop_app.ui.jobs_model import (
    COL_BATCH,
    COL_CREATED,
    COL_ENDPOINT,
    COL_EXPIRES,
    COL_MODEL,
    COL_NAME,
    COL_PROGRESS,
    COL_REGION,
    COL_RUNNING,
    COL_STATUS,
    JobsFilterProxy,
    JobsTableModel,
    ProgressDelegate,
    format_time,
    status_texts,
)
from desktop_app.ui.messages import region_name, tr_fragment
from desktop_app.ui.messages import text as messages_text
from desktop_app.ui.results.window import ResultsWindow

CLOCK_TICK_MS = 30_000  # running time / "expires in" repaint
FILTER_DELAY_MS = 350  # typing in the name filter settles before the server is asked
RETRY_AFTER_ERROR_S = 60.0
NOTICE_PROBLEMS = 3  # refresh problems named in the notice bar; the rest are counted, all are logged

log = logging.getLogger(__name__)


def _log_problems(problems: list[wording.Text]) -> None:
    """Every problem of a refresh in one log line, in English (a worker: 100,000+ characters to scrub)."""
    log.warning("refresh problems (%d): %s", len(problems), " | ".join(wording.english(p) for p in problems))


STATUS_FILTERS: tuple[tuple[str, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("JobsPage", "All statuses"), frozenset()),
    (QT_TRANSLATE_NOOP("JobsPage", "Running"), frozenset({"validating", "in_progress", "finalizing", "cancelling"})),
    (QT_TRANSLATE_NOOP("JobsPage", "Completed"), frozenset({"completed"})),
    (QT_TRANSLATE_NOOP("JobsPage", "Failed"), frozenset({"failed"})),
    (QT_TRANSLATE_NOOP("JobsPage", "Expired"), frozenset({"expired"})),
    (QT_TRANSLATE_NOOP("JobsPage", "Cancelled"), frozenset({"cancelled", "cancelling"})),
    (
        QT_TRANSLATE_NOOP("JobsPage", "Not submitted"),
        frozenset({"create_failed", "create_unknown", "uploading", "uploaded", "creating", "draft"}),
    ),
)
CREATED_FILTERS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("JobsPage", "Any time"), None),
    (QT_TRANSLATE_NOOP("JobsPage", "Last 24 hours"), 1),
    (QT_TRANSLATE_NOOP("JobsPage", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("JobsPage", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("JobsPage", "Between…"), -1),
)


class JobsPage(QWidget):
    """The jobs table with its refresh timer, filters and the detail pane of the selected job.

    Signals:
        job_finished(object): a JobRecord that ended (with its answers, when they were downloaded).
    """

    job_finished = Signal(object)

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._in_flight = False
        self._again = False  # a refresh was asked for while one ran: run one more after it
        self._stopped = False
        self._last_problems: list[wording.Text] = []
        self.skipped_ticks = 0
        self.results_windows: dict[int, ResultsWindow] = {}
        self.files_dialog: FilesDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.next_delay: float | None = None

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("refreshTimer")
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.timeout.connect(self._on_refresh_timer)
        self.clock_timer = QTimer(self)
        self.clock_timer.setObjectName("jobsClockTimer")
        self.clock_timer.setInterval(CLOCK_TICK_MS)
        self.filter_timer = QTimer(self)
        self.filter_timer.setObjectName("jobsFilterTimer")
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self._filter_settled)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_toolbar())
        layout.addLayout(self._build_filters())

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        labels = host.controller.region_labels()
        self.model = JobsTableModel({rid: tr_fragment(label) for rid, label in labels.items()}, self)
        self.proxy = JobsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(COL_CREATED, Qt.SortOrder.DescendingOrder)
        self.clock_timer.timeout.connect(self.model.tick_clock)
        self.view = QTableView(splitter)
        self.view.setAccessibleName(self.tr("Jobs"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(COL_CREATED, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.view))
        self.view.doubleClicked.connect(lambda _index: self._on_open_results_clicked())
        self._size_columns()
        self.view.setColumnHidden(COL_BATCH, True)  # in the detail pane (and Copy batch ID)
        self.view.setColumnHidden(COL_ENDPOINT, True)  # in the detail pane: the room goes to the name
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.model.dataChanged.connect(self._on_data_changed)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        splitter.addWidget(self.view)
        splitter.addWidget(self._build_detail(splitter))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._update_actions(None)
        self._update_count()

    # ----- building -------------------------------------------------------------------------------
    def _size_columns(self) -> None:
        """Each column as wide as its header and the longest value it can show in this language (region
        names, status words, a date, a duration); the name column takes the rest of the width."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        metrics = self.view.fontMetrics()
        bold = header.fontMetrics()
        day = dt.datetime(2026, 12, 28, 23, 58).timestamp()
        samples: dict[int, tuple[list[str], int]] = {
            COL_REGION: (list(self.model.region_names.values()), 0),
            COL_STATUS: (status_texts(), 22),  # room for the status icon
            COL_PROGRESS: (["99,999 / 99,999"], 0),
            COL_CREATED: ([format_time(day)], 0),
            COL_RUNNING: ([format_duration(23 * 3600 + 59 * 60), format_duration(13 * 86400 + 23 * 3600)], 0),
            COL_EXPIRES: (
                [format_duration(23 * 3600 + 59 * 60), QCoreApplication.translate("JobsTableModel", "overdue")],
                0,
            ),
            COL_MODEL: (["qwen-plus-latest", "batch-test-model"], 0),
            COL_ENDPOINT: (["/v1/chat/completions"], 0),
            COL_BATCH: (["batch_00000000-0000-0000-0000-000000000000"], 0),
        }
        for column, (texts, extra) in samples.items():
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(text) for text in texts if text), default=0)
            # cell padding 14 px; the header also needs room for the sort arrow
            header.resizeSection(column, max(widest + extra + 14, bold.horizontalAdvance(label) + 28))

    def _build_toolbar(self) -> QHBoxLayout:
        toolbar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh now"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh jobs"))
        self.refresh_button.setToolTip(self.tr("Ask the servers for the latest status now (F5)"))
        self.refresh_button.clicked.connect(self.request_refresh)
        self.refresh_label = QLabel("", self)
        self.refresh_label.setWordWrap(True)  # a long sentence in Indonesian must not widen the window
        self.refresh_label.setAccessibleName(self.tr("Refresh status"))
        self.files_button = QPushButton(self.tr("Files on the server…"), self)
        self.files_button.setAccessibleName(self.tr("Show the files stored on the server"))
        self.files_button.setToolTip(self.tr("List, delete and count the files stored in each region"))
        self.files_button.clicked.connect(self.open_remote_files)
        toolbar.addWidget(self.refresh_button)
        toolbar.addWidget(self.refresh_label, 1)
        toolbar.addWidget(self.files_button)
        return toolbar

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        status_label = QLabel(self.tr("S&tatus:"), self)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        for label, statuses in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(label), statuses)
        status_label.setBuddy(self.status_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filter_changed(at_once=True))
        self.name_filter = QLineEdit(self)
        self.name_filter.setAccessibleName(self.tr("Filter by name"))
        self.name_filter.setPlaceholderText(self.tr("Name contains…"))
        self.name_filter.setClearButtonEnabled(True)
        self.name_filter.setMinimumWidth(160)
        self.name_filter.textChanged.connect(lambda _text: self._filter_changed(at_once=False))
        created_label = QLabel(self.tr("&Created:"), self)
        self.created_filter = QComboBox(self)
        self.created_filter.setAccessibleName(self.tr("Filter by creation time"))
        for label, days in CREATED_FILTERS:
            self.created_filter.addItem(self.tr(label), days)
        created_label.setBuddy(self.created_filter)
        self.created_filter.currentIndexChanged.connect(self._on_created_choice)
        today = QDate.currentDate()
        self.created_from = QDateEdit(today.addDays(-7), self)
        self.created_from.setAccessibleName(self.tr("Created on or after"))
        self.created_to = QDateEdit(today, self)
        self.created_to.setAccessibleName(self.tr("Created on or before"))
        for edit in (self.created_from, self.created_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self._filter_changed(at_once=False))
            edit.hide()
        self.and_label = QLabel(self.tr("to"), self)
        self.and_label.hide()
        self.region_filter = QComboBox(self)
        self.region_filter.setAccessibleName(self.tr("Filter by region"))
        self.region_filter.addItem(self.tr("All regions"), "")
        self.region_filter.currentIndexChanged.connect(lambda _i: self._filter_changed(at_once=True))
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.more_button.setAccessibleName(self.tr("Load more jobs from the servers"))
        self.more_button.setToolTip(self.tr("Fetch the next page of older jobs from each region"))
        self.more_button.setEnabled(False)
        self.more_button.clicked.connect(self.request_load_more)
        self.count_label = QLabel("", self)
        self.count_label.setAccessibleName(self.tr("Jobs shown"))
        for widget in (
            status_label,
            self.status_filter,
            self.name_filter,
            created_label,
            self.created_filter,
            self.created_from,
            self.and_label,
            self.created_to,
            self.region_filter,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.count_label)
        self.month_label = QLabel("", self)
        self.month_label.setObjectName("month_cost")
        self.month_label.setAccessibleName(self.tr("Cost this month"))
        row.addWidget(self.month_label)
        row.addWidget(self.more_button)
        return row

    def _build_detail(self, parent: QWidget) -> QWidget:
        slots = DetailSlots(
            open_results=self._on_open_results_clicked,
            export=self.request_export,
            rerun=self._on_rerun_clicked,
            download=self._on_download_clicked,
            cancel=self._on_cancel_clicked,
            delete_files=self._on_delete_files_clicked,
            copy_id=self._on_copy_id_clicked,
            open_folder=self._on_open_folder_clicked,
        )
        pane = JobDetailPane(self.host, self.model.records, slots, parent)
        self.detail_pane = pane
        # The page's names for the pane's parts (the window's shortcuts and tests use them).
        self.detail = pane.browser
        self.saved_bar = pane.saved_bar
        self.open_results_button = pane.open_results_button
        self.export_button = pane.export_button
        self.rerun_button = pane.rerun_button
        self.download_button = pane.download_button
        self.cancel_button = pane.cancel_button
        self.delete_files_button = pane.delete_files_button
        self.copy_id_button = pane.copy_id_button
        self.open_folder_button = pane.open_folder_button
        return pane

    # ----- loading and selection ------------------------------------------------------------------
    async def load(self) -> None:
        """Show the ledger's jobs (read in a worker thread) and the regions to filter by."""
        jobs, views = await self.host.controller.job_views()
        self.model.region_names = {
            rid: tr_fragment(label) for rid, label in self.host.controller.region_labels().items()
        }
        await self.model.fill_in_slices(views, jobs)
        await self._fill_regions()

    async def _fill_regions(self) -> None:
        regions = await self.host.controller.watched_regions()
        known = {self.region_filter.itemData(i) for i in range(self.region_filter.count())}
        for region_id in regions:
            if region_id not in known:
                self.region_filter.addItem(region_name(self.host.controller.region(region_id)), region_id)

    def select_job(self, job_id: int) -> bool:
        """Select a job's row (clearing the filters when they hide it); False when it is not listed."""
        row = self.model.row_of(job_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def selected_view(self) -> JobView | None:
        """The row values of the selected job."""
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.view_at(rows[0].row()) if rows else None

    def selected_job(self) -> JobRecord | None:
        """The ledger record of the selected job."""
        view = self.selected_view()
        return self.model.record(view.key) if view is not None else None

    async def show_submitted(self, job: JobRecord) -> None:
        """A job was just submitted: list it, select it, and poll fast for a while."""
        controller = self.host.controller
        await controller.job_submitted()
        jobs, views = await controller.job_views()
        self.model.update_views(views, jobs)
        self.select_job(job.id)
        monitor = await controller.jobs_monitor()
        fast = monitor.planner.schedule.fast_s
        if self._in_flight:
            self._again = True  # the tick in flight may have started before this job existed
        else:
            self._arm_timer(fast)
            self.refresh_label.setText(
                self.tr("New job submitted. Next check in {wait}.").format(wait=format_duration(fast))
            )
            self.clock_timer.start()

    # ----- refreshing -----------------------------------------------------------------------------
    def request_refresh(self) -> None:
        """Refresh now (button, F5): resets the back-off and polls fast again."""
        self.host.tasks.spawn(self.refresh_now(pressed=True), self.tr("refresh the jobs"))

    def _on_refresh_timer(self) -> None:
        self.host.tasks.spawn(self.refresh_now(), self.tr("refresh the jobs"))

    async def refresh_now(self, pressed: bool = False) -> RefreshOutcome | None:
        """One refresh tick; skipped (None) while one is in flight."""
        if self._stopped:
            return None
        if self._in_flight:
            self.skipped_ticks += 1
            self._again = self._again or pressed
            return None
        self._in_flight = True
        self.refresh_timer.stop()
        self.refresh_button.setEnabled(False)
        self.refresh_label.setText(self.tr("Checking…"))
        outcome: RefreshOutcome | None = None
        try:
            outcome = await self.host.controller.refresh(pressed=pressed)
            if not outcome.skipped:
                planned = await asyncio.to_thread(self.model.plan_views, outcome.views)  # 10,000 rows compared
                self._apply(outcome, pressed, planned)
                await self._fill_regions()  # a key added meanwhile brings its region
        finally:
            self._in_flight = False
            self.refresh_button.setEnabled(True)
            self._after_refresh(outcome)
        if self._again and not self._stopped:
            self._again = False
            return await self.refresh_now(pressed=True)
        return outcome

    async def update_month_cost(self, jobs: list[JobRecord] | None = None) -> str:
        """The footer: this month's cost of finished jobs, per currency, and how many are unknown."""
        month = await self.host.controller.month_cost(jobs)
        amounts = ", ".join(format_cost(value, currency) for currency, value in sorted(month.by_currency.items()))
        text = self.tr("This month: {amounts}").format(amounts=amounts or "0")
        if month.unknown_jobs:
            text += " " + self.tr("(+ {count} job(s) of unknown cost)").format(count=f"{month.unknown_jobs:,}")
        self.month_label.setText(text)
        self._show_selected()
        return text

    def _apply(self, outcome: RefreshOutcome, pressed: bool = False, planned: PlannedRows | None = None) -> None:
        self.model.update_views(outcome.views, outcome.jobs, planned)
        self.host.tasks.spawn(self.update_month_cost(outcome.jobs), self.tr("add up this month's cost"))
        self.more_button.setEnabled(outcome.has_more)
        self._show_selected()
        if outcome.problems and (pressed or outcome.problems != self._last_problems):
            self._show_problems(outcome.problems)
        self._last_problems = list(outcome.problems)
        for job in outcome.finished:
            self.job_finished.emit(job)
            parent_window = self.results_windows.get(job.parent_job_id or -1) if job.is_rerun else None
            if parent_window is not None and job.has_local_results:
                parent_window.tasks.spawn(parent_window.reload(), self.tr("show the re-run's answers"))

    def _show_problems(self, problems: list[wording.Text]) -> None:
        """The refresh's problems in the notice bar: the first few, then "and N more" (thousands of
        per-job notices joined into one label stalled the window); the full list goes to the log."""
        shown = [messages_text(problem) for problem in problems[:NOTICE_PROBLEMS]]
        rest = len(problems) - len(shown)
        if rest > 0:  # the whole list to the log in a worker: scrubbing and writing 100,000+ characters
            # on the UI thread was one of the 10,000-job scenario's stalls (issue 13)
            self.host.tasks.spawn(
                asyncio.to_thread(_log_problems, list(problems)),
                self.tr("write the log"),
            )
            shown.append(
                self.tr("…and {count} more; all of them are in the log (Help ▸ Open the log folder).").format(
                    count=f"{rest:,}"
                )
            )
        self.host.show_error(" ".join(shown))

    def _after_refresh(self, outcome: RefreshOutcome | None) -> None:
        when = time.strftime("%H:%M:%S")
        if outcome is None:
            delay: float | None = RETRY_AFTER_ERROR_S
        elif outcome.skipped:
            delay = self.next_delay if self.next_delay is not None else RETRY_AFTER_ERROR_S
        else:
            delay = outcome.next_delay
        self.next_delay = delay
        if delay is None:
            self.refresh_label.setText(
                self.tr("Last checked {time}. No job is running, so the app stops checking.").format(time=when)
            )
            self.clock_timer.stop()
        else:
            self.refresh_label.setText(
                self.tr("Last checked {time}. Next check in {wait}.").format(time=when, wait=format_duration(delay))
            )
            self._arm_timer(delay)
            if not self.clock_timer.isActive() and not self._stopped:
                self.clock_timer.start()
        self._update_actions(self.selected_job())

    def _arm_timer(self, delay_s: float) -> None:
        if not self._stopped:
            self.refresh_timer.start(max(1, int(delay_s * 1000)))

    def request_load_more(self) -> None:
        """Fetch the next list page of every region (button)."""
        self.host.tasks.spawn(self.load_more(), self.tr("load more jobs"))

    async def load_more(self) -> RefreshOutcome:
        """The next page of older jobs from each region that has more."""
        self.more_button.setEnabled(False)
        outcome = await self.host.controller.load_more()
        self.model.update_views(outcome.views, outcome.jobs)
        self.more_button.setEnabled(outcome.has_more)
        if outcome.problems:
            self._show_problems(outcome.problems)
        return outcome

    def stop(self) -> None:
        """Stop polling for good and close the windows this page opened (the main window is closing)."""
        self._stopped = True
        for timer in (self.refresh_timer, self.clock_timer, self.filter_timer):
            timer.stop()
        for window in list(self.results_windows.values()):
            window.close()
        if self.files_dialog is not None:
            self.files_dialog.close()

    # ----- filters --------------------------------------------------------------------------------
    def current_filter(self) -> JobFilter:
        """The filters as chosen in the bar."""
        statuses = self.status_filter.currentData() or frozenset()
        region = self.region_filter.currentData() or ""
        after = before = None
        days = self.created_filter.currentData()
        if days == -1:  # the same rule as ``desktop-app-cli jobs --since/--until`` (services.job_filters)
            after, before = created_between(_date_of(self.created_from.date()), _date_of(self.created_to.date()))
        elif days:
            after = created_within(days)
        return JobFilter(
            statuses=frozenset(statuses),
            name=self.name_filter.text().strip(),
            created_after=after,
            created_before=before,
            region_ids=frozenset({region}) if region else frozenset(),
        )

    def _on_created_choice(self, _index: int) -> None:
        between = self.created_filter.currentData() == -1
        for widget in (self.created_from, self.and_label, self.created_to):
            widget.setVisible(between)
        self._filter_changed(at_once=True)

    def _filter_changed(self, at_once: bool) -> None:
        self.proxy.set_job_filter(self.current_filter())  # instant, on the rows already here
        if at_once:
            self._filter_settled()
        else:
            self.filter_timer.start()

    def _filter_settled(self) -> None:
        self.filter_timer.stop()
        self.host.tasks.spawn(self.apply_server_filter(self.current_filter()), self.tr("filter the jobs"))

    async def apply_server_filter(self, job_filter: JobFilter) -> None:
        """Ask the servers for the first page matching ``job_filter`` ("load more" starts again)."""
        self.proxy.set_job_filter(job_filter)
        await self.host.controller.set_job_filter(job_filter)
        await self.refresh_now()

    def clear_filters(self) -> None:
        """Back to every job."""
        for combo in (self.status_filter, self.created_filter, self.region_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.name_filter.blockSignals(True)
        self.name_filter.clear()
        self.name_filter.blockSignals(False)
        for widget in (self.created_from, self.and_label, self.created_to):
            widget.hide()
        self._filter_changed(at_once=True)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 job") if total == 1 else self.tr("{total} jobs").format(total=f"{total:,}")
            self.count_label.setText(text)
        else:
            self.count_label.setText(self.tr("{shown} of {total} jobs").format(shown=f"{shown:,}", total=f"{total:,}"))

    # ----- details ----------------------------------------------------------------------------------
    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        view = self.selected_view()
        row = self.model.row_of(view.key) if view is not None else None
        if row is not None and top_left.row() <= row <= bottom_right.row() and top_left.column() == 0:
            self._show_selected()

    def _show_selected(self) -> None:
        view = self.selected_view()
        record = self.model.record(view.key) if view is not None else None
        self.detail_pane.show_job(view, record)

    def detail_html(self, view: JobView, job: JobRecord) -> str:
        """Everything known about a job (the detail pane's text)."""
        return self.detail_pane.detail_html(view, job)

    def _update_actions(self, job: JobRecord | None) -> None:
        """Enable what may be done with ``job``; the rules live in ``services.job_actions``."""
        self.detail_pane.update_actions(job)

    # ----- actions ----------------------------------------------------------------------------------
    def _on_copy_id_clicked(self) -> None:
        job = self.selected_job()
        if job and job.batch_id:
            QGuiApplication.clipboard().setText(job.batch_id)
            self.host.show_info(self.tr("Copied {batch} to the clipboard.").format(batch=job.batch_id), "info")

    def _on_open_folder_clicked(self) -> None:
        job = self.selected_job()
        path = job.output_path or job.error_path if job else None
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def _on_cancel_clicked(self) -> None:
        job = self.selected_job()
        if job is not None:
            self.request_cancel(job)

    def request_cancel(self, job: JobRecord) -> QMessageBox:
        """Ask (non-modal, with the billing warning), then cancel."""
        self.confirm_box = open_confirm(
            self,
            self.tr("Cancel this job?"),
            self.tr(
                "Cancel “{name}”?\n\nRequests that already finished keep their answers and are still billed. "
                "The rest are not run. The answers given so far are downloaded when the cancel completes. "
                "This cannot be undone."
            ).format(name=job.name or job.batch_id),
            self.tr("Cancel the job"),
            self.tr("Keep it running"),
            lambda: self.host.tasks.spawn(self.cancel(job), self.tr("cancel the job")),
        )
        return self.confirm_box

    async def cancel(self, job: JobRecord) -> JobRecord:
        """Cancel a job on the server and show its new state."""
        record = await self.host.controller.cancel(job)
        self.host.show_info(
            self.tr(
                "Cancelling “{name}”. Requests that already finished keep their answers and are still billed; "
                "the rest are not run."
            ).format(name=job.name or job.batch_id),
            "warning",
        )
        await self._reload_rows()
        self._arm_timer((await self.host.controller.jobs_monitor()).planner.schedule.fast_s)
        return record

    def _on_delete_files_clicked(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        self.confirm_box = open_confirm(
            self,
            self.tr("Delete this job's files from the server?"),
            self.tr(
                "Delete the input, output and error files of “{name}” from the server? The answers already "
                "downloaded stay on this computer and in your exports; the server cannot send them again."
            ).format(name=job.name or job.batch_id),
            self.tr("Delete files"),
            self.tr("Keep them"),
            lambda: self.host.tasks.spawn(self.delete_files(job), self.tr("delete the job's files")),
        )

    async def delete_files(self, job: JobRecord) -> JobRecord:
        """Delete a finished job's remote files."""
        record = await self.host.controller.delete_job_files(job)
        self.host.show_info(
            self.tr("The files of “{name}” were deleted from the server. Its answers stay here.").format(
                name=job.name or job.batch_id
            )
        )
        await self._reload_rows()
        return record

    def _on_download_clicked(self) -> None:
        job = self.selected_job()
        if job is not None:
            self.host.tasks.spawn(self.download(job), self.tr("download the answers"))

    async def download(self, job: JobRecord) -> JobRecord:
        """Download a finished job's answers now."""
        self.download_button.setEnabled(False)
        record = await self.host.controller.download(job)
        await self._reload_rows()
        self.host.show_info(self.tr("The answers of “{name}” are downloaded.").format(name=record.name))
        return record

    def _on_rerun_clicked(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        if job_actions.can_submit_again(job):
            self.request_submit_again(job)
        else:
            self.request_rerun(job)

    def request_submit_again(self, job: JobRecord) -> None:
        """Send a *Not created* job's file again (one click, then the confirmation when billed)."""
        self.rerun_button.setEnabled(False)
        self.host.tasks.spawn(self.submit_again(job), self.tr("submit the file again"))

    async def submit_again(self, job: JobRecord) -> JobRecord | None:
        """Send the file of a job that was not created again; the new job replaces it and is selected."""
        try:
            again = await self.host.controller.submit_again(job, lambda check: confirm_submit(check, self))
        except SubmitNotConfirmed:
            self.host.show_info(self.tr("Not submitted: nothing was sent."), "info")
            self._show_selected()
            return None
        self.host.show_info(
            self.tr(
                "“{name}” submitted again. This window checks on it and downloads the answers when it ends."
            ).format(name=again.name or again.batch_id or "")
        )
        await self.show_submitted(again)
        return again

    def request_rerun(self, job: JobRecord) -> None:
        """Re-run the failed and missing requests of ``job`` (one click)."""
        self.rerun_button.setEnabled(False)
        self.host.tasks.spawn(self.rerun(job), self.tr("re-run the failed and missing requests"))

    async def rerun(self, job: JobRecord) -> JobRecord | None:
        """Submit the failed and missing requests again as a linked job and select it (after the
        estimate, the cap and — when billed — the confirmation)."""
        try:
            child = await self.host.controller.rerun(job, lambda check: confirm_submit(check, self))
        except SubmitNotConfirmed:
            self.host.show_info(self.tr("Not submitted: nothing was sent."), "info")
            self._show_selected()
            return None
        self.host.show_info(
            self.tr(
                "Re-run “{name}” submitted with {count} request(s). Its answers merge into the results of the "
                "original job when it finishes."
            ).format(name=child.name, count=f"{child.request_count or 0:,}")
        )
        await self.show_submitted(child)
        return child

    async def _reload_rows(self) -> None:
        jobs, views = await self.host.controller.job_views()
        self.model.update_views(views, jobs)
        self._show_selected()

    # ----- results --------------------------------------------------------------------------------
    def _on_open_results_clicked(self) -> None:
        job = self.selected_job()
        if job is not None and job_actions.can_open_results(job):
            self.host.tasks.spawn(self.open_results(job), self.tr("open the results"))

    async def open_results(self, job: JobRecord) -> ResultsWindow:
        """Show the results window of ``job`` (one per job; a re-run shows its parent's)."""
        key = job.parent_job_id if job.is_rerun and job.parent_job_id is not None else job.id
        window = self.results_windows.get(key)
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
            return window
        window = ResultsWindow(self.host.controller, job, self.window())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.rerun_requested.connect(self.request_rerun)
        window.destroyed.connect(lambda _obj=None, k=key: self.results_windows.pop(k, None))
        self.results_windows[key] = window
        window.show()
        try:
            await window.load()
        except BaseException:
            window.close()
            raise
        return window

    # ----- export (Ctrl+E) ------------------------------------------------------------------------
    def request_export(self) -> None:
        """Ask where to save, then export the selected job's answers (button, Ctrl+E)."""
        job = self.selected_job()
        if job is None:
            return
        allowed = job_actions.can_export(job)
        if not allowed:  # Ctrl+E on a job that cannot be exported: say why instead of doing nothing
            self.host.show_error(messages_text(allowed.text))
            return
        suggested = self.host.controller.suggested_export_path(job, "csv")
        dialog = QFileDialog(self, self.tr("Export answers as CSV"), str(suggested), self.tr("CSV for Excel (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(
            lambda name: self.host.tasks.spawn(self.export_csv(job, Path(name)), self.tr("export the answers"))
        )
        dialog.open()

    async def export_csv(self, job: JobRecord, dest: Path) -> ExportSummary:
        """Write the answers of ``job`` next to its requests as an Excel-ready CSV."""
        from desktop_app.ui.results.window import sheet_words

        summary = await self.host.controller.export_csv(job, dest, "sheet", sheet_words())
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
        self.saved_bar.show_saved(dest, self.tr("Saved {name}").format(name=dest.name))
        return summary

    # ----- remote files ---------------------------------------------------------------------------
    def open_remote_files(self) -> FilesDialog:
        """The (non-modal) window of files stored on the server."""
        if self.files_dialog is not None:
            self.files_dialog.raise_()
            self.files_dialog.activateWindow()
            return self.files_dialog
        dialog = FilesDialog(self.host.controller, self.window())
        dialog.finished.connect(lambda _r: setattr(self, "files_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view = self.selected_view()
        region = view.region_id if view is not None else self.host.region_id
        dialog.tasks.spawn(dialog.load(region), self.tr("list the files"))
        dialog.show()
        self.files_dialog = dialog
        return dialog


def _date_of(day: QDate) -> dt.date:
    """A date field's day (``QDate.toPython`` is typed ``object`` in PySide6's stubs)."""
    return dt.date(day.year(), day.month(), day.day())
