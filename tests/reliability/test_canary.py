"""The canary: run the whole flow with one known fake key, then look for it everywhere. Zero hits.

Settings (save, test), a submit, a 401 (the key used against the other region), a 500, a refresh, the
download, the CSV export, the diagnostics text, and the app's own processes (``--self-test`` and the
CLI) — then every file under the app's config, data, cache and log folders, the export, the captured
stdout/stderr (this process's and the subprocesses') and the log records are searched for the key and
for its random part alone.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core import logging_setup
from desktop_app.core.diagnostics import diagnostics_text
from desktop_app.core.errors import AuthError
from desktop_app.core.ledger import Ledger
from desktop_app.core.paths import app_paths
from desktop_app.core.secrets import KeyStore
from desktop_app.core.settings import Settings
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController
from tests.reliability.conftest import record, scan_for

REPO = Path(__file__).resolve().parents[2]
REGION = "custom:canary-singapore"
OTHER = "custom:canary-beijing"


def _input(folder: Path, tag: str) -> Path:
    path = folder / "canary-input.jsonl"
    lines = [
        json.dumps(
            {
                "custom_id": f"c{i}",
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": f"canary {tag} {i}"}]},
            },
            ensure_ascii=False,
        )
        for i in range(4)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.asyncio
async def test_canary_key_never_leaves_the_keychain(
    app_home: Path,
    tmp_path: Path,
    clean_faults: SandboxServer,
    quick_services: None,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    random_part = secrets.token_hex(16)
    key = f"sk-sandbox-intl-canary{random_part}"  # accepted by the sandbox's Singapore namespace
    srv = clean_faults
    caplog.set_level(logging.DEBUG)
    paths = app_paths().ensure()
    logging_setup.configure_logging(paths.logs, logging.DEBUG)
    for chatty in ("openai", "httpx2", "httpcore2"):  # the strictest setting: the SDK's own debug logs too
        logging.getLogger(chatty).setLevel(logging.DEBUG)
    ledger = Ledger(paths.ledger_db)
    settings = Settings(paths.settings_file)
    settings.set(
        "custom_endpoints",
        [
            {"name": "Canary Singapore", "base_url": srv.base_url("intl")},
            {"name": "Canary Beijing", "base_url": srv.base_url("cn")},
        ],
    )
    controller = AppController(paths, ledger, KeyStore(), settings, srv.base_url("sandbox"))
    export_dir = tmp_path / "exports"
    seen_text: list[str] = []  # every message the user would have been shown
    try:
        # -- settings: save, test, masked
        where = await controller.save_key(REGION, key)
        seen_text.append(str(where))
        await controller.test_key(REGION, key)
        state = await controller.key_state(REGION)
        assert state.has_key and state.masked == f"sk-…{key[-4:]}"
        assert random_part not in state.masked and key not in state.masked
        seen_text += [state.masked, state.where]

        # -- a 401: the key pasted for the other region
        with pytest.raises(AuthError) as refused:
            await controller.test_key(OTHER, key)
        seen_text.append(refused.value.user_message)
        await controller.save_key(OTHER, key)
        with pytest.raises(AuthError) as refused_again:
            await (await controller.service(OTHER)).check_key()
        seen_text += [refused_again.value.user_message, refused_again.value.detail]

        # -- submit
        source = _input(tmp_path, random_part[:6])
        report = await controller.validate(source, REGION)
        assert report.ok, report.problems
        job = await controller.submit(source, report, REGION, name="canary", description="", completion_window="24h")
        assert job.batch_id
        seen_text.append(job.last_error or "")

        # -- a 500 while refreshing
        # (the refresh learns statuses from list pages first, then retrieves what they miss)
        srv.faults.add("list", status=500, times=None, namespace="intl")
        srv.faults.add("retrieve", status=500, times=None, namespace="intl")
        outcome = await controller.refresh()
        assert any("internal problem" in str(p) for p in outcome.problems), outcome.problems
        seen_text += map(str, outcome.problems)
        srv.faults.clear()

        # -- refresh to the end, download, export
        srv.clock.advance(3600)
        outcome = await controller.refresh()
        [done] = [j for j in outcome.jobs if j.id == job.id]
        assert done.status == "completed" and done.results_downloaded_at, done
        summary = await controller.export_csv(done, export_dir / "canary.csv")
        assert summary.succeeded == 4

        # -- "Copy diagnostics"
        diagnostics = diagnostics_text(
            paths, keystore=controller.keystore, regions=controller.regions(), current_region=REGION
        )
        assert REGION in diagnostics and "[last errors]" in diagnostics
        assert "internal problem" in diagnostics or "HTTP 500" in diagnostics, diagnostics
        seen_text.append(diagnostics)
    finally:
        await controller.aclose()
        ledger.close()
        logging_setup.shutdown_logging()

    # -- the app's own processes, with the key in the environment as the CLI would read it
    env = {
        **os.environ,
        "BATCH_DESK_HOME": str(app_home),
        "DASHSCOPE_API_KEY": key,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(REPO),
    }
    self_test = _run(["-m", "desktop_app", "--self-test"], env)
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    assert "sandbox answers: ok" in self_test.stdout
    validate = _run(["-m", "desktop_app.cli", "validate", str(source)], env)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text(f'{{"custom_id": "{key}", "oops"\n', encoding="utf-8")  # a key pasted into a file
    validate_bad = _run(["-m", "desktop_app.cli", "validate", "--json", str(bad)], env)
    assert validate_bad.returncode == 1

    # -- search everywhere
    needles = [key.encode(), random_part.encode()]
    captured = capfd.readouterr()
    streams = {
        "pytest stdout": captured.out,
        "pytest stderr": captured.err,
        "--self-test stdout": self_test.stdout,
        "--self-test stderr": self_test.stderr,
        "cli validate stdout": validate.stdout,
        "cli validate stderr": validate.stderr,
        "messages shown": "\n".join(seen_text),
        "log records": "\n".join(r.getMessage() + (r.exc_text or "") + (r.stack_info or "") for r in caplog.records),
    }
    hits = scan_for(needles, paths.config, paths.data, paths.cache, paths.logs, app_home, export_dir)
    hits += [name for name, text in streams.items() if random_part in text]
    assert (paths.logs / logging_setup.LOG_FILE_NAME).stat().st_size > 0, "the flow was logged"
    assert list(paths.results.rglob("output.jsonl")), "the answers were downloaded"
    assert (export_dir / "canary.csv").exists()
    assert len(caplog.records) > 20
    assert hits == [], f"the key leaked: {hits}"
    record("secret", "canary-whole-flow", secrets_found=len(hits))


def test_canary_search_finds_a_planted_key(app_home: Path, tmp_path: Path) -> None:
    """The search itself works: a key written on purpose is found (so "zero hits" means something)."""
    key = "sk-canary-" + secrets.token_hex(12)
    paths = app_paths().ensure()
    (paths.cache / "planted.bin").write_bytes(b"\x00junk" + key.encode() + b"junk")
    assert scan_for([key.encode()], app_home) == [f"{paths.cache / 'planted.bin'}: {key.encode()!r}"]
