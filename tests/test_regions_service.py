"""Region, key and address: the window and the CLI ask ``services.regions`` and give the same answer
(issue 11) — the same region for an id or a custom address, the same words for a missing key."""

from __future__ import annotations

import argparse
import asyncio
import json

import pytest

from desktop_app.cli import main
from desktop_app.commands import jobs as jobs_cmd
from desktop_app.core.ledger import Ledger
from desktop_app.core.paths import app_paths
from desktop_app.core.regions import CN, INTL, SANDBOX, RegionKind
from desktop_app.core.secrets import KeyStore
from desktop_app.core.settings import Settings
from desktop_app.services import regions
from desktop_app.ui.controller import AppController

MY_URL = "https://llm.example.com/compatible-mode/v1"


def window(sandbox_url: str | None = None) -> AppController:
    paths = app_paths().ensure()
    return AppController(paths, Ledger(paths.ledger_db), KeyStore(), Settings(paths.settings_file), sandbox_url)


def cli_target(region: str | None = None, base_url: str | None = None) -> tuple[object, str | None]:
    return jobs_cmd._resolve(argparse.Namespace(region=region, base_url=base_url))


@pytest.fixture
def my_endpoint() -> None:
    """A custom endpoint saved in the app's settings (as the window's Settings dialog saves it)."""
    Settings(app_paths().ensure().settings_file).set("custom_endpoints", [{"name": "My gateway", "base_url": MY_URL}])


def test_the_same_region_for_an_id_on_both_faces(my_endpoint: None) -> None:
    ctrl = window()
    try:
        [mine] = [r for r in ctrl.regions() if r.kind is RegionKind.CUSTOM]
        for region_id in (INTL.id, CN.id, mine.id):
            region, base_url = cli_target(region_id)
            assert region == ctrl.region(region_id) and base_url is None
        # The CLI given only the saved address finds the saved endpoint, as the window lists it.
        assert cli_target(None, MY_URL + "/") == (mine, None)
        assert regions.region_at(ctrl.regions(), MY_URL) == mine
    finally:
        ctrl.ledger.close()


def test_a_missing_key_reads_the_same_in_the_window_and_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    ctrl = window()
    try:
        with pytest.raises(regions.MissingKey) as raised:
            asyncio.run(ctrl.service(INTL.id))
    finally:
        ctrl.ledger.close()
    shown_in_window = raised.value.user_message
    assert shown_in_window.startswith("There is no API key for International (Singapore) yet.")
    code = main(["jobs", "--region", INTL.id, "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    printed = json.loads(out)["error"]
    assert printed.startswith(shown_in_window), "the CLI says the window's words first"
    assert printed == f"{shown_in_window} {jobs_cmd.MISSING_KEY_CLI_HINT}"
    assert shown_in_window in err


def test_the_key_comes_from_the_keychain_on_both_faces_and_from_the_environment_only_on_the_cli(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctrl = window()
    try:
        monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-fromtheenvironment1")
        assert jobs_cmd._key_for(INTL) == "sk-fromtheenvironment1"
        with pytest.raises(regions.MissingKey):  # the window never reads the environment
            asyncio.run(ctrl.service(INTL.id))
        asyncio.run(ctrl.save_key(INTL.id, "  sk-savedinthekeychain2 "))
        assert jobs_cmd._key_for(INTL) == "sk-savedinthekeychain2", "the saved key wins on the CLI too"
        assert regions.read_key(ctrl.keystore, INTL) == "sk-savedinthekeychain2"
        assert regions.read_key(ctrl.keystore, SANDBOX) == regions.SANDBOX_KEY
        # Both faces follow the same regions: the ones with a key.
        assert [r for r, _ in jobs_cmd._regions_with_keys()] == [INTL]
        assert asyncio.run(ctrl.watched_regions()) == [INTL.id]
    finally:
        ctrl.ledger.close()


def test_the_sandbox_address(capsys: pytest.CaptureFixture[str]) -> None:
    for url in ("http://127.0.0.1:9/v1", None):
        ctrl = window(url)
        try:
            if url:
                assert ctrl._base_url(SANDBOX) == url
            else:
                with pytest.raises(regions.SandboxNotRunning):
                    ctrl._base_url(SANDBOX)
        finally:
            ctrl.ledger.close()
    # The CLI has no sandbox of its own: it needs --base-url, and says how to get one.
    with pytest.raises(jobs_cmd.CliError) as raised:
        cli_target(SANDBOX.id)
    assert raised.value.message == jobs_cmd.SANDBOX_HINT
    assert cli_target(SANDBOX.id, "http://127.0.0.1:9/v1/") == (SANDBOX, "http://127.0.0.1:9/v1")
    with pytest.raises(jobs_cmd.CliError, match="must start with http"):
        cli_target(INTL.id, "ftp://x")
    assert regions.service_address(INTL, sandbox_url=None) == INTL.base_url
