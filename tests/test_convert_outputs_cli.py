"""``convert --output-column / --outputs / --preset``, then ``submit --wait`` and ``export --layout sheet``:
the answers split into the columns — real CLI processes against an in-process sandbox."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.sandbox.server import SandboxServer, SandboxTiming

REVIEWS = [
    ("编号", "评论", "日期"),
    ("001", "-5分 太差了，再也不买", "2024-01-05"),
    ("002", "+1 很好用，物流也快", "3-4"),
    ("003", "一般般吧，包装有点破", "2024-02-11"),
]
SENTIMENT = "sentiment:label:positive|negative|neutral:the review's sentiment"


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


def gbk_reviews(folder: Path) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(REVIEWS)
    path = folder / "评论.csv"
    path.write_bytes(buffer.getvalue().encode("gbk"))
    return path


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


def bodies(path: Path) -> list[dict[str, object]]:
    return [json.loads(line)["body"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sheet_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_output_columns_from_the_cli_end_up_as_sheet_columns(srv: SandboxServer, tmp_path: Path) -> None:
    source = gbk_reviews(tmp_path)
    requests = tmp_path / "requests.jsonl"
    made = cli(
        tmp_path / "home",
        "convert", source, "-o", requests, "--id-column", "编号", "--template", "这条评论的情感？\n{评论}",
        "--output-column", SENTIMENT, "--output-column", "reason:text::one short sentence", "--json",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr + made.stdout
    summary = json.loads(made.stdout)
    assert [c["name"] for c in summary["outputs"]] == ["sentiment", "reason"]
    body = bodies(requests)[0]
    assert body["response_format"] == {"type": "json_object"}  # qwen-plus documents JSON mode
    system = body["messages"][0]["content"]  # type: ignore[index]
    assert '"sentiment":"one of: positive | negative | neutral"' in system and "the review's sentiment" in system

    out_dir = tmp_path / "answers"
    sandbox = ("--region", "sandbox", "--base-url", srv.base_url("sandbox"))
    sent = cli(tmp_path / "home", "submit", requests, *sandbox, "--wait", "--poll-every", "0.1", "-o", out_dir,
               "--layout", "sheet")  # fmt: skip
    assert sent.returncode == 0, sent.stderr + sent.stdout
    # submit --wait --layout sheet: the answers split into the columns the requests asked for
    rows = sheet_rows(out_dir / "results.csv")
    # (issue 11: with the sheet's own columns first, as the window's export)
    assert rows[0] == ["编号", "评论", "日期", "sentiment", "reason", "Status"]
    assert [r[1] for r in rows[1:]] == [r[1] for r in REVIEWS[1:]]
    assert [r[3] in ("positive", "negative", "neutral") for r in rows[1:]] == [True] * 3
    assert all(r[4] and r[5] == "done" for r in rows[1:])

    # export --layout sheet from the files alone splits them the same way
    [output] = [p for p in out_dir.iterdir() if p.suffix == ".jsonl" and "error" not in p.name]
    exported = tmp_path / "export.csv"
    done = cli(tmp_path / "home", "export", output, "--input", requests, "-o", exported, "--layout", "sheet")
    assert done.returncode == 0, done.stderr + done.stdout
    assert "answers split into: sentiment, reason" in done.stdout
    assert sheet_rows(exported) == rows


def test_a_preset_with_its_parameters_and_an_outputs_file(tmp_path: Path) -> None:
    source = gbk_reviews(tmp_path)
    requests = tmp_path / "classify.jsonl"
    made = cli(tmp_path / "home", "convert", source, "-o", requests, "--id-column", "编号",
               "--preset", "classify", "--labels", "好评|差评|中评")  # fmt: skip
    assert made.returncode == 0, made.stderr + made.stdout
    assert "Answers asked for as one JSON object with the columns: label, reason" in made.stdout
    body = bodies(requests)[1]
    messages = body["messages"]  # type: ignore[assignment]
    assert "one of: 好评 | 差评 | 中评" in messages[0]["content"]  # type: ignore[index]
    # the preset's prompt reads the longest text column (the reviews), as the window's does
    assert messages[-1]["content"] == "Classify this text.\n\n+1 很好用，物流也快"  # type: ignore[index]

    translated = tmp_path / "translate.jsonl"
    made = cli(tmp_path / "home", "convert", source, "-o", translated, "--preset", "translate",
               "--language", "Japanese", "--text-column", "评论")  # fmt: skip
    assert made.returncode == 0, made.stderr + made.stdout
    assert bodies(translated)[0]["messages"][-1]["content"].startswith("Translate the text into Japanese.")  # type: ignore[index]

    spec = tmp_path / "columns.json"
    spec.write_text(json.dumps({"outputs": [{"name": "score", "kind": "number", "description": "0 to 10"}]}))
    scored = tmp_path / "scored.jsonl"
    made = cli(tmp_path / "home", "convert", source, "-o", scored, "--template", "{评论}", "--outputs", spec, "--json")
    assert made.returncode == 0, made.stderr + made.stdout
    assert json.loads(made.stdout)["outputs"] == [
        {"name": "score", "kind": "number", "description": "0 to 10", "labels": []}
    ]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--output-column", "sentiment:label:positive"), "at least two labels"),
        (("--output-column", "sentiment:colour"), "is not one of text, number, yes_no, label, labels"),
        (("--preset", "classify", "--labels", "only"), "at least two labels"),
        (
            (
                "--words",
                "5",
            ),
            "go with --preset",
        ),
    ],
)
def test_unusable_output_columns_are_refused_with_the_reason(tmp_path: Path, args: tuple[str, ...], says: str) -> None:
    source = gbk_reviews(tmp_path)
    made = cli(tmp_path / "home", "convert", source, "--template", "{评论}", *args, "-o", tmp_path / "x.jsonl")
    assert made.returncode == 2 and says in made.stderr, made.stderr
    assert not (tmp_path / "x.jsonl").exists()
