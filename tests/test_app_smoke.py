"""The installed entry point starts: composition root, sandbox, window, and a clean exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_python_m_desktop_app_self_test_starts_and_exits_cleanly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    shot = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BATCH_DESK_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test", "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "window shown: ok" in done.stdout
    assert "sandbox answers: ok" in done.stdout
    assert "token counting: ok" in done.stdout
    assert "FAILED" not in done.stdout
    assert shot.stat().st_size > 10_000, "a real picture of the window was saved"
    # Every folder went under BATCH_DESK_HOME, the ledger exists, and the log says we started and stopped.
    assert (home / "data" / "ledger.sqlite3").exists()
    log_text = "".join(p.read_text("utf-8") for p in (home / "logs").glob("*.log*"))
    assert "starting" in log_text and "stopped" in log_text
