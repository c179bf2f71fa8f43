"""Reconcile: every request succeeded / failed (with reason) / missing; verdicts; the indexed view."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson
import pytest

from desktop_app.core.answers.counts import count_answers
from desktop_app.core.answers.lineage import ResultsUnavailable, open_results
from desktop_app.core.answers.part_answers import PartAnswers
from desktop_app.core.answers.rows import ResultRow, RowStatus
from desktop_app.core.answers.source import SourceSpec, write_source_snapshot
from desktop_app.core.answers.verdict import Verdict, judge
from desktop_app.core.answers.view import AnswerLayer, ResultsView
from desktop_app.core.batch import BatchInfo
from desktop_app.core.ledger import Ledger
from tests.reference_join import join_results

DATA = Path(__file__).parent / "data"


def write_jsonl(path: Path, objs: list[Any]) -> Path:
    path.write_bytes(b"".join((o if isinstance(o, bytes) else orjson.dumps(o)) + b"\n" for o in objs))
    return path


def request(cid: str, text: str = "") -> dict[str, Any]:
    return {
        "custom_id": cid,
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": text or f"question {cid}"}]},
    }


def success(cid: str, content: str = "", reasoning: int | None = None) -> dict[str, Any]:
    usage: dict[str, Any] = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
    if reasoning is not None:
        usage["completion_tokens_details"] = {"reasoning_tokens": reasoning}
    return {
        "id": f"rid-{cid}",
        "custom_id": cid,
        "response": {
            "status_code": 200,
            "request_id": f"rid-{cid}",
            "body": {
                "created": 1743562621,
                "usage": usage,
                "model": "qwen-plus",
                "choices": [{"finish_reason": "stop", "index": 0, "message": {"content": content or f"answer {cid}"}}],
            },
        },
        "error": None,
    }


def documented_error(cid: str) -> dict[str, Any]:
    return {
        "id": f"e-{cid}",
        "custom_id": cid,
        "response": None,
        "error": {"code": "InvalidParameter", "message": f"bad {cid}"},
    }


def vendor_script_error(cid: str) -> dict[str, Any]:
    return {"id": f"e-{cid}", "custom_id": cid, "error": {"error_code": "Throttling", "error_message": f"slow {cid}"}}


@pytest.fixture
def ids() -> list[str]:
    return [f"id-{i:03d}" for i in range(60)]


# ---- the view against the reference join ------------------------------------------------------


def test_shuffled_duplicated_partial_output_matches_the_reference_join(tmp_path: Path, ids: list[str]) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in ids])
    rng = random.Random(7)
    answered = [c for c in ids if rng.random() < 0.7]
    lines: list[Any] = [success(c) for c in answered]
    lines += [success(c, "a later duplicate") for c in answered[:5]]  # duplicates: the first one wins
    lines += [success("not-in-input"), {"response": {"status_code": 200, "body": {}}}, b"{cut off"]
    rng.shuffle(lines)
    out = write_jsonl(tmp_path / "out.jsonl", lines)
    failed = [c for c in ids if c not in answered][:6]
    err = write_jsonl(
        tmp_path / "err.jsonl",
        [documented_error(c) for c in failed[:3]] + [vendor_script_error(c) for c in failed[3:]],
    )
    reference = join_results(inp, out, err)
    with ResultsView.from_paths(inp, out, err) as view:
        assert len(view) == len(ids)
        assert list(view.iter_rows()) == reference.rows
        assert view.rows(10, 5) == reference.rows[10:15]
        assert view.summary().to_json() == reference.summary.to_json()
        summary = view.summary()
        assert summary.duplicates == 5 and summary.unknown == 1 and summary.without_id == 1
        assert summary.unreadable == 1
        assert summary.succeeded == len(answered) and summary.failed == 6
        assert summary.missing == len(ids) - len(answered) - 6
        by_id = {r.custom_id: r for r in view.iter_rows()}
        assert by_id[failed[0]].error_code == "InvalidParameter"  # documented shape
        assert by_id[failed[4]].error_code == "Throttling"  # the vendor script's shape
        assert by_id[failed[4]].error_message == f"slow {failed[4]}"
        assert all(by_id[c].content == f"answer {c}" for c in answered[5:])


def test_quick_status_then_exact_status_and_filter(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in "abcd"])
    # "b" is in the output file but its status code says it failed.
    odd = success("b")
    odd["response"]["status_code"] = 500
    out = write_jsonl(tmp_path / "out.jsonl", [success("a"), odd])
    err = write_jsonl(tmp_path / "err.jsonl", [documented_error("c")])
    with ResultsView.from_paths(inp, out, err) as view:
        assert [view.quick_status(i) for i in range(4)] == [
            RowStatus.SUCCEEDED,
            RowStatus.SUCCEEDED,  # provisional: in the output file
            RowStatus.FAILED,
            RowStatus.MISSING,
        ]
        assert view.row(1).status is RowStatus.FAILED  # a parsed row is always exact
        assert view.statuses() == [RowStatus.SUCCEEDED, RowStatus.FAILED, RowStatus.FAILED, RowStatus.MISSING]
        assert view.quick_status(1) is RowStatus.FAILED
        assert view.filter({RowStatus.FAILED, RowStatus.MISSING}) == [1, 2, 3]
        assert [r.custom_id for r in view.iter_rows({RowStatus.SUCCEEDED})] == ["a"]
        assert view.counts() == {RowStatus.SUCCEEDED: 1, RowStatus.FAILED: 2, RowStatus.MISSING: 1}


def test_ids_with_escapes_numbers_and_unusual_lines(tmp_path: Path) -> None:
    tricky = 'quote"and\\slash 你好'
    inp = write_jsonl(
        tmp_path / "in.jsonl",
        [request(tricky), request("plain"), {"custom_id": 7, "body": {}}, b'  {"custom_id" : "spaced", "body": {}}'],
    )
    content = success("plain", 'mentions "custom_id":"fake" inside the text')
    out = write_jsonl(
        tmp_path / "out.jsonl",
        [success(tricky), content, {"custom_id": "spaced", "response": {"status_code": 200, "body": {}}}],
    )
    reference = join_results(inp, out, None)
    with ResultsView.from_paths(inp, out, None) as view:
        assert list(view.iter_rows()) == reference.rows
        assert [r.custom_id for r in view.iter_rows()] == [tricky, "plain", "spaced"]
        assert view.row(1).content == 'mentions "custom_id":"fake" inside the text'
        assert view.summary().input_skipped == 1


def test_rows_are_cached_and_bounds_checked(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in "ab"])
    with ResultsView.from_paths(inp, None, None) as view:
        assert view.row(0) is view.row(0)
        with pytest.raises(IndexError):
            view.row(2)
        assert view.rows(1, 10) == [view.row(1)]
        assert view.answer_bytes(0) is None
        assert view.input_bytes(1) == orjson.dumps(request("b"))


# ---- verdicts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected", "ok", "bad", "verdict"),
    [
        ("in_progress", 10, 3, 0, Verdict.NOT_FINISHED),
        ("finalizing", 10, 10, 0, Verdict.NOT_FINISHED),
        ("completed", 10, 10, 0, Verdict.COMPLETE),
        ("completed", 10, 8, 2, Verdict.COMPLETE_WITH_FAILURES),
        ("completed", 10, 7, 2, Verdict.INCOMPLETE),  # "completed", but one answer is missing
        ("completed", None, 0, 0, Verdict.INCOMPLETE),  # completed with empty files
        ("expired", 10, 4, 1, Verdict.PARTIAL),
        ("cancelled", 10, 3, 0, Verdict.PARTIAL),
        ("cancelled", 10, 0, 0, Verdict.NO_ANSWERS),
        ("expired", 10, 10, 0, Verdict.COMPLETE),
        ("failed", 10, 0, 0, Verdict.FAILED),
        ("weird_new_status", 10, 0, 0, Verdict.NOT_FINISHED),
    ],
)
def test_judge(status: str, expected: int | None, ok: int, bad: int, verdict: Verdict) -> None:
    assert judge(status, expected, ok, bad) is verdict


def test_completed_but_lacking_lines_is_incomplete(tmp_path: Path, ids: list[str]) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in ids])
    out = write_jsonl(tmp_path / "out.jsonl", [success(c) for c in ids[:-3]])
    with ResultsView.from_paths(inp, out, None) as view:
        report = view.reconcile("completed")
    assert report.verdict is Verdict.INCOMPLETE and report.verdict.needs_attention
    assert report.missing == 3 and report.missing_examples == tuple(ids[-3:])
    assert "not done" in report.message


@pytest.mark.parametrize("status", ["expired", "cancelled"])
def test_expired_and_cancelled_partials(tmp_path: Path, ids: list[str], status: str) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in ids])
    out = write_jsonl(tmp_path / "out.jsonl", [success(c) for c in ids[:20]])
    err = write_jsonl(tmp_path / "err.jsonl", [documented_error(ids[20])])
    with ResultsView.from_paths(inp, out, err) as view:
        report = view.reconcile(status)
        assert report.verdict is Verdict.PARTIAL
        assert (report.succeeded, report.failed, report.missing) == (20, 1, len(ids) - 21)
        assert report.failed_examples == ((ids[20], f"InvalidParameter: bad {ids[20]}"),)
        # Answers already given are kept, in input order, next to the never-run ones.
        rows = view.rows(18, 4)
        assert [r.status for r in rows] == [RowStatus.SUCCEEDED] * 2 + [RowStatus.FAILED, RowStatus.MISSING]
    counts = count_answers(out, err)
    assert judge(status, len(ids), counts.succeeded, counts.failed) is Verdict.PARTIAL


def test_job_without_input_is_judged_against_the_server_total(tmp_path: Path) -> None:
    out = write_jsonl(tmp_path / "out.jsonl", [success("x"), success("y")])
    err = write_jsonl(tmp_path / "err.jsonl", [vendor_script_error("z")])
    with ResultsView.from_paths(None, out, err) as view:
        assert not view.has_input and [r.custom_id for r in view.iter_rows()] == ["x", "y", "z"]
        assert view.row(2).status is RowStatus.FAILED and view.row(0).prompt == ""
        report = view.reconcile("completed", server_total=5)
    assert report.verdict is Verdict.INCOMPLETE and report.missing == 2 and report.total == 5


def test_moved_input_is_explained(tmp_path: Path) -> None:
    out = write_jsonl(tmp_path / "out.jsonl", [success("x")])
    with ResultsView.from_paths(tmp_path / "gone.jsonl", out, None) as view:
        assert not view.has_input and "not there any more" in view.input_problem
        assert len(view) == 1


# ---- usage ------------------------------------------------------------------------------------


def test_count_answers_sums_usage_of_successful_lines(tmp_path: Path) -> None:
    out = write_jsonl(
        tmp_path / "out.jsonl",
        [
            success("a", reasoning=3),
            success("b"),
            success("a"),
            {"custom_id": "c", "response": {"status_code": 400, "body": {}}},
        ],
    )
    err = write_jsonl(tmp_path / "err.jsonl", [documented_error("d"), success("e")])
    counts = count_answers(out, err)
    assert (counts.succeeded, counts.failed, counts.duplicates) == (2, 3, 1)
    assert (counts.prompt_tokens, counts.completion_tokens, counts.total_tokens) == (20, 10, 30)
    assert counts.reasoning_tokens == 3
    assert count_answers(None, tmp_path / "missing.jsonl").answered == 0


def test_vendor_sample_usage() -> None:
    counts = count_answers(DATA / "seed002_output_test_model.jsonl", None)
    assert (counts.succeeded, counts.prompt_tokens, counts.completion_tokens, counts.total_tokens) == (2, 40, 12, 52)


# ---- the source spreadsheet -------------------------------------------------------------------


def test_source_snapshot_columns_join_by_custom_id(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in ("0012", "0013", "0014")])
    out = write_jsonl(tmp_path / "out.jsonl", [success("0013"), success("0012")])
    snapshot = tmp_path / "rows.jsonl"
    write_source_snapshot(snapshot, [("0012", ["0012", "東京", 3]), ("0013", ["0013", "大阪", None])])
    spec = SourceSpec(
        path=str(tmp_path / "table.xlsx"), columns=("ID", "City", "N"), id_column="ID", rows_path=str(snapshot)
    )
    assert SourceSpec.from_json(spec.to_json()) == spec
    assert SourceSpec.from_json({}) is None and SourceSpec.from_json({"kind": "other", "path": "x"}) is None
    with ResultsView.from_paths(inp, out, None, source=spec) as view:
        assert view.source_columns == ("ID", "City", "N")
        assert [r.source for r in view.iter_rows()] == [("0012", "東京", "3"), ("0013", "大阪", ""), ("", "", "")]


def test_source_read_from_the_csv_table_itself(tmp_path: Path) -> None:
    table = tmp_path / "table.csv"
    table.write_text("Name,Question,Note\nAda,q1,x\nBo,q2,y\n", encoding="utf-8")
    inp = write_jsonl(tmp_path / "in.jsonl", [request("row-2"), request("row-3")])
    spec = SourceSpec(path=str(table), id_template="row-{row}")
    with ResultsView.from_paths(inp, None, None, source=spec) as view:
        assert view.source_columns == ("Name", "Question", "Note")
        assert [r.source for r in view.iter_rows()] == [("Ada", "q1", "x"), ("Bo", "q2", "y")]
    broken = SourceSpec(path=str(table), id_column="Nope")
    with ResultsView.from_paths(inp, None, None, source=broken) as view:
        assert view.source_columns == () and "could not be read" in view.input_problem
        assert view.row(0).source == ()


# ---- from the ledger --------------------------------------------------------------------------


def test_open_results_from_the_ledger(tmp_path: Path, ledger: Ledger) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in "ab"])
    out = write_jsonl(tmp_path / "out.jsonl", [success("b")])
    job_id = ledger.record_intent(region_id="sandbox", name="j", input_path=inp)
    job = ledger.record_created(job_id, BatchInfo.from_api({"id": "batch_1", "status": "completed"}))
    with pytest.raises(ResultsUnavailable):
        open_results(ledger, job)
    job = ledger.record_results(job.id, out, None)
    with open_results(ledger, job) as view:
        assert [r.status for r in view.iter_rows()] == [RowStatus.MISSING, RowStatus.SUCCEEDED]
        assert view.reconcile(job.status).verdict is Verdict.INCOMPLETE


# ---- the fast paths give exactly what the general ones give -----------------------------------


def _variants() -> list[Any]:
    base = success("v")
    variants: list[Any] = [base]

    def tweak(path: list[Any], value: Any) -> None:
        obj = orjson.loads(orjson.dumps(base))
        target = obj
        for key in path[:-1]:
            target = target[key]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value
        variants.append(obj)

    body = ["response", "body"]
    for path, value in [
        (["error"], KeyError),
        (["error"], {}),
        (["error"], {"code": "E"}),
        (["error"], ""),
        (["id"], KeyError),
        (["response", "request_id"], KeyError),
        (["response", "request_id"], 7),
        (["response", "status_code"], 201),
        (["response", "status_code"], 400),
        (["response", "status_code"], "200"),
        (["response", "status_code"], True),
        ([*body, "error"], {"message": "x"}),
        ([*body, "data"], [{"embedding": [0.1, 0.2]}]),
        ([*body, "model"], None),
        ([*body, "model"], 5),
        ([*body, "created"], None),
        ([*body, "created"], "1743562621"),
        ([*body, "usage"], KeyError),
        ([*body, "usage", "prompt_tokens"], KeyError),
        ([*body, "usage", "total_tokens"], 1.5),
        ([*body, "usage", "completion_tokens_details"], {"reasoning_tokens": 4}),
        ([*body, "choices"], []),
        ([*body, "choices"], {"0": {}}),
        ([*body, "choices", 0, "finish_reason"], None),
        ([*body, "choices", 0, "finish_reason"], 1),
        ([*body, "choices", 0, "message", "content"], None),
        ([*body, "choices", 0, "message", "content"], [{"type": "text", "text": "parts"}]),
        ([*body, "choices", 0, "message", "reasoning_content"], "thinking"),
        ([*body, "choices", 0, "message", "reasoning_content"], 3),
        ([*body, "choices", 0, "message"], "text"),
        (["custom_id"], 12),
        (["custom_id"], ""),
        (["response"], None),
        (["response", "body"], []),
    ]:
        tweak(path, value)
    return [*variants, [], "text", None]


def test_plain_chat_values_agree_with_the_general_parser() -> None:
    from desktop_app.core.answers.parse import _parse_any, answer_values, parse_result_line, plain_chat_values

    for obj in _variants():
        general = _parse_any(obj, 3)
        assert parse_result_line(obj, line=3) == general, obj
        fast = plain_chat_values(obj)
        if fast is not None:
            assert fast == answer_values(general), obj


def test_view_export_fast_path_writes_the_same_bytes(tmp_path: Path) -> None:
    from desktop_app.core.export import ALL_COLUMNS, DEFAULT_COLUMNS, export_csv

    lines = _variants()[:-3]
    ids = [f"{i:03d}" for i in range(len(lines))]
    for cid, line in zip(ids, lines, strict=True):
        if isinstance(line, dict) and "custom_id" in line and line["custom_id"] == "v":
            line["custom_id"] = cid
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c, f"=q {c}") for c in [*ids, "never"]])
    out = write_jsonl(tmp_path / "out.jsonl", lines[::-1])
    err = write_jsonl(tmp_path / "err.jsonl", [documented_error("001"), success("002")])
    rerun = write_jsonl(tmp_path / "rerun.jsonl", [success("003", "newer")])
    snapshot = tmp_path / "rows.jsonl"
    write_source_snapshot(snapshot, [(c, [c, "=x"]) for c in ids])
    spec = SourceSpec(path="t.csv", columns=("ID", "F"), id_column="ID", rows_path=str(snapshot))
    layers = [AnswerLayer(rerun, None, "batch_rerun")]
    for columns in (DEFAULT_COLUMNS, ALL_COLUMNS, ("created",)):
        with ResultsView.from_paths(inp, out, err, reruns=layers, source=spec) as view:
            export_csv(view, tmp_path / "fast.csv", columns)
            rows = list(view.rows(0, len(view)))
            export_csv(rows, tmp_path / "slow.csv", columns, source_columns=view.source_columns)
            assert [ResultRow(*t) for t in view.iter_row_tuples()] == rows
        assert (tmp_path / "fast.csv").read_bytes() == (tmp_path / "slow.csv").read_bytes()


def test_an_export_pass_counts_the_summary_the_status_pass_would(tmp_path: Path, ids: list[str]) -> None:
    """The CLI export reads each file once: the summary it prints comes from that pass (issue 13),
    and must equal the index + status pass's on a file with every oddity the summary counts."""
    inp = write_jsonl(
        tmp_path / "in.jsonl",
        [request(c) for c in ids]
        + [request(ids[0]), {"custom_id": 7, "body": {}}, b"{broken", b"", b"   ", b"[1]"],  # repeats, skips
    )
    rng = random.Random(3)
    answered = [c for c in ids if rng.random() < 0.6]
    lines: list[Any] = [success(c) for c in answered] + [success(c, "again") for c in answered[:4]]
    lines += [success("not-in-input"), success("also-unknown"), {"response": {"status_code": 200}}]
    lines += [b"{cut off", b"", b"[]", {"custom_id": "odd", "response": "not an object"}]
    rng.shuffle(lines)
    out = write_jsonl(tmp_path / "out.jsonl", lines)
    failed = [c for c in ids if c not in answered][:5]
    err = write_jsonl(tmp_path / "err.jsonl", [documented_error(c) for c in failed] + [documented_error(answered[0])])
    with ResultsView.from_paths(inp, out, err) as reference:
        expected = reference.summary()  # the index and the status pass
    with ResultsView.from_paths(inp, out, err) as view:
        rows = list(view.iter_row_tuples())
        tally = view.summary()
        assert view._statuses is None  # no second (status) pass ran for it
    assert tally.to_json() == expected.to_json()
    assert len(rows) == tally.total == len(ids) + 1
    assert tally.unknown == 3 and tally.input_duplicates == 1 and tally.input_skipped == 3
    assert tally.duplicates == 5 and tally.without_id == 1 and tally.unreadable >= 2


def test_a_group_is_joined_part_by_part_with_the_same_rows_as_one_join(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A million rows in 20 parts (issue 13): the merged export holds one part's answers at a time,
    and gives exactly the rows of the global join — re-runs of a part included."""
    inputs, layers = [], []
    for part in range(3):
        ids = [f"p{part}-{i}" for i in range(30)]
        inputs.append(write_jsonl(tmp_path / f"in{part}.jsonl", [request(c) for c in ids]))
        answered = ids[:25]
        rng = random.Random(part)
        rng.shuffle(answered)
        out = write_jsonl(tmp_path / f"out{part}.jsonl", [success(c) for c in answered[:22]])
        err = write_jsonl(tmp_path / f"err{part}.jsonl", [documented_error(c) for c in answered[22:]])
        layers.append(AnswerLayer(out, err))
    rerun = write_jsonl(tmp_path / "rerun1.jsonl", [success("p1-26", "fixed by the re-run"), success("p1-0", "newer")])
    layers.append(AnswerLayer(rerun, None, label="batch_rerun"))
    part_layers = [[0], [1, 3], [2]]
    with ResultsView(inputs, layers) as whole:
        expected = list(whole.iter_rows())
    loaded: list[object] = []
    real = PartAnswers.read

    def spy(self: PartAnswers, files: Any) -> None:
        files = list(files)
        loaded.append(frozenset(layer for layer, _, _, _ in files))
        real(self, files)

    monkeypatch.setattr(PartAnswers, "read", spy)
    with ResultsView(inputs, layers, part_layers=part_layers) as parts:
        rows = list(parts.iter_rows())
    assert rows == expected
    assert loaded == [frozenset({0}), frozenset({1, 3}), frozenset({2})]  # one part's answers at a time
    by_id = {r.custom_id: r for r in rows}
    assert by_id["p1-26"].content == "fixed by the re-run" and by_id["p1-26"].answered_by == "batch_rerun"
    assert by_id["p1-0"].content == "newer"
    assert [r.index for r in rows] == list(range(90))
    # Without re-runs each part is a one-layer join: the pass counts the summary too (no status pass).
    with ResultsView(inputs, layers[:3]) as whole:
        expected_summary = whole.summary().to_json()
    with ResultsView(inputs, layers[:3], part_layers=[[0], [1], [2]]) as parts:
        list(parts.iter_row_tuples())
        assert parts.summary().to_json() == expected_summary
        assert parts._statuses is None


def _expand(items: Any) -> list[tuple[Any, ...]]:
    from desktop_app.core.answers.scan import IdRun

    out: list[tuple[Any, ...]] = []
    for item in items:
        if type(item) is IdRun:
            for i, cid in enumerate(item.cids):
                out.append((item.first_line + i, item.offsets[i], item.lengths[i], True, cid, True))
        else:
            out.append(tuple(item))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_the_run_scanner_finds_what_the_line_scanner_finds(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """The results window's index reads lines in C-level runs; every odd line (BOM, CR LF, blank, escaped
    or numeric ids, the key twice or not at all, a line longer than a run) must come out exactly as the
    line-by-line scanner gives it, across run boundaries."""
    from desktop_app.core.answers import scan

    rng = random.Random(seed)
    shapes = [
        lambda n: b'{"custom_id":"r%d","response":{"body":{"x":"' % n + b"y" * rng.randrange(0, 300) + b'"}}}',
        lambda n: b'{"id":"a","custom_id": "r%d","x":1}' % n,
        lambda n: b'{"custom_id":"r\\u00e9%d"}' % n,
        lambda n: b'{"custom_id":%d}' % n,
        lambda n: b'{"custom_id":"r%d","nested":{"custom_id":"z"}}' % n,
        lambda n: b'{"nested":{"custom_id":"r%d"},"x":1}' % n,  # no id of its own
        lambda n: b'{"a":[1],"custom_id":"r%d"}' % n,  # after a list: the parser decides
        lambda n: b'{"no_id":%d}' % n,
        lambda n: b"",
        lambda n: b"   ",
        lambda n: b"not json %d" % n,
        lambda n: b'{"custom_id":""}',
        lambda n: b'{"custom_id":"r%d"}\r' % n,
        lambda n: b'{"custom_id":"long%d","pad":"' % n + b"p" * 5000 + b'"}',
    ]
    weights = [40, 10, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 3, 1]
    lines = [rng.choices(shapes, weights)[0](n) for n in range(600)]
    data = b"\n".join(lines) + (b"\n" if seed % 2 else b"")
    if seed % 3 == 0:
        data = b"\xef\xbb\xbf" + data
    if seed == 4:  # every line CR LF
        data = b"".join(b'{"custom_id":"c%d"}\r\n' % n for n in range(300))
    monkeypatch.setattr(scan, "_RUN_BYTES", 1024 + seed * 700)
    expected = list(scan.id_lines(data))
    assert _expand(scan.id_runs(data)) == expected
    assert len(expected) > 200
    assert any(type(item) is scan.IdRun for item in scan.id_runs(data))


def test_the_first_rows_are_indexed_without_the_rest_and_agree_with_the_full_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``ensure_rows`` indexes the answers and only the first input rows (the results window shows them
    at once on 200,000 rows); finishing later gives exactly the rows and counts of one full index."""
    from desktop_app.core.answers import scan

    monkeypatch.setattr(scan, "_RUN_BYTES", 2048)
    rng = random.Random(3)
    ids = [f"r{n}" for n in range(400)] + ["r7"]  # one id repeated
    inputs = "".join(
        orjson.dumps(
            {"custom_id": cid, "body": {"model": "m", "messages": [{"role": "user", "content": cid}]}}
        ).decode()
        + "\n"
        for cid in ids
    )
    answered = [cid for cid in ids[:400] if cid not in ("r5", "r300")] + ["stranger"]
    rng.shuffle(answered)
    output = "".join(
        orjson.dumps(
            {"custom_id": cid, "response": {"status_code": 200, "body": {"choices": [{"message": {"content": cid}}]}}}
        ).decode()
        + "\n"
        for cid in answered
    )
    (tmp_path / "in.jsonl").write_text(inputs + "\n", encoding="utf-8")
    (tmp_path / "out.jsonl").write_text(output, encoding="utf-8")
    with (
        ResultsView.from_paths(tmp_path / "in.jsonl", tmp_path / "out.jsonl") as partial,
        ResultsView.from_paths(tmp_path / "in.jsonl", tmp_path / "out.jsonl") as whole,
    ):
        shown = partial.ensure_rows(20)
        assert 20 <= shown < 100 and not partial.index_complete
        assert partial.row(0).content == "r0" and partial.custom_id(5) == "r5"
        assert partial.quick_status(5) is RowStatus.MISSING and partial.row(5).status is RowStatus.MISSING
        assert not partial.index_complete, "reading the first rows does not index the rest"
        assert partial.row(350).content == "r350", "a later row indexes only as far as it"
        assert len(partial) == len(whole) == 401 and partial.index_complete
        assert [partial.row(i) for i in range(401)] == [whole.row(i) for i in range(401)]
        assert partial.summary_index == whole.summary_index
        assert partial.summary_index.input_duplicates == 1 and partial.summary_index.unknown == 1
        assert partial.summary() == whole.summary()


def test_the_saved_answer_index_opens_the_same_rows_and_is_ignored_once_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answers' index is saved next to them (download, or the first opening of the app's own files):
    the next opening reads no answer line to find the rows, shows exactly the same rows, and an index that
    no longer matches its file (answers replaced, a torn write) is never used."""
    from desktop_app.core.answers import index, view

    ids = [f"r{n}" for n in range(300)]
    (tmp_path / "in.jsonl").write_text(
        "".join(orjson.dumps({"custom_id": cid, "body": {"model": "m"}}).decode() + "\n" for cid in ids),
        encoding="utf-8",
    )
    answered = [cid for cid in ids if cid != "r9"] + ["r3"]  # r3 twice: the first wins
    random.Random(2).shuffle(answered)

    def answer(cid: str, text: str) -> str:
        body = {"choices": [{"message": {"content": text}}]}
        return orjson.dumps({"custom_id": cid, "response": {"status_code": 200, "body": body}}).decode() + "\n"

    out = tmp_path / "out.jsonl"
    out.write_text("".join(answer(cid, f"a {cid} {n}") for n, cid in enumerate(answered)), encoding="utf-8")
    with ResultsView.from_paths(tmp_path / "in.jsonl", out) as plain:
        expected = [plain.row(i) for i in range(len(plain))]
        expected_summary = plain.summary()
    assert not (tmp_path / "out.jsonl.rowindex").exists(), "files that are not the app's own get no index"

    with ResultsView([tmp_path / "in.jsonl"], [view.AnswerLayer(out, None)], save_index=True) as first:
        assert [first.row(i) for i in range(len(first))] == expected
    assert (tmp_path / "out.jsonl.rowindex").is_file(), "the app's own answers: saved at the first opening"

    scans: list[int] = []
    real_runs = view.id_runs

    def counting_runs(buf: Any) -> Any:
        scans.append(len(buf))
        return real_runs(buf)

    monkeypatch.setattr(view, "id_runs", counting_runs)
    with ResultsView.from_paths(tmp_path / "in.jsonl", out) as again:
        assert [again.row(i) for i in range(len(again))] == expected
        assert again.summary() == expected_summary and again.summary_index.duplicates == 1
    assert scans == [(tmp_path / "in.jsonl").stat().st_size], "only the input was read for the index"

    # New answers in the same place: the old index does not match the file and is not used.
    out.write_text("".join(answer(cid, f"new {cid}") for cid in reversed(ids)), encoding="utf-8")
    with ResultsView.from_paths(tmp_path / "in.jsonl", out) as fresh:
        assert fresh.row(9).content == "new r9" and fresh.row(0).content == "new r0"
    # A torn index file is ignored too.
    assert index.save_answer_index(out)
    saved = tmp_path / "out.jsonl.rowindex"
    whole = saved.read_bytes()
    for cut in (1, 50, len(whole) - 10):
        saved.write_bytes(whole[:-cut])
        assert index.load_answer_index(out) is None
    with ResultsView.from_paths(tmp_path / "in.jsonl", out) as torn:
        assert torn.row(299).content == "new r299"
    # A file with an unusual line gets no index (it is read line by line each time).
    odd = tmp_path / "odd.jsonl"
    odd.write_text(answer("r1", "x") + "not json\n", encoding="utf-8")
    assert not index.save_answer_index(odd) and not (tmp_path / "odd.jsonl.rowindex").exists()


def test_a_moved_table_without_its_snapshot_still_opens_the_answers(tmp_path: Path) -> None:
    """The table reader's FileMissingError is no OSError: the view still opens, without the sheet's columns."""
    inp = write_jsonl(tmp_path / "in.jsonl", [request("row-2"), request("row-3")])
    moved = SourceSpec(path=str(tmp_path / "moved away.csv"), id_template="row-{row}")
    with ResultsView.from_paths(inp, None, None, source=moved) as view:
        assert view.source_columns == () and len(view) == 2
        assert view.input_note is not None and view.input_note.key == "answers.source_unreadable"
        assert "moved away.csv could not be read (The file " in view.input_problem


def test_the_snapshot_has_one_writer(tmp_path: Path) -> None:
    """The build pass and write_source_snapshot write the same bytes, a broken character as "?" in both
    (write_source_snapshot raised on one), and the results read them back."""
    from desktop_app.core.builder.source import snapshot_lines

    rows = [(2, ("0012", "東京")), (3, ("0013", "bad \ud800 half"))]
    built = snapshot_lines(rows, 0)  # type: ignore[arg-type]
    written = tmp_path / "rows.jsonl"
    assert write_source_snapshot(written, [(cells[0], list(cells)) for _, cells in rows]) == 2
    assert written.read_bytes() == built
    spec = SourceSpec(path=str(tmp_path / "gone.csv"), columns=("id", "city"), id_column="id", rows_path=str(written))
    inp = write_jsonl(tmp_path / "in.jsonl", [request("0012"), request("0013")])
    with ResultsView.from_paths(inp, None, None, source=spec) as view:
        assert [r.source for r in view.iter_rows()] == [("0012", "東京"), ("0013", "bad ? half")]


def test_a_saved_answer_index_is_added_in_bounded_slices_with_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13: the results window's index worker added a saved index of 196,000 ids in single C calls
    (``set``, ``dict.update``) that held the interpreter 20–40 ms while the window waited. The ids go in
    slices now; the rows and counts are those of the file read line by line, also when repeated ids
    fall inside one slice or across two."""
    from desktop_app.core.answers import index, view

    ids = [f"r{n}" for n in range(300)]
    write_jsonl(tmp_path / "in.jsonl", [request(cid) for cid in ids])
    answered = [cid for cid in ids if cid not in ("r9", "r200")]
    random.Random(5).shuffle(answered)
    answered[40:40] = ["r3", answered[41]]  # r3 again far from its first answer; one repeated next to itself
    out = write_jsonl(tmp_path / "out.jsonl", [success(cid, f"a {cid} {n}") for n, cid in enumerate(answered)])
    err = write_jsonl(tmp_path / "err.jsonl", [documented_error(cid) for cid in ("r9", "r5", "r250")])
    with ResultsView.from_paths(tmp_path / "in.jsonl", out, err) as plain:
        expected = [plain.row(i) for i in range(len(plain))]
        expected_summary = plain.summary()
    assert expected_summary.duplicates == 4  # r3, the neighbour, and r5 / r250 answered in both files
    assert index.save_answer_index(out) and index.save_answer_index(err)

    whole_passes: list[int] = []

    class WatchedIds(list[str]):
        def __iter__(self) -> Any:
            whole_passes.append(len(self))  # a C call over every saved id at once
            return super().__iter__()

    real_load = view.load_answer_index

    def watched_load(path: Path) -> Any:
        saved = real_load(path)
        assert saved is not None, "the saved index is used"
        return saved._replace(cids=WatchedIds(saved.cids))

    monkeypatch.setattr(view, "load_answer_index", watched_load)
    monkeypatch.setattr(view, "ANSWER_SLICE", 7)
    with ResultsView.from_paths(tmp_path / "in.jsonl", out, err) as sliced:
        assert [sliced.row(i) for i in range(len(sliced))] == expected
        assert sliced.summary() == expected_summary
    assert whole_passes == [], "no single call went over the whole saved index"
