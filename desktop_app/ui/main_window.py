"""The main window: the region bar, the message strips, and the two steps as tabs."""

from __future__ import annotations

import asyncio
import html
import logging
from pathlib import Path

from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.ledger import JobRecord
from desktop_app.core.regions import RegionKind
from desktop_app.ui.controller import AppController
from desktop_app.ui.jobs_model import status_label
from desktop_app.ui.jobs_page import JobsPage
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.submit_page import SubmitPage
from desktop_app.ui.tasks import TaskOwner
from desktop_app.ui.widgets import NoticeBar

log = logging.getLogger(__name__)

TAB_SUBMIT, TAB_JOBS = 0, 1


class MainWindow(QMainWindow):
    """Region bar on top; two tabs: prepare and submit, jobs and results."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tasks = TaskOwner(self.show_error)
        self._closing = False
        self._shutdown_done = False
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1100, 760)

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 10, 12, 8)
        outer.addLayout(self._build_region_bar(central))
        self.sandbox_notice = NoticeBar("sandbox", closable=False, parent=central)
        self.sandbox_notice.show_message(
            self.tr(
                "<b>Sandbox:</b> answers here are <b>simulated</b> on this computer — nothing is sent to Alibaba "
                "Cloud and nothing is billed. Use it to try the whole path. For real answers, add an API key "
                "with <i>API keys…</i> and pick International or Mainland China above."
            )
        )
        outer.addWidget(self.sandbox_notice)
        self.notice = NoticeBar("error", parent=central)
        outer.addWidget(self.notice)

        self.submit_page = SubmitPage(self, central)
        self.submit_page.submitted.connect(self._on_submitted)
        self.jobs_page = JobsPage(self, central)
        self.jobs_page.job_finished.connect(self._announce_finished)
        self.tabs = QTabWidget(central)
        self.tabs.addTab(self.submit_page, self.tr("1 · Prepare and submit"))
        self.tabs.addTab(self.jobs_page, self.tr("2 · Jobs and results"))
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Ready"))

        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.submit_page.choose_file)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit_page.request_submit)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.jobs_page.request_refresh)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.jobs_page.request_export)

    def _build_region_bar(self, parent: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        region_label = QLabel(self.tr("&Region:"), parent)
        self.region_combo = QComboBox(parent)
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.region_combo.setMinimumContentsLength(28)
        region_label.setBuddy(self.region_combo)
        for region in self.controller.regions():
            self.region_combo.addItem(region.name, region.id)
        self.region_combo.currentIndexChanged.connect(self._on_region_changed)
        self.key_status = QLabel(parent)
        self.key_status.setAccessibleName(self.tr("Key status"))
        self.settings_button = QPushButton(self.tr("API keys…"), parent)
        self.settings_button.setAccessibleName(self.tr("Open API key settings"))
        self.settings_button.clicked.connect(self.open_settings)
        bar.addWidget(region_label)
        bar.addWidget(self.region_combo)
        bar.addSpacing(12)
        bar.addWidget(self.key_status, 1)
        bar.addWidget(self.settings_button)
        return bar

    # ----- start-up and region --------------------------------------------------------------------
    async def start(self) -> None:
        """Pick the starting region (sandbox when no key exists), load jobs and start refreshing."""
        region_id = await self.controller.first_region_with_key() or "sandbox"
        self.select_region(region_id)
        await self.update_key_status()
        self.jobs_page.model.update_jobs(await self.controller.jobs())
        await self.jobs_page.refresh_now()

    def select_region(self, region_id: str) -> None:
        """Show ``region_id`` in the selector."""
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
        self.tasks.spawn(self._after_region_change(), self.tr("switch region"))

    async def _after_region_change(self) -> None:
        await self.update_key_status()
        if self.submit_page.current_path is not None:
            await self.submit_page.load_file(self.submit_page.current_path)

    async def update_key_status(self) -> None:
        """Say whether the current region has a key and where it lives (never the key itself)."""
        state = await self.controller.key_state(self.region_id)
        region = self.controller.region(self.region_id)
        if not region.needs_key:
            self.key_status.setText(self.tr("No key needed — simulated answers"))
        elif state.has_key:
            self.key_status.setText(
                self.tr("Key {masked} · stored in {where}").format(masked=state.masked, where=state.where)
            )
        else:
            self.key_status.setText(
                "<span style='color:#b3261e'>" + self.tr("No API key for this region — press “API keys…”") + "</span>"
            )

    # ----- messages -------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """A non-modal error strip; the window stays usable."""
        self.notice.show_message(html.escape(message), "error")
        self.statusBar().showMessage(self.tr("Something needs your attention — see the message at the top."), 8000)

    def show_info(self, message: str, kind: str = "success") -> None:
        """A non-modal info or success strip."""
        self.notice.show_message(html.escape(message), kind)

    # ----- files dropped anywhere on the window ---------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.tabs.setCurrentIndex(TAB_SUBMIT)
            self.submit_page.open_paths(paths)

    # ----- between the pages ----------------------------------------------------------------------
    def _on_submitted(self, job: JobRecord) -> None:
        self.tabs.setCurrentIndex(TAB_JOBS)
        self.tasks.spawn(self.jobs_page.show_submitted(job), self.tr("show the new job"))

    def _announce_finished(self, job: JobRecord) -> None:
        self.statusBar().showMessage(
            self.tr("“{name}” {status}: answers downloaded.").format(name=job.name, status=status_label(job.status)),
            10000,
        )
        if job.status == "completed":
            self.show_info(
                self.tr("“{name}” is complete. Select it in the Jobs tab and press “Export CSV for Excel…”.").format(
                    name=job.name
                )
            )

    # ----- settings -------------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        """Open the (non-modal) API key settings."""
        dialog = SettingsDialog(self.controller, self.tasks, self)
        dialog.keys_changed.connect(
            lambda: self.tasks.spawn(self.update_key_status(), self.tr("update the key status"))
        )
        dialog.open()
        self.tasks.spawn(dialog.load(), self.tr("read the stored keys"))
        return dialog

    # ----- shutdown -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shutdown_done:
            event.accept()
            return
        event.ignore()
        if not self._closing:
            self._closing = True
            self.jobs_page.stop()
            self._shutdown_task = asyncio.ensure_future(self._shutdown())

    async def _shutdown(self) -> None:
        """Stop timers and tasks, close network clients, then really close."""
        await self.tasks.cancel_all()
        await self.controller.aclose()
        self._shutdown_done = True
        self.close()
