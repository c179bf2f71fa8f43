"""Property tests: arbitrary bytes and structures give a report or a result, never an exception or a hang.

* ``validate_jsonl`` on arbitrary bytes, on lines of arbitrary JSON, and on request-shaped lines whose
  fields hold arbitrary JSON values: always a report whose counts add up.
* ``parse_result_line`` / ``iter_result_file`` / ``ResultsView`` on arbitrary answers: never raise,
  and every input request ends up succeeded, failed or missing.
* ``export_csv`` round-trips arbitrary Unicode: read back with the csv module, every cell equals what
  was written after the formula-neutralising rule.

Examples are derandomized (the same on every run) with a 2 s deadline each; the counts are modest so
the suite stays fast, and each test reports how many examples it ran.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import desktop_app.core.export as export_mod
import desktop_app.core.validate as validate_mod
from desktop_app.core.answers.parse import ParsedAnswer, iter_result_file, parse_result_line
from desktop_app.core.answers.rows import ResultRow, RowStatus
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.export import ALL_COLUMNS, DEFAULT_COLUMNS, export_csv, neutralize_cell
from desktop_app.core.regions import INTL
from desktop_app.core.validate import Problem, ValidationReport, validate_jsonl
from tests.reference_join import join_results
from tests.reliability.conftest import PROFILE, record

# ---- strategies ----------------------------------------------------------------------------------

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)  # beyond 64 bits too
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
JSON = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
KNOWN_VALUES = st.sampled_from(
    ["POST", "GET", "/v1/chat/completions", "/v1/embeddings", "/v1/chat/ds-test", "qwen-plus", "qwen-max",
     "batch-test-model", "text-embedding-v4", "user", "", "1", 0, 1, 1.5, 2, -1, True, False, None]
)  # fmt: skip
VALUE = KNOWN_VALUES | JSON


def _maybe(keys: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=keys)


BODY = _maybe(
    {
        "model": VALUE,
        "messages": st.lists(_maybe({"role": VALUE, "content": VALUE}) | VALUE, max_size=3) | VALUE,
        "input": VALUE,
        "temperature": VALUE,
        "top_p": VALUE,
        "enable_thinking": VALUE,
    }
)
REQUEST = _maybe({"custom_id": VALUE, "method": VALUE, "url": VALUE, "body": BODY | VALUE})
ANSWER_BODY = _maybe(
    {
        "model": VALUE,
        "created": VALUE,
        "request_id": VALUE,
        "choices": st.lists(
            _maybe({"finish_reason": VALUE, "message": _maybe({"content": VALUE, "reasoning_content": VALUE}) | VALUE})
            | VALUE,
            max_size=2,
        )
        | VALUE,
        "data": st.lists(_maybe({"embedding": VALUE}) | VALUE, max_size=2) | VALUE,
        "usage": _maybe(
            {"prompt_tokens": VALUE, "completion_tokens": VALUE, "total_tokens": VALUE, "input_tokens": VALUE}
        )
        | VALUE,
        "error": _maybe({"code": VALUE, "message": VALUE, "type": VALUE}) | VALUE,
        "code": VALUE,
        "message": VALUE,
    }
)
ANSWER = _maybe(
    {
        "id": VALUE,
        "custom_id": VALUE,
        "response": _maybe({"status_code": VALUE, "request_id": VALUE, "body": ANSWER_BODY | VALUE}) | VALUE,
        "error": _maybe({"code": VALUE, "message": VALUE, "error_code": VALUE, "error_message": VALUE}) | VALUE,
    }
)


def _line(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")


LINES = st.lists(
    st.one_of(
        REQUEST.map(_line),
        JSON.map(_line),
        st.binary(max_size=80),
        st.sampled_from([b"", b"   ", b"\r", b"\xef\xbb\xbf", b"\x00", b"{", b"}", b"\xff\xfe"]),
    ),
    max_size=12,
)
SEPARATORS = st.sampled_from([b"\n", b"\r\n", b"\r"])


@pytest.fixture(params=["default", "orjson-only"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The validator with its optional simdjson fast path (when installed), and without it."""
    if request.param == "orjson-only":
        if getattr(validate_mod, "_simdjson", None) is None:
            pytest.skip("no optional fast parser installed: the default run is already orjson-only")
        monkeypatch.setattr(validate_mod, "_simdjson", None)
    return str(request.param)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("fuzz")


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _check_report(report: ValidationReport, data: bytes) -> None:
    assert isinstance(report, ValidationReport)
    assert report.bytes == len(data)
    assert all(isinstance(p, Problem) and p.message for p in report.problems)
    assert report.ok == (report.error_count == 0)
    assert report.requests <= report.lines
    assert sum(report.counts.values()) == report.error_count + report.warning_count
    json.dumps(report.to_json(), ensure_ascii=False)  # the CLI's --json never fails


# ---- the validator -------------------------------------------------------------------------------


def test_validator_survives_arbitrary_bytes(fuzz_dir: Path, parser: str) -> None:
    runs = 0

    @settings(parent=PROFILE, max_examples=250)
    @given(data=st.binary(max_size=3000) | st.builds(lambda ls, sep: sep.join(ls), LINES, SEPARATORS))
    def check(data: bytes) -> None:
        nonlocal runs
        runs += 1
        path = _write(fuzz_dir, "bytes.jsonl", data)
        _check_report(validate_jsonl(path), data)
        _check_report(validate_jsonl(path, endpoint="/v1/chat/completions", region=INTL, max_problems=3), data)

    check()
    assert runs >= 250
    record("hypothesis", f"validate_jsonl: arbitrary bytes ({parser})", examples=runs)


def test_validator_survives_arbitrary_json_lines(fuzz_dir: Path, parser: str) -> None:
    runs = 0

    @settings(parent=PROFILE, max_examples=300)
    @given(
        lines=st.lists(REQUEST | JSON, min_size=0, max_size=15),
        endpoint=st.none() | KNOWN_VALUES.filter(lambda v: isinstance(v, str) and v.startswith("/")),
    )
    def check(lines: list[Any], endpoint: str | None) -> None:
        nonlocal runs
        runs += 1
        data = b"".join(_line(obj) + b"\n" for obj in lines)
        path = _write(fuzz_dir, "json.jsonl", data)
        report = validate_jsonl(path, endpoint=endpoint, region=INTL)
        _check_report(report, data)
        assert report.requests == len(lines)  # json.dumps never writes a blank line
        if not lines:
            assert report.counts.get("empty_file") == 1
        valid_objects = [o for o in lines if isinstance(o, dict)]
        if len(valid_objects) < len(lines):
            assert not report.ok, "a line that is not an object must be an error"

    check()
    assert runs >= 300
    record("hypothesis", f"validate_jsonl: arbitrary JSON structures ({parser})", examples=runs)


# ---- results ---------------------------------------------------------------------------------------


def test_result_parser_never_raises_on_arbitrary_answers() -> None:
    runs = 0

    @settings(parent=PROFILE, max_examples=300)
    @given(obj=ANSWER | JSON)
    def check(obj: Any) -> None:
        nonlocal runs
        runs += 1
        answer = parse_result_line(obj, line=7)
        assert isinstance(answer, ParsedAnswer) and answer.line == 7
        assert answer.readable == isinstance(obj, dict)
        if answer.succeeded:
            assert not answer.error_code and not answer.error_message
        assert isinstance(answer.content, str) and isinstance(answer.error_message, str)

    check()
    record("hypothesis", "parse_result_line: arbitrary answers", examples=runs)


def test_result_files_and_join_never_raise(fuzz_dir: Path) -> None:
    runs = 0
    answer_lines = st.lists(st.one_of(ANSWER.map(_line), JSON.map(_line), st.binary(max_size=60)), max_size=10).map(
        lambda ls: b"\n".join(ls)
    )

    @settings(parent=PROFILE, max_examples=200)
    @given(
        requests=st.lists(REQUEST | JSON, max_size=10).map(lambda ls: b"".join(_line(o) + b"\n" for o in ls)),
        output=answer_lines,
        errors=st.none() | answer_lines,
        raw=st.binary(max_size=500),
    )
    def check(requests: bytes, output: bytes, errors: bytes | None, raw: bytes) -> None:
        nonlocal runs
        runs += 1
        input_path = _write(fuzz_dir, "in.jsonl", requests)
        output_path = _write(fuzz_dir, "out.jsonl", output)
        error_path = None if errors is None else _write(fuzz_dir, "err.jsonl", errors)
        assert all(isinstance(a, ParsedAnswer) for a in iter_result_file(_write(fuzz_dir, "raw.jsonl", raw)))
        with ResultsView.from_paths(input_path, output_path, error_path) as view:
            rows = list(view.iter_rows())
            s = view.summary()
        assert s.total == len(rows) == s.succeeded + s.failed + s.missing
        assert [r.index for r in rows] == list(range(len(rows)))
        assert all(r.status in RowStatus for r in rows)
        reference = join_results(input_path, output_path, error_path)  # the rules read plainly (tests only)
        assert rows == reference.rows and s == reference.summary

    check()
    record("hypothesis", "iter_result_file + ResultsView (= the reference join): arbitrary files", examples=runs)


# ---- the export --------------------------------------------------------------------------------------

TEXT = st.text(max_size=80) | st.sampled_from(
    ["=1+2", "+cmd", "-1.5", "@SUM(A1)", "\tx", "\rx", "＝x", "- item", "000123", "12345678901234567", "a\x00b"]
)
ROW = st.builds(
    lambda cid, status, texts, numbers: ResultRow(
        index=0,
        line=1,
        custom_id=cid,
        status=status,
        model=texts[0],
        prompt=texts[1],
        request_id=texts[2],
        error_code=texts[3],
        error_message=texts[4],
        content=texts[5],
        reasoning_content=texts[6],
        finish_reason=texts[7],
        status_code=numbers[0],
        prompt_tokens=numbers[1],
        completion_tokens=numbers[2],
        total_tokens=numbers[3],
    ),
    TEXT,
    st.sampled_from(list(RowStatus)),
    st.lists(TEXT, min_size=8, max_size=8),
    st.lists(st.none() | st.integers(min_value=-(2**40), max_value=2**40), min_size=4, max_size=4),
)


# Digit strings Excel would mangle may be wrapped as ="000123" (when the exporter has that rule).
_KEEP_AS_TEXT = getattr(export_mod, "excel_text", lambda value: value)


def _expected(row: ResultRow, column: str) -> str:
    value = getattr(row, column)
    if value is None:
        return ""
    return _KEEP_AS_TEXT(neutralize_cell(value)) if isinstance(value, str) else str(value)


def test_export_round_trips_arbitrary_unicode(fuzz_dir: Path) -> None:
    runs = 0
    columns = tuple(c for c in DEFAULT_COLUMNS if c != "created")
    assert set(columns) <= set(ALL_COLUMNS)

    @settings(parent=PROFILE, max_examples=250)
    @given(rows=st.lists(ROW, max_size=6))
    def check(rows: list[ResultRow]) -> None:
        nonlocal runs
        runs += 1
        dest = fuzz_dir / "export.csv"
        assert export_csv(rows, dest, columns) == len(rows)
        raw = dest.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        with open(dest, encoding="utf-8-sig", newline="") as handle:
            read = list(csv.reader(handle))
        assert read[0] == list(columns)
        assert read[1:] == [[_expected(row, c) for c in columns] for row in rows]
        assert not [p for p in os.listdir(fuzz_dir) if p.endswith(".part")]

    check()
    record("hypothesis", "export_csv: unicode round trip", examples=runs)
