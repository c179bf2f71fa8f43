"""Remote files: what is stored in a region's account, how close it is to the limits, and deleting files.

Also holds :func:`open_confirm`, the non-modal "are you sure?" box the jobs page uses too.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.jobs import DeleteReport, FilesPage, StorageUsage
from desktop_app.core.limits import MAX_STORED_BYTES, MAX_STORED_FILES
from desktop_app.core.service import FileInfo
from desktop_app.services.remote_files import files_used_by
from desktop_app.ui.controller import AppController
from desktop_app.ui.i18n import format_datetime
from desktop_app.ui.i18n import format_size as i18n_format_size
from desktop_app.ui.messages import region_name
from desktop_app.ui.tasks import TaskOwner
from desktop_app.ui.widgets import NoticeBar

COL_FILE, COL_PURPOSE, COL_SIZE, COL_CREATED, COL_USED_BY, COL_ID = range(6)
SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


def open_confirm(
    parent: QWidget,
    title: str,
    text: str,
    yes_text: str,
    no_text: str,
    on_yes: Callable[[], object],
    *,
    danger: bool = True,
) -> QMessageBox:
    """A non-modal question (``open()``, never ``exec()``); ``on_yes`` runs when the user agrees. Both
    buttons say what they do ("Cancel the job" / "Keep it running"), never a bare "Cancel"."""
    box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmBox")
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    yes.setAccessibleName(yes_text)
    no.setAccessibleName(no_text)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def done(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(done)
    box.open()
    return box


def format_size(size: int | None) -> str:
    """``"12.3 MB"`` in the window's language; empty when unknown."""
    return i18n_format_size(size)


class _Item(QTableWidgetItem):
    """A cell that sorts by ``SortRole`` (sizes and times as numbers)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SortRole), other.data(SortRole)
        if mine is None or theirs is None:
            return self.text().casefold() < other.text().casefold()
        return bool(mine < theirs)


class FilesDialog(QDialog):
    """A non-modal window listing a region's stored files, with delete and the storage limits."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tasks = TaskOwner(self.show_error)
        self.setObjectName("filesDialog")
        self.setWindowTitle(self.tr("Files on the server"))
        self.setModal(False)
        self.resize(1040, 560)
        self._after: str | None = None
        self._used_by: dict[str, str] = {}
        self.usage: StorageUsage | None = None
        self.confirm: QMessageBox | None = None

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every batch uploads its input file, and the service stores the output and error files. An "
                "account may keep at most {files} files or {gb} GB; uploads fail beyond that. Files of finished "
                "jobs whose answers are downloaded here can go."
            ).format(files=f"{MAX_STORED_FILES:,}", gb=f"{MAX_STORED_BYTES // 1024**3:,}"),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        region_label = QLabel(self.tr("&Region:"), self)
        self.region_combo = QComboBox(self)
        self.region_combo.setAccessibleName(self.tr("Region whose files are listed"))
        self.region_combo.setMinimumContentsLength(24)
        region_label.setBuddy(self.region_combo)
        self.region_combo.currentIndexChanged.connect(self._on_region_changed)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setAccessibleName(self.tr("Reload the file list"))
        self.reload_button.clicked.connect(lambda: self.tasks.spawn(self.reload(), self.tr("list the files")))
        bar.addWidget(region_label)
        bar.addWidget(self.region_combo)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        layout.addLayout(bar)

        usage_row = QHBoxLayout()
        self.usage_label = QLabel(self.tr("Counting the stored files…"), self)
        self.usage_label.setAccessibleName(self.tr("Storage used"))
        self.usage_label.setWordWrap(True)
        self.usage_bar = QProgressBar(self)
        self.usage_bar.setAccessibleName(self.tr("Share of the storage limit used"))
        self.usage_bar.setRange(0, 1000)
        self.usage_bar.setFormat("%p%")
        self.usage_bar.setMaximumWidth(220)
        usage_row.addWidget(self.usage_label, 1)
        usage_row.addWidget(self.usage_bar)
        layout.addLayout(usage_row)
        self.notice = NoticeBar("error", parent=self)
        layout.addWidget(self.notice)

        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Stored files"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File name"), self.tr("Purpose"), self.tr("Size"), self.tr("Uploaded"), self.tr("Used by"), "ID"]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        widths = ((COL_PURPOSE, 105), (COL_SIZE, 90), (COL_CREATED, 130), (COL_USED_BY, 200), (COL_ID, 150))
        for column, width in widths:
            header.resizeSection(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.more_button.setAccessibleName(self.tr("Load more files"))
        self.more_button.clicked.connect(lambda: self.tasks.spawn(self.load_more(), self.tr("list more files")))
        self.delete_button = QPushButton(self.tr("Delete selected…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected files from the server"))
        self.delete_button.clicked.connect(self.request_delete)
        self.auto_delete = QCheckBox(
            self.tr("Delete a job's input and result files from the server once its answers are downloaded"), self
        )
        self.auto_delete.setAccessibleName(self.tr("Delete remote files after a successful download"))
        self.auto_delete.setChecked(bool(controller.settings.get("delete_remote_after_download")))
        self.auto_delete.toggled.connect(self._on_auto_delete_toggled)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the files window"))
        self.close_button.clicked.connect(self.close)
        actions.addWidget(self.more_button)
        actions.addWidget(self.delete_button)
        actions.addSpacing(12)
        actions.addWidget(self.auto_delete, 1)
        actions.addWidget(self.close_button)
        layout.addLayout(actions)
        self._update_buttons()

    def _on_auto_delete_toggled(self, on: bool) -> None:
        self.tasks.spawn(self.controller.set_delete_remote_after_download(on), self.tr("save the setting"))

    # ----- messages ---------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """A non-modal error strip in this window."""
        self.notice.show_message(html.escape(message), "error")

    def show_info(self, message: str, kind: str = "success") -> None:
        """A non-modal info strip in this window."""
        self.notice.show_message(html.escape(message), kind)

    # ----- loading ----------------------------------------------------------------------------------
    @property
    def region_id(self) -> str:
        """The region whose files are shown."""
        return str(self.region_combo.currentData() or "")

    async def load(self, region_id: str | None = None) -> None:
        """Fill the region list (the sandbox and every region with a key) and list the files."""
        regions = await self.controller.watched_regions()
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        for rid in regions:
            self.region_combo.addItem(region_name(self.controller.region(rid)), rid)
        wanted = self.region_combo.findData(region_id) if region_id else -1
        self.region_combo.setCurrentIndex(max(0, wanted))
        self.region_combo.blockSignals(False)
        await self.reload()

    def _on_region_changed(self, _index: int) -> None:
        self.tasks.spawn(self.reload(), self.tr("list the files"))

    async def reload(self) -> None:
        """List the first page of files again, then count the whole account."""
        if not self.region_id:
            return
        self.table.setRowCount(0)
        self._after = None
        jobs = await self.controller.jobs()
        words = {
            "input": self.tr("input of “{name}”"),
            "answers": self.tr("answers of “{name}”"),
            "errors": self.tr("errors of “{name}”"),
        }
        used = await asyncio.to_thread(files_used_by, jobs, self.region_id)  # the same rule as `files list`
        self._used_by = {file_id: words[who.role].format(name=who.job_name) for file_id, who in used.items()}
        await self.load_more()
        self.tasks.spawn(self.count_usage(), self.tr("count the stored files"))

    async def load_more(self) -> FilesPage:
        """The next page of files."""
        self.more_button.setEnabled(False)
        region = self.region_id
        page = await self.controller.remote_files(region, after=self._after)
        if region != self.region_id:
            return page
        self._after = page.last_id
        self._add_rows(page.files)
        self.more_button.setEnabled(page.has_more)
        return page

    def _add_rows(self, files: list[FileInfo]) -> None:
        self.table.setSortingEnabled(False)
        for info in files:
            row = self.table.rowCount()
            self.table.insertRow(row)
            created = format_datetime(info.created_at) if info.created_at else ""
            cells: list[tuple[str, Any]] = [
                (info.filename or "", None),
                (info.purpose or "", None),
                (format_size(info.bytes), info.bytes or 0),
                (created, info.created_at or 0),
                (self._used_by.get(info.id, ""), None),
                (info.id, None),
            ]
            for column, (text, key) in enumerate(cells):
                item = _Item(text)
                item.setData(IdRole, info.id)
                if text and column in (COL_FILE, COL_USED_BY, COL_ID):
                    item.setToolTip(text)
                if key is not None:
                    item.setData(SortRole, key)
                if column == COL_SIZE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(COL_CREATED, Qt.SortOrder.DescendingOrder)
        self._update_buttons()

    async def count_usage(self) -> StorageUsage:
        """Walk the whole file list and show how close the account is to the limits."""
        region = self.region_id
        self.usage_label.setText(self.tr("Counting the stored files…"))
        usage = await self.controller.storage_usage(region)
        if region != self.region_id:
            return usage
        self.usage = usage
        text = self.tr("{files} of {max_files} files and {size} of {max_gb} GB used ({share} of the limit).").format(
            files=f"{usage.files:,}",
            max_files=f"{usage.max_files:,}",
            size=format_size(usage.bytes),
            max_gb=f"{usage.max_bytes // 1024**3:,}",
            share=f"{usage.fraction:.0%}",
        )
        if not usage.complete:
            text += " " + self.tr("(At least: the list was too long to count to the end.)")
        if usage.near_limit:
            text = "⚠ " + text + " " + self.tr("Delete old files: new uploads fail once a limit is reached.")
        self.usage_label.setText(text)
        self.usage_bar.setValue(min(1000, round(usage.fraction * 1000)))
        return usage

    # ----- delete -----------------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """The file ids of the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [str(item.data(IdRole)) for row in rows if (item := self.table.item(row, COL_ID)) is not None]

    def _update_buttons(self) -> None:
        count = len(self.selected_ids()) if self.table.selectionModel() else 0
        self.delete_button.setEnabled(count > 0)
        self.delete_button.setText(
            self.tr("Delete {count} selected…").format(count=count) if count else self.tr("Delete selected…")
        )

    def request_delete(self) -> QMessageBox | None:
        """Ask (non-modal), then delete the selected files."""
        ids = self.selected_ids()
        if not ids:
            return None
        in_use = [self._used_by[i] for i in ids if i in self._used_by]
        text = self.tr(
            "Delete {count} file(s) from the server? This cannot be undone. Answers already downloaded stay on "
            "this computer, but a job whose files are gone cannot be downloaded again from the server."
        ).format(count=len(ids))
        if in_use:
            text += "\n\n" + self.tr("Used by: {jobs}").format(jobs="; ".join(in_use[:5]))
        self.confirm = open_confirm(
            self,
            self.tr("Delete files from the server?"),
            text,
            self.tr("Delete"),
            self.tr("Keep them"),
            lambda: self.tasks.spawn(self.delete(ids), self.tr("delete the files")),
        )
        return self.confirm

    async def delete(self, file_ids: list[str]) -> DeleteReport:
        """Delete files and take them off the list."""
        report = await self.controller.delete_remote(self.region_id, file_ids)
        gone = set(report.deleted)
        for row in reversed(range(self.table.rowCount())):
            item = self.table.item(row, COL_ID)
            if item is not None and item.data(IdRole) in gone:
                self.table.removeRow(row)
        if report.failed:
            self.show_error(
                self.tr("{count} file(s) could not be deleted: {reason}").format(
                    count=len(report.failed), reason=next(iter(report.failed.values()))
                )
            )
        else:
            self.show_info(self.tr("Deleted {count} file(s) from the server.").format(count=len(report.deleted)))
        self.tasks.spawn(self.count_usage(), self.tr("count the stored files"))
        return report

    def done(self, result: int) -> None:
        if self.tasks.running:
            self._shutdown_task = asyncio.ensure_future(self.tasks.cancel_all())
        super().done(result)
