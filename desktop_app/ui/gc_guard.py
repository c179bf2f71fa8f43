"""Run Python's garbage collector on the GUI thread only, in pieces too small to notice.

A collection runs in whichever thread happens to allocate when a threshold is crossed — often a worker
thread of ``asyncio.to_thread``. If it frees a Qt object there (a closed dialog, a timer, a model), Qt
complains ("Timers cannot be stopped from another thread") and may crash later. So automatic
collection is switched off and a GUI-thread timer collects instead.

What a collection costs is the number of objects it looks at, so (issue 13, measured with
``benchmarks.ui_stalls``):

* :meth:`GuiThreadCollector.freeze_start_up` moves everything alive once the first screen is filled —
  modules, classes, the Qt wrappers of the window, tens of thousands of objects that live as long as
  the app — into the permanent generation (``gc.freeze()``): no later collection walks them again.
* The timer checks the allocation counts every :data:`CHECK_INTERVAL_MS` and collects only the
  generation whose count is due (as Python itself would: young after :data:`YOUNG_THRESHOLD` net
  allocations, the middle one every :data:`MIDDLE_EVERY` young ones).
* A young generation of :data:`FREEZE_YOUNG` objects or more (young + middle, for a middle
  collection: :data:`FREEZE_MIDDLE`) is frozen instead of scanned: ``gc.freeze`` costs the same for ten
  objects or a million. That many young objects are data a worker just built and keeps — a results
  window's index, a bulk pass's parsed answers, 10,000 job rows — not garbage: scanning them on the GUI
  thread was the longest stall left (158–215 ms for ~1,000,000 objects after an export or the results
  window's index). The generation's size is measured (``gc.get_objects``), not taken from the
  allocation count, which frees in *older* generations lower. Reference counting still frees frozen
  objects when they are dropped; only a reference *cycle* that happened to be in the generations at
  that moment stays until the app quits (``stop()`` collects it then).
* That size is taken in one C call chain (:func:`generation_size`), never as ``len(gc.get_objects(n))``:
  the list holds a reference to *every* young object, and when the interpreter switched threads while it
  was alive, a worker inside ``tuple(<generator>)`` found its unfinished tuple shared and failed with
  "SystemError: Objects/tupleobject.c: bad argument to internal function" — the merged export of a
  1,000,000-row group failed so (issue 13, ``benchmarks.million_window``).
* The same timer asks :class:`~desktop_app.core.memory.MemoryReleaser` once a second whether the
  process grew enough to give the C allocator's free pages back (in a background thread).
* A full collection waits until the objects that reached the old generation since the last one are
  at least a quarter of it (CPython's own rule against quadratic work; counted here from the middle
  collections' survivors) and at least :data:`FULL_MIN_INTERVAL_S` apart.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer

from desktop_app.core import bulk
from desktop_app.core.memory import MemoryReleaser

log = logging.getLogger("desktop_app.gc")

CHECK_INTERVAL_MS = 25
START_UP_GRACE_S = 30.0
YOUNG_THRESHOLD = 2_000
MIDDLE_EVERY = 10
FULL_MIN_INTERVAL_S = 60.0
FULL_GROWTH_SHARE = 0.25
FULL_MIN_PENDING = 20_000
SLOW_MS = 30.0
MEMORY_CHECK_S = 1.0  # how often the timer asks whether to give freed memory back
FREEZE_YOUNG = 20_000  # this many young objects (~3 ms to scan quiet, 10–40 ms loaded) are frozen, not scanned
FREEZE_MIDDLE = 60_000  # a middle collection that would scan this many (young + middle) freezes them instead


def generation_size(generation: int) -> int:
    """The number of objects in a collector generation, without a thread switch while they are listed.

    ``len(gc.get_objects(n))`` in Python keeps the list alive across a bytecode boundary, where the
    interpreter may hand the GIL to a worker thread; every object listed then has one reference more,
    and a worker building a tuple from a generator (``_PyTuple_Resize`` needs its tuple unshared) fails
    with a SystemError. ``map``/``sum`` call ``gc.get_objects`` and ``len`` from C and drop the list
    before any bytecode runs again.
    """
    return sum(map(len, map(gc.get_objects, (generation,))))


class GuiThreadCollector(QObject):
    """Owns the collection timer; ``stop()`` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("gcTimer")
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._collect)
        self._old_total = 0  # objects in the old generation after the last full collection
        self._pending = 0  # objects moved into the old generation since then
        self._last_size = 0  # the old generation's size at the last check
        self._last_full = time.monotonic()
        self._frozen = False
        self._started = time.monotonic()
        self.stats = {"young": 0, "middle": 0, "full": 0, "frozen": 0, "slowest_ms": 0.0}
        self.memory = MemoryReleaser(busy=bulk.running)
        self._memory_checked = time.monotonic()

    def start(self) -> None:
        """Turn automatic collection off and start collecting on this (the GUI) thread."""
        gc.disable()
        self._started = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        """Stop the timer, collect once more, and turn automatic collection back on."""
        self._timer.stop()
        if self._frozen:
            gc.unfreeze()
            self._frozen = False
        gc.collect()
        gc.enable()

    def freeze_start_up(self) -> None:
        """Call once the first screen is up: what lives now lives as long as the app; stop scanning it."""
        if gc.get_count()[0] < FREEZE_YOUNG:  # a big young generation is the first screen's data: keep it
            gc.collect(0)
        gc.freeze()
        self._frozen = True
        self._old_total = self._last_size = generation_size(2)
        self._pending = 0
        log.debug("froze %d start-up objects", gc.get_freeze_count())

    def _collect(self) -> None:
        now = time.monotonic()
        if now - self._memory_checked >= MEMORY_CHECK_S:
            self._memory_checked = now
            self.memory.maybe_release()
        young, middle, old = gc.get_count()
        if young < YOUNG_THRESHOLD and middle < MIDDLE_EVERY:
            return
        started = time.perf_counter()
        # The count is allocations minus frees in *every* generation: a worker that builds a new index
        # while dropping the old one keeps it low while the young generation holds 500,000 objects (a
        # 68 ms "young" collection). Its real size is a list of references: ~1 ms per 100,000 objects.
        size = generation_size(0)
        if size >= FREEZE_YOUNG:
            self._freeze_young()
        elif bulk.running():
            return  # a worker's bulk pass is allocating: scanning its objects here stalled the UI thread
        else:
            self._collect_due(size, middle)
        spent = (time.perf_counter() - started) * 1000
        if spent > self.stats["slowest_ms"]:
            self.stats["slowest_ms"] = spent
        if spent > SLOW_MS:
            log.debug("garbage collection took %.0f ms (counts %s)", spent, (young, middle, old))

    def _freeze_young(self) -> None:
        gc.freeze()  # every generation into the permanent one, in constant time
        self._frozen = True
        self.stats["frozen"] += 1
        self._old_total = self._last_size = 0  # the old generation is empty now
        self._pending = 0

    def _collect_due(self, young: int, middle: int) -> None:
        # Until the start-up objects are frozen, only young collections: the older generations fill
        # with what the first screen keeps (10,000 jobs: ~150,000 objects, a 136 ms middle collection).
        starting = not self._frozen and time.monotonic() - self._started < START_UP_GRACE_S
        if middle >= MIDDLE_EVERY and not starting:
            if generation_size(1) + young >= FREEZE_MIDDLE:  # the middle one holds the survivors
                self._freeze_young()
            elif self._full_due():
                gc.collect()
                self.stats["full"] += 1
                self._old_total = self._last_size = generation_size(2)
                self._pending = 0
                self._last_full = time.monotonic()
            else:
                gc.collect(1)
                self.stats["middle"] += 1
                size = generation_size(2)  # a list of references: ~1 ms per 100,000 objects
                self._pending += max(0, size - self._last_size)
                self._last_size = size
        else:
            gc.collect(0)
            self.stats["young"] += 1

    def _full_due(self) -> bool:
        if time.monotonic() - self._last_full < FULL_MIN_INTERVAL_S:
            return False
        return self._pending >= max(FULL_MIN_PENDING, FULL_GROWTH_SHARE * self._old_total)
