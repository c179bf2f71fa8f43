"""Settings on disk: a change is saved atomically — at once in the caller's thread (the CLI), or by one
writer thread in the window (issue 13: the fsync took up to 65 ms on the UI thread)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import fileutil, settings
from desktop_app.core.settings import Settings


def on_disk(path: Path) -> dict[str, Any]:
    value = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value


def test_without_the_writer_a_change_is_on_disk_when_set_returns(tmp_path: Path) -> None:
    """The CLI's way (it exits right after): nothing waits in another thread."""
    path = tmp_path / "settings.json"
    Settings(path).set("max_cost_per_job", 3)
    assert on_disk(path) == {"max_cost_per_job": 3.0}
    assert Settings(path).get("max_cost_per_job") == 3.0


def test_a_change_is_seen_at_once_and_written_by_another_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    synced_by: list[threading.Thread] = []
    real_fsync = fileutil.os.fsync

    def fsync(fd: int) -> None:
        synced_by.append(threading.current_thread())
        real_fsync(fd)

    monkeypatch.setattr(fileutil.os, "fsync", fsync)
    store = Settings(path)
    store.write_in_background()
    store.set("welcome_seen", True)
    assert store.get("welcome_seen") is True, "the window sees the change at once"
    assert store.flush(timeout=30)
    assert on_disk(path) == {"welcome_seen": True}
    assert synced_by and threading.current_thread() not in synced_by, "the fsync ran in the writer thread"
    assert Settings(path).get("welcome_seen") is True


def test_quick_changes_are_coalesced_and_the_last_one_is_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    store = Settings(path)
    store.write_in_background()
    writing = threading.Event()
    go_on = threading.Event()
    written: list[dict[str, Any]] = []
    real_write = Settings._write

    def slow_write(self: Settings, values: dict[str, Any]) -> None:
        writing.set()
        assert go_on.wait(30)
        written.append(dict(values))
        real_write(self, values)

    monkeypatch.setattr(Settings, "_write", slow_write)
    store.set("region", "intl")
    assert writing.wait(30), "the writer started"
    for region in ("cn", "sandbox-x", "cn-beijing"):  # while the first write is still going on
        store.set("region", region)
    store.set("language", "ja")
    go_on.set()
    assert store.flush(timeout=30)
    assert on_disk(path) == {"region": "cn-beijing", "language": "ja"}
    assert written == [{"region": "intl"}, {"region": "cn-beijing", "language": "ja"}], "one write for the rest"


def test_a_crash_while_writing_leaves_the_previous_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The write is atomic: a process killed half-way through leaves the last complete file, never a
    torn one (and no temp file)."""
    path = tmp_path / "settings.json"
    store = Settings(path)
    store.set("region", "intl")
    before = path.read_bytes()
    store.write_in_background()
    real_dump = settings.json.dump

    class Killed(BaseException):
        pass

    died: list[BaseException] = []

    def dump_half(values: Any, handle: Any, **kwargs: Any) -> None:
        handle.write('{"region": "c')  # half of the new file, then the process "dies"
        handle.flush()
        raise Killed

    def writer_dies(args: threading.ExceptHookArgs) -> None:
        died.append(args.exc_value or Killed())

    monkeypatch.setattr(threading, "excepthook", writer_dies)
    monkeypatch.setattr(settings.json, "dump", dump_half)
    store.set("region", "cn")
    for _ in range(3000):
        if died:
            break
        threading.Event().wait(0.01)
    assert died and isinstance(died[0], Killed)
    assert path.read_bytes() == before and on_disk(path) == {"region": "intl"}
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"], "no half-written temp file is left"
    monkeypatch.setattr(settings.json, "dump", real_dump)


def test_a_failed_write_is_logged_and_the_next_change_writes_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    store = Settings(path)
    store.write_in_background()
    real_replace = fileutil.os.replace
    failures = [OSError(28, "No space left on device")]

    def replace(src: Any, dst: Any) -> None:
        if failures:
            raise failures.pop()
        real_replace(src, dst)

    monkeypatch.setattr(fileutil.os, "replace", replace)
    store.set("language", "id")
    assert store.flush(timeout=30), "a failed write does not leave flush waiting"
    assert not path.exists() and "Settings not saved" in caplog.text
    store.set("language", "zh_TW")
    assert store.flush(timeout=30)
    assert on_disk(path) == {"language": "zh_TW"}
