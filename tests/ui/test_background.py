"""Closing the window while jobs run for days: with "keep checking in the background" on (and a tray),
the window goes to the tray and keeps checking; Quit really quits. Without a tray the setting cannot be
switched on and Settings says how to come back."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notify import TrayNotifier

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")


def _until(qloop: asyncio.AbstractEventLoop, predicate, what: str) -> None:
    for _ in range(300):
        if predicate():
            return
        qloop.run_until_complete(asyncio.sleep(0.02))
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A desktop with a tray; tray messages are recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, text, *a: shown.append((title, text)))
    return shown


def test_closing_goes_to_the_tray_and_keeps_checking_until_quit(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, tray: list[tuple[str, str]]
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qloop.run_until_complete(window.start())
    dialog = window.open_settings()
    assert dialog.background_check.isEnabled() and not dialog.background_check.isChecked()
    dialog.background_check.setChecked(True)
    assert controller.settings.get("check_in_background") is True
    dialog.close()
    ended: list[bool] = []
    window.shut_down.connect(lambda: ended.append(True))

    window.close()
    qloop.run_until_complete(asyncio.sleep(0.1))
    assert window.resident and not window.isVisible() and not ended, "closed to the tray, not shut down"
    assert not window._closing, "its refresh timers and tasks keep running"
    assert tray and tray[0][0] == "Still checking your jobs", "told once where it went"
    assert isinstance(window.notifier, TrayNotifier) and window.notifier._tray is not None
    menu = window.notifier._tray.contextMenu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == ["Open Batch Desk", "Quit Batch Desk"]

    menu.actions()[0].trigger()  # Open
    assert window.isVisible() and not window.resident
    window.close()  # back to the tray, without a second message
    qloop.run_until_complete(asyncio.sleep(0.05))
    assert window.resident and len(tray) == 1
    menu.actions()[-1].trigger()  # Quit
    _until(qloop, lambda: ended, "the window shuts down")


def test_quit_and_restart_never_stay_in_the_tray(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, tray: list[tuple[str, str]]
) -> None:
    controller.settings.set("check_in_background", True)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    ended: list[bool] = []
    window.shut_down.connect(lambda: ended.append(True))
    window.actions_by_name["quit"].trigger()
    _until(qloop, lambda: ended, "Ctrl+Q quits")
    assert not window.resident


def test_without_a_tray_the_setting_is_off_and_settings_say_how_to_come_back(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    controller.settings.set("check_in_background", True)  # chosen on another desktop
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_settings()
    assert not dialog.background_check.isEnabled() and not dialog.background_check.isChecked()
    assert "start Batch Desk again" in dialog.background_note.text()
    dialog.close()
    ended: list[bool] = []
    window.shut_down.connect(lambda: ended.append(True))
    window.close()
    _until(qloop, lambda: ended, "the window shuts down")
    assert not window.resident
