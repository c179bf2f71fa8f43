"""A CSV export written in parts by worker processes is the single-process file, byte for byte (issue 13)."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import export as export_module
from desktop_app.core import wording as w
from desktop_app.core.answers.view import AnswerLayer, ResultsView
from desktop_app.core.error_base import BatchDeskError
from desktop_app.core.export import ALL_COLUMNS, DEFAULT_COLUMNS, export_csv

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork-based fault injection")


def _request(cid: str, text: str) -> dict[str, Any]:
    body = {"model": "qwen-plus", "messages": [{"role": "user", "content": text}]}
    return {"custom_id": cid, "method": "POST", "url": "/v1/chat/completions", "body": body}


def _success(cid: str, n: int, content: str) -> dict[str, Any]:
    body = {
        "created": 1743577868 + n,
        "usage": {"completion_tokens": n % 50, "prompt_tokens": 7, "total_tokens": 7 + n % 50},
        "model": "qwen-plus",
        "id": f"chatcmpl-{n}",
        "choices": [{"finish_reason": "stop", "index": 0, "message": {"role": "assistant", "content": content}}],
    }
    return {"id": f"b-{n}", "custom_id": cid, "response": {"status_code": 200, "request_id": f"q-{n}", "body": body}}


def _failure(cid: str, n: int) -> dict[str, Any]:
    return {
        "id": f"b-{n}",
        "custom_id": cid,
        "response": {"status_code": 400, "request_id": f"q-{n}", "body": {}},
        "error": {"code": "InvalidParameter", "message": "Range of temperature should be [0.0, 2.0), 温度"},
    }


CONTENTS = (
    "西湖位于杭州，风景优美。",
    'She said "yes", then left',
    "line one\nline two\r\nline three",
    "=1+1",
    "000123",
    "-5分",
    "日本語の答え、カンマ,あり",
    "",
)


def write_job(folder: Path, rows: int = 600) -> tuple[Path, Path, Path, Path]:
    """A job with everything an export meets: CJK, quotes, line breaks and formulas in answers, errors,
    missing answers, ids repeated in the input, answers repeated, answers for ids not in the input, ids
    Excel would mangle, a re-run layer answering some failed rows again; answers in shuffled order."""
    ids = [f"{i:06d}" if i % 7 == 0 else (f"行-{i}" if i % 5 == 0 else f"req-{i}") for i in range(rows)]
    ids[10] = ids[3]  # repeated in the input
    ids[rows - 2] = ids[1]  # repeated across the halves
    inp, out, err, rerun = folder / "in.jsonl", folder / "out.jsonl", folder / "err.jsonl", folder / "rerun.jsonl"
    with open(inp, "w", encoding="utf-8") as handle:
        for i, cid in enumerate(ids):
            handle.write(json.dumps(_request(cid, f"[{i}] {CONTENTS[i % len(CONTENTS)]}"), ensure_ascii=False) + "\n")
    answers, errors = [], []
    for i, cid in enumerate(dict.fromkeys(ids)):
        if i % 31 == 5:
            continue  # missing
        if i % 9 == 4:
            errors.append(_failure(cid, i))
        else:
            answers.append(_success(cid, i, CONTENTS[i % len(CONTENTS)] + f" #{i}"))
    answers.append(_success(ids[2], 9999, "a second answer: ignored"))
    answers.append(_success("not-in-the-input", 9998, "unknown"))
    order = list(range(len(answers)))
    order.sort(key=lambda k: (k * 7919) % len(answers))  # shuffled, deterministic
    with open(out, "w", encoding="utf-8") as handle:
        # compact, as the service writes them (the input above has json.dumps's spaces)
        handle.writelines(json.dumps(answers[k], ensure_ascii=False, separators=(",", ":")) + "\n" for k in order)
    with open(err, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    with open(rerun, "w", encoding="utf-8") as handle:
        for e in errors[::2]:
            n = int(e["id"][2:])
            handle.write(
                json.dumps(_success(e["custom_id"], n + 100_000, "再試行の答え\n2行目"), ensure_ascii=False) + "\n"
            )
    return inp, out, err, rerun


def _export(view_args: tuple[Any, ...], dest: Path, parts: int, columns: tuple[str, ...] = DEFAULT_COLUMNS) -> Any:
    inp, layers = view_args
    with ResultsView([inp], layers) as view:
        written = export_csv(view, dest, columns, parts=parts)
        return written, view.summary()


@pytest.fixture
def took_parts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What each parallel export returned (None: the files were not regular, done in one process)."""
    seen: list[object] = []
    original = export_module.write_csv_in_parts

    def recording(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        seen.append(result)
        return result

    monkeypatch.setattr(export_module, "write_csv_in_parts", recording)
    return seen


@pytest.mark.parametrize("method", ["fork", "spawn"] if sys.platform.startswith("linux") else ["spawn"])
@pytest.mark.parametrize("rerun", [False, True], ids=["one layer", "with a re-run"])
def test_parts_write_the_single_process_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, took_parts: list[object], method: str, rerun: bool
) -> None:
    monkeypatch.setenv("BATCH_DESK_START_METHOD", method)
    inp, out, err, again = write_job(tmp_path)
    layers = [AnswerLayer(out, err)] + ([AnswerLayer(again, None, label="batch_rerun_1")] if rerun else [])
    columns_sets = [DEFAULT_COLUMNS, ALL_COLUMNS] if method == "fork" else [DEFAULT_COLUMNS]
    for columns in columns_sets:
        one = _export((inp, layers), tmp_path / "one.csv", 1, columns)
        for parts in (2, 3):
            many = _export((inp, layers), tmp_path / f"many{parts}.csv", parts, columns)
            assert (tmp_path / f"many{parts}.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
            assert many == one  # rows written and every count of the summary
    assert took_parts and all(result is not None for result in took_parts)  # the parts really wrote them
    assert one[1].input_duplicates == 2 and one[1].missing > 0 and one[1].failed > 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


@pytest.mark.parametrize(
    "damage",
    [
        "broken answer line",
        "answer without id",
        "nested custom_id",
        "escaped input id",
        "blank answer line",
        "input line not json",
        "answers with a BOM",
    ],
)
def test_files_the_parts_do_not_decide_alike_are_exported_in_one_process(
    tmp_path: Path, took_parts: list[object], damage: str
) -> None:
    inp, out, err, _ = write_job(tmp_path, 200)
    answers, requests = _lines(out), _lines(inp)
    if damage == "broken answer line":
        answers[5] = answers[5][: len(answers[5]) // 2] + "\n"  # a download cut short
    elif damage == "answer without id":
        answers.append('{"id": "x", "response": {"status_code": 200, "body": {}}}\n')
    elif damage == "nested custom_id":
        cid = json.loads(answers[7])["custom_id"]
        answers[7] = json.dumps({"response": {"custom_id": cid}, "id": "n"}) + "\n"
    elif damage == "escaped input id":
        requests[150] = requests[150].replace('"custom_id": "', '"custom_id": "\\u0041', 1)
    elif damage == "blank answer line":
        answers.insert(3, "\n")
    elif damage == "input line not json":
        requests[120] = '{"custom_id":"req-121", oops\n'
    elif damage == "answers with a BOM":
        answers[0] = "\ufeff" + answers[0]
    out.write_text("".join(answers), encoding="utf-8")
    inp.write_text("".join(requests), encoding="utf-8")
    one = _export((inp, [AnswerLayer(out, err)]), tmp_path / "one.csv", 1)
    many = _export((inp, [AnswerLayer(out, err)]), tmp_path / "many.csv", 2)
    assert (tmp_path / "many.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert many == one
    if damage != "answers with a BOM":  # (a BOM is regular: both ways strip it)
        assert took_parts == [None]  # the parts said "not regular": written in one process


def _dies(job: Any) -> Any:
    os._exit(3)


def _hangs(job: Any) -> Any:
    time.sleep(60)


@linux_only
def test_a_worker_that_dies_fails_the_export_with_a_message_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATCH_DESK_START_METHOD", "fork")
    monkeypatch.setattr(export_module, "_run_part", _dies)
    inp, out, err, _ = write_job(tmp_path, 200)
    dest = tmp_path / "results.csv"
    with pytest.raises(BatchDeskError) as caught:
        _export((inp, [AnswerLayer(out, err)]), dest, 2)
    assert caught.value.text.wording is w.WORKER_DIED
    assert "exit code 3" in str(caught.value)
    assert not dest.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert multiprocessing.active_children() == []


@linux_only
def test_ctrl_c_during_a_parallel_export_leaves_no_process_and_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATCH_DESK_START_METHOD", "fork")
    monkeypatch.setattr(export_module, "_run_part", _hangs)
    from desktop_app.core.answers import parts

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(parts, "part_rows", interrupted)
    inp, out, err, _ = write_job(tmp_path, 200)
    dest = tmp_path / "results.csv"
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        _export((inp, [AnswerLayer(out, err)]), dest, 3)
    assert time.monotonic() - started < 20  # the hanging workers were ended, not waited for
    assert multiprocessing.active_children() == []
    assert not dest.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("with_sheet", [False, True], ids=["prompts", "the user's columns and output columns"])
def test_the_sheet_layout_in_parts_is_the_single_process_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, took_parts: list[object], with_sheet: bool
) -> None:
    from desktop_app.core.answers.source import SourceSpec, write_source_snapshot
    from desktop_app.core.outputs import OutputColumn, OutputKind
    from desktop_app.core.sheet import Variant, export_sheet

    inp, out, err, _ = write_job(tmp_path, 500)
    source = outputs = None
    if with_sheet:
        ids = [json.loads(line)["custom_id"] for line in _lines(inp)]
        rows = [
            (cid, [cid, f"客户 {n}", "=cmd|' /C calc'!A0" if n % 11 == 0 else f"{n:05d}"]) for n, cid in enumerate(ids)
        ]
        snapshot = tmp_path / "sheet.rows.jsonl"
        write_source_snapshot(snapshot, rows)
        source = SourceSpec(
            str(tmp_path / "sheet.csv"), ("ID", "名前", "code"), id_column="ID", rows_path=str(snapshot)
        )
        outputs = (OutputColumn("sentiment", OutputKind.LABEL, "", ("positive", "negative")),)
    reports = []
    for parts in ("1", "2", "3"):
        monkeypatch.setenv("BATCH_DESK_EXPORT_PARTS", parts)
        with ResultsView([inp], [AnswerLayer(out, err)], source=source, outputs=outputs) as view:
            report = export_sheet([Variant("", view)], tmp_path / f"sheet{parts}.csv", "csv")
            reports.append((report.rows, report.variants, report.agreement, view.summary()))
    one = (tmp_path / "sheet1.csv").read_bytes()
    assert (tmp_path / "sheet2.csv").read_bytes() == one
    assert (tmp_path / "sheet3.csv").read_bytes() == one
    assert reports[1] == reports[0] and reports[2] == reports[0]
    assert took_parts and all(result is not None for result in took_parts)
    if with_sheet:
        assert "客户 7".encode() in one and b"needs another try" in one.lower()


def test_a_process_with_threads_starts_its_workers_fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forking copies only the calling thread (a lock another thread holds stays locked in the copy): the
    window, whose export runs beside the UI thread, starts its workers with spawn."""
    import threading

    from desktop_app.core.processes import start_method

    monkeypatch.delenv("BATCH_DESK_START_METHOD", raising=False)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert start_method() == "spawn"
    finally:
        stop.set()
        other.join()


def test_parts_are_used_for_big_exports_on_free_cores_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Small exports stay in one process; a big one is split across the free cores (none on a busy
    machine: a second process would only wait for a core)."""
    from desktop_app.core.answers import parts

    monkeypatch.delenv("BATCH_DESK_EXPORT_PARTS", raising=False)
    monkeypatch.setenv("BATCH_DESK_START_METHOD", "spawn")
    monkeypatch.setattr(parts, "cpu_count", lambda: 2)
    inp, out, err, _ = write_job(tmp_path, 300)
    size = sum(p.stat().st_size for p in (inp, out, err))
    with ResultsView([inp], [AnswerLayer(out, err)]) as view:
        monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2))
        assert export_module.split_parts(view) is None  # far below the size that pays
        monkeypatch.setattr(export_module, "PARALLEL_MIN_BYTES", size)
        split = export_module.split_parts(view)
        assert split is not None and len(split[1]) == 2
        monkeypatch.setattr(os, "getloadavg", lambda: (1.1, 1.1, 1.1))  # this process, the command before it
        assert export_module.split_parts(view) is not None
        monkeypatch.setattr(os, "getloadavg", lambda: (1.7, 1.7, 1.7))  # another program keeps a core busy
        assert export_module.split_parts(view) is None


def test_parts_are_appended_the_plain_way_where_the_kernel_cannot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``copy_file_range`` refused (another file system, an old kernel) after a first piece: the rest
    is copied through a buffer, from where it stopped."""
    calls: list[int] = []

    def refusing(src: int, dst: int, count: int) -> int:
        calls.append(count)
        if len(calls) == 1:
            return os.write(dst, os.read(src, 7))
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "copy_file_range", refusing, raising=False)
    source = tmp_path / "part"
    source.write_bytes(b"0123456789" * 1000)
    dest = tmp_path / "dest"
    with open(dest, "wb") as handle:
        handle.write(b"head,")
        handle.flush()
        with open(source, "rb") as part:
            export_module._append(part, handle)
    assert dest.read_bytes() == b"head," + b"0123456789" * 1000
    assert len(calls) == 2


def test_the_id_search_goes_a_piece_at_a_time_and_finds_what_one_search_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One regular-expression call over a 260 MB answer file held the interpreter 100-190 ms — in the
    window's process, a stall of the UI thread; the search now goes about a MB at a time, same result."""
    from desktop_app.core.answers import parts

    monkeypatch.setattr(parts, "SCAN_BYTES", 64)
    lines = [f'{{"custom_id": "id-{n}", "x": "{"é" * (n % 50)}"}}\n'.encode() for n in range(300)]
    buf = b"".join(lines) + b'{"custom_id":"last"}'
    pieces = list(parts._spans(buf, 0, len(buf)))
    assert len(pieces) > 50 and pieces[0][0] == 0 and pieces[-1][1] == len(buf)
    assert all(a == b_prev for (_, b_prev), (a, _) in itertools.pairwise(pieces))
    assert all(buf[b - 1 : b] == b"\n" for _, b in pieces[:-1]), "cut only after a line end"
    assert parts._ids_in(buf, 0, len(buf)) == parts.INPUT_IDS.findall(buf)
    middle = (len(buf) // 3, 2 * len(buf) // 3)
    assert parts._ids_in(buf, *middle) == parts.INPUT_IDS.findall(buf, *middle)
    assert [m.span() for m in parts._id_matches(buf, 0, len(buf))] == [m.span() for m in parts.INPUT_IDS.finditer(buf)]


def test_a_semicolon_file_in_parts_is_the_single_process_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, took_parts: list[object]
) -> None:
    """The list separator of a decimal-comma computer reaches the worker processes too: both layouts in
    parts are the one-process file, and read with ``;`` they are the comma file's rows."""
    import csv

    from desktop_app.core.cells import CsvStyle
    from desktop_app.core.sheet import Variant, export_sheet

    inp, out, err, _ = write_job(tmp_path, 400)
    rows: dict[str, list[list[str]]] = {}
    for layout in ("columns", "sheet"):
        for delimiter, parts in ((",", "1"), (";", "1"), (";", "2")):
            monkeypatch.setenv("BATCH_DESK_EXPORT_PARTS", parts)
            dest = tmp_path / f"{layout}-{'semi' if delimiter == ';' else 'comma'}-{parts}.csv"
            with ResultsView([inp], [AnswerLayer(out, err)]) as view:
                if layout == "columns":
                    export_csv(view, dest, style=CsvStyle(delimiter, "."))
                else:
                    export_sheet([Variant("", view)], dest, "csv", style=CsvStyle(delimiter, "."))
            text = dest.read_text(encoding="utf-8-sig")
            rows[dest.name] = list(csv.reader(text.splitlines(keepends=True), delimiter=delimiter))
        semi_one = (tmp_path / f"{layout}-semi-1.csv").read_bytes()
        assert (tmp_path / f"{layout}-semi-2.csv").read_bytes() == semi_one
        assert rows[f"{layout}-semi-1.csv"] == rows[f"{layout}-comma-1.csv"]
        assert semi_one.count(b";") > 400 and b"\r\n" in semi_one
    assert len(took_parts) == 2 and all(result is not None for result in took_parts)
