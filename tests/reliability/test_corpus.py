"""Malformed real-world files, each with the message it must produce — and drops the window must survive.

The files are generated into the test's temp folder (nothing big is committed). For each JSONL file the
validator must return a report (never raise) whose problem has the expected ``code``, line and key
words of the plain message; for each spreadsheet ``open_table`` must open it or raise the expected
:class:`TableError` with the key words of its ``user_message``. The window part drops a folder,
several files at once, and a file that disappears (or fails) while it is being read: each gives one
plain message and no crash.
"""

from __future__ import annotations

import asyncio
import errno
import json
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

import desktop_app.core.validate as validate_mod
from desktop_app.core.limits import MAX_LINE_BYTES, MAX_REQUESTS_PER_FILE, MB
from desktop_app.core.tables.errors import BinaryFileError, EmptyFileError, TableError
from desktop_app.core.tables.readers import open_table
from desktop_app.core.validate import ValidationReport, validate_jsonl
from tests.reliability.conftest import record, run_in_window, wait_for

ENDPOINT = "/v1/chat/completions"


def request_line(i: int, content: str = "hello") -> str:
    return json.dumps(
        {
            "custom_id": f"r{i}",
            "method": "POST",
            "url": ENDPOINT,
            "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": content}]},
        },
        ensure_ascii=False,
    )


def good(n: int = 3, content: str = "hello", newline: str = "\n") -> str:
    return "".join(request_line(i, content) + newline for i in range(n))


def png_bytes() -> bytes:
    """A real 1×1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0\0\0\0"))
        + chunk(b"IEND", b"")
    )


def seven_mb_line() -> bytes:
    big = request_line(2, "x" * (7 * MB))
    return (request_line(1) + "\n" + big + "\n" + request_line(3) + "\n").encode()


def many_lines() -> bytes:
    line = (request_line(0) + "\n").encode()
    return b"".join(line.replace(b'"r0"', f'"r{i}"'.encode()) for i in range(MAX_REQUESTS_PER_FILE + 1))


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[], bytes]
    code: str | None  # the problem that must be reported (None: the file is fine)
    line: int | None  # its line (None: the whole file)
    words: tuple[str, ...]  # key words of its message
    ok: bool = False  # may the file still be submitted?
    requests: int | None = None


CASES = [
    Case(
        "truncated-last-line",
        lambda: good(3).encode()[:-25],
        "invalid_json",
        3,
        ("Line 3 is not valid JSON", "one complete JSON object", "missing quote, comma or bracket"),
        requests=3,
    ),
    Case(
        "png-renamed-jsonl",
        png_bytes,
        "wrong_format",
        None,
        ("This is an image (PNG), not a JSONL file", "put its URL"),
    ),
    Case(
        "jpeg-renamed-jsonl",
        lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300),
        "wrong_format",
        None,
        ("This is an image (JPEG), not a JSONL file",),
    ),
    Case(
        "mixed-encodings-gbk-line",
        lambda: (
            (request_line(1, "你好") + "\n").encode()
            + (request_line(2, "你好，世界") + "\n").encode("gbk")
            + (request_line(3, "再见") + "\n").encode()
        ),
        "encoding",
        2,
        ("Line 2 is not UTF-8 text", "GBK", 'save it again with the encoding "UTF-8"'),
        requests=3,
    ),
    Case(
        "shift-jis-file",
        lambda: good(2, "こんにちは").encode("shift_jis"),
        "encoding",
        1,
        ("Line 1 is not UTF-8 text", "Shift-JIS"),
    ),
    Case(
        "seven-mb-line",
        seven_mb_line,
        "line_too_large",
        2,
        (
            "Line 2 is 7.0 MB",
            f"at most {MAX_LINE_BYTES // MB} MB ({MAX_LINE_BYTES:,} bytes)",
            "split it into several requests",
        ),
        requests=3,
    ),
    Case(
        "50001-lines",
        many_lines,
        "too_many_requests",
        None,
        ("50,001 requests", "at most 50,000", "Split it into several files"),
        requests=MAX_REQUESTS_PER_FILE + 1,
    ),
    Case(
        "nul-bytes",
        lambda: (request_line(1) + "\n").encode() + b"\x00\x00\x00\x00\n" + (request_line(3) + "\n").encode(),
        "invalid_json",
        2,
        ("Line 2 is not valid JSON",),
        requests=3,
    ),
    Case("crlf-line-endings", lambda: good(3, newline="\r\n").encode(), None, None, (), ok=True, requests=3),
    Case(
        "utf-16-with-bom",
        lambda: good(3, "你好").encode("utf-16"),
        "encoding",
        None,
        ('saved as UTF-16 ("Unicode")', 'with the encoding "UTF-8"'),
    ),
    Case(
        "utf-16-le-without-bom",
        lambda: good(3, "你好").encode("utf-16-le"),
        "encoding",
        None,
        ('saved as UTF-16 ("Unicode")', 'with the encoding "UTF-8"'),
    ),
    Case(
        "utf-16-be-without-bom",
        lambda: good(3).encode("utf-16-be"),
        "encoding",
        None,
        ('saved as UTF-16 ("Unicode")',),
    ),
    Case(
        "gzip-renamed-jsonl",
        lambda: __import__("gzip").compress(good(3).encode()),
        "wrong_format",
        None,
        ("compressed (gzip) file", "not a JSONL text file"),
    ),
    Case("empty-file", lambda: b"", "empty_file", None, ("no requests", "one JSON request per line"), requests=0),
    Case(
        "only-blank-lines",
        lambda: b"\n   \n\r\n\t\n",
        "empty_file",
        None,
        ("no requests",),
        requests=0,
    ),
    Case(
        "xlsx-renamed-jsonl",
        lambda: b"PK\x03\x04" + bytes(200),
        "wrong_format",
        None,
        ("Excel workbook", "not a JSONL text file"),
    ),
    Case(
        "pretty-printed-json",
        lambda: json.dumps(json.loads(request_line(1)), indent=2).encode(),
        "invalid_json",
        1,
        ("pretty-printed JSON", "on one line"),
    ),
    Case(
        "json-array-on-one-line",
        lambda: ("[" + ",".join(request_line(i) for i in range(3)) + "]").encode(),
        "not_object",
        1,
        ("Line 1 is a list, not a request",),
        requests=1,
    ),
    Case(
        "utf-8-bom",
        lambda: b"\xef\xbb\xbf" + good(2).encode(),
        "bom",
        1,
        ("byte-order mark", "uploads a copy without it"),
        ok=True,
        requests=2,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_malformed_file_gives_its_message(case: Case, tmp_path: Path) -> None:
    path = tmp_path / f"{case.name}.jsonl"
    path.write_bytes(case.make())
    report = validate_jsonl(path)
    assert isinstance(report, ValidationReport)
    assert report.ok is case.ok, [p.message for p in report.problems]
    if case.requests is not None:
        assert report.requests == case.requests
    if case.code is None:
        assert report.problems == []
    else:
        matches = [p for p in report.problems if p.code == case.code and p.line == case.line]
        assert matches, f"expected {case.code} at {case.line}, got {[(p.code, p.line) for p in report.problems]}"
        for word in case.words:
            assert word in matches[0].message, matches[0].message
    record("malformed file", case.name)


def test_png_is_named_as_an_image(tmp_path: Path) -> None:
    """Was a known gap ("not UTF-8 … saved in another encoding such as GBK"); validate.py sniffs images now."""
    path = tmp_path / "photo.jsonl"
    path.write_bytes(png_bytes())
    report = validate_jsonl(path)
    assert [(p.code, p.line) for p in report.problems] == [("wrong_format", None)]
    assert "image (PNG), not a JSONL file" in report.problems[0].message
    assert report.requests == 0 and not report.ok
    record("malformed file", "png-named-as-image")


def test_utf16_without_bom_is_named_as_utf16(tmp_path: Path) -> None:
    """Was a known gap ('invalid JSON' on every line): UTF-16 is recognised by its NUL pattern too."""
    path = tmp_path / "ps-out-file.jsonl"
    path.write_bytes(good(3).encode("utf-16-le"))
    report = validate_jsonl(path)
    assert [(p.code, p.line) for p in report.problems] == [("encoding", None)]
    assert 'saved as UTF-16 ("Unicode")' in report.problems[0].message
    record("malformed file", "utf-16-without-bom-named")


@pytest.mark.parametrize("head", [b"{\x00", b"\x00\x00\x00\x00\n" + good(1).encode(), good(1).encode() + b"\x00" * 64])
def test_nul_bytes_that_are_not_utf16_stay_invalid_json(tmp_path: Path, head: bytes) -> None:
    """The UTF-16 sniff needs NULs on one side only over the first bytes; stray NULs stay a line problem."""
    path = tmp_path / "nuls.jsonl"
    path.write_bytes(head + b"\n" + good(2).encode())
    report = validate_jsonl(path)
    assert "encoding" not in report.counts and "wrong_format" not in report.counts
    assert report.counts.get("invalid_json", 0) >= 1


# ---- spreadsheets: open_table -------------------------------------------------------------------


def mixed_utf8_gbk_csv() -> bytes:
    """A UTF-8 CSV where one row was pasted in from a GBK file."""
    return "名前,質問\n".encode() + "张三,你好吗\n".encode("gbk") + "李四,再见\n".encode()


def mostly_utf8_one_gbk_line_csv() -> bytes:
    rows = "".join(f"r{i},こんにちは世界 {i}\n" for i in range(50))
    return ("name,question\n" + rows).encode() + "r50,你好，世界\n".encode("gbk")


@dataclass(frozen=True)
class TableCase:
    name: str  # the file name: the suffix is what the user sees; the content decides how it is read
    make: Callable[[], bytes]
    error: type[TableError] | None  # None: it opens
    words: tuple[str, ...] = ()
    columns: int | None = None
    rows: int | None = None


TABLE_CASES = [
    TableCase(
        "10000-columns.csv",
        lambda: (",".join(f"c{i}" for i in range(10_000)) + "\n" + ",".join(map(str, range(10_000))) + "\n").encode(),
        None,
        columns=10_000,
        rows=1,
    ),
    TableCase("photo.csv", png_bytes, BinaryFileError, ("This file is a PNG image, not a table", "Open a CSV")),
    TableCase("nul-bytes.csv", lambda: b"a,b\n1,2\x00\x00\n3,4\n", BinaryFileError, ("a binary file, not a table",)),
    TableCase("empty.xlsx", lambda: b"", EmptyFileError, ("empty.xlsx is empty (0 bytes)",)),
    TableCase("text-named.xlsx", lambda: b"name,question\nr1,hello\n", None, columns=2, rows=1),
    # issue 10: read as UTF-8, the GBK line decoded by itself (its row is flagged: test_hostile.py)
    TableCase("mostly-utf8-one-gbk-line.csv", mostly_utf8_one_gbk_line_csv, None, columns=2, rows=51),
]


@pytest.mark.parametrize("case", TABLE_CASES, ids=[c.name for c in TABLE_CASES])
def test_malformed_table_gives_its_message(case: TableCase, tmp_path: Path) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.make())
    started = time.perf_counter()
    if case.error is not None:
        with pytest.raises(case.error) as caught, open_table(path) as table:
            list(table.iter_rows())
        for word in case.words:
            assert word in caught.value.user_message, caught.value.user_message
    else:
        with open_table(path) as table:
            rows = list(table.iter_rows())
        assert len(table.columns) == case.columns and len(rows) == case.rows
    assert time.perf_counter() - started < 5
    record("malformed file", f"table: {case.name}")


@pytest.mark.parametrize(
    ("make", "line", "text"),
    [(mixed_utf8_gbk_csv, 2, "你好吗"), (mostly_utf8_one_gbk_line_csv, 52, "你好，世界")],
    ids=["gbk-row", "gbk-last-line"],
)
@pytest.mark.parametrize("chosen", [None, "utf-8"], ids=["detected", "utf8-chosen"])
def test_mixed_encodings_decode_the_foreign_row_and_note_it(
    tmp_path: Path, make: Callable[[], bytes], line: int, text: str, chosen: str | None
) -> None:
    """Issue 10 (round 2): a mostly UTF-8 file is read as UTF-8 and its GBK row in GBK, noted on that row
    (round 1 refused the file naming the line; before that every row was read as GBK or Shift-JIS)."""
    path = tmp_path / "mixed.csv"
    path.write_bytes(make())
    with open_table(path, encoding=chosen) as table:
        rows = list(table.iter_rows())
        assert table.encoding is not None and table.encoding.encoding == "utf-8"
        assert rows[-1 if line == 52 else 0].values[1] == text and rows[-1 if line == 52 else 0].number == line
        assert table.row_encodings == {line: "gb18030"}
        assert all("\ufffd" not in v for r in rows for v in r.values)
    record("malformed file", f"table: mixed encodings ({line}, {chosen or 'detected'})")


# ---- through the window ------------------------------------------------------------------------


def drop(window: Any, *paths: Path) -> None:
    """Deliver a real QDropEvent carrying file URLs, as a drag from the file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def _message(window: Any) -> str:
    return str(window.notice.message) if window.notice.isVisible() else ""


async def _settled(window: Any) -> None:
    await asyncio.sleep(0)
    await wait_for(lambda: window.tasks.running == 0, what="the drop to be handled")


async def _still_works(window: Any, folder: Path) -> None:
    """After the failure the window still opens a good file."""
    fine = folder / "fine.jsonl"
    fine.write_text(good(2), encoding="utf-8")
    report = await window.submit_page.load_file(fine)
    assert report is not None and report.ok
    assert window.submit_page.submit_button.isEnabled()


def test_dropping_a_folder(app_window: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> None:
    window = app_window
    folder = tmp_path / "my requests"
    folder.mkdir()
    (folder / "inside.jsonl").write_text(good(1), encoding="utf-8")

    async def scenario() -> None:
        await window.start()
        drop(window, folder)
        await _settled(window)
        assert "“my requests” is a folder" in _message(window)
        assert window.submit_page.current_path is None
        assert not window.submit_page.submit_button.isEnabled()
        await _still_works(window, tmp_path)

    run_in_window(qloop, window, scenario())
    record("malformed file", "drop-folder")


def test_dropping_several_files_opens_the_first_and_says_so(
    app_window: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    window = app_window
    first = tmp_path / "first.jsonl"
    first.write_text(good(2), encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text(good(5), encoding="utf-8")

    async def scenario() -> None:
        await window.start()
        drop(window, first, second, tmp_path)
        await _settled(window)
        await wait_for(lambda: window.submit_page.current_report is not None, what="the first file's report")
        assert "one file at a time; the first one is opened" in _message(window)
        assert window.submit_page.current_path == first
        assert window.submit_page.current_report.requests == 2

    run_in_window(qloop, window, scenario())
    record("malformed file", "drop-several-files")


def test_file_deleted_between_drop_and_read(
    app_window: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = app_window
    victim = tmp_path / "vanishing.jsonl"
    victim.write_text(good(3), encoding="utf-8")
    real_open = window.submit_page.ops.open_requests

    async def open_after_it_vanished(path: Path) -> Any:
        path.unlink()  # e.g. a sync client moved it away right after the drop
        return await real_open(path)

    async def scenario() -> None:
        await window.start()
        monkeypatch.setattr(window.submit_page.ops, "open_requests", open_after_it_vanished)
        drop(window, victim)
        await _settled(window)
        text = _message(window)
        assert "vanishing.jsonl could not be read" in text and "No such file" in text, text
        assert window.submit_page.current_report is None
        monkeypatch.undo()
        await _still_works(window, tmp_path)

    run_in_window(qloop, window, scenario())
    record("malformed file", "drop-file-deleted-before-read")


class _FailingReads:
    """A file object that fails like an unplugged USB stick after a few reads."""

    def __init__(self, handle: Any, reads_before_failure: int) -> None:
        self._handle = handle
        self._left = reads_before_failure

    def _tick(self) -> None:
        self._left -= 1
        if self._left < 0:
            raise OSError(errno.EIO, "Input/output error")

    def read(self, *args: Any) -> Any:
        self._tick()
        return self._handle.read(*args)

    def readline(self, *args: Any) -> Any:
        self._tick()
        return self._handle.readline(*args)

    def readinto(self, *args: Any) -> Any:
        self._tick()
        return self._handle.readinto(*args)

    def __iter__(self) -> Any:
        return self

    def __next__(self) -> Any:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self) -> _FailingReads:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def test_file_failing_while_being_read(
    app_window: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = app_window
    victim = tmp_path / "on-usb-stick.jsonl"
    victim.write_text(good(200), encoding="utf-8")
    opened: list[Path] = []

    def failing_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(Path(path))
        return _FailingReads(open(path, *args, **kwargs), reads_before_failure=20)

    async def scenario() -> None:
        await window.start()
        monkeypatch.setattr(validate_mod, "open", failing_open, raising=False)
        drop(window, victim)
        await _settled(window)
        text = _message(window)
        assert opened == [victim], "the validator reads through its module's open()"
        assert "on-usb-stick.jsonl could not be read" in text and "Input/output error" in text, text
        assert window.submit_page.current_report is None
        monkeypatch.undo()
        await _still_works(window, tmp_path)

    run_in_window(qloop, window, scenario())
    record("malformed file", "drop-file-failing-mid-read")
