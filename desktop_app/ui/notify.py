"""Desktop notifications: a system tray message when a job ends while the window is in the background,
or a status-bar message where no tray exists (some Linux desktops, offscreen)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop_app import APP_NAME
from desktop_app.core.ledger import JobRecord

_CONTEXT = "Notifier"
MESSAGE_MS = 10_000


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class Notifier(Protocol):
    """Anything that can tell the user something outside the window (tests inject a fake)."""

    def notify(self, title: str, message: str, kind: str = "info") -> None:
        """Show ``message``; ``kind`` is "info", "warning" or "error"."""
        ...


def finished_message(job: JobRecord) -> tuple[str, str, str]:
    """``(title, message, kind)`` for a job that just ended, in plain words."""
    name = job.name or job.batch_id or QCoreApplication.translate("Notifier", "A job")
    ok = job.result_succeeded if job.result_succeeded is not None else job.completed
    failed = job.result_failed if job.result_failed is not None else job.failed
    total = job.request_count or job.total or ok + failed
    missing = max(0, total - ok - failed)
    counts = QCoreApplication.translate("Notifier", "{ok} answered, {failed} failed, {missing} missing.").format(
        ok=f"{ok:,}", failed=f"{failed:,}", missing=f"{missing:,}"
    )
    if job.status == "completed":
        if job.verdict == "incomplete":
            return (
                QCoreApplication.translate("Notifier", "Job incomplete"),
                QCoreApplication.translate(
                    "Notifier", "“{name}” says completed, but answers are missing: {counts}"
                ).format(name=name, counts=counts),
                "warning",
            )
        kind = "warning" if failed else "info"
        return (
            QCoreApplication.translate("Notifier", "Job completed"),
            QCoreApplication.translate("Notifier", "“{name}” completed: {counts}").format(name=name, counts=counts),
            kind,
        )
    if job.status == "failed":
        reason = job.errors[0].get("message") if job.errors else job.last_error
        text = QCoreApplication.translate("Notifier", "“{name}” failed.").format(name=name)
        if reason:
            text += " " + str(reason)
        return QCoreApplication.translate("Notifier", "Job failed"), text, "error"
    if job.status == "expired":
        return (
            QCoreApplication.translate("Notifier", "Job expired"),
            QCoreApplication.translate(
                "Notifier", "“{name}” ran out of time: {counts} Re-run the rest from the Jobs tab."
            ).format(name=name, counts=counts),
            "warning",
        )
    if job.status == "cancelled":
        return (
            QCoreApplication.translate("Notifier", "Job cancelled"),
            QCoreApplication.translate("Notifier", "“{name}” was cancelled: {counts}").format(name=name, counts=counts),
            "info",
        )
    return (
        QCoreApplication.translate("Notifier", "Job ended"),
        QCoreApplication.translate("Notifier", "“{name}” ended ({status}).").format(name=name, status=job.status),
        "info",
    )


class TrayNotifier(QObject):
    """Notifications through a system tray icon; ``fallback`` (e.g. the status bar) when there is none.

    Signals:
        clicked: the user clicked a notification (bring the window forward).
    """

    clicked = Signal()

    def __init__(self, icon: QIcon, fallback: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        self._fallback = fallback
        self._tray: QSystemTrayIcon | None = None

    @property
    def available(self) -> bool:
        """True when the desktop has a tray that shows messages."""
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    @property
    def has_tray(self) -> bool:
        """True when the desktop shows tray (menu-bar) icons at all."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def _ensure_tray(self) -> QSystemTrayIcon:
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._icon, self)
            self._tray.setObjectName("trayIcon")
            self._tray.setToolTip(APP_NAME)
            self._tray.messageClicked.connect(self.clicked)
            self._tray.activated.connect(self._on_activated)
        return self._tray

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Context:  # the right button opens the menu
            self.clicked.emit()

    def show_resident(self, menu: QMenu, tooltip: str) -> None:
        """Stay in the tray with ``menu`` while the window is closed (background checking)."""
        tray = self._ensure_tray()
        tray.setContextMenu(menu)
        tray.setToolTip(tooltip)
        tray.show()

    def notify(self, title: str, message: str, kind: str = "info") -> None:
        """Show a tray message (or the fallback)."""
        if not self.available:
            self._fallback(f"{title}: {message}")
            return
        self._ensure_tray().show()
        assert self._tray is not None
        icon = {
            "error": QSystemTrayIcon.MessageIcon.Critical,
            "warning": QSystemTrayIcon.MessageIcon.Warning,
        }.get(kind, QSystemTrayIcon.MessageIcon.Information)
        self._tray.showMessage(title, message, icon, MESSAGE_MS)

    def close(self) -> None:
        """Remove the tray icon (the window is closing)."""
        if self._tray is not None:
            self._tray.hide()
