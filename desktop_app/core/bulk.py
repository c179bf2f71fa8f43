"""Bulk passes in worker threads (indexing, status and export passes over 200,000 rows) tell the GUI's
garbage-collection driver to wait: its collections run on the UI thread and scanned the objects the
pass was allocating (issue 13: 100–400 ms of stalls while the results window finished its index).
Reference counting frees everything as usual meanwhile; only the cycle detector waits."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_running = 0
_was_enabled = False


def running() -> bool:
    """True while some thread is inside :func:`bulk_pass`."""
    return _running > 0


@contextlib.contextmanager
def bulk_pass() -> Iterator[None]:
    """Pause the cyclic collector for a bulk pass: the automatic one (as it was before the first of
    overlapping passes, restored after the last) and the GUI's driver (which asks :func:`running`)."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()
