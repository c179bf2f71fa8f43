"""The token process (issue 13): the window's token counting runs in a real child process.

Every test here starts real processes: the same numbers as counting in this process while the
tokenizer is never built here, a cancel that stops the child's work, a child killed mid-count that
gives "unknown" (not a hang, not a number), and a parent killed with SIGKILL that leaves no child.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop_app.core import tokens
from desktop_app.core import wording as w
from desktop_app.core.estimate import Estimate, EstimateCancelled, TokenCountFailed, estimate_file
from desktop_app.core.regions import CN, INTL
from desktop_app.services import token_process
from desktop_app.services.token_process import TokenProcess

ROOT = Path(__file__).resolve().parents[1]
LINUX = sys.platform.startswith("linux")


def _line(i: int, body: dict[str, object]) -> str:
    return json.dumps({"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions", "body": body}) + "\n"


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~24 MB of mixed CJK/English requests: counting it takes a second or more, with progress ticks."""
    path = tmp_path_factory.mktemp("tokens") / "big.jsonl"
    text = "今日は良い天気です。The weather is nice today. 今天天气很好。" * 40
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(8_000):
            body = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"{i} {text}"}]}
            handle.write(_line(i, body))
    return path


def _varied(path: Path, *, broken_line: bool = True) -> Path:
    """Requests of every shape the counter knows: system + user, parts, media, a >100,000-char text
    (and a line that is not JSON, which the count skips and the window's check refuses)."""
    lines = [
        _line(0, {"model": "qwen-plus", "messages": [{"role": "user", "content": "通义千问具有强大的能力。"}]}),
        _line(
            1,
            {
                "model": "qwen-plus",
                "max_tokens": 50,
                "messages": [
                    {"role": "system", "content": "You are a translator."},
                    {"role": "user", "content": "Übersetze: ｶﾀｶﾅ e\u0301 <|im_end|> ok"},
                ],
            },
        ),
        _line(
            2,
            {
                "model": "qwen-plus",
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {"type": "text", "text": "what is in it?"},
                            {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
                        ],
                    }
                ],
            },
        ),
        _line(3, {"model": "qwen-plus", "messages": [{"role": "user", "content": ("长文本。\n" * 30_000)}]}),
    ]
    if broken_line:
        lines.append("not json\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _gone(pid: int) -> bool:
    """The process has ended (a zombie no one reaped yet counts as ended: it runs nothing)."""
    if LINUX:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        return state in ("Z", "X")
    try:
        os.kill(pid, 0)
    except OSError:
        return True
    return False


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return bool(predicate())


def _counting(worker: TokenProcess, path: Path, cancel: threading.Event | None = None):
    """Start an estimate of ``path`` in a thread; returns (thread, outcome dict, first-progress event)."""
    ticked = threading.Event()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["estimate"] = worker.estimate_file(path, INTL, progress=lambda d, t: ticked.set(), cancel=cancel)
        except BaseException as exc:  # the test looks at it
            outcome["error"] = exc
        outcome["at"] = time.monotonic()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome, ticked


def test_same_numbers_as_in_process_while_the_tokenizer_is_never_built_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tokens, "_encoding", None)  # as in a window that never counted
    path = _varied(tmp_path / "varied.jsonl")
    worker = TokenProcess()
    try:
        outside = [worker.estimate_file(path, region) for region in (INTL, CN)]
        assert tokens._encoding is None, "the tokenizer was built in this process"
        assert worker.qt_in_child == [] and "PySide6" in sys.modules  # this process has Qt; the child none
        inside = [estimate_file(path, region) for region in (INTL, CN)]
    finally:
        worker.close()
    for a, b in zip(outside, inside, strict=True):
        assert a.input_tokens > 30_000 and a.media_parts == 1 and a.requests == 4
        got, want = a.to_json(), b.to_json()
        got.pop("seconds"), want.pop("seconds")
        assert got == want


def test_a_cancel_stops_the_childs_count_and_the_child_serves_the_next(big_file: Path, tmp_path: Path) -> None:
    worker = TokenProcess()
    try:
        stop = threading.Event()
        thread, outcome, ticked = _counting(worker, big_file, stop)
        assert ticked.wait(30), "no progress from the child"
        pid = worker.pid
        assert pid is not None
        stop.set()
        cancelled_at = time.monotonic()
        thread.join(10)
        assert isinstance(outcome.get("error"), EstimateCancelled)
        assert float(outcome["at"]) - cancelled_at < 1.0  # type: ignore[arg-type]
        if LINUX:  # the child is idle now: no count running on
            before = _cpu_s(pid)
            time.sleep(0.4)
            assert _cpu_s(pid) - before < 0.1
        small = worker.estimate_file(_varied(tmp_path / "small.jsonl"), INTL)
        assert small.requests == 4 and worker.pid == pid  # the same child, not a new one
    finally:
        worker.close()


def test_a_child_killed_mid_count_gives_unknown_not_a_hang_and_the_next_count_starts_a_new_one(
    big_file: Path, tmp_path: Path
) -> None:
    worker = TokenProcess()
    try:
        thread, outcome, ticked = _counting(worker, big_file)
        assert ticked.wait(30), "no progress from the child"
        pid = worker.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        killed_at = time.monotonic()
        thread.join(10)
        error = outcome.get("error")
        assert isinstance(error, TokenCountFailed), outcome
        assert float(outcome["at"]) - killed_at < 2.0  # type: ignore[arg-type]
        assert error.text is not None and error.text.wording is w.TOKENS_NOT_COUNTED
        assert "the cost is unknown" in error.user_message
        assert "estimate" not in outcome
        again = worker.estimate_file(_varied(tmp_path / "small.jsonl"), INTL)
        assert again.requests == 4 and worker.pid not in (None, pid)
    finally:
        worker.close()


def test_a_child_that_cannot_start_gives_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_process(process: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(token_process, "_start_without_main", no_process)
    worker = TokenProcess()
    with pytest.raises(TokenCountFailed) as caught:
        worker.estimate_file(_varied(tmp_path / "small.jsonl"), INTL)
    assert "Resource temporarily unavailable" in caught.value.detail  # for the log; the message is the catalogue's


def test_close_ends_the_child_at_once_and_a_count_in_flight_is_cancelled(big_file: Path) -> None:
    worker = TokenProcess()
    thread, outcome, ticked = _counting(worker, big_file)
    assert ticked.wait(30), "no progress from the child"
    pid = worker.pid
    assert pid is not None
    started = time.monotonic()
    worker.close()
    assert time.monotonic() - started < 0.2  # the window's shutdown does not wait for it
    thread.join(5)
    assert isinstance(outcome.get("error"), EstimateCancelled)
    assert _until(lambda: _gone(pid), 3.0)
    with pytest.raises(EstimateCancelled):
        worker.estimate_file(big_file, INTL)  # closed: no new child


ORPHAN_SCRIPT = """
import sys, threading, time
from desktop_app.core.regions import INTL
from desktop_app.services.token_process import TokenProcess

worker = TokenProcess()
threading.Thread(target=lambda: worker.estimate_file(sys.argv[1], INTL), daemon=True).start()  # as the window: no ticks
while worker.pid is None:
    time.sleep(0.01)
time.sleep(1.0)  # started and counting
print(worker.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_parent_killed_with_sigkill_leaves_no_child_counting(big_file: Path, tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(ORPHAN_SCRIPT, encoding="utf-8")
    huge = tmp_path / "huge.jsonl"  # ~120 MB: its count outlasts the wait below by far (~6 s alone)
    with open(huge, "wb") as handle:
        chunk = big_file.read_bytes()
        for _ in range(5):
            handle.write(chunk)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    parent = subprocess.Popen(
        [sys.executable, str(script), str(huge)], stdout=subprocess.PIPE, text=True, env=env, cwd=tmp_path
    )
    try:
        line = parent.stdout.readline() if parent.stdout else ""
        child = int(line)
        assert not _gone(child), "the child should be counting"
        others = _children(parent.pid) if LINUX else []  # also multiprocessing's resource tracker (POSIX)
        assert child in others or not LINUX
        parent.send_signal(signal.SIGKILL)
        parent.wait(5)
        assert _until(lambda: _gone(child), 3.0), "the token process outlived its parent"
        assert _until(lambda: all(_gone(pid) for pid in others), 3.0), "a helper process outlived the app"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(5)
        if parent.stdout:
            parent.stdout.close()


WINDOW_IMPORTS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import desktop_app.app, desktop_app.ui.main_window, desktop_app.ui.controller, desktop_app.ui.submit_page
names = ("tiktoken", "multiprocessing")
print(sorted(m for m in sys.modules if m.split(".")[0] in names or m.endswith("token_process")))
"""


def test_the_windows_modules_load_neither_the_token_process_nor_the_tokenizer() -> None:
    """Nothing of the token process is imported before the first paint: it comes with the first count."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", WINDOW_IMPORTS], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_an_idle_child_ends_and_gives_its_memory_back_and_the_next_count_starts_a_new_one(
    big_file: Path, tmp_path: Path
) -> None:
    """The child holds the tokenizer (~90 MB); after ``idle_exit`` without a job it is ended — never while
    it counts — and the next estimate starts a new child with the same numbers."""
    worker = TokenProcess(idle_exit=0.3)
    try:
        thread, outcome, ticked = _counting(worker, big_file)  # a count far longer than idle_exit
        assert ticked.wait(30), "no progress from the child"
        pid = worker.pid
        assert pid is not None
        thread.join(120)
        assert isinstance(outcome.get("estimate"), Estimate), outcome.get("error")  # not ended mid-count
        assert _until(lambda: _gone(pid), 5), "the idle child was not ended"
        assert worker.pid is None
        small = _varied(tmp_path / "small.jsonl")
        again = worker.estimate_file(small, INTL)
        assert worker.pid not in (None, pid)
        want = estimate_file(small, INTL).to_json()
        got = again.to_json()
        got.pop("seconds"), want.pop("seconds")
        assert got == want
    finally:
        worker.close()


def test_release_idle_ends_an_idle_child_at_once_but_never_one_that_counts(big_file: Path, tmp_path: Path) -> None:
    """Before the window starts an export worker it gives the idle token process's memory back
    (``release_idle``): a child in the middle of a count is left alone and its count completes; an idle
    one ends at once, long before ``idle_exit``; the next count starts a new child with the same numbers."""
    worker = TokenProcess(idle_exit=3600)
    try:
        assert worker.release_idle() is False  # nothing started yet
        thread, outcome, ticked = _counting(worker, big_file)
        assert ticked.wait(30), "no progress from the child"
        pid = worker.pid
        assert pid is not None
        assert worker.release_idle() is False  # counting: not ended
        thread.join(120)
        assert isinstance(outcome.get("estimate"), Estimate), outcome.get("error")
        assert worker.pid == pid
        assert worker.release_idle() is True
        assert _until(lambda: _gone(pid), 5), "the idle child was not ended"
        assert worker.pid is None
        small = _varied(tmp_path / "small.jsonl")
        again = worker.estimate_file(small, INTL)
        assert worker.pid not in (None, pid)
        want, got = estimate_file(small, INTL).to_json(), again.to_json()
        got.pop("seconds"), want.pop("seconds")
        assert got == want
    finally:
        worker.close()
