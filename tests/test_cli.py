"""desktop-app-cli: exit codes, --json shape, export summary, sandbox delegation."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import orjson
import pytest

from desktop_app import cli
from desktop_app.cli import main

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent


def request(cid: str, model: str = "qwen-plus") -> dict[str, Any]:
    return {
        "custom_id": cid,
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": model, "messages": [{"role": "user", "content": "你好"}]},
    }


def write_jsonl(path: Path, objs: list[Any]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(o) + b"\n" for o in objs))
    return path


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "good.jsonl", [request("1"), request("2")])


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "bad.jsonl", [request("西湖"), request("2"), request("西湖")])


# -- validate ------------------------------------------------------------------------------------


def test_validate_ok_exits_0(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(good)]) == 0
    out = capsys.readouterr().out
    assert "requests: 2" in out and "OK" in out


def test_validate_problems_exit_1_with_line_code_message(bad: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert 'line 3: [duplicate_custom_id] The custom_id "西湖" was already used on line 1.' in out
    assert "NOT OK" in out


def test_validate_warnings_only_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "vl.jsonl", [request("1", "qwen-vl-plus")])
    assert main(["validate", str(path), "--region", "intl"]) == 0
    assert "[model_region]" in capsys.readouterr().out


def test_validate_file_level_problem_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert main(["validate", str(empty)]) == 1
    assert "file: [empty_file]" in capsys.readouterr().out


def test_validate_refuses_a_2_gb_file_from_its_size_without_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    big = write_jsonl(tmp_path / "big.jsonl", [request("1")])
    with open(big, "r+b") as handle:
        handle.truncate(2 * 1024**3)  # sparse: 2 GB on paper, nothing on disk
    reads: list[int] = []
    real_open = open

    def counting_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        if str(file) == str(big):
            reads.append(1)
            real_readline = handle.readline
            handle.readline = lambda *a: reads.append(1) or real_readline(*a)  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr("builtins.open", counting_open)
    assert main(["validate", str(big), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in data["problems"]] == ["file_too_large"]
    assert data["lines_checked"] is False and data["bytes"] == 2 * 1024**3
    assert len(reads) == 1  # opened (its first bytes sniffed), never read line by line
    assert main(["validate", str(big)]) == 1
    out = capsys.readouterr().out
    assert "requests: not counted" in out and "--full" in out and "[file_too_large]" in out


def test_validate_full_reads_an_oversized_file_line_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core import validate

    monkeypatch.setattr(validate, "MAX_FILE_BYTES", 300)
    path = write_jsonl(tmp_path / "over.jsonl", [request("1"), request("2"), request("1")])
    assert main(["validate", str(path), "--json"]) == 1
    quick = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in quick["problems"]] == ["file_too_large"] and quick["requests"] == 0
    assert main(["validate", str(path), "--json", "--full"]) == 1
    full = json.loads(capsys.readouterr().out)
    assert full["lines_checked"] is True and full["requests"] == 3
    assert {"duplicate_custom_id", "file_too_large"} <= {p["code"] for p in full["problems"]}


def test_validate_json_shape(bad: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(bad), "--json"]) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    data = json.loads(out)
    assert {"ok", "requests", "bytes", "models", "endpoint", "problems"} <= set(data)
    assert data["ok"] is False
    assert data["requests"] == 3
    assert data["bytes"] == bad.stat().st_size
    assert data["models"] == ["qwen-plus"]
    assert data["endpoint"] == "/v1/chat/completions"
    (problem,) = data["problems"]
    assert {"line", "code", "severity", "message"} <= set(problem)
    assert (problem["line"], problem["code"], problem["severity"]) == (3, "duplicate_custom_id", "error")
    assert "西湖" in problem["message"]


def test_validate_json_ok(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_validate_endpoint_option(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(good), "--endpoint", "/v1/embeddings"]) == 1
    assert "[url_mismatch]" in capsys.readouterr().out


def test_validate_truncation_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "junk.jsonl"
    path.write_bytes(b"junk\n" * 30)
    assert main(["validate", str(path), "--max-problems", "5"]) == 1
    out = capsys.readouterr().out
    assert out.count("[invalid_json]") == 5
    assert "25 more problems" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "{missing}"],
        ["validate", "{dir}"],
        ["validate", "{good}", "--endpoint", "/v2/nope"],
        ["validate", "{good}", "--region", "mars"],
        ["validate"],
        [],
        ["frobnicate"],
    ],
)
def test_usage_and_io_errors_exit_2(argv: list[str], good: Path, tmp_path: Path) -> None:
    subs = {"missing": str(tmp_path / "nope.jsonl"), "dir": str(tmp_path), "good": str(good)}
    assert main([a.format(**subs) for a in argv]) == 2


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "validate" in out and "export" in out and "sandbox" in out


# -- export --------------------------------------------------------------------------------------


def test_export_writes_csv_and_prints_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [request(c) for c in "1234"])
    out = tmp_path / "result.jsonl"
    out.write_bytes((DATA / "seed002_output_test_model.jsonl").read_bytes())
    err = write_jsonl(
        tmp_path / "err.jsonl",
        [{"custom_id": c, "error": {"code": "E", "message": "nope"}} for c in "23"],
    )
    csv_path = tmp_path / "out.csv"
    code = main(["export", str(out), "--input", str(inp), "--errors", str(err), "-o", str(csv_path)])
    assert code == 0
    text = capsys.readouterr().out
    assert "Wrote 4 rows" in text
    assert "succeeded: 2   failed: 1   missing: 1" in text
    assert "repeated answers ignored" in text  # "2" is both in the output and the error file
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"This is a test result." in data


def test_export_json_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "o.csv"
    code = main(
        [
            "export",
            str(DATA / "seed002_output_test_model.jsonl"),
            "--input",
            str(DATA / "seed002_input_test_model.jsonl"),
            "-o",
            str(csv_path),
            "--json",
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["rows"], data["succeeded"], data["failed"], data["missing"]) == (2, 2, 0, 0)


def test_export_columns_option(tmp_path: Path) -> None:
    csv_path = tmp_path / "o.csv"
    argv = ["export", str(DATA / "seed002_output_test_model.jsonl"), "--input"]
    argv += [
        str(DATA / "seed002_input_test_model.jsonl"),
        "-o",
        str(csv_path),
        "--columns",
        "custom_id,content",
    ]
    assert main(argv) == 0
    assert csv_path.read_bytes().decode("utf-8-sig").splitlines()[0] == "custom_id,content"
    assert main([*argv[:-1], "custom_id,bogus"]) == 2


def test_export_usage_errors(tmp_path: Path) -> None:
    inp = str(DATA / "seed002_input_test_model.jsonl")
    out_csv = str(tmp_path / "o.csv")
    assert main(["export", "--input", inp, "-o", out_csv]) == 2  # neither results nor errors
    assert main(["export", str(DATA / "seed002_output_test_model.jsonl"), "-o", out_csv]) == 2  # no --input
    assert main(["export", str(tmp_path / "missing.jsonl"), "--input", inp, "-o", out_csv]) == 2
    assert not (tmp_path / "o.csv").exists()


# -- sandbox -------------------------------------------------------------------------------------


def test_sandbox_delegates_arguments_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def fake_run(argv: list[str] | None = None) -> int:
        calls.append(list(argv or []))
        return 0

    module = types.ModuleType("desktop_app.sandbox.__main__")
    module.run = fake_run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop_app.sandbox.__main__", module)
    assert main(["sandbox", "--port", "8765", "--speed", "60"]) == 0
    assert main(["sandbox", "--help"]) == 0
    assert calls == [["--port", "8765", "--speed", "60"], ["--help"]]


def test_sandbox_exit_code_is_passed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("desktop_app.sandbox.__main__")
    module.run = lambda argv=None: 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop_app.sandbox.__main__", module)
    assert main(["sandbox"]) == 3


def test_sandbox_usage_error_returns_instead_of_exiting(monkeypatch: pytest.MonkeyPatch) -> None:
    def strict_run(argv: list[str] | None = None) -> int:
        raise SystemExit(2)

    module = types.ModuleType("desktop_app.sandbox.__main__")
    module.run = strict_run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop_app.sandbox.__main__", module)
    assert main(["sandbox", "--bogus"]) == 2


def test_sandbox_unavailable_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "desktop_app.sandbox.__main__", None)
    assert main(["sandbox"]) == 2
    assert "sandbox" in capsys.readouterr().err


# -- registry ------------------------------------------------------------------------------------


def test_registry_accepts_new_commands(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "COMMANDS", dict(cli.COMMANDS))

    def configure(parser: Any) -> None:
        parser.add_argument("batch_id")

    cli.register(cli.Command("jobs", "list jobs", configure, lambda args: print(f"job {args.batch_id}") or 0))
    assert main(["jobs", "batch_1"]) == 0
    assert capsys.readouterr().out == "job batch_1\n"


# -- a real process ------------------------------------------------------------------------------


def test_python_m_cli_subprocess_with_legacy_encoding(bad: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "validate", str(bad), "--json"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["problems"][0]["code"] == "duplicate_custom_id"
    assert "西湖" in data["problems"][0]["message"]
    human = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "validate", str(bad)],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert human.returncode == 1
    assert "西湖" in human.stdout.decode("utf-8")


def test_export_layout_sheet_is_an_option_and_the_default_stays(tmp_path: Path) -> None:
    inp = str(DATA / "seed002_input_test_model.jsonl")
    results = str(DATA / "seed002_output_test_model.jsonl")
    default_csv, sheet_csv = tmp_path / "default.csv", tmp_path / "sheet.csv"
    assert main(["export", results, "--input", inp, "-o", str(default_csv)]) == 0
    assert main(["export", results, "--input", inp, "-o", str(sheet_csv), "--layout", "sheet"]) == 0
    import csv as _csv
    import io as _io

    def header(path: Path) -> list[str]:
        return next(_csv.reader(_io.StringIO(path.read_bytes().decode("utf-8-sig"))))

    from desktop_app.core.export import DEFAULT_COLUMNS

    assert header(default_csv) == list(DEFAULT_COLUMNS)  # scripts keep their columns
    assert header(sheet_csv) == ["Request ID", "Prompt", "Answer", "Status"]
    rows = list(_csv.reader(_io.StringIO(sheet_csv.read_bytes().decode("utf-8-sig"))))
    assert rows[1][2] == "This is a test result." and rows[1][3] == "done"


# -- start-up cost (issue 13) --------------------------------------------------------------------


def test_validate_imports_only_what_it_needs(tmp_path: Path, bad: Path) -> None:
    """`validate` of a small file is mostly start-up: the other commands' modules, the log file's set-up
    (logging.handlers: socket, pickle, queue), OpenSSL's hashlib were ~15 ms of its 60 ms. They load
    when needed now."""
    probe = (
        "import sys\n"
        "from desktop_app.cli import main\n"
        f"code = main(['validate', {str(bad)!r}])\n"
        "heavy = ('logging.handlers', 'hashlib', 'desktop_app.commands.jobs', 'desktop_app.commands.convert')\n"
        "print('loaded:', [m for m in heavy if m in sys.modules])\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BATCH_DESK_HOME": str(tmp_path / "home")}
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert proc.returncode == 1, proc.stderr  # the file has errors: the command itself ran
    assert "loaded: []" in proc.stdout
    assert not (tmp_path / "home" / "logs").exists(), "nothing was logged, so no log folder was made"


def test_a_command_that_logs_still_writes_the_log_file_scrubbed(tmp_path: Path) -> None:
    import logging

    from desktop_app.core.logging_setup import configure_logging_lazily, shutdown_logging

    folder = tmp_path / "logs"
    configure_logging_lazily(lambda: folder)
    try:
        assert not folder.exists()
        logging.getLogger("desktop_app.test").warning("Keychain read failed for sk-abcdefghijklmnop1234")
        logging.getLogger("desktop_app.test").debug("not at INFO")
    finally:
        shutdown_logging()
    text = (folder / "batch-desk.log").read_text("utf-8")
    assert "Keychain read failed" in text and "sk-abcdefghijklmnop1234" not in text and "not at INFO" not in text


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    listed = capsys.readouterr().out
    for name in ("validate", "export", "sandbox", "convert", "submit", "estimate", "jobs", "download", "cancel"):
        assert f"    {name} " in listed
    assert main(["submit", "--help"]) == 0
    assert "--region" in capsys.readouterr().out


def test_every_command_module_is_listed_for_lazy_loading() -> None:
    """A command missing from ``COMMAND_MODULES`` would still run (the full parser loads every module)
    but would make every other command pay for its import again."""
    import importlib
    import pkgutil

    import desktop_app.commands as package

    names = {
        command.name: info.name
        for info in pkgutil.iter_modules(package.__path__)
        if info.name != "base"
        for command in importlib.import_module(f"desktop_app.commands.{info.name}").COMMANDS
    }
    assert {name: f"desktop_app.commands.{module}" for name, module in names.items()} == cli.COMMAND_MODULES


def test_export_layout_sheet_reads_the_answers_once_and_knows_embeddings_by_the_endpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13: the sheet export used to read every answer twice (a first full pass only to look for
    vectors in the first 50 rows). An embeddings job is known by its requests' endpoint, as in the
    window and ``download``: its vectors are exported, one answers pass in all."""
    from desktop_app.core.answers.view import ResultsView

    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text(
        "".join(
            json.dumps(
                {
                    "custom_id": f"e{n}",
                    "method": "POST",
                    "url": "/v1/embeddings",
                    "body": {"model": "text-embedding-v4", "input": f"text {n}"},
                }
            )
            + "\n"
            for n in range(3)
        ),
        encoding="utf-8",
    )
    out.write_text(
        "".join(
            json.dumps(
                {
                    "custom_id": f"e{n}",
                    "response": {
                        "status_code": 200,
                        "request_id": f"r{n}",
                        "body": {
                            "model": "text-embedding-v4",
                            "data": [{"embedding": [0.5, n, 1.5], "index": 0}],
                            "usage": {"prompt_tokens": 2, "total_tokens": 2},
                        },
                    },
                }
            )
            + "\n"
            for n in (1, 2)  # e0 unanswered
        ),
        encoding="utf-8",
    )
    passes = 0
    real = ResultsView._load_all_answers_now

    def counted(self: ResultsView, *args: Any, **kwargs: Any) -> Any:
        nonlocal passes
        passes += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ResultsView, "_load_all_answers_now", counted)
    dest = tmp_path / "sheet.csv"
    assert main(["export", str(out), "--input", str(inp), "-o", str(dest), "--layout", "sheet"]) == 0
    assert passes == 1, "the answers are read once"
    rows = list(csv.reader(io.StringIO(dest.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["Request ID", "Prompt", "Embedding", "Status"]
    assert rows[1][2] == "" and json.loads(rows[2][2]) == [0.5, 1, 1.5]
    assert dest.with_suffix(".npy").is_file()
