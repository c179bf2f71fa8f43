"""The small words a person reads: exact sentences (no "Saved (Saved in …)", no doubled advice, the
button's real name), units in the window's language, no estimate passed off as a count, no technical
names, and a language change that offers to restart."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop_app.ui import messages
from desktop_app.ui.controller import AppController
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring

RIGHT_KEY = "sk-sandbox-intl-canary-0123456789"


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).strip()


@pytest.fixture
def language(qapp: object) -> Iterator[object]:
    before = QLocale()

    def use(code: str) -> None:
        install_language(code, QLocale("en_US"))
        messages.clear_cache()

    yield use
    install_language("en")
    QLocale.setDefault(before)
    messages.clear_cache()


def test_units_speak_the_windows_language(language) -> None:
    from desktop_app.ui.i18n import format_duration, format_size

    day = 23 * 3600 + 59 * 60
    assert (format_duration(day), format_size(442), format_size(1_258_291)) == ("23 h 59 min", "442 bytes", "1.2 MB")
    language("ja")
    assert (format_duration(day), format_duration(45), format_size(442)) == ("23 時間 59 分", "45 秒", "442 バイト")
    language("zh_CN")
    assert (format_duration(3 * 86400 + 7200), format_size(442)) == ("3 天 2 小时", "442 字节")
    language("id")
    assert (format_duration(600), format_size(1_258_291), format_size(4_400)) == ("10 menit", "1,2 MB", "4,3 KB")


def test_a_saved_key_says_where_in_one_sentence(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox, memory_keyring: MemoryKeyring
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)

    async def scenario() -> None:
        await window.start()
        dialog = window.open_settings()
        await dialog.load()
        row = dialog.rows["intl"]
        row.field.setText(RIGHT_KEY)
        await dialog.save_key("intl")
        assert plain(row.status.text()) == "Saved in the system keychain. Press Test to check it with the server."
        dialog.close()

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_a_missing_key_names_the_button_the_window_really_has(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, language
) -> None:
    from desktop_app.core.regions import INTL
    from desktop_app.ui.controller import MissingKey

    window = MainWindow(controller)
    qtbot.addWidget(window)
    texts = {b.text() for b in window.findChildren(type(window.submit_page.submit_button))}
    assert "API keys…" in texts
    assert MissingKey(INTL).user_message == (
        "There is no API key for International (Singapore) yet. Press API keys…, paste the key for this region "
        "and press Save — or switch to the Sandbox to try the app without one."
    )
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))
    language("ja")
    assert "「API キー…」を押し" in messages.core_text(MissingKey(INTL).user_message)


def test_a_name_lookup_failure_asks_about_the_connection_once() -> None:
    import httpx2

    from desktop_app.core.errors import NetworkError, _describe_transport

    reason = _describe_transport(httpx2.ConnectError("[Errno -2] Name or service not known"))
    text = NetworkError("International (Singapore)", reason).user_message
    assert text == (
        "Could not reach International (Singapore): the server name could not be found (is the address right?). "
        "Check the internet connection (and any proxy or VPN), then try again."
    )
    assert text.count("internet connection") == 1


def test_about_names_the_keychain_in_words_not_its_class(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    about = window.open_about()
    text = qloop.run_until_complete(about.load())
    assert "tests.conftest" not in text and "keyring." not in text and "(" not in text, text
    assert "MemoryKeyring" in about.keychain_label.toolTip()  # kept for bug reports
    about.close()
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_the_create_button_never_shows_an_estimate_as_a_count(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path
) -> None:
    """A 260-row sheet (more than the preview holds): the button said "Create ~264 requests"."""
    sheet = tmp_path / "reviews.csv"
    sheet.write_text("id,text\n" + "".join(f"{n},评论 {n} " + "x" * (n % 37) + "\n" for n in range(260)), "utf-8")
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()

    async def scenario() -> None:
        await window.start()
        await window.submit_page.load_file(sheet)
        await asyncio.sleep(0.3)  # the mapping preview renders after a short pause

    qloop.run_until_complete(scenario())
    text = window.submit_page.setup_page.build_button.text()
    assert "~" not in text and text in ("Create requests →", "Create 260 requests →"), text
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_a_new_language_offers_restart_now(qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_settings()
    assert dialog.restart_button.isHidden()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    assert not dialog.restart_button.isHidden()
    window.submit_page._submitting = True  # a batch on its way: never cut it off
    dialog.restart_button.click()
    assert not window.restart_requested and window.isVisible()
    window.submit_page._submitting = False
    dialog.restart_button.click()
    assert window.restart_requested
    for _ in range(200):
        if not window.isVisible():
            break
        qloop.run_until_complete(asyncio.sleep(0.02))
    assert not window.isVisible() and not dialog.isVisible()


def test_the_restart_runs_the_same_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from desktop_app.app import relaunch_command  # type: ignore[attr-defined]

    monkeypatch.setattr(sys, "orig_argv", ["python3", "-m", "desktop_app", "--home", "/x"])
    assert relaunch_command() == [sys.executable, "-m", "desktop_app", "--home", "/x"]


def test_the_beijing_finish_callback_is_an_advanced_field_that_reaches_the_create_call(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shown for Beijing only; what is typed goes to the submit as ``finish_callback`` and from there into
    ``metadata.ds_batch_finish_callback`` (a private or plain-http address is refused in words)."""
    from desktop_app.core.errors import BatchDeskError

    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "test-model-sample.jsonl"
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    page = window.submit_page
    sent: dict[str, object] = {}

    async def fake_submit(*args: object, **kwargs: object) -> object:
        sent.update(kwargs)
        raise BatchDeskError("stopped by the test")

    monkeypatch.setattr(page.ops, "submit", fake_submit)

    async def scenario() -> None:
        await window.start()
        assert page.callback_row.isHidden(), "not for the sandbox"
        window.select_region("cn")
        await asyncio.sleep(0.1)
        assert not page.callback_row.isHidden()
        await page.load_file(sample)
        page.callback_edit.setText("https://hooks.example.com/batch-done")
        await wait_until(lambda: page.current_check is not None)
        with pytest.raises(BatchDeskError, match="stopped by the test"):
            await page.submit()
        window.select_region("intl")
        await asyncio.sleep(0.1)
        assert page.callback_row.isHidden()

    async def wait_until(predicate) -> None:
        for _ in range(250):
            if predicate():
                return
            await asyncio.sleep(0.02)

    qloop.run_until_complete(scenario())
    assert sent.get("finish_callback") == "https://hooks.example.com/batch-done"
    assert controller.finish_metadata(" https://hooks.example.com/x ", "cn") == {
        "ds_batch_finish_callback": "https://hooks.example.com/x"
    }
    with pytest.raises(BatchDeskError, match="not reachable from the internet"):
        controller.finish_metadata("https://10.1.2.3/x", "cn")
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))
