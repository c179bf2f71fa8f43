"""The window's settings changes: never written on the UI thread, all on disk once the window has shut
down (issue 13: the atomic write's fsync stalled the window up to 65 ms)."""

from __future__ import annotations

import asyncio
import gc
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from desktop_app.core import fileutil
from desktop_app.core.settings import Settings
from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import wait_for


@pytest.fixture(autouse=True)
def collect_in_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


def test_window_settings_are_written_off_the_ui_thread_and_flushed_at_shutdown(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced_on_ui_thread: list[str] = []
    synced = threading.Event()
    real_fsync = fileutil.os.fsync

    def fsync(fd: int) -> None:
        if threading.current_thread() is threading.main_thread():
            synced_on_ui_thread.append("fsync")
        synced.set()
        real_fsync(fd)

    release = threading.Event()
    real_write = Settings._write

    def slow_write(self: Settings, values: dict[str, Any]) -> None:
        assert release.wait(30)
        real_write(self, values)

    monkeypatch.setattr(fileutil.os, "fsync", fsync)
    monkeypatch.setattr(Settings, "_write", slow_write)
    path = controller.settings.path
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()

    async def scenario() -> None:
        await window.start()
        window.welcome.dismiss_button.click()  # settings.set("welcome_seen", True) in the slot
        window.select_region("cn")  # settings.set("region", …)
        assert controller.settings.get("welcome_seen") is True and controller.settings.get("region") == "cn"
        assert not path.exists(), "the UI thread did not wait for the disk"
        window.close()  # the user quits while the disk is slow: the shutdown waits for the writer
        threading.Timer(0.3, release.set).start()
        await wait_for(lambda: window._shutdown_done, what="the window shut down")

    qloop.run_until_complete(scenario())
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["welcome_seen"] is True and saved["region"] == "cn", "on disk once the window has shut down"
    assert synced.is_set() and synced_on_ui_thread == [], "the fsync never ran on the UI thread"
