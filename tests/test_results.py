"""Output/error file parsing (contract tests on the vendor's samples) and the join with the input."""

from __future__ import annotations

import base64
import random
import struct
from pathlib import Path
from typing import Any

import orjson
import pytest

from desktop_app.core.answers.parse import ParsedAnswer, iter_result_file, parse_result_line
from desktop_app.core.answers.rows import JoinSummary, ResultRow, RowStatus
from desktop_app.core.answers.view import ResultsView

DATA = Path(__file__).parent / "data"


def write_jsonl(path: Path, objs: list[Any]) -> Path:
    path.write_bytes(b"".join((o if isinstance(o, bytes) else orjson.dumps(o)) + b"\n" for o in objs))
    return path


def request(cid: str, model: str = "qwen-plus") -> dict[str, Any]:
    return {
        "custom_id": cid,
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": model, "messages": [{"role": "user", "content": f"question {cid}"}]},
    }


def success(cid: str, content: str = "", **usage: int) -> dict[str, Any]:
    tokens = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15, **usage}
    return {
        "id": f"rid-{cid}",
        "custom_id": cid,
        "response": {
            "status_code": 200,
            "request_id": f"rid-{cid}",
            "body": {
                "created": 1743562621,
                "usage": tokens,
                "model": "qwen-plus",
                "id": f"chatcmpl-{cid}",
                "choices": [{"finish_reason": "stop", "index": 0, "message": {"content": content or f"answer {cid}"}}],
                "object": "chat.completion",
            },
        },
        "error": None,
    }


# -- the vendor's samples ------------------------------------------------------------------------


def test_seed_test_model_output() -> None:
    answers = list(iter_result_file(DATA / "seed002_output_test_model.jsonl"))
    assert [a.custom_id for a in answers] == ["1", "2"]
    first = answers[0]
    assert first.succeeded
    assert first.content == "This is a test result."
    assert (first.prompt_tokens, first.completion_tokens, first.total_tokens) == (20, 6, 26)
    assert first.model == "batch-test-model"
    assert first.request_id == "a2b1ae25-21f4-4d9a-8634-99a29926486c"
    assert first.status_code == 200
    assert first.created == 1743562621
    assert first.finish_reason == "stop"
    assert first.error_code == first.error_message == ""
    assert first.line == 1


def test_seed_qwen_plus_output_with_cjk() -> None:
    answers = list(iter_result_file(DATA / "seed002_output_qwen_plus.jsonl"))
    assert [a.custom_id for a in answers] == ["req-001", "req-002"]
    assert answers[0].content.startswith("你好!杭州西湖是中國著名的風景名勝區")
    assert "\n\n### 一、自然景觀" in answers[0].content
    assert (answers[0].prompt_tokens, answers[0].completion_tokens, answers[0].total_tokens) == (14, 654, 668)
    assert answers[1].content == "春風拂柳綠,  \n夜雨潤花紅。  \n鳥語林間鬧,  \n山川處處同。"
    assert answers[1].created == 1768306035


def test_seed_download_sample_without_role() -> None:
    answers = list(iter_result_file(DATA / "seed002_output_download.jsonl"))
    assert [a.request_id for a in answers] == [
        "c308ef7f-0824-9c46-96eb-73566f062426",
        "73291560-7616-97bf-87f2-7d747bbe84fd",
    ]
    assert answers[1].content == "2+2 equals 4."
    assert all(a.succeeded for a in answers)


def test_seed_old_page_output() -> None:
    (answer,) = iter_result_file(DATA / "seed003_output.jsonl")
    assert answer.custom_id == "request-2"
    assert answer.request_id == "req_c187b3"
    assert answer.model == "qwen-max"
    assert answer.content == "2 + 2 equals 4."
    assert (answer.prompt_tokens, answer.completion_tokens, answer.total_tokens) == (24, 15, 39)


def test_seed_documented_error_shapes() -> None:
    first, second = iter_result_file(DATA / "errors_documented_shape.jsonl")
    assert not first.succeeded
    assert (first.error_code, first.error_message) == (
        "InvalidParameter",
        "Range of input length should be [1, 129024]",
    )
    assert first.status_code == 400
    assert not second.succeeded
    assert second.error_code == "invalid_parameter_error"
    assert second.error_message == "The content field is a required field."


def test_seed_vendor_script_error_shape() -> None:
    (answer,) = iter_result_file(DATA / "errors_vendor_script_shape.jsonl")
    assert not answer.succeeded
    assert answer.error_code == "Throttling.RateQuota"
    assert answer.error_message.startswith("Requests rate limit exceeded")
    assert answer.status_code == 429


# -- single lines --------------------------------------------------------------------------------


def test_status_500_without_reason() -> None:
    answer = parse_result_line({"custom_id": "x", "response": {"status_code": 500, "body": {}}, "error": None})
    assert not answer.succeeded
    assert "500" in answer.error_message


def test_dashscope_style_body_error() -> None:
    line = {
        "custom_id": "x",
        "response": {"status_code": 400, "body": {"code": "DataInspectionFailed", "message": "bad content"}},
    }
    answer = parse_result_line(line)
    assert (answer.succeeded, answer.error_code, answer.error_message) == (
        False,
        "DataInspectionFailed",
        "bad content",
    )


def test_error_as_plain_string_and_numeric_code() -> None:
    assert parse_result_line({"custom_id": "x", "error": "boom"}).error_message == "boom"
    answer = parse_result_line({"custom_id": "x", "error": {"code": 429, "message": "slow down"}})
    assert answer.error_code == "429"


def test_empty_error_object_on_a_success_is_ignored() -> None:
    line = success("a")
    line["error"] = {"code": None, "message": None}
    assert parse_result_line(line).succeeded


@pytest.mark.parametrize(
    "line",
    [
        {},
        {"custom_id": "x"},
        {"custom_id": "x", "response": None, "error": None},
        {"custom_id": "x", "response": {"body": None}},
        {"custom_id": "x", "response": "weird", "error": 5},
        {"custom_id": None, "response": {"status_code": "abc", "body": {"choices": "no", "usage": [1]}}},
    ],
)
def test_incomplete_lines_do_not_crash(line: dict[str, Any]) -> None:
    answer = parse_result_line(line)
    assert isinstance(answer, ParsedAnswer)


def test_line_without_response_or_error_is_a_failure() -> None:
    answer = parse_result_line({"custom_id": "x", "id": "abc"})
    assert not answer.succeeded
    assert answer.error_message
    assert answer.request_id == "abc"  # falls back to the line id


def test_not_a_mapping_is_unreadable() -> None:
    answer = parse_result_line([1, 2])
    assert not answer.readable and answer.custom_id is None


def test_numeric_custom_id_becomes_text() -> None:
    assert parse_result_line(success("7") | {"custom_id": 7}).custom_id == "7"


def test_reasoning_content_and_finish_reason() -> None:
    line = success("r")
    line["response"]["body"]["choices"][0] = {
        "finish_reason": "length",
        "message": {"role": "assistant", "content": "42", "reasoning_content": "Let me think…"},
    }
    answer = parse_result_line(line)
    assert (answer.content, answer.reasoning_content, answer.finish_reason) == (
        "42",
        "Let me think…",
        "length",
    )


def test_content_as_list_of_parts() -> None:
    line = success("p")
    line["response"]["body"]["choices"][0]["message"]["content"] = [
        {"type": "text", "text": "Hello "},
        {"type": "image_url", "image_url": {"url": "x"}},
        {"type": "text", "text": "world"},
    ]
    assert parse_result_line(line).content == "Hello world"


def test_embeddings_store_dimension_not_vector() -> None:
    vector = [0.01] * 1024
    line = {
        "id": "e",
        "custom_id": "e1",
        "response": {
            "status_code": 200,
            "request_id": "e",
            "body": {
                "object": "list",
                "model": "text-embedding-v4",
                "data": [
                    {"object": "embedding", "index": 0, "embedding": vector},
                    {"object": "embedding", "index": 1, "embedding": vector},
                ],
                "usage": {"prompt_tokens": 8, "total_tokens": 8},
            },
        },
        "error": None,
    }
    answer = parse_result_line(line)
    assert answer.succeeded
    assert (answer.embedding_dim, answer.embedding_count) == (1024, 2)
    assert answer.content == ""
    assert (answer.prompt_tokens, answer.completion_tokens, answer.total_tokens) == (8, None, 8)
    assert not any(isinstance(getattr(answer, f), list) for f in ParsedAnswer.__slots__)


def test_base64_embedding_dimension() -> None:
    packed = base64.b64encode(struct.pack("<64f", *([0.5] * 64))).decode()
    line = {"custom_id": "b", "response": {"status_code": 200, "body": {"data": [{"embedding": packed}]}}}
    assert parse_result_line(line).embedding_dim == 64


def test_iter_result_file_tolerates_bom_blank_and_garbage(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + orjson.dumps(success("a"))
        + b"\n\n"
        + b"not json\n"
        + b"\xff\xfe\n"
        + orjson.dumps(success("b"))
    )
    answers = list(iter_result_file(path))
    assert [(a.custom_id, a.readable, a.line) for a in answers] == [
        ("a", True, 1),
        (None, False, 3),
        (None, False, 4),
        ("b", True, 5),
    ]


# -- join ----------------------------------------------------------------------------------------


@pytest.fixture
def scenario(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Input a..f; output shuffled with a duplicate, an unknown id and an id-less line; two error shapes."""
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in "abcdef"])
    outputs: list[Any] = [
        success("c", "答え C", prompt_tokens=3, completion_tokens=4, total_tokens=7),
        success("a", "first a"),
        success("z"),
        success("a", "second a"),
        {"response": {"status_code": 200, "body": {}}},
        b"{broken",
        success("f", "西湖"),
    ]
    middle = outputs[2:5]
    random.Random(4).shuffle(middle)
    outputs[2:5] = middle
    out = write_jsonl(tmp_path / "out.jsonl", outputs)
    err = write_jsonl(
        tmp_path / "err.jsonl",
        [
            {
                "id": "x",
                "custom_id": "b",
                "response": None,
                "error": {"code": "InvalidParameter", "message": "bad b"},
            },
            {"id": "y", "custom_id": "d", "error": {"error_code": "Throttling", "error_message": "slow d"}},
            {"id": "w", "custom_id": "f", "error": {"code": "Late", "message": "also f"}},
        ],
    )
    return inp, out, err


def join(inp: Path, out: Path | None, err: Path | None = None) -> tuple[list[ResultRow], JoinSummary]:
    """The app's one join (the results view): the rows of an export's full pass and its summary; the
    window's way (index, rows one by one, the status pass) must give exactly the same."""
    with ResultsView.from_paths(inp, out, err) as view:
        rows = list(view.iter_rows())
        summary = view.summary()
    with ResultsView.from_paths(inp, out, err) as fresh:
        assert [fresh.row(i) for i in range(len(fresh))] == rows
        assert fresh.summary() == summary
    return rows, summary


def test_join_in_input_order_with_statuses(scenario: tuple[Path, Path, Path]) -> None:
    inp, out, err = scenario
    rows, _ = join(inp, out, err)
    assert [r.custom_id for r in rows] == list("abcdef")
    assert [r.index for r in rows] == list(range(6))
    assert [r.line for r in rows] == [1, 2, 3, 4, 5, 6]
    assert [r.status for r in rows] == [
        RowStatus.SUCCEEDED,
        RowStatus.FAILED,
        RowStatus.SUCCEEDED,
        RowStatus.FAILED,
        RowStatus.MISSING,
        RowStatus.SUCCEEDED,
    ]
    assert rows[0].content == "first a"  # the first answer wins
    assert (rows[1].error_code, rows[1].error_message) == ("InvalidParameter", "bad b")
    assert (rows[3].error_code, rows[3].error_message) == ("Throttling", "slow d")
    assert rows[4].model == "qwen-plus"  # from the input
    assert rows[4].content == rows[4].error_message == ""
    assert rows[5].content == "西湖"  # output beats the later error line


def test_join_summary_counts(scenario: tuple[Path, Path, Path]) -> None:
    _, summary = join(*scenario)
    assert (summary.total, summary.succeeded, summary.failed, summary.missing) == (6, 3, 2, 1)
    assert summary.unknown == 1 and summary.unknown_examples == ["z"]
    assert summary.duplicates == 2  # the second "a" and the error line for "f"
    assert summary.without_id == 1
    assert summary.unreadable == 1
    assert (summary.prompt_tokens, summary.completion_tokens, summary.total_tokens) == (23, 14, 37)
    assert summary.to_json()["succeeded"] == 3


def test_join_error_file_only(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in "bd"])
    err = write_jsonl(tmp_path / "err.jsonl", [{"custom_id": "d", "error": {"code": "E", "message": "m"}}])
    rows, _ = join(inp, None, err)
    assert [r.status for r in rows] == [RowStatus.MISSING, RowStatus.FAILED]


def test_success_listed_in_error_file_counts_as_failed(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request("a")])
    err = write_jsonl(tmp_path / "err.jsonl", [success("a")])
    (row,), _ = join(inp, None, err)
    assert row.status is RowStatus.FAILED
    assert row.error_message


def test_join_with_vendor_samples(tmp_path: Path) -> None:
    rows, summary = join(DATA / "seed002_input_test_model.jsonl", DATA / "seed002_output_test_model.jsonl", None)
    assert [(r.custom_id, r.status, r.content) for r in rows] == [
        ("1", RowStatus.SUCCEEDED, "This is a test result."),
        ("2", RowStatus.SUCCEEDED, "This is a test result."),
    ]
    assert summary.total_tokens == 52


def test_join_skips_unusable_input_lines_and_counts_repeats(tmp_path: Path) -> None:
    inp = write_jsonl(
        tmp_path / "in.jsonl",
        [request("a"), b"", b"garbage", {"custom_id": 5}, [1], request("a"), request("b", model="qwen-max")],
    )
    out = write_jsonl(tmp_path / "out.jsonl", [success("a")])
    rows, summary = join(inp, out, None)
    assert [(r.custom_id, r.line, r.status) for r in rows] == [
        ("a", 1, RowStatus.SUCCEEDED),
        ("a", 6, RowStatus.SUCCEEDED),
        ("b", 7, RowStatus.MISSING),
    ]
    assert rows[2].model == "qwen-max"
    assert summary.input_skipped == 3
    assert summary.input_duplicates == 1
    assert summary.unknown == 0


def test_join_partial_output_marks_the_rest_missing(tmp_path: Path) -> None:
    ids = [f"id-{i}" for i in range(200)]
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in ids])
    answered = ids[::3]
    shuffled = answered[:]
    random.Random(1).shuffle(shuffled)
    out = write_jsonl(tmp_path / "out.jsonl", [success(c) for c in shuffled])
    rows, summary = join(inp, out, None)
    assert [r.custom_id for r in rows] == ids
    assert {r.custom_id for r in rows if r.status is RowStatus.SUCCEEDED} == set(answered)
    assert summary.missing == 200 - len(answered)


def test_request_prompt_is_the_last_user_text_with_media_markers() -> None:
    from desktop_app.core.answers.parse import request_prompt

    chat = {"messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "你好"}]}
    assert request_prompt(chat) == "你好"
    vision = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                    {"type": "text", "text": "この画像を説明して"},
                ],
            }
        ]
    }
    assert request_prompt(vision) == "[image] この画像を説明して"
    assert request_prompt({"model": "text-embedding-v4", "input": "some text"}) == "some text"
    assert request_prompt({"messages": "not a list"}) == ""
    assert request_prompt(None) == ""
