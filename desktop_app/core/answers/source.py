"""Where a job's rows came from: the spreadsheet a job was built from (:class:`SourceSpec`, kept in
the ledger's ``source``) and its rows, read back from the snapshot written at build time or from the
table itself, so the results show the user's own columns next to the answers."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core.builder.ids import ROW_ID_TEMPLATE, row_id
from desktop_app.core.fileutil import atomic_write
from desktop_app.core.outputs import OutputColumn, outputs_from_json

_READ_BUFFER = 1 << 20
_SNAPSHOT_BATCH = 4096  # rows encoded per write


@dataclass(frozen=True)
class SourceSpec:
    """Where a job's requests came from when it was built from a spreadsheet (the ledger's ``source``).

    The builder fills it when it turns a table into JSONL; the results view then shows the table's
    original columns next to the answers.

    Attributes:
        path: the spreadsheet the user chose (``.csv``, ``.tsv``, ``.txt``, ``.xlsx``, ``.xlsm``).
        columns: the header texts of the original columns to show, in order.
        id_column: the header whose cell is the request's ``custom_id``; None when ids were made from
            row numbers with ``id_template``.
        id_template: when ``id_column`` is None: ``custom_id = id_template.format(row=N)`` with N the
            1-based row number in the sheet (the header row counts).
        sheet: the worksheet name (XLSX); None for the first / active one.
        header_row: 1-based row number of the headers (informational; the reader detects it).
        rows_path: a snapshot of the rows written with :func:`write_source_snapshot` at build time.
            Preferred when present: it opens fast and survives the user editing or moving the
            spreadsheet. Without it the table itself is read (XLSX reading is slow for big sheets).
        encoding: text encoding of a CSV/TSV table; None: detect.
        delimiter: CSV delimiter; None: detect.
        outputs: the output columns the answers are split into (empty: one free-text answer).
        variant: for a comparison, what this job's answers are called (the model or prompt variant).
    """

    path: str
    columns: tuple[str, ...] = ()
    id_column: str | None = None
    id_template: str = "{row}"
    sheet: str | None = None
    header_row: int = 1
    rows_path: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    outputs: tuple[OutputColumn, ...] = ()
    variant: str = ""

    def to_json(self) -> dict[str, Any]:
        """The JSON object stored in the ledger's ``source`` column."""
        return {
            "kind": "table",
            "path": self.path,
            "columns": list(self.columns),
            "id_column": self.id_column,
            "id_template": self.id_template,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "rows_path": self.rows_path,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "outputs": [c.to_json() for c in self.outputs],
            "variant": self.variant,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> SourceSpec | None:
        """Read the ledger's ``source``; None when it is empty or not a table description."""
        if not data or not isinstance(data.get("path"), str) or data.get("kind", "table") != "table":
            return None
        columns = data.get("columns")
        header_row = data.get("header_row")
        return cls(
            path=str(data["path"]),
            columns=tuple(str(c) for c in columns) if isinstance(columns, list) else (),
            id_column=_opt_text(data.get("id_column")),
            id_template=str(data.get("id_template") or "{row}"),
            sheet=_opt_text(data.get("sheet")),
            header_row=header_row if isinstance(header_row, int) and header_row >= 1 else 1,
            rows_path=_opt_text(data.get("rows_path")),
            encoding=_opt_text(data.get("encoding")),
            delimiter=_opt_text(data.get("delimiter")),
            outputs=outputs_from_json(data.get("outputs")),
            variant=str(data.get("variant") or ""),
        )


def write_source_snapshot(dest: str | os.PathLike[str], rows: Iterable[tuple[str, Sequence[object]]]) -> int:
    """Write the snapshot :attr:`SourceSpec.rows_path` points at; return the number of rows.

    Lines as :func:`snapshot_lines` writes them, values as text in the order of
    :attr:`SourceSpec.columns`. Written atomically.
    """
    written = 0
    with atomic_write(Path(dest)) as handle:
        batch: list[tuple[str, list[str]]] = []
        for custom_id, values in rows:
            batch.append((str(custom_id), ["" if v is None else v if isinstance(v, str) else str(v) for v in values]))
            if len(batch) >= _SNAPSHOT_BATCH:
                handle.write(snapshot_lines(batch))
                written += len(batch)
                batch.clear()
        handle.write(snapshot_lines(batch))
        written += len(batch)
    return written


def snapshot_lines(rows: Sequence[tuple[str, Sequence[str]]]) -> bytes:
    """The snapshot's lines for ``(custom_id, cells)`` pairs — one ``{"custom_id": …, "values": [cell, …]}``
    JSON line each, the format :func:`load_source_rows` reads. The one writer of that format (the build
    pass and :func:`write_source_snapshot` call it); characters UTF-8 cannot hold become "?"."""
    dumps, newline = orjson.dumps, orjson.OPT_APPEND_NEWLINE
    try:  # a list comprehension: ~5x faster than a generator here
        return b"".join([dumps({"custom_id": c, "values": v}, option=newline) for c, v in rows])
    except orjson.JSONEncodeError:  # an unpaired surrogate somewhere
        return b"".join(
            [dumps({"custom_id": _utf8(c), "values": [_utf8(x) for x in v]}, option=newline) for c, v in rows]
        )


def _utf8(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


def load_source_rows(spec: SourceSpec) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The column headers and ``custom_id`` → the row's values for those columns.

    Uses the snapshot when it exists, else reads the table (all its columns when
    :attr:`SourceSpec.columns` is empty). Raises OSError / ValueError / a table reader's TableError when
    neither can be read (the view then shows the answers without the original columns).
    """
    if spec.rows_path and Path(spec.rows_path).is_file():
        return spec.columns, _load_snapshot(Path(spec.rows_path), len(spec.columns))
    return _load_table(spec)


def _load_snapshot(path: Path, width: int) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    with open(path, "rb", buffering=_READ_BUFFER) as handle:
        for raw in handle:
            if not raw.strip():
                continue
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError:
                continue
            if type(obj) is not dict or "custom_id" not in obj:
                continue
            values = obj.get("values")
            cells = tuple("" if v is None else str(v) for v in values) if type(values) is list else ()
            found.setdefault(str(obj["custom_id"]), _fit(cells, width))
    return found


def _fit(cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    if width <= 0 or len(cells) == width:
        return cells
    return cells[:width] if len(cells) > width else cells + ("",) * (width - len(cells))


def _load_table(spec: SourceSpec) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """Read the spreadsheet itself with :func:`desktop_app.core.tables.readers.open_table` (the builder's reader,
    so cells look the same as when the requests were built)."""
    from desktop_app.core.tables.readers import open_table

    found: dict[str, tuple[str, ...]] = {}
    with contextlib.closing(
        open_table(spec.path, encoding=spec.encoding, delimiter=spec.delimiter, sheet=spec.sheet)
    ) as table:
        header = table.columns
        wanted = spec.columns or header
        positions = [header.index(c) if c in header else -1 for c in wanted]
        id_at: int | None = None
        if spec.id_column is not None:
            if spec.id_column not in header:
                raise ValueError(f"the id column {spec.id_column!r} is not in the table's header")
            id_at = header.index(spec.id_column)
        # the build's rule (builder/ids.py); a template of its own only in a job written before it
        own_template = spec.id_column is None and spec.id_template != ROW_ID_TEMPLATE
        for row in table.iter_rows():
            cells = row.values
            if own_template:
                custom_id = spec.id_template.format(row=row.number)
            else:
                custom_id = row_id(cells, row.number, id_at) if id_at is None or id_at < len(cells) else ""
            if custom_id:
                found.setdefault(custom_id, tuple(cells[p] if 0 <= p < len(cells) else "" for p in positions))
    return tuple(wanted), found


def _opt_text(value: object) -> str | None:
    return None if value is None or value == "" else str(value)
