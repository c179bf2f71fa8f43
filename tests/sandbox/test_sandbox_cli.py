"""``python -m desktop_app.sandbox`` in a subprocess: starts, answers, stops cleanly on Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from desktop_app.sandbox.__main__ import run

ROOT = Path(__file__).resolve().parents[2]


def test_module_runs_in_a_subprocess(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app.sandbox",
            "--port",
            "0",
            "--speed",
            "100",
            "--storage-dir",
            str(tmp_path / "store"),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(6)]
        text = "".join(banner)
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", text)
        assert match, text
        root = match.group(1)
        assert f"{root}/v1" in text and "sk-sandbox-intl-" in text and "sk-sandbox-cn-" in text
        token = re.search(r"X-Sandbox-Token: (\S+)", text)
        assert token, text  # the banner names this run's control token
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{root}/_sandbox/health", timeout=5)
        with refused.value:
            assert refused.value.code == 401
        control = urllib.request.Request(f"{root}/_sandbox/health", headers={"X-Sandbox-Token": token.group(1)})
        with urllib.request.urlopen(control, timeout=5) as response:
            health = json.loads(response.read())
        assert health["status"] == "ok" and health["speed"] == 100
        request = urllib.request.Request(
            f"{root}/cn/compatible-mode/v1/batches", headers={"Authorization": "Bearer sk-sandbox-cn-demo"}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            assert json.loads(response.read())["data"] == []
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Sandbox stopped." in out
    assert "Traceback" not in err


def test_run_rejects_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--speed", "-1"]) == 2
    assert "speed" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(["--port", "not-a-number"])
