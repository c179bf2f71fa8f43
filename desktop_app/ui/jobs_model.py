"""The jobs table: a model over :class:`~desktop_app.core.jobs.JobView` rows, updated in place by job id
(never reset, so selection and scroll survive a refresh), and a proxy that filters and sorts it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.core.jobs import JobFilter, JobTable, JobView, PlannedRows, merge_views
from desktop_app.core.ledger import JobRecord
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP, format_datetime, format_duration
from desktop_app.ui.messages import core_text

(
    COL_NAME,
    COL_REGION,
    COL_STATUS,
    COL_PROGRESS,
    COL_CREATED,
    COL_RUNNING,
    COL_EXPIRES,
    COL_MODEL,
    COL_ENDPOINT,
    COL_BATCH,
) = range(10)
FILL_SLICE = 100  # rows per step of a first fill or a big change (~5–15 ms of sorting and layout each)
FILL_PAUSE_S = 0.001

HEADERS = (
    QT_TRANSLATE_NOOP("JobsTableModel", "Name"),
    QT_TRANSLATE_NOOP("JobsTableModel", "Region"),
    QT_TRANSLATE_NOOP("JobsTableModel", "Status"),
    QT_TRANSLATE_NOOP("JobsTableModel", "Progress"),
    QT_TRANSLATE_NOOP("JobsTableModel", "Created"),
    QT_TRANSLATE_NOOP("JobsTableModel", "Running time"),
    QT_TRANSLATE_NOOP("JobsTableModel", "Expires in"),
    QT_TRANSLATE_NOOP("JobsTableModel", "Model"),
    QT_TRANSLATE_NOOP("JobsTableModel", "Endpoint"),
    QT_TRANSLATE_NOOP("JobsTableModel", "Batch ID"),
)
CLOCK_COLUMNS = (COL_RUNNING, COL_EXPIRES)  # change with time alone: refreshed by the page's clock timer

JobRole = Qt.ItemDataRole.UserRole + 1  # the row's JobView
ProgressRole = Qt.ItemDataRole.UserRole + 2  # (completed, failed, total)
SortRole = Qt.ItemDataRole.UserRole + 3  # a value that sorts right (numbers for times and progress)
KeyRole = Qt.ItemDataRole.UserRole + 4  # the ledger id

_CONTEXT = "JobsTableModel"

# Plain words per status. Looked up through QCoreApplication.translate(_CONTEXT, ...).
STATUS_TEXT = {
    "draft": QT_TRANSLATE_NOOP("JobsTableModel", "Preparing"),
    "uploading": QT_TRANSLATE_NOOP("JobsTableModel", "Uploading"),
    "uploaded": QT_TRANSLATE_NOOP("JobsTableModel", "Uploaded"),
    "creating": QT_TRANSLATE_NOOP("JobsTableModel", "Submitting"),
    "create_unknown": QT_TRANSLATE_NOOP("JobsTableModel", "Unconfirmed"),
    "create_failed": QT_TRANSLATE_NOOP("JobsTableModel", "Not created"),
    "validating": QT_TRANSLATE_NOOP("JobsTableModel", "Validating"),
    "in_progress": QT_TRANSLATE_NOOP("JobsTableModel", "Running"),
    "finalizing": QT_TRANSLATE_NOOP("JobsTableModel", "Finishing"),
    "completed": QT_TRANSLATE_NOOP("JobsTableModel", "Completed"),
    "failed": QT_TRANSLATE_NOOP("JobsTableModel", "Failed"),
    "expired": QT_TRANSLATE_NOOP("JobsTableModel", "Expired"),
    "cancelling": QT_TRANSLATE_NOOP("JobsTableModel", "Cancelling"),
    "cancelled": QT_TRANSLATE_NOOP("JobsTableModel", "Cancelled"),
}
# What the downloaded answers add up to (core.answers.verdict.Verdict values), when it changes the picture.
VERDICT_STATUS_TEXT = {
    ("completed", "complete_with_failures"): QT_TRANSLATE_NOOP("JobsTableModel", "Completed, some failed"),
    ("completed", "incomplete"): QT_TRANSLATE_NOOP("JobsTableModel", "Incomplete: answers missing"),
    ("expired", "partial"): QT_TRANSLATE_NOOP("JobsTableModel", "Expired, partial"),
    ("cancelled", "partial"): QT_TRANSLATE_NOOP("JobsTableModel", "Cancelled, partial"),
    ("expired", "no_answers"): QT_TRANSLATE_NOOP("JobsTableModel", "Expired, no answers"),
    ("cancelled", "no_answers"): QT_TRANSLATE_NOOP("JobsTableModel", "Cancelled, no answers"),
    ("expired", "complete_with_failures"): QT_TRANSLATE_NOOP("JobsTableModel", "Expired, some failed"),
    ("cancelled", "complete_with_failures"): QT_TRANSLATE_NOOP("JobsTableModel", "Cancelled, some failed"),
}
VERDICT_HINT = {
    "complete_with_failures": QT_TRANSLATE_NOOP(
        "JobsTableModel", "Every request was answered, but some failed: re-run them from the detail pane."
    ),
    "incomplete": (
        QT_TRANSLATE_NOOP(
            "JobsTableModel",
            "The service says completed, but answers are missing: this job is not done. Re-run the missing ones.",
        )
    ),
    "partial": QT_TRANSLATE_NOOP(
        "JobsTableModel", "Ended early: the answers given are kept (and billed); the rest never ran."
    ),
    "no_answers": QT_TRANSLATE_NOOP("JobsTableModel", "Ended before any request was answered; nothing was billed."),
}
_GREEN, _RED, _AMBER, _BLUE, _GREY = "#1b7f3b", "#b3261e", "#8a4b00", "#1a5fb4", "#5e5c64"
STATUS_COLOUR = {
    "completed": _GREEN,
    "failed": _RED,
    "create_failed": _RED,
    "expired": _AMBER,
    "cancelled": _GREY,
    "cancelling": _GREY,
    "create_unknown": _AMBER,
    "validating": _BLUE,
    "in_progress": _BLUE,
    "finalizing": _BLUE,
}
VERDICT_COLOUR = {"incomplete": _RED, "partial": _AMBER, "complete_with_failures": _AMBER}
_SP = QStyle.StandardPixmap
_STATUS_ICON = {
    "completed": _SP.SP_DialogApplyButton,
    "failed": _SP.SP_MessageBoxCritical,
    "create_failed": _SP.SP_MessageBoxCritical,
    "expired": _SP.SP_MessageBoxWarning,
    "create_unknown": _SP.SP_MessageBoxWarning,
    "cancelled": _SP.SP_DialogCancelButton,
    "cancelling": _SP.SP_DialogCancelButton,
}
_VERDICT_ICON = {
    "incomplete": _SP.SP_MessageBoxWarning,
    "partial": _SP.SP_MessageBoxWarning,
    "complete_with_failures": _SP.SP_MessageBoxWarning,
}
RUNNING_STATUSES = frozenset({"validating", "in_progress", "finalizing"})


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(status: str) -> str:
    """Plain words for an API or local status."""
    text = STATUS_TEXT.get(status)
    return (
        _tr(text)
        if text
        else (status.replace("_", " ").capitalize() or QCoreApplication.translate("JobsTableModel", "Unknown"))
    )


def job_status_text(view: JobView) -> str:
    """The status a person reads: the API status, refined by the answers once they are downloaded
    (a "completed" job with missing answers reads *Incomplete*, never *Completed*)."""
    text = VERDICT_STATUS_TEXT.get((view.status, view.verdict or ""))
    return _tr(text) if text else status_label(view.status)


def status_texts() -> list[str]:
    """Every status text a job row can show, in the window's language (to size the column)."""
    return [_tr(text) for text in (*STATUS_TEXT.values(), *VERDICT_STATUS_TEXT.values())]


def job_status_colour(view: JobView) -> str | None:
    """Text colour of the status cell (always paired with an icon and words)."""
    return VERDICT_COLOUR.get(view.verdict or "") or STATUS_COLOUR.get(view.status)


def status_icon(status: str, verdict: str | None = None) -> QIcon:
    """An icon per status family, so status is never told by colour alone."""
    style = QApplication.style() if QApplication.instance() is not None else None
    if style is None:
        return QIcon()
    pixmap = _VERDICT_ICON.get(verdict or "") or _STATUS_ICON.get(status, _SP.SP_BrowserReload)
    return style.standardIcon(pixmap)


def format_time(epoch: int | float | None) -> str:
    """Local time in the locale's short form (``2026/11/18 11:06``; ISO in the C locale), or empty."""
    if not epoch:
        return ""
    return format_datetime(epoch)  # the locale's short form (ui/i18n.py)


def format_expires(view: JobView, now: float) -> str:
    """``"5 h 10 min"``, ``"overdue"`` past the deadline, empty when it does not apply."""
    left = view.expires_in(now)
    if left is None:
        return ""
    return format_duration(left) if left > 0 else QCoreApplication.translate("JobsTableModel", "overdue")


class JobsTableModel(QAbstractTableModel):
    """One row per job, keyed by ledger id; :meth:`update_views` turns a fresh list into in-place changes.

    Rows are :class:`JobView` values (``JobRole``); the full :class:`JobRecord` of each row (timestamps,
    errors, metadata) is kept alongside for the detail pane (:meth:`record`).
    """

    def __init__(
        self,
        region_names: dict[str, str] | None = None,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._table = JobTable()
        self._rows: list[JobView] = []  # what Qt sees; follows the table step by step
        self._records: dict[int, JobRecord] = {}
        self._updates = 0  # update_views calls (a sliced fill stops when another one comes in)
        self._pending_changes: list[tuple[int, int]] = []  # changed row ranges not yet signalled
        self._change_timer = QTimer(self)
        self._change_timer.setObjectName("jobsChangeSlices")
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(0)
        self._change_timer.timeout.connect(self._emit_changes)
        self.region_names = region_names or {}
        self.clock = clock

    # -- Qt API --

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return _tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SortRole and index.column() == COL_CREATED:  # the sort proxy's hot path (issue 13)
            row = index.row()
            return self._rows[row].created_at if 0 <= row < len(self._rows) else None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == JobRole:
            return view
        if role == KeyRole:
            return view.key
        if role == SortRole:
            return self._sort_key(view, column)
        if role == ProgressRole and column == COL_PROGRESS:
            return (view.completed, view.failed, view.total) if view.has_progress else None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return status_icon(view.status, view.verdict)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            colour = job_status_colour(view)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(view, column)
        return None

    def _display(self, view: JobView, column: int) -> str | None:
        if column == COL_NAME:
            return f"↳ {view.name}" if view.relation == "rerun" else view.name
        if column == COL_REGION:
            return self.region_names.get(view.region_id) or view.region_label
        if column == COL_STATUS:
            return job_status_text(view)
        if column == COL_PROGRESS:
            if not view.has_progress:
                return ""
            text = QCoreApplication.translate("JobsTableModel", "{done} / {total}").format(
                done=f"{view.done:,}", total=f"{view.total:,}"
            )
            if view.failed:
                text += QCoreApplication.translate("JobsTableModel", ", {failed} failed").format(
                    failed=f"{view.failed:,}"
                )
            return text
        if column == COL_CREATED:
            return format_time(view.created_at)
        if column == COL_RUNNING:
            return format_duration(view.running_seconds(self.clock()))
        if column == COL_EXPIRES:
            return format_expires(view, self.clock())
        if column == COL_MODEL:
            return view.model
        if column == COL_ENDPOINT:
            return view.endpoint
        if column == COL_BATCH:
            return view.batch_id or "—"
        return None

    def _sort_key(self, view: JobView, column: int) -> Any:
        if column == COL_PROGRESS:
            return view.progress
        if column == COL_CREATED:
            return view.created_at
        if column == COL_RUNNING:
            return view.running_seconds(self.clock()) or 0.0
        if column == COL_EXPIRES:
            left = view.expires_in(self.clock())
            return float("inf") if left is None else left
        if column == COL_STATUS:
            return job_status_text(view)
        text = self._display(view, column)
        return (text or "").casefold()

    def _tooltip(self, view: JobView, column: int) -> str | None:
        if column == COL_NAME:
            return "\n".join(part for part in (view.name, view.description) if part)
        if column == COL_STATUS:
            verdict = VERDICT_HINT.get(view.verdict or "")
            return (
                core_text(view.last_error) if view.last_error else (_tr(verdict) if verdict else job_status_text(view))
            )
        if column == COL_BATCH:
            return view.batch_id or QCoreApplication.translate("JobsTableModel", "Not created on the server yet")
        if column == COL_EXPIRES and view.expires_at:
            return QCoreApplication.translate("JobsTableModel", "The completion window closes at {time}").format(
                time=format_time(view.expires_at)
            )
        return None

    # -- rows --

    def view_at(self, row: int) -> JobView | None:
        """The row's values."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def job_at(self, row: int) -> JobRecord | JobView | None:
        """The ledger record of a row (its view when the record is not known)."""
        view = self.view_at(row)
        if view is None:
            return None
        return self._records.get(view.key, view)

    def record(self, key: int) -> JobRecord | None:
        """The full ledger record of a job id, as of the last update."""
        return self._records.get(key)

    def records(self) -> dict[int, JobRecord]:
        """Every known record by job id."""
        return self._records

    def row_of(self, key: int) -> int | None:
        """The row showing a job id."""
        return self._table.row_of(key)

    def update_jobs(self, jobs: Sequence[JobRecord]) -> None:
        """:meth:`update_views` from ledger records (builds the rows here; the window builds them in a
        worker thread)."""
        self.update_views(merge_views(jobs, self.region_names), jobs)

    def plan_views(self, views: Sequence[JobView]) -> PlannedRows:
        """Work out :meth:`update_views`'s diff without changing anything: call it from a worker thread
        and hand the plan to ``update_views`` (10,000 rows: 10–25 ms less on the UI thread)."""
        return self._table.plan(views)

    def update_views(
        self,
        views: Sequence[JobView],
        records: Iterable[JobRecord] | None = None,
        planned: PlannedRows | None = None,
    ) -> None:
        """Show ``views`` (newest first): gone rows are removed, changed ones emit ``dataChanged``, new ones
        are inserted on top. Never a reset. ``planned``: :meth:`plan_views` of ``views``, used when the
        rows did not change meanwhile."""
        self._updates += 1
        self._flush_changes()  # row numbers of changes still pending are about to shift
        if records is not None:
            self._records = {record.id: record for record in records}
        if planned is None or not self._table.is_current(planned):
            planned = self._table.plan(views)
        diff = self._table.commit(planned)
        if diff.empty:
            return
        for row in diff.removed:  # highest first
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        fresh = self._table.rows
        if diff.inserted:
            self.beginInsertRows(QModelIndex(), 0, diff.inserted - 1)
            self._rows[0:0] = fresh[: diff.inserted]
            self.endInsertRows()
        self._pending_changes = _ranges(diff.changed)
        self._emit_changes()
        if len(self._rows) != len(fresh):  # never expected: keep Qt's picture right anyway
            self._pending_changes = []
            self.beginResetModel()
            self._rows = list(fresh)
            self.endResetModel()

    def _emit_changes(self, budget: int = 0) -> None:
        """Show changed rows, about :data:`FILL_SLICE` at a time: the sort proxy re-places every changed
        row, so thousands at once (a refresh of 10,000 jobs) held the UI thread for 130 ms. The rest
        follows on the next turns of the event loop."""
        pending = self._pending_changes
        fresh = self._table.rows
        last_column = len(HEADERS) - 1
        budget = budget or FILL_SLICE
        while pending and budget > 0:
            first, last = pending[0]
            if last - first + 1 > budget:  # split a long range
                pending[0] = (first + budget, last)
                last = first + budget - 1
            else:
                pending.pop(0)
            budget -= last - first + 1
            self._rows[first : last + 1] = fresh[first : last + 1]
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        if pending and not self._change_timer.isActive():
            self._change_timer.start()

    def _flush_changes(self) -> None:
        if self._pending_changes:
            self._change_timer.stop()
            self._emit_changes(budget=len(self._rows) + 1)

    async def fill_in_slices(self, views: Sequence[JobView], records: Iterable[JobRecord]) -> None:
        """:meth:`update_views` for a first fill of many rows, :data:`FILL_SLICE` newest rows at a time
        with the event loop running in between: inserting 10,000 rows at once kept the UI thread for
        0.5–0.7 s (the sort proxy places every row; issue 13). The newest jobs show first."""
        if self._rows or len(views) <= FILL_SLICE:
            self.update_views(views, records)
            return
        self.update_views(views[:FILL_SLICE], records)
        for end in range(2 * FILL_SLICE, len(views) + FILL_SLICE, FILL_SLICE):
            updates = self._updates
            await asyncio.sleep(FILL_PAUSE_S)  # paint, input, timers
            if self._updates != updates:
                return  # a newer full list arrived meanwhile (a refresh): it has every row
            self.update_views(views[:end])

    def tick_clock(self) -> None:
        """Running time and "expires in" move with the clock: repaint (and re-sort) those columns."""
        if self._rows and any(not view.is_terminal for view in self._rows):
            self.dataChanged.emit(
                self.index(0, min(CLOCK_COLUMNS)),
                self.index(len(self._rows) - 1, max(CLOCK_COLUMNS)),
                [Qt.ItemDataRole.DisplayRole, SortRole],
            )


def _ranges(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as contiguous ``(first, last)`` ranges (one signal per range)."""
    ranges: list[tuple[int, int]] = []
    for row in sorted(rows):
        if ranges and row == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], row)
        else:
            ranges.append((row, row))
    return ranges


class JobsFilterProxy(QSortFilterProxyModel):
    """Filters the jobs table with the same :class:`JobFilter` the server list calls use, and sorts it by
    ``SortRole`` (numbers for times and progress). Defaults to newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = JobFilter()
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def job_filter(self) -> JobFilter:
        """The filter in use."""
        return self._filter

    def set_job_filter(self, job_filter: JobFilter) -> None:
        """Show only the rows ``job_filter`` matches."""
        if job_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = job_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._filter == _NO_FILTER:
            return True
        model = self.sourceModel()
        view = model.view_at(source_row) if isinstance(model, JobsTableModel) else None
        return view is not None and self._filter.matches(view)

    def view_at(self, row: int) -> JobView | None:
        """The JobView shown on a proxy row."""
        value = self.index(row, 0).data(JobRole)
        return value if isinstance(value, JobView) else None


_NO_FILTER = JobFilter()


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar: finished (completed + failed) out of total."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        value = index.data(ProgressRole)
        if not value or not value[2]:
            super().paint(painter, option, index)
            return
        completed, failed, total = value
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(3, 4, -3, -4))
        bar.minimum = 0
        bar.maximum = max(total, 1)
        bar.progress = min(completed + failed, bar.maximum)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        # Qt 6 reads the orientation from the state: without State_Horizontal the bar is drawn as a
        # vertical one (a thin full-width stripe, clipped text).
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.direction = option.direction
        bar.fontMetrics = option.fontMetrics
        bar.palette = option.palette
        style = option.widget.style() if isinstance(option.widget, QWidget) else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
