"""Count a job's downloaded answers and their token usage straight from the files (streamed, no
input join): the ledger's numbers after a download."""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

from desktop_app.core.answers.parse import ParsedAnswer, bounded_lines, parse_result_line
from desktop_app.core.answers.scan import CID_KEY
from desktop_app.core.outputs import OutputColumn, parse_answer

_READ_BUFFER = 1 << 20
_UTF8_BOM = b"\xef\xbb\xbf"
_EXAMPLES = 20


@dataclass(frozen=True)
class AnswerCounts:
    """What a job's downloaded files contain, without the input (first answer per custom_id wins)."""

    succeeded: int = 0
    failed: int = 0
    duplicates: int = 0
    without_id: int = 0
    unreadable: int = 0
    prompt_tokens: int = 0  # succeeded (billed) answers only; thinking is part of completion_tokens
    completion_tokens: int = 0
    total_tokens: int = 0
    reasoning_tokens: int = 0
    unknown: int = 0  # answers for custom_ids the input never sent: extra, not counted as answers
    unknown_examples: tuple[str, ...] = ()

    @property
    def answered(self) -> int:
        """Requests with an answer of either kind."""
        return self.succeeded + self.failed


def input_custom_ids(path: str | os.PathLike[str] | None, expected_bytes: int | None = None) -> set[str] | None:
    """The ``custom_id`` of every request in an input JSONL file (streamed); None when the file is gone,
    unreadable, or no longer the size that was sent (then the answers cannot be checked against it)."""
    if not path:
        return None
    ids: set[str] = set()
    try:
        if expected_bytes is not None and Path(path).stat().st_size != expected_bytes:
            return None
        with open(path, "rb", buffering=_READ_BUFFER) as handle:
            for raw in handle:
                if CID_KEY not in raw:
                    continue
                try:
                    obj = orjson.loads(raw[3:] if raw.startswith(_UTF8_BOM) else raw)
                except orjson.JSONDecodeError:
                    continue
                cid = obj.get("custom_id") if type(obj) is dict else None
                if type(cid) is str and cid:
                    ids.add(cid)
    except OSError:
        return None
    return ids


def count_answers(
    output_path: str | os.PathLike[str] | None,
    error_path: str | os.PathLike[str] | None,
    outputs: Sequence[OutputColumn] = (),
    known: Collection[str] | None = None,
) -> AnswerCounts:
    """Count the answers and sum the token usage of a job's output and error files (streamed).

    With ``outputs`` (the job's output columns) a successful answer that does not fit them counts as
    failed ("needs another try"); its tokens are counted all the same (it was billed). With ``known``
    (the input's custom_ids) an answer for any other id is counted as ``unknown`` and adds neither an
    answer nor tokens; a repeated id keeps its first answer (``duplicates``).
    """
    seen: set[str] = set()
    unknown: list[str] = []
    ok = bad = dup = no_id = unreadable = 0
    prompt = completion = total = reasoning = 0
    for path, is_error_file in ((output_path, False), (error_path, True)):
        if path is None or not Path(path).is_file():
            continue
        with open(path, "rb", buffering=_READ_BUFFER) as handle:
            for number, raw in bounded_lines(handle):
                if raw is None:  # longer than any answer: never loaded
                    unreadable += 1
                    continue
                if not raw.strip():
                    continue
                answer = _parse_answer(raw, number)
                if not answer.readable:
                    unreadable += 1
                    continue
                if answer.custom_id is None:
                    no_id += 1
                    continue
                if answer.custom_id in seen:
                    dup += 1
                    continue
                seen.add(answer.custom_id)
                if known is not None and answer.custom_id not in known:
                    unknown.append(answer.custom_id)
                    continue
                if answer.succeeded and not is_error_file:
                    if outputs and not parse_answer(answer.content, outputs).ok:
                        bad += 1
                    else:
                        ok += 1
                    prompt += answer.prompt_tokens or 0
                    completion += answer.completion_tokens or 0
                    total += answer.total_tokens or 0
                    reasoning += answer.reasoning_tokens or 0
                else:
                    bad += 1
    return AnswerCounts(
        ok,
        bad,
        dup,
        no_id,
        unreadable,
        prompt,
        completion,
        total,
        reasoning,
        unknown=len(unknown),
        unknown_examples=tuple(unknown[:_EXAMPLES]),
    )


def _parse_answer(raw: bytes, line: int) -> ParsedAnswer:
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        obj = None
    return parse_result_line(obj, line=line)
