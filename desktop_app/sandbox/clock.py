"""Sandbox time: real time scaled by a speed factor, plus manual jumps. Thread-safe."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class SandboxClock:
    """A clock the tests (and the control API) can speed up or move forward.

    ``now()`` is ``start + (real seconds since the last rebase) * speed + jumps``. Changing the speed
    rebases, so sandbox time never jumps backwards.
    """

    def __init__(
        self,
        speed: float = 1.0,
        start: float | None = None,
        real: Callable[[], float] = time.monotonic,
    ) -> None:
        if speed < 0:
            raise ValueError("speed must be >= 0")
        self._lock = threading.Lock()
        self._real = real
        self._base_real = real()
        self._base = float(int(time.time())) if start is None else float(start)
        self._speed = float(speed)

    def now(self) -> float:
        """Sandbox Unix time in seconds."""
        with self._lock:
            return self._now_locked()

    def advance(self, seconds: float) -> float:
        """Move sandbox time forward by ``seconds``; return the new time."""
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._base += float(seconds)
            return self._now_locked()

    @property
    def speed(self) -> float:
        """Sandbox seconds per real second."""
        with self._lock:
            return self._speed

    @speed.setter
    def speed(self, value: float) -> None:
        if value < 0:
            raise ValueError("speed must be >= 0")
        with self._lock:
            self._base = self._now_locked()
            self._base_real = self._real()
            self._speed = float(value)

    def _now_locked(self) -> float:
        return self._base + (self._real() - self._base_real) * self._speed
