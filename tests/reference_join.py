"""The join rules, read plainly: every input request in input order with its answer, all rows in memory.

The app's one join is :class:`desktop_app.core.answers.view.ResultsView` (index, random access, streamed
full passes). This is the old ``join_results``, kept only here as an independent reading of the same
rules that the view's tests compare against — never imported by the app.

Rules: the output file is read before the error file and the first answer for a ``custom_id`` wins;
anything in the error file is failed; answers for ids not in the input are ``unknown``; input lines
without a usable ``custom_id`` are skipped; token totals add up the successful rows only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from desktop_app.core.answers.parse import ParsedAnswer, as_failure, iter_result_file, request_prompt
from desktop_app.core.answers.rows import JoinSummary, ResultRow, RowStatus


@dataclass
class JoinedResults:
    """Every input request in input order, with the counts."""

    rows: list[ResultRow]
    summary: JoinSummary


def _load_answers(paths: list[tuple[Path | None, bool]], summary: JoinSummary) -> dict[str, ParsedAnswer]:
    answers: dict[str, ParsedAnswer] = {}
    for path, is_error_file in paths:
        if path is None:
            continue
        for answer in iter_result_file(path):
            if not answer.readable:
                summary.unreadable += 1
            elif answer.custom_id is None:
                summary.without_id += 1
            elif answer.custom_id in answers:
                summary.duplicates += 1
            else:
                answers[answer.custom_id] = as_failure(answer) if is_error_file and answer.succeeded else answer
    return answers


def _iter_input(path: Path, summary: JoinSummary) -> Iterator[tuple[int, str, str, str]]:
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw or raw.isspace():
                continue
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError:
                summary.input_skipped += 1
                continue
            cid = obj.get("custom_id") if type(obj) is dict else None
            if type(cid) is not str or not cid:
                summary.input_skipped += 1
                continue
            body = obj.get("body")
            model = body.get("model") if type(body) is dict else None
            yield number, cid, model if type(model) is str else "", request_prompt(body)


def join_results(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str] | None,
    error_path: str | os.PathLike[str] | None = None,
) -> JoinedResults:
    """Every input request, in input order, marked succeeded / failed / missing."""
    summary = JoinSummary()
    answers = _load_answers(
        [
            (Path(output_path) if output_path is not None else None, False),
            (Path(error_path) if error_path is not None else None, True),
        ],
        summary,
    )
    rows: list[ResultRow] = []
    seen: set[str] = set()
    for line, cid, input_model, prompt in _iter_input(Path(input_path), summary):
        if cid in seen:
            summary.input_duplicates += 1
        seen.add(cid)
        answer = answers.get(cid)
        if answer is None:
            rows.append(ResultRow(len(rows), line, cid, RowStatus.MISSING, input_model, prompt))
            summary.missing += 1
            continue
        rows.append(
            ResultRow(
                index=len(rows),
                line=line,
                custom_id=cid,
                status=RowStatus.SUCCEEDED if answer.succeeded else RowStatus.FAILED,
                model=answer.model or input_model,
                prompt=prompt,
                request_id=answer.request_id,
                status_code=answer.status_code,
                error_code=answer.error_code,
                error_message=answer.error_message,
                created=answer.created,
                content=answer.content,
                reasoning_content=answer.reasoning_content,
                finish_reason=answer.finish_reason,
                prompt_tokens=answer.prompt_tokens,
                completion_tokens=answer.completion_tokens,
                total_tokens=answer.total_tokens,
                embedding_dim=answer.embedding_dim,
                embedding_count=answer.embedding_count,
                reasoning_tokens=answer.reasoning_tokens,
            )
        )
        if answer.succeeded:
            summary.succeeded += 1
            summary.prompt_tokens += answer.prompt_tokens or 0
            summary.completion_tokens += answer.completion_tokens or 0
            summary.total_tokens += answer.total_tokens or 0
        else:
            summary.failed += 1
    summary.total = len(rows)
    for cid in answers:
        if cid not in seen:
            summary.unknown += 1
            if len(summary.unknown_examples) < 20:
                summary.unknown_examples.append(cid)
    return JoinedResults(rows=rows, summary=summary)
