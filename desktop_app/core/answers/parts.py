"""A full pass over a job's rows in parts, one process each (issue 13: an export on a machine with a free
core): each part is a contiguous byte range of the input file; it finds every answer's ``custom_id``
with the fast id scan (:mod:`desktop_app.core.answers.scan`) and parses only the answers of its own rows,
then joins them with the row loop every full pass uses (:meth:`ResultsView.join_lines`). The parts'
rows, one after the other, are the rows of :meth:`ResultsView.iter_row_tuples`.

A part handles only *regular* files — which the single pass and the parts decide alike — and says
:class:`Irregular` otherwise, so that the caller does the pass in one process:

* every answer line's id is decided by the scan (a plain string key, once per line) and the line is a
  JSON object whose ``custom_id`` is that id — checked for every answer line, each by one part (its
  own rows' answers by the part that joins them, the others by the part whose share of the lines they
  are in);
* the ``custom_id`` keys of the input's lines, found by one byte search, are exactly the ids of the
  rows the row loop yields (no escaped ids, no nested ``custom_id``, no unreadable line carrying one).

For regular files the single pass's answer counts are known from the scan alone: nothing unreadable,
nothing without an id, the repeated answers and the unknown ids in order; :func:`merge_counts` puts the
parts' counts together into the view's :class:`~desktop_app.core.answers.rows.JoinSummary`.
"""

from __future__ import annotations

import bisect
import itertools
import mmap
import operator
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import methodcaller
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core.answers.parse import MAX_RESULT_LINE_BYTES, AnswerValues, line_values, plain_chat_values
from desktop_app.core.answers.rows import JoinSummary
from desktop_app.core.answers.source import SourceSpec
from desktop_app.core.answers.view import BULK_ANSWER_BYTES, AnswerLayer, ResultsView, RowCounts
from desktop_app.core.outputs import OutputColumn

_UTF8_BOM = b"\xef\xbb\xbf"
_READ_BUFFER = 1 << 20
_EXAMPLES = 20
INPUT_IDS = re.compile(rb'"custom_id"\s*:\s*"([^"\\]*)"')
"""A ``custom_id`` key with a plain string value (no escapes) — an input line's, when regular."""
_group_1 = methodcaller("group", 1)
_start = methodcaller("start")


class Irregular(Exception):
    """The files hold something the parts would not decide exactly as one pass: do it in one process."""


@dataclass(frozen=True)
class ViewPlan:
    """What a process needs to open the same :class:`ResultsView` (picklable: sent to a worker)."""

    input_path: Path
    layers: tuple[AnswerLayer, ...]
    source: SourceSpec | None
    outputs: tuple[OutputColumn, ...]

    def open(self) -> ResultsView:
        """The view (the caller closes it)."""
        return ResultsView([self.input_path], self.layers, source=self.source, outputs=self.outputs)


def plan_of(view: ResultsView) -> ViewPlan | None:
    """The plan of ``view`` when its full pass can be split: one input file that is there (not a split
    group's parts, not answers without their input); None otherwise."""
    if not view.has_input or len(view.inputs) != 1 or view.part_layers is not None:
        return None
    return ViewPlan(view.inputs[0], view.layers, view.source, view.outputs)


@dataclass(frozen=True)
class Part:
    """Rows of the input bytes ``[start, end)``: the first is row ``first_index`` on line ``first_line``."""

    number: int
    count: int  # how many parts in all
    start: int
    end: int
    first_line: int
    first_index: int


def split_input(path: Path, count: int) -> list[Part]:
    """``path`` cut at line ends into up to ``count`` ranges of about equal size (none empty)."""
    size = path.stat().st_size
    if size == 0:
        return []
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as buf:
        bounds = [0]
        for k in range(1, count):
            newline = buf.find(b"\n", max(bounds[-1], size * k // count))
            if newline < 0 or newline + 1 >= size:
                break
            bounds.append(newline + 1)
        bounds.append(size)
        parts: list[Part] = []
        line, index = 1, 0
        for number, (start, end) in enumerate(itertools.pairwise(bounds)):
            parts.append(Part(number, 0, start, end, line, index))
            line += _newlines(buf, start, end)
            index += len(_ids_in(buf, start, end))
    return [Part(p.number, len(parts), p.start, p.end, p.first_line, p.first_index) for p in parts]


@dataclass
class PartCounts:
    """What one part counted (rows, outcomes, tokens, input lines skipped); the first part also the
    counts of the whole job's answers and input ids (regular files: every part sees them all)."""

    rows: int = 0
    succeeded: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    skipped: int = 0
    duplicates: int = 0  # the first part only: repeated answers,
    unknown: list[str] | None = None  # answered ids not in the input, in the single pass's order,
    input_duplicates: int = 0  # input lines repeating an earlier id (in the whole input)


def part_rows(
    view: ResultsView, part: Part, counts: PartCounts, *, with_prompt: bool = True
) -> Iterator[tuple[Any, ...]]:
    """The rows of ``part`` as :data:`~desktop_app.core.answers.view.ROW_FIELDS` tuples (row indices and
    line numbers as in the whole pass); raises :class:`Irregular` (possibly after some rows: discard
    them) when the files are not regular. ``counts`` is filled when the rows have all been given."""
    path = view.inputs[0]
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as buf:
        every_id = _ids_in(buf, 0, len(buf))
        mine = _ids_in(buf, part.start, part.end)
        lines = _newlines(buf, part.start, part.end) + (0 if buf[part.end - 1 : part.end] == b"\n" else 1)
    known = set(every_id)
    answers = _answers_for(view, set(mine), known, part, counts)
    if part.number == 0:
        counts.input_duplicates = len(every_id) - len(known)
    row_counts = RowCounts(part.first_index)
    seen: list[str] = []
    with open(path, "rb", buffering=_READ_BUFFER) as reader:
        reader.seek(part.start)
        source: Iterator[bytes] = itertools.islice(reader, lines)
        if part.start == 0:
            first = next(source, b"")
            source = itertools.chain((first[3:] if first.startswith(_UTF8_BOM) else first,), source)
        yield from view.join_lines(source, part.first_line, answers, row_counts, with_prompt=with_prompt, record=seen)
    if seen != [i.decode("utf-8", "replace") for i in mine]:
        raise Irregular("the input's ids are not all plain keys of their own lines")
    counts.rows = row_counts.index - part.first_index
    counts.succeeded, counts.failed = row_counts.succeeded, row_counts.failed
    counts.prompt_tokens, counts.completion_tokens = row_counts.prompt_tokens, row_counts.completion_tokens
    counts.total_tokens, counts.skipped = row_counts.total_tokens, row_counts.skipped


def _answers_for(
    view: ResultsView, wanted: set[bytes], known: set[bytes], part: Part, counts: PartCounts
) -> dict[str, tuple[AnswerValues, str]]:
    """The chosen answer of every id in ``wanted`` (the single pass's rules: the first line of an id in
    a layer, output file before error file, the last layer that has it), parsed; every other answer line
    in this part's share of the lines checked. Lines are numbered across all files (``position``)."""
    buffers: list[Any] = []  # each answer file, mapped
    where: list[tuple[int, int]] = []  # every answer line, every file, in layer order: (start, end)
    ids: list[bytes] = []  # its custom_id
    files: list[tuple[int, int, int, bool]] = []  # first position, buffer, layer, error file
    chosen: dict[bytes, int] = {}  # custom_id -> position of its chosen line
    answered: list[bytes] = []
    duplicates = 0
    try:
        for layer_no, layer in enumerate(view.layers):
            start = len(ids)
            for path, is_error_file in ((layer.output_path, False), (layer.error_path, True)):
                if path is None or not Path(path).is_file():
                    continue
                buf = _mapped(Path(path))
                if buf is None:
                    continue  # empty
                buffers.append(buf)
                found_ids, spans = _answer_lines(buf)
                files.append((len(ids), len(buffers) - 1, layer_no, is_error_file))
                where += spans
                ids += found_ids
            layer_ids = ids[start:]
            order = dict.fromkeys(layer_ids)  # first seen, in order
            duplicates += len(layer_ids) - len(order)
            answered += order
            # the first line of each id in this layer (zip backwards: the first one is written last); a later
            # layer's replaces an earlier layer's
            chosen.update(zip(reversed(layer_ids), range(len(ids) - 1, start - 1, -1), strict=True))
        if part.number == 0:  # the whole job's answer counts (the input's ids are all known here)
            counts.duplicates = duplicates
            counts.unknown = [cid.decode("utf-8", "replace") for cid in answered if cid not in known]
        loads, plain, judge, outputs = orjson.loads, plain_chat_values, view._judge, bool(view.outputs)
        labels = [layer.label for layer in view.layers]
        result: dict[str, tuple[AnswerValues, str]] = {}
        file_at = [first for first, _, _, _ in files]
        # in file order: the mapped pages are read front to back
        for position in sorted(p for p in map(chosen.get, wanted) if p is not None):
            first, buffer_no, layer_no, is_error_file = files[bisect.bisect_right(file_at, position) - 1]
            cid = ids[position].decode("utf-8", "replace")
            line_start, line_end = where[position]
            obj = _checked(loads, buffers[buffer_no][line_start:line_end], cid)
            values = None if is_error_file else plain(obj)
            if values is None:
                values = line_values(obj, position - first + 1, is_error_file)
            if values is None:  # a JSON object is always readable; kept for the type checker
                raise Irregular("an unreadable answer")
            result[cid] = (judge(values) if outputs else values, labels[layer_no])
        ends = [first for first, _, _, _ in files[1:]] + [len(ids)]
        for (first, buffer_no, _, _), end in zip(files, ends, strict=True):  # this part's share of each file
            count = end - first  # its lines: each line is parsed by exactly one part
            low, high = first + count * part.number // part.count, first + count * (part.number + 1) // part.count
            share = ids[low:high]
            if all(map(known.__contains__, share)) and list(map(chosen.__getitem__, share)) == list(range(low, high)):
                continue  # every line is a row's chosen answer: parsed by the part that has the row
            for position in range(low, high):
                raw_id = ids[position]
                if chosen[raw_id] != position or raw_id not in known:
                    line_start, line_end = where[position]
                    _checked(loads, buffers[buffer_no][line_start:line_end], raw_id.decode("utf-8", "replace"))
    finally:
        for buf in buffers:
            buf.close()
    return result


def _mapped(path: Path) -> Any:
    """``path`` memory-mapped for reading (its pages faulted in at once where the system can), or None
    when it is empty."""
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size == 0:
            return None
        if os.name == "nt":
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        flags = mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0)
        return mmap.mmap(handle.fileno(), 0, flags=flags, prot=mmap.PROT_READ)


def _answer_lines(buf: Any) -> tuple[list[bytes], list[tuple[int, int]]]:
    """The plain ``custom_id`` of every line of an answer file and the line's ``(start, end)``; raises
    :class:`Irregular` unless every line has exactly one such key (no blank line, no line without an id
    or with two), no id is empty and no line is longer than the single pass reads."""
    size = len(buf)
    matches = _id_matches(buf, 0, size)
    found_ids = list(map(_group_1, matches))
    rfind = buf.rfind
    starts = [rfind(b"\n", 0, at) + 1 for at in map(_start, matches)]
    last = size - 1 if buf[size - 1 : size] == b"\n" else size
    if len(starts) != _newlines(buf, 0, last) + 1 or not all(map(operator.lt, starts, starts[1:])):
        raise Irregular("an answer line without a plain custom_id, with two, or a blank line")
    if b"" in found_ids:
        raise Irregular("an answer with an empty custom_id")
    ends = [at - 1 for at in starts[1:]]
    ends.append(last)
    if starts[0] == 0 and buf[:3] == _UTF8_BOM:
        starts[0] = 3  # as the single pass reads the first line
    if max(map(operator.sub, ends, starts)) > MAX_RESULT_LINE_BYTES:
        raise Irregular("an answer line longer than the single pass reads")
    return found_ids, list(zip(starts, ends, strict=True))


def _checked(loads: Any, raw: bytes, cid: str) -> dict[str, Any]:
    """``raw`` parsed: a JSON object whose ``custom_id`` is ``cid``, else :class:`Irregular`."""
    try:
        obj = loads(raw)
    except orjson.JSONDecodeError:
        raise Irregular("an answer line that is not JSON") from None
    if type(obj) is not dict or obj.get("custom_id") != cid:
        raise Irregular("an answer line whose custom_id is not the one the scan found")
    return obj


def merge_counts(view: ResultsView, parts: list[PartCounts]) -> None:
    """The view's summary from its parts' counts, as the single pass counts it (one answer layer only:
    with re-runs the summary comes from the status pass, as after a single pass)."""
    if len(view.layers) != 1 or not parts or view._answer_bytes_total() > BULK_ANSWER_BYTES:
        return  # (above that size the single pass joins through the index and counts in the status pass)
    summary = JoinSummary(duplicates=parts[0].duplicates)
    summary.total = sum(p.rows for p in parts)
    summary.succeeded = sum(p.succeeded for p in parts)
    summary.failed = sum(p.failed for p in parts)
    summary.missing = summary.total - summary.succeeded - summary.failed
    summary.prompt_tokens = sum(p.prompt_tokens for p in parts)
    summary.completion_tokens = sum(p.completion_tokens for p in parts)
    summary.total_tokens = sum(p.total_tokens for p in parts)
    summary.input_skipped = sum(p.skipped for p in parts)
    summary.input_duplicates = parts[0].input_duplicates
    unknown = parts[0].unknown or []
    summary.unknown = len(unknown)
    summary.unknown_examples = unknown[:_EXAMPLES]
    view.adopt_summary(summary)


SCAN_BYTES = 1 << 20
"""How much of a file one regular-expression call scans: the call holds the interpreter for all of it
(a 260 MB answer file in one call: 100-190 ms during which the window's UI thread could not run — the
first part of an export runs in the window's process)."""


def _spans(buf: Any, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` cut after line ends into pieces of about :data:`SCAN_BYTES` (a regular file's
    ``custom_id`` never spans a line end, so a search per piece finds what one search would)."""
    at = start
    while at < end:
        cut = buf.find(b"\n", min(at + SCAN_BYTES, end) - 1, end) if at + SCAN_BYTES < end else -1
        stop = end if cut < 0 else cut + 1
        yield at, stop
        at = stop


def _ids_in(buf: Any, start: int, end: int) -> list[bytes]:
    """``INPUT_IDS.findall(buf, start, end)``, a piece at a time."""
    found: list[bytes] = []
    for a, b in _spans(buf, start, end):
        found += INPUT_IDS.findall(buf, a, b)
    return found


def _id_matches(buf: Any, start: int, end: int) -> list[re.Match[bytes]]:
    """``list(INPUT_IDS.finditer(buf, start, end))``, a piece at a time."""
    found: list[re.Match[bytes]] = []
    for a, b in _spans(buf, start, end):
        found += INPUT_IDS.finditer(buf, a, b)
    return found


def _newlines(buf: Any, start: int, end: int) -> int:
    """Line ends in ``buf[start:end]`` (an mmap has no ``count``), a few MB copied at a time."""
    step = 4 << 20
    return sum(buf[at : min(end, at + step)].count(b"\n") for at in range(start, end, step))


def cpu_count() -> int:
    """Cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
