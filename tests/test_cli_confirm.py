"""At a terminal, a billed `submit` or `rerun` asks before it pays; scripts keep running unattended.

The command runs in its own process on a pseudo-terminal (what a person at a shell has), against the
sandbox's Singapore namespace, which is priced like the real region.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.sandbox.server import SandboxServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

KEY_ENV = {"DASHSCOPE_API_KEY": "sk-sandbox-intl-confirm"}
PROMPT = b"Submit and pay?"


def billed_input(path: Path) -> Path:
    body = {"model": "qwen-plus", "messages": [{"role": "user", "content": "你好"}], "max_tokens": 50}
    line = {"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": body}
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def at_terminal(argv: list[str], answer: bytes | None) -> tuple[int, str]:
    """Run the CLI with a terminal as stdin and stdout; type ``answer`` at the prompt (None: expect none)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.cli", *argv],
        stdin=slave,
        stdout=slave,
        stderr=subprocess.PIPE,
        env={**os.environ, **KEY_ENV},
        close_fds=True,
    )
    os.close(slave)
    seen = b""
    answered = False
    deadline = time.monotonic() + 40
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    break
                seen += chunk
                if answer is not None and not answered and PROMPT in seen:
                    os.write(master, answer)
                    answered = True
            if proc.poll() is not None and not ready:
                break
        if proc.poll() is None:  # still waiting for an answer nobody gave: a failure, not a hang
            proc.kill()
        code = proc.wait(timeout=20)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    assert proc.stderr is not None
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    return code, seen.decode("utf-8", "replace") + stderr


def test_a_billed_submit_at_a_terminal_waits_for_yes(
    clean_faults: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    srv = clean_faults
    path = billed_input(tmp_path / "ask.jsonl")
    argv = ["submit", str(path), "--region", "intl", "--base-url", srv.base_url("intl")]
    before = srv.batch_count("intl")

    code, said = at_terminal(argv, b"\n")  # Enter alone cancels
    assert code == 1, said
    assert "USD" in said and "Submit and pay?" in said  # the estimate first, then the question
    assert "Not submitted: nothing was sent." in said
    assert srv.batch_count("intl") == before

    code, said = at_terminal(argv, b"y\n")
    assert code == 0, said
    assert "Submitted ask.jsonl" in said
    assert srv.batch_count("intl") == before + 1


def test_scripts_and_yes_are_not_asked(clean_faults: SandboxServer, tmp_path: Path) -> None:
    srv = clean_faults
    first = billed_input(tmp_path / "yes.jsonl")
    code, said = at_terminal(
        ["submit", str(first), "--region", "intl", "--base-url", srv.base_url("intl"), "--yes"], None
    )
    assert code == 0 and "Submit and pay?" not in said, said

    second = tmp_path / "piped.jsonl"
    second.write_text(first.read_text(encoding="utf-8").replace('"1"', '"2"'), encoding="utf-8")
    argv = ["submit", str(second), "--region", "intl", "--base-url", srv.base_url("intl")]
    piped = subprocess.run(  # no terminal: running the command is the confirmation (--max-cost guards)
        [sys.executable, "-m", "desktop_app.cli", *argv],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **KEY_ENV},
    )
    assert piped.returncode == 0, piped.stderr
    assert "Submit and pay?" not in piped.stdout
