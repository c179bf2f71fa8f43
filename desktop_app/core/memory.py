"""Give memory that big work freed back to the system (issue 13: the window after a million rows).

Python frees its objects, but the C allocator keeps the pages of freed large blocks (arrays, byte
buffers, the worker threads' allocator arenas) for reuse: after checking and submitting a
1,000,000-row file the window held ~50 MB of such free pages for the rest of the session. On Linux
(glibc) ``malloc_trim(0)`` returns them. Elsewhere this does nothing: Windows' heap decommits free pages
by itself, and macOS's allocator hands them back under memory pressure.

:class:`MemoryReleaser` decides *when*: once the process grew by :data:`GROWTH_BYTES` since the last
release and then stayed the same size (within :data:`STEADY_BYTES`) between two checks — the big work
has ended, what it freed is free — at most every :data:`MIN_INTERVAL_S`, and never on the caller's
thread (a trim walks the heap: milliseconds to tens of milliseconds).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

GROWTH_BYTES = 32 * 1024 * 1024
STEADY_BYTES = 4 * 1024 * 1024
MIN_INTERVAL_S = 10.0


def resident_bytes() -> int | None:
    """This process's resident memory (Linux ``/proc/self/statm``; None elsewhere)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _trimmer() -> Callable[[], object] | None:
    """The C allocator's "give free pages back" call on this system, or None."""
    try:
        if sys.platform.startswith("linux"):
            import ctypes  # not before the first paint: only a release needs it

            libc = ctypes.CDLL(None)
            trim = getattr(libc, "malloc_trim", None)  # glibc; musl has none
            if trim is None:
                return None
            trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
            return lambda: trim(0)
    except (OSError, AttributeError):
        return None
    return None


def release_free_memory() -> bool:
    """Return the C allocator's free pages to the system now (blocking); False where there is no way."""
    trim = _trimmer()
    if trim is None:
        return False
    trim()
    return True


class MemoryReleaser:
    """Calls :func:`release_free_memory` in a background thread when the process has grown enough.

    :meth:`maybe_release` is cheap (one read of ``/proc/self/statm``) and meant to be called at a steady
    pace, e.g. once a second from a timer (steadiness is judged between two calls); ``busy()`` True (a
    bulk pass is allocating) postpones the release.
    """

    def __init__(
        self,
        busy: Callable[[], bool] = lambda: False,
        *,
        growth: int = GROWTH_BYTES,
        steady: int = STEADY_BYTES,
        min_interval: float = MIN_INTERVAL_S,
        resident: Callable[[], int | None] = resident_bytes,
        release: Callable[[], bool] = release_free_memory,
    ) -> None:
        self._busy = busy
        self._growth = growth
        self._steady = steady
        self._min_interval = min_interval
        self._resident = resident
        self._release = release
        self._baseline = resident() or 0  # resident memory after the last release
        self._previous = self._baseline  # at the last check
        self._last = -min_interval
        self._thread: threading.Thread | None = None
        self.releases = 0
        self.freed = 0  # bytes the releases gave back, as resident memory measured them

    def maybe_release(self) -> bool:
        """Start a release when due; True when one was started."""
        if self._thread is not None and self._thread.is_alive():
            return False
        size = self._resident()
        if size is None:
            return False
        previous, self._previous = self._previous, size
        self._baseline = min(self._baseline, size)
        now = time.monotonic()
        if now - self._last < self._min_interval or size < self._baseline + self._growth:
            return False
        if abs(size - previous) > self._steady or self._busy():
            return False
        self._last = now
        self._thread = threading.Thread(target=self._run, args=(size,), name="memory-release", daemon=True)
        self._thread.start()
        return True

    def _run(self, before: int) -> None:
        started = time.perf_counter()
        if not self._release():
            self._baseline = before  # no way to release here: wait for the next growth
            return
        after = self._resident() or before
        self._baseline = after
        self.releases += 1
        self.freed += max(0, before - after)
        log.info(
            "gave %.0f MB back in %.0f ms (resident %.0f MB)",
            (before - after) / 2**20,
            (time.perf_counter() - started) * 1000,
            after / 2**20,
        )

    def join(self, timeout: float | None = None) -> None:
        """Wait for a running release (tests)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
