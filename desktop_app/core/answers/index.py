"""The saved indexes of a job's files: the scanner's offsets and ids written once, so the results window
opens on 200,000 rows without reading them again. Only a shortcut: rebuilt from the file whenever
missing or stale.

* the answers' index sits next to each downloaded answer file (``output.jsonl.rowindex``);
* the input's index (the job's own request file) sits next to the job's answers
  (``output.jsonl.input.rowindex``, :func:`input_index_path`): the request file may be the user's own,
  and nothing is ever written next to a user's file. It is checked against the input's path, size,
  modification time and a hash of its first and last 64 KB before use.
"""

from __future__ import annotations

import hashlib
import logging
import os
from array import array
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import orjson

from desktop_app.core.answers.scan import IdRun, Mapped, id_runs
from desktop_app.core.fileutil import atomic_write

log = logging.getLogger(__name__)


ANSWER_INDEX_SUFFIX = ".rowindex"
"""The saved index of an answer file sits next to it: ``output.jsonl.rowindex`` (see :func:`save_answer_index`)."""
INPUT_INDEX_SUFFIX = ".input.rowindex"
"""The saved index of a job's input sits next to its answers: ``output.jsonl.input.rowindex``."""
_INDEX_MAGIC = b"BDIDX1\n"
_SAMPLE_BYTES = 64 * 1024


class SavedLines(NamedTuple):
    """Every line of an answer file with its id, as saved: not necessarily consecutive line numbers."""

    lines: array[int]
    offsets: array[int]
    lengths: array[int]
    cids: list[str]


class PlainLines:
    """The runs of one answer file collected while it is indexed (to save them)."""

    def __init__(self) -> None:
        self.lines: array[int] = array("q")
        self.offsets: array[int] = array("q")
        self.lengths: array[int] = array("q")
        self.cids: list[str] = []

    def add(self, run: IdRun) -> None:
        self.lines.extend(range(run.first_line, run.first_line + len(run.cids)))
        self.offsets.extend(run.offsets)
        self.lengths.extend(run.lengths)
        self.cids.extend(run.cids)

    def run(self) -> SavedLines:
        return SavedLines(self.lines, self.offsets, self.lengths, self.cids)


Seen = tuple[int, int] | None
"""A file's ``(size, mtime_ns)`` when its lines were read (None: read now)."""


def file_seen(path: Path) -> tuple[int, int]:
    """``(size, mtime_ns)`` of ``path`` now (pass it back to the save functions)."""
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _index_path(path: Path) -> Path:
    return path.with_name(path.name + ANSWER_INDEX_SUFFIX)


def input_index_path(answers: str | os.PathLike[str]) -> Path:
    """Where the saved index of a job's input goes: next to the job's answer file ``answers``."""
    p = Path(answers)
    return p.with_name(p.name + INPUT_INDEX_SUFFIX)


def _input_facts(path: Path) -> dict[str, object]:
    """What a saved input index must match besides size and time: the input's path and a hash of its
    first and last :data:`_SAMPLE_BYTES` (a file rewritten in the same second with the same size)."""
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as handle:
        digest.update(handle.read(_SAMPLE_BYTES))
        size = os.fstat(handle.fileno()).st_size
        if size > _SAMPLE_BYTES:
            handle.seek(max(_SAMPLE_BYTES, size - _SAMPLE_BYTES))
            digest.update(handle.read(_SAMPLE_BYTES))
    return {"input": str(path.resolve()), "sample": digest.hexdigest()}


def plain_lines(path: Path) -> SavedLines | None:
    """Every line of ``path`` with its id when every line is plain (else None): what gets saved."""
    mapped = Mapped(path)
    try:
        collected = PlainLines()
        for item in mapped.releasing(id_runs(mapped.buffer)):
            if not isinstance(item, IdRun):
                return None
            collected.add(item)
        return collected.run()
    finally:
        mapped.close()


def save_answer_index(path: str | os.PathLike[str], lines: SavedLines | None = None, seen: Seen = None) -> bool:
    """Save the index of an answer file next to it (the app's own downloads), so the results window
    opens on 200,000 answers without reading them again (issue 13). Only a file whose every line is
    plain (a JSON object with a string ``custom_id``) gets one; False when none was written. Never
    raises for a disk problem: the index is only a shortcut, rebuilt from the file whenever missing.
    ``seen``: the file's ``(size, mtime_ns)`` when ``lines`` were read (nothing is saved if it changed)."""
    p = Path(path)
    return _save(p, _index_path(p), lines, {}, seen)


def save_input_index(
    path: str | os.PathLike[str], index: str | os.PathLike[str], lines: SavedLines | None = None, seen: Seen = None
) -> bool:
    """Save the index of a job's input file ``path`` at ``index`` (:func:`input_index_path`), so the
    next opening of the results window scans nothing (issue 13). As :func:`save_answer_index`: only
    for a file whose every line is plain; False when none was written; never raises for a disk problem."""
    p = Path(path)
    try:
        extra = _input_facts(p)
    except OSError as exc:
        log.info("input index of %s not saved: %s", p.name, exc)
        return False
    return _save(p, Path(index), lines, extra, seen)


def _save(p: Path, target: Path, lines: SavedLines | None, extra: Mapping[str, object], seen: Seen) -> bool:
    try:
        st = p.stat()
        if seen is not None and seen != (st.st_size, st.st_mtime_ns):
            return False  # the file changed since its lines were read: they would not describe it
        if lines is None:
            lines = plain_lines(p)
            if lines is None:
                return False
        ids = _join_ids(lines.cids)
        payload = (lines.lines.tobytes(), lines.offsets.tobytes(), lines.lengths.tobytes(), ids)
        digest = hashlib.blake2b(digest_size=16)
        for part in payload:
            digest.update(part)  # hashlib lets other threads run while it hashes a big buffer
        facts = {
            "size": st.st_size,
            "mtime_ns": st.st_mtime_ns,
            "n": len(lines.cids),
            "ids_bytes": len(ids),
            "digest": digest.hexdigest(),
            **extra,
        }
        with atomic_write(target) as handle:
            handle.write(_INDEX_MAGIC + orjson.dumps(facts) + b"\n")
            for part in payload:
                handle.write(part)
    except (OSError, ValueError) as exc:
        log.info("index of %s not saved: %s", p.name, exc)
        return False
    return True


_ID_SLICE = 10_000  # ids joined or split at once: one C call over 10,000 ids holds the interpreter ~1 ms
_ID_PIECE_BYTES = 256 * 1024


def _join_ids(cids: list[str]) -> bytes:
    """``"\\n".join(cids)`` as UTF-8, :data:`_ID_SLICE` ids at a time (issue 13)."""
    pieces = [
        "\n".join(cids[start : start + _ID_SLICE]).encode("utf-8", "surrogatepass")
        for start in range(0, len(cids), _ID_SLICE)
    ]
    return b"\n".join(pieces)


def _split_ids(raw: bytes) -> list[str]:
    """The ids of :func:`_join_ids`, decoded and split a piece of :data:`_ID_PIECE_BYTES` at a time
    (one ``split`` over a million ids held the interpreter ~40 ms)."""
    cids: list[str] = []
    start, size = 0, len(raw)
    while start < size:
        end = raw.rfind(b"\n", start, start + _ID_PIECE_BYTES) if start + _ID_PIECE_BYTES < size else -1
        stop = size if end < 0 else end
        cids.extend(raw[start:stop].decode("utf-8", "surrogatepass").split("\n"))
        start = stop + 1
    if size and raw.endswith(b"\n"):
        cids.append("")
    return cids


def load_answer_index(path: Path) -> SavedLines | None:
    """The saved index of an answer file when it matches the file's size and time; None otherwise."""
    return _load(path, _index_path(path), None)


def load_input_index(path: Path, index: Path) -> SavedLines | None:
    """The saved index of a job's input ``path`` (kept at ``index``) when it matches the file's path,
    size, time and sampled hash; None otherwise (missing, stale, torn)."""
    try:
        if not index.is_file():
            return None
        extra = _input_facts(path)
    except OSError:
        return None
    return _load(path, index, extra)


def _load(path: Path, index: Path, extra: Mapping[str, object] | None) -> SavedLines | None:
    try:
        st = path.stat()
        with open(index, "rb") as handle:
            if handle.read(len(_INDEX_MAGIC)) != _INDEX_MAGIC:
                return None
            header = orjson.loads(handle.readline())
            n = int(header["n"])
            if header["size"] != st.st_size or header["mtime_ns"] != st.st_mtime_ns or n < 0:
                return None
            if extra is not None and any(header.get(key) != value for key, value in extra.items()):
                return None
            payload = handle.read()
        ids_bytes = int(header["ids_bytes"])
        if len(payload) != 24 * n + ids_bytes:
            return None
        digest = header.get("digest")
        # older answer indexes have no digest; input ones always do (hashlib lets other threads run meanwhile)
        if (digest is not None or extra is not None) and hashlib.blake2b(payload, digest_size=16).hexdigest() != digest:
            return None
        view = memoryview(payload)
        columns = []
        for k in range(3):
            column = array("q")
            column.frombytes(view[8 * n * k : 8 * n * (k + 1)])
            columns.append(column)
        cids = _split_ids(payload[24 * n :]) if n else []
    except (OSError, ValueError, KeyError, TypeError, EOFError, orjson.JSONDecodeError):
        return None
    if len(cids) != n or (n and max(columns[1][-1], 0) + columns[2][-1] > st.st_size):
        return None
    return SavedLines(columns[0], columns[1], columns[2], cids)
