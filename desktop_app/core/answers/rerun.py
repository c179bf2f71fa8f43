"""Build a re-run: a new input file with exactly the failed and missing requests of a view, each
request line copied byte for byte."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import orjson

from desktop_app.core import wording as w
from desktop_app.core.answers.rows import RowStatus
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.fileutil import atomic_write

_UTF8_BOM = b"\xef\xbb\xbf"


class NothingToRerun(BatchDeskError):
    """Every request already has a successful answer."""

    def __init__(self) -> None:
        super().__init__(w.NOTHING_TO_RERUN)


@dataclass(frozen=True)
class RerunInput:
    """A new input file with exactly the failed and missing requests of a job."""

    path: Path
    custom_ids: tuple[str, ...]
    failed: int
    missing: int
    endpoint: str
    model: str
    bytes: int

    @property
    def count(self) -> int:
        """Requests in the file."""
        return len(self.custom_ids)


def build_rerun_input(
    view: ResultsView,
    dest: str | os.PathLike[str],
    statuses: Collection[RowStatus] = (RowStatus.FAILED, RowStatus.MISSING),
) -> RerunInput:
    """Write the request lines of the rows in ``statuses`` (default failed + missing) to ``dest``.

    Every line is copied byte for byte from the original input (each custom_id once, in input
    order), so the re-run asks exactly what was asked before. Atomic.

    Raises:
        NothingToRerun: no row has one of ``statuses``.
        BatchDeskError: the view has no input file (a job made elsewhere cannot be re-run from here).
    """
    if not view.has_input:
        raise BatchDeskError(w.RERUN_NO_REQUESTS(reason=view.input_note or ""))
    wanted = set(statuses)
    chosen = view.filter(wanted)
    ids: list[str] = []
    seen: set[str] = set()
    failed = missing = 0
    endpoint = model = ""
    size = 0
    if not chosen:
        raise NothingToRerun
    status_of = view.statuses()
    with atomic_write(Path(dest)) as handle:
        for index in chosen:
            cid = view.custom_ids[index]
            if cid in seen:
                continue
            seen.add(cid)
            raw = view.input_bytes(index)
            if raw is None:
                continue
            if not endpoint:
                endpoint, model = _endpoint_and_model(raw)
            handle.write(raw)
            handle.write(b"\n")
            size += len(raw) + 1
            ids.append(cid)
            if status_of[index] is RowStatus.FAILED:
                failed += 1
            else:
                missing += 1
    return RerunInput(Path(dest), tuple(ids), failed, missing, endpoint, model, size)


def input_endpoint(path: str | os.PathLike[str]) -> str:
    """The ``url`` of the first request line of an input file ("" when it has none).

    Raises:
        OSError: the file cannot be read.
    """
    with open(path, "rb") as handle:
        for raw in handle:
            if raw.strip():
                return _endpoint_and_model(raw.removeprefix(_UTF8_BOM))[0]
    return ""


def _endpoint_and_model(raw: bytes) -> tuple[str, str]:
    with contextlib.suppress(orjson.JSONDecodeError):
        obj = orjson.loads(raw)
        if type(obj) is dict:
            body = obj.get("body")
            model = body.get("model") if type(body) is dict else ""
            return str(obj.get("url") or ""), str(model or "")
    return "", ""
