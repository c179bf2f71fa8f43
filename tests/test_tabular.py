"""core.tables: encodings, dialects, CSV shapes, Excel rendering, typed errors, streaming."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import threading
import tracemalloc
from pathlib import Path

import openpyxl
import pytest

from desktop_app.core.errors import BatchDeskError
from desktop_app.core.tables import csvfile, encoding, errors, files, model
from desktop_app.core.tables import workbook as workbooks
from desktop_app.core.tables.dialect import detect_dialect
from desktop_app.core.tables.encoding import detect_encoding
from desktop_app.core.tables.errors import (
    BinaryFileError,
    DecodeError,
    EmptyFileError,
    FileMissingError,
    FileUnreadableError,
    RaggedRowError,
    ReadCancelled,
    SheetNotFoundError,
)
from desktop_app.core.tables.model import Row, unique_columns
from desktop_app.core.tables.numformat import format_cell
from desktop_app.core.tables.readers import open_table

# Each language's table, as a person would save it from their Excel.
ZH_HANS = [
    ["编号", "文本", "语言"],
    ["1", "今天天气很好，我们去公园散步吧。", "英语"],
    ["2", "西湖的风景非常美丽。", "日语"],
]
ZH_HANT = [
    ["編號", "文本", "語言"],
    ["1", "今天天氣很好，我們去公園散步吧。", "英語"],
    ["2", "臺北是一個美麗的城市。", "日語"],
]
JA = [
    ["番号", "本文", "言語"],
    ["1", "今日はとても良い天気ですね。公園へ散歩に行きましょう。", "英語"],
    ["2", "東京タワー", "中国語"],
]
KO = [
    ["번호", "본문", "언어"],
    ["1", "오늘은 날씨가 정말 좋네요. 공원에 산책하러 갑시다.", "영어"],
    ["2", "서울", "일본어"],
]
FR = [
    ["id", "texte", "langue"],
    ["1", "Café crème brûlée à la française", "anglais"],
    ["2", "Größe – naïve coöperation", "allemand"],
]


def csv_text(rows: list[list[str]], newline: str = "\r\n") -> str:
    return newline.join(",".join(r) for r in rows) + newline


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def table_rows(path: Path, **kwargs: object) -> tuple[model.Table, list[Row]]:
    table = open_table(path, **kwargs)  # type: ignore[arg-type]
    return table, list(table.iter_rows())


# -- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "codec", "expected"),
    [
        (ZH_HANS, "gbk", {"gb18030"}),
        (ZH_HANS, "gb18030", {"gb18030"}),
        (JA, "shift_jis", {"cp932"}),
        (JA, "cp932", {"cp932"}),
        (ZH_HANT, "big5", {"cp950"}),
        (KO, "euc_kr", {"cp949"}),
        (FR, "cp1252", {"cp1252"}),
        (ZH_HANS, "utf-8", {"utf-8"}),
        (JA, "utf-8-sig", {"utf-8-sig"}),
        (ZH_HANS, "utf-16", {"utf-16"}),
        (KO, "utf-16-le", {"utf-16-le"}),
        (JA, "utf-16-be", {"utf-16-be"}),
    ],
)
def test_encoding_detected_and_decoded_exactly(
    tmp_path: Path, rows: list[list[str]], codec: str, expected: set[str]
) -> None:
    path = write(tmp_path / "in.csv", csv_text(rows).encode(codec))
    guess = detect_encoding(path)
    assert guess.encoding in expected, guess
    assert guess.had_bom == (codec in ("utf-8-sig", "utf-16"))
    assert guess.reason and 0 < guess.confidence <= 1
    table, data = table_rows(path)
    assert table.encoding is not None and table.encoding.encoding == guess.encoding
    assert list(table.columns) == rows[0]  # no BOM glued to the first header cell
    assert [list(r.values) for r in data] == rows[1:]


def test_encoding_labels_name_the_language(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", csv_text(ZH_HANS).encode("gbk"))
    assert "Chinese Simplified" in detect_encoding(path).label
    assert encoding.encoding_label("cp932").startswith("Japanese")


def test_detection_reads_a_bounded_sample_but_sees_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ASCII for 9 MB, Chinese only in the last lines: the end window still finds GBK."""
    body = "".join(f"{i},plain ascii text number {i}\n" for i in range(250_000)).encode()
    tail = csv_text([["99999999", "最后一行是中文内容，西湖的风景非常美丽。"]] * 3, "\n").encode("gbk")
    path = write(tmp_path / "big.csv", b"id,text\n" + body + tail)
    reads: list[int] = []

    class CountingFileIO(io.FileIO):
        def read(self, size: int = -1) -> bytes:
            data = super().read(size)
            reads.append(len(data or b""))
            return data or b""

    monkeypatch.setattr(files.io, "FileIO", CountingFileIO)
    assert detect_encoding(path).encoding == "gb18030"
    assert sum(reads) <= files.SAMPLE_HEAD_BYTES + 3 * files.SAMPLE_WINDOW_BYTES
    assert path.stat().st_size > 10 * sum(reads)


def test_foreign_bytes_outside_the_sample_are_decoded_on_their_row(tmp_path: Path) -> None:
    lines = [f"{i},text {i}\n".encode() for i in range(200_000)]
    lines[100_000] = b"100000," + "中文".encode("gbk") + b"\n"  # the middle: between the windows
    path = write(tmp_path / "mixed.csv", b"id,text\n" + b"".join(lines))
    table = open_table(path)
    assert table.encoding is not None and table.encoding.encoding == "utf-8"
    rows = list(table.iter_rows())
    assert len(rows) == 200_000 and rows[100_000].values == ("100000", "中文") and rows[100_000].number == 100_002
    assert table.row_encodings == {100_002: "gb18030"}  # the row check says so on that row


def test_bad_bytes_in_a_legacy_encoding_give_a_typed_error_with_the_line(tmp_path: Path) -> None:
    lines = [f"{i},text {i}\n".encode() for i in range(200_000)]
    lines[100_000] = b"100000,\xff\xff\n"
    path = write(tmp_path / "mixed.csv", b"id,text\n" + b"".join(lines))
    table = open_table(path, encoding="cp950")
    with pytest.raises(DecodeError) as info:
        for _ in table.iter_rows():
            pass
    assert "Line 100002" in info.value.user_message
    assert "Big5" in info.value.user_message and "encoding" in info.value.user_message


def test_chosen_encoding_overrides_the_guess(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", csv_text(JA).encode("cp932"))
    table, rows = table_rows(path, encoding="cp932")
    assert table.encoding is not None and table.encoding.reason == "Chosen by you."
    assert rows[0].values[1] == JA[1][1]
    with pytest.raises(DecodeError, match="not an encoding"):
        open_table(path, encoding="klingon-8")


# -- dialect and header --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("id,text\n1,hello\n2,world\n", ","),
        ("id;price;text\n1;1,5;a,b\n2;2,5;c,d\n3;3,5;e,f\n", ";"),
        ("id\ttext\n1\thello, world\n2\tmore, commas\n", "\t"),
        ("id|text\n1|a,b\n2|c,d\n", "|"),
    ],
)
def test_delimiter_detection(tmp_path: Path, text: str, delimiter: str) -> None:
    assert detect_dialect(text).delimiter == delimiter
    table = open_table(write(tmp_path / "in.txt", text.encode()))
    assert table.delimiter == delimiter and len(table.columns) >= 2


def test_tsv_prefers_tab_on_a_tie(tmp_path: Path) -> None:
    text = "a\tb,c\n1\t2,3\n"
    assert open_table(write(tmp_path / "in.tsv", text.encode())).delimiter == "\t"


@pytest.mark.parametrize(
    ("text", "has_header"),
    [
        ("id,text\n1,hello\n2,world\n", True),
        ("1,hello\n2,world\n3,again\n", False),
        ("name,city\nAlice,Paris\nBob,Tokyo\n", True),
        ("编号,文本\n1,你好\n2,再见\n", True),
        ("A001,你好\nA002,再见\n", False),
    ],
)
def test_header_detection(text: str, has_header: bool) -> None:
    assert detect_dialect(text).has_header is has_header


def test_headerless_table_gets_column_numbers(tmp_path: Path) -> None:
    table, rows = table_rows(write(tmp_path / "in.csv", b"1,hello\n2,world\n"))
    assert table.columns == ("Column 1", "Column 2") and not table.has_header
    assert [r.number for r in rows] == [1, 2]
    table, rows = table_rows(write(tmp_path / "in2.csv", b"id,text\n1,hello\n"), has_header=False)
    assert [r.values for r in rows] == [("id", "text"), ("1", "hello")]


def test_header_names_are_cleaned_and_deduplicated() -> None:
    assert unique_columns([" text ", "", "text", "\ufeffid", "text"]) == (
        "text",
        "Column 2",
        "text (2)",
        "id",
        "text (3)",
    )


# -- CSV shapes ----------------------------------------------------------------------------------


def test_embedded_newlines_and_quotes_survive_and_rows_keep_spreadsheet_numbers(tmp_path: Path) -> None:
    text = 'id,text\r\n1,"第一行\r\n第二行"\r\n\r\n2,"She said ""hi"", then left"\r\n3,"a\nb"\r\n'
    table, rows = table_rows(write(tmp_path / "in.csv", text.encode("utf-8")))
    assert [(r.number, r.line) for r in rows] == [(2, 2), (4, 5), (5, 6)]
    assert rows[0].values == ("1", "第一行\r\n第二行")
    assert rows[1].values == ("2", 'She said "hi", then left')
    assert rows[2].values == ("3", "a\nb")
    assert table.row_count == 3


def test_blank_rows_are_skipped_but_keep_their_number(tmp_path: Path) -> None:
    _, rows = table_rows(write(tmp_path / "in.csv", b"id,text\n\n1,a\n , \n,,\n2,b\n"))
    assert [(r.number, r.values) for r in rows] == [(3, ("1", "a")), (6, ("2", "b"))]


def test_ragged_rows_are_padded_and_flagged(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", b"id,text,lang\n1,a\n2,b,en,extra,\n3,c,fr,,\n4,d,de\n")
    _, rows = table_rows(path)
    short, long, trailing, fine = rows
    assert short.values == ("1", "a", "") and short.short and short.ragged and short.width == 2
    assert long.values == ("2", "b", "en") and long.extra == ("extra",) and long.ragged
    assert not trailing.ragged and trailing.values == ("3", "c", "fr")  # "a,b,,," is not ragged
    assert not fine.ragged
    with pytest.raises(RaggedRowError) as info:
        list(open_table(path).iter_rows(strict=True))
    assert info.value.row == 2 and "Row 2 has 2 cells" in info.value.user_message


def test_unclosed_quote_cannot_swallow_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import csv as real_csv

    monkeypatch.setattr(csvfile, "MAX_CELL_CHARS", 1000)
    old = real_csv.field_size_limit(1000)
    try:
        path = write(tmp_path / "in.csv", b'id,text\n1,"never closed\n' + b"x" * 5000 + b"\n2,b\n")
        with pytest.raises(errors.CsvFormatError, match="quote"):
            list(open_table(path).iter_rows())
    finally:
        real_csv.field_size_limit(old)


def test_preview_count_estimate_and_progress(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", b"id,text\n" + b"".join(f"{i},row {i}\n".encode() for i in range(5000)))
    table = open_table(path)
    assert [r.values[0] for r in table.preview(3)] == ["0", "1", "2"]
    assert table.row_count is None
    assert 2000 < table.estimated_rows < 10_000
    assert table.count_rows() == 5000 and table.row_count == 5000 and table.estimated_rows == 5000
    done, total = table.progress
    assert done == total == path.stat().st_size


def test_cancel_stops_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", b"id,text\n" + b"".join(f"{i},x\n".encode() for i in range(5000)))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ReadCancelled):
        list(open_table(path).iter_rows(cancel=cancel))


def test_large_csv_streams_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with open(path, "wb") as handle:
        handle.write(b"id,text\n")
        chunk = b"".join(f"{i},{'西湖' * 50}\n".encode() for i in range(10_000))
        for _ in range(4):
            handle.write(chunk)
    assert path.stat().st_size > 10 * 1024 * 1024
    tracemalloc.start()
    try:
        count = open_table(path).count_rows()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 40_000
    assert peak < 6 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


# -- typed errors --------------------------------------------------------------------------------


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256))


@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("photo.csv", PNG, BinaryFileError, "PNG image"),
        ("doc.csv", b"%PDF-1.7\n" + bytes(100), BinaryFileError, "PDF"),
        ("blob.csv", b"abc\x00\x01\x02\x00def" * 50, BinaryFileError, "binary"),
        ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), BinaryFileError, "Excel 97-2003"),
        ("empty.csv", b"", EmptyFileError, "empty"),
        ("blank.csv", b"\xef\xbb\xbf\r\n  \n\t\n", EmptyFileError, "no text"),
    ],
)
def test_unusable_files_give_a_typed_error_with_a_plain_message(
    tmp_path: Path, name: str, data: bytes, error: type[BatchDeskError], words: str
) -> None:
    path = write(tmp_path / name, data)
    with pytest.raises(error) as info:
        open_table(path)
    assert isinstance(info.value, errors.TableError)
    assert words in info.value.user_message
    assert str(info.value) == info.value.user_message


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(BinaryFileError, match="zip archive"):
        open_table(path)


def test_missing_folder_and_locked_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(FileMissingError, match="not found"):
        open_table(tmp_path / "nope.csv")
    with pytest.raises(FileUnreadableError, match="folder"):
        open_table(tmp_path)
    path = write(tmp_path / "locked.csv", b"id,text\n1,a\n")

    def locked(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.io, "FileIO", locked)
    with pytest.raises(FileUnreadableError) as info:
        open_table(path)
    assert "locked" in info.value.user_message and "Excel" in info.value.user_message


def test_source_file_is_never_modified(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", csv_text(ZH_HANS).encode("gbk"))
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    table = open_table(path)
    list(table.iter_rows())
    table.preview(2)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


# -- Excel ---------------------------------------------------------------------------------------


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    empty = wb.active
    assert empty is not None
    empty.title = "Notes"  # an empty first sheet: the picker skips it by default
    ws = wb.create_sheet("Data")
    ws.append(["id", "amount", "zip", "big", "when", "at", "time", "ratio", "flag", "text"])
    ws.append(
        [
            "123456789012345678",  # a long id typed as text
            123456789012345,  # 15 digits, format "0"
            123,  # leading zeros via format
            123456789012345678,  # 18 digits as a number: Excel keeps 15 significant digits
            dt.date(2024, 1, 5),
            dt.datetime(2024, 1, 5, 13, 45, 10),
            dt.time(9, 30),
            0.125,
            True,
            "西湖",
        ]
    )
    ws["B2"].number_format = "0"
    ws["C2"].number_format = "000000"
    ws["D2"].number_format = "0"
    ws["E2"].number_format = 'yyyy"年"m"月"d"日"'
    ws["F2"].number_format = "yyyy-mm-dd hh:mm"
    ws["G2"].number_format = "h:mm"
    ws["H2"].number_format = "0.0%"
    ws.append([])  # row 3 blank
    ws.append(["A-7", 3.0, 7, 2.5, dt.date(2023, 12, 31), None, None, 0.1 + 0.2, False, "東京"])
    ws["E4"].number_format = "mm-dd-yy"  # Excel's built-in short date (id 14): locale-dependent → ISO
    other = wb.create_sheet("Other")
    other.append(["text"])
    other.append(["only row"])
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def test_xlsx_numbers_ids_and_dates_render_as_excel_shows_them(workbook: Path) -> None:
    with open_table(workbook) as table:
        assert table.format == "xlsx"
        assert table.sheets == ("Notes", "Data", "Other") and table.sheet == "Data"
        assert table.columns[:3] == ("id", "amount", "zip")
        rows = list(table.iter_rows())
    first, second = rows
    assert first.number == 2 and second.number == 4  # the blank row 3 keeps its number
    assert first.values == (
        "123456789012345678",
        "123456789012345",
        "000123",
        "123456789012346000",
        "2024年1月5日",
        "2024-01-05 13:45",
        "9:30",
        "12.5%",
        "TRUE",
        "西湖",
    )
    assert second.values == ("A-7", "3", "7", "2.5", "2023-12-31", "", "", "0.3", "FALSE", "東京")
    assert all("e+" not in v.lower() and not v.endswith(".0") for r in rows for v in r.values)


def test_xlsx_sheet_picker_and_errors(workbook: Path, tmp_path: Path) -> None:
    with open_table(workbook, sheet="Other") as table:
        assert [r.values for r in table.iter_rows()] == [("only row",)]
    with pytest.raises(SheetNotFoundError, match="Data, Other"):
        open_table(workbook, sheet="Missing")
    with pytest.raises(EmptyFileError, match="Notes"):
        open_table(workbook, sheet="Notes")


def test_workbook_renamed_csv_still_opens_as_a_workbook(workbook: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "book.csv"
    renamed.write_bytes(workbook.read_bytes())
    with open_table(renamed) as table:
        assert table.format == "xlsx" and table.preview(1)[0].values[0] == "123456789012345678"


def test_workbook_too_large_is_refused_before_loading(workbook: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbooks, "MAX_WORKBOOK_BYTES", 100)
    with pytest.raises(errors.FileTooLargeError, match="CSV UTF-8"):
        open_table(workbook)


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (1234, "000000", "001234"),
        (1234567, "000-0000", "123-4567"),
        (3.0, "General", "3"),
        (0.1 + 0.2, "General", "0.3"),
        (1.234567890123457e17, "General", "123456789012346000"),
        (123456789012345678, "0", "123456789012345678"),
        (1234567.891, "#,##0.00", "1,234,567.89"),
        (2.5, "0", "3"),  # Excel rounds half away from zero
        (-5, "0.00;(0.00)", "(5.00)"),
        (0, '0;-0;"zero"', "zero"),
        (12345, "0.00E+00", "1.23E+04"),
        (5, "[$¥-804]#,##0.00", "¥5.00"),
        (7, '"ID-"0000', "ID-0007"),
        (42, "@", "42"),
        ("00123", "0", "00123"),  # text is never reformatted
        (None, "0", ""),
        (dt.datetime(2024, 3, 9), "d-mmm-yy", "9-Mar-24"),
        (dt.datetime(2024, 3, 9, 14, 0), 'yyyy"年"m"月"d"日" 上午/下午h"时"mm"分"', "2024年3月9日 下午2时00分"),
        (dt.time(13, 5), "h:mm AM/PM", "1:05 PM"),
        (dt.timedelta(hours=30, minutes=5), "[h]:mm:ss", "30:05:00"),
        (dt.datetime(2024, 1, 5, 13, 45, 10), "m/d/yy h:mm", "2024-01-05 13:45:10"),
    ],
)
def test_format_cell(value: object, fmt: str, shown: str) -> None:
    assert format_cell(value, fmt) == shown


ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet>
<table:table table:name="空">
</table:table>
<table:table table:name="数据">
<table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>text</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>when</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="123456789012345"><text:p>1</text:p>
</table:table-cell><table:table-cell office:value-type="string"><text:p>西湖</text:p></table:table-cell>
<table:table-cell office:value-type="date" office:date-value="2024-01-05"><text:p>x</text:p></table:table-cell>
</table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>東京</text:p></table:table-cell></table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document-content>"""


def _ods(path: Path, content: str = ODS_CONTENT) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", re.sub(r">\s+<", "><", content))  # as LibreOffice writes it
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
    return path


def test_ods_rows_keep_their_numbers_below_blank_rows(tmp_path: Path) -> None:
    """python-calamine 0.9 starts ``iter_rows`` at row 1 whatever ``start`` says: counting from ``start``
    as well put the header of a sheet with two blank rows on top at row 5 instead of 3."""
    blank = "<table:table-row><table:table-cell/></table:table-row>"
    content = ODS_CONTENT.replace('<table:table table:name="数据">', f'<table:table table:name="数据">{blank}{blank}')
    with open_table(_ods(tmp_path / "offset.ods", content)) as table:
        assert table.header_row == 3
        assert [(r.number, r.values[0]) for r in table.iter_rows()] == [(4, "123456789012345"), (5, "3")]


def test_ods_workbook_via_calamine(tmp_path: Path) -> None:
    path = _ods(tmp_path / "book.ods")
    with open_table(path) as table:
        assert table.format == "ods" and table.sheets == ("空", "数据") and table.sheet == "数据"
        assert table.columns == ("id", "text", "when")
        rows = list(table.iter_rows())
    assert [(r.number, r.values) for r in rows] == [
        (2, ("123456789012345", "西湖", "2024-01-05")),
        (3, ("3", "東京", "")),
    ]
    with pytest.raises(SheetNotFoundError):
        open_table(path, sheet="nope")
