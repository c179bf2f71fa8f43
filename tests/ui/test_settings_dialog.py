"""API key settings: save, test, remove a region's key — against a sandbox region that checks keys."""

from __future__ import annotations

import asyncio

from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.ui.conftest import shot

RIGHT_KEY = "sk-sandbox-intl-canary-0123456789"
WRONG_KEY = "sk-sandbox-cn-canary-9876543210"


def test_save_test_and_remove_a_region_key(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox, memory_keyring: MemoryKeyring
) -> None:
    # A custom endpoint that behaves like the Singapore region: only "sk-sandbox-intl-" keys pass.
    controller.settings.set("custom_endpoints", [{"name": "Test Singapore", "base_url": sandbox.base_url("intl")}])
    window = MainWindow(controller)
    qtbot.addWidget(window)
    region_id = "custom:test-singapore"

    async def scenario() -> None:
        await window.start()
        dialog = window.open_settings()
        await dialog.load()
        row = dialog.rows[region_id]
        assert "No key yet" in row.status.text()

        row.field.setText(WRONG_KEY)
        assert await dialog.test_key(region_id) is False
        assert "Each region has its own key" in row.status.text()
        assert WRONG_KEY not in row.status.text()

        row.field.setText(RIGHT_KEY)
        await dialog.save_key(region_id)
        assert row.field.text() == "", "the key is not left in the field after saving"
        assert memory_keyring.store[("batch-desk", region_id)] == RIGHT_KEY
        assert await dialog.test_key(region_id) is True  # the stored key, since the field is empty
        assert "works" in row.status.text()
        shot(dialog, "settings-dialog")

        window.select_region(region_id)
        await window.update_key_status()
        assert "…6789" in window.key_status.text()
        assert RIGHT_KEY not in window.key_status.text()
        assert not window.sandbox_notice.isVisible()

        await dialog.remove_key(region_id)
        assert ("batch-desk", region_id) not in memory_keyring.store
        await window.update_key_status()
        assert "No API key" in window.key_status.text()
        dialog.close()

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_submit_without_a_key_says_what_to_do(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path
) -> None:
    from pathlib import Path

    window = MainWindow(controller)
    qtbot.addWidget(window)
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "test-model-sample.jsonl"

    async def scenario() -> None:
        await window.start()
        window.select_region("intl")
        await window.update_key_status()
        assert "No API key" in window.key_status.text()
        report = await window.submit_page.load_file(sample)
        assert report is not None and report.ok
        window.submit_page.submit_button.click()
        for _ in range(200):
            if not window.notice.isHidden():
                break
            await asyncio.sleep(0.02)
        assert "no API key for International (Singapore)" in window.notice.message
        assert window.jobs_page.model.rowCount() == 0, "nothing was recorded or sent"
        assert window.submit_page.submit_button.isEnabled(), "the user can try again after adding a key"

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))
