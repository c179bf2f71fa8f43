"""Crash points: SIGKILL the CLI at a precise moment, restart it, and prove nothing is lost or doubled.

Everything runs as separate processes over loopback HTTP: one standalone sandbox for the module
(``python -m desktop_app.sandbox``, driven through its ``/_sandbox`` control API) and the real CLI for
every step, on a fresh app home per test.

How each kill point is made exact:

* **during upload** — a sandbox fault holds the upload request open (the server sleeps before reading
  the body); once the fault has been taken the CLI is mid-upload and the test SIGKILLs it.
* **after create, before the ledger recorded the batch id**, **during the download**, **during an
  export** — the CLI runs under a small driver (``DRIVER`` below: ``python -c DRIVER <point> <cli
  args>``) that patches one function so the process SIGKILLs *itself* there: ``Ledger.record_created``
  (create has returned, nothing written yet), or the write handle of the download's / export's atomic
  write after its first bytes (flushed, so a real partial file exists). No production code knows about
  crash points; a refactor that moves them makes the process exit normally and the test fail.

After each kill the test checks the state a crash leaves (what the ledger says, what the server has,
which temp files exist), then restarts the CLI the way a user would (``jobs``, ``download``, ``submit``
again, ``export`` again) and checks: the job is found, batches on the server for the input file = 1,
every answer is on disk, no ``.part`` file anywhere (the start-up sweep, ``core/startup.py``).

Also here: the start-up sweep and the instance lock against a second live process, reconcile leaving
another process's submit alone, and the window's start on a damaged job list (a message box, exit 2).
"""

from __future__ import annotations

import csv
import json
import os
import re
import secrets
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.fileutil import PARTIAL_SUFFIX
from desktop_app.core.ledger import Ledger
from tests.reliability.conftest import record

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fcntl locks: POSIX only")

ENDPOINT = "/v1/chat/completions"
KILLED = -signal.SIGKILL
REQUESTS = 400  # ~330 KB of answers: more than one 256 KB download chunk, so the kill is mid-file
CLI_TIMEOUT_S = 60

# Runs the real CLI after patching exactly one function into a SIGKILL (see the module notes).
DRIVER = r"""
import contextlib, os, signal, sys

point, argv = sys.argv[1], sys.argv[2:]


def crash():
    os.kill(os.getpid(), signal.SIGKILL)


class Killing:
    # a file handle that flushes and kills the process after its n-th write
    def __init__(self, handle, after):
        self._handle, self._left = handle, after

    def write(self, data):
        written = self._handle.write(data)
        self._left -= 1
        if self._left <= 0:
            self._handle.flush()
            crash()
        return written

    def __getattr__(self, name):
        return getattr(self._handle, name)


def kill_inside_atomic_write(module, after):
    real = module.atomic_write

    @contextlib.contextmanager
    def atomic_write(dest, *args, **kwargs):
        with real(dest, *args, **kwargs) as handle:
            yield Killing(handle, after)

    module.atomic_write = atomic_write


if point == "after_create":
    from desktop_app.core.ledger import Ledger

    Ledger.record_created = lambda self, job_id, batch: crash()
elif point == "during_download":
    from desktop_app.core import service

    kill_inside_atomic_write(service, 1)
elif point == "during_export":
    from desktop_app.core import export

    kill_inside_atomic_write(export, 1)  # the export writes its BOM, then chunks of rows: kill after the BOM
else:
    raise SystemExit(f"unknown crash point {point!r}")

from desktop_app.cli import main

sys.exit(main(argv))
"""


# ---- the sandbox process and its HTTP API ------------------------------------------------------


CONTROL_TOKEN = secrets.token_urlsafe(16)  # the standalone sandbox's control API needs it (issue 10)


@dataclass(frozen=True)
class Sandbox:
    root: str

    @property
    def base(self) -> str:
        return f"{self.root}/v1"

    def _call(self, method: str, url: str, body: Any = None, *, raw: bool = False) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Authorization", "Bearer sk-crash-test")
        request.add_header("X-Sandbox-Token", CONTROL_TOKEN)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=10) as response:
            data = response.read()
        return data if raw else json.loads(data)

    def control(self, what: str, body: Any = None, method: str = "POST") -> Any:
        return self._call(method, f"{self.root}/_sandbox/{what}", body)

    def api(self, path: str, *, raw: bool = False) -> Any:
        return self._call("GET", f"{self.base}{path}", raw=raw)

    def batches_for(self, filename: str) -> list[dict[str, Any]]:
        """Every batch on the server whose input file has this name (however many uploads there were)."""
        names = {f["id"]: f["filename"] for f in self.api("/files")["data"]}
        batches = self.api("/batches?limit=100")["data"]
        return [b for b in batches if names.get(b["input_file_id"]) == filename]

    def files_named(self, filename: str) -> list[dict[str, Any]]:
        return [f for f in self.api("/files")["data"] if f["filename"] == filename]

    def finish(self, batch_id: str) -> dict[str, Any]:
        """Move the sandbox clock until the batch has completed."""
        deadline = time.monotonic() + 20
        while True:
            self.control("clock", {"advance": 3600})
            batch = self.api(f"/batches/{batch_id}")
            if batch["status"] == "completed":
                return dict(batch)
            assert time.monotonic() < deadline, f"batch {batch_id} did not complete: {batch['status']}"
            time.sleep(0.05)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    logs = tmp_path_factory.mktemp("sandbox") / "stderr.log"
    with open(logs, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop_app.sandbox", "--port", "0", "--speed", "0"],
            env={**os.environ, "BATCH_DESK_SANDBOX_TOKEN": CONTROL_TOKEN},
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        found = re.search(r"listening on (http://\S+)", first)
        assert found, f"the sandbox did not start: {first!r} {logs.read_text(errors='replace')}"
        yield Sandbox(found.group(1).rstrip("/"))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.fixture
def sbx(sandbox: Sandbox) -> Iterator[Sandbox]:
    sandbox.control("faults", method="DELETE")
    yield sandbox
    sandbox.control("faults", method="DELETE")


# ---- the CLI as a user runs it -----------------------------------------------------------------


def cli_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DASHSCOPE_API_KEY", "BATCH_DESK_HOME")}
    env["BATCH_DESK_HOME"] = str(home)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the machine's keychain
    return env


def cli_argv(*args: object, crash: str | None = None) -> list[str]:
    head = [sys.executable, "-c", DRIVER, crash] if crash else [sys.executable, "-m", "desktop_app.cli"]
    return head + [str(a) for a in args]


def cli(home: Path, *args: object, crash: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_argv(*args, crash=crash), env=cli_env(home), capture_output=True, text=True, timeout=CLI_TIMEOUT_S
    )


def where(sbx: Sandbox) -> list[str]:
    return ["--region", "sandbox", "--base-url", sbx.base]


def ok_json(done: subprocess.CompletedProcess[str]) -> Any:
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def killed(done: subprocess.CompletedProcess[str] | subprocess.Popen[str], returncode: int | None = None) -> None:
    code = done.returncode if returncode is None else returncode
    out = getattr(done, "stdout", "") if isinstance(done, subprocess.CompletedProcess) else ""
    err = getattr(done, "stderr", "") if isinstance(done, subprocess.CompletedProcess) else ""
    assert code == KILLED, f"the process was not killed at the crash point (exit {code})\n{out}\n{err}"


def write_input(path: Path, n: int = REQUESTS) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            body = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"問題 {i}: " + "x" * 150}]}
            handle.write(json.dumps({"custom_id": f"r{i:05d}", "method": "POST", "url": ENDPOINT, "body": body}))
            handle.write("\n")
    return path


def ledger_jobs(home: Path) -> list[Any]:
    with Ledger(home / "data" / "ledger.sqlite3") as ledger:
        return ledger.jobs()


def leftovers(*roots: Path) -> list[Path]:
    return sorted(p for root in roots if root.exists() for p in root.rglob(f"*{PARTIAL_SUFFIX}"))


def csv_ids(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [row["custom_id"] for row in rows]


def answer_ids(path: Path) -> set[str]:
    return {json.loads(line)["custom_id"] for line in path.read_text(encoding="utf-8").splitlines() if line}


def wanted_ids(n: int = REQUESTS) -> set[str]:
    return {f"r{i:05d}" for i in range(n)}


# ---- the four crash points ---------------------------------------------------------------------


def test_kill_during_upload(sbx: Sandbox, tmp_path: Path) -> None:
    home = tmp_path / "home"
    src = write_input(tmp_path / "crash-upload.jsonl", 40)
    sbx.control("faults", {"route": "upload", "delay": 1.0})  # the server sits on the request
    proc = subprocess.Popen(
        cli_argv("submit", src, *where(sbx), "--name", "crash-upload"),
        env=cli_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while sbx.control("faults", method="GET")["faults"]:  # not taken yet: the upload has not arrived
            assert proc.poll() is None, f"the CLI ended before uploading (exit {proc.returncode})"
            assert time.monotonic() < deadline, "the upload never reached the sandbox"
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        returncode = proc.wait(timeout=10)
    killed(proc, returncode)

    # What the crash left: the intent (before any network call), no file id, no batch.
    [job] = ledger_jobs(home)
    assert (job.status, job.input_file_id, job.batch_id) == ("uploading", None, None)
    assert sbx.batches_for(src.name) == []

    # Restart: `jobs` resolves it — the upload never finished, so no batch can exist.
    listed = ok_json(cli(home, "jobs", *where(sbx), "--json"))["jobs"]
    [row] = [j for j in listed if j["job_id"] == job.id]
    assert row["status"] == "create_failed", row
    assert "you can submit the file again" in row["last_error"]

    # The user finishes what they started: submit again. One batch for the file, all answers back.
    submitted = ok_json(cli(home, "submit", src, *where(sbx), "--name", "crash-upload", "--json"))["job"]
    batches = sbx.batches_for(src.name)
    assert [b["id"] for b in batches] == [submitted["batch_id"]]
    sbx.finish(submitted["batch_id"])
    out = tmp_path / "answers"
    ok_json(cli(home, "download", submitted["batch_id"], *where(sbx), "-o", out, "--json"))
    assert set(csv_ids(out / "results.csv")) == wanted_ids(40)
    assert leftovers(home, out) == []
    # The killed upload may or may not have reached the server whole (then it is an unused file, never a batch).
    time.sleep(1.0)  # let the held request end
    orphans = len(sbx.files_named(src.name)) - len(batches)
    assert orphans in (0, 1)
    record("crash point", "kill during upload", duplicates=len(batches) - 1, orphans=orphans)


def test_kill_after_create_before_the_ledger_write(sbx: Sandbox, tmp_path: Path) -> None:
    home = tmp_path / "home"
    src = write_input(tmp_path / "crash-create.jsonl", 30)
    killed(cli(home, "submit", src, *where(sbx), "--name", "crash-create", crash="after_create"))

    # What the crash left: the batch exists on the server, the ledger only knows "creating" + the file id.
    [batch] = sbx.batches_for(src.name)
    [job] = ledger_jobs(home)
    assert (job.status, job.input_file_id, job.batch_id) == ("creating", batch["input_file_id"], None)

    # Restart: `jobs` finds it by its input file id and records the batch on the same job.
    listed = ok_json(cli(home, "jobs", *where(sbx), "--json"))["jobs"]
    mine = [j for j in listed if j["input_file_id"] == batch["input_file_id"]]
    assert [(j["job_id"], j["batch_id"]) for j in mine] == [(job.id, batch["id"])]

    # ... and the user finishes: download once it has completed.
    sbx.finish(batch["id"])
    out = tmp_path / "answers"
    done = ok_json(cli(home, "download", batch["id"], *where(sbx), "-o", out, "--json"))
    assert done["job"]["job_id"] == job.id and done["job"]["verdict"] == "complete"
    assert set(csv_ids(out / "results.csv")) == wanted_ids(30)
    batches = sbx.batches_for(src.name)
    assert len(batches) == 1
    # `jobs` imported every batch the (shared) sandbox lists; this one is on one row: the original job.
    rows = [j for j in ledger_jobs(home) if batch["id"] in (j.batch_id,) or j.input_file_id == batch["input_file_id"]]
    assert [(j.id, j.batch_id) for j in rows] == [(job.id, batch["id"])]
    assert leftovers(home, out) == []
    record("crash point", "kill after create, before the ledger write", duplicates=len(batches) - 1)


@pytest.fixture(scope="module")
def finished_batch(sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """One completed batch (submitted through the CLI from a throw-away home) and its input file."""
    folder = tmp_path_factory.mktemp("finished")
    src = write_input(folder / "crash-finished.jsonl")
    job = ok_json(cli(folder / "home", "submit", src, *where(sandbox), "--json"))["job"]
    return src, sandbox.finish(job["batch_id"])


def test_kill_during_download(sbx: Sandbox, finished_batch: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    src, batch = finished_batch
    home = tmp_path / "home"
    out = tmp_path / "answers"
    killed(cli(home, "download", batch["id"], *where(sbx), "-o", out, crash="during_download"))

    # What the crash left: a partial temp file next to where the answers go, never the answer file.
    [partial] = leftovers(home)
    folder = partial.parent  # <results>/sandbox/<batch id>-<hash>: one folder per job (issue 10)
    assert folder.parent == home / "data" / "results" / "sandbox" and folder.name.startswith(batch["id"] + "-")
    assert partial.name.startswith(".output.jsonl.")
    partial_size = partial.stat().st_size
    assert not (folder / "output.jsonl").exists() and not (out / "results.csv").exists()

    # Restart: `download` again. The sweep removes the leftover; the answers arrive whole.
    done = ok_json(cli(home, "download", batch["id"], *where(sbx), "-o", out, "--json"))
    assert done["job"]["verdict"] == "complete"
    output = folder / "output.jsonl"
    assert 0 < partial_size < output.stat().st_size, "the kill was in the middle of the file"
    assert answer_ids(output) == wanted_ids() == set(csv_ids(out / "results.csv"))
    assert leftovers(home, out) == []
    assert len(sbx.batches_for(src.name)) == 1
    record("crash point", "kill during the download of results")


def test_kill_during_export(sbx: Sandbox, finished_batch: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    src, batch = finished_batch
    home = tmp_path / "home"
    answers = tmp_path / "output.jsonl"
    answers.write_bytes(sbx.api(f"/files/{batch['output_file_id']}/content", raw=True))
    exports = tmp_path / "exports"
    exports.mkdir()
    dest = exports / "answers.csv"
    dest.write_bytes(b"an earlier export\r\n")  # what the user had before
    other = exports / ".someone-else.csv.x1.part"  # not ours to touch: another file's temp name
    other.write_text("?", encoding="utf-8")

    killed(cli(home, "export", answers, "--input", src, "-o", dest, crash="during_export"))

    # What the crash left: the earlier export untouched, a half-written temp file beside it.
    assert dest.read_bytes() == b"an earlier export\r\n"
    [partial] = [p for p in leftovers(exports) if p != other]
    assert partial.name.startswith(".answers.csv.") and partial.stat().st_size > 0

    # Restart: export again. The leftover of this export goes; the new file is complete.
    done = ok_json(cli(home, "export", answers, "--input", src, "-o", dest, "--json"))
    assert done["rows"] == REQUESTS
    assert sorted(csv_ids(dest)) == sorted(wanted_ids())
    assert leftovers(exports) == [other]
    assert leftovers(home) == []
    record("crash point", "kill during an export")


# ---- the start-up sweep and the instance lock --------------------------------------------------

HOLDER = r"""
import sys
from desktop_app.core.paths import app_paths
from desktop_app.core.startup import register_instance
register_instance(app_paths().ensure())
print("ready", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def other_process(app_home: Path) -> Iterator[subprocess.Popen[str]]:
    """Another Batch Desk process on the same folders (it holds its instance lock until stdin closes)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER],
        env=cli_env(app_home),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


def _end(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)  # however it ends, the OS drops its lock
    proc.wait(timeout=10)


def test_start_up_sweeps_only_when_no_other_instance_runs(
    app_home: Path, other_process: subprocess.Popen[str], tmp_path: Path
) -> None:
    from desktop_app.core import startup
    from desktop_app.core.paths import app_paths

    paths = app_paths().ensure()
    batch_folder = paths.results / "sandbox" / "batch_1"
    batch_folder.mkdir(parents=True)
    partials = [
        batch_folder / ".output.jsonl.abc.part",
        paths.config / ".settings.json.def.part",
        paths.cache / ".x.part",
    ]
    for p in partials:
        p.write_bytes(b"half")
    keep = [batch_folder / "output.jsonl", batch_folder / "notes.part", paths.data / ".hidden"]
    for p in keep:
        p.write_bytes(b"mine")
    dest = tmp_path / "export.csv"
    dest_partial = tmp_path / ".export.csv.zz.part"
    dest_partial.write_bytes(b"half")
    try:
        report = startup.start_up(paths)
        assert report == startup.StartupReport((), True), "another process may be writing those files"
        assert all(p.exists() for p in partials)
        assert startup.sweep_destination(dest) == [] and dest_partial.exists()

        _end(other_process)
        report = startup.start_up(paths)
        assert not report.others_running
        assert sorted(report.removed) == sorted(partials)
        assert not any(p.exists() for p in partials) and all(p.exists() for p in keep)
        assert startup.sweep_destination(dest) == [dest_partial] and not dest_partial.exists()
        # The dead process's lock file went on the way; ours is the only one left.
        [mine] = (paths.data / startup.INSTANCES_DIR).iterdir()
        assert mine.name.startswith(f"{os.getpid()}-") and mine.name.endswith(".lock")
    finally:
        startup.release_instance()
    record("crash point", "start-up sweep waits for other processes")


def test_reconcile_leaves_another_process_submit_alone(
    sbx: Sandbox, app_home: Path, other_process: subprocess.Popen[str]
) -> None:
    """A row in "uploading" may be another live process's submit in flight: judging it "not created,
    submit again" would invite a duplicate. Once that process is gone, it is resolved."""
    import asyncio

    from desktop_app.core import startup, workflow
    from desktop_app.core.paths import app_paths
    from desktop_app.core.regions import SANDBOX
    from desktop_app.core.service import BatchService

    paths = app_paths().ensure()
    startup.register_instance(paths)
    ledger = Ledger(paths.ledger_db)

    async def reconcile() -> list[Any]:
        service = BatchService(SANDBOX, "x", base_url=sbx.base)
        try:
            return await workflow.reconcile_unfinished(service, ledger)
        finally:
            await service.aclose()

    try:
        job_id = ledger.record_intent(
            region_id="sandbox",
            name="in flight elsewhere",
            description="",
            completion_window="24h",
            endpoint=ENDPOINT,
            model="qwen-plus",
            input_path=app_home / "x.jsonl",
            input_sha256="0" * 64,
            input_bytes=1,
        )
        assert asyncio.run(reconcile()) == []
        assert ledger.get(job_id).status == "uploading"  # type: ignore[union-attr]
        _end(other_process)
        [resolved] = asyncio.run(reconcile())
        assert (resolved.id, resolved.status) == (job_id, "create_failed")
    finally:
        ledger.close()
        startup.release_instance()
    record("crash point", "reconcile waits for the process that may be submitting")


# ---- the window on a damaged job list ----------------------------------------------------------


def test_window_start_on_a_damaged_ledger_shows_a_box_and_exits_2(tmp_path: Path) -> None:
    home = tmp_path / "home"
    db = home / "data" / "ledger.sqlite3"
    db.parent.mkdir(parents=True)
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x)")
    damaged = db.read_bytes()[:100] + b"\xde\xad" * 2000  # a real header, garbage pages
    db.write_bytes(damaged)
    env = {**cli_env(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "start-up error box: shown" in done.stdout
    [backup] = [p for p in db.parent.iterdir() if p.name.startswith("ledger.sqlite3.damaged")]
    assert "damaged" in done.stderr and str(backup) in done.stderr
    assert backup.read_bytes() == damaged and db.read_bytes() == damaged  # nothing replaced
    assert "window shown" not in done.stdout
    record("durability", "window start on a damaged ledger: message box, exit 2")
