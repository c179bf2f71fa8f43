"""The window's side of a slow server (issue 10): a retry's countdown and "still waiting".

* A retry that waits 3 s or more shows "Server busy, retrying in N s (attempt 2 of 5)" on the window's
  notice bar, counting down each second (a QTimer: nothing waits on the UI thread); at zero the notice
  goes (the next answer, a new retry or an error says what happened).
* A call without an answer for :data:`desktop_app.core.service.WAIT_NOTICE_S` puts "No answer from the
  server yet (12 s); still waiting, for up to 60 s" in the status bar, counting up each second until
  the call ends.
"""

from __future__ import annotations

import html
import math
import time
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QStatusBar

from desktop_app.ui.widgets import NoticeBar

LONG_RETRY_S = 3.0  # shorter retries pass without a notice (the CLI prints every one)


class ServerWaits(QObject):
    """Shows the service's :class:`RetryNotice` and :class:`WaitNotice` (``on_retry`` / ``on_wait``)."""

    def __init__(self, notice: NoticeBar, status: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notice = notice
        self.status = status
        self._retry: Any = None
        self._retry_end = 0.0
        self._retry_text = ""
        self.retry_timer = QTimer(self)  # single shot, re-armed for the next whole second left
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.retry_timer.timeout.connect(self._retry_tick)
        self._waits: dict[int, tuple[Any, float]] = {}  # id(operation's notice stream) → (notice, started)
        self._wait_text = ""
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self._wait_tick)

    # -- retries --

    def retry(self, notice: Any) -> None:
        """A retry is about to wait ``notice.delay`` seconds."""
        if notice.delay < LONG_RETRY_S:
            return
        self._retry = notice
        self._retry_end = time.monotonic() + notice.delay
        self._retry_tick()

    def retry_text(self, seconds: int) -> str:
        notice = self._retry
        if notice.operation == "create-check":
            return self.tr("Checking whether the batch was created, in {seconds} s").format(seconds=seconds)
        if type(notice.error).__name__ == "NetworkError":
            text = self.tr("Connection problem, retrying in {seconds} s (attempt {attempt} of {attempts})")
        else:
            text = self.tr("Server busy, retrying in {seconds} s (attempt {attempt} of {attempts})")
        return text.format(seconds=seconds, attempt=notice.attempt, attempts=notice.attempts)

    def _retry_tick(self) -> None:
        remaining = self._retry_end - time.monotonic()
        left = math.ceil(remaining - 0.02)
        showing = self.notice.isVisible() and self.notice.message == self._retry_text
        if left <= 0:
            self.retry_timer.stop()
            if showing:
                self.notice.hide()
            self._retry_text = ""
            return
        if self._retry_text and not showing:  # another message took the bar: stop counting over it
            self.retry_timer.stop()
            self._retry_text = ""
            return
        self._retry_text = html.escape(self.retry_text(left))
        self.notice.show_message(self._retry_text, "warning")
        self.retry_timer.start(max(20, round((remaining - (left - 1)) * 1000)))  # when it reads one less

    # -- calls without an answer --

    def wait(self, notice: Any) -> None:
        """A call has had no answer for ``notice.waited`` seconds, or (``finished``) has ended."""
        key = hash(notice.operation)
        if notice.finished:
            self._waits.pop(key, None)
            if not self._waits:
                self.wait_timer.stop()
                if self.status.currentMessage() == self._wait_text:
                    self.status.clearMessage()
                self._wait_text = ""
            return
        self._waits[key] = (notice, time.monotonic() - notice.waited)
        self._wait_tick()
        self.wait_timer.start()

    def _wait_tick(self) -> None:
        if not self._waits:
            self.wait_timer.stop()
            return
        notice, started = min(self._waits.values(), key=lambda item: item[1])  # the longest wait
        waited = max(0, round(time.monotonic() - started))
        text = self.tr("No answer from the server yet ({seconds} s); still waiting, for up to {limit} s")
        self._wait_text = text.format(seconds=waited, limit=round(notice.limit))
        self.status.showMessage(self._wait_text)

    def stop(self) -> None:
        """Stop both timers (the window is closing)."""
        self.retry_timer.stop()
        self.wait_timer.stop()
