"""Freed memory goes back to the system after big work (issue 13): when, and that it really does."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core import memory
from desktop_app.core.memory import MemoryReleaser

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


class _Sizes:
    """A resident size the test sets, and the releases it saw."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.released = 0

    def resident(self) -> int:
        return self.size

    def release(self) -> bool:
        self.released += 1
        self.size -= 40 * MB
        return True


def test_a_release_comes_after_growth_once_the_size_holds_not_too_often_and_never_while_busy() -> None:
    sizes = _Sizes(200 * MB)
    busy = [False]
    releaser = MemoryReleaser(
        lambda: busy[0], growth=32 * MB, min_interval=0.2, resident=sizes.resident, release=sizes.release
    )
    assert releaser.maybe_release() is False  # no growth yet
    sizes.size += 31 * MB
    assert releaser.maybe_release() is False  # under the threshold
    sizes.size += 40 * MB
    assert releaser.maybe_release() is False  # still growing: the work goes on
    busy[0] = True
    sizes.size += 1 * MB
    assert releaser.maybe_release() is False  # held, but a bulk pass is allocating: later
    busy[0] = False
    assert releaser.maybe_release() is True  # grown and held since the last check
    releaser.join(5)
    assert (sizes.released, releaser.releases, releaser.freed) == (1, 1, 40 * MB)
    sizes.size += 100 * MB
    releaser.maybe_release()
    assert releaser.maybe_release() is False  # grown again and held, but too soon
    time.sleep(0.25)
    assert releaser.maybe_release() is True
    releaser.join(5)
    assert sizes.released == 2
    assert releaser.maybe_release() is False  # measured again after the release: no growth since


def test_a_smaller_size_lowers_the_mark_growth_is_measured_from() -> None:
    sizes = _Sizes(300 * MB)
    releaser = MemoryReleaser(growth=32 * MB, min_interval=0.0, resident=sizes.resident, release=sizes.release)
    sizes.size = 200 * MB  # memory the system got back by itself (a big block unmapped)
    assert releaser.maybe_release() is False
    sizes.size = 240 * MB
    releaser.maybe_release()
    assert releaser.maybe_release() is True  # 40 MB over 200, not 60 MB under 300
    releaser.join(5)


def test_where_nothing_can_be_released_it_waits_for_the_next_growth() -> None:
    sizes = _Sizes(100 * MB)
    releaser = MemoryReleaser(growth=10 * MB, min_interval=0.0, resident=sizes.resident, release=lambda: False)
    sizes.size += 20 * MB
    releaser.maybe_release()
    assert releaser.maybe_release() is True
    releaser.join(5)
    assert releaser.releases == 0
    assert releaser.maybe_release() is False  # the mark moved to where it is now


FREED_HELD = """
import sys
from desktop_app.core.memory import release_free_memory, resident_bytes
blocks = [bytearray(200_000) for _ in range(1500)]  # ~300 MB of C-allocator blocks (not mmap'd one by one)
for b in blocks: b[::4096] = b"x" * len(b[::4096])  # touch every page
keep = blocks[::50]  # a few survivors pin the heap's top, as long-lived data does
del blocks
before = resident_bytes()
print(before, release_free_memory(), resident_bytes())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc malloc_trim")
def test_freed_blocks_held_by_the_allocator_go_back_to_the_system() -> None:
    """A real process: blocks freed below a survivor stay resident until the release returns them."""
    env = {"PYTHONPATH": str(ROOT), "MALLOC_MMAP_THRESHOLD_": str(1 << 20)}
    proc = subprocess.run([sys.executable, "-c", FREED_HELD], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    before, released, after = proc.stdout.split()
    assert released == "True"
    assert int(before) - int(after) > 200 * MB, (int(before) / MB, int(after) / MB)


def test_the_trim_call_is_found_on_this_system() -> None:
    if sys.platform.startswith("linux"):
        assert memory._trimmer() is not None
    assert memory.resident_bytes() is None or memory.resident_bytes() > 0  # type: ignore[operator]
