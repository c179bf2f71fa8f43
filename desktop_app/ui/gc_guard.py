"""Run Python's garbage collector on the GUI thread only.

A collection runs in whichever thread happens to allocate when a threshold is crossed — often a worker
thread of ``asyncio.to_thread``. If it frees a Qt object there (a closed dialog, a timer, a model), Qt
complains ("Timers cannot be stopped from another thread") and may crash later. So automatic
collection is switched off and a GUI-thread timer collects instead: the young generation often, a full
collection now and then.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_INTERVAL_MS = 1_000
FULL_EVERY_TICKS = 60


class GuiThreadCollector(QObject):
    """Owns the collection timer; ``stop()`` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setObjectName("gcTimer")
        self._timer.setInterval(YOUNG_INTERVAL_MS)
        self._timer.timeout.connect(self._collect)

    def start(self) -> None:
        """Turn automatic collection off and start collecting on this (the GUI) thread."""
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Stop the timer, collect once more, and turn automatic collection back on."""
        self._timer.stop()
        gc.collect()
        gc.enable()

    def _collect(self) -> None:
        self._ticks += 1
        if self._ticks % FULL_EVERY_TICKS == 0:
            gc.collect()
        else:
            gc.collect(0)
