"""CSV export: the exact bytes Excel gets."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.answers.rows import ResultRow, RowStatus
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.export import (
    ALL_COLUMNS,
    DEFAULT_COLUMNS,
    CsvRowWriter,
    excel_text,
    export_csv,
    format_created,
    neutralize_cell,
)

DATA = Path(__file__).parent / "data"
BOM = b"\xef\xbb\xbf"


def row(index: int, custom_id: str, **fields: Any) -> ResultRow:
    fields.setdefault("status", RowStatus.SUCCEEDED)
    return ResultRow(index=index, line=index + 1, custom_id=custom_id, **fields)


def read_back(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_bytes_start_with_bom_and_use_crlf(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    assert export_csv([row(0, "a", content="x"), row(1, "b", content="y")], dest) == 2
    data = dest.read_bytes()
    assert data.startswith(BOM)
    assert not data.startswith(BOM + BOM)
    assert data.count(b"\r\n") == 3
    assert data.replace(b"\r\n", b"").count(b"\n") == 0
    assert data.endswith(b"\r\n")


def test_header_and_status_column_early(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    export_csv([], dest)
    assert read_back(dest) == [list(DEFAULT_COLUMNS)]
    assert DEFAULT_COLUMNS[:2] == ("custom_id", "status")
    vendor = [
        "custom_id",
        "model",
        "request_id",
        "status_code",
        "error_code",
        "error_message",
        "created",
        "content",
    ]
    assert all(c in DEFAULT_COLUMNS for c in vendor)
    assert [c for c in DEFAULT_COLUMNS if c in vendor] == vendor  # the vendor's order is kept


def test_cjk_commas_quotes_and_newlines_survive(tmp_path: Path) -> None:
    tricky = '西湖,"杭州"\n第二行\r\nさくら, "quoted", done'
    dest = tmp_path / "out.csv"
    export_csv([row(0, "id,1", content=tricky, error_message='say "hi"')], dest)
    table = read_back(dest)
    header, values = table[0], table[1]
    record = dict(zip(header, values, strict=True))
    assert record["custom_id"] == "id,1"
    assert record["content"] == tricky
    assert record["error_message"] == 'say "hi"'
    assert "西湖".encode() in dest.read_bytes()


def test_input_order_and_values_from_a_real_join(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    with ResultsView.from_paths(
        DATA / "seed002_input_test_model.jsonl", DATA / "seed002_output_test_model.jsonl", None
    ) as view:
        export_csv(view, dest, tz=UTC)
    records = [dict(zip(read_back(dest)[0], r, strict=True)) for r in read_back(dest)[1:]]
    assert [r["custom_id"] for r in records] == ["1", "2"]
    first = records[0]
    assert first["status"] == "succeeded"
    assert first["model"] == "batch-test-model"
    assert first["status_code"] == "200"
    assert first["created"] == "2025-04-02 02:57:01"
    assert first["content"] == "This is a test result."
    assert (first["prompt_tokens"], first["completion_tokens"], first["total_tokens"]) == ("20", "6", "26")
    assert first["error_code"] == first["reasoning_content"] == ""


def test_missing_row_has_empty_cells(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    export_csv([row(0, "m", status=RowStatus.MISSING, model="qwen-plus")], dest)
    record = dict(zip(*read_back(dest), strict=True))
    assert record["status"] == "missing"
    assert record["status_code"] == record["created"] == record["total_tokens"] == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("＝1+1", "＝1+1"),  # full-width: text for Excel and LibreOffice
        ("- bullet item", "'- bullet item"),
        ("-1.5", "-1.5"),
        ("+3", "+3"),
        ("-2e5", "-2e5"),
        ("1=1", "1=1"),
        ("", ""),
        ("普通", "普通"),
    ],
)
def test_neutralize_cell(value: str, expected: str) -> None:
    assert neutralize_cell(value) == expected


def test_formulas_are_neutralised_in_the_file(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    export_csv([row(0, "=HYPERLINK(1)", content="=1+1", error_message="@x", total_tokens=-1)], dest)
    record = dict(zip(*read_back(dest), strict=True))
    assert record["custom_id"] == "'=HYPERLINK(1)"
    assert record["content"] == "'=1+1"
    assert record["error_message"] == "'@x"
    assert record["total_tokens"] == "-1"  # numbers are never touched


def test_created_format_and_timezones() -> None:
    assert format_created(None) == ""
    assert format_created(1743562621, UTC) == "2025-04-02 02:57:01"
    assert format_created(1743562621, timezone(timedelta(hours=8))) == "2025-04-02 10:57:01"
    assert len(format_created(1743562621)) == 19  # local time, same shape
    assert format_created(10**20) == str(10**20)  # nonsense stays visible instead of crashing


def test_custom_columns_and_headers(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    export_csv(
        [row(0, "a", content="x", embedding_dim=1024)],
        dest,
        ["custom_id", "embedding_dim"],
        headers=["ID", "次元"],
    )
    assert read_back(dest) == [["ID", "次元"], ["a", "1024"]]
    export_csv([row(0, "a")], dest, ["content"])
    assert read_back(dest) == [["content"], [""]]
    assert set(DEFAULT_COLUMNS) <= set(ALL_COLUMNS)


def test_bad_columns_raise_and_leave_nothing(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    with pytest.raises(ValueError, match="nope"):
        export_csv([row(0, "a")], dest, ["custom_id", "nope"])
    with pytest.raises(ValueError):
        export_csv([row(0, "a")], dest, ["custom_id"], headers=["a", "b"])
    assert list(tmp_path.iterdir()) == []


def test_atomic_replace_keeps_old_file_on_failure(tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    dest.write_bytes(b"old")

    def rows() -> Iterator[ResultRow]:
        yield row(0, "a")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        export_csv(rows(), dest)
    assert dest.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_streams_a_generator(tmp_path: Path) -> None:
    dest = tmp_path / "big.csv"
    count = export_csv((row(i, f"id-{i}", content="答" * 20) for i in range(20_000)), dest)
    assert count == 20_000
    table = read_back(dest)
    assert len(table) == 20_001
    assert table[-1][0] == "id-19999"


_CELLS = st.one_of(
    st.text(),
    st.none(),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.sampled_from(["a,b", 'say "hi"', "x\r\ny", "\r", "\n", "", " ", "\x00", "，西湖", "=1+2", "\t"]),
)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(rows=st.lists(st.lists(_CELLS, min_size=1, max_size=6), max_size=8))
def test_rows_are_written_byte_for_byte_as_the_csv_module_writes_them(rows: list[list[Any]]) -> None:
    """Issue 13: rows needing no quoting skip the csv writer (one join); every row must still come out
    exactly as ``csv.writer`` writes it — quotes doubled, commas and line breaks quoted, a lone empty
    cell as ``""``, numbers and None as the csv module writes them."""
    expected = io.StringIO()
    csv.writer(expected, lineterminator="\r\n").writerows(rows)
    written = io.BytesIO()
    out = CsvRowWriter(written)
    for row in rows:
        out.row(list(row))
    out.close()
    assert written.getvalue() == b"\xef\xbb\xbf" + expected.getvalue().encode("utf-8")


@settings(max_examples=200, derandomize=True, deadline=None)
@given(rows=st.lists(st.lists(st.one_of(_CELLS, st.sampled_from(["a;b", "1;2;3", ";"])), min_size=1, max_size=6)))
def test_rows_with_a_semicolon_separator_are_the_csv_modules_too(rows: list[list[Any]]) -> None:
    """The list separator of a decimal-comma computer: a cell holding it is quoted, the others joined."""
    expected = io.StringIO()
    csv.writer(expected, delimiter=";", lineterminator="\r\n").writerows(rows)
    written = io.BytesIO()
    out = CsvRowWriter(written, delimiter=";")
    for row in rows:
        out.row(list(row))
    out.close()
    assert written.getvalue() == b"\xef\xbb\xbf" + expected.getvalue().encode("utf-8")


def test_the_style_is_what_excel_uses_on_this_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows' list separator and decimal mark when a CSV can carry them; the standard's otherwise and
    off Windows; when both are one character, Excel separates with ";"."""
    from desktop_app.core import cells

    style = cells.csv_style_from
    assert style(";", ",") == cells.CsvStyle(";", ",")  # Indonesia, Germany
    assert style(",", ".") == cells.STANDARD_CSV  # the US, China, Japan
    assert style(";", ".") == cells.CsvStyle(";", ".")  # Switzerland
    assert style(",", ",") == cells.CsvStyle(";", ",")  # Excel's own rule for equal marks
    assert style("|", "\u066b") == cells.CsvStyle("|", "\u066b")
    for bad in (None, "", ";;", "a", "1", '"', " ", "\n"):
        assert style(bad, bad) == cells.STANDARD_CSV
    cells.excel_csv_style.cache_clear()
    monkeypatch.setattr(cells.sys, "platform", "linux")
    try:
        assert cells.excel_csv_style() == cells.STANDARD_CSV
    finally:
        cells.excel_csv_style.cache_clear()


@pytest.mark.parametrize(
    ("reported", "style"),
    [
        ({0x0C: ";", 0x0E: ","}, (";", ",")),  # an Indonesian Windows
        ({0x0C: ",", 0x0E: "."}, (",", ".")),  # a Chinese or Japanese one
        ({0x0C: ";"}, (";", ".")),  # the decimal mark not known (the call wrote nothing)
        ({}, (",", ".")),
    ],
)
def test_the_style_is_read_from_windows_for_the_user(
    monkeypatch: pytest.MonkeyPatch, reported: dict[int, str], style: tuple[str, str]
) -> None:
    """The Windows branch, with ``GetLocaleInfoEx`` played by a fake: asked for the user's default locale
    (NULL), the list separator (0x0C) and the decimal mark (0x0E), each written into the buffer given."""
    import ctypes
    import types

    from desktop_app.core import cells

    asked: list[tuple[object, int]] = []

    def get_locale_info(name: object, kind: int, buffer: ctypes.Array[ctypes.c_wchar], size: int) -> int:
        asked.append((name, kind))
        if kind not in reported:
            return 0
        buffer.value = reported[kind]
        return len(reported[kind]) + 1

    kernel32 = types.SimpleNamespace(GetLocaleInfoEx=get_locale_info)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
    monkeypatch.setattr(cells.sys, "platform", "win32")
    cells.excel_csv_style.cache_clear()
    try:
        assert cells.excel_csv_style() == cells.CsvStyle(*style)
        assert asked == [(None, 0x0C), (None, 0x0E)]
        cells.excel_csv_style()
        assert len(asked) == 2, "read once"
    finally:
        cells.excel_csv_style.cache_clear()


def test_a_view_export_is_the_csv_modules_file(tmp_path: Path) -> None:
    """The whole export (a view's fast pass, the join path) gives the same bytes as the csv module
    writing the same cells: commas, quotes and line breaks in answers, formulas, ids as text."""
    inp = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    answers = ["plain", "a, b", 'say "hi"', "two\nlines", "=SUM(A1)", "000123", "-5分", "stop"]
    inp.write_text(
        "".join(
            json.dumps({"custom_id": f"{n:012d}", "body": {"model": "m", "messages": [{"role": "user", "content": a}]}})
            + "\n"
            for n, a in enumerate(answers)
        ),
        encoding="utf-8",
    )
    out.write_text(
        "".join(
            json.dumps(
                {
                    "custom_id": f"{n:012d}",
                    "response": {
                        "status_code": 200,
                        "request_id": f"{n}e5",
                        "body": {
                            "created": 1743562621,
                            "choices": [{"message": {"content": a}, "finish_reason": "stop"}],
                            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
                        },
                    },
                }
            )
            + "\n"
            for n, a in enumerate(answers)
        ),
        encoding="utf-8",
    )
    dest = tmp_path / "o.csv"
    with ResultsView.from_paths(inp, out, None) as view:
        export_csv(view, dest, tz=UTC)
        rows = list(view.iter_rows())
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow(DEFAULT_COLUMNS)
    for row in rows:
        cells = []
        for column in DEFAULT_COLUMNS:
            value = getattr(row, column)
            if column == "created":
                value = format_created(value, UTC)
            elif type(value) is str:
                value = excel_text(value)
            cells.append(value)
        writer.writerow(cells)
    assert dest.read_bytes() == b"\xef\xbb\xbf" + expected.getvalue().encode("utf-8")
    table = read_back(dest)
    assert table[1][0] == '="000000000000"' and table[2][table[0].index("content")] == "a, b"
    assert table[5][table[0].index("content")] == "'=SUM(A1)" and table[4][table[0].index("content")] == "two\nlines"
