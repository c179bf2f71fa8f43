"""Table model of jobs: rows are updated in place by job id, so selection and scroll survive refreshes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.core.ledger import JobRecord

COL_NAME, COL_STATUS, COL_PROGRESS, COL_REGION, COL_MODEL, COL_CREATED, COL_BATCH = range(7)
HEADERS = ("Name", "Status", "Progress", "Region", "Model", "Created", "Batch ID")

JobRole = Qt.ItemDataRole.UserRole + 1
ProgressRole = Qt.ItemDataRole.UserRole + 2

STATUS_TEXT = {
    "draft": "Preparing",
    "uploading": "Uploading",
    "uploaded": "Uploaded",
    "creating": "Submitting",
    "create_unknown": "Checking submit",
    "create_failed": "Not submitted",
    "validating": "Validating",
    "in_progress": "Running",
    "finalizing": "Finishing",
    "completed": "Completed",
    "failed": "Failed",
    "expired": "Expired",
    "cancelling": "Cancelling",
    "cancelled": "Cancelled",
}
_GREEN, _RED, _AMBER, _BLUE, _GREY = "#1b7f3b", "#b3261e", "#a05a00", "#1a5fb4", "#5e5c64"
STATUS_COLOUR = {
    "completed": _GREEN,
    "failed": _RED,
    "create_failed": _RED,
    "expired": _AMBER,
    "cancelled": _GREY,
    "cancelling": _GREY,
    "create_unknown": _AMBER,
}
_STATUS_ICON = {
    "completed": QStyle.StandardPixmap.SP_DialogApplyButton,
    "failed": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "create_failed": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "expired": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "create_unknown": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "cancelled": QStyle.StandardPixmap.SP_DialogCancelButton,
    "cancelling": QStyle.StandardPixmap.SP_DialogCancelButton,
}


def status_label(status: str) -> str:
    """Plain words for an API or local status."""
    return STATUS_TEXT.get(status, status.replace("_", " ").capitalize() or "Unknown")


def status_icon(status: str) -> QIcon:
    """An icon per status family, so status is never told by colour alone."""
    style = QApplication.style()
    return style.standardIcon(_STATUS_ICON.get(status, QStyle.StandardPixmap.SP_BrowserReload))


def format_time(epoch: int | float | None) -> str:
    """Local time ``YYYY-MM-DD HH:MM``, or empty."""
    if not epoch:
        return ""
    return dt.datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M")


class JobsTableModel(QAbstractTableModel):
    """One row per ledger job, keyed by job id."""

    def __init__(self, region_names: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[JobRecord] = []
        self._row_of: dict[int, int] = {}
        self.region_names = region_names or {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        column = index.column()
        if role == JobRole:
            return job
        if role == ProgressRole and column == COL_PROGRESS:
            return (job.completed, job.failed, job.total or job.request_count or 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(job, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return status_icon(job.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and job.status in STATUS_COLOUR:
            return QBrush(QColor(STATUS_COLOUR[job.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_STATUS and job.last_error:
                return job.last_error
            if column == COL_BATCH:
                return job.batch_id or "Not created on the server yet"
        return None

    def _display(self, job: JobRecord, column: int) -> str | None:
        total = job.total or job.request_count or 0
        if column == COL_NAME:
            return job.name or (file_name(job.input_path) if job.input_path else job.batch_id or "Untitled")
        if column == COL_STATUS:
            return status_label(job.status)
        if column == COL_PROGRESS:
            failed = f", {job.failed} failed" if job.failed else ""
            return f"{job.completed + job.failed} / {total}{failed}"
        if column == COL_REGION:
            return self.region_names.get(job.region_id, job.region_id)
        if column == COL_MODEL:
            return job.model
        if column == COL_CREATED:
            return format_time(job.created_at)
        if column == COL_BATCH:
            return job.batch_id or "—"
        return None

    def job_at(self, row: int) -> JobRecord | None:
        """The job shown on a row."""
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def row_of(self, job_id: int) -> int | None:
        """The row showing a job id."""
        return self._row_of.get(job_id)

    def update_jobs(self, jobs: list[JobRecord]) -> None:
        """Merge a fresh list: changed rows emit dataChanged, new ones are inserted, gone ones removed."""
        fresh = {job.id: job for job in jobs}
        for job_id in [j.id for j in self._jobs if j.id not in fresh]:
            row = self._row_of[job_id]
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._jobs[row]
            self._reindex()
            self.endRemoveRows()
        last_column = len(HEADERS) - 1
        for row, old in enumerate(self._jobs):
            new = fresh[old.id]
            if new != old:
                self._jobs[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
        new_jobs = [job for job in jobs if job.id not in self._row_of]
        if new_jobs:
            # Newest first: new jobs go on top.
            self.beginInsertRows(QModelIndex(), 0, len(new_jobs) - 1)
            self._jobs[0:0] = new_jobs
            self._reindex()
            self.endInsertRows()

    def _reindex(self) -> None:
        self._row_of = {job.id: row for row, job in enumerate(self._jobs)}


def file_name(path: str) -> str:
    """The file name part of a path string."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar: finished (completed + failed) out of total."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        value = index.data(ProgressRole)
        if not value:
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
        bar.state = option.state
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
