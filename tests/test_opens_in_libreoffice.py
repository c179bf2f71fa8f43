"""The answer sheets opened by a real spreadsheet application: LibreOffice Calc, headless.

The window's exports (:func:`desktop_app.core.sheet.export_sheet`, CSV with a BOM and the streamed
XLSX; and the technical-columns layout, ``export_csv`` and openpyxl's ``export_xlsx``) are opened by
``soffice`` the way a person opens them, and saved back "as shown": what the
person would see in each cell. The CSV is opened as Excel opens one: UTF-8 from its BOM, numbers and
dates detected, formulas evaluated. The user's cells must show exactly as they typed them — ids with
leading zeros, a 17-digit id, date- and number-like text, CJK and emoji, a line break — and text that
looks like a formula must never run.

``.ci/run`` installs ``libreoffice-calc``; without ``soffice`` on the PATH these tests are skipped.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.answers.view import ResultsView
from desktop_app.core.cells import CsvStyle
from desktop_app.core.sheet import Variant, export_sheet
from tests.test_sheet import answer_with_sandbox, build_variant

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

# (编号, 评论, 日期): what the user typed, cell for cell
TYPED = [
    ("001", "-5分 太差了，再也不买", "2024-01-05"),
    ("002", "+1 很好用", "3-4"),
    ("003", '=HYPERLINK("http://x","click")', "TRUE"),
    ("004", "一般般吧 😀 東京タワー", "1e5"),
    ("12345678901234567", "第一行\n第二行", "0.10"),
    ("006", "@SUM(A1)", "1/2"),
    ("0x1F", "-1+2", "12:30"),
    ("008", "Rp 1.500", "1,50"),  # where the decimal mark is a comma: a price, a number with its zero
    ("009", "1.000.000", "50,5%"),
]
FORMULA_LIKE = {'=HYPERLINK("http://x","click")', "@SUM(A1)", "-1+2"}
"""Cells the CSV neutralises with a leading apostrophe, which a spreadsheet shows (the XLSX has none:
its cells are typed text)."""


def _as_shown(source: Path, out: Path, infilter: str | None = None) -> dict[str, list[list[str]]]:
    """Open ``source`` in LibreOffice and save every sheet as CSV "as shown"; sheet name → rows."""
    profile = out / "profile"  # a profile of its own: no clash with a running LibreOffice, no state kept
    command = [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    # 44 comma, 34 quote, 76 UTF-8, from line 1; token 9 "save as shown", token 12 -1 "every sheet"
    command += ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"]
    command += ["--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    sheets = {}
    for path in sorted(out.glob(f"{source.stem}*.csv")):
        name = path.stem[len(source.stem) + 1 :] or "Sheet1"
        sheets[name] = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    assert sheets, f"LibreOffice wrote nothing for {source.name}"
    return sheets


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The user's sheet (UTF-8 CSV), its requests, sandbox answers, and both exports of the window."""
    folder = tmp_path_factory.mktemp("libreoffice")
    sheet = folder / "评论.csv"
    with open(sheet, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["编号", "评论", "日期"])
        writer.writerows(TYPED)
    requests, source = build_variant(sheet, folder, "qwen-plus")
    answers = answer_with_sandbox(requests, folder / "out.jsonl")
    files = {}
    for kind in ("csv", "xlsx"):
        files[kind] = folder / f"评论-answers.{kind}"
        with ResultsView.from_paths(requests, answers, source=source) as view:
            report = export_sheet([Variant("qwen-plus", view)], files[kind], kind)
        assert report.rows == len(TYPED)
    return files


INDONESIA = "CSV:59,34,76,1,,1057,false,true,false,false,false,-1,true"
"""LibreOffice's CSV import as Excel opens a CSV on an Indonesian Windows: ``;`` between cells (its list
separator), Indonesian number and date forms, special numbers detected, formulas evaluated."""


def _check_answers(rows: list[list[str]], *, apostrophes: bool) -> None:
    assert rows[0] == ["编号", "评论", "日期", "sentiment", "reason", "Status"]
    assert len(rows) == len(TYPED) + 1
    for typed, shown in zip(TYPED, rows[1:], strict=True):
        expected = [("'" + cell if apostrophes and cell in FORMULA_LIKE else cell) for cell in typed]
        assert shown[:3] == expected, f"row {typed[0]}: shows {shown[:3]}, typed {list(typed)}"
        assert shown[3] in ("positive", "negative", "neutral") and shown[5] == "done"
        assert shown[4].startswith("[Sandbox] qwen-plus: 评论：")


def test_the_xlsx_shows_every_cell_as_typed_in_libreoffice(exported: dict[str, Path], tmp_path: Path) -> None:
    sheets = _as_shown(exported["xlsx"], tmp_path)
    assert list(sheets) == ["Answers", "Summary"]
    _check_answers(sheets["Answers"], apostrophes=False)
    summary = dict((row[0], row[1]) for row in sheets["Summary"])
    assert summary["done"] == str(len(TYPED)) and summary["failed"] == "0"
    assert int(summary["total tokens"]) > 0


def test_the_csv_opened_as_excel_opens_it_shows_the_users_cells(exported: dict[str, Path], tmp_path: Path) -> None:
    """Excel's way with a CSV: numbers and dates detected (token 8), formulas evaluated (token 13)."""
    raw = exported["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    sheets = _as_shown(exported["csv"], tmp_path, "CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true")
    _check_answers(next(iter(sheets.values())), apostrophes=True)


def test_the_csv_for_a_decimal_comma_computer_opens_in_columns_there(exported: dict[str, Path], tmp_path: Path) -> None:
    """Where the list separator is ``;`` (Indonesia), the window writes ``;``: the file opens in its
    columns there, and ``1,50``, ``1.000.000`` or ``Rp 1.500`` show as typed, not as numbers."""
    folder = exported["csv"].parent
    dest = tmp_path / "indonesia.csv"
    with ResultsView.from_paths(
        folder / "requests-qwen-plus.jsonl", folder / "out.jsonl", source=_source(folder)
    ) as view:
        export_sheet([Variant("qwen-plus", view)], dest, "csv", style=CsvStyle(";", ","))
    assert dest.read_bytes().splitlines()[0] == "\ufeff编号;评论;日期;sentiment;reason;Status".encode()
    sheets = _as_shown(dest, tmp_path / "shown", INDONESIA)
    _check_answers(next(iter(sheets.values())), apostrophes=True)


def _source(folder: Path) -> Any:
    from desktop_app.core.answers.source import SourceSpec
    from desktop_app.core.builder.source import source_for_file

    return SourceSpec.from_json(source_for_file(folder / "requests-qwen-plus.jsonl").source)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_technical_columns_layout_shows_every_id_as_sent(
    exported: dict[str, Path], tmp_path: Path, kind: str
) -> None:
    """The other layout (``export`` without ``--layout sheet``; the window's "technical columns"):
    the ids as sent, the time as a time, the token counts as numbers."""
    from desktop_app.core.export import export_csv, export_xlsx

    folder = exported["csv"].parent
    dest = folder / f"columns.{kind}"
    with ResultsView.from_paths(folder / "requests-qwen-plus.jsonl", folder / "out.jsonl") as view:
        (export_csv if kind == "csv" else export_xlsx)(view, dest)
    infilter = "CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true" if kind == "csv" else None
    rows = next(iter(_as_shown(dest, tmp_path, infilter).values()))
    header = rows[0]
    by_column = [dict(zip(header, row, strict=False)) for row in rows[1:]]
    assert [row["custom_id"] for row in by_column] == [typed[0] for typed in TYPED]
    assert {row["status"] for row in by_column} == {"succeeded"}
    assert all(int(row["total_tokens"]) > 0 for row in by_column)
    assert all(row["created"].startswith("2023-11-1") for row in by_column), by_column[0]["created"]
