"""desktop-app-cli convert: exit codes, --json summary, encodings, sheets, endpoints, split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import orjson
import pytest

from desktop_app.cli import main
from desktop_app.core.validate import validate_jsonl

ROWS = '编号,文本,语言\r\n1,今天天气很好,英语\r\n2,"西湖的风景\r\n非常美丽",日语\r\n'


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


@pytest.fixture
def gbk_csv(tmp_path: Path) -> Path:
    path = tmp_path / "表格.csv"
    path.write_bytes(ROWS.encode("gbk"))
    return path


def test_convert_ok_exits_0_and_writes_a_valid_file(
    gbk_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code = main(
        ["convert", str(gbk_csv), "--template", "Translate {文本} into {语言}", "--id-column", "编号", "-o", str(out)]
    )
    text = capsys.readouterr().out
    assert code == 0, text
    assert "Chinese Simplified" in text and "OK: ready to upload" in text and "2 requests" in text
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [line["custom_id"] for line in lines] == ["1", "2"]
    assert lines[1]["body"]["messages"][0]["content"] == "Translate 西湖的风景\r\n非常美丽 into 日语"
    assert validate_jsonl(out).ok


def test_json_summary(gbk_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    code, data = run_json(
        ["convert", str(gbk_csv), "--template", "{文本}", "--model", "qwen-max", "--thinking", "off", "-o", str(out)],
        capsys,
    )
    assert code == 0
    assert data["ok"] is True and data["requests"] == 2 and data["bytes"] == out.stat().st_size
    assert data["model"] == "qwen-max" and data["endpoint"] == "/v1/chat/completions"
    assert data["encoding_detected"]["encoding"] == "gb18030" and data["encoding_detected"]["had_bom"] is False
    assert data["columns"] == ["编号", "文本", "语言"] and data["rows"] == 2 and data["problems"] == []
    assert data["thinking"] == "off"
    assert all(orjson.loads(line)["body"]["enable_thinking"] is False for line in out.read_bytes().splitlines())


def test_problems_exit_1_and_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "dups.csv"
    src.write_text("id,text\n1,a\n1,b\n,c\n", encoding="utf-8")
    code, data = run_json(
        ["convert", str(src), "--template", "{text}", "--id-column", "id", "-o", str(tmp_path / "o.jsonl")], capsys
    )
    assert code == 1 and data["ok"] is False
    assert [(p["line"], p["code"]) for p in data["problems"]] == [(3, "duplicate_id"), (4, "blank_id")]
    code = main(["convert", str(src), "--template", "{text}", "--id-column", "id", "-o", str(tmp_path / "o.jsonl")])
    assert code == 1 and "row 3: [duplicate_id]" in capsys.readouterr().out


def test_unknown_placeholder_exits_1_and_writes_nothing(
    gbk_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code, data = run_json(["convert", str(gbk_csv), "--template", "{text}", "-o", str(out)], capsys)
    assert code == 1 and not out.exists()
    assert data["problems"][0]["code"] == "unknown_placeholder" and data["output"] is None


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("missing.csv", None, "not found"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        ("empty.csv", b"", "empty"),
    ],
)
def test_unreadable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes | None, words: str
) -> None:
    src = tmp_path / name
    if content is not None:
        src.write_bytes(content)
    assert main(["convert", str(src), "--template", "{x}", "-o", str(tmp_path / "o.jsonl")]) == 2
    assert words in capsys.readouterr().err
    code, data = run_json(["convert", str(src), "--template", "{x}", "-o", str(tmp_path / "o.jsonl")], capsys)
    assert code == 2 and data["ok"] is False and words in data["error"]


def test_usage_errors_exit_2(gbk_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(gbk_csv)]) == 2  # no --template
    assert main(["convert", str(gbk_csv), "--template", "{文本}", "--delimiter", "x"]) == 2
    assert main(["convert", str(gbk_csv), "--template", "{文本}", "-o", str(gbk_csv)]) == 2  # would overwrite
    capsys.readouterr()
    assert main(["convert", "--help"]) == 0
    assert "--template" in capsys.readouterr().out


def test_xlsx_sheet_and_test_endpoint_with_split(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "Intro"
    first.append(["ignore me"])
    ws = wb.create_sheet("Questions")
    ws.append(["id", "question"])
    for i in range(150):
        ws.append([f"{i:05d}", f"问题 {i}"])
    book = tmp_path / "book.xlsx"
    wb.save(book)
    out = tmp_path / "q.jsonl"
    code, data = run_json(
        [
            "convert",
            str(book),
            "--sheet",
            "Questions",
            "--template",
            "{question}",
            "--id-column",
            "id",
            "--endpoint",
            "test",
            "--split",
            "-o",
            str(out),
        ],
        capsys,
    )
    assert data["sheet"] == "Questions" and data["model"] == "batch-test-model"
    assert data["requests"] == 150 and data["needs_split"] is True
    assert code == 1  # over the test model's 100-line limit: the whole file is not uploadable as is
    assert [Path(p).name for p in data["parts"]] == ["q.part-01-of-02.jsonl", "q.part-02-of-02.jsonl"]
    assert all(validate_jsonl(p).ok for p in data["parts"])
    first_line = orjson.loads(Path(data["parts"][0]).read_bytes().splitlines()[0])
    assert first_line["custom_id"] == "00000" and first_line["url"] == "/v1/chat/ds-test"


def test_embeddings_and_explicit_delimiter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.txt"
    src.write_text("text;note\n苹果;a,b\n香蕉;c,d\n", encoding="utf-8")
    out = tmp_path / "e.jsonl"
    code, data = run_json(
        [
            "convert",
            str(src),
            "--template",
            "{text}",
            "--endpoint",
            "embeddings",
            "--delimiter",
            "semicolon",
            "--dimensions",
            "256",
            "-o",
            str(out),
        ],
        capsys,
    )
    assert code == 0 and data["delimiter"] == ";" and data["endpoint"] == "/v1/embeddings"
    bodies = [orjson.loads(line)["body"] for line in out.read_bytes().splitlines()]
    assert bodies == [
        {"model": "text-embedding-v4", "input": "苹果", "dimensions": 256},
        {"model": "text-embedding-v4", "input": "香蕉", "dimensions": 256},
    ]


def test_verify_runs_the_full_validator(gbk_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(
        ["convert", str(gbk_csv), "--template", "{文本}", "--verify", "-o", str(tmp_path / "o.jsonl")], capsys
    )
    assert code == 0 and data["ok"] is True
