"""A group's merged export holds each part's answers by place and parses one when its row is written
(issue 13, round 8): the rows and counts are exactly the single full pass's — whatever the server sent —
a part's answers take a fraction of their parsed size, and a file changed under the pass never gives
a row another row's answer."""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core.answers.index import save_answer_index
from desktop_app.core.answers.part_answers import PartAnswers
from desktop_app.core.answers.rows import JoinSummary, RowStatus
from desktop_app.core.answers.view import AnswerLayer, ResultsView
from tests.test_reconcile import documented_error, request, success, write_jsonl


def _odd_group(folder: Path) -> tuple[list[Path], list[AnswerLayer]]:
    """Three parts whose answer files hold what a careless or hostile server may send: lines that are
    not JSON, a JSON array, blank lines, an answer without an id, a number as id, an id answered twice in
    one file and in both files of a part, an answer of no row, a BOM and CR LF line ends."""
    inputs, layers = [], []
    for part in range(3):
        ids = [f"p{part}-{n}" for n in range(40)] + ([f"{part}0042"] if part == 1 else [])
        inputs.append(write_jsonl(folder / f"in{part}.jsonl", [request(c) for c in ids]))
        answered = [c for c in ids if not c.endswith("7") and c != "10042"]
        random.Random(part).shuffle(answered)
        lines: list[Any] = [success(c, f"answer of {c} " * (n % 5 + 1)) for n, c in enumerate(answered[4:])]
        lines[3:3] = [b"not json at all", b"[1, 2]", b"", {"id": "x", "response": None}]
        lines.append(success(answered[4], "second"))  # answered above: the first answer wins
        lines.append(success(f"nowhere-{part}", "an answer of no row"))
        errors: list[Any] = [documented_error(c) for c in answered[:4]] + [documented_error(ids[11])]
        if part == 1:
            number = success("x", "numbered")
            number["custom_id"] = 10042
            lines.append(number)
        out = write_jsonl(folder / f"out{part}.jsonl", lines)
        err = write_jsonl(folder / f"err{part}.jsonl", errors)
        if part == 2:  # written on Windows: a BOM and CR LF
            out.write_bytes(b"\xef\xbb\xbf" + out.read_bytes().replace(b"\n", b"\r\n"))
        layers.append(AnswerLayer(out, err))
    return inputs, layers


def test_a_groups_rows_and_counts_are_the_single_passs_whatever_the_server_sent(tmp_path: Path) -> None:
    inputs, layers = _odd_group(tmp_path)
    with ResultsView(inputs, layers) as whole:
        expected_rows = list(whole.iter_row_tuples())
        expected = whole.summary()
    with ResultsView(inputs, layers, part_layers=[[0], [1], [2]]) as parts:
        rows = list(parts.iter_row_tuples())
        summary = parts.summary()
        assert parts._statuses is None  # the pass counted everything itself
    assert rows == expected_rows
    assert summary.to_json() == expected.to_json()
    assert summary.unreadable == 6 and summary.without_id == 3 and summary.duplicates == 6
    assert summary.unknown == 3
    by_id = {row[2]: row for row in rows}
    assert by_id["10042"][11] == "numbered"  # the answer whose id was a number
    assert "second" not in {row[11] for row in rows}


def test_a_newer_layers_answer_wins_and_an_older_one_still_counts(tmp_path: Path) -> None:
    inputs, layers = _odd_group(tmp_path)
    rerun = write_jsonl(tmp_path / "rerun.jsonl", [success("p1-7", "the re-run's"), b"{broken", success("p1-11", "ok")])
    layers.append(AnswerLayer(rerun, None, "batch_rerun"))
    with ResultsView(inputs, layers) as whole:
        expected = list(whole.iter_rows())
    with ResultsView(inputs, layers, part_layers=[[0], [1, 3], [2]]) as parts:
        rows = list(parts.iter_rows())
    assert rows == expected
    by_id = {row.custom_id: row for row in rows}
    assert (by_id["p1-7"].content, by_id["p1-7"].answered_by) == ("the re-run's", "batch_rerun")
    assert by_id["p1-11"].status.value == "succeeded" and by_id["p1-11"].answered_by == "batch_rerun"


def test_a_parts_answers_take_a_fraction_of_their_parsed_size(tmp_path: Path) -> None:
    """One part of 5,000 answers of ~1,000 characters (answers are often longer): parsed, they took
    about 1.2 times the file's bytes; by place, a small fraction — and each row still gets its text."""
    ids = [f"row-{n:05d}" for n in range(5_000)]
    out = write_jsonl(tmp_path / "out.jsonl", [success(c, f"{c}: " + "答案の本文です。" * 120) for c in ids])
    tracemalloc.start()
    try:
        answers = PartAnswers()
        answers.read([(0, out, False, "")])
        held, _ = tracemalloc.get_traced_memory()
        values, _ = answers.get("row-04321", (None, ""))
        answers.finish()
    finally:
        tracemalloc.stop()
        answers.close()
    assert values is not None and values[7].startswith("row-04321: 答案")
    # measured: ~150 bytes an answer, 3% of the file (parsed: ~1.2 times the file)
    assert held < 0.1 * out.stat().st_size, f"{held / 5_000:.0f} bytes an answer"


def test_a_groups_merged_export_holds_less_than_half_a_parts_answers(tmp_path: Path) -> None:
    """The merged export of 4 parts of 2,500 long answers: before, the pass's peak was one part's answers
    parsed (1.02 times a part's file); now 0.29 times, most of it the two files' read buffers."""
    inputs, layers = [], []
    for part in range(4):
        ids = [f"p{part}-{n:05d}" for n in range(2_500)]
        inputs.append(write_jsonl(tmp_path / f"in{part}.jsonl", [request(c) for c in ids]))
        random.Random(part).shuffle(ids)
        out = write_jsonl(tmp_path / f"out{part}.jsonl", [success(c, f"{c}: " + "答案の本文です。" * 120) for c in ids])
        layers.append(AnswerLayer(out, None))
    with ResultsView(inputs, layers, part_layers=[[0], [1], [2], [3]]) as view:
        tracemalloc.start()
        try:
            rows = [row[11][:9] for row in view.iter_row_tuples()]
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert rows[:2] == ["p0-00000:", "p0-00001:"] and rows[-1] == "p3-02499:"
    part_bytes = layers[0].output_path.stat().st_size  # type: ignore[union-attr]
    assert peak < 0.5 * part_bytes, f"the pass's peak is {peak / part_bytes:.2f} times a part's answers"


def test_a_file_changed_under_the_pass_never_gives_a_row_another_rows_answer(tmp_path: Path) -> None:
    out = write_jsonl(tmp_path / "out.jsonl", [success("a", "for a"), success("b", "for b")])
    answers = PartAnswers()
    answers.read([(0, out, False, "")])
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(lines[1] + lines[0])  # the same sizes, swapped
    tally = JoinSummary()
    try:
        assert answers.get("a", (None, "")) == (None, "")  # the line at a's place now says "b"
        answers.finish(tally)
    finally:
        answers.close()
    assert tally.unreadable == 2, "both places no longer hold the answer noted there"


def test_rows_that_repeat_an_id_get_the_same_answer_and_it_is_counted_once(tmp_path: Path) -> None:
    out = write_jsonl(tmp_path / "out.jsonl", [success("a", "for a"), orjson.loads(b'{"custom_id":"b"}')])
    answers = PartAnswers()
    answers.read([(0, out, False, "")])
    tally = JoinSummary()
    try:
        first, second = answers.get("a", (None, "")), answers.get("a", (None, ""))
        answers.finish(tally)
    finally:
        answers.close()
    assert first == second and first[0] is not None and first[0][7] == "for a"
    assert tally.to_json() == JoinSummary().to_json()  # an answer without a response is still an answer


def _indexed_group(folder: Path, odd: list[bytes]) -> tuple[list[Path], list[AnswerLayer]]:
    """Three parts whose answer files have saved indexes (as the app's downloads do); part 1's file
    starts with ``odd`` lines, which look like plain answers to the byte scanner."""
    inputs, layers = [], []
    for part in range(3):
        ids = [f"p{part}-{n}" for n in range(30)]
        inputs.append(write_jsonl(folder / f"in{part}.jsonl", [request(c) for c in ids]))
        random.Random(part).shuffle(ids)
        lines: list[Any] = [success(c, f"answer of {c}") for c in ids[:-2]]
        out = write_jsonl(folder / f"out{part}.jsonl", (odd if part == 1 else []) + lines)
        assert save_answer_index(out), "every line is plain to the scanner: the index is saved"
        layers.append(AnswerLayer(out, None))
    return inputs, layers


def test_a_parts_saved_index_spares_the_parse_of_every_line(tmp_path: Path, monkeypatch: Any) -> None:
    inputs, layers = _indexed_group(tmp_path, [])
    parsed: list[Path] = []
    ids_in = PartAnswers._ids_in

    def spy(self: PartAnswers, path: Path) -> Any:
        parsed.append(path)
        return ids_in(self, path)

    monkeypatch.setattr(PartAnswers, "_ids_in", spy)
    with ResultsView(inputs, layers, part_layers=[[0], [1], [2]]) as parts:
        rows = list(parts.iter_row_tuples())
        summary = parts.summary()
    assert parsed == []
    assert len(rows) == 90 and summary.succeeded == 84 and summary.missing == 6


def test_lines_that_are_not_what_their_saved_index_said_give_the_full_passs_rows_and_counts(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """A server's lines the byte scanner takes for plain answers: the key written twice, once escaped
    (the parser keeps the last), a line that is not JSON, a repeat that is not JSON. At the first such
    line asked for, the part is read again line by line: rows and counts are those of full passes that
    parse every line."""
    odd = [
        b'{"custom_id":"p1-3","custom\\u005fid":"elsewhere","response":null}',  # the parser says "elsewhere"
        b'{"custom_id":"p1-4", "response": oops}',  # not JSON
        orjson.dumps(success("p1-5", "the first answer")),
        b'{"custom_id":"p1-5" broken',  # a repeat that is not JSON
    ]
    again: list[int] = []
    read_again = PartAnswers._read_again

    def spy(self: PartAnswers) -> None:
        again.append(1)
        read_again(self)

    monkeypatch.setattr(PartAnswers, "_read_again", spy)
    for tail in (False, True):  # asked for by a row; or only found when the rest is read at the end
        folder = tmp_path / f"tail-{tail}"
        folder.mkdir()
        inputs, layers = _indexed_group(folder, odd[2:] if tail else odd)
        again.clear()
        expected_rows: list[Any] = []
        expected = JoinSummary()
        for inp, layer in zip(inputs, layers, strict=True):  # one job each: one full pass counts all
            with ResultsView([inp], [layer]) as single:
                expected_rows += [(len(expected_rows) + n, *row[1:]) for n, row in enumerate(single.iter_row_tuples())]
                counted = single.summary()
            for name in ("total", "succeeded", "unreadable", "without_id", "duplicates", "total_tokens"):
                setattr(expected, name, getattr(expected, name) + getattr(counted, name))
        with ResultsView(inputs, layers, part_layers=[[0], [1], [2]]) as parts:
            rows = list(parts.iter_row_tuples())
            summary = parts.summary()
        assert again == [1], "part 1 was read again, once"
        assert rows == expected_rows
        for name in ("total", "succeeded", "unreadable", "without_id", "duplicates", "total_tokens"):
            assert getattr(summary, name) == getattr(expected, name), name
        assert summary.unreadable == (1 if tail else 2) and summary.unknown == (0 if tail else 1)
        assert {row[2]: row[11] for row in rows}["p1-5"] == "the first answer"


def test_the_results_window_never_shows_a_row_an_answer_that_names_another_id(tmp_path: Path) -> None:
    """The window's index takes ids from the bytes. A key only inside a nested object is no id of the
    line's (the parser decides it); a line whose bytes say one id while the parsed line says another
    (a key written twice, once escaped: the last one counts) shows as unreadable, never as that row's
    answer."""
    ids = [f"p-{n}" for n in range(8)]
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in ids])
    nested = success("x", "no id of its own")
    del nested["custom_id"]
    nested["meta"] = {"custom_id": "p-3"}
    twice = orjson.dumps(success("p-4", "the answer for p-5")).replace(
        b'"custom_id":"p-4"', b'"custom_id":"p-4","custom\\u005fid":"p-5"'
    )
    lines: list[Any] = [nested, success("p-3", "the answer for p-3"), twice]
    lines += [success(c, f"the answer for {c}") for c in ids if c not in ("p-3", "p-4", "p-5")]
    out = write_jsonl(tmp_path / "out.jsonl", lines)
    with ResultsView([inp], [AnswerLayer(out, None)]) as view:
        shown = {row.custom_id: row for row in view.rows(0, len(view))}
        counts = view.counts()  # the status pass checks the ids the rows check
    assert shown["p-3"].content == "the answer for p-3"
    assert shown["p-4"].content == "" and shown["p-4"].status.value == "missing"
    assert all(row.content in ("", f"the answer for {cid}") for cid, row in shown.items())
    assert counts[RowStatus.SUCCEEDED] == sum(row.status is RowStatus.SUCCEEDED for row in shown.values()) == 6
