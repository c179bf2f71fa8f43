"""One part's answers held by place, each parsed when a row asks for it: the group pass's answers.

A merged export of a million rows reads a group part by part. Holding one part's answers parsed (50,000
tuples with their texts) took ~49 MB of the export worker; the places take ~9 MB (issue 13). The rules
are the full pass's (:meth:`ResultsView._load_all_answers`): within a layer the first answer of an id
wins and later ones are counted as duplicates; the newest layer with a readable answer wins; a line
that is not a JSON object is unreadable, one without ``custom_id`` is counted; an answer whose values
cannot be read is unreadable — counted once, whether a row asked for it or not (:meth:`PartAnswers.finish`).

Where an answer file has a saved index (the app's downloads, :mod:`desktop_app.core.answers.index`), its
ids and places come from there instead of a parse of every line (~0.1 s a part). Those ids were found by
the bytes alone, so every line they name is checked when it is parsed — the answers rows ask for, and
at the end the rest, repeats included; at the first line that is not what its index said, the part is
read again line by line and the counts are the full pass's.
"""

from __future__ import annotations

import contextlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Protocol

import orjson

from desktop_app.core.answers.index import load_answer_index
from desktop_app.core.answers.parse import AnswerValues, answer_id, bounded_lines_at, line_values
from desktop_app.core.answers.rows import JoinSummary
from desktop_app.core.answers.scan import read_at

_READ_BUFFER = 1 << 20

AnswerFile = tuple[int, Path, bool, str]
"""One answer file of a part: ``(layer, path, is error file, label)``."""
Judge = Callable[[AnswerValues], AnswerValues]
"""What a successful answer becomes under the job's output columns (None: no output columns)."""


class AnswerLookup(Protocol):
    """Answers by id, as a full pass's row join asks for them: a dict of parsed answers or :class:`PartAnswers`."""

    def get(self, cid: str, default: tuple[None, str], /) -> tuple[AnswerValues | None, str]:
        """``(values, label)`` of the answer for ``cid``, else ``default``."""
        ...


class _NotAsIndexed(Exception):
    """A line is not what its file's saved index said: read the part line by line."""


class PartAnswers:
    """The chosen answers of one part's answer files, by byte place: noted by :meth:`read`, asked for by
    :meth:`get` (as a dict of parsed answers is), counted by :meth:`finish`, closed by :meth:`close`.

    Attributes:
        answered: every id with an answer, in file order (one entry per layer that answers it).
        unreadable, without_id, duplicates: the full pass's counts of these files.
    """

    def __init__(self, judge: Judge | None = None) -> None:
        self._judge = judge
        self._spec: list[AnswerFile] = []
        self._files: list[tuple[IO[bytes], bool, str]] = []  # (unbuffered handle, is error file, label)
        self._start()

    def _start(self) -> None:
        """Nothing noted yet."""
        self._where: dict[str, int] = {}  # id -> its newest answer's slot
        self._offset: array[int] = array("q")  # per slot: where its line starts,
        self._length: array[int] = array("q")  # its length,
        self._line: array[int] = array("q")  # its line number,
        self._older: array[int] = array("q")  # the older layer's slot it replaced (-1: none),
        self._file: array[int] = array("H")  # which of _files holds it,
        self._parsed = bytearray()  # and 1 once its values were read
        self._indexed = False  # some ids came from a saved index (each line is checked when parsed)
        self._repeats: list[tuple[int, int, int, str]] = []  # indexed repeats: (file, offset, length, id)
        self.answered: list[str] = []  # the id of each slot
        self.unreadable = self.without_id = self.duplicates = 0

    def read(self, files: Iterable[AnswerFile]) -> None:
        """Note every answer line of ``files``, a layer's files one after the other, oldest layer first:
        its id from the file's saved index, else from a parse of the line (ids only)."""
        self._spec = list(files)
        self._read(use_index=True)

    def _read(self, use_index: bool) -> None:
        where, answered = self._where, self.answered
        offsets, lengths, lines, older, file_of = self._offset, self._length, self._line, self._older, self._file
        duplicates = 0
        layer, layer_start = -1, 0
        for layer_no, path, is_error_file, label in self._spec:
            if layer_no != layer:  # the slots from here on are this layer's
                layer, layer_start = layer_no, len(offsets)
            file_no = len(self._files)
            self._files.append((open(path, "rb", buffering=0), is_error_file, label))  # noqa: SIM115 - close()
            saved = load_answer_index(path) if use_index else None
            if saved is not None:
                self._indexed = True
                found: Iterable[tuple[int, int, int, str]] = zip(
                    saved.lines, saved.offsets, saved.lengths, saved.cids, strict=True
                )
            else:
                found = self._ids_in(path)
            for number, offset, length, cid in found:
                earlier = where.get(cid, -1)
                if earlier >= layer_start:  # answered before in this layer
                    duplicates += 1
                    if saved is not None:
                        self._repeats.append((file_no, offset, length, cid))
                    continue
                where[cid] = len(offsets)
                older.append(earlier)
                offsets.append(offset)
                lengths.append(length)
                lines.append(number)
                file_of.append(file_no)
                answered.append(cid)
        self._parsed = bytearray(len(offsets))
        self.duplicates += duplicates

    def _ids_in(self, path: Path) -> Iterator[tuple[int, int, int, str]]:
        """``(line number, offset, length, id)`` of every answer line of ``path`` with an id, counting
        the others (a parse of each line)."""
        loads = orjson.loads
        with open(path, "rb", buffering=_READ_BUFFER) as handle:
            for number, offset, raw in bounded_lines_at(handle):
                if raw is None:
                    continue  # longer than any answer: never loaded (as the full pass)
                try:
                    obj = loads(raw)
                except orjson.JSONDecodeError:
                    if raw.strip():  # blank lines are skipped, broken ones counted
                        self.unreadable += 1
                    continue
                cid = answer_id(obj.get("custom_id")) if type(obj) is dict else None
                if cid is None:
                    if type(obj) is dict:
                        self.without_id += 1
                    else:
                        self.unreadable += 1
                    continue
                yield number, offset, len(raw), cid

    def _read_again(self) -> None:
        """A line was not what its index said: forget everything and read every line."""
        self.close()
        self._start()
        self._read(use_index=False)

    def get(self, cid: str, default: tuple[None, str]) -> tuple[AnswerValues | None, str]:
        """``(values, label)`` of the newest readable answer for ``cid``; ``default`` when there is none."""
        try:
            return self._get(cid, default)
        except _NotAsIndexed:
            self._read_again()
            return self._get(cid, default)

    def _get(self, cid: str, default: tuple[None, str]) -> tuple[AnswerValues | None, str]:
        slot = self._where.get(cid, -1)
        while slot >= 0:
            values = self._values(slot)
            if values is not None:
                return values, self._files[self._file[slot]][2]
            slot = self._older[slot]
        return default

    def _values(self, slot: int) -> AnswerValues | None:
        """The values of the answer in ``slot``, read again from its file (None: unreadable, counted the
        first time). A line that no longer holds the id it was noted under is unreadable: the file
        changed, and a row never gets another row's answer."""
        handle, is_error_file, _ = self._files[self._file[slot]]
        obj = self._object(handle, self._offset[slot], self._length[slot], self.answered[slot])
        first = not self._parsed[slot]
        self._parsed[slot] = 1
        values = None if obj is None else line_values(obj, self._line[slot], is_error_file)
        if values is None:
            if first:
                self.unreadable += 1
            return None
        return values if self._judge is None else self._judge(values)

    def _object(self, handle: IO[bytes], offset: int, length: int, cid: str) -> dict[str, object] | None:
        """The JSON object at ``offset`` when its ``custom_id`` is ``cid``; else None — or, for an id
        taken from a saved index, :class:`_NotAsIndexed`."""
        try:
            parsed = orjson.loads(read_at(handle, offset, length))
        except (orjson.JSONDecodeError, OSError):
            parsed = None
        if type(parsed) is dict and answer_id(parsed.get("custom_id")) == cid:
            obj: dict[str, object] = parsed
            return obj
        if self._indexed:
            raise _NotAsIndexed
        return None

    def finish(self, tally: JoinSummary | None = None) -> None:
        """Once every row was joined: read the answers no row asked for (ids of no row of the part, older
        layers' answers) — and check an index's repeats — so the counts are the full pass's; add them
        to ``tally``."""
        try:
            self._read_the_rest()
        except _NotAsIndexed:
            self._read_again()
            self._read_the_rest()
        if tally is not None:
            tally.unreadable += self.unreadable
            tally.without_id += self.without_id
            tally.duplicates += self.duplicates

    def _read_the_rest(self) -> None:
        parsed = self._parsed
        slot = parsed.find(0)
        while slot >= 0:
            self._values(slot)
            slot = parsed.find(0, slot + 1)
        for file_no, offset, length, cid in self._repeats:
            self._object(self._files[file_no][0], offset, length, cid)

    def close(self) -> None:
        """Close the answer files (again is harmless)."""
        for handle, _, _ in self._files:
            with contextlib.suppress(OSError):
                handle.close()
        self._files = []
