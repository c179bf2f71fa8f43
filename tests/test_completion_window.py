"""The completion window is made canonical where it enters (the window's submit, ``--window``, the settings
file): the user may type ``48H``, ``2D``, ``048h`` or `` 2d ``; the service (and our sandbox, which is as
strict) only ever receives ``48h`` / ``2d``. Issue 11: these used to pass our check, be sent as typed, and
come back as a 400 after the upload."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.ledger import Ledger
from desktop_app.core.limits import canonical_completion_window, completion_window_hours
from desktop_app.core.paths import app_paths
from desktop_app.core.regions import SANDBOX
from desktop_app.core.secrets import KeyStore
from desktop_app.core.service import BatchService
from desktop_app.core.settings import Settings
from desktop_app.core.validate import validate_jsonl
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController

ENDPOINT = "/v1/chat/completions"


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("48H", "48h"),
        ("2D", "2d"),
        ("048h", "48h"),
        (" 2d ", "2d"),
        ("24h", "24h"),
        ("1d", "1d"),
        ("336H", "336h"),
        ("14d", "14d"),
        ("0014D", "14d"),
        ("48 h", "48h"),
    ],
)
def test_canonical_form(typed: str, sent: str) -> None:
    assert canonical_completion_window(typed) == sent
    assert completion_window_hours(sent) == completion_window_hours(typed)


@pytest.mark.parametrize("typed", ["23h", "337h", "15d", "0d", "000h", "2w", "", "24", "1.5d", "-24h", "h", "4 8h"])
def test_refusals_name_the_allowed_range(typed: str) -> None:
    with pytest.raises(ValueError) as info:
        canonical_completion_window(typed)
    message = str(info.value)
    assert "24h" in message and ("336h" in message or "2d" in message)


def test_settings_file_values_are_canonical(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"completion_window": " 2D "}), encoding="utf-8")
    settings = Settings(path)
    assert settings.get("completion_window") == "2d"
    settings.set("completion_window", "072H")
    assert json.loads(path.read_text(encoding="utf-8"))["completion_window"] == "72h"
    with pytest.raises(ValueError, match="336h"):
        settings.set("completion_window", "15d")
    assert settings.get("completion_window") == "72h", "a refused value is not saved"
    path.write_text(json.dumps({"completion_window": "forever"}), encoding="utf-8")
    settings.load()
    assert settings.get("completion_window") == "24h", "an unusable stored value falls back to the default"


# -- what the sandbox receives ---------------------------------------------------------------------


SANDBOX_OPTIONS = {"speed": 0.0}


def write_input(path: Path) -> Path:
    body = {"model": "qwen-plus", "messages": [{"role": "user", "content": "hello"}]}
    path.write_text(json.dumps({"custom_id": "1", "method": "POST", "url": ENDPOINT, "body": body}) + "\n")
    return path


def window_on_server(srv: SandboxServer, batch_id: str) -> str | None:
    async def ask() -> str | None:
        service = BatchService(SANDBOX, "sandbox", base_url=srv.base_url("sandbox"))
        try:
            return (await service.retrieve(batch_id)).completion_window
        finally:
            await service.aclose()

    return asyncio.run(ask())


@pytest.mark.parametrize(("typed", "sent"), [("48H", "48h"), ("2D", "2d"), ("048h", "48h")])
def test_cli_sends_the_canonical_window(
    srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str, sent: str
) -> None:
    src = write_input(tmp_path / f"in-{typed}.jsonl")
    args = ["submit", str(src), "--region", "sandbox", "--base-url", srv.base_url("sandbox"), "--json"]
    code = main([*args, "--window", typed])
    out, err = capsys.readouterr()
    assert code == 0, err
    job = json.loads(out)["job"]
    assert window_on_server(srv, job["batch_id"]) == sent
    with Ledger() as ledger:
        record = ledger.find_batch("sandbox", job["batch_id"])
    assert record is not None and record.completion_window == sent


def test_cli_refuses_a_window_out_of_range_before_uploading(
    srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_input(tmp_path / "in.jsonl")
    code = main(["submit", str(src), "--region", "sandbox", "--base-url", srv.base_url("sandbox"), "--window", "15d"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "--window" in err and "336h or 14d" in err and "Traceback" not in err
    with Ledger() as ledger:
        assert ledger.jobs() == [], "nothing was recorded or uploaded"


def test_the_window_sends_the_canonical_window(srv: SandboxServer, tmp_path: Path) -> None:
    src = write_input(tmp_path / "in.jsonl")
    paths = app_paths().ensure()

    async def scenario() -> tuple[str, str | None]:
        with Ledger(paths.ledger_db) as ledger:
            controller = AppController(
                paths, ledger, KeyStore(), Settings(paths.settings_file), srv.base_url("sandbox")
            )
            try:
                report = await asyncio.to_thread(validate_jsonl, src)
                with pytest.raises(BatchDeskError, match="336h or 14d"):
                    await controller.submit(src, report, "sandbox", name="x", description="", completion_window="15D")
                job = await controller.submit(
                    src, report, "sandbox", name="x", description="", completion_window="048H"
                )
                service = await controller.service("sandbox")
                batch = await service.retrieve(str(job.batch_id))
                return job.completion_window, batch.completion_window
            finally:
                await controller.aclose()

    recorded, on_server = asyncio.run(scenario())
    assert (recorded, on_server) == ("48h", "48h")
