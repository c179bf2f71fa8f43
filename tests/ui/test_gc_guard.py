"""The GUI-thread garbage collector (issue 13): start-up objects frozen, collections by allocation counts,
full collections only when the old generation really grew, at most once a minute."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop_app.ui import gc_guard
from desktop_app.ui.gc_guard import GuiThreadCollector


@pytest.fixture
def collector(qapp: object) -> Iterator[GuiThreadCollector]:
    guard = GuiThreadCollector()
    guard.start()
    yield guard
    guard.stop()
    assert gc.isenabled() and gc.get_freeze_count() == 0  # everything given back to Python


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_start_up_objects_are_frozen_and_never_scanned_again(collector: GuiThreadCollector) -> None:
    assert not gc.isenabled()
    kept = [Cycle() for _ in range(1000)]  # what the first screen keeps
    collector.freeze_start_up()
    assert gc.get_freeze_count() >= 1000
    assert all(not any(obj is k for obj in gc.get_objects()) for k in kept[:3])  # not in any generation


def test_young_collections_follow_allocations_not_the_clock(collector: GuiThreadCollector) -> None:
    collector.freeze_start_up()
    gc.collect()
    collector._collect()
    assert collector.stats["young"] == 0  # nothing allocated: nothing to do
    garbage = [Cycle() for _ in range(gc_guard.YOUNG_THRESHOLD + 10)]
    del garbage
    collector._collect()
    assert collector.stats["young"] == 1 and gc.get_count()[0] < gc_guard.YOUNG_THRESHOLD


def test_full_collection_waits_for_growth_and_time(
    collector: GuiThreadCollector, monkeypatch: pytest.MonkeyPatch
) -> None:
    collector.freeze_start_up()
    monkeypatch.setattr(gc_guard, "FULL_MIN_PENDING", 100)
    survivors: list[Cycle] = []

    def grow_and_tick(n: int) -> None:
        for _ in range(n):
            survivors.extend(Cycle() for _ in range(gc_guard.YOUNG_THRESHOLD + 1))
            collector._collect()

    grow_and_tick(3 * gc_guard.MIDDLE_EVERY)
    assert collector.stats["middle"] >= 2 and collector.stats["full"] == 0  # within the minute
    collector._last_full -= gc_guard.FULL_MIN_INTERVAL_S + 1
    grow_and_tick(2 * gc_guard.MIDDLE_EVERY)
    assert collector.stats["full"] == 1  # due: enough growth and a minute passed
    grow_and_tick(2 * gc_guard.MIDDLE_EVERY)
    assert collector.stats["full"] == 1  # the next one waits another minute


def test_collections_wait_while_a_worker_runs_a_bulk_pass(collector: GuiThreadCollector) -> None:
    """The results window's index and status passes allocate 200,000 objects in a worker thread; the
    GUI thread's collections scanned them meanwhile (stalls of 100–400 ms). They wait for the pass now
    (up to a limit), and catch up when it ends; the collector's on/off state is given back."""
    import threading

    from desktop_app.core.bulk import bulk_pass

    collector.freeze_start_up()
    gc.collect()
    inside = threading.Event()
    leave = threading.Event()

    def worker() -> None:
        with bulk_pass():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    garbage = [Cycle() for _ in range(gc_guard.YOUNG_THRESHOLD + 10)]
    del garbage
    collector._collect()
    assert collector.stats["young"] == 0, "no collection on the GUI thread during a bulk pass"
    leave.set()
    thread.join()
    assert not gc.isenabled(), "the GUI driver's 'automatic off' is kept after the pass"
    collector._collect()
    assert collector.stats["young"] == 1


def test_overlapping_bulk_passes_restore_automatic_collection() -> None:
    from desktop_app.core.bulk import bulk_pass, running

    assert gc.isenabled()
    with bulk_pass():
        with bulk_pass():
            assert not gc.isenabled() and running()
        assert not gc.isenabled()
    assert gc.isenabled() and not running()
