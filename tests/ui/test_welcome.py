"""First run: the welcome panel teaches the three steps, links each region's key page, and runs a sample."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

from desktop_app.core.regions import CN, INTL
from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import TAB_SUBMIT, MainWindow
from desktop_app.ui.submit_page import STEP_REQUESTS
from desktop_app.ui.welcome import sample_path
from tests.ui.conftest import shot, wait_for


@pytest.fixture(autouse=True)
def collect_in_the_main_thread() -> Iterator[None]:
    """Collect this test's windows here, in the main thread (see tests/ui/test_keyboard.py)."""
    yield
    gc.collect()


def test_first_start_shows_steps_and_where_to_get_a_key(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qloop.run_until_complete(window.start())
    panel = window.welcome
    assert panel.isVisible(), "shown on the first start"
    steps = " ".join(label.text() for label in panel.step_labels)
    for step in ("Add your file", "Check", "Submit"):
        assert step in steps
    links = panel.keys_label.text()
    assert INTL.key_url in links and CN.key_url in links, "each region's key page is linked"
    assert panel.keys_label.openExternalLinks()
    assert sample_path().is_file(), "the sample ships in resources/samples (and in the bundle)"
    shot(window, "welcome-01-first-start")

    panel.dismiss_button.click()
    assert not panel.isVisible()
    assert controller.settings.get("welcome_seen") is True

    # The next start does not show it; Help ▸ Welcome does; opening a file puts it away again.
    again = MainWindow(controller)
    qtbot.addWidget(again)
    again.show()
    assert not again.welcome.isVisible()
    again.actions_by_name["welcome"].trigger()
    assert again.welcome.isVisible()
    qloop.run_until_complete(again.submit_page.load_file(sample_path()))
    assert not again.welcome.isVisible(), "out of the way once the user works on a file"
    for w in (window, again):
        w.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_try_the_sample_opens_it_on_the_sandbox_ready_to_submit(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()

    async def scenario() -> None:
        await window.start()
        window.select_region("intl")  # wherever the user was, the sample runs in the sandbox
        window.tabs.setCurrentIndex(1)
        window.welcome.sample_button.click()
        report = await wait_for(lambda: window.submit_page.current_report, what="the sample is checked")
        assert window.region_id == "sandbox"
        assert window.tabs.currentIndex() == TAB_SUBMIT
        assert window.submit_page.step == STEP_REQUESTS
        assert report.ok and report.requests == 2
        await wait_for(lambda: window.submit_page.submit_button.isEnabled(), what="submit enabled")
        assert not window.welcome.isVisible()
        shot(window, "welcome-02-sample-open")

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))
