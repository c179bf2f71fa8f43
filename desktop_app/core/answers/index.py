"""The saved index of a downloaded answer file (``output.jsonl.rowindex``): the scanner's offsets
and ids written next to the file, so the results window opens on 200,000 answers without reading
them again. Only a shortcut: rebuilt from the file whenever missing or stale."""

from __future__ import annotations

import logging
import os
from array import array
from pathlib import Path
from typing import NamedTuple

import orjson

from desktop_app.core.answers.scan import IdRun, Mapped, id_runs
from desktop_app.core.fileutil import atomic_write

log = logging.getLogger(__name__)


ANSWER_INDEX_SUFFIX = ".rowindex"
"""The saved index of an answer file sits next to it: ``output.jsonl.rowindex`` (see :func:`save_answer_index`)."""
_INDEX_MAGIC = b"BDIDX1\n"


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


def _index_path(path: Path) -> Path:
    return path.with_name(path.name + ANSWER_INDEX_SUFFIX)


def save_answer_index(path: str | os.PathLike[str], lines: SavedLines | None = None) -> bool:
    """Save the index of an answer file next to it (the app's own downloads), so the results window
    opens on 200,000 answers without reading them again (issue 13). Only a file whose every line is
    plain (a JSON object with a string ``custom_id``) gets one; False when none was written. Never
    raises for a disk problem: the index is only a shortcut, rebuilt from the file whenever missing."""
    p = Path(path)
    try:
        st = p.stat()
        if lines is None:
            mapped = Mapped(p)
            try:
                collected = PlainLines()
                for item in mapped.releasing(id_runs(mapped.buffer)):
                    if not isinstance(item, IdRun):
                        return False
                    collected.add(item)
                lines = collected.run()
            finally:
                mapped.close()
        ids = "\n".join(lines.cids).encode("utf-8", "surrogatepass")
        facts = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "n": len(lines.cids), "ids_bytes": len(ids)}
        header = orjson.dumps(facts) + b"\n"
        with atomic_write(_index_path(p)) as handle:
            handle.write(_INDEX_MAGIC + header)
            lines.lines.tofile(handle)
            lines.offsets.tofile(handle)
            lines.lengths.tofile(handle)
            handle.write(ids)
    except (OSError, ValueError) as exc:
        log.info("answer index of %s not saved: %s", p.name, exc)
        return False
    return True


def load_answer_index(path: Path) -> SavedLines | None:
    """The saved index of an answer file when it matches the file's size and time; None otherwise."""
    try:
        st = path.stat()
        with open(_index_path(path), "rb") as handle:
            if handle.read(len(_INDEX_MAGIC)) != _INDEX_MAGIC:
                return None
            header = orjson.loads(handle.readline())
            n = int(header["n"])
            if header["size"] != st.st_size or header["mtime_ns"] != st.st_mtime_ns or n < 0:
                return None
            columns = []
            for _ in range(3):
                column = array("q")
                column.fromfile(handle, n)
                columns.append(column)
            raw_ids = handle.read()
            if len(raw_ids) != header["ids_bytes"]:
                return None
            ids = raw_ids.decode("utf-8", "surrogatepass")
    except (OSError, ValueError, KeyError, TypeError, EOFError, orjson.JSONDecodeError):
        return None
    cids = ids.split("\n") if n else []
    if len(cids) != n or (n and max(columns[1][-1], 0) + columns[2][-1] > st.st_size):
        return None
    return SavedLines(columns[0], columns[1], columns[2], cids)
