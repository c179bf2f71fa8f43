"""The batch object as the app sees it: tolerant of servers that send fewer fields than documented."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class JobStatus(StrEnum):
    """Batch statuses of the API (reference §2)."""

    VALIDATING = "validating"
    IN_PROGRESS = "in_progress"
    FINALIZING = "finalizing"
    COMPLETED = "completed"
    FAILED = "failed"
    EXPIRED = "expired"
    CANCELLING = "cancelling"
    CANCELLED = "cancelled"

    @property
    def is_terminal(self) -> bool:
        """Completed, failed, expired or cancelled: the status will not change again."""
        return self in TERMINAL_STATUSES

    @classmethod
    def parse(cls, value: object) -> JobStatus | None:
        """The status for ``value``, or None when the server sent something undocumented."""
        try:
            return cls(str(value))
        except ValueError:
            return None


# Bounds for every number a server sends (issue 10): far beyond any real value, well inside SQLite's
# 64-bit INTEGER and the dates every OS can show. Counts are clamped; a time outside is unknown (None).
MAX_COUNT = 1_000_000_000  # request counts, line numbers, file sizes in lines
MAX_TOKENS = 1_000_000_000_000  # tokens of one answer: 50,000 of them still sum inside 2**63
MAX_BYTES = 1 << 50  # file sizes (1 PiB)
MIN_TIMESTAMP = 0
MAX_TIMESTAMP = 32_503_680_000  # 3000-01-01 UTC: still a valid date after any time-zone shift

TERMINAL_STATUSES = frozenset({JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.EXPIRED, JobStatus.CANCELLED})

TIMESTAMP_FIELDS = (
    "created_at",
    "in_progress_at",
    "expires_at",
    "finalizing_at",
    "completed_at",
    "failed_at",
    "expired_at",
    "cancelling_at",
    "cancelled_at",
)


@dataclass(frozen=True)
class RequestCounts:
    """How many requests of a batch finished, and how."""

    total: int = 0
    completed: int = 0
    failed: int = 0

    @property
    def done(self) -> int:
        """Requests that have an answer, successful or not."""
        return self.completed + self.failed


@dataclass(frozen=True)
class BatchError:
    """One entry of a failed batch's ``errors``."""

    code: str
    message: str
    line: int | None = None


@dataclass(frozen=True)
class BatchInfo:
    """A batch as returned by create / retrieve / list, normalised."""

    id: str
    status: str
    endpoint: str | None = None
    input_file_id: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    completion_window: str | None = None
    request_counts: RequestCounts = field(default_factory=RequestCounts)
    metadata: dict[str, str] = field(default_factory=dict)
    errors: tuple[BatchError, ...] = ()
    timestamps: dict[str, int | None] = field(default_factory=dict)

    @property
    def job_status(self) -> JobStatus | None:
        """The status as an enum, or None when undocumented."""
        return JobStatus.parse(self.status)

    @property
    def is_terminal(self) -> bool:
        """True once the batch can no longer change."""
        status = self.job_status
        return status is not None and status.is_terminal

    @property
    def name(self) -> str:
        """The task name (``metadata.ds_name``), or empty."""
        return self.metadata.get("ds_name", "")

    @property
    def description(self) -> str:
        """The task description (``metadata.ds_description``), or empty."""
        return self.metadata.get("ds_description", "")

    @property
    def created_at(self) -> int | None:
        """Unix seconds of creation, when known."""
        return self.timestamps.get("created_at")

    @classmethod
    def from_api(cls, obj: Any) -> BatchInfo:
        """Build from an SDK model or a plain mapping; missing or null fields become defaults."""
        data = _as_mapping(obj)
        counts = _as_mapping(data.get("request_counts"))
        metadata_raw = _as_mapping(data.get("metadata"))
        return cls(
            id=str(data.get("id") or ""),
            status=str(data.get("status") or ""),
            endpoint=opt_str(data.get("endpoint")),
            input_file_id=opt_str(data.get("input_file_id")),
            output_file_id=opt_str(data.get("output_file_id")),
            error_file_id=opt_str(data.get("error_file_id")),
            completion_window=opt_str(data.get("completion_window")),
            request_counts=RequestCounts(
                total=_int(counts.get("total")),
                completed=_int(counts.get("completed")),
                failed=_int(counts.get("failed")),
            ),
            metadata={str(k): str(v) for k, v in metadata_raw.items() if v is not None},
            errors=_parse_errors(data.get("errors")),
            timestamps={name: opt_timestamp(data.get(name)) for name in TIMESTAMP_FIELDS},
        )


def _as_mapping(obj: Any) -> Mapping[str, Any]:
    if obj is None:
        return {}
    if isinstance(obj, Mapping):
        return obj
    dump = getattr(obj, "model_dump", None)
    if callable(dump):
        result = dump()
        if isinstance(result, Mapping):
            return result
    return {}


def opt_str(value: Any) -> str | None:
    """``value`` as text, or None when it is missing or empty."""
    return None if value is None or value == "" else str(value)


def opt_int(value: Any) -> int | None:
    """``value`` as an int, or None when it is missing, a bool or not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float
        return None


def opt_count(value: Any, high: int = MAX_COUNT) -> int | None:
    """``value`` as a count clamped to ``0..high``, or None when it is not a number."""
    parsed = opt_int(value)
    return None if parsed is None else min(max(parsed, 0), high)


def opt_timestamp(value: Any) -> int | None:
    """``value`` as Unix seconds, or None when missing, not a number or outside 1970..3000."""
    parsed = opt_int(value)
    return parsed if parsed is not None and MIN_TIMESTAMP <= parsed <= MAX_TIMESTAMP else None


def _int(value: Any) -> int:
    parsed = opt_count(value)
    return parsed if parsed is not None else 0


def _parse_errors(raw: Any) -> tuple[BatchError, ...]:
    """Accept ``{"data": [...]}``, a bare list, or a single ``{code, message}`` map."""
    data = _as_mapping(raw) if not isinstance(raw, list) else {"data": raw}
    items = data.get("data")
    if items is None and ("code" in data or "message" in data):
        items = [data]
    result = []
    for item in items or []:
        entry = _as_mapping(item)
        result.append(
            BatchError(
                code=str(entry.get("code") or "error"),
                message=str(entry.get("message") or ""),
                line=opt_count(entry.get("line")),
            )
        )
    return tuple(result)
