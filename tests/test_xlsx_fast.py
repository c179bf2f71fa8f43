"""core.tables.xlsx: the fast XLSX path (calamine values + styles from the sheet XML) shows exactly the text
openpyxl's path shows, and hands a sheet over to openpyxl from the first row it cannot vouch for."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop_app.core.tables import xlsx
from desktop_app.core.tables.readers import open_table

HEADER = ["编号", "代码", "金额", "比例", "日期", "时间", "时长", "文本", "备注"]


def _rows(path: Path, **options: Any) -> tuple[tuple[str, ...], list[tuple[int, tuple[str, ...], tuple[str, ...]]]]:
    with open_table(path, **options) as table:
        assert table.format == "xlsx"
        return table.columns, [(r.number, r.values, r.extra) for r in table.iter_rows()]


def _recorded_stops(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The rows at which the fast path hands a sheet to openpyxl, as they happen (a list filled later)."""
    stops: list[int] = []

    class Recorded(xlsx._Mismatch):
        def __init__(self, row: int) -> None:
            super().__init__(row)
            stops.append(row)

    monkeypatch.setattr(xlsx, "_Mismatch", Recorded)
    return stops


def _openpyxl_rows(path: Path, monkeypatch: pytest.MonkeyPatch, **options: Any) -> Any:
    """The same read with the fast path switched off: what the app showed before it existed."""
    with monkeypatch.context() as patch:
        patch.setattr(xlsx._FastBook, "open", classmethod(lambda cls, path: None))
        return _rows(path, **options)


@pytest.fixture
def handovers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sheets the fast path handed over to openpyxl (it reads them through ``_quiet_rows``)."""
    seen: list[str] = []
    original: Callable[..., Iterator[tuple[int, list[str]]]] = xlsx._quiet_rows

    def spy(workbook: Any, sheet: str, path: Path) -> Iterator[tuple[int, list[str]]]:
        seen.append(sheet)
        return original(workbook, sheet, path)

    monkeypatch.setattr(xlsx, "_quiet_rows", spy)
    return seen


def _edit(path: Path, member: str, change: Callable[[str], str]) -> None:
    """Rewrite one part of a workbook (the tests add what openpyxl does not write itself)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts[member] = change(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def tricky_workbook(path: Path, *, epoch_1904: bool = False) -> Path:
    """A sheet starting at B2 with the formats people meet, then the cell kinds only Excel writes."""
    book = openpyxl.Workbook()
    if epoch_1904:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = book.active
    ws.title = "数据"
    book.create_sheet("空")
    formats = ["@", "000000", "#,##0.00", "0.00%", 'yyyy"年"m"月"d"日"', "h:mm:ss", "[h]:mm:ss", "General", "@"]
    rows: list[list[Any]] = [
        ["000123", 49, 1234567.891, 0.1234, dt.datetime(2024, 1, 5), dt.time(13, 45, 10), dt.timedelta(hours=30)],
        ["000124", 0, -42, 1, dt.datetime(2024, 2, 29, 8, 30), dt.time(0, 0, 1), 1.5, "  spaced  ", "0012"],
        [],
        ["000125", 7, 0, 0.5, dt.datetime(1900, 3, 1), dt.time(12), dt.timedelta(minutes=-5), "合并", None],
        ["000126", None, 1e-12, 2.675, None, None, None, "末尾 line\nbreak", "12345"],
        ["000127", 123456, 99999.995, -0.0001, dt.datetime(2024, 12, 31, 23, 59, 59), 0.75, 2, "=not a formula", 3.5],
    ]
    for c, name in enumerate(HEADER, 2):
        ws.cell(row=2, column=c, value=name)
    for r, row in enumerate(rows, 3):
        for c, value in enumerate(row, 2):
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            cell.number_format = formats[c - 2]
    ws.merge_cells("I6:J6")
    ws["C9"] = 45000
    ws["C9"].number_format = "mm-dd-yy"  # built-in 14: the PC's own date order in Excel → ISO 8601
    ws["D9"] = 45000.5
    ws["D9"].number_format = "m/d/yy h:mm"
    ws["E9"] = 1234
    ws["E9"].number_format = "@"  # a number typed before the column was made text
    ws["F9"] = 0.000123
    ws["F9"].number_format = "0.00E+00"
    ws["G9"] = -1234.5
    ws["G9"].number_format = "#,##0.00_);[Red](#,##0.00)"
    ws["H9"] = 45000
    ws["H9"].number_format = "General"
    book.save(path)
    # What openpyxl does not write: shared strings (CJK, rich text with a phonetic guide), error values,
    # formulas with cached results, booleans, an 18-digit integer, a CJK built-in date format (id 31).
    _edit(
        path,
        "[Content_Types].xml",
        lambda text: text.replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
    )
    _edit(
        path,
        "xl/_rels/workbook.xml.rels",
        lambda text: text.replace(
            "</Relationships>",
            '<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
    )
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main" count="3" uniqueCount="3"><si><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve">'
            '士山 </t></r><rPh sb="0" eb="1"><t>フジ</t></rPh></si><si><t>0042</t></si><si><t>北京 &amp; 上海'
            "</t></si></sst>",
        )

    def add_xf(text: str) -> str:
        count = int(re.search(r'<cellXfs count="(\d+)"', text).group(1))  # type: ignore[union-attr]
        text = text.replace(f'<cellXfs count="{count}"', f'<cellXfs count="{count + 1}"')
        return text.replace(
            "</cellXfs>",
            '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
        )

    _edit(path, "xl/styles.xml", add_xf)
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("xl/styles.xml").decode()
    cjk_style = int(re.search(r'<cellXfs count="(\d+)"', styles).group(1)) - 1  # type: ignore[union-attr]
    extra = (
        '<row r="10"><c r="B10" t="s"><v>1</v></c><c r="C10" t="e"><v>#DIV/0!</v></c>'
        '<c r="D10" s="3"><f>C4*2</f><v>2469135.782</v></c><c r="E10" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'
        '<c r="F10" t="b"><v>1</v></c><c r="G10"><v>123456789012345678</v></c>'
        f'<c r="H10" s="{cjk_style}"><v>45296</v></c><c r="I10" t="s"><v>0</v></c><c r="J10" t="s"><v>2</v></c>'
        '</row><row r="11"><c r="B11" t="e"><v>#N/A</v></c><c r="C11" t="b"><v>0</v></c></row>'
    )
    _edit(path, "xl/worksheets/sheet1.xml", lambda text: text.replace("</sheetData>", extra + "</sheetData>"))
    return path


@pytest.mark.parametrize("epoch_1904", [False, True])
def test_fast_path_shows_exactly_what_openpyxl_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handovers: list[str], epoch_1904: bool
) -> None:
    path = tricky_workbook(tmp_path / "tricky.xlsx", epoch_1904=epoch_1904)
    before = _openpyxl_rows(path, monkeypatch, has_header=True)
    handovers.clear()
    columns, rows = _rows(path, has_header=True)
    assert (columns, rows) == before
    assert handovers == []  # every cell lined up: openpyxl never read a row
    shown = {number: values for number, values, _ in rows}
    assert columns == ("Column 1", *HEADER)  # the sheet starts at B2: column A stays, blank
    assert shown[3][1:8] == ("000123", "000049", "1,234,567.89", "12.34%", "2024年1月5日", "13:45:10", "30:00:00")
    assert shown[4][1:6] == ("000124", "000000", "-42.00", "100.00%", "2024年2月29日")
    assert shown[4][8:] == ("  spaced  ", "0012")
    assert 5 not in shown  # the blank row is skipped, and later rows keep Excel's numbers
    assert shown[6][5] == "1900年3月1日" and shown[6][8:] == ("合并", "")  # merged: the value in its first cell
    assert shown[7][2:5] == ("", "0.00", "267.50%") and shown[7][8:] == ("末尾 line\nbreak", "12345")
    assert shown[8][3] == "100,000.00" and shown[8][8:] == ("=not a formula", "3.5")
    day = "2027-03-16" if epoch_1904 else "2023-03-15"  # serial 45000 counted from 1904 or from 1900
    assert shown[9][2:8] == (day, f"{day} 12:00:00", "1234", "1.23E-04", "(1,234.50)", "45000")
    assert shown[10][1:] == (
        "0042", "#DIV/0!", "2,469,135.78", "ab", "TRUE", "123456789012345678",
        "2028-01-06" if epoch_1904 else "2024-01-05", "富士山 ", "北京 & 上海",
    )  # fmt: skip
    assert shown[11][1:3] == ("#N/A", "FALSE")


def test_the_chosen_sheet_header_and_no_header_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tricky_workbook(tmp_path / "tricky.xlsx")
    for options in ({"sheet": "数据", "has_header": False}, {"has_header": True}):
        assert _rows(path, **options) == _openpyxl_rows(path, monkeypatch, **options)
    with open_table(path) as table:
        assert table.sheets == ("数据", "空") and table.sheet == "数据"
        assert table.estimated_rows == _openpyxl_estimate(path, monkeypatch)


def _openpyxl_estimate(path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    with monkeypatch.context() as patch:
        patch.setattr(xlsx._FastBook, "open", classmethod(lambda cls, path: None))
        with open_table(path) as table:
            return table.estimated_rows


def test_an_unknown_cell_shape_hands_the_rest_of_the_sheet_to_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handovers: list[str]
) -> None:
    path = tricky_workbook(tmp_path / "tricky.xlsx")
    # attributes in another order than the expression knows, in row 7 only
    _edit(
        path,
        "xl/worksheets/sheet1.xml",
        lambda text: re.sub(r'<c r="D7" s="(\d+)" t="n">', r'<c r="D7" t="n" s="\1">', text),
    )
    before = _openpyxl_rows(path, monkeypatch)
    handovers.clear()
    stops = _recorded_stops(monkeypatch)
    assert _rows(path) == before
    assert set(handovers) == {"数据"} and set(stops) == {7}  # rows 3-6 came from the fast path


def test_a_date_beyond_calamines_calendar_is_read_by_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handovers: list[str]
) -> None:
    """python-calamine panics (a Rust panic, not an Exception) on such a date; found by the fuzz test."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["id", "when"])
    ws.append(["a", 1])
    ws.append(["b", -1e15])
    ws["B2"].number_format = ws["B3"].number_format = "yyyy-mm-dd"
    path = tmp_path / "far.xlsx"
    book.save(path)
    before = _openpyxl_rows(path, monkeypatch)
    handovers.clear()
    assert _rows(path) == before
    assert set(handovers) == {"Sheet"}


def test_a_workbook_without_styles_is_read_by_openpyxl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = openpyxl.Workbook()
    book.active.append(["id", "n"])
    book.active.append(["007", 5])
    path = tmp_path / "plain.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist() if i.filename != "xl/styles.xml"}
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert xlsx._FastBook.open(path) is None
    assert _rows(path)[1] == [(2, ("007", "5"), ())]


def test_an_escaped_carriage_return_is_shown_as_excel_shows_it(tmp_path: Path) -> None:
    """Decided (docs/decisions.md, issue 13): calamine decodes OOXML's ``_x000D_``; openpyxl kept it as typed."""
    book = openpyxl.Workbook()
    book.active.append(["text"])
    book.active.append(["first_x000D_second"])
    path = tmp_path / "cr.xlsx"
    book.save(path)
    assert _rows(path)[1] == [(2, ("first\rsecond",), ())]


def test_the_fast_path_streams_a_long_sheet_in_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cells are matched across the 1 MB pieces the sheet XML is read in (a small piece size shows it)."""
    monkeypatch.setattr(xlsx, "_SCAN_BLOCK", 97)
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["id", "amount", "share"])
    for i in range(300):
        ws.append([f"{i:05d}", i * 1.5, i / 300])
        ws.cell(row=i + 2, column=2).number_format = "#,##0.00"
        ws.cell(row=i + 2, column=3).number_format = "0%"
    path = tmp_path / "long.xlsx"
    book.save(path)
    rows = _rows(path)[1]
    assert len(rows) == 300 and rows[-1] == (301, ("00299", "448.50", "100%"), ())
    assert rows == _openpyxl_rows(path, monkeypatch)[1]


def test_a_damaged_part_is_still_named_a_damaged_workbook(tmp_path: Path) -> None:
    from desktop_app.core.tables.errors import BinaryFileError

    path = tricky_workbook(tmp_path / "broken.xlsx")
    _edit(path, "xl/sharedStrings.xml", lambda text: text.replace("</sst>", "<si><t>unclosed"))
    with pytest.raises(BinaryFileError, match="cannot be read as an Excel workbook"):
        _rows(path)


@pytest.mark.parametrize("epoch_1904", [False, True])
@pytest.mark.parametrize("has_header", [None, False])
def test_a_sheet_too_big_for_calamine_is_streamed_with_the_same_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handovers: list[str], epoch_1904: bool, has_header: bool | None
) -> None:
    """Issue 13, round 6: calamine holds a whole sheet in memory, so past MAX_FAST_SHEET_BYTES of XML the sheet
    is streamed (core.tables.sheetxml) and shows exactly what openpyxl shows, without openpyxl (it parsed a
    sheet without a <dimension> whole just to size it: 8 s of stalls at a million rows)."""
    path = tricky_workbook(tmp_path / "tricky.xlsx", epoch_1904=epoch_1904)
    before = _openpyxl_rows(path, monkeypatch, has_header=has_header)
    handovers.clear()
    monkeypatch.setattr(xlsx, "MAX_FAST_SHEET_BYTES", 1000)
    opened: list[str] = []
    monkeypatch.setattr(xlsx._FastBook, "_openpyxl", lambda self: opened.append("openpyxl"))
    assert _rows(path, has_header=has_header) == before
    assert handovers == [] and opened == []


def _long_book(path: Path, rows: int, *, shared: bool) -> Path:
    """``rows`` rows of ids with leading zeros, CJK and rich text, numbers with formats and dates; inline
    strings as openpyxl writes them, or Excel's shared strings (with a phonetic guide) when ``shared``."""
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("大表")
    ws.append(["id", "文本", "金额", "日期"])
    for i in range(rows):
        money = openpyxl.cell.WriteOnlyCell(ws, value=i * 1.25)
        money.number_format = "#,##0.00"
        day = openpyxl.cell.WriteOnlyCell(ws, value=dt.datetime(2024, 1, 1) + dt.timedelta(days=i % 400))
        day.number_format = 'yyyy"年"m"月"d"日"'
        ws.append([f"{i:06d}", f"第{i}行 <b> & \"引号\" 'x'\n换行 {'東京' * (i % 5)}", money, day])
    book.save(path)
    if shared:
        strings: list[str] = []

        def to_shared(text: str) -> str:
            def one(match: re.Match[str]) -> str:
                strings.append(match.group(2))
                return f'<c r="{match.group(1)}" t="s"><v>{len(strings) - 1}</v></c>'

            return re.sub(r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', one, text, flags=re.S)

        _edit(path, "xl/worksheets/sheet1.xml", to_shared)
        items = "".join(
            f'<si><r><t xml:space="preserve">{text[:2]}</t></r><r><rPr><b/></rPr><t xml:space="preserve">{text[2:]}'
            '</t></r><rPh sb="0" eb="1"><t>フリ</t></rPh><phoneticPr fontId="1"/></si>'
            if n % 3 == 0
            else f"<si><t>{text}</t></si>"
            for n, text in enumerate(strings)
        )
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr(
                "xl/sharedStrings.xml",
                '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                f'2006/main">{items}</sst>',
            )
        _edit(
            path,
            "[Content_Types].xml",
            lambda text: text.replace(
                "</Types>",
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            ),
        )
    return path


@pytest.mark.parametrize("shared", [False, True])
def test_the_streamed_sheet_reads_across_pieces_exactly_as_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handovers: list[str], shared: bool
) -> None:
    """Rows, cells and shared strings are cut across the pieces the XML is read in (a small piece shows it)."""
    from desktop_app.core.tables import sheetxml

    path = _long_book(tmp_path / "long.xlsx", 400, shared=shared)
    before = _openpyxl_rows(path, monkeypatch)
    handovers.clear()
    monkeypatch.setattr(xlsx, "MAX_FAST_SHEET_BYTES", 1000)
    monkeypatch.setattr(sheetxml, "PIECE_BYTES", 61)
    columns, rows = _rows(path)
    assert (columns, rows) == before and handovers == []
    assert len(rows) == 400
    assert rows[7] == (9, ("000007", "第7行 <b> & \"引号\" 'x'\n换行 東京東京", "8.75", "2024年1月8日"), ())


@pytest.mark.parametrize(
    ("change", "row"),
    [
        (lambda text: text.replace('<c r="C30" s="', '<c s="'), 30),  # a cell without r=
        (lambda text: text.replace('<c r="B40" t="inlineStr">', '<c t="inlineStr" r="B40">'), 40),  # another order
        (lambda text: text.replace(">000038<", ">000038_x000D_<"), 40),  # an escape calamine and openpyxl read apart
        (lambda text: re.sub('<c r="D20".*?</c>', '<c r="D20" t="d"><v>2024-01-05T00:00:00</v></c>', text), 20),
    ],
)
def test_an_unknown_shape_in_a_streamed_sheet_hands_the_rest_to_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handovers: list[str], change: Callable[[str], str], row: int
) -> None:
    path = _long_book(tmp_path / "long.xlsx", 50, shared=False)
    _edit(path, "xl/worksheets/sheet1.xml", change)
    before = _openpyxl_rows(path, monkeypatch)
    handovers.clear()
    monkeypatch.setattr(xlsx, "MAX_FAST_SHEET_BYTES", 1000)
    stops = _recorded_stops(monkeypatch)
    assert _rows(path) == before  # no row twice, none lost, openpyxl's text from the row on
    assert set(handovers) == {"大表"} and set(stops) == {row}  # (the open's sample and the full read)


def test_a_streamed_sheet_cut_short_is_a_damaged_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.tables.errors import BinaryFileError

    path = _long_book(tmp_path / "long.xlsx", 200, shared=False)
    _edit(path, "xl/worksheets/sheet1.xml", lambda text: text[: len(text) // 2])
    monkeypatch.setattr(xlsx, "MAX_FAST_SHEET_BYTES", 1000)
    with pytest.raises(BinaryFileError, match="cannot be read as an Excel workbook"), open_table(path) as table:
        list(table.iter_rows())


def test_a_streamed_sheet_holds_one_piece_not_the_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's memory must not grow with the rows (issue 13: 400 MB at a million rows)."""
    import tracemalloc

    path = _long_book(tmp_path / "long.xlsx", 30_000, shared=False)
    with zipfile.ZipFile(path) as archive:
        sheet_bytes = archive.getinfo("xl/worksheets/sheet1.xml").file_size
    monkeypatch.setattr(xlsx, "MAX_FAST_SHEET_BYTES", 1000)
    monkeypatch.setattr(xlsx, "_RENDERED_CACHE", 1000)  # its own bound (65,536 texts); here every amount differs
    with open_table(path) as table:
        tracemalloc.start()
        try:
            count = sum(1 for _ in table.iter_rows())
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert count == 30_000
    assert sheet_bytes > 5_000_000 and peak < 2_000_000, (sheet_bytes, peak)


def test_a_streamed_sheet_keeps_many_shared_strings_out_of_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handovers: list[str]
) -> None:
    """An Excel-saved sheet of a million rows holds its text as shared strings: calamine loaded all of them
    when the workbook was opened (403 MB for the issue's million rows), so the streamed path does not open
    calamine, and keeps shared strings beyond SPILL_STRINGS_BYTES in a temporary file, not in memory."""
    import tracemalloc

    import python_calamine

    from desktop_app.core.tables import sheetxml

    path = _long_book(tmp_path / "shared.xlsx", 6000, shared=True)
    before = _openpyxl_rows(path, monkeypatch)
    handovers.clear()
    monkeypatch.setattr(xlsx, "MAX_FAST_SHEET_BYTES", 1000)
    monkeypatch.setattr(sheetxml, "SPILL_STRINGS_BYTES", 1000)
    monkeypatch.setattr(sheetxml, "PIECE_BYTES", 16 * 1024)
    calamine_opened: list[str] = []
    original = python_calamine.CalamineWorkbook.from_path
    monkeypatch.setattr(
        python_calamine.CalamineWorkbook,
        "from_path",
        lambda path: calamine_opened.append(path) or original(path),  # type: ignore[func-returns-value]
    )
    monkeypatch.setattr(xlsx, "_RENDERED_CACHE", 1000)
    with open_table(path) as table:
        assert not table._workbook._strings._done  # type: ignore[attr-defined]  # the open read only the first ones
        tracemalloc.start()
        try:
            assert sum(1 for _ in table.iter_rows()) == 6000
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        strings = table._workbook._strings.store  # type: ignore[attr-defined]
        assert isinstance(strings, sheetxml.SpilledStrings) and len(strings) == 4 + 2 * 6000
        rows = [(r.number, r.values, r.extra) for r in table.iter_rows()]
    assert rows == before[1] and handovers == [] and calamine_opened == []
    with zipfile.ZipFile(path) as archive:
        text_bytes = archive.getinfo("xl/sharedStrings.xml").file_size
    assert peak < text_bytes / 2, (peak, text_bytes)
    assert strings._file is None  # closed with the table: the temporary file is gone


def test_a_sheet_without_a_declared_size_is_guessed_not_taken_for_its_first_rows(tmp_path: Path) -> None:
    """openpyxl's write-only mode writes no <dimension>: the mapping step said "about 201 rows" of the issue's
    million-row workbook (its first rows). Now a guess from the XML's size, within a few percent."""
    path = _long_book(tmp_path / "long.xlsx", 3000, shared=False)
    with zipfile.ZipFile(path) as archive:
        assert b"<dimension" not in archive.read("xl/worksheets/sheet1.xml")[:2000]
    with open_table(path) as table:
        assert 2850 <= table.estimated_rows <= 3150, table.estimated_rows
        assert table.count_rows() == 3000 and table.estimated_rows == 3000


def test_streamed_text_is_decoded_as_an_xml_parser_decodes_it_or_left_to_openpyxl() -> None:
    from desktop_app.core.tables.sheetxml import rich_text, xml_text

    assert (
        xml_text("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#20013;&#x6587; 😀".encode())
        == "a <b> & \"c\" 'd' 中文 😀"
    )
    assert rich_text(b"<t>PhD &amp; co</t>") == "PhD & co"  # "Ph" in the text is not a phonetic guide
    assert (
        rich_text(
            b'<r><t>A</t></r><r><rPr><b/></rPr><t xml:space="preserve"> B</t></r><rPh sb="0" eb="1"><t>x</t></rPh>'
        )
        == "A B"
    )
    for unsure in (b"a\r\nb", b"&#13;", b"&#1;", b"&nbsp;", b"&amp", b"x_x000D_y", b"a_x005F_b", b"\xff"):
        assert xml_text(unsure) is None, unsure  # openpyxl decides these (as before for a big sheet)
    assert xml_text(b"max_x and _xyz_") == "max_x and _xyz_"
    assert rich_text(b"<t>a</t><extra/>") is None


def test_spilled_strings_read_back_what_was_kept_and_know_what_they_could_not() -> None:
    from array import array

    from desktop_app.core.tables.sheetxml import SpilledStrings

    strings = SpilledStrings()
    try:
        for text in ("a", None, "中文 😀", ""):
            strings.append(text)
        assert [strings[i] for i in range(len(strings))] == ["a", None, "中文 😀", ""]  # before and after a flush
        strings.append("x" * 300_000)  # past the flush size
        assert strings[4] == "x" * 300_000 and strings[2] == "中文 😀"
        strings._starts, strings._unsure = array("I", [0, 2**32 - 10]), set()  # as if 4 GB of text were kept
        strings.append("more than ten bytes")
        assert strings[1] is None  # past what the offsets can say: unsure (openpyxl reads the sheet), not wrong
        with pytest.raises(IndexError):
            strings[2]
    finally:
        strings.close()
