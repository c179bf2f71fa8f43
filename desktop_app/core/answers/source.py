"""Where a job's rows came from: the spreadsheet a job was built from (:class:`SourceSpec`, kept in
the ledger's ``source``) and its rows, read back from the snapshot written at build time or from the
table itself, so the results show the user's own columns next to the answers."""

from __future__ import annotations

import contextlib
import os
import threading
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
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


def load_source_rows(spec: SourceSpec) -> tuple[tuple[str, ...], Mapping[str, tuple[str, ...]]]:
    """The column headers and ``custom_id`` → the row's values for those columns.

    Uses the snapshot when it exists (a :class:`SnapshotRows`: an index of it, the rows read when asked
    for; ``close()`` it when done), else reads the table (all its columns when :attr:`SourceSpec.columns`
    is empty). Raises OSError / ValueError / a table reader's TableError when neither can be read (the
    view then shows the answers without the original columns).
    """
    if spec.rows_path and Path(spec.rows_path).is_file():
        return spec.columns, SnapshotRows(Path(spec.rows_path), len(spec.columns))
    return _load_table(spec)


_PREFIX = b'{"custom_id":"'  # how snapshot_lines starts every line (orjson, compact)
_LOW32 = 0xFFFFFFFF


class SnapshotRows(Mapping[str, tuple[str, ...]]):
    """``custom_id`` → the sheet row's values, read from the snapshot file when asked for.

    Holding every row of a 1,000,000-row sheet as Python strings took ~600 MB (the merged export of a
    split group went to 1.8 GB, issue 13); this keeps three integer arrays (~20 MB for a million rows):
    each line's offset, the hash of its ``custom_id`` cut to 32 bits, and an open-addressing table of the
    lines' numbers. A lookup reads the line and compares the id, so a hash collision costs a read, never
    a wrong row. The first line of a repeated id wins. Thread-safe; :meth:`close` releases the file.
    """

    def __init__(self, path: Path, width: int) -> None:
        self.path = path
        self._width = width
        self._lock = threading.Lock()
        self._offsets = array("q")
        self._hashes = array("I")  # hash(custom_id) & 0xFFFFFFFF
        self._handle = open(path, "rb")  # noqa: SIM115 - kept open for the lookups; close() closes it
        try:
            self._slots = self._index()
        except BaseException:
            self._handle.close()
            raise

    def _index(self) -> array[int]:
        hashes, offsets = self._hashes, self._offsets  # every id line's, in file order
        offset = 0
        with open(self.path, "rb", buffering=_READ_BUFFER) as handle:
            for raw in handle:
                cid = _snapshot_id(raw)
                if cid is not None:
                    hashes.append(hash(cid) & _LOW32)
                    offsets.append(offset)
                offset += len(raw)
        size = 8
        while size < 2 * len(hashes):
            size *= 2
        mask = size - 1
        slots = array("I", [0]) * size  # 1 + the line's entry number; 0: empty
        self._repeated = bytearray(len(hashes))  # 1: a later line of an id already indexed
        for entry, code in enumerate(hashes):
            slot = code & mask
            while slots[slot]:
                other = slots[slot] - 1
                if hashes[other] == code and self._read_id(offsets[other]) == self._read_id(offsets[entry]):
                    self._repeated[entry] = 1  # the first line of a repeated id keeps it
                    break
                slot = (slot + 1) & mask
            else:
                slots[slot] = entry + 1
        self._count = len(hashes) - sum(self._repeated)
        return slots

    def _line(self, offset: int) -> bytes:
        with self._lock:
            self._handle.seek(offset)
            return self._handle.readline()

    def _read_id(self, offset: int) -> str | None:
        return _snapshot_id(self._line(offset))

    def _find(self, cid: str) -> tuple[str, ...] | None:
        if not isinstance(cid, str):
            return None
        code = hash(cid) & _LOW32
        slots, hashes, offsets = self._slots, self._hashes, self._offsets
        mask = len(slots) - 1
        slot = code & mask
        while entry := slots[slot]:
            if hashes[entry - 1] == code:
                with self._lock:
                    self._handle.seek(offsets[entry - 1])
                    raw = self._handle.readline()
                found = _snapshot_row(raw)
                if found is not None and found[0] == cid:
                    cells = found[1]
                    return cells if len(cells) == self._width or self._width <= 0 else _fit(cells, self._width)
            slot = (slot + 1) & mask
        return None

    def __getitem__(self, cid: str) -> tuple[str, ...]:
        found = self._find(cid)
        if found is None:
            raise KeyError(cid)
        return found

    def get(self, cid: str, default: object = None) -> tuple[str, ...] | None:  # type: ignore[override]
        """The row of ``cid`` (``default`` when the sheet has none)."""
        found = self._find(cid)
        return found if found is not None else default  # type: ignore[return-value]

    def __iter__(self) -> Iterator[str]:
        for entry, offset in enumerate(self._offsets):
            cid = None if self._repeated[entry] else self._read_id(offset)
            if cid is not None:
                yield cid

    def __len__(self) -> int:
        return self._count

    def close(self) -> None:
        """Release the file."""
        with self._lock:
            self._handle.close()


def _snapshot_id(raw: bytes) -> str | None:
    """The ``custom_id`` of a snapshot line (None for a line that is not one)."""
    if raw.startswith(_PREFIX):
        end = raw.find(b'"', len(_PREFIX))
        if end > 0 and b"\\" not in raw[len(_PREFIX) : end]:
            try:
                return raw[len(_PREFIX) : end].decode("utf-8")
            except UnicodeDecodeError:
                return None
    found = _snapshot_row(raw)
    return found[0] if found is not None else None


def _snapshot_row(raw: bytes) -> tuple[str, tuple[str, ...]] | None:
    """(``custom_id``, the cells) of a snapshot line (None for a line that is not one)."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:  # also an empty line
        return None
    if type(obj) is not dict or "custom_id" not in obj:
        return None
    values = obj.get("values")
    if type(values) is not list:
        return str(obj["custom_id"]), ()
    return str(obj["custom_id"]), tuple(["" if v is None else v if type(v) is str else str(v) for v in values])


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
