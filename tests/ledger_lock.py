"""Another process holding the job list's lock, for the tests of a locked ledger (core and window)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HOLDER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
if sys.argv[2] == "fresh":
    conn.execute("CREATE TABLE other (a)")  # another program's file, rollback journal
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
conn.execute("ROLLBACK")
"""


def hold_lock(path: Path, mode: str = "existing") -> subprocess.Popen[str]:
    """Another process holding an exclusive lock on ``path`` until :func:`release` (blocks until it
    holds it). ``mode`` "fresh" makes ``path`` another program's file first."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def release(proc: subprocess.Popen[str]) -> None:
    """Let the other process roll back and end."""
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=10)
