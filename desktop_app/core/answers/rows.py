"""The joined rows: what happened to each request (:class:`RowStatus`), one request with its answer
(:class:`ResultRow`) and the counts of a joined result set (:class:`JoinSummary`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RowStatus(StrEnum):
    """What happened to one input request."""

    SUCCEEDED = "succeeded"
    FAILED = "failed"
    MISSING = "missing"  # neither the output nor the error file answers it


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One input request with its answer (if any), for the table and the export."""

    index: int  # 0-based position among the input's requests
    line: int  # 1-based line in the input file
    custom_id: str
    status: RowStatus
    model: str = ""
    prompt: str = ""  # the request's user text (last user message, or embedding input)
    request_id: str = ""
    status_code: int | None = None
    error_code: str = ""
    error_message: str = ""
    created: int | None = None
    content: str = ""
    reasoning_content: str = ""
    finish_reason: str = ""
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    embedding_dim: int | None = None
    embedding_count: int | None = None
    reasoning_tokens: int | None = None  # the thinking part of completion_tokens, when reported
    source: tuple[str, ...] = ()  # the original spreadsheet cells of this row (ResultsView.source_columns)
    answered_by: str = ""  # batch id of the re-run whose answer is shown; empty for the job's own answer


@dataclass
class JoinSummary:
    """Counts for a joined result set."""

    total: int = 0  # input requests (rows)
    succeeded: int = 0
    failed: int = 0
    missing: int = 0
    unknown: int = 0  # answers whose custom_id is not in the input
    without_id: int = 0  # answers with no custom_id at all
    unreadable: int = 0  # result-file lines that are not JSON objects
    duplicates: int = 0  # further answers for a custom_id that already had one
    input_skipped: int = 0  # input lines without a usable custom_id
    input_duplicates: int = 0  # input lines repeating an earlier custom_id
    prompt_tokens: int = 0  # successful rows only
    completion_tokens: int = 0
    total_tokens: int = 0
    unknown_examples: list[str] = field(default_factory=list)  # first few unknown custom_ids

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict of every count."""
        return {
            "total": self.total,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "missing": self.missing,
            "unknown": self.unknown,
            "without_id": self.without_id,
            "unreadable": self.unreadable,
            "duplicates": self.duplicates,
            "input_skipped": self.input_skipped,
            "input_duplicates": self.input_duplicates,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
            "unknown_examples": list(self.unknown_examples),
        }
