"""The build pass keeps the user's sheet beside the requests (issue 11): the rows snapshot, the description
both faces attach to a job, and the rule that decides when a request file still belongs to it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson

from desktop_app.core.answers.source import SourceSpec, load_source_rows
from desktop_app.core.builder.ids import row_id
from desktop_app.core.builder.jsonl import build_jsonl
from desktop_app.core.builder.source import description_path, record_parts, snapshot_path, source_for_file
from desktop_app.core.builder.spec import EndpointKind, RequestSpec
from desktop_app.core.builder.split import plan_split, split_jsonl
from desktop_app.core.tables.readers import open_table

ROWS = [
    ["编号", "原文", "备注"],
    ["001", "今日は良い天気です", "東京"],
    ["0042", "这个产品很好用", "  空格  "],
    ["00100", "Terima kasih", ""],
]


def sheet(folder: Path, rows: list[list[str]] = ROWS, name: str = "表.csv") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path = folder / name
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def build(src: Path, dest: Path, **spec: object) -> dict[str, object]:
    with open_table(src) as table:
        report = build_jsonl(table, RequestSpec(template="{原文}", endpoint=EndpointKind.TEST, **spec), dest)  # type: ignore[arg-type]
    assert report.ok, report.problems
    return report.source


def test_the_build_pass_keeps_every_row_and_describes_the_sheet(tmp_path: Path) -> None:
    src = sheet(tmp_path)
    dest = tmp_path / "requests.jsonl"
    source = build(src, dest, id_column="编号")
    spec = SourceSpec.from_json(source)
    assert spec is not None and spec.columns == tuple(ROWS[0]) and spec.rows_path == str(snapshot_path(dest))
    src.unlink()  # the results no longer need the sheet itself
    columns, rows = load_source_rows(spec)
    assert columns == tuple(ROWS[0])
    assert rows == {r[0]: tuple(r) for r in ROWS[1:]}  # leading zeros, CJK, spaces as typed
    assert source_for_file(dest).source == source


def test_generated_ids_in_the_snapshot_match_the_requests(tmp_path: Path) -> None:
    dest = tmp_path / "requests.jsonl"
    spec = SourceSpec.from_json(build(sheet(tmp_path), dest))
    assert spec is not None
    ids = [orjson.loads(line)["custom_id"] for line in dest.read_bytes().splitlines()]
    assert ids == ["row-2", "row-3", "row-4"] == [row_id(r, n, None) for n, r in enumerate(ROWS[1:], 2)]
    assert list(load_source_rows(spec)[1]) == ids
    assert [spec.id_template.format(row=n) for n in (2, 3, 4)] == ids  # how the results read the sheet itself


def test_an_edited_or_replaced_file_does_not_carry_the_sheet(tmp_path: Path) -> None:
    dest = tmp_path / "requests.jsonl"
    build(sheet(tmp_path), dest)
    assert source_for_file(dest).source is not None
    # another sheet with the same generated ids (row-2, row-3...) saved over the file by hand: its answers
    # must not be shown next to the first sheet's rows
    dest.write_bytes(dest.read_bytes().replace("今日は".encode(), b"other"))
    found = source_for_file(dest)
    assert found.source is None and found.stale
    assert source_for_file(tmp_path / "nothing-beside.jsonl").source is None


def test_parts_of_a_split_carry_the_sheet(tmp_path: Path) -> None:
    rows = [["id", "原文"]] + [[f"{n:05d}", f"文 {n}"] for n in range(250)]
    dest = tmp_path / "big.jsonl"
    with open_table(sheet(tmp_path, rows)) as table:
        report = build_jsonl(table, RequestSpec(template="{原文}", endpoint=EndpointKind.TEST, id_column="id"), dest)
    parts = split_jsonl(dest, parts=plan_split(report, test_model=True))
    assert len(parts) == 3
    assert source_for_file(parts[1]).source is None  # not recorded yet: unknown is never assumed
    record_parts(dest, parts)
    assert all(source_for_file(p).source == report.source for p in parts)


def test_the_job_keeps_its_own_copy_of_the_rows(tmp_path: Path) -> None:
    dest = tmp_path / "requests.jsonl"
    build(sheet(tmp_path), dest, id_column="编号")
    kept = tmp_path / "app" / "requests"
    found = source_for_file(dest, keep_in=kept)
    assert found.source is not None
    spec = SourceSpec.from_json(found.source)
    assert spec is not None and spec.rows_path is not None and Path(spec.rows_path).parent == kept
    # a later convert to the same name (another sheet) leaves the submitted job's rows as they were
    build(sheet(tmp_path, [ROWS[0], ["001", "changed", "changed"]], "other.csv"), dest, id_column="编号")
    assert load_source_rows(spec)[1]["001"] == tuple(ROWS[1])


def test_without_source_nothing_is_written_beside_the_file(tmp_path: Path) -> None:
    dest = tmp_path / "variant.jsonl"
    with open_table(sheet(tmp_path)) as table:
        report = build_jsonl(table, RequestSpec(template="{原文}"), dest, source=False)
    assert report.ok and report.source == {}
    assert not snapshot_path(dest).exists() and not description_path(dest).exists()


def test_the_snapshot_never_replaces_the_users_sheet(tmp_path: Path) -> None:
    src = sheet(tmp_path, name="data.rows.jsonl.csv")
    # a table whose own name is what the snapshot of this destination would be called
    weird = tmp_path / "data.rows.jsonl"
    weird.write_bytes(src.read_bytes())
    before = weird.read_bytes()
    with open_table(weird, delimiter=",") as table:
        report = build_jsonl(table, RequestSpec(template="{原文}"), tmp_path / "data.jsonl")
    assert report.written and weird.read_bytes() == before
    assert report.source == {}  # no snapshot, no description


def test_the_sheet_rows_are_read_when_asked_for_not_held_in_memory(tmp_path: Path) -> None:
    """A 1,000,000-row sheet's rows held as Python strings took ~600 MB of the window (its merged export
    reached 1.8 GB, issue 13). The results now keep an index of the snapshot: its memory grows by a few
    bytes a row, not by the rows' text, and every row still comes back right."""
    import tracemalloc

    from desktop_app.core.answers.source import write_source_snapshot

    text = "今日は良い天気です。The weather is nice today. 今天天气很好。" * 8  # ~400 characters a row
    rows = [(f"Q{i:06d}", [f"Q{i:06d}", f"{i} {text}"]) for i in range(10_000)]
    rows.insert(5, ("Q000003", ["a repeated id", "the first line keeps it"]))
    rows.append(('id "quoted" \\ 表', ['id "quoted" \\ 表', "escaped"]))
    snapshot = tmp_path / "rows.jsonl"
    write_source_snapshot(snapshot, rows)
    spec = SourceSpec(path=str(tmp_path / "gone.csv"), columns=("编号", "原文"), rows_path=str(snapshot))
    tracemalloc.start()
    try:
        columns, found = load_source_rows(spec)
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert columns == ("编号", "原文")
    assert snapshot.stat().st_size > 6_000_000
    assert held < 1_000_000, f"{held:,} bytes held for 10,000 rows"  # the rows' text held: ~9,000,000
    assert found.get("Q004321") == ("Q004321", f"4321 {text}")
    assert found["Q000003"] == ("Q000003", f"3 {text}")  # not the repeated line's
    assert found.get('id "quoted" \\ 表') == ('id "quoted" \\ 表', "escaped")
    assert found.get("Q999999") is None and "Q999999" not in found
    assert len(found) == 10_001 and list(found)[:3] == ["Q000000", "Q000001", "Q000002"]
    close = getattr(found, "close", None)
    if close is not None:
        close()


def test_ids_whose_hashes_agree_in_the_32_bits_kept_still_find_their_own_rows(tmp_path: Path) -> None:
    """The snapshot's index keeps 32 bits of each id's hash (~12 MB less at a million rows): two ids that
    share them cost a read each, never the other's row."""
    from desktop_app.core.answers.source import write_source_snapshot

    first_of: dict[int, str] = {}
    i = 0
    while True:  # a pair of ids with the same low 32 bits of hash() in this process (~80,000 tries)
        cid = f"row-{i}"
        low = hash(cid) & 0xFFFFFFFF
        if low in first_of:
            a, b = first_of[low], cid
            break
        first_of[low] = cid
        i += 1
    rows = [(f"x{j}", [f"x{j}", f"filler {j}"]) for j in range(200)]
    rows[17:17] = [(a, [a, f"the row of {a}"])]
    rows[150:150] = [(b, [b, f"the row of {b}"])]
    snapshot = tmp_path / "rows.jsonl"
    write_source_snapshot(snapshot, rows)
    spec = SourceSpec(path=str(tmp_path / "gone.csv"), columns=("id", "text"), rows_path=str(snapshot))
    _columns, found = load_source_rows(spec)
    try:
        assert hash(a) != hash(b) or a == b  # different ids; only the kept bits agree
        assert found.get(a) == (a, f"the row of {a}") and found.get(b) == (b, f"the row of {b}")
        assert found.get("x120") == ("x120", "filler 120") and len(found) == 202
    finally:
        close = getattr(found, "close", None)
        if close is not None:
            close()
