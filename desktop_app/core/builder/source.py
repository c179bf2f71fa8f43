"""The user's sheet, kept with the requests built from it, so every job shows the user's own columns
next to the answers — whichever face built and submitted it (issue 11).

The build pass writes, beside ``requests.jsonl``: ``requests.rows.jsonl`` (every row's cells by
request id, ``answers.source.snapshot_lines``' format) and ``requests.source.json`` (the ledger's
``source`` description plus the sha256 of each request file it belongs to). Before a submit both
faces ask ``services/sheet.sheet_for_submit``: the window with the description of the build it holds;
otherwise (the CLI, a request file opened in the window) :func:`source_for_file` finds the one beside
the file, and attaches it only to a file byte for byte as built (or a recorded part of it): an edited
or replaced file could pair answers with the wrong rows.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core.builder.ids import ROW_ID_TEMPLATE, row_ids
from desktop_app.core.builder.spec import EndpointKind, RequestSpec
from desktop_app.core.fileutil import CHUNK_BYTES, atomic_write, sha256_file
from desktop_app.core.tables.model import Row, Table


def describe_source(
    table: Table, spec: RequestSpec, rows_path: str | os.PathLike[str] | None, *, variant: str = ""
) -> dict[str, Any]:
    """The ledger's ``source`` for a job built from ``table`` with ``spec``: the table's columns, how
    ids were made, the output columns, and where the build pass kept every row's cells (``rows_path``,
    so the results show the user's own columns even after the sheet is edited or moved). Reads no rows.
    """
    from desktop_app.core.answers.source import SourceSpec

    return SourceSpec(
        path=str(table.path),
        columns=tuple(table.columns),
        id_column=spec.id_column,
        id_template="{row}" if spec.id_column else ROW_ID_TEMPLATE,
        sheet=table.sheet,
        header_row=table.header_row or 1,
        rows_path=str(rows_path) if rows_path is not None else None,
        encoding=table.encoding.encoding if table.encoding is not None else None,
        delimiter=table.delimiter,
        outputs=spec.outputs if spec.endpoint is not EndpointKind.EMBEDDINGS else (),
        variant=variant,
    ).to_json()


SNAPSHOT_SUFFIX = ".rows.jsonl"


DESCRIPTION_SUFFIX = ".source.json"


_DESCRIPTION_KIND = "batch-desk-source"


_PART_NAME = re.compile(r"^(?P<stem>.+)\.part-\d+-of-\d+\.jsonl$")


def snapshot_path(dest: str | os.PathLike[str]) -> Path:
    """Where the build pass keeps the rows of the sheet ``dest`` was built from: ``<dest>.rows.jsonl``."""
    return Path(dest).with_suffix(SNAPSHOT_SUFFIX)


def description_path(dest: str | os.PathLike[str]) -> Path:
    """Where the build pass describes the sheet ``dest`` was built from: ``<dest>.source.json``."""
    return Path(dest).with_suffix(DESCRIPTION_SUFFIX)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def snapshot_lines(batch: Sequence[Row], id_index: int | None) -> bytes:
    """The snapshot lines of a batch of rows, each by its request id (:func:`row_ids`), written by
    ``answers.source.snapshot_lines`` (the one writer of the format its reader reads)."""
    from desktop_app.core.answers.source import snapshot_lines as lines

    rows_values = [row[1] for row in batch]
    return lines(list(zip(row_ids(rows_values, [row[0] for row in batch], id_index), rows_values, strict=True)))


def write_description(dest: Path, source: Mapping[str, Any], sha256: str) -> None:
    """``<dest>.source.json``: the description and the sha256 of the request file it belongs to."""
    data = {"kind": _DESCRIPTION_KIND, "version": 1, "requests_sha256": [sha256], "source": dict(source)}
    with atomic_write(description_path(dest), "wb") as handle:
        handle.write(orjson.dumps(data, option=orjson.OPT_INDENT_2))


def _read_description(path: Path) -> dict[str, Any] | None:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(data, dict) or data.get("kind") != _DESCRIPTION_KIND or not isinstance(data.get("source"), dict):
        return None
    hashes = data.get("requests_sha256")
    if not isinstance(hashes, list) or not all(isinstance(h, str) for h in hashes):
        return None
    return data


def _description_for(path: Path) -> Path:
    """The description beside ``path``, or beside the whole file for a part of a split."""
    own = description_path(path)
    match = _PART_NAME.match(path.name)
    if own.is_file() or match is None:
        return own
    return path.with_name(match["stem"] + DESCRIPTION_SUFFIX)


def record_parts(dest: str | os.PathLike[str], parts: Iterable[str | os.PathLike[str]]) -> None:
    """Let the parts of a split of ``dest`` carry its sheet too (their sha256 join the description).
    Nothing happens when ``dest`` has no description. Blocking (hashes every part)."""
    where = description_path(dest)
    data = _read_description(where)
    if data is None:
        return
    hashes = list(data["requests_sha256"])
    hashes += [h for h in (sha256_file(Path(p)) for p in parts) if h not in hashes]
    with atomic_write(where, "wb") as handle:
        handle.write(orjson.dumps({**data, "requests_sha256": hashes}, option=orjson.OPT_INDENT_2))


@dataclass(frozen=True)
class FoundSource:
    """What :func:`source_for_file` found beside a request file."""

    source: dict[str, Any] | None  # the ledger's ``source``; None when there is none or it does not fit
    stale: bool = False  # a description is there, but the file changed since it was built


def source_for_file(path: str | os.PathLike[str], *, keep_in: str | os.PathLike[str] | None = None) -> FoundSource:
    """The sheet a request file was built from, as :func:`build_jsonl` left it beside the file (or
    beside the whole file, for a part of a split) — only when the file is byte for byte one the build
    pass wrote (an edited or replaced file could pair the answers with the wrong rows).

    ``keep_in``: copy the rows snapshot into this folder (the app's own) and point at the copy, so a
    later ``convert`` to the same name cannot change the columns of a job already submitted.
    Blocking (hashes the file): run it in a worker thread.
    """
    file = Path(path)
    data = _read_description(_description_for(file))
    if data is None:
        return FoundSource(None)
    if sha256_file(file) not in data["requests_sha256"]:
        return FoundSource(None, stale=True)
    source = dict(data["source"])
    rows = source.get("rows_path")
    if keep_in is not None and isinstance(rows, str) and Path(rows).is_file():
        kept = (
            Path(keep_in) / f"{Path(rows).name.removesuffix(SNAPSHOT_SUFFIX)}-{uuid.uuid4().hex[:8]}{SNAPSHOT_SUFFIX}"
        )
        with open(rows, "rb") as src, atomic_write(kept, "wb") as out:
            shutil.copyfileobj(src, out, CHUNK_BYTES)
        source["rows_path"] = str(kept)
    return FoundSource(source)
