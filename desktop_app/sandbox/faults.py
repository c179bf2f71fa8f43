"""Fault injection: make the next N calls of a route fail, hang or break the connection."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ROUTES = frozenset(
    {"upload", "files_list", "file_retrieve", "content", "delete", "create", "retrieve", "list", "cancel"}
)
NAMESPACES = frozenset({"sandbox", "intl", "cn"})


@dataclass
class Fault:
    """One armed fault.

    Attributes:
        route: the route name it applies to (see ``ROUTES``).
        status: answer this HTTP status with an OpenAI-style error body instead of handling.
        delay: real seconds to sleep before answering (before handling, or after it with after_effect).
        drop: close the connection without any response (for "upload": while the body is read).
        times: matching requests left; None means every request until cleared.
        after_effect: perform the operation first, then answer with the fault.
        drop_after_bytes: send this many bytes of the response body, then abort the connection.
        body: the error body to send with ``status`` (a JSON value, or str sent verbatim).
        namespace: "sandbox", "intl", "cn", or None for all.
        late: answer with the fault at once, and perform the operation this many real seconds later
            (a gateway that gives up while the backend still finishes the work: a 502 whose batch
            appears a moment afterwards).
    """

    route: str
    status: int | None = None
    delay: float = 0.0
    drop: bool = False
    times: int | None = 1
    after_effect: bool = False
    drop_after_bytes: int | None = None
    body: Any = None
    namespace: str | None = None
    late: float | None = None
    id: int = field(default=0)
    hits: int = field(default=0)


class FaultRegistry:
    """Thread-safe list of armed faults; the first matching fault wins."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(
        self,
        route: str,
        status: int | None = None,
        delay: float = 0.0,
        drop: bool = False,
        times: int | None = 1,
        after_effect: bool = False,
        drop_after_bytes: int | None = None,
        body: Any = None,
        namespace: str | None = None,
        late: float | None = None,
    ) -> Fault:
        """Arm a fault for the next ``times`` requests of ``route``; return it."""
        if route not in ROUTES:
            raise ValueError(f"unknown route {route!r}; expected one of {sorted(ROUTES)}")
        if namespace is not None and namespace not in NAMESPACES:
            raise ValueError(f"unknown namespace {namespace!r}")
        if status is not None and not 100 <= int(status) <= 599:
            raise ValueError("status must be an HTTP status code")
        if times is not None and int(times) < 1:
            raise ValueError("times must be >= 1 (or None for unlimited)")
        if delay < 0 or (drop_after_bytes is not None and drop_after_bytes < 0):
            raise ValueError("delay and drop_after_bytes must be >= 0")
        if late is not None and (late < 0 or after_effect or (status is None and not drop)):
            raise ValueError("late needs a status or drop to answer with, is >= 0, and excludes after_effect")
        fault = Fault(
            route=route,
            status=None if status is None else int(status),
            delay=float(delay),
            drop=bool(drop),
            times=None if times is None else int(times),
            after_effect=bool(after_effect),
            drop_after_bytes=None if drop_after_bytes is None else int(drop_after_bytes),
            body=body,
            namespace=namespace,
            late=None if late is None else float(late),
            id=next(self._ids),
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def add_from_json(self, data: Mapping[str, Any]) -> Fault:
        """``add`` from a JSON object (the control API); unknown keys are an error."""
        allowed = {
            "route",
            "status",
            "delay",
            "drop",
            "times",
            "after_effect",
            "drop_after_bytes",
            "body",
            "namespace",
            "late",
        }
        unknown = set(data) - allowed
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        if "route" not in data:
            raise ValueError("a fault needs a route")
        return self.add(**dict(data))

    def take(self, route: str, namespace: str) -> Fault | None:
        """Consume one use of the first fault matching this request, if any."""
        with self._lock:
            for fault in self._faults:
                if fault.route != route or fault.namespace not in (None, namespace):
                    continue
                fault.hits += 1
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        """The armed faults (copies of the list, same objects)."""
        with self._lock:
            return list(self._faults)
