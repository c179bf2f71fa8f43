"""The one join of a job's answers with its requests: :class:`ResultsView`, the results table of one
job (or one split group), two ways:

* Random access (the table): on first use it *indexes* the files — for every input line and every
  answer line the byte offset and the ``custom_id`` (:mod:`desktop_app.core.answers.scan`; anything
  unusual is parsed). 50,000 rows index in about 0.25 s; a row is parsed only when asked for
  (:meth:`ResultsView.row` / :meth:`ResultsView.rows`), with a small cache. Files are memory-mapped
  until :meth:`ResultsView.close`.
* Full passes (exports, :meth:`ResultsView.iter_rows`): :meth:`ResultsView.iter_row_tuples` reads
  each file once, in order, with no index — answers parsed once into plain tuples, the input streamed
  (see ``docs/benchmarks.md``); a split group's pass goes part by part, holding each part's answers by
  place and parsing one when its row is written (:mod:`desktop_app.core.answers.part_answers`).
* The exact status of every row (needed for the status filter, the counts and the re-run) comes from
  :meth:`ResultsView.statuses`, one pass that parses the chosen answer lines; run it in a worker thread
  after the first rows are shown. Until then :meth:`ResultsView.quick_status` is "failed" for answers
  in an error file, "succeeded" for answers in an output file and "missing" for none; rows that
  :meth:`ResultsView.row` returns are always exact.
* A job that came from a spreadsheet keeps the original columns: the ledger's ``source`` field holds a
  :class:`~desktop_app.core.answers.source.SourceSpec` (filled by the builder); each row carries
  ``source`` values aligned with :attr:`ResultsView.source_columns`.

Join rules:

* Answers are matched by ``custom_id``; order and partial files do not matter. Within one job the
  output file is read before the error file; the first answer for a ``custom_id`` wins and later ones
  are counted as ``duplicates`` (a request that appears as a success and as an error counts as a
  success). Anything listed in the error file counts as failed, even if it looks successful.
* Answers of re-runs (child jobs with relation ``rerun``) are later *layers*: the newest layer that
  answers a ``custom_id`` wins, so the parent's view and exports show the newest answer per request.
* Answers whose ``custom_id`` is not in the input are counted (``unknown``), as are answers without
  any ``custom_id`` (``without_id``) and lines that are not JSON objects (``unreadable``).
* Input lines without a usable ``custom_id`` (or not JSON) are skipped and counted
  (``input_skipped``); a ``custom_id`` repeated in the input gets the same answer on every row and is
  counted (``input_duplicates``).
* Token totals add up the successful rows only: those are the ones that are billed.

Every function here is blocking: the window runs them in a worker thread.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from desktop_app.core import wording as w
from desktop_app.core.answers.index import (
    PlainLines,
    SavedLines,
    file_seen,
    load_answer_index,
    load_input_index,
    save_answer_index,
    save_input_index,
)
from desktop_app.core.answers.parse import (
    MAX_RESULT_LINE_BYTES,
    AnswerValues,
    answer_id,
    bounded_lines,
    line_values,
    plain_chat_values,
    request_prompt,
)
from desktop_app.core.answers.part_answers import AnswerLookup, PartAnswers
from desktop_app.core.answers.rows import JoinSummary, ResultRow, RowStatus
from desktop_app.core.answers.scan import IdLine, IdRun, Mapped, id_runs
from desktop_app.core.answers.source import SnapshotRows, SourceSpec, load_source_rows
from desktop_app.core.answers.verdict import Reconciliation, judge
from desktop_app.core.bulk import bulk_pass
from desktop_app.core.error_base import BatchDeskError
from desktop_app.core.idmap import IdMap
from desktop_app.core.outputs import NEEDS_ANOTHER_TRY, OutputColumn, parse_answer

_READ_BUFFER = 1 << 20
_UTF8_BOM = b"\xef\xbb\xbf"
_EXAMPLES = 20
ROW_CACHE_SIZE = 4096
ANSWER_SLICE = 10_000
"""Answer ids are indexed this many at a time: one C-level call over 10,000 ids holds the interpreter
~1–2 ms, so the window's UI thread is never kept waiting by the index worker for long (issue 13)."""


@dataclass(frozen=True)
class AnswerLayer:
    """The answer files of one job; later layers (re-runs) override earlier ones per custom_id."""

    output_path: Path | None
    error_path: Path | None
    label: str = ""  # the re-run's batch id (shown as ``answered_by``); empty for the job's own answers


class _EarlierParts:
    """The input ids of a group's parts indexed so far, as a hash filter: :meth:`maybe` is False for
    an id no earlier part had (nearly always) and True when one may have had it; the few maybes are
    settled exactly once every row is indexed (``ResultsView._settle_parts``). A set of a million ids
    took 32 MB and ~0.1 s to fill; the filter takes at most 8 MB (``2**MAX_BITS`` bits), and about 4
    bits per byte of input below that (a plain request line has at least ~20 bytes)."""

    __slots__ = ("bits", "mask")
    MAX_BITS = 26
    MIN_BITS = 16

    def __init__(self, input_bytes: int) -> None:
        size = min(self.MAX_BITS, max(self.MIN_BITS, (input_bytes * 4).bit_length()))
        self.mask = (1 << size) - 1
        self.bits = bytearray(max(1, (self.mask + 1) >> 3))

    def maybe(self, cid: str) -> bool:
        at = hash(cid) & self.mask
        return bool(self.bits[at >> 3] & (1 << (at & 7)))

    def add_all(self, cids: Sequence[str]) -> None:
        """Note ``cids`` (one Python step per id: the interpreter switches threads between them)."""
        bits, mask = self.bits, self.mask
        for cid in cids:
            at = hash(cid) & mask
            bits[at >> 3] |= 1 << (at & 7)


_id_code = hash  # what :class:`_HashSeen` keeps of an id (tests make every id collide)


class _HashSeen:
    """A set of ids' hashes cut to 32 bits, in one flat array (open addressing, 0 = empty): ~8 bytes an
    id at a million instead of a string and a set slot (~90 bytes). Equal codes are not equal ids (a
    2**-32 chance per pair at most): callers settle a hit exactly."""

    __slots__ = ("count", "keys", "mask")

    def __init__(self, size: int = 1 << 16) -> None:
        self.mask = size - 1
        self.keys = array("I", [0]) * size
        self.count = 0

    @staticmethod
    def _key(code: int) -> int:
        return (code & 0xFFFFFFFF) or 1  # 0 marks an empty slot

    def _slot(self, key: int) -> tuple[int, bool]:
        """Where ``key`` is, or the free slot where it would go; and whether it is there."""
        keys, mask = self.keys, self.mask
        slot = key & mask
        while stored := keys[slot]:
            if stored == key:
                return slot, True
            slot = (slot + 1) & mask
        return slot, False

    def has(self, code: int) -> bool:
        """True when ``code`` (cut to 32 bits) was added."""
        return self._slot(self._key(code))[1]

    def add(self, code: int) -> bool:
        """Add ``code`` (cut to 32 bits); True when it was already there."""
        key = self._key(code)
        slot, found = self._slot(key)
        if found:
            return True
        self.keys[slot] = key
        self.count += 1
        if 2 * self.count > self.mask:
            self._grow()
        return False

    def _grow(self) -> None:
        old_keys = self.keys
        size = 2 * (self.mask + 1)
        self.mask, self.keys, self.count = size - 1, array("I", [0]) * size, 0
        for key in old_keys:
            if key:
                self.add(key)


class _AnswerRef(NamedTuple):
    file: int  # index into ResultsView._maps
    offset: int
    length: int
    line: int
    layer: int
    is_error_file: bool


ROW_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ResultRow))
"""The order of the values in a row tuple (:meth:`ResultsView.iter_row_tuples`): ResultRow's fields."""

BULK_ANSWER_BYTES = 256 * 1024 * 1024
"""Up to this much answer data, a full pass (export, iter_rows) holds the parsed answers in memory
and reads every file once, in order; above it, answers are read one by one from the index (slower,
memory stays flat)."""


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk pass (see :mod:`desktop_app.core.bulk`).

    A full pass allocates hundreds of thousands of small dicts and tuples that never form cycles; the
    collector would scan them again and again (5–10 % of an export). Reference counting still frees
    everything as usual, so memory does not grow because of this.
    """
    with bulk_pass():
        yield


class RowCounts:
    """What a row pass (:meth:`ResultsView.join_lines`) counted: rows (the next row's index), input lines
    skipped and repeated, succeeded / failed rows and their tokens, the input's custom_ids seen."""

    __slots__ = (
        "completion_tokens",
        "failed",
        "index",
        "input_ids",
        "prompt_tokens",
        "repeated",
        "skipped",
        "succeeded",
        "total_tokens",
    )

    def __init__(self, index: int = 0) -> None:
        self.index = index
        self.skipped = self.repeated = self.succeeded = self.failed = 0
        self.prompt_tokens = self.completion_tokens = self.total_tokens = 0
        self.input_ids: set[str] = set()

    def fill(self, summary: JoinSummary) -> None:
        """Write the row counts into ``summary`` (rows counted from index 0)."""
        summary.total, summary.succeeded, summary.failed = self.index, self.succeeded, self.failed
        summary.missing = self.index - self.succeeded - self.failed
        summary.prompt_tokens, summary.completion_tokens = self.prompt_tokens, self.completion_tokens
        summary.total_tokens = self.total_tokens
        summary.input_skipped, summary.input_duplicates = self.skipped, self.repeated


class ResultsView:
    """The results of one job (with its re-runs merged in) as random-access rows and fast full passes.

    Build it with :func:`open_results` (from the ledger) or :meth:`from_paths`; close it with
    :meth:`close` (or use ``with``). Thread-safe for reading.

    Opening is cheap. The index (offsets and ids of every line) is built on first random access
    (:meth:`row`, :meth:`rows`, ``len``, :meth:`statuses`…); a full pass (:meth:`iter_row_tuples`,
    :meth:`iter_rows` without a filter, the exports) streams the files instead and needs no index.

    Attributes:
        source_columns: header texts of the original spreadsheet columns (empty for JSONL jobs).
        has_input: False when the input file is not available (a job made in the web console, or the
            file was moved): rows are then the answers in file order and "missing" cannot be known.
        input_note: why the input or the source table could not be read (a catalogue text), else None;
            :attr:`input_problem` is its English.
    """

    def __init__(
        self,
        input_paths: Sequence[str | os.PathLike[str]],
        layers: Sequence[AnswerLayer],
        *,
        source: SourceSpec | None = None,
        part_layers: Sequence[Sequence[int]] | None = None,
        outputs: Sequence[OutputColumn] | None = None,
        save_index: bool = False,
        input_indexes: Sequence[Path | None] | None = None,
    ) -> None:
        self._lock = threading.RLock()
        self._index_lock = threading.RLock()  # held while indexing (row reads of indexed rows go on)
        self._maps: dict[Path, Mapped] = {}
        self._cache: OrderedDict[int, ResultRow] = OrderedDict()
        self._statuses: list[RowStatus] | None = None
        self._summary: JoinSummary | None = None
        self._indexed = False
        self._answers_indexed = False
        self._input_scan: Iterator[tuple[int, IdRun | IdLine | SavedLines]] | None = None  # resumable input index
        self._input_seen: set[str] = set()  # while indexing: the unanswered input ids so far (repeats counted)
        self._closed = False
        self.layers = tuple(layers)
        # for a group: the layers (own answers, then re-runs) that answer each input file, in order
        self.part_layers = tuple(tuple(p) for p in part_layers) if part_layers is not None else None
        self.inputs = [Path(p) for p in input_paths]
        self.input_note: w.Text | None = None
        self.summary_index = JoinSummary()
        # the index, per row: offset, length, line and answer slot — machine integers in arrays, not
        # Python ints in lists (a million rows: ~32 MB instead of ~150 MB; issue 13); the input file per run
        self._cids: list[str] = []
        self._row_runs: list[int] = []  # rows of one input file are consecutive: where each file's rows start
        self._row_run_files: list[int] = []  # ... and which file (-1: none) they come from
        self._row_off: array[int] = array("q")
        self._row_len: array[int] = array("q")
        self._row_line: array[int] = array("q")
        self._row_slot: array[int] = array("q")  # the row's chosen answer: a slot below (-1: none)
        # While indexing: the chosen answer of each custom_id, a slot in the columns below (no object per
        # answer); dropped once every row knows its slot (a million ids: ~70 MB of table and slot numbers).
        self._answers = IdMap()
        self._layer_base = 0  # while indexing: the first slot of the layer being indexed (repeats are later)
        self._a_base = 0  # while indexing: the first slot of the answers in ``_answers`` (a group's part)
        self._a_cid: list[str] = []  # while indexing: the id of slot ``_a_base + i`` (rows share these strings)
        self._a_used: bytearray = bytearray()  # while indexing: 1 once a row has slot ``_a_base + i``
        self._earlier: _EarlierParts | None = None  # a group, while indexing: the earlier parts' input ids
        self._maybe_repeats: list[tuple[str, int]] = []  # a group: (id, part) maybe in an earlier part's input
        self._part_rows: list[tuple[int, int]] = []  # a group: each part's rows (first, end)
        self._unknown: list[str] = []  # while indexing: answered ids no row (of their part) asked for
        self._chosen: bytearray = bytearray()  # once indexed: 1 for the slots that are some id's chosen answer
        # a file's answers take consecutive slots: where each file's slots start, and (file, layer, error file)
        self._a_runs: list[int] = []
        self._a_run_of: list[tuple[int, int, bool]] = []
        self._a_off: array[int] = array("q")
        self._a_len: array[int] = array("q")
        self._a_line: array[int] = array("q")
        self._files: list[Path] = []
        self.has_input = bool(self.inputs) and all(p.is_file() for p in self.inputs)
        # A group (``part_layers`` for every input) is indexed part by part: each part's answers, then its
        # input, then the next part — one part's answer ids in a dict at a time (issue 13: a million rows
        # in 20 parts), and the rows of a part are answered by that part's layers only, as in the exports'
        # full pass (:meth:`_passes`).
        self._by_part = self.has_input and self.part_layers is not None and len(self.part_layers) == len(self.inputs)
        if self.inputs and not self.has_input:
            gone = next(p for p in self.inputs if not p.is_file())
            self.input_note = w.INPUT_GONE(path=str(gone))
        self.source_columns: tuple[str, ...] = ()
        self.id_column = source.id_column if source is not None else None  # the sheet's column of custom_id
        self._source_rows: Mapping[str, tuple[str, ...]] = {}  # a SnapshotRows is closed by close()
        self.source = source
        self.save_index = save_index  # the answer files are the app's own downloads: save their index
        # where each input's saved index is read from and written to (next to the job's answers; None: not saved)
        self.input_indexes: tuple[Path | None, ...] = (
            tuple(input_indexes) if input_indexes is not None and len(input_indexes) == len(self.inputs) else ()
        )
        self.outputs: tuple[OutputColumn, ...] = (
            tuple(outputs) if outputs is not None else source.outputs if source is not None else ()
        )
        if source is not None:
            try:
                self.source_columns, self._source_rows = load_source_rows(source)
            except (OSError, ValueError, KeyError, BatchDeskError) as exc:  # a moved table: TableError
                detail = exc.said if isinstance(exc, BatchDeskError) else str(exc)
                self.input_note = w.SOURCE_UNREADABLE(path=str(source.path), detail=detail)

    @property
    def input_problem(self) -> str:
        """:attr:`input_note` in English ("" when the input and the source table were read)."""
        return w.english(self.input_note) if self.input_note is not None else ""

    # -- files --

    def _answer_files(self, only: Collection[int] | None = None) -> Iterator[tuple[int, Path, bool]]:
        for layer_no, layer in enumerate(self.layers):
            if only is not None and layer_no not in only:
                continue
            for path, is_error_file in ((layer.output_path, False), (layer.error_path, True)):
                if path is not None and Path(path).is_file():
                    yield layer_no, Path(path), is_error_file

    def _file_no(self, path: Path) -> int:
        if path not in self._maps:
            self._maps[path] = Mapped(path)
            self._files.append(path)
        return self._files.index(path)

    def _map(self, file_no: int) -> Mapped:
        return self._maps[self._files[file_no]]

    def close(self) -> None:
        """Release the files (needed before they can be replaced on Windows)."""
        with self._index_lock, self._lock:
            self._closed = True
            for mapped in self._maps.values():
                mapped.close()
            if isinstance(self._source_rows, SnapshotRows):
                self._source_rows.close()

    def __enter__(self) -> ResultsView:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the index (built on first random access) --

    def _ensure_index(self) -> None:
        if self._indexed:
            return
        self._index_rows(None)

    def ensure_rows(self, count: int) -> int:
        """Index at least the first ``count`` rows (every row when there are fewer) and return how many
        rows are indexed so far: the answers are indexed in full first, the input only as far as asked —
        the results window shows its first rows while the rest is indexed (issue 13). A row once indexed
        never changes."""
        if self._indexed or len(self._cids) >= count:
            return len(self._cids)
        self._index_rows(count)
        return len(self._cids)

    @property
    def index_complete(self) -> bool:
        """True once every row is indexed (``len`` is then free)."""
        return self._indexed

    def _index_rows(self, wanted: int | None) -> None:
        with self._index_lock:
            if self._indexed or (wanted is not None and len(self._cids) >= wanted):
                return
            if self._closed:
                raise ValueError("the results view is closed")
            try:
                if not self._answers_indexed:
                    self._answers_indexed = True
                    if not self._by_part:  # a group's answers are indexed part by part (_scan_inputs)
                        self._index_answers()
                        if not self.has_input:
                            self._rows_from_answers()
                            self._finish_join()
                            self._indexed = True
                            return
                        self._a_used = bytearray(len(self._a_off))
                    self._input_scan = self._scan_inputs()
                assert self._input_scan is not None
                for file_no, item in self._input_scan:
                    self._add_input(file_no, item)
                    if wanted is not None and len(self._cids) >= wanted:
                        return
                self._input_scan = None
                self._finish_join()
            except BaseException:
                self.close()
                raise
            self._indexed = True

    def _put_answer(self, cid: str, offset: int, length: int, line: int) -> None:
        """One answer line of the file being indexed takes the next slot."""
        self._a_off.append(offset)
        self._a_len.append(length)
        self._a_line.append(line)
        self._a_cid.append(cid)
        self._answers[cid] = len(self._a_off) - 1

    def _repeats(self, cid: str) -> bool:
        """True when the layer being indexed already answered ``cid`` (the first answer wins)."""
        return self._answers.get(cid) >= self._layer_base

    def _ref(self, index: int) -> _AnswerRef | None:
        """Where the chosen answer of row ``index`` is (None: not answered)."""
        slot = self._row_slot[index]
        return None if slot < 0 else self._slot_ref(slot)

    def _slot_ref(self, slot: int) -> _AnswerRef:
        """Where the answer in ``slot`` is."""
        file_no, layer_no, is_error_file = self._a_run_of[bisect_right(self._a_runs, slot) - 1]
        return _AnswerRef(file_no, self._a_off[slot], self._a_len[slot], self._a_line[slot], layer_no, is_error_file)

    def _row_file(self, index: int) -> int:
        """The input file (its number; -1: none) of row ``index``."""
        return self._row_run_files[bisect_right(self._row_runs, index) - 1]

    def _index_answers(self, only: Collection[int] | None = None) -> None:
        summary = self.summary_index
        current = -1
        for layer_no, path, is_error_file in self._answer_files(only):
            if layer_no != current:  # a layer's files come one after the other; its slots are the newest
                self._layer_base, current = len(self._a_off), layer_no
            file_no = self._file_no(path)
            self._a_runs.append(len(self._a_off))  # this file's answers take the next slots
            self._a_run_of.append((file_no, layer_no, is_error_file))
            saved = load_answer_index(path)
            if saved is not None:
                self._add_answer_run(saved)
                continue
            mapped = self._map(file_no)
            buf = mapped.buffer
            plain = PlainLines() if self.save_index else None
            before = file_seen(path) if plain is not None else None
            for item in mapped.releasing(id_runs(buf)):
                if isinstance(item, IdRun):
                    self._add_answer_run(item)
                    if plain is not None:
                        plain.add(item)
                    continue
                plain = None  # a line that is not plain: this file's index is not saved
                line, offset, length, decided, cid, _ = item
                if not decided:
                    if length > MAX_RESULT_LINE_BYTES:
                        summary.unreadable += 1
                        continue
                    try:
                        obj = orjson.loads(buf[offset : offset + length])
                    except orjson.JSONDecodeError:
                        summary.unreadable += 1
                        continue
                    if type(obj) is not dict:
                        summary.unreadable += 1
                        continue
                    cid = answer_id(obj.get("custom_id"))
                if cid is None:
                    summary.without_id += 1
                    continue
                if self._repeats(cid):
                    summary.duplicates += 1
                    continue
                self._put_answer(cid, offset, length, line)
            if plain is not None:
                save_answer_index(path, plain.run(), before)

    def _add_answer_run(self, run: IdRun | SavedLines) -> None:
        """A run of plain answer lines, added :data:`ANSWER_SLICE` lines at a time (issue 13: each slice
        is a few C-level calls; between them the interpreter can switch to the UI thread — a saved index
        of 196,000 ids added in one ``set``/``dict.update`` held it 20–40 ms per call)."""
        lines: Sequence[int] = (
            run.lines if isinstance(run, SavedLines) else range(run.first_line, run.first_line + len(run.cids))
        )
        for start in range(0, len(run.cids), ANSWER_SLICE):
            end = start + ANSWER_SLICE
            self._add_answer_slice(
                run.cids[start:end],
                run.offsets[start:end],
                run.lengths[start:end],
                lines[start:end],
            )

    def _add_answer_slice(
        self,
        cids: Sequence[str],
        offsets: Sequence[int],
        lengths: Sequence[int],
        lines: Sequence[int],
    ) -> None:
        """Up to :data:`ANSWER_SLICE` plain answer lines of the file being indexed (the last of
        ``_a_runs``): each id is looked up and given its slot in one Python step (the interpreter may
        switch threads between them), the columns then grow in one C-level step each; the first answer
        of an id in a layer wins, later ones are counted."""
        shards, mask, layer_base = self._answers.shards, IdMap.MASK, self._layer_base
        slot = len(self._a_off)
        repeated: list[int] = []
        for i, cid in enumerate(cids):
            shard = shards[hash(cid) & mask]
            if shard.get(cid, -1) >= layer_base:  # answered earlier in this layer (or in this slice)
                repeated.append(i)
                continue
            shard[cid] = slot
            slot += 1
        n = len(cids)
        if repeated:
            self.summary_index.duplicates += len(repeated)
            keep = bytearray(b"\x01") * n
            for i in repeated:
                keep[i] = 0
            cids = list(itertools.compress(cids, keep))
            offsets = list(itertools.compress(offsets, keep))
            lengths = list(itertools.compress(lengths, keep))
            lines = list(itertools.compress(lines, keep))
            n = len(cids)
        self._a_off.extend(offsets)
        self._a_len.extend(lengths)
        self._a_line.extend(lines)
        self._a_cid.extend(cids)

    def _scan_inputs(self) -> Iterator[tuple[int, IdRun | IdLine | SavedLines]]:
        """Every input line, file by file: from the input's saved index when there is a valid one
        (:attr:`input_indexes`; in slices of :data:`ANSWER_SLICE` rows), else scanned — and then saved
        for the next opening when every line was plain and the view saves indexes."""
        for number, path in enumerate(self.inputs):
            if self._by_part:
                assert self.part_layers is not None
                self._a_base = len(self._a_off)
                self._index_answers(self.part_layers[number])
                self._a_used = bytearray(len(self._a_off) - self._a_base)
                first_row = len(self._cids)
                if self._earlier is None:
                    self._earlier = _EarlierParts(sum(p.stat().st_size for p in self.inputs))
            file_no = self._file_no(path)
            index = self.input_indexes[number] if self.input_indexes else None
            saved = load_input_index(path, index) if index is not None else None
            if saved is not None:
                for start in range(0, len(saved.cids), ANSWER_SLICE):
                    yield file_no, _slice_of(saved, start, start + ANSWER_SLICE)
            else:
                yield from self._scan_input(path, file_no, index)
            if self._by_part:
                self._close_part()
                assert self._earlier is not None
                self._earlier.add_all(self._cids[first_row:])
                self._part_rows.append((first_row, len(self._cids)))

    def _scan_input(self, path: Path, file_no: int, index: Path | None) -> Iterator[tuple[int, IdRun | IdLine]]:
        """An input's lines, read from the file (and its index saved when every line is plain)."""
        mapped = self._map(file_no)
        plain = PlainLines() if index is not None and self.save_index else None
        before = file_seen(path) if plain is not None else None
        for item in mapped.releasing(id_runs(mapped.buffer)):
            if plain is not None:
                if isinstance(item, IdRun):
                    plain.add(item)
                else:
                    plain = None  # a line that is not plain: this input's index is not saved
            yield file_no, item
        if plain is not None and index is not None:
            save_input_index(path, index, plain.run(), before)

    def _add_input(self, file_no: int, item: IdRun | IdLine | SavedLines) -> None:
        """Index input lines; ``_cids`` grows last, so a row below ``len(_cids)`` is always complete."""
        summary = self.summary_index
        if isinstance(item, (IdRun, SavedLines)):
            n = len(item.cids)
            slots, joined = self._join_ids(item.cids)
            self._row_slot.extend(slots)
            self._note_file(file_no)
            self._row_off.extend(item.offsets)
            self._row_len.extend(item.lengths)
            if isinstance(item, SavedLines):
                self._row_line.extend(item.lines)
            else:
                self._row_line.extend(range(item.first_line, item.first_line + n))
            self._cids.extend(joined)
            return
        line, offset, length, decided, cid, is_string = item
        if not decided:
            try:
                obj = orjson.loads(self._map(file_no).buffer[offset : offset + length])
            except orjson.JSONDecodeError:
                summary.input_skipped += 1
                return
            value = obj.get("custom_id") if type(obj) is dict else None
            cid, is_string = (value, True) if type(value) is str and value else (None, False)
        if cid is None or not is_string:
            summary.input_skipped += 1
            return
        slots, joined = self._join_ids([cid])
        self._row_slot.extend(slots)
        self._note_file(file_no)
        self._row_off.append(offset)
        self._row_len.append(length)
        self._row_line.append(line)
        self._cids.extend(joined)

    def _note_file(self, file_no: int) -> None:
        """The next rows come from input file ``file_no`` (noted before they are added)."""
        if not self._row_run_files or self._row_run_files[-1] != file_no:
            self._row_runs.append(len(self._cids))
            self._row_run_files.append(file_no)

    def _join_ids(self, cids: Sequence[str]) -> tuple[list[int], list[str]]:
        """The chosen answer slot of each input id (-1: none) and the ids themselves, as the answers' own
        strings where answered (one string per id in memory, not two); counts the ids the input repeats."""
        a_cid, used, seen, base = self._a_cid, self._a_used, self._input_seen, self._a_base
        shards, mask = self._answers.shards, IdMap.MASK
        earlier = self._earlier if self._by_part else None
        part, maybe_repeats = len(self._part_rows), self._maybe_repeats
        slots: list[int] = []
        joined: list[str] = []
        add, add_slot = joined.append, slots.append
        repeated = 0
        for cid in cids:  # one Python step per id: the interpreter may switch threads between them
            slot = shards[hash(cid) & mask].get(cid, -1)
            add_slot(slot)
            if slot >= 0:
                add(a_cid[slot - base])
                if used[slot - base]:
                    repeated += 1
                    continue
                used[slot - base] = 1
            else:
                add(cid)
                if cid in seen:
                    repeated += 1
                    continue
                seen.add(cid)
            if earlier is not None and earlier.maybe(cid):  # a group: maybe in an earlier part's input
                maybe_repeats.append((cid, part))
        self.summary_index.input_duplicates += repeated
        return slots, joined

    def _close_part(self) -> None:
        """The rows of the answers in ``_answers`` (all, or a group's part) are indexed: note which slots
        are chosen answers and which answered ids no row asked for; drop what only indexing needed."""
        chosen, used, base, unknown, get = self._chosen, self._a_used, self._a_base, self._unknown, self._answers.get
        chosen.extend(bytes(len(self._a_off) - len(chosen)))
        for slot, cid in enumerate(self._a_cid, base):
            if get(cid) == slot:  # not replaced by a later layer's answer
                chosen[slot] = 1
                if self.has_input and not used[slot - base]:
                    unknown.append(cid)
        self._answers, self._a_cid, self._a_used, self._input_seen = IdMap(), [], bytearray(), set()

    def _finish_join(self) -> None:
        """Every row knows its answer: count the answers whose id no input row has (``unknown``)."""
        if not self._by_part:
            self._close_part()
        summary, earlier = self.summary_index, self._earlier
        first_part = self._settle_parts() if earlier is not None else {}
        for cid, part in self._maybe_repeats:
            if first_part[cid] < part:  # a group: the id was in an earlier part's input
                summary.input_duplicates += 1
        for cid in self._unknown:
            if cid not in first_part:  # a group: an answer of one part whose id is in another part's input
                summary.unknown += 1
                if len(summary.unknown_examples) < _EXAMPLES:
                    summary.unknown_examples.append(cid)
        self._unknown, self._earlier, self._maybe_repeats, self._part_rows = [], None, [], []

    def _settle_parts(self) -> dict[str, int]:
        """A group: the first part whose input has each id the filter could not rule out (an id the
        filter rules out is in no part's input)."""
        earlier = self._earlier
        assert earlier is not None
        wanted = {cid for cid, _ in self._maybe_repeats}
        wanted.update(cid for cid in self._unknown if earlier.maybe(cid))
        first_part: dict[str, int] = {}
        if not wanted:
            return first_part
        for part, (start, end) in enumerate(self._part_rows):
            for cid in self._cids[start:end]:  # one Python step per row
                if cid in wanted and cid not in first_part:
                    first_part[cid] = part
        return first_part

    def _rows_from_answers(self) -> None:
        get = self._answers.get
        chosen = [(slot, cid) for slot, cid in enumerate(self._a_cid) if get(cid) == slot]

        def where(item: tuple[int, str]) -> tuple[int, int, int]:
            slot = item[0]
            ref = self._slot_ref(slot)
            return ref.layer, ref.file, ref.offset

        self._row_runs.append(0)
        self._row_run_files.append(-1)
        for slot, cid in sorted(chosen, key=where):
            self._row_slot.append(slot)
            self._row_off.append(0)
            self._row_len.append(0)
            self._row_line.append(0)
            self._cids.append(cid)

    # -- plumbing --

    @classmethod
    def from_paths(
        cls,
        input_path: str | os.PathLike[str] | None,
        output_path: str | os.PathLike[str] | None,
        error_path: str | os.PathLike[str] | None = None,
        *,
        reruns: Sequence[AnswerLayer] = (),
        source: SourceSpec | None = None,
        outputs: Sequence[OutputColumn] | None = None,
    ) -> ResultsView:
        """A view over one input file, its answers and (optionally) re-run answer layers; ``outputs``
        (when given) are the columns the answers are split into instead of the source's."""
        own = AnswerLayer(
            Path(output_path) if output_path is not None else None,
            Path(error_path) if error_path is not None else None,
        )
        inputs = [input_path] if input_path is not None else []
        return cls(inputs, [own, *reruns], source=source, outputs=outputs)

    def __len__(self) -> int:
        self._ensure_index()
        return len(self._cids)

    @property
    def custom_ids(self) -> Sequence[str]:
        """Every row's custom_id, in input order."""
        self._ensure_index()
        return self._cids

    def custom_id(self, index: int) -> str:
        """Row ``index``'s custom_id (indexes only up to that row)."""
        self.ensure_rows(index + 1)
        return self._cids[index]

    def quick_status(self, index: int) -> RowStatus:
        """The status from the index alone (exact once :meth:`statuses` ran)."""
        self.ensure_rows(index + 1)
        if self._statuses is not None:
            return self._statuses[index]
        ref = self._ref(index)
        if ref is None:
            return RowStatus.MISSING
        return RowStatus.FAILED if ref.is_error_file else RowStatus.SUCCEEDED

    # -- random access --

    def row(self, index: int) -> ResultRow:
        """Row ``index`` (0-based, input order), parsed now or taken from the cache."""
        self.ensure_rows(index + 1)
        with self._lock:
            cached = self._cache.get(index)
            if cached is not None:
                self._cache.move_to_end(index)
                return cached
        if not 0 <= index < len(self._cids):
            raise IndexError(index)
        built = ResultRow(*self._row_tuple(index, None))
        with self._lock:
            self._cache[index] = built
            if len(self._cache) > ROW_CACHE_SIZE:
                self._cache.popitem(last=False)
        return built

    def rows(self, start: int, count: int) -> list[ResultRow]:
        """Up to ``count`` rows from ``start`` (a page for the table)."""
        self.ensure_rows(max(0, start) + max(0, count))
        end = min(len(self._cids), max(0, start) + max(0, count))
        return [self.row(i) for i in range(max(0, start), end)]

    def answer_bytes(self, index: int) -> bytes | None:
        """The raw answer line shown on row ``index`` (for the JSONL export), or None when missing."""
        self.ensure_rows(index + 1)
        ref = self._ref(index)
        if ref is None:
            return None
        return self._map(ref.file).slice(ref.offset, ref.length)

    def input_bytes(self, index: int) -> bytes | None:
        """The raw request line of row ``index`` (exactly as in the input file), or None without input."""
        self.ensure_rows(index + 1)
        file_no = self._row_file(index)
        if file_no < 0:
            return None
        return self._map(file_no).slice(self._row_off[index], self._row_len[index])

    def _answer_at(self, index: int) -> tuple[AnswerValues | None, str]:
        """The chosen answer of row ``index`` as values (None: missing or unreadable) and its layer's label."""
        slot = self._row_slot[index]
        return (None, "") if slot < 0 else self._answer_in(slot, self._cids[index])

    def _answer_in(self, slot: int, cid: str | None = None) -> tuple[AnswerValues | None, str]:
        """The answer in ``slot`` as values (None: unreadable) and its layer's label. With ``cid``, a line
        that does not say that id once parsed is unreadable: the index took its id from the bytes, and a
        row never shows another id's answer."""
        ref = self._slot_ref(slot)
        try:
            obj = orjson.loads(self._map(ref.file).slice(ref.offset, ref.length))
        except orjson.JSONDecodeError:
            return None, ""
        if cid is not None and (type(obj) is not dict or answer_id(obj.get("custom_id")) != cid):
            return None, ""
        return self._judged(line_values(obj, ref.line, ref.is_error_file)), self.layers[ref.layer].label

    def _judged(self, values: AnswerValues | None) -> AnswerValues | None:
        """A successful answer that does not fit the output columns becomes a failed row ("needs another
        try", with the reason); everything else unchanged."""
        if values is None or not self.outputs or not values[0]:
            return values
        return self._judge(values)

    def _judge(self, values: AnswerValues) -> AnswerValues:
        if not values[0]:
            return values
        parsed = parse_answer(values[7] or "", self.outputs)
        if parsed.ok:
            return values
        return (False, *values[1:4], NEEDS_ANOTHER_TRY, parsed.problem, *values[6:])

    def _row_tuple(self, index: int, bulk: dict[str, tuple[AnswerValues, str]] | None) -> tuple[Any, ...]:
        cid = self._cids[index]
        model = prompt = ""
        file_no = self._row_file(index)
        if file_no >= 0:
            model, prompt = _request_fields(self._map(file_no).slice(self._row_off[index], self._row_len[index]))
        if bulk is not None:
            values, label = bulk.get(cid, (None, ""))
        else:
            values, label = self._answer_at(index)
        return _join(index, self._row_line[index], cid, model, prompt, values, label, self._source_of(cid))

    def _source_of(self, cid: str) -> tuple[str, ...]:
        if not self.source_columns:
            return ()
        return self._source_rows.get(cid) or ("",) * len(self.source_columns)

    # -- full passes --

    def _answer_bytes_total(self, only: Collection[int] | None = None) -> int:
        return sum(path.stat().st_size for _, path, _ in self._answer_files(only))

    def _passes(self) -> list[tuple[Collection[int] | None, list[Path]]]:
        """What a full pass reads together: (answer layers, input files). One pass over everything, or —
        for a group whose ``part_layers`` say which layers answer which input — one per part, so only
        one part's answers are in memory at a time (a million rows in 20 parts; issue 13)."""
        parts = self.part_layers
        if parts is None or len(parts) != len(self.inputs) or not self.has_input:
            return [(None, list(self.inputs))]
        return [(frozenset(layers), [path]) for layers, path in zip(parts, self.inputs, strict=True)]

    def _load_all_answers(
        self,
        tally: JoinSummary | None = None,
        answered: list[str] | None = None,
        only: Collection[int] | None = None,
    ) -> dict[str, tuple[AnswerValues, str]]:
        """Every chosen answer, parsed once, reading each file in order (join rules of the index).

        With ``tally``, also counts what the index would (unreadable, without id, repeated answers) and
        puts every answered id, in file order, into ``answered`` (for the unknown count).
        """
        with gc_paused():
            return self._load_all_answers_now(tally, answered, only)

    def _load_all_answers_now(
        self,
        tally: JoinSummary | None = None,
        answered: list[str] | None = None,
        only: Collection[int] | None = None,
    ) -> dict[str, tuple[AnswerValues, str]]:
        loads, plain = orjson.loads, plain_chat_values
        judged, outputs = self._judge, bool(self.outputs)
        chosen: dict[str, tuple[AnswerValues, str]] = {}
        layer_seen: dict[int, dict[str, None]] = {}
        unreadable = without_id = duplicates = 0
        for layer_no, path, is_error_file in self._answer_files(only):
            seen = layer_seen.setdefault(layer_no, {})
            label = self.layers[layer_no].label
            with open(path, "rb", buffering=_READ_BUFFER) as handle:
                for number, raw in bounded_lines(handle):
                    if raw is None:
                        continue  # longer than any answer: never loaded
                    try:
                        obj = loads(raw)
                    except orjson.JSONDecodeError:
                        if raw.strip():  # blank lines are skipped, broken ones counted
                            unreadable += 1
                        continue
                    if type(obj) is not dict:
                        unreadable += 1
                        continue
                    value = obj.get("custom_id")  # answer_id(), inlined in this hot loop
                    if value is None or value == "":
                        without_id += 1
                        continue
                    cid = value if type(value) is str else str(value)
                    if cid in seen:
                        duplicates += 1
                        continue
                    seen[cid] = None
                    values = None if is_error_file else plain(obj)
                    if values is None:
                        values = line_values(obj, number, is_error_file)
                    if values is not None:
                        chosen[cid] = (judged(values) if outputs else values, label)
                    else:
                        unreadable += 1
        if tally is not None:
            tally.unreadable += unreadable
            tally.without_id += without_id
            tally.duplicates += duplicates
            if answered is not None:
                answered.extend(cid for seen in layer_seen.values() for cid in seen)
        return chosen

    def iter_row_tuples(self, *, with_prompt: bool = True) -> Iterator[tuple[Any, ...]]:
        """Every row in input order as a tuple of :data:`ROW_FIELDS` values — the fast full pass the
        exports use (``ResultRow(*t)`` makes the row object).

        Reads each file once, in order, holding the parsed answers in memory when they total at most
        :data:`BULK_ANSWER_BYTES`; otherwise reads answers one by one through the index. With
        ``with_prompt=False`` the ``prompt`` value is left empty (an export without that column).
        """
        passes = self._passes()
        if max(self._answer_bytes_total(layers) for layers, _ in passes) > BULK_ANSWER_BYTES:
            self._ensure_index()
            for index in range(len(self._cids)):
                yield self._row_tuple(index, None)
            return
        # One layer (or one per part of a group) read in full: the pass also counts the summary, so an
        # export needs no second pass. With re-run layers the status pass decides (its override rules).
        one_each = len(passes) > 1 and all(layers is not None and len(layers) == 1 for layers, _ in passes)
        tally = JoinSummary() if (len(self.layers) == 1 or one_each) and self.has_input else None
        answered: list[str] = []
        if not self.has_input:
            answers = self._load_all_answers(tally, answered)
            # Rows are the answers themselves, in file order (dicts keep insertion order per layer).
            self._ensure_index()
            for index, known in enumerate(self._cids):
                values, label = answers.get(known, (None, ""))
                yield _join(index, 0, known, "", "", values, label, self._source_of(known))
            return
        counts = RowCounts()
        if len(passes) > 1:  # a group: one part's ids and answers in memory at a time
            yield from self._group_pass(passes, counts, tally, with_prompt)
            return
        for layers, paths in passes:
            answers = self._load_all_answers(tally, answered, layers)
            for path in paths:
                yield from self._join_file(path, answers, counts, with_prompt)
        if tally is not None:  # the pass ran to the end: its counts are the view's summary
            counts.fill(tally)
            for cid in answered:
                if cid not in counts.input_ids:
                    tally.unknown += 1
                    if len(tally.unknown_examples) < _EXAMPLES:
                        tally.unknown_examples.append(cid)
            self.adopt_summary(tally)

    def _join_file(
        self, path: Path, answers: AnswerLookup, counts: RowCounts, with_prompt: bool
    ) -> Iterator[tuple[Any, ...]]:
        """The rows of one input file joined with ``answers`` (:meth:`join_lines`; a BOM is skipped)."""
        with open(path, "rb", buffering=_READ_BUFFER) as handle:
            first = handle.readline()
            lines = itertools.chain((first[3:] if first.startswith(_UTF8_BOM) else first,), handle)
            yield from self.join_lines(lines, 1, answers, counts, with_prompt=with_prompt)

    def _group_pass(
        self,
        passes: list[tuple[Collection[int] | None, list[Path]]],
        counts: RowCounts,
        tally: JoinSummary | None,
        with_prompt: bool,
    ) -> Iterator[tuple[Any, ...]]:
        """A group's full pass, part by part, with the counts of one pass over everything.

        Only the current part's input ids and answers are held, the answers by place
        (:class:`PartAnswers`: a part's parsed answers took ~49 MB); a set and a list of every id of a
        million rows in 20 parts took ~200 MB (issue 13). Earlier parts' ids are kept as their hashes
        (:class:`_HashSeen`); an id whose hash an earlier part had — a repeat, or in theory a collision —
        and an answer no row of its own part asked for are settled exactly at the end
        (:meth:`_first_parts`), so the summary equals the index's.
        """
        earlier = _HashSeen()
        maybe_repeats: list[tuple[str, int]] = []  # (id, part) whose hash an earlier part's input had
        strays: list[str] = []  # answered ids no row of their own part asked for, in file order
        for part, (layers, paths) in enumerate(passes):
            answers = PartAnswers(self._judge if self.outputs else None)
            try:
                with gc_paused():
                    files = self._answer_files(layers)
                    answers.read((n, path, error, self.layers[n].label) for n, path, error in files)
                for path in paths:
                    yield from self._join_file(path, answers, counts, with_prompt)
                answers.finish(tally)
            finally:
                answers.close()
            ids, counts.input_ids = counts.input_ids, set()
            strays.extend(cid for cid in answers.answered if cid not in ids)
            del answers
            for cid in ids:  # one Python step per id: the interpreter may switch threads between them
                if earlier.add(_id_code(cid)):
                    maybe_repeats.append((cid, part))
        if tally is None:
            return
        counts.fill(tally)
        wanted = {cid for cid, _ in maybe_repeats}
        wanted.update(cid for cid in strays if earlier.has(_id_code(cid)))
        first_part = self._first_parts(passes, wanted) if wanted else {}
        tally.input_duplicates += sum(1 for cid, part in maybe_repeats if first_part.get(cid, part) < part)
        for cid in strays:
            if cid not in first_part:  # in no part's input (an answer of another part's row is not unknown)
                tally.unknown += 1
                if len(tally.unknown_examples) < _EXAMPLES:
                    tally.unknown_examples.append(cid)
        self.adopt_summary(tally)

    def _first_parts(self, passes: list[tuple[Collection[int] | None, list[Path]]], wanted: set[str]) -> dict[str, int]:
        """The first part whose input has each of ``wanted`` (a row as :meth:`join_lines` reads it): from
        a part's saved input index when it has a valid one (the index the results window counts by),
        else by reading its lines. A million rows' 32-bit codes give ~100 false hits (issue 13): reading
        every input line again for them took ~1.5 s of a merged export."""
        loads = orjson.loads
        found: dict[str, int] = {}
        left = set(wanted)
        for part, (_, paths) in enumerate(passes):
            index = self.input_indexes[part] if self.input_indexes and len(paths) == 1 else None
            saved = load_input_index(paths[0], index) if index is not None else None
            if saved is not None:
                hits = left.intersection(saved.cids)
                found.update(dict.fromkeys(hits, part))
                left -= hits
            else:
                for path in paths:
                    with open(path, "rb", buffering=_READ_BUFFER) as handle:
                        for raw in handle:
                            try:
                                obj = loads(raw[3:] if raw.startswith(_UTF8_BOM) else raw)
                            except orjson.JSONDecodeError:
                                continue
                            cid = obj.get("custom_id") if type(obj) is dict else None
                            if type(cid) is str and cid in left:
                                found[cid] = part
                                left.discard(cid)
            if not left:
                break
        return found

    def adopt_summary(self, summary: JoinSummary) -> None:
        """Take ``summary`` as the view's counts (from a full pass that ran to the end — one process's or
        the parts' of a parallel export merged); a summary already known is kept."""
        with self._lock:
            if self._summary is None:
                self._summary = summary

    def join_lines(
        self,
        lines: Iterable[bytes],
        first_line: int,
        answers: AnswerLookup,
        counts: RowCounts,
        *,
        with_prompt: bool = True,
        record: list[str] | None = None,
    ) -> Iterator[tuple[Any, ...]]:
        """Input lines (numbered from ``first_line``) joined with ``answers`` as :data:`ROW_FIELDS` tuples,
        counting into ``counts`` (row indices continue from ``counts.index``); with ``record``, every row's
        custom_id is appended to it. The one row loop of every full pass (an export's hot path: inlined)."""
        source_of, with_source = self._source_of, bool(self.source_columns)
        nothing: tuple[None, str] = (None, "")
        missing, succeeded, failed = RowStatus.MISSING, RowStatus.SUCCEEDED, RowStatus.FAILED
        loads, prompt_of, lookup = orjson.loads, request_prompt, answers.get
        index, skipped, repeated = counts.index, counts.skipped, counts.repeated
        succeeded_count, failed_count = counts.succeeded, counts.failed
        prompt_tokens, completion_tokens, total_tokens = (
            counts.prompt_tokens,
            counts.completion_tokens,
            counts.total_tokens,
        )
        input_ids = counts.input_ids
        remember = input_ids.add
        keep = record.append if record is not None else None
        try:
            for line, raw in enumerate(lines, first_line):
                try:
                    obj = loads(raw)
                except orjson.JSONDecodeError:
                    if raw.strip():
                        skipped += 1
                    continue
                if type(obj) is not dict:
                    skipped += 1
                    continue
                cid = obj.get("custom_id")
                if type(cid) is not str or not cid:
                    skipped += 1
                    continue
                if cid in input_ids:
                    repeated += 1
                else:
                    remember(cid)
                if keep is not None:
                    keep(cid)
                body = obj.get("body")
                if type(body) is dict:
                    model = body.get("model")
                    if type(model) is not str:
                        model = ""
                    prompt = prompt_of(body) if with_prompt else ""
                else:
                    model = prompt = ""
                values, label = lookup(cid, nothing)
                source = source_of(cid) if with_source else ()
                if values is None:
                    yield (index, line, cid, missing, model, prompt, *_MISSING_TAIL, source, "")
                else:
                    if values[0]:
                        succeeded_count += 1
                        prompt_tokens += values[10] or 0
                        completion_tokens += values[11] or 0
                        total_tokens += values[12] or 0
                    else:
                        failed_count += 1
                    yield (
                        index,
                        line,
                        cid,
                        succeeded if values[0] else failed,
                        values[1] or model,
                        prompt,
                        *values[2:],
                        source,
                        label,
                    )
                index += 1
        finally:
            counts.index, counts.skipped, counts.repeated = index, skipped, repeated
            counts.succeeded, counts.failed = succeeded_count, failed_count
            counts.prompt_tokens, counts.completion_tokens = prompt_tokens, completion_tokens
            counts.total_tokens = total_tokens

    def iter_rows(self, statuses: Collection[RowStatus] | None = None) -> Iterator[ResultRow]:
        """Every row in input order (optionally only these statuses), one at a time (no cache)."""
        if statuses is None:
            for values in self.iter_row_tuples():
                yield ResultRow(*values)
            return
        for index in self.filter(statuses):
            yield ResultRow(*self._row_tuple(index, None))

    def statuses(self) -> list[RowStatus]:
        """The exact status of every row (one parse of each chosen answer; cached). Also fills
        :meth:`summary`."""
        self._ensure_index()
        with self._lock:
            if self._statuses is not None:
                return self._statuses
        index_counts = self.summary_index
        summary = JoinSummary(
            unknown=index_counts.unknown,
            without_id=index_counts.without_id,
            unreadable=index_counts.unreadable,
            duplicates=index_counts.duplicates,
            input_skipped=index_counts.input_skipped,
            input_duplicates=index_counts.input_duplicates,
            unknown_examples=list(index_counts.unknown_examples),
        )
        # What the rows need of each chosen answer, by slot: its outcome (1 byte), never its text — the
        # parsed answers of a million rows held every answer's content at once (issue 13). Tokens are
        # added per answer times the rows that show it (an id the input repeats is billed on each row).
        n_slots = len(self._a_off)
        uses = array("i", bytes(4 * n_slots))
        shown_by = array("i", bytes(4 * n_slots))  # a row that shows the slot: its id is checked when parsed
        for index, slot in enumerate(self._row_slot):
            if slot >= 0:
                uses[slot] += 1
                shown_by[slot] = index
        outcome = bytearray(n_slots)  # 0 unreadable, 1 succeeded, 2 failed, 3 failed but billed
        for slot in itertools.compress(range(len(self._chosen)), self._chosen):  # in file order
            values, _ = self._answer_in(slot, self._cids[shown_by[slot]] if uses[slot] else None)
            if values is None:
                summary.unreadable += 1
                continue
            billed = values[0] or values[4] == NEEDS_ANOTHER_TRY  # answered (and billed), maybe not in the asked shape
            outcome[slot] = 1 if values[0] else 3 if billed else 2
            if billed and uses[slot]:
                times = uses[slot]
                summary.prompt_tokens += (values[10] or 0) * times
                summary.completion_tokens += (values[11] or 0) * times
                summary.total_tokens += (values[12] or 0) * times
        result: list[RowStatus] = []
        missing, succeeded, failed = RowStatus.MISSING, RowStatus.SUCCEEDED, RowStatus.FAILED
        for slot in self._row_slot:
            kind = 0 if slot < 0 else outcome[slot]
            if kind == 0:
                result.append(missing)
                summary.missing += 1
            elif kind == 1:
                result.append(succeeded)
                summary.succeeded += 1
            else:
                result.append(failed)
                summary.failed += 1
        summary.total = len(result)
        with self._lock:
            self._statuses = result
            self._summary = summary
        return result

    def summary(self) -> JoinSummary:
        """Counts and token totals (succeeded rows only) over the merged answers (also known after a
        full pass of :meth:`iter_row_tuples` over one layer, e.g. an export: no second pass then)."""
        with self._lock:
            if self._summary is not None:
                return self._summary
        self.statuses()
        assert self._summary is not None
        return self._summary

    def filter(self, statuses: Collection[RowStatus]) -> list[int]:
        """Row indices whose status is one of ``statuses``, in input order."""
        return self.row_numbers(statuses).tolist()

    def row_numbers(self, statuses: Collection[RowStatus]) -> array[int]:
        """:meth:`filter` as machine integers (the window's filtered order: a million rows take 8 MB, not
        ~36 MB of Python ints), found :data:`ANSWER_SLICE` rows at a time."""
        wanted = frozenset(statuses).__contains__
        every = self.statuses()
        order: array[int] = array("q")
        for start in range(0, len(every), ANSWER_SLICE):
            end = start + ANSWER_SLICE
            order.extend(itertools.compress(range(start, end), map(wanted, every[start:end])))
        return order

    def counts(self) -> dict[RowStatus, int]:
        """Rows per status."""
        summary = self.summary()
        return {
            RowStatus.SUCCEEDED: summary.succeeded,
            RowStatus.FAILED: summary.failed,
            RowStatus.MISSING: summary.missing,
        }

    def reconcile(self, status: str, server_total: int | None = None) -> Reconciliation:
        """Account for every request and judge the job (``status`` is the batch's API status)."""
        summary = self.summary()
        statuses = self.statuses()
        expected = summary.total if self.has_input else (server_total or None)
        verdict = judge(status, expected, summary.succeeded, summary.failed)
        missing = summary.missing if self.has_input else max(0, (server_total or 0) - summary.total)
        missing_examples = tuple(self._cids[i] for i, s in enumerate(statuses) if s is RowStatus.MISSING)[:_EXAMPLES]
        failed_examples: list[tuple[str, str]] = []
        for i, s in enumerate(statuses):
            if s is RowStatus.FAILED:
                row = self.row(i)
                reason = ": ".join(part for part in (row.error_code, row.error_message) if part)
                failed_examples.append((row.custom_id, reason))
                if len(failed_examples) >= _EXAMPLES:
                    break
        return Reconciliation(
            verdict=verdict,
            total=summary.total if self.has_input else max(summary.total, server_total or 0),
            succeeded=summary.succeeded,
            failed=summary.failed,
            missing=missing,
            missing_examples=missing_examples,
            failed_examples=tuple(failed_examples),
            summary=summary,
        )


def _slice_of(saved: SavedLines, start: int, end: int) -> SavedLines:
    """Lines ``start:end`` of a saved index."""
    return SavedLines(saved.lines[start:end], saved.offsets[start:end], saved.lengths[start:end], saved.cids[start:end])


def _request_fields(raw: bytes) -> tuple[str, str]:
    """``(model, prompt)`` of a request line."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return "", ""
    body = obj.get("body") if type(obj) is dict else None
    if type(body) is not dict:
        return "", ""
    model = body.get("model")
    return (model if type(model) is str else ""), request_prompt(body)


def _join(
    index: int,
    line: int,
    cid: str,
    model: str,
    prompt: str,
    values: AnswerValues | None,
    label: str,
    source: tuple[str, ...],
) -> tuple[Any, ...]:
    """One row as :data:`ROW_FIELDS` values."""
    if values is None:
        return (index, line, cid, RowStatus.MISSING, model, prompt, *_MISSING_TAIL, source, "")
    (ok, a_model, request_id, code, e_code, e_msg, created, content, reasoning, finish, p, c, t, dim, count, r) = values
    return (
        index,
        line,
        cid,
        RowStatus.SUCCEEDED if ok else RowStatus.FAILED,
        a_model or model,
        prompt,
        request_id,
        code,
        e_code,
        e_msg,
        created,
        content,
        reasoning,
        finish,
        p,
        c,
        t,
        dim,
        count,
        r,
        source,
        label,
    )


_MISSING_TAIL: tuple[Any, ...] = ("", None, "", "", None, "", "", "", None, None, None, None, None, None)
