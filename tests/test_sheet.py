"""Issue 12: the user's sheet with answers, output columns, comparisons and usable embeddings (core)."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from openpyxl import load_workbook

from desktop_app.core.answers.rerun import build_rerun_input
from desktop_app.core.answers.rows import RowStatus
from desktop_app.core.answers.source import SourceSpec
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.builder.jsonl import build_jsonl
from desktop_app.core.builder.spec import EndpointKind, RequestSpec
from desktop_app.core.cells import csv_text, excel_converts, starts_like_formula
from desktop_app.core.outputs import (
    NEEDS_ANOTHER_TRY,
    OutputColumn,
    OutputKind,
    agreement,
    output_instruction,
    parse_answer,
)
from desktop_app.core.pricing import ActualCost
from desktop_app.core.sheet import SheetReport, SheetWords, Variant, export_sheet, sheet_path
from desktop_app.core.tables.readers import open_table
from desktop_app.sandbox.answers import requested_keys, success_line

SENTIMENT = OutputColumn("sentiment", OutputKind.LABEL, "How the reviewer feels.", ("positive", "negative", "neutral"))
REASON = OutputColumn("reason", OutputKind.TEXT, "One short sentence.")
OUTPUTS = (SENTIMENT, REASON)

REVIEWS = [
    ("001", "-5分 太差了，再也不买", "2024-01-05"),
    ("002", "+1 很好用", "3-4"),
    ("003", '=HYPERLINK("http://x")', "TRUE"),
    ("004", "一般般吧", "1e5"),
]


def gbk_sheet(folder: Path) -> Path:
    path = folder / "评论.csv"
    text = "编号,评论,日期\r\n" + "".join(f"{a},{_q(b)},{c}\r\n" for a, b, c in REVIEWS)
    path.write_bytes(text.encode("gbk"))
    return path


def _q(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(ch in value for ch in ',"') else value


def build_variant(sheet: Path, folder: Path, model: str, outputs=OUTPUTS) -> tuple[Path, SourceSpec]:
    spec = RequestSpec(template="评论：{评论}", model=model, id_column="编号", outputs=outputs)
    dest = folder / f"requests-{model}.jsonl"
    with open_table(sheet) as table:
        report = build_jsonl(table, spec, dest)
        assert report.ok, report.problems
        source = SourceSpec.from_json({**report.source, "variant": model})  # the build pass kept the sheet
    assert source is not None
    return dest, source


def answer_with_sandbox(requests: Path, dest: Path, *, broken: dict[str, str] | None = None) -> Path:
    rng = random.Random(7)
    lines = []
    for raw in requests.read_bytes().splitlines():
        obj = orjson.loads(raw)
        line = success_line(obj["custom_id"], obj["body"], obj["url"], 1_700_000_000, rng)
        if broken and obj["custom_id"] in broken:
            line["response"]["body"]["choices"][0]["message"]["content"] = broken[obj["custom_id"]]
        lines.append(orjson.dumps(line))
    dest.write_bytes(b"\n".join(reversed(lines)) + b"\n")
    return dest


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def export_one_job(folder: Path, dest: Path, kind: str, outputs=OUTPUTS, broken=None, **options: Any) -> SheetReport:
    """The review sheet sent to qwen-plus, answered by the sandbox (``broken``: id → the answer's text
    instead), exported to ``dest`` with ``options``."""
    requests, source = build_variant(gbk_sheet(folder), folder, "qwen-plus", outputs=outputs)
    out = answer_with_sandbox(requests, folder / "out.jsonl", broken=broken)
    with ResultsView.from_paths(requests, out, source=source) as view:
        return export_sheet([Variant("qwen-plus", view)], dest, kind, **options)


# --- cells: the rule, one cell at a time ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        # plain text that starts with a sign: left alone (today it got a visible apostrophe)
        ("-5分 太差了", "-5分 太差了"),
        ("+1 很好用", "+1 很好用"),
        ("+1 great product", "+1 great product"),
        ("-", "-"),
        ("--", "--"),
        ("-5 stars, bad", "-5 stars, bad"),
        ("+86 138 0000 0000", "+86 138 0000 0000"),
        ("a-b", "a-b"),
        ("普通", "普通"),
        ("hello", "hello"),
        ("", ""),
        # what a spreadsheet evaluates: neutralised
        ("=1+2", "'=1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\rx", "'\rx"),
        ("-1+1", "'-1+1"),
        ("+A1", "'+A1"),
        ("-SUM(A1:A3)", "'-SUM(A1:A3)"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ('+HYPERLINK("http://x","y")', '\'+HYPERLINK("http://x","y")'),
        ("- item", "'- item"),  # Excel would show #NAME?
        # what Excel converts: kept as text with ="..."
        ("1e5", '="1e5"'),
        ("3-4", '="3-4"'),
        ("2024-01-05", '="2024-01-05"'),
        ("TRUE", '="TRUE"'),
        ("false", '="false"'),
        ("000123", '="000123"'),
        ("12345678901234567", '="12345678901234567"'),
        ("+1", '="+1"'),
        ("1.50", '="1.50"'),
        ("50%", '="50%"'),
        ("12:30", '="12:30"'),
        ("1/2", '="1/2"'),
        ("(5)", '="(5)"'),
        ("Jan-5", '="Jan-5"'),
        # where the decimal mark is a comma (Indonesia, Vietnam, most of Europe): the same rule
        ("1,50", '="1,50"'),
        ("1.000.000", '="1.000.000"'),
        ("1.234.567,89", '="1.234.567,89"'),
        ("007,5", '="007,5"'),
        (",5", '=",5"'),
        ("50,5%", '="50,5%"'),
        ("1,5e3", '="1,5e3"'),
        ("Rp 1.500", '="Rp 1.500"'),
        ("Rp1.500", '="Rp1.500"'),
        ("req-000001", "req-000001"),
        ("Rapat jam 1,50", "Rapat jam 1,50"),
        # numbers Excel shows as written: left alone
        ("42", "42"),
        ("-1.5", "-1.5"),
        ("3.14", "3.14"),
    ],
)
def test_csv_cell_rule(value: str, written: str) -> None:
    assert csv_text(value) == written


def test_the_wrapper_cannot_carry_a_formula() -> None:
    # only short patterns are wrapped; a quote inside would be doubled, so the literal cannot be left
    assert not excel_converts('1"&cmd&"2')
    assert csv_text('1"&cmd&"2') == '1"&cmd&"2'
    assert starts_like_formula("-x|y")
    assert csv_text("3-4", keep_as_text=False) == "3-4"


# --- output columns ------------------------------------------------------------------------------


def test_instruction_names_every_key_and_label() -> None:
    text = output_instruction(OUTPUTS)
    assert "JSON" in text
    assert json.loads(text.splitlines()[1]) == {"sentiment": "one of: positive | negative | neutral", "reason": "text"}
    assert requested_keys([{"role": "system", "content": text}]) == {
        "sentiment": "one of: positive | negative | neutral",
        "reason": "text",
    }


@pytest.mark.parametrize(
    ("content", "values", "problem"),
    [
        ('{"sentiment": "positive", "reason": "good"}', ("positive", "good"), ""),
        ('```json\n{"Sentiment": "Negative", "reason": "bad"}\n```', ("negative", "bad"), ""),
        ("not json at all", (None, None), "The answer is not valid JSON."),
        ('{"sentiment": "positive"}', ("positive", None), 'The answer has no "reason".'),
        ('{"sentiment": "angry", "reason": "x"}', (None, "x"), "not one of the labels"),
        ("[1, 2]", (None, None), "not an object"),
    ],
)
def test_parse_answer(content: str, values: tuple[object, ...], problem: str) -> None:
    parsed = parse_answer(content, OUTPUTS)
    assert parsed.values == values
    assert problem in parsed.problem
    assert parsed.ok is (problem == "")


def test_typed_kinds() -> None:
    columns = (
        OutputColumn("n", OutputKind.NUMBER),
        OutputColumn("ok", OutputKind.YES_NO),
        OutputColumn("tags", OutputKind.LABELS, labels=("a", "b", "c")),
    )
    assert parse_answer('{"n": "12", "ok": "yes", "tags": ["b", "A"]}', columns).values == (12, True, ("b", "a"))
    assert "not a number" in parse_answer('{"n": "twelve", "ok": true, "tags": []}', columns).problem
    assert "not one of the labels" in parse_answer('{"n": 1, "ok": true, "tags": ["z"]}', columns).problem


def test_agreement_counts_rows_both_answered() -> None:
    assert agreement([("a", "a"), ("a", "b"), (None, "a"), (("x", "y"), ("y", "x"))]) == (2, 3)


# --- builder: JSON mode --------------------------------------------------------------------------


def test_build_asks_for_json_and_keeps_the_prompt_clean(tmp_path: Path) -> None:
    sheet = gbk_sheet(tmp_path)
    requests, source = build_variant(sheet, tmp_path, "qwen-plus")
    first = orjson.loads(requests.read_bytes().splitlines()[0])
    body = first["body"]
    assert body["response_format"] == {"type": "json_object"}
    assert body["messages"][0]["role"] == "system" and "sentiment" in body["messages"][0]["content"]
    assert body["messages"][-1]["content"] == "评论：-5分 太差了，再也不买"
    assert source.outputs == OUTPUTS and source.columns == ("编号", "评论", "日期")
    # with thinking on, JSON mode is not sent (the instruction still is)
    spec = RequestSpec(template="{评论}", model="qwen-plus", id_column="编号", outputs=OUTPUTS, enable_thinking=True)
    with open_table(sheet) as table:
        build_jsonl(table, spec, tmp_path / "t.jsonl")
    body = orjson.loads((tmp_path / "t.jsonl").read_bytes().splitlines()[0])["body"]
    assert "response_format" not in body and "sentiment" in body["messages"][0]["content"]


# --- results: a wrong shape needs another try ----------------------------------------------------


def test_bad_answers_need_another_try_and_are_rerun(tmp_path: Path) -> None:
    sheet = gbk_sheet(tmp_path)
    requests, source = build_variant(sheet, tmp_path, "qwen-plus")
    out = answer_with_sandbox(
        requests,
        tmp_path / "out.jsonl",
        broken={"002": "I think it is positive", "003": '{"sentiment": "angry", "reason": "x"}'},
    )
    with ResultsView.from_paths(requests, out, source=source) as view:
        statuses = view.statuses()
        assert statuses == [RowStatus.SUCCEEDED, RowStatus.FAILED, RowStatus.FAILED, RowStatus.SUCCEEDED]
        row = view.row(1)
        assert row.error_code == NEEDS_ANOTHER_TRY and row.error_message == "The answer is not valid JSON."
        assert "angry" in view.row(2).error_message
        # billed all the same: the tokens of the rows that need another try are counted
        summary = view.summary()
        assert summary.total_tokens == sum(view.row(i).total_tokens or 0 for i in range(4))
        rerun = build_rerun_input(view, tmp_path / "rerun.jsonl")
        assert rerun.custom_ids == ("002", "003")
        # the full pass (exports) judges the same way as the index
        assert [r.status for r in view.iter_rows()] == statuses


# --- the sheet export ----------------------------------------------------------------------------


def test_sheet_csv_is_their_columns_then_answers_then_status(tmp_path: Path) -> None:
    sheet = gbk_sheet(tmp_path)
    requests, source = build_variant(sheet, tmp_path, "qwen-plus")
    out = answer_with_sandbox(requests, tmp_path / "out.jsonl", broken={"004": "oops"})
    dest = tmp_path / "评论-answers.csv"
    with ResultsView.from_paths(requests, out, source=source) as view:
        report = export_sheet([Variant("qwen-plus", view)], dest, "csv", words=SheetWords(status="状态"))
    rows = read_csv(dest)
    assert rows[0] == ["编号", "评论", "日期", "sentiment", "reason", "状态"]
    assert rows[1][:3] == ['="001"', "-5分 太差了，再也不买", '="2024-01-05"']
    assert rows[2][1:3] == ["+1 很好用", '="3-4"']
    assert rows[3][1] == '\'=HYPERLINK("http://x")' and rows[3][2] == '="TRUE"'
    assert rows[1][3] in ("positive", "negative", "neutral") and rows[1][5] == "done"
    assert rows[4][3] == "" and rows[4][5] == "needs another try: The answer is not valid JSON."
    assert report.rows == 4 and report.variants[0].needs_another_try == 1
    if os.name != "nt":
        umask = os.umask(0o022)
        os.umask(umask)
        assert dest.stat().st_mode & 0o777 == 0o666 & ~umask


def test_comparison_xlsx_puts_models_side_by_side(tmp_path: Path) -> None:
    sheet = gbk_sheet(tmp_path)
    views = []
    for model in ("qwen-plus", "qwen-flash"):
        requests, source = build_variant(sheet, tmp_path, model)
        out = answer_with_sandbox(requests, tmp_path / f"out-{model}.jsonl")
        views.append(Variant(model, ResultsView.from_paths(requests, out, source=source)))
    dest = tmp_path / "评论-answers.xlsx"
    try:
        report = export_sheet(views, dest, "xlsx")
    finally:
        for v in views:
            v.view.close()
    book = load_workbook(dest)
    rows = [[c.value for c in r] for r in book["Answers"].iter_rows()]
    assert rows[0] == [
        "编号",
        "评论",
        "日期",
        "sentiment (qwen-plus)",
        "reason (qwen-plus)",
        "sentiment (qwen-flash)",
        "reason (qwen-flash)",
        "Status (qwen-plus)",
        "Status (qwen-flash)",
    ]
    assert rows[1][:3] == ["001", "-5分 太差了，再也不买", "2024-01-05"]  # text cells, no tricks
    assert rows[3][1] == '=HYPERLINK("http://x")'  # text, not a formula
    assert book["Answers"]["B4"].data_type == "s"
    for r in rows[1:]:
        assert r[3] in ("positive", "negative", "neutral") and r[5] in ("positive", "negative", "neutral")
        assert "qwen-plus" in r[4] and "qwen-flash" in r[6]
    agree, compared = report.agreement["sentiment"]
    assert compared == 4 and agree == sum(r[3] == r[5] for r in rows[1:])
    summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows()}
    assert summary["qwen-plus · total tokens"] > 0 and summary["qwen-flash · total tokens"] > 0
    assert summary["sentiment: the variants agree"].startswith(f"{agree} of 4")


def test_the_sheet_tabs_are_named_in_the_users_words_as_excel_allows(tmp_path: Path) -> None:
    """The tabs carry the window's words; a word Excel would refuse as a tab name is made one it takes."""
    from desktop_app.core.xlsx_stream import sheet_title

    dest = tmp_path / "tabs.xlsx"
    export_one_job(tmp_path, dest, "xlsx", words=SheetWords(answers_sheet="回答", summary_sheet="概要"))
    assert load_workbook(dest).sheetnames == ["回答", "概要"]
    assert sheet_title("Q1/Q2: [draft]*?") == "Q1_Q2_ _draft___"
    assert sheet_title("'quoted'") == "quoted" and len(sheet_title("長" * 40)) == 31
    assert sheet_title("ANSWERS", ["Answers"]) == "Sheet2" and sheet_title("") == "Sheet1"
    assert sheet_title("History") == "Sheet1"  # a name Excel keeps for itself


def test_numbers_carry_the_decimal_mark_excel_expects_on_this_computer(tmp_path: Path) -> None:
    """A typed number column in the ";" CSV of a decimal-comma computer: 4,5 (a number there), not 4.5
    (which an Indonesian Excel keeps as text); whole numbers unchanged; the standard CSV keeps 4.5."""
    from desktop_app.core.cells import CsvStyle

    score = OutputColumn("score", OutputKind.NUMBER, "From 0 to 5.")
    broken = {"001": '{"score": 4.5}', "002": '{"score": 3}', "003": '{"score": 0.25}'}
    found = {}
    for name, style in (("semi", CsvStyle(";", ",")), ("standard", CsvStyle())):
        dest = tmp_path / f"{name}.csv"
        export_one_job(tmp_path, dest, "csv", outputs=(score,), broken=broken, style=style)
        text = dest.read_bytes().decode("utf-8-sig")
        found[name] = {r[0]: r[3] for r in csv.reader(io.StringIO(text, newline=""), delimiter=style.delimiter)}
    assert [found["semi"][k] for k in ('="001"', '="002"', '="003"')] == ["4,5", "3", "0,25"]
    assert [found["standard"][k] for k in ('="001"', '="002"', '="003"')] == ["4.5", "3", "0.25"]


def test_a_single_jobs_summary_says_nothing_about_variants_agreeing(tmp_path: Path) -> None:
    """One job with output columns: its Summary has its counts, and no "variants agree: 0 of 0" lines."""
    dest = tmp_path / "one.xlsx"
    report = export_one_job(tmp_path, dest, "xlsx")
    summary = {r[0].value: r[1].value for r in load_workbook(dest)["Summary"].iter_rows()}
    assert summary["done"] == 4 and summary["total tokens"] > 0
    assert report.agreement == {} and not [label for label in summary if "agree" in label]


def test_comparison_summary_has_each_variants_cost_and_the_total_in_the_users_words(tmp_path: Path) -> None:
    """Per-variant cost in money (all variants are billed), an unknown price said, labels from SheetWords."""
    sheet = gbk_sheet(tmp_path)
    costs = {"qwen-plus": ActualCost(0.0123, "USD"), "qwen-flash": ActualCost(0.0021, "USD")}
    views = []
    for model in ("qwen-plus", "qwen-flash"):
        requests, source = build_variant(sheet, tmp_path, model)
        out = answer_with_sandbox(requests, tmp_path / f"out-{model}.jsonl")
        view = ResultsView.from_paths(requests, out, source=source)
        views.append(Variant(model, view, batch_id=f"batch_{model}", model=model, cost=costs[model]))
    words = SheetWords(
        prompt_tokens="输入词元",
        completion_tokens="输出词元",
        total_tokens="词元合计",
        cost="按批量价格的费用",
        cost_total="所有变体的费用",
        cost_unknown="未知（{reason}）",
        agree="{column}：变体一致",
        batch_id="批处理 ID",
        reason=lambda text: "没有价格" if text.startswith("no price") else text,
    )
    dest = tmp_path / "cost.xlsx"
    unknown = tmp_path / "unknown.xlsx"
    try:
        export_sheet(views, dest, "xlsx", words=words, summary={"作业": "评论"})
        views[1] = Variant("qwen-flash", views[1].view, cost=ActualCost(None, None, "no price is known for qwen-flash"))
        export_sheet(views, unknown, "xlsx", words=words)
    finally:
        for v in views:
            v.view.close()
    summary = {r[0].value: r[1].value for r in load_workbook(dest)["Summary"].iter_rows()}
    assert summary["作业"] == "评论"
    assert summary["qwen-plus · 按批量价格的费用"] == "USD 0.0123"
    assert summary["qwen-flash · 按批量价格的费用"] == "USD 0.0021"
    assert summary["所有变体的费用"] == "USD 0.0144"
    assert summary["qwen-plus · 批处理 ID"] == "batch_qwen-plus"
    assert summary["qwen-plus · 输入词元"] > 0 and "sentiment：变体一致" in summary
    assert not [label for label in summary if "tokens" in label or "agree" in label], "no English label left"
    summary = {r[0].value: r[1].value for r in load_workbook(unknown)["Summary"].iter_rows()}
    assert summary["qwen-flash · 按批量价格的费用"] == "未知（没有价格）"
    assert summary["所有变体的费用"] == "未知（没有价格）", "one unknown variant makes the total unknown, never less"


def test_embeddings_export_vectors_joined_to_rows_and_npy(tmp_path: Path) -> None:
    sheet = gbk_sheet(tmp_path)
    spec = RequestSpec(
        template="{评论}", model="text-embedding-v4", endpoint=EndpointKind.EMBEDDINGS, id_column="编号", dimensions=64
    )
    requests = tmp_path / "emb.jsonl"
    with open_table(sheet) as table:
        built = build_jsonl(table, spec, requests)
        assert built.ok
        source = SourceSpec.from_json(built.source)
    out = tmp_path / "emb-out.jsonl"
    answer_with_sandbox(requests, out)
    lines = out.read_bytes().splitlines()
    out.write_bytes(b"\n".join(line for line in lines if b'"003"' not in line) + b"\n")  # one row unanswered
    dest = tmp_path / "emb-answers.csv"
    with ResultsView.from_paths(requests, out, source=source) as view:
        report = export_sheet([Variant("text-embedding-v4", view, embeddings=True)], dest, "csv")
    rows = read_csv(dest)
    assert rows[0] == ["编号", "评论", "日期", "Embedding", "Status"]
    vector = json.loads(rows[1][3])
    assert len(vector) == 64 and all(isinstance(v, float) for v in vector)
    assert rows[3][3] == "" and rows[3][4] == "no answer"
    assert report.vectors_path == dest.with_suffix(".npy") and report.vector_dim == 64
    data = report.vectors_path.read_bytes()
    assert data[:8] == b"\x93NUMPY\x01\x00"
    header_len = struct.unpack("<H", data[8:10])[0]
    header = data[10 : 10 + header_len].decode("latin-1")
    assert "'descr': '<f4'" in header and "'shape': (4, 64)" in header and (10 + header_len) % 64 == 0
    floats = struct.unpack("<256f", data[10 + header_len :])
    assert floats[:64] == pytest.approx(vector, abs=1e-6)
    assert all(v != v for v in floats[128:192])  # the unanswered row is NaN


def test_save_dialog_starts_next_to_the_source(tmp_path: Path) -> None:
    docs = tmp_path / "Documents"
    assert sheet_path(tmp_path / "评论.csv", "xlsx", docs) == tmp_path / "评论-answers.xlsx"
    assert sheet_path(tmp_path / "x.jsonl", "csv", docs) == docs / "x-answers.csv"
    assert sheet_path(None, "csv", docs) == docs / "answers.csv"


# --- embeddings: the documented per-request limits -----------------------------------------------


def test_embedding_dimensions_must_be_a_documented_size(tmp_path: Path) -> None:
    from desktop_app.core.builder.checks import check_spec

    def codes(dimensions: int) -> set[str]:
        spec = RequestSpec(
            template="{评论}", model="text-embedding-v4", endpoint=EndpointKind.EMBEDDINGS, dimensions=dimensions
        )
        return {p.code for p in check_spec(spec, ["评论"]) if p.severity == "error"}

    assert codes(1000) == {"dimensions"}
    assert codes(1024) == set() and codes(64) == set() and codes(2048) == set()


def test_an_embedding_text_over_8192_tokens_is_flagged_and_each_row_is_one_input(tmp_path: Path) -> None:
    sheet = tmp_path / "long.csv"
    sheet.write_text("text\n短文本\n" + "长" * 9000 + "\n", encoding="utf-8")
    spec = RequestSpec(template="{text}", model="text-embedding-v4", endpoint=EndpointKind.EMBEDDINGS)
    with open_table(sheet) as table:
        report = build_jsonl(table, spec, tmp_path / "e.jsonl")
    flagged = [p for p in report.problems if p.code == "embedding_too_long"]
    assert [p.line for p in flagged] == [3] and flagged[0].severity == "warning"
    bodies = [orjson.loads(line)["body"] for line in (tmp_path / "e.jsonl").read_bytes().splitlines()]
    assert all(isinstance(b["input"], str) for b in bodies)  # one input per request: within the 10 allowed


def test_the_ledger_counts_an_answer_that_does_not_fit_as_failed_but_billed(tmp_path: Path) -> None:
    from desktop_app.core.answers.counts import count_answers

    sheet = gbk_sheet(tmp_path)
    requests, _source = build_variant(sheet, tmp_path, "qwen-plus")
    out = answer_with_sandbox(requests, tmp_path / "out.jsonl", broken={"002": "positive!"})
    plain = count_answers(out, None)
    judged = count_answers(out, None, OUTPUTS)
    assert (plain.succeeded, plain.failed) == (4, 0)
    assert (judged.succeeded, judged.failed) == (3, 1)
    assert judged.total_tokens == plain.total_tokens  # billed all the same


def test_an_xlsx_export_beyond_excels_rows_is_refused_and_nothing_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel opens at most 1,048,576 rows (header included) and silently drops the rest: an export of more
    answers than that is refused with the catalogue's words and no file is left (issue 13); CSV
    has no such limit. The limit is lowered here to this sheet's 4 rows + header."""
    from desktop_app.core import sheet as sheet_module
    from desktop_app.core.errors import BatchDeskError

    sheet = gbk_sheet(tmp_path)
    requests, source = build_variant(sheet, tmp_path, "qwen-plus")
    out = answer_with_sandbox(requests, tmp_path / "out.jsonl")
    dest = tmp_path / "评论-answers.xlsx"
    monkeypatch.setattr(sheet_module, "XLSX_MAX_ROWS", 4)  # one row fewer than this export needs
    with ResultsView.from_paths(requests, out, source=source) as view:
        with pytest.raises(BatchDeskError) as refused:
            export_sheet([Variant("qwen-plus", view)], dest, "xlsx")
        assert not dest.exists() and not list(tmp_path.glob("*.xlsx*"))
        assert refused.value.text is not None and refused.value.text.key == "export.xlsx_rows"
        assert "at most 4 rows" in str(refused.value) and "need 5" in str(refused.value)
        monkeypatch.setattr(sheet_module, "XLSX_MAX_ROWS", 5)  # exactly full: written
        assert export_sheet([Variant("qwen-plus", view)], dest, "xlsx").rows == 4
        export_sheet([Variant("qwen-plus", view)], tmp_path / "all.csv", "csv")  # CSV: no limit
    assert len(list(load_workbook(dest, read_only=True)["Answers"].iter_rows())) == 5
    with ResultsView.from_paths(requests, out, source=source) as view:  # the rows are counted as written:
        export_sheet([Variant("qwen-plus", view)], dest, "xlsx")  # no index of every row just for the
        assert not view.index_complete  # check (~380 MB at a million rows)


def test_an_xlsx_export_of_many_rows_is_fast_and_streamed(tmp_path: Path) -> None:
    """A million answered rows took ~100 s to export as XLSX in the window (openpyxl's cell objects and
    XML serializer, issue 13; the CSV took ~30 s). The rows now go straight into the zipped sheet XML:
    20,000 rows in a fifth of the CPU time they took (0.2 s, was ~0.95 s), memory not growing with the rows, and Excel's
    readers see the same cells, types and layout."""
    import time
    import tracemalloc

    from desktop_app.core.sheet import SheetReport, SheetWords, _Column, _write_xlsx

    columns = [_Column("编号", "source"), _Column("原文", "source"), _Column("answer", "text"), _Column("n", "typed")]

    def rows(count: int) -> Iterator[list[object]]:  # sheet rows, as _iter_sheet yields them
        for i in range(count):
            yield [f"Q{i:06d}", f"第{i}个问题：今日は良い天気です。The weather is nice today.", f"回答 {i} " * 6, i]

    def export(count: int) -> float:
        dest = tmp_path / f"answers-{count}.xlsx"
        cpu = time.process_time()
        _write_xlsx(dest, columns, rows(count), SheetWords(), {"Job": "t"}, SheetReport(dest), [])  # type: ignore[arg-type]
        return time.process_time() - cpu

    def traced(count: int) -> int:
        tracemalloc.start()
        try:
            export(count)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = traced(2_000), traced(8_000)
    assert large < small * 1.5 + 500_000, (small, large)  # written as they come, not gathered
    cpu = export(20_000)
    assert cpu < 0.5, f"{cpu:.2f} s of CPU for 20,000 rows"  # openpyxl: ~0.95 s, this writer ~0.2 s
    book = load_workbook(tmp_path / "answers-20000.xlsx")
    answers = book["Answers"]
    assert book.sheetnames == ["Answers", "Summary"] and answers.freeze_panes == "A2"
    assert answers["A1"].value == "编号" and answers["A1"].font.b
    last = [c.value for c in answers[20_001]]
    assert last == [
        "Q019999",
        "第19999个问题：今日は良い天気です。The weather is nice today.",
        "回答 19999 " * 6,
        19_999,
    ]
    assert answers["D20001"].data_type == "n" and answers.max_row == 20_001
