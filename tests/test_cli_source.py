"""A job made with the CLI keeps its spreadsheet: ``convert`` → ``submit --wait`` → the export shows the
user's own columns next to the answers, as the window's export does — real CLI processes against an
in-process sandbox (the free test model)."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.cells import csv_text
from desktop_app.sandbox.server import SandboxServer, SandboxTiming

SHEET = [
    ("编号", "原文", "备注", "日期"),
    ("001", "今日は良い天気です", "東京・本社", "2024-01-05"),
    ("0042", "这个产品很好用", "  两边有空格  ", "3-4"),
    ("00100", "Terima kasih banyak", "", "00123"),
]


@pytest.fixture(scope="module")
def srv() -> Iterator[SandboxServer]:
    server = SandboxServer(
        speed=1.0,
        timing=SandboxTiming(validating_s=0.1, per_request_s=0.02, finalizing_s=0.05, cancelling_s=0.05),
        list_rate_per_min=100_000,
    )
    server.start()
    yield server
    server.stop()


def cli(home: Path, *args: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DASHSCOPE_API_KEY", "BATCH_DESK_HOME")}
    env["BATCH_DESK_HOME"] = str(home)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *(str(a) for a in args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=90,
    )


def write_sheet(folder: Path) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(SHEET)
    path = folder / "客户.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def sheet_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def ledger_sources(home: Path) -> list[dict[str, object]]:
    [db] = list(home.rglob("*.sqlite3")) or list(home.rglob("*.db"))
    with sqlite3.connect(db) as conn:
        return [json.loads(s) if s else {} for (s,) in conn.execute("SELECT source FROM jobs ORDER BY id")]


@pytest.mark.parametrize("id_column", ["编号", None])
def test_a_cli_job_keeps_the_users_columns(srv: SandboxServer, tmp_path: Path, id_column: str | None) -> None:
    source = write_sheet(tmp_path)
    requests = tmp_path / "requests.jsonl"
    ids = ("--id-column", id_column) if id_column else ()
    made = cli(tmp_path / "home", "convert", source, "-o", requests, *ids, "--endpoint", "test",
               "--template", "{原文}", "--json")  # fmt: skip
    assert made.returncode == 0, made.stderr + made.stdout

    out_dir = tmp_path / "answers"
    sandbox = ("--region", "sandbox", "--base-url", srv.base_url("sandbox"))
    sent = cli(tmp_path / "home", "submit", requests, *sandbox, "--wait", "--poll-every", "0.1", "-o", out_dir,
               "--layout", "sheet")  # fmt: skip
    assert sent.returncode == 0, sent.stderr + sent.stdout

    # the job remembers the sheet, like a job made in the window
    [recorded] = ledger_sources(tmp_path / "home")
    assert recorded["columns"] == list(SHEET[0])
    assert recorded["id_column"] == id_column
    assert recorded["path"] == str(source)

    rows = sheet_rows(out_dir / "results.csv")
    # the user's own columns, in their order, values as typed (leading zeros kept as text for Excel, CJK,
    # spaces), then the answer
    assert rows[0] == [*SHEET[0], "Answer", "Status"]
    assert [r[:4] for r in rows[1:]] == [[csv_text(v) for v in r] for r in SHEET[1:]]
    assert rows[1][0] == '="001"' and rows[2][2] == "  两边有空格  "
    assert all(r[4] and r[5] == "done" for r in rows[1:])

    # export --layout sheet from the files alone gives the same sheet
    [output] = [p for p in out_dir.iterdir() if p.suffix == ".jsonl" and "error" not in p.name]
    exported = tmp_path / "export.csv"
    done = cli(tmp_path / "home", "export", output, "--input", requests, "-o", exported, "--layout", "sheet")
    assert done.returncode == 0, done.stderr + done.stdout
    assert sheet_rows(exported) == rows


def test_a_file_sent_as_parts_keeps_the_sheet_in_every_part(srv: SandboxServer, tmp_path: Path) -> None:
    rows = [("编号", "原文", "备注"), *((f"{n:05d}", f"第{n}行 テキスト", f"备注 {n}") for n in range(130))]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    source = tmp_path / "大表.csv"
    source.write_text(buffer.getvalue(), encoding="utf-8")
    requests = tmp_path / "requests.jsonl"
    made = cli(tmp_path / "home", "convert", source, "-o", requests, "--id-column", "编号", "--endpoint", "test",
               "--template", "{原文}")  # fmt: skip
    assert made.returncode == 1, made.stdout  # over the test model's 100 lines: not ok as one file

    out_dir = tmp_path / "answers"
    sandbox = ("--region", "sandbox", "--base-url", srv.base_url("sandbox"))
    sent = cli(tmp_path / "home", "submit", requests, *sandbox, "--wait", "--poll-every", "0.1", "-o", out_dir,
               "--layout", "sheet")  # fmt: skip
    assert sent.returncode == 0, sent.stderr + sent.stdout
    recorded = ledger_sources(tmp_path / "home")
    assert len(recorded) == 2 and all(r["columns"] == list(rows[0]) for r in recorded)
    merged = sheet_rows(out_dir / "results.csv")
    assert merged[0] == [*rows[0], "Answer", "Status"]
    assert [r[:3] for r in merged[1:]] == [[csv_text(v) for v in r] for r in rows[1:]]
