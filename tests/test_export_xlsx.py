"""XLSX and raw JSONL exports, and long numeric ids that must stay text in CSV and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop_app.core.answers.rows import ResultRow, RowStatus
from desktop_app.core.answers.view import AnswerLayer, ResultsView
from desktop_app.core.export import (
    DEFAULT_COLUMNS,
    XLSX_MAX_CELL_CHARS,
    excel_text,
    export_csv,
    export_jsonl,
    export_xlsx,
)


def row(index: int, custom_id: str, **fields: Any) -> ResultRow:
    fields.setdefault("status", RowStatus.SUCCEEDED)
    return ResultRow(index=index, line=index + 1, custom_id=custom_id, **fields)


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


LONG_IDS = ["00123", "-0012", "12345678901234567", "000000000000000000001", "123456789012"]
PLAIN = ["123", "12345678901", "0", "1.5", "0x12", "id-0012", "１２３４５６７８９０１２３"]


@pytest.mark.parametrize("value", LONG_IDS)
def test_excel_text_wraps_digits_excel_would_mangle(value: str) -> None:
    assert excel_text(value) == f'="{value}"'


@pytest.mark.parametrize("value", PLAIN)
def test_excel_text_leaves_the_rest_alone(value: str) -> None:
    assert excel_text(value) == value


def test_csv_long_ids_stay_text_and_formulas_stay_neutralised(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    rows = [
        row(0, "00123", content="12345678901234567", total_tokens=12345678901234567, source=("0042", "=1+1")),
        row(1, '=HYPERLINK("x")', content="- item"),
    ]
    export_csv(rows, dest, ["custom_id", "content", "total_tokens"], source_columns=("Ref", "Formula"))
    table = read_csv(dest)
    assert table[0] == ["Ref", "Formula", "custom_id", "content", "total_tokens"]
    assert table[1] == ['="0042"', "'=1+1", '="00123"', '="12345678901234567"', "12345678901234567"]
    assert table[2][2:4] == ['\'=HYPERLINK("x")', "'- item"]
    raw = dest.read_bytes()
    assert b'"=""00123"""' in raw  # what Excel reads as the formula ="00123", i.e. the text 00123
    export_csv(rows, dest, ["custom_id"], keep_ids_as_text=False)
    assert read_csv(dest)[1] == ["00123"]


@pytest.fixture
def workbook_path(tmp_path: Path) -> Path:
    long_text = "長" * (XLSX_MAX_CELL_CHARS + 10)
    rows = [
        row(0, "00123", content="short", prompt_tokens=3, total_tokens=5, created=1743562621, source=("0007", "x")),
        row(1, "12345678901234567", content=long_text, reasoning_content="r" * 40_000, source=("a", "b")),
        row(2, "=cmd|calc", content="=1+1", error_message="bad\x00\x07char", status=RowStatus.FAILED),
        row(3, "m", status=RowStatus.MISSING),
    ]
    dest = tmp_path / "out.xlsx"
    report = export_xlsx(
        rows,
        dest,
        source_columns=("Ref", "Other"),
        summary={"Prompt tokens": 3, "Verdict": "complete", "Formula-ish": "=2+2"},
    )
    assert (report.rows, report.cut_cells, report.cut_rows) == (4, 2, 1)
    return dest


def test_xlsx_layout_header_widths_and_summary(workbook_path: Path) -> None:
    book = load_workbook(workbook_path)
    assert book.sheetnames == ["Results", "Summary"]
    sheet = book["Results"]
    header = [c.value for c in sheet[1]]
    assert header == ["Ref", "Other", *DEFAULT_COLUMNS, "note"]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    widths = {sheet.cell(1, i + 1).value: sheet.column_dimensions[chr(ord("A") + i)].width for i in range(10)}
    assert widths["custom_id"] < widths["error_message"]
    content_col = header.index("content") + 1
    assert sheet.column_dimensions[chr(ord("A") + content_col - 1)].width == 60
    summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows()}
    assert summary == {"Prompt tokens": 3, "Verdict": "complete", "Formula-ish": "=2+2"}
    assert book["Summary"]["B3"].data_type == "s"


def test_xlsx_ids_are_text_and_numbers_are_numbers(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)["Results"]
    header = [c.value for c in sheet[1]]
    first = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert first["custom_id"].value == "00123" and first["custom_id"].data_type == "s"
    assert first["Ref"].value == "0007" and first["Ref"].data_type == "s"
    assert first["total_tokens"].value == 5 and first["total_tokens"].data_type == "n"
    assert first["created"].value and len(first["created"].value) == 19
    second = {h: c.value for h, c in zip(header, sheet[3], strict=True)}
    assert second["custom_id"] == "12345678901234567"
    third = {h: c for h, c in zip(header, sheet[4], strict=True)}
    # Formula-looking text is stored as text: exact, and never run.
    assert third["content"].value == "=1+1" and third["content"].data_type == "s"
    assert third["custom_id"].value == "=cmd|calc" and third["custom_id"].data_type == "s"
    assert third["error_message"].value == "badchar"  # XML-illegal control characters removed
    missing = {h: c.value for h, c in zip(header, sheet[5], strict=True)}
    assert missing["status"] == "missing" and missing["content"] is None and missing["note"] is None


def test_xlsx_long_cells_cut_with_a_note(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)["Results"]
    header = [c.value for c in sheet[1]]
    long_row = {h: c.value for h, c in zip(header, sheet[3], strict=True)}
    assert len(long_row["content"]) == XLSX_MAX_CELL_CHARS
    assert len(long_row["reasoning_content"]) == XLSX_MAX_CELL_CHARS
    note = long_row["note"]
    assert "content cut from 32,777 characters" in note
    assert "reasoning_content cut from 40,000 characters" in note
    assert "CSV or JSONL" in note
    first = {h: c.value for h, c in zip(header, sheet[2], strict=True)}
    assert first["note"] is None


def test_xlsx_is_atomic(tmp_path: Path) -> None:
    dest = tmp_path / "out.xlsx"
    dest.write_bytes(b"old")

    def rows() -> Iterator[ResultRow]:
        yield row(0, "a")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        export_xlsx(rows(), dest)
    assert dest.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]
    with pytest.raises(ValueError):
        export_xlsx([], dest, ["nope"])


def _line(obj: dict[str, Any]) -> bytes:
    return orjson.dumps(obj)


def test_jsonl_export_in_input_order_with_rerun_answers(tmp_path: Path) -> None:
    def req(cid: str) -> dict[str, Any]:
        return {"custom_id": cid, "method": "POST", "url": "/v1/chat/ds-test", "body": {"model": "batch-test-model"}}

    def ok(cid: str, text: str) -> dict[str, Any]:
        return {
            "custom_id": cid,
            "response": {"status_code": 200, "body": {"choices": [{"message": {"content": text}}]}},
        }

    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b"\n".join(_line(req(c)) for c in "abcda") + b"\n")
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"\n".join([_line(ok("c", "c1")), _line(ok("a", "a1"))]) + b"\n")
    err = tmp_path / "err.jsonl"
    err_line = b'{"custom_id": "b",   "error": {"code": "E", "message": "m"}}'
    err.write_bytes(err_line + b"\n")
    rerun_out = tmp_path / "rerun.jsonl"
    rerun_out.write_bytes(_line(ok("b", "b2")) + b"\n")
    dest = tmp_path / "raw.jsonl"
    with ResultsView.from_paths(inp, out, err) as view:
        assert export_jsonl(view, dest) == 3
    lines = dest.read_bytes().splitlines()
    assert lines == [_line(ok("a", "a1")), err_line, _line(ok("c", "c1"))]  # byte for byte, input order
    with ResultsView.from_paths(inp, out, err, reruns=[AnswerLayer(rerun_out, None, "batch_rerun")]) as view:
        assert export_jsonl(view, dest, include_missing=True) == 4
        assert view.row(1).answered_by == "batch_rerun" and view.row(1).content == "b2"
    lines = dest.read_bytes().splitlines()
    assert lines[1] == _line(ok("b", "b2"))  # the newest answer wins
    assert orjson.loads(lines[3])["error"]["code"] == "missing" and orjson.loads(lines[3])["custom_id"] == "d"


_PIECES = [*"&<>\r\n\"' a日本語;#x13", "&amp;", "&lt;", "\x85"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_streamed_xlsx_escapes_text_exactly_as_before(text: str) -> None:
    """The sheet's text escape became four scans instead of a lookup per character (a quarter of a
    million-row XLSX export's time); what it writes is unchanged, so every reader reads the same text."""
    from desktop_app.core import xlsx_stream

    assert xlsx_stream._xml_text(text) == text.translate(xlsx_stream._ESCAPES)


def test_text_with_markup_and_a_carriage_return_reads_back_as_typed(tmp_path: Path) -> None:
    from desktop_app.core.xlsx_stream import XlsxStream

    typed = ["a < b && c > d", "line 1\r\nline 2", "&amp; stays as typed", "中文 <b>粗体</b>"]
    dest = tmp_path / "escaped.xlsx"
    with open(dest, "wb") as handle, XlsxStream(handle) as book:
        sheet = book.sheet("Answers", [20])
        for value in typed:
            sheet.append([value])
    book_read = load_workbook(dest, read_only=True)
    try:
        assert [row[0] for row in book_read["Answers"].iter_rows(values_only=True)] == typed
    finally:
        book_read.close()


def _local_headers(path: Path) -> list[tuple[str, int, int, int, int, bytes]]:
    """Each entry's local header as written: (name, version needed, 32-bit compressed and plain sizes,
    its central directory's plain size, the extra field)."""
    import struct
    import zipfile

    found = []
    with zipfile.ZipFile(path) as archive, open(path, "rb") as raw:
        for info in archive.infolist():
            raw.seek(info.header_offset)
            head = raw.read(30)
            version, _, _, _, _, _, packed, plain, name_len, extra_len = struct.unpack("<4xHHHHHIIIHH", head)
            raw.seek(name_len, 1)
            found.append((info.filename, version, packed, plain, info.file_size, raw.read(extra_len)))
    return found


def test_the_answer_sheet_is_a_plain_zip_that_excel_opens(tmp_path: Path) -> None:
    """No ZIP64 in a workbook that does not need it: Excel refuses local headers with the ZIP64 extension
    for small parts (their sizes then disagree with the central directory's). Every entry's local header
    carries its real sizes, as openpyxl's and XlsxWriter's do."""
    from desktop_app.core.xlsx_stream import XlsxStream

    dest = tmp_path / "plain.xlsx"
    with open(dest, "wb") as handle, XlsxStream(handle) as book:
        sheet = book.sheet("Answers", [20], freeze_header=True)
        for n in range(2000):
            sheet.append([f"{n:05d}", "答案 " * 20, n])
        book.sheet("Summary", [20]).append(["rows", 2000])
    for name, version, packed, plain, central_plain, extra in _local_headers(dest):
        assert version == 20, f"{name} asks for ZIP version {version / 10}"
        assert extra == b"", f"{name} has an extra field {extra.hex()}"
        assert plain == central_plain and packed not in (0, 0xFFFFFFFF), name
    rows = list(load_workbook(dest, read_only=True)["Answers"].iter_rows(values_only=True))
    assert len(rows) == 2000 and rows[1999][0] == "01999"


def test_a_sheet_too_big_for_a_plain_zip_entry_is_written_again_with_zip64(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the plain entry's limit (2 GB of sheet XML; here 200 kB), the export starts over with ZIP64:
    every row once, the counts not doubled, the sheet's entry written with ZIP64 sizes."""
    import zipfile

    from desktop_app.core import xlsx_stream
    from desktop_app.core.sheet import Variant, export_sheet
    from tests.test_sheet import answer_with_sandbox, build_variant

    sheet = tmp_path / "rows.csv"
    sheet.write_text("编号,评论\n" + "".join(f"{n:04d},问题 {n} " + "长" * 40 + "\n" for n in range(1500)), "utf-8")
    requests, source = build_variant(sheet, tmp_path, "qwen-plus", outputs=())
    answers = answer_with_sandbox(requests, tmp_path / "out.jsonl")
    monkeypatch.setattr(xlsx_stream, "SHEET_BYTES_WITHOUT_ZIP64", 200_000)
    written: list[bool] = []
    real_open = xlsx_stream.XlsxStream.__init__

    def counting_open(self: Any, handle: Any, compresslevel: int = 1, *, zip64: bool = False) -> None:
        written.append(zip64)
        real_open(self, handle, compresslevel, zip64=zip64)

    monkeypatch.setattr(xlsx_stream.XlsxStream, "__init__", counting_open)
    dest = tmp_path / "big.xlsx"
    with ResultsView.from_paths(requests, answers, source=source) as view:
        report = export_sheet([Variant("qwen-plus", view)], dest, "xlsx")
    assert written == [False, True]
    assert report.rows == 1500 and report.variants[0].succeeded == 1500
    headers = {
        name: (version, plain, central, extra) for name, version, _, plain, central, extra in _local_headers(dest)
    }
    version, plain, central, extra = headers["xl/worksheets/sheet1.xml"]
    assert version == 45 and central > 200_000 and plain == 0xFFFFFFFF and extra[:2] == b"\x01\x00"
    with zipfile.ZipFile(dest) as archive:
        assert archive.testzip() is None
    rows = list(load_workbook(dest, read_only=True)["Answers"].iter_rows(values_only=True))
    assert len(rows) == 1501 and rows[1][0] == "0000" and rows[-1][0] == "1499"
    assert not list(tmp_path.glob("big*.tmp*")) and not list(tmp_path.glob(".big*"))
