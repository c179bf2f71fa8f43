"""Every validation code, the streaming behaviour and the batch options checks."""

from __future__ import annotations

import threading
import tracemalloc
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import pytest

from desktop_app.core import validate as validate_module
from desktop_app.core.limits import MAX_LINE_BYTES, MAX_REQUESTS_PER_FILE, MB, TEST_MODEL
from desktop_app.core.regions import CN, INTL
from desktop_app.core.validate import (
    Problem,
    Severity,
    ThinkingMode,
    ValidationCancelled,
    ValidationReport,
    parse_completion_window,
    validate_batch_options,
    validate_jsonl,
)

DATA = Path(__file__).parent / "data"
CHAT = "/v1/chat/completions"


def req(cid: Any = "1", **overrides: Any) -> dict[str, Any]:
    """A valid chat request line; ``body_*`` keys override body fields, None removes a field."""
    line: dict[str, Any] = {
        "custom_id": cid,
        "method": "POST",
        "url": CHAT,
        "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": "你好"}]},
    }
    for key, value in overrides.items():
        target, name = (line["body"], key[5:]) if key.startswith("body_") else (line, key)
        if value is _DROP:
            target.pop(name, None)
        else:
            target[name] = value
    return line


_DROP = object()


def write(path: Path, lines: Iterable[dict[str, Any] | bytes | str], newline: bytes = b"\n") -> Path:
    with open(path, "wb") as handle:
        for line in lines:
            if isinstance(line, dict):
                data = orjson.dumps(line)
            elif isinstance(line, str):
                data = line.encode("utf-8")
            else:
                data = line
            handle.write(data + newline)
    return path


def run(tmp_path: Path, lines: Iterable[dict[str, Any] | bytes | str], **kwargs: Any) -> ValidationReport:
    return validate_jsonl(write(tmp_path / "in.jsonl", lines), **kwargs)


def codes(report: ValidationReport) -> list[str]:
    return [p.code for p in report.problems]


def only(report: ValidationReport, code: str) -> list[Problem]:
    return [p for p in report.problems if p.code == code]


# -- a clean file --------------------------------------------------------------------------------


def test_clean_file_has_no_problems(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1"), req("2"), req("3")])
    assert report.ok
    assert report.problems == []
    assert report.requests == 3
    assert report.lines == 3
    assert report.models == ("qwen-plus",)
    assert report.endpoint == CHAT
    assert report.thinking is ThinkingMode.DEFAULT
    assert report.bytes == (tmp_path / "in.jsonl").stat().st_size


@pytest.mark.parametrize(
    ("name", "model", "endpoint"),
    [
        ("seed002_input_test_model.jsonl", TEST_MODEL, "/v1/chat/ds-test"),
        ("seed002_input_qwen_plus.jsonl", "qwen-plus", CHAT),
        ("seed000_input_multimodal.jsonl", "qwen-vl-plus", CHAT),
        ("seed003_input.jsonl", "qwen-turbo", CHAT),
    ],
)
def test_vendor_samples_validate(name: str, model: str, endpoint: str) -> None:
    report = validate_jsonl(DATA / name, region=CN)
    assert report.ok, report.problems
    assert report.problems == []
    assert report.models == (model,)
    assert report.endpoint == endpoint


def test_crlf_line_endings_are_fine(tmp_path: Path) -> None:
    path = write(tmp_path / "crlf.jsonl", [req("1"), req("2")], newline=b"\r\n")
    report = validate_jsonl(path)
    assert report.ok and report.problems == []


def test_last_line_without_newline(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(orjson.dumps(req("1")) + b"\n" + orjson.dumps(req("2")))
    report = validate_jsonl(path)
    assert report.ok and report.requests == 2


# -- file encoding and shape ---------------------------------------------------------------------


def test_encoding_names_the_line_and_suggests_utf8(tmp_path: Path) -> None:
    gbk = orjson.dumps(req("2", body_messages=[{"role": "user", "content": "西湖"}])).decode().encode("gbk")
    report = run(tmp_path, [req("1"), gbk])
    (problem,) = report.problems
    assert problem.code == "encoding"
    assert problem.line == 2
    assert problem.severity is Severity.ERROR
    assert "Line 2" in problem.message and "UTF-8" in problem.message
    assert not report.ok


def test_utf16_file_is_one_file_level_problem(tmp_path: Path) -> None:
    path = tmp_path / "u16.jsonl"
    path.write_bytes(("\n".join(orjson.dumps(req(str(i))).decode() for i in range(50)) + "\n").encode("utf-16"))
    report = validate_jsonl(path)
    assert codes(report) == ["encoding"]
    assert report.problems[0].line is None
    assert "UTF-16" in report.problems[0].message


def test_spreadsheet_instead_of_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "book.jsonl"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    report = validate_jsonl(path)
    assert codes(report) == ["wrong_format"]
    assert not report.ok


def test_bom_is_a_warning_and_the_line_still_parses(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + orjson.dumps(req("1")) + b"\n" + orjson.dumps(req("1")) + b"\n")
    report = validate_jsonl(path)
    assert codes(report) == ["bom", "duplicate_custom_id"]  # line 1 parsed: its id was remembered
    assert report.problems[0].severity is Severity.WARNING
    assert report.problems[0].line == 1
    assert report.models == ("qwen-plus",)


def test_bom_alone_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + orjson.dumps(req("1")) + b"\n")
    report = validate_jsonl(path)
    assert report.ok and codes(report) == ["bom"]


@pytest.mark.parametrize("content", [b"", b"\n", b"\n  \n\r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    report = validate_jsonl(path)
    assert "empty_file" in codes(report)
    assert not report.ok
    assert report.requests == 0


def test_blank_line_is_a_warning(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1"), b"", req("2"), b"   "])
    assert [(p.code, p.line) for p in report.problems] == [("blank_line", 2), ("blank_line", 4)]
    assert all(p.severity is Severity.WARNING for p in report.problems)
    assert report.ok
    assert report.requests == 2 and report.lines == 4


def test_invalid_json(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1"), b'{"custom_id": "2", "method": "POST",'])
    (problem,) = report.problems
    assert (problem.code, problem.line) == ("invalid_json", 2)
    assert isinstance(problem.params["column"], int)
    assert report.requests == 2


def test_pretty_printed_json_gets_a_hint(tmp_path: Path) -> None:
    report = run(tmp_path, [b"[", b'  {"custom_id": "1"},', b"]"])
    assert codes(report) == ["invalid_json"] * 3
    assert "one line" in report.problems[1].message


@pytest.mark.parametrize("line", [b"[1, 2]", b'"text"', b"42", b"null"])
def test_not_object(tmp_path: Path, line: bytes) -> None:
    report = run(tmp_path, [req("1"), line])
    assert [(p.code, p.line) for p in report.problems] == [("not_object", 2)]


@pytest.mark.parametrize("field", ["custom_id", "method", "url", "body"])
def test_missing_field(tmp_path: Path, field: str) -> None:
    report = run(tmp_path, [req("1"), req("2", **{field: _DROP})])
    missing = only(report, "missing_field")
    assert [(p.line, p.params["field"]) for p in missing] == [(2, field)]
    assert field in missing[0].message
    assert not report.ok


def test_missing_fields_are_each_named(tmp_path: Path) -> None:
    report = run(tmp_path, [{"custom_id": "1"}])
    assert sorted(str(p.params["field"]) for p in only(report, "missing_field")) == ["body", "method", "url"]


@pytest.mark.parametrize("cid", [1, "", ["a"], True])
def test_custom_id_type(tmp_path: Path, cid: object) -> None:
    report = run(tmp_path, [req(cid)])
    assert codes(report) == ["custom_id_type"]
    assert report.problems[0].line == 1


def test_duplicate_custom_id_names_the_first_line(tmp_path: Path) -> None:
    report = run(tmp_path, [req("a0"), req("a1"), req("a1"), req("b"), req("a1")])
    dups = only(report, "duplicate_custom_id")
    assert [(p.line, p.params["first_line"]) for p in dups] == [(3, 2), (5, 2)]
    assert dups[0].message == (
        'Line 3: the custom_id "a1" was already used on line 2. Every request needs its own id — change one of them.'
    )


@pytest.mark.parametrize("method", ["GET", "post", 1])
def test_method(tmp_path: Path, method: object) -> None:
    report = run(tmp_path, [req("1", method=method)])
    assert codes(report) == ["method"]


def test_url_not_supported(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1", url="/v1/completions")])
    assert codes(report) == ["url"]
    assert report.endpoint is None


def test_full_address_url_gets_a_hint(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1", url="https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions")])
    assert codes(report) == ["url"]
    assert f'"{CHAT}"' in report.problems[0].message


def test_url_mismatch_against_line_one(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1"), req("2", url="/v1/embeddings", body_input="x"), req("3")])
    mismatch = only(report, "url_mismatch")
    assert [(p.line, p.params["expected"]) for p in mismatch] == [(2, CHAT)]


def test_url_mismatch_against_chosen_endpoint(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1"), req("2")], endpoint="/v1/embeddings")
    assert [(p.code, p.line) for p in report.problems] == [("url_mismatch", 1), ("url_mismatch", 2)]
    assert report.endpoint == "/v1/embeddings"


def test_chosen_endpoint_matching_is_clean(tmp_path: Path) -> None:
    assert run(tmp_path, [req("1")], endpoint=CHAT).problems == []


@pytest.mark.parametrize("model", [_DROP, None, "", 7])
def test_model_missing(tmp_path: Path, model: object) -> None:
    report = run(tmp_path, [req("1", body_model=model)])
    assert codes(report) == ["model_missing"]


def test_mixed_model_reported_per_line_against_the_first(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1"), req("2", body_model="qwen-max"), req("3", body_model="qwen-max"), req("4")])
    mixed = only(report, "mixed_model")
    assert [(p.line, p.params["expected"]) for p in mixed] == [(2, "qwen-plus"), (3, "qwen-plus")]
    assert report.models == ("qwen-plus", "qwen-max")
    assert report.counts["mixed_model"] == 2


def test_mixed_thinking_true_false_is_an_error_on_every_differing_line(tmp_path: Path) -> None:
    report = run(
        tmp_path,
        [
            req("1", body_enable_thinking=True),
            req("2", body_enable_thinking=False),
            req("3", body_enable_thinking=False),
            req("4", body_enable_thinking=True),
        ],
    )
    mixed = only(report, "mixed_thinking")
    assert [(p.line, p.severity) for p in mixed] == [(2, Severity.ERROR), (3, Severity.ERROR)]
    assert report.thinking is ThinkingMode.MIXED
    assert not report.ok


def test_thinking_set_on_some_lines_only_is_one_warning(tmp_path: Path) -> None:
    report = run(
        tmp_path,
        [req("1"), req("2", body_enable_thinking=True), req("3", body_enable_thinking=True), req("4")],
    )
    mixed = only(report, "mixed_thinking")
    assert [(p.line, p.severity) for p in mixed] == [(2, Severity.WARNING)]
    assert report.ok
    assert report.thinking is ThinkingMode.MIXED


def test_thinking_left_out_then_conflicting_values(tmp_path: Path) -> None:
    report = run(
        tmp_path,
        [req("1"), req("2", body_enable_thinking=True), req("3", body_enable_thinking=False)],
    )
    assert [(p.line, p.severity) for p in only(report, "mixed_thinking")] == [
        (2, Severity.WARNING),
        (3, Severity.ERROR),
    ]


@pytest.mark.parametrize(("value", "mode"), [(True, ThinkingMode.ON), (False, ThinkingMode.OFF)])
def test_consistent_thinking(tmp_path: Path, value: bool, mode: ThinkingMode) -> None:
    report = run(tmp_path, [req("1", body_enable_thinking=value), req("2", body_enable_thinking=value)])
    assert report.problems == [] and report.thinking is mode


def test_thinking_type(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1", body_enable_thinking="true")])
    assert codes(report) == ["thinking_type"]


def test_line_too_large_is_skipped_without_parsing(tmp_path: Path) -> None:
    big = req("2", body_messages=[{"role": "user", "content": "x" * (MAX_LINE_BYTES + 10)}])
    report = run(tmp_path, [req("1"), big, req("1")])
    assert [(p.code, p.line) for p in report.problems] == [("line_too_large", 2), ("duplicate_custom_id", 3)]
    assert report.problems[0].params["size"] == len(orjson.dumps(big))
    assert report.requests == 3


def test_line_of_exactly_the_limit_is_fine(tmp_path: Path) -> None:
    # qwen-long: a model whose context window is not in our list, so only the size rule applies here
    base = orjson.dumps(req("1", body_model="qwen-long", body_messages=[{"role": "user", "content": ""}]))
    pad = MAX_LINE_BYTES - len(base)
    line = orjson.dumps(req("1", body_model="qwen-long", body_messages=[{"role": "user", "content": "y" * pad}]))
    assert len(line) == MAX_LINE_BYTES
    path = write(tmp_path / "edge.jsonl", [line, req("2", body_model="qwen-long")], newline=b"\r\n")
    assert validate_jsonl(path).problems == []
    over = orjson.dumps(req("1", body_messages=[{"role": "user", "content": "y" * (pad + 1)}]))
    assert codes(validate_jsonl(write(tmp_path / "edge3.jsonl", [over]))) == ["line_too_large"]


def test_too_many_requests(tmp_path: Path) -> None:
    line = orjson.dumps(req("x"))
    with open(tmp_path / "many.jsonl", "wb") as handle:
        for i in range(MAX_REQUESTS_PER_FILE + 1):
            handle.write(line.replace(b'"x"', f'"{i}"'.encode()) + b"\n")
    report = validate_jsonl(tmp_path / "many.jsonl")
    assert codes(report) == ["too_many_requests"]
    assert report.problems[0].line is None
    assert report.problems[0].params["count"] == MAX_REQUESTS_PER_FILE + 1


def test_exactly_the_request_limit_is_fine(tmp_path: Path) -> None:
    line = orjson.dumps(req("x"))
    with open(tmp_path / "many.jsonl", "wb") as handle:
        for i in range(MAX_REQUESTS_PER_FILE):
            handle.write(line.replace(b'"x"', f'"{i}"'.encode()) + b"\n")
    assert validate_jsonl(tmp_path / "many.jsonl").problems == []


def test_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate_module, "MAX_FILE_BYTES", 1000)
    report = run(tmp_path, [req(str(i)) for i in range(20)])
    assert codes(report) == ["file_too_large"]
    assert report.problems[0].line is None


def test_test_model_line_limit(tmp_path: Path) -> None:
    lines = [req(str(i), url="/v1/chat/ds-test", body_model=TEST_MODEL) for i in range(101)]
    assert codes(run(tmp_path, lines)) == ["test_model_limit"]
    assert run(tmp_path, lines[:100]).problems == []


def test_test_model_size_limit(tmp_path: Path) -> None:
    fat = [
        req(
            str(i),
            url="/v1/chat/ds-test",
            body_model=TEST_MODEL,
            body_messages=[{"role": "user", "content": "z" * (MB // 2)}],
        )
        for i in range(3)
    ]
    assert codes(run(tmp_path, fat)) == ["test_model_limit"]


def test_model_region_warns_once_per_model(tmp_path: Path) -> None:
    lines = [req(str(i), body_model="qwen-vl-plus") for i in range(3)]
    report = run(tmp_path, lines, region=INTL)
    assert [(p.code, p.line, p.severity) for p in report.problems] == [("model_region", 1, Severity.WARNING)]
    assert report.ok
    assert run(tmp_path, lines, region=CN).problems == []
    assert run(tmp_path, lines).problems == []


# -- extra checks --------------------------------------------------------------------------------


def test_body_type(tmp_path: Path) -> None:
    assert codes(run(tmp_path, [req("1", body="hello")])) == ["body_type"]


@pytest.mark.parametrize(("value", "bad"), [(0, False), (1.99, False), (2, True), (-0.1, True), ("0.5", True)])
def test_temperature(tmp_path: Path, value: object, bad: bool) -> None:
    assert codes(run(tmp_path, [req("1", body_temperature=value)])) == (["temperature"] if bad else [])


@pytest.mark.parametrize(("value", "bad"), [(0, False), (1, False), (0.8, False), (1.5, True), (True, True)])
def test_top_p(tmp_path: Path, value: object, bad: bool) -> None:
    assert codes(run(tmp_path, [req("1", body_top_p=value)])) == (["top_p"] if bad else [])


def test_messages_missing(tmp_path: Path) -> None:
    assert codes(run(tmp_path, [req("1", body_messages=_DROP)])) == ["messages"]


def test_embedding_input_missing(tmp_path: Path) -> None:
    line = {
        "custom_id": "e1",
        "method": "POST",
        "url": "/v1/embeddings",
        "body": {"model": "text-embedding-v4"},
    }
    assert codes(run(tmp_path, [line])) == ["embedding_input"]
    line["body"]["input"] = "some text"  # type: ignore[index]
    assert run(tmp_path, [line]).problems == []


@pytest.mark.parametrize(
    ("model", "url", "expected"),
    [
        (TEST_MODEL, CHAT, "/v1/chat/ds-test"),
        ("text-embedding-v4", CHAT, "/v1/embeddings"),
        ("qwen-plus", "/v1/chat/ds-test", CHAT),
    ],
)
def test_url_model(tmp_path: Path, model: str, url: str, expected: str) -> None:
    lines = [req(str(i), url=url, body_model=model, body_input="x") for i in range(3)]
    report = run(tmp_path, lines)
    assert [(p.code, p.line) for p in report.problems] == [("url_model", 1)]
    assert report.problems[0].params["expected"] == expected


# -- limits on output, streaming, progress, cancel ----------------------------------------------


def test_max_problems_stores_some_and_counts_all(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1")] + [b"nope"] * 5000, max_problems=10)
    assert len(report.problems) == 10
    assert report.problems_truncated == 4990
    assert report.counts == {"invalid_json": 5000}
    assert report.error_count == 5000
    assert not report.ok


def test_file_level_problems_survive_truncation(tmp_path: Path) -> None:
    report = run(tmp_path, [b"nope"] * 30, max_problems=0)
    assert report.problems_truncated == 30
    assert [p.code for p in report.problems] == []  # no request is ok; not empty
    path = tmp_path / "e.jsonl"
    path.write_bytes(b"\n" * 5)
    report = validate_jsonl(path, max_problems=1)
    assert report.problems[0].code == "empty_file"
    assert len(report.problems) == 2 and report.problems_truncated == 4


def test_warnings_only_truncated_keep_ok(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1")] + [b""] * 20, max_problems=1)
    assert report.ok and report.warning_count == 20 and report.problems_truncated == 19


def test_big_file_is_streamed_with_bounded_memory(tmp_path: Path) -> None:
    """~60 MB: one 40 MB line (too large) and 20 valid 1 MB lines; peak stays far below the file size.

    (qwen-long: its context window is not in our list, so no line's tokens are counted here.)
    """
    path = tmp_path / "big.jsonl"
    long_model = {"body_model": "qwen-long"}
    with open(path, "wb") as handle:
        handle.write(orjson.dumps(req("0", **long_model)) + b"\n")
        huge = req("huge", body_messages=[{"role": "user", "content": "h" * (40 * MB)}], **long_model)
        handle.write(orjson.dumps(huge) + b"\n")
        del huge
        for i in range(1, 21):
            line = req(str(i), body_messages=[{"role": "user", "content": "中" * (MB // 3)}], **long_model)
            handle.write(orjson.dumps(line) + b"\n")
    size = path.stat().st_size
    assert size > 60 * MB
    tracemalloc.start()
    try:
        report = validate_jsonl(path, max_problems=5)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(p.code, p.line) for p in report.problems] == [("line_too_large", 2)]
    assert report.requests == 22
    assert report.bytes == size
    assert peak < 20 * MB, f"peak {peak / MB:.1f} MB"


def test_progress_reports_bytes_and_finishes_at_total(tmp_path: Path) -> None:
    path = write(
        tmp_path / "p.jsonl",
        [req(str(i), body_messages=[{"role": "user", "content": "p" * 50_000}]) for i in range(100)],
    )
    seen: list[tuple[int, int]] = []
    validate_jsonl(path, progress=lambda done, total: seen.append((done, total)))
    total = path.stat().st_size
    assert len(seen) >= 2
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1] == (total, total)


def test_cancel_stops_validation(tmp_path: Path) -> None:
    path = write(
        tmp_path / "c.jsonl",
        [req(str(i), body_messages=[{"role": "user", "content": "c" * 50_000}]) for i in range(100)],
    )
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ValidationCancelled):
        validate_jsonl(path, cancel=cancel)


def test_missing_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        validate_jsonl(tmp_path / "nope.jsonl")


# -- report shape --------------------------------------------------------------------------------


def test_to_json_shape(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1"), req("1")])
    data: dict[str, Any] = orjson.loads(orjson.dumps(report.to_json()))  # JSON-serialisable
    assert {"ok", "requests", "bytes", "models", "endpoint", "problems"} <= set(data)
    assert data["ok"] is False and data["requests"] == 2 and data["models"] == ["qwen-plus"]
    (problem,) = data["problems"]
    assert {"line", "code", "severity", "message"} <= set(problem)
    assert problem["severity"] == "error" and problem["line"] == 2


def test_problem_detail_drops_the_line_prefix() -> None:
    problem = Problem(3, "x", Severity.ERROR, "Line 3: the thing is wrong.")
    assert problem.detail == "The thing is wrong."
    assert Problem(None, "x", Severity.ERROR, "Whole file.").detail == "Whole file."


def test_errors_and_warnings_lists(tmp_path: Path) -> None:
    report = run(tmp_path, [req("1"), b"", req("1")])
    assert [p.code for p in report.errors] == ["duplicate_custom_id"]
    assert [p.code for p in report.warnings] == ["blank_line"]


# -- batch options -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [("24h", 24), ("1d", 24), ("336h", 336), ("14d", 336), (" 48H ", 48), ("2D", 48), ("100h", 100)],
)
def test_parse_completion_window(text: str, hours: int) -> None:
    assert parse_completion_window(text) == hours


@pytest.mark.parametrize("text", ["23h", "337h", "15d", "0d", "2w", "", "24", "1.5d", "-24h", "h"])
def test_parse_completion_window_rejects(text: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_completion_window(text)


def test_parse_completion_window_is_the_core_rule() -> None:
    # the one parser lives in core/limits.py (tests/test_completion_window.py covers the canonical form)
    assert parse_completion_window(" 048H ") == 48


def test_validate_batch_options() -> None:
    assert validate_batch_options("n" * 100, "d" * 200, "24h") == []
    problems = validate_batch_options("n" * 101, "d" * 201, "15d")
    assert [p.code for p in problems] == ["name_too_long", "description_too_long", "completion_window"]
    assert all(p.severity is Severity.ERROR and p.line is None for p in problems)
    assert problems[0].params == {"length": 101, "limit": 100}
    assert "14d" in problems[2].message


def test_name_limit_counts_characters_not_bytes() -> None:
    assert validate_batch_options("西" * 100, "湖" * 200, "1d") == []


@pytest.mark.parametrize(
    ("url", "region", "code"),
    [
        ("", "intl", None),
        ("  ", "cn", None),
        ("https://hooks.example.com/batch?token=1", "cn", None),
        ("https://8.8.8.8/done", "cn", None),
        ("https://hooks.example.com/batch", "intl", "callback_region"),
        ("https://hooks.example.com/batch", "sandbox", "callback_region"),
        ("http://hooks.example.com/batch", "cn", "callback_url"),
        ("hooks.example.com/batch", "cn", "callback_url"),
        ("https://", "cn", "callback_url"),
        ("https://exa mple.com/", "cn", "callback_url"),
        ("https://localhost:8443/hook", "cn", "callback_private"),
        ("https://192.168.1.20/hook", "cn", "callback_private"),
        ("https://[::1]/hook", "cn", "callback_private"),
        ("https://nas.local/hook", "cn", "callback_private"),
        ("https://intranet/hook", "cn", "callback_private"),
    ],
)
def test_the_finish_callback_is_beijing_only_and_a_public_https_address(
    url: str, region: str, code: str | None
) -> None:
    from desktop_app.core.validate import validate_finish_callback

    problems = validate_finish_callback(url, region)
    assert [p.code for p in problems] == ([code] if code else [])
    assert all(p.severity is Severity.ERROR and p.message for p in problems)


def test_checking_many_ids_never_holds_the_interpreter_long(tmp_path: Path) -> None:
    """The check runs in a worker thread of the window: every id went into one dict, which grows by
    rehashing all of them in one C call — 5.9 ms of CPU at 200,000 ids here, and a 50–130 ms stall of
    the window's UI thread at a million. The ids' dicts are now 64, each growing by 1/64th."""
    from tests.reliability.conftest import stall_limit
    from tests.test_results_index import _steady_longest_hold

    line = (
        '{"custom_id":"r%06d","method":"POST","url":"/v1/chat/completions",'
        '"body":{"model":"qwen-plus","messages":[{"role":"user","content":"hi"}]}}\n'
    )
    path = tmp_path / "many.jsonl"
    path.write_text("".join(line % n for n in range(200_000)), encoding="utf-8")
    reports: list[ValidationReport] = []
    limit = stall_limit(0.002)
    took, name, rest = _steady_longest_hold(lambda: reports.append(validate_jsonl(path)), limit)
    assert reports[0].requests == 200_000 and reports[0].counts == {"too_many_requests": 1}  # only the file limit
    # measured: 0.23–0.4 ms (before: dict.setdefault 5.9 ms, in every run)
    assert took < limit, f"{name} held the interpreter {took * 1000:.1f} ms; next: {rest[:3]}"
