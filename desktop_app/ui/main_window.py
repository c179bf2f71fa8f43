"""The main window: the region bar, the message strips, and the two steps as tabs."""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.ledger import JobRecord
from desktop_app.core.regions import RegionKind
from desktop_app.core.settings import FLUSH_TIMEOUT_S
from desktop_app.ui.about_dialog import AboutDialog, open_folder
from desktop_app.ui.controller import AppController
from desktop_app.ui.jobs_model import status_label
from desktop_app.ui.jobs_page import JobsPage
from desktop_app.ui.messages import region_name
from desktop_app.ui.messages import text as catalogue_text
from desktop_app.ui.notify import Notifier, TrayNotifier, finished_message
from desktop_app.ui.server_waits import ServerWaits
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.submit_page import STEP_START, SubmitPage
from desktop_app.ui.tasks import TaskOwner
from desktop_app.ui.welcome import WelcomePanel, sample_path
from desktop_app.ui.widgets import NoticeBar

log = logging.getLogger(__name__)

TAB_SUBMIT, TAB_JOBS = 0, 1


class MainWindow(QMainWindow):
    """Region bar on top; two tabs: prepare and submit, jobs and results.

    Signals:
        shut_down: the window finished closing for good (tasks cancelled, clients closed).
    """

    shut_down = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tasks = TaskOwner(self.show_error)
        self._closing = False
        self._shutdown_done = False
        self.restart_requested = False  # app.py starts the app again once this window has closed
        self.resident = False  # closed to the tray, still checking jobs (setting "check_in_background")
        self._quit_requested = False
        self._resident_told = False
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
        # First run (issue 6): the three steps, where to get a key, a sample to try; Help ▸ Welcome brings it back.
        self.welcome = WelcomePanel(controller.regions(), central)
        self.welcome.try_sample_requested.connect(self.try_sample)
        self.welcome.keys_requested.connect(self.open_settings)
        self.welcome.dismissed.connect(lambda: self.controller.settings.set("welcome_seen", True))
        self.welcome.setVisible(not controller.settings.get("welcome_seen"))
        outer.addWidget(self.welcome)

        self.submit_page = SubmitPage(self, central)
        self.submit_page.stack.currentChanged.connect(self._on_step_changed)
        self.submit_page.submitted.connect(self._on_submitted)
        self.submit_page.rehearsal_submitted.connect(self._on_rehearsal_submitted)
        self.jobs_page = JobsPage(self, central)
        self.jobs_page.job_finished.connect(self._announce_finished)
        self.jobs_page.job_finished.connect(self.submit_page.on_job_finished)
        self.tabs = QTabWidget(central)
        self.tabs.addTab(self.submit_page, self.tr("1 · Prepare and submit"))
        self.tabs.addTab(self.jobs_page, self.tr("2 · Jobs and results"))
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Ready"))
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        # Jobs that end while the window is in the background: a tray message, else the status bar.
        self.notifier: Notifier = TrayNotifier(icon, lambda text: self.statusBar().showMessage(text, 15000), self)
        if isinstance(self.notifier, TrayNotifier):
            self.notifier.clicked.connect(self._bring_forward)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        # issue 10: a long retry counts down on the notice bar; an unanswered call shows in the status bar
        self.server_waits = ServerWaits(self.notice, self.statusBar(), self)
        controller.on_retry = self.server_waits.retry
        controller.on_wait = self.server_waits.wait

    # ----- menus and shortcuts (issue 6: every shortcut has a menu entry that shows it) -----------------
    def _build_menus(self) -> None:
        """File, Edit, Jobs and Help menus; their actions carry the window's keyboard shortcuts."""
        bar = self.menuBar()

        def add(
            menu: QMenu, name: str, text: str, slot: Callable[[], object], *keys: QKeySequence.StandardKey | str
        ) -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            sequences: dict[str, QKeySequence] = {}
            for key in keys:
                for sequence in QKeySequence.keyBindings(key) if not isinstance(key, str) else [QKeySequence(key)]:
                    if sequence.count():
                        sequences.setdefault(sequence.toString(), sequence)
            action.setShortcuts(list(sequences.values()))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions_by_name[name] = action
            return action

        std = QKeySequence.StandardKey
        file_menu = bar.addMenu(self.tr("&File"))
        add(file_menu, "open", self.tr("&Open…"), self.submit_page.choose_file, std.Open)
        add(
            file_menu,
            "save",
            self.tr("&Save requests as JSONL…"),
            self.submit_page.request_save,
            QKeySequence.StandardKey.Save,
        )
        add(file_menu, "export", self.tr("&Export answers…"), self.export_answers, "Ctrl+E")
        file_menu.addSeparator()
        add(file_menu, "settings", self.tr("Se&ttings…"), self.open_settings, "Ctrl+,")
        file_menu.addSeparator()
        add(file_menu, "quit", self.tr("&Quit"), self.quit_app, std.Quit, "Ctrl+Q")
        edit_menu = bar.addMenu(self.tr("&Edit"))
        add(edit_menu, "find", self.tr("&Find in the requests…"), self._find, std.Find)
        jobs_menu = bar.addMenu(self.tr("&Jobs"))
        add(jobs_menu, "submit", self.tr("&Submit batch"), self.submit_page.request_submit, "Ctrl+Return", "Ctrl+Enter")
        add(
            jobs_menu,
            "refresh",
            self.tr("&Refresh"),
            self.jobs_page.request_refresh,
            QKeySequence.StandardKey.Refresh,
            "F5",
        )
        add(jobs_menu, "remote_files", self.tr("Files on the ser&ver…"), self.jobs_page.open_remote_files)
        help_menu = bar.addMenu(self.tr("&Help"))
        add(help_menu, "welcome", self.tr("&Welcome"), self.show_welcome)
        add(help_menu, "diagnostics", self.tr("&Copy diagnostics"), self.copy_diagnostics)
        add(help_menu, "logs", self.tr("Open the &log folder"), self.open_log_folder)
        help_menu.addSeparator()
        add(help_menu, "about", self.tr("&About {app}").format(app=APP_NAME), self.open_about)

    def export_answers(self) -> None:
        """File ▸ Export answers… (Ctrl+E): the selected job's answers, from the Jobs tab."""
        self.tabs.setCurrentIndex(TAB_JOBS)
        self.jobs_page.request_export()

    def show_welcome(self) -> None:
        """Help ▸ Welcome: show the first-run panel again."""
        self.welcome.show()
        self.welcome.sample_button.setFocus()

    def try_sample(self) -> None:
        """The welcome panel's sample: the Sandbox region, and the two-line test-model file in step 1."""
        self.select_region("sandbox")
        self.tabs.setCurrentIndex(TAB_SUBMIT)
        self.welcome.hide()
        self.controller.settings.set("welcome_seen", True)
        self.submit_page.open_paths([sample_path()])

    def _on_step_changed(self, step: int) -> None:
        """A file is open: the welcome has done its job; it stays reachable from Help ▸ Welcome."""
        if step != STEP_START and self.welcome.isVisible():
            self.welcome.hide()
            self.controller.settings.set("welcome_seen", True)

    def open_about(self) -> AboutDialog:
        """Help ▸ About: versions, folders, keychain (non-modal)."""
        dialog = AboutDialog(self.controller.paths, self.controller.keystore, self)
        dialog.open()
        self.tasks.spawn(dialog.load(), self.tr("look up the keychain"))
        return dialog

    def open_log_folder(self) -> None:
        """Help ▸ Open the log folder, in the file manager."""
        open_folder(self.controller.paths.logs)

    def _build_region_bar(self, parent: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        region_label = QLabel(self.tr("&Region:"), parent)
        self.region_combo = QComboBox(parent)
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.region_combo.setMinimumContentsLength(28)
        region_label.setBuddy(self.region_combo)
        for region in self.controller.regions():
            self.region_combo.addItem(region_name(region), region.id)
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
        await self.jobs_page.load()
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
        await self.submit_page.region_changed()

    async def update_key_status(self) -> None:
        """Say whether the current region has a key and where it lives (never the key itself)."""
        state = await self.controller.key_state(self.region_id)
        region = self.controller.region(self.region_id)
        if not region.needs_key:
            self.key_status.setText(self.tr("No key needed — simulated answers"))
        elif state.has_key:
            self.key_status.setText(
                self.tr("Key {masked} · stored in {where}").format(
                    masked=state.masked, where=catalogue_text(state.place)
                )
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

    def _on_rehearsal_submitted(self, job: JobRecord) -> None:
        """A rehearsal stays on the editor; the jobs page lists it and polls fast."""
        self.tasks.spawn(self.jobs_page.show_submitted(job), self.tr("show the rehearsal job"))

    def _find(self) -> None:
        self.tabs.setCurrentIndex(TAB_SUBMIT)
        self.submit_page.focus_find()

    def in_background(self) -> bool:
        """True when the user is not looking at the window (another window is active, or it is minimized)."""
        return not self.isVisible() or self.isMinimized() or not self.isActiveWindow()

    def _bring_forward(self) -> None:
        self.resident = False
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentIndex(TAB_JOBS)

    def copy_diagnostics(self) -> None:
        """Put the redacted diagnostics report on the clipboard (for a support request)."""
        self.tasks.spawn(self._copy_diagnostics(), self.tr("collect the diagnostics"))

    async def _copy_diagnostics(self) -> str:
        text = await self.controller.diagnostics(self.region_id)
        QGuiApplication.clipboard().setText(text)
        self.show_info(
            self.tr("Diagnostics copied: versions, regions, folders and the last log lines, with keys removed."),
            "info",
        )
        return text

    def _announce_finished(self, job: JobRecord) -> None:
        if self.in_background() and job.id != self.submit_page.rehearsal_job_id:
            self.notifier.notify(*finished_message(job))
        self.statusBar().showMessage(
            self.tr("“{name}” {status}: answers downloaded.").format(name=job.name, status=status_label(job.status)),
            10000,
        )
        if job.status == "completed" and job.id != self.submit_page.rehearsal_job_id:
            self.show_info(
                self.tr("“{name}” is complete. Select it in the Jobs tab and press “Open results”.").format(
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
        dialog.restart_requested.connect(self.request_restart)
        dialog.open()
        self.tasks.spawn(dialog.load(), self.tr("read the stored keys"))
        return dialog

    def request_restart(self) -> bool:
        """Close and start again (a new language); refused while a batch is being submitted."""
        page = self.submit_page
        if page._submitting:
            self.show_error(self.tr("A batch is being submitted. Restart when it has been sent."))
            return False
        self.restart_requested = True
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible():
                widget.close()
        self.close()
        return True

    # ----- shutdown -------------------------------------------------------------------------------
    def quit_app(self) -> None:
        """File ▸ Quit (and the tray's Quit): close for good, even with background checking on."""
        self._quit_requested = True
        self.close()

    def stays_in_background(self) -> bool:
        """Closing the window keeps the app checking from the tray: the setting is on, this desktop
        shows tray icons, and the user did not ask to quit or restart."""
        wanted = bool(self.controller.settings.get("check_in_background"))
        tray = isinstance(self.notifier, TrayNotifier) and self.notifier.has_tray
        return wanted and tray and not (self._quit_requested or self.restart_requested or self._closing)

    def _go_to_background(self) -> None:
        assert isinstance(self.notifier, TrayNotifier)
        self.resident = True
        menu = QMenu(self)
        menu.setObjectName("trayMenu")
        menu.addAction(self.tr("Open Batch Desk"), self._bring_forward)
        menu.addSeparator()
        menu.addAction(self.tr("Quit Batch Desk"), self.quit_app)
        self.notifier.show_resident(menu, self.tr("Batch Desk: checking your jobs"))
        self.hide()
        if not self._resident_told:
            self._resident_told = True
            self.notifier.notify(
                self.tr("Still checking your jobs"),
                self.tr(
                    "Batch Desk keeps checking in the background and tells you when a job ends. Click its icon "
                    "to open it; choose Quit in its menu to stop."
                ),
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shutdown_done:
            event.accept()
            return
        event.ignore()
        if self.stays_in_background():
            self._go_to_background()
            return
        if not self._closing:
            self._closing = True
            self.jobs_page.stop()
            self.server_waits.stop()
            if isinstance(self.notifier, TrayNotifier):
                self.notifier.close()
            self._shutdown_task = asyncio.ensure_future(self._shutdown())

    async def _shutdown(self) -> None:
        """Stop timers and tasks, close network clients, then really close."""
        await self.tasks.cancel_all()
        await self.controller.aclose()
        # the settings' writer thread: the last change on disk before the process ends
        await asyncio.to_thread(self.controller.settings.flush, FLUSH_TIMEOUT_S)
        self._shutdown_done = True
        self.close()
        self.shut_down.emit()  # app.py ends the loop (also when the window was hidden in the tray)
