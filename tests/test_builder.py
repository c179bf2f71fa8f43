"""core.builder: templates, request rendering, checks, build, split, rehearsal; validator fast path."""

from __future__ import annotations

import base64
import threading
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import validate as validate_module
from desktop_app.core.builder import images
from desktop_app.core.builder.checks import check_rows, check_spec
from desktop_app.core.builder.images import ImageError, image_url
from desktop_app.core.builder.jsonl import EQUIVALENT_CODES, build_jsonl
from desktop_app.core.builder.rehearsal import rehearsal_file
from desktop_app.core.builder.render import render_request
from desktop_app.core.builder.spec import BuildCancelled, EndpointKind, RequestSpec
from desktop_app.core.builder.split import SplitError, plan_split, split_jsonl
from desktop_app.core.builder.template import TemplateError, parse_template
from desktop_app.core.limits import MB, TEST_MODEL
from desktop_app.core.regions import INTL
from desktop_app.core.tables.model import Table
from desktop_app.core.tables.readers import open_table
from desktop_app.core.validate import Severity, ThinkingMode, validate_jsonl

CHAT = "/v1/chat/completions"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def csv_file(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.fixture
def table(tmp_path: Path) -> Table:
    rows = [
        ["id", "text", "lang"],
        ["a1", "你好，世界", "English"],
        ["a2", "おはよう", "中文"],
        ["a3", "Selamat pagi", "日本語"],
    ]
    return open_table(csv_file(tmp_path / "in.csv", rows, "gbk"))


def lines(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def codes(problems: list[Any]) -> list[tuple[int | None, str]]:
    return [(p.line, p.code) for p in problems]


# -- templates -----------------------------------------------------------------------------------


def test_template_placeholders_braces_and_cjk() -> None:
    template = parse_template("把{ 文本 }翻译成{lang}：{{literal}} {lang}")
    assert template.placeholders == ("文本", "lang")
    row = {"文本": "西湖", "lang": "English"}
    assert template.render(row) == "把西湖翻译成English：{literal} English"


def test_template_matches_a_column_differing_only_in_case() -> None:
    assert parse_template("{TEXT}").render({"text": "x"}) == "x"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hello {text", "never closed"),
        ("a } b", 'without a matching "{"'),
        ("{} x", "empty braces"),
        ("{a{b}", "never"),
    ],
)
def test_template_syntax_errors(text: str, words: str) -> None:
    with pytest.raises(TemplateError) as info:
        parse_template(text)
    assert words in info.value.user_message and info.value.code == "template_syntax"


def test_unknown_placeholder_is_an_error_with_a_suggestion() -> None:
    with pytest.raises(TemplateError) as info:
        parse_template("Translate {txet} into {lang}").resolve(["text", "lang"])
    assert info.value.code == "unknown_placeholder"
    assert "{txet}" in info.value.user_message and 'did you mean "{text}"' in info.value.user_message


# -- rendering -----------------------------------------------------------------------------------


ROW = {"id": " q-1 ", "text": "你好", "lang": "English"}


def test_render_chat_request_with_system_and_parameters() -> None:
    spec = RequestSpec(
        template="Translate {text} into {lang}",
        system="You translate into {lang}.",
        id_column="id",
        temperature=0.3,
        top_p=0.9,
        max_tokens=200,
        enable_thinking=False,
    )
    assert render_request(spec, ROW, 2) == {
        "custom_id": "q-1",
        "method": "POST",
        "url": CHAT,
        "body": {
            "model": "qwen-plus",
            "messages": [
                {"role": "system", "content": "You translate into English."},
                {"role": "user", "content": "Translate 你好 into English"},
            ],
            "temperature": 0.3,
            "top_p": 0.9,
            "max_tokens": 200,
            "enable_thinking": False,
        },
    }


@pytest.mark.parametrize(("thinking", "present"), [(True, True), (False, True), (None, False)])
def test_enable_thinking_is_explicit_or_left_out(thinking: bool | None, present: bool) -> None:
    body = render_request(RequestSpec(template="{text}", enable_thinking=thinking), ROW, 5)["body"]
    assert ("enable_thinking" in body) is present
    if present:
        assert body["enable_thinking"] is thinking


def test_generated_ids_use_the_spreadsheet_row() -> None:
    assert render_request(RequestSpec(template="{text}"), ROW, 17)["custom_id"] == "row-17"


def test_test_model_and_embeddings() -> None:
    test = render_request(RequestSpec(template="{text}", endpoint=EndpointKind.TEST, model="qwen-max"), ROW, 2)
    assert test["url"] == "/v1/chat/ds-test" and test["body"]["model"] == TEST_MODEL
    emb = render_request(
        RequestSpec(template="{text}", endpoint=EndpointKind.EMBEDDINGS, model="text-embedding-v4", dimensions=512),
        ROW,
        2,
    )
    assert emb["url"] == "/v1/embeddings"
    assert emb["body"] == {"model": "text-embedding-v4", "input": "你好", "dimensions": 512}


def test_render_raises_for_an_unknown_placeholder() -> None:
    with pytest.raises(TemplateError, match="no such column"):
        render_request(RequestSpec(template="{nope}"), ROW, 2)


# -- images --------------------------------------------------------------------------------------


def test_local_image_becomes_a_data_url_relative_to_the_source_folder(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "cat.png").write_bytes(PNG)
    spec = RequestSpec(template="Describe {text}", model="qwen-vl-plus", image_column="img")
    request = render_request(spec, {"text": "猫", "img": "pics/cat.png"}, 2, base_dir=tmp_path)
    parts = request["body"]["messages"][0]["content"]
    assert parts[1] == {"type": "text", "text": "Describe 猫"}
    url = parts[0]["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == PNG
    web = render_request(spec, {"text": "x", "img": "https://example.com/a.jpg"}, 2, base_dir=tmp_path)
    assert web["body"]["messages"][0]["content"][0]["image_url"]["url"] == "https://example.com/a.jpg"


def test_image_problems_have_plain_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ImageError) as missing:
        image_url("nope.jpg", tmp_path)
    assert missing.value.code == "image_missing" and "was not found" in missing.value.user_message
    (tmp_path / "notes.png").write_bytes(b"just text, not a picture")
    with pytest.raises(ImageError) as kind:
        image_url("notes.png", tmp_path)
    assert kind.value.code == "image_type"
    (tmp_path / "big.png").write_bytes(PNG + bytes(5000))
    monkeypatch.setattr(images, "MAX_IMAGE_BYTES", 1000)
    with pytest.raises(ImageError) as big:
        image_url("big.png", tmp_path)
    assert big.value.code == "image_too_large" and "smaller" in big.value.user_message


def test_image_rows_are_checked_and_built_as_text_when_broken(tmp_path: Path) -> None:
    (tmp_path / "ok.png").write_bytes(PNG)
    rows = [["text", "img"], ["a", "ok.png"], ["b", "missing.png"], ["c", ""]]
    table = open_table(csv_file(tmp_path / "in.csv", rows))
    spec = RequestSpec(template="{text}", model="qwen-vl-plus", image_column="img")
    assert codes(check_rows(table, spec)) == [(3, "image_missing"), (4, "image_blank")]
    report = build_jsonl(table, spec, tmp_path / "out.jsonl")
    assert not report.ok and report.requests == 3
    contents = [line["body"]["messages"][0]["content"] for line in lines(tmp_path / "out.jsonl")]
    assert isinstance(contents[0], list) and contents[1] == "b" and contents[2] == "c"


# -- checks --------------------------------------------------------------------------------------


def test_check_rows_flags_ids_prompts_and_ragged_rows_with_spreadsheet_rows(tmp_path: Path) -> None:
    text = 'id,text\r\n1,a\r\n,b\r\n1,c\r\n\r\n4,\r\n5,"multi\r\nline"\r\n5,x,extra\r\n6\r\n'
    path = tmp_path / "in.csv"
    path.write_bytes(text.encode())
    problems = check_rows(open_table(path), RequestSpec(template="{text}", id_column="id"))
    assert codes(problems) == [
        (3, "blank_id"),
        (4, "duplicate_id"),
        (6, "empty_prompt"),
        (8, "duplicate_id"),
        (8, "ragged_row"),
        (9, "empty_prompt"),
        (9, "ragged_row"),
    ]
    dup = problems[1]
    assert dup.params == {"row": 4, "id": "1", "first_row": 2}
    assert dup.message.startswith('Row 4: the id "1" is already used on row 2.')
    assert problems[4].severity is Severity.WARNING


def test_blank_cell_in_a_template_with_text_is_a_warning(tmp_path: Path) -> None:
    table = open_table(csv_file(tmp_path / "in.csv", [["id", "text"], ["1", "a"], ["2", " "]]))
    problems = check_rows(table, RequestSpec(template="Translate: {text}"))
    assert [(p.line, p.code, p.severity) for p in problems] == [(3, "blank_cell", Severity.WARNING)]


def test_spec_errors_stop_before_reading_rows(table: Table) -> None:
    problems = check_rows(table, RequestSpec(template="{texte}", id_column="ID"))
    assert codes(problems) == [(None, "unknown_placeholder"), (None, "id_column_missing")]


@pytest.mark.parametrize(
    ("spec", "code", "severity"),
    [
        (RequestSpec(template="{text}", temperature=2.0), "temperature", Severity.ERROR),
        (RequestSpec(template="{text}", top_p=1.5), "top_p", Severity.ERROR),
        (RequestSpec(template="{text}", max_tokens=0), "max_tokens", Severity.ERROR),
        (RequestSpec(template="{text}", model=" "), "model_missing", Severity.ERROR),
        (RequestSpec(template="{text}", model="text-embedding-v4"), "url_model", Severity.ERROR),
        (RequestSpec(template=" "), "template_empty", Severity.ERROR),
        (RequestSpec(template="{text}", model="qwen-vl-max"), "model_region", Severity.WARNING),
        (
            RequestSpec(
                template="{text}", endpoint=EndpointKind.EMBEDDINGS, model="text-embedding-v4", temperature=0.5
            ),
            "unused_setting",
            Severity.WARNING,
        ),
        (RequestSpec(template="{text}", image_column="text"), "image_model", Severity.WARNING),
    ],
)
def test_check_spec(spec: RequestSpec, code: str, severity: Severity) -> None:
    problems = check_spec(spec, ["text"], region=INTL if code == "model_region" else None)
    assert [(p.code, p.severity) for p in problems] == [(code, severity)]


# -- build ---------------------------------------------------------------------------------------


def test_build_writes_compact_utf8_lines_that_validate(table: Table, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    spec = RequestSpec(
        template="Translate {text} into {lang}", id_column="id", system="Be brief.", enable_thinking=False
    )
    report = build_jsonl(table, spec, out)
    assert report.ok and report.written and report.problems == []
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\n") and b": " not in data
    assert "你好，世界".encode() in data  # not \\u-escaped
    assert (
        report.requests == 3
        and report.bytes == len(data)
        and list(report.line_bytes) == [len(line) + 1 for line in data.splitlines()]
    )
    assert list(report.row_numbers) == [2, 3, 4] and report.encoding == "gb18030"
    assert report.thinking is ThinkingMode.OFF
    checked = validate_jsonl(out, endpoint=CHAT)
    assert checked.ok and checked.problems == [] and checked.thinking is ThinkingMode.OFF
    assert checked.requests == report.requests and checked.models == ("qwen-plus",)


@pytest.mark.parametrize(
    "spec",
    [
        RequestSpec(template="{text}", id_column="id"),
        RequestSpec(template="Translate {text} into {lang}", system="Be brief.", temperature=0.2, enable_thinking=True),
        RequestSpec(template="{text}", system="Answer in {lang}.", id_column="id"),
        RequestSpec(template="{text}", endpoint=EndpointKind.EMBEDDINGS, model="text-embedding-v4", dimensions=64),
        RequestSpec(template="{{{text}}}", endpoint=EndpointKind.TEST),
    ],
)
def test_every_built_line_equals_the_rendered_request(table: Table, tmp_path: Path, spec: RequestSpec) -> None:
    """The fast writer (fixed byte pieces) and render_request (the preview) never disagree."""
    out = tmp_path / "out.jsonl"
    assert build_jsonl(table, spec, out).ok
    expected = [orjson.dumps(render_request(spec, row.as_dict(table.columns), row.number)) for row in table.iter_rows()]
    assert out.read_bytes().splitlines() == expected


def test_build_with_problems_writes_every_row_and_agrees_with_the_validator(tmp_path: Path) -> None:
    rows = [["id", "text"], ["1", "a"], ["", "b"], ["1", "c"], ["3", "d"], ["3", "e"]]
    table = open_table(csv_file(tmp_path / "in.csv", rows))
    out = tmp_path / "out.jsonl"
    report = build_jsonl(table, RequestSpec(template="{text}", id_column="id"), out, verify=True)
    assert report.written and not report.ok and report.requests == 5
    assert codes(report.problems) == [(3, "blank_id"), (4, "duplicate_id"), (6, "duplicate_id")]
    assert report.validation is not None
    mapped = [
        (report.row_for_line(p.line) if p.line else None, EQUIVALENT_CODES.get(p.code, p.code))
        for p in report.validation.problems
    ]
    assert mapped == codes(report.problems)
    assert report.error_count == 3  # the second pass found nothing new


def test_build_reports_file_limits_with_the_validators_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["text"]] + [[f"t{i}"] for i in range(7)]
    table = open_table(csv_file(tmp_path / "in.csv", rows))
    monkeypatch.setattr(validate_module, "MAX_REQUESTS_PER_FILE", 5)
    report = build_jsonl(table, RequestSpec(template="{text}"), tmp_path / "out.jsonl")
    direct = validate_jsonl(tmp_path / "out.jsonl")
    assert codes(report.problems) == codes(direct.problems) == [(None, "too_many_requests")]
    assert report.problems[0].message == direct.problems[0].message


def test_build_flags_a_line_over_6_mb(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"text\nsmall\n" + b"x" * (6 * MB + 10) + b"\n")
    report = build_jsonl(open_table(path), RequestSpec(template="{text}"), tmp_path / "out.jsonl")
    assert codes(report.problems) == [(3, "line_too_large")]
    assert [p.code for p in validate_jsonl(tmp_path / "out.jsonl").problems] == ["line_too_large"]


def test_build_test_model_over_its_limit(tmp_path: Path) -> None:
    table = open_table(csv_file(tmp_path / "in.csv", [["text"]] + [[f"q{i}"] for i in range(101)]))
    report = build_jsonl(table, RequestSpec(template="{text}", endpoint=EndpointKind.TEST), tmp_path / "o.jsonl")
    assert codes(report.problems) == [(None, "test_model_limit")] and report.needs_split


def test_empty_table_and_spec_errors_write_nothing(tmp_path: Path, table: Table) -> None:
    out = tmp_path / "out.jsonl"
    report = build_jsonl(table, RequestSpec(template="{nope}"), out)
    assert not report.written and not out.exists() and codes(report.problems) == [(None, "unknown_placeholder")]
    header_only = open_table(csv_file(tmp_path / "h.csv", [["id", "text"]]), has_header=True)
    report = build_jsonl(header_only, RequestSpec(template="{text}"), out)
    assert codes(report.problems) == [(None, "empty_file")] and "no data rows" in report.problems[0].message


def test_cancel_leaves_the_old_file_untouched(table: Table, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(BuildCancelled):
        build_jsonl(table, RequestSpec(template="{text}"), out, cancel=cancel)
    assert out.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_progress_and_summary_json(table: Table, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    report = build_jsonl(
        table, RequestSpec(template="{text}"), tmp_path / "o.jsonl", progress=lambda *a: seen.append(a), verify=True
    )
    assert seen[-1][0] == "validate" and seen[-1][1] == seen[-1][2] == report.bytes
    assert ("build", table.size_bytes, table.size_bytes) in seen
    data = orjson.loads(orjson.dumps(report.to_json()))
    assert {"ok", "output", "requests", "bytes", "model", "endpoint", "encoding", "problems"} <= set(data)


def test_many_rows_use_the_batched_path_and_still_catch_a_late_duplicate(tmp_path: Path) -> None:
    rows = [["id", "text"]] + [[f"id{i}", f"text {i}"] for i in range(3000)] + [["id5", "again"]]
    report = build_jsonl(
        open_table(csv_file(tmp_path / "in.csv", rows)),
        RequestSpec(template="{text}", id_column="id"),
        tmp_path / "o.jsonl",
    )
    assert codes(report.problems) == [(3002, "duplicate_id")]
    assert report.problems[0].params["first_row"] == 7
    assert [p.code for p in validate_jsonl(tmp_path / "o.jsonl").problems] == ["duplicate_custom_id"]


# -- split ---------------------------------------------------------------------------------------


def jsonl(path: Path, sizes: list[int]) -> Path:
    """Lines of exactly the given byte sizes (newline included)."""
    out = []
    for i, size in enumerate(sizes):
        base = orjson.dumps(
            {
                "custom_id": f"{i}",
                "method": "POST",
                "url": CHAT,
                "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": ""}]},
            }
        )
        pad = size - len(base) - 1
        assert pad >= 0
        out.append(base.replace(b'"content":""', b'"content":"' + b"x" * pad + b'"') + b"\n")
    path.write_bytes(b"".join(out))
    return path


def test_plan_split_by_request_count_is_exact(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "f.jsonl", [200] * 10)
    parts = plan_split(path, max_requests=3)
    assert [(p.first_line, p.last_line, p.requests) for p in parts] == [(1, 3, 3), (4, 6, 3), (7, 9, 3), (10, 10, 1)]
    assert parts[0].filename("f") == "f.part-01-of-04.jsonl"


def test_plan_split_byte_limit_boundary_is_inclusive(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "f.jsonl", [300, 200, 500, 150, 150])
    parts = plan_split(path, max_bytes=1000)  # 300+200+500 = 1000 fits exactly
    assert [(p.first_line, p.last_line, p.bytes) for p in parts] == [(1, 3, 1000), (4, 5, 300)]
    parts = plan_split(path, max_bytes=999)
    assert [(p.first_line, p.last_line) for p in parts] == [(1, 2), (3, 5)]
    with pytest.raises(SplitError, match="Line 3"):
        plan_split(path, max_bytes=499)


def test_split_parts_fit_validate_and_concatenate_to_the_original(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "f.jsonl", [150] * 250)
    written = split_jsonl(path, tmp_path / "parts", test_model=True)
    assert [p.name for p in written] == [
        "f.part-01-of-03.jsonl",
        "f.part-02-of-03.jsonl",
        "f.part-03-of-03.jsonl",
    ]
    assert b"".join(p.read_bytes() for p in written) == path.read_bytes()
    assert [len(p.read_bytes().splitlines()) for p in written] == [100, 100, 50]
    for part in written:
        assert validate_jsonl(part).ok


def test_split_test_model_byte_limit(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "f.jsonl", [400_000] * 5)
    parts = plan_split(path, test_model=True)
    assert [p.requests for p in parts] == [2, 2, 1] and all(p.bytes <= MB for p in parts)


def test_split_plan_from_a_report_equals_the_plan_from_the_file(tmp_path: Path) -> None:
    rows = [["text"]] + [[f"row {i} " + "字" * (i % 50)] for i in range(400)]
    table = open_table(csv_file(tmp_path / "in.csv", rows))
    report = build_jsonl(table, RequestSpec(template="{text}"), tmp_path / "o.jsonl")
    assert plan_split(report, max_bytes=10_000) == plan_split(tmp_path / "o.jsonl", max_bytes=10_000)


def test_blank_lines_ride_along_without_counting_as_requests(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "f.jsonl", [200] * 4)
    data = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(data[:2]) + b"\n" + b"".join(data[2:]))
    parts = plan_split(path, max_requests=2)
    assert [(p.first_line, p.last_line, p.requests) for p in parts] == [(1, 3, 2), (4, 5, 2)]


# -- rehearsal -----------------------------------------------------------------------------------


def test_rehearsal_takes_the_first_100_for_the_test_model(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "f.jsonl", [300] * 150)
    report = rehearsal_file(path, tmp_path / "r.jsonl")
    assert (report.requests, report.stopped_by, report.skipped) == (100, "lines", 0)
    written = lines(tmp_path / "r.jsonl")
    assert [w["custom_id"] for w in written] == [str(i) for i in range(100)]
    assert {w["url"] for w in written} == {"/v1/chat/ds-test"} and {w["body"]["model"] for w in written} == {TEST_MODEL}
    assert validate_jsonl(tmp_path / "r.jsonl").ok


def test_rehearsal_stays_under_1_mb_and_converts_embeddings(tmp_path: Path) -> None:
    report = rehearsal_file(jsonl(tmp_path / "f.jsonl", [300_000] * 5), tmp_path / "r.jsonl")
    assert report.stopped_by == "bytes" and report.requests == 3 and report.bytes <= MB
    requests = [
        {
            "custom_id": "e1",
            "method": "POST",
            "url": "/v1/embeddings",
            "body": {"model": "text-embedding-v4", "input": "文本", "dimensions": 64},
        }
    ]
    rehearsal_file(requests, tmp_path / "e.jsonl")
    (line,) = lines(tmp_path / "e.jsonl")
    assert line["body"] == {"model": TEST_MODEL, "messages": [{"role": "user", "content": "文本"}]}
    assert validate_jsonl(tmp_path / "e.jsonl").ok
    with pytest.raises(SplitError, match="larger than 1 MB"):
        rehearsal_file(jsonl(tmp_path / "g.jsonl", [2 * MB]), tmp_path / "g-r.jsonl")


# -- the validator's simdjson fast path gives the orjson path's verdict ------------------------


def _line(**body: Any) -> dict[str, Any]:
    return {
        "custom_id": "x",
        "method": "POST",
        "url": CHAT,
        "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": "你好"}], **body},
    }


EDGE_LINES: list[bytes] = [
    orjson.dumps({**_line(), "custom_id": "1"}),
    orjson.dumps({**_line(), "custom_id": "2"}),
    orjson.dumps({**_line(), "custom_id": "2"}),  # duplicate
    orjson.dumps({**_line(temperature=2.5), "custom_id": "3"}),
    orjson.dumps({**_line(top_p=None, temperature=None), "custom_id": "4"}),
    orjson.dumps({**_line(model="qwen-max"), "custom_id": "5"}),
    orjson.dumps({**_line(enable_thinking=True), "custom_id": "6"}),
    orjson.dumps({**_line(enable_thinking=None), "custom_id": "7"}),
    orjson.dumps({**_line(messages=None), "custom_id": "8"}),
    orjson.dumps({**_line(), "custom_id": "9", "url": "/v1/embeddings"}),
    orjson.dumps({**_line(), "custom_id": ""}),
    orjson.dumps({**_line(), "custom_id": 10}),
    orjson.dumps({**_line(), "custom_id": "11", "method": "post"}),
    b'{"custom_id":"12","custom_id":"13","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","messages":[]}}',
    b'{"custom_id":"14","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","model":"qwen-max","messages":[]}}',
    b'{"custom_id":"15","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","messages":[],"n":18446744073709551616}}',
    b'\xef\xbb\xbf{"custom_id":"16","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","messages":[]}}',
    b'{"custom_id":"17","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","messages":[{"content":"\xff"}]}}',
    b'{"custom_id":"18","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","messages":[{"content":"\\ud800"}]}}',
    b'{"custom_id":"19","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","messages":[{"content":"a\x01b"}]}}',
    b'{"custom_id":"20","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","messages":[]}} x',
    b'{"custom_id":"21","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","input":"x"}}',
    b'{"custom_id":"22","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","messages":[],"top_p":true}}',
    b'{"custom_id":"23","method":"POST","url":"/v1/chat/completions","body":"text"}',
    b"[1,2]",
    b"",
    b'{"custom_id":"24","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","messages":[],"x":1,"y":2}}',
]


def _both_ways(path: Path, monkeypatch: pytest.MonkeyPatch, **kwargs: Any) -> tuple[Any, Any]:
    fast = validate_jsonl(path, **kwargs).to_json()
    with monkeypatch.context() as patched:
        patched.setattr(validate_module, "_simdjson", None)
        slow = validate_jsonl(path, **kwargs).to_json()
    return fast, slow


def test_fast_path_is_used_and_agrees_on_every_edge_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert validate_module._simdjson is not None, "pysimdjson is a dependency; the fast path must be active"
    path = tmp_path / "edge.jsonl"
    path.write_bytes(b"\n".join(EDGE_LINES) + b"\n")
    fast, slow = _both_ways(path, monkeypatch)
    assert fast == slow
    assert len(fast["problems"]) > 15
    # and a clean file is parsed by orjson only for its first line
    clean = tmp_path / "clean.jsonl"
    clean.write_bytes(b"".join(orjson.dumps({**_line(), "custom_id": str(i)}) + b"\n" for i in range(300)))
    calls = 0
    real = orjson.loads

    def counting(data: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(data)

    monkeypatch.setattr(orjson, "loads", counting)
    assert validate_jsonl(clean).problems == []
    assert calls == 1


_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=3),
    st.floats(min_value=-1, max_value=3, allow_nan=False),
    st.sampled_from(["", "POST", "post", CHAT, "/v1/embeddings", "qwen-plus", "qwen-max", "1", "2", "西湖"]),
    st.lists(st.just({"role": "user", "content": "x"}), max_size=2),
)
_keys = st.sampled_from(["custom_id", "method", "url", "body"])
_body_keys = st.sampled_from(["model", "messages", "input", "temperature", "top_p", "enable_thinking"])


@st.composite
def _mutated_lines(draw: st.DrawFn) -> bytes:
    line = _line()
    line["custom_id"] = draw(st.sampled_from(["1", "2", "3", "4"]))
    for _ in range(draw(st.integers(0, 2))):
        line[draw(_keys)] = draw(_values)
    if isinstance(line.get("body"), dict):
        for _ in range(draw(st.integers(0, 3))):
            line["body"][draw(_body_keys)] = draw(_values)
        if draw(st.booleans()):
            line["body"].pop(draw(_body_keys), None)
    return orjson.dumps(line)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_mutated_lines(), min_size=1, max_size=6), st.sampled_from([None, CHAT]))
def test_fast_path_agrees_on_random_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: list[bytes], endpoint: str | None
) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(body) + b"\n")
    fast, slow = _both_ways(path, monkeypatch, endpoint=endpoint)
    assert fast == slow
