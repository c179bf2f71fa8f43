"""A billed submit only through the confirmation; the cap refuses with numbers (batches counted on the sandbox)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import openpyxl
import orjson
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent

from desktop_app.core.paths import app_paths
from desktop_app.ui import messages
from desktop_app.ui.confirm_dialog import ConfirmSubmitDialog
from desktop_app.ui.controller import AppController
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.ui.conftest import shot, wait_for

REGION = "custom:test-singapore"
KEY = "sk-sandbox-intl-confirm-0123456789"


def qwen_plus_file(path: Path, n: int = 2) -> Path:
    with open(path, "wb") as handle:
        for i in range(n):
            body = {"model": "qwen-plus", "messages": [{"role": "user", "content": "Hello!"}], "max_tokens": 100}
            handle.write(
                orjson.dumps({"custom_id": str(i), "method": "POST", "url": "/v1/chat/completions", "body": body})
            )
            handle.write(b"\n")
    return path


def batches(sandbox, namespace: str = "intl") -> int:
    return len(sandbox.engine.namespace(namespace)._batches)


def dialogs(window: MainWindow) -> list[ConfirmSubmitDialog]:
    return [d for d in window.findChildren(ConfirmSubmitDialog) if d.isVisible()]


def enter(widget) -> None:
    """Post (not send) an Enter press and release: delivered when the loop runs, like a real key."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.postEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))


def setup(controller: AppController, sandbox) -> None:
    controller.settings.set("custom_endpoints", [{"name": "Test Singapore", "base_url": sandbox.base_url("intl")}])


async def _ready(window: MainWindow, controller: AppController, source: Path) -> None:
    """The window started, the test region's key saved and chosen, ``source`` loaded and checked."""
    await window.start()
    await controller.save_key(REGION, KEY)
    window.select_region(REGION)
    await window.update_key_status()
    assert await window.submit_page.load_file(source) is not None
    await wait_for(lambda: window.submit_page.submit_button.isEnabled(), what="submit enabled")


def test_cancel_sends_nothing_and_enter_twice_creates_one_batch(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox, memory_keyring: MemoryKeyring, tmp_path
) -> None:
    setup(controller, sandbox)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    page = window.submit_page
    source = qwen_plus_file(tmp_path / "reviews.jsonl")

    async def scenario() -> None:
        await _ready(window, controller, source)
        await wait_for(lambda: "Input tokens: 20 (exact)" in page.estimate_label.text(), what="estimate shown")
        assert "unknown" in page.estimate_label.text()  # no price for a custom endpoint: said, not guessed
        assert "savings plan" in page.estimate_label.text()
        shot(window, "estimate-check-step")
        start = batches(sandbox)

        page.submit_button.click()
        [dialog] = await wait_for(lambda: dialogs(window), what="confirmation")
        text = dialog.text.text()
        assert "Test Singapore" in text and "qwen-plus" in text and "2 request(s)" in text
        assert "This will be billed to the key of Test Singapore." in text
        shot(dialog, "confirm-submit")
        dialog.cancel_button.click()
        await wait_for(lambda: page.submit_button.isEnabled() and not page._submitting, what="back to ready")
        await asyncio.sleep(0.3)
        assert batches(sandbox) == start, "cancel creates nothing"
        assert await controller.jobs() == []

        page.submit_button.click()
        [dialog] = await wait_for(lambda: dialogs(window), what="second confirmation")
        assert dialog.submit_button.isDefault()
        enter(dialog)
        enter(dialog)  # a second Enter (key repeat, impatience) on the same dialog
        enter(window)  # …and one on the window, whose default button is Submit
        await wait_for(lambda: len(page.last_jobs) == 1, timeout=15, what="submitted")
        await asyncio.sleep(0.5)
        assert batches(sandbox) == start + 1, "one confirmation, one batch"
        assert not dialogs(window)
        assert len(await controller.jobs()) == 1

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_the_cap_refuses_in_the_window_with_the_numbers(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox, memory_keyring: MemoryKeyring, tmp_path
) -> None:
    setup(controller, sandbox)
    (app_paths().ensure().config / "prices.json").write_text(
        json.dumps(
            {
                "prices": [
                    {
                        "region": REGION,
                        "model": "qwen-plus",
                        "currency": "USD",
                        "tiers": [{"up_to_input_tokens": None, "input": 0.4, "output": 1.2}],
                        "listed_on": "test",
                        "listed_date": "2026-12-01",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    controller.settings.set("max_cost_per_job", 0.0001)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    page = window.submit_page
    source = qwen_plus_file(tmp_path / "capped.jsonl")

    async def scenario() -> None:
        await window.start()
        await controller.save_key(REGION, KEY)
        window.select_region(REGION)
        assert await page.load_file(source) is not None
        await wait_for(lambda: page.submit_button.isEnabled(), what="submit enabled")
        await wait_for(lambda: "USD" in page.estimate_label.text(), what="priced estimate")
        start = batches(sandbox)
        page.submit_button.click()
        await wait_for(lambda: not window.notice.isHidden(), what="refusal")
        message = window.notice.message
        assert "Not submitted: this job may cost up to USD" in message and "2 requests" in message
        assert "200 output tokens" in message and "spending cap of USD 0.00" in message
        assert not dialogs(window)
        assert batches(sandbox) == start and await controller.jobs() == []
        await wait_for(lambda: page.submit_button.isEnabled(), what="ready again")

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_the_window_estimates_the_vendor_sample_and_fifty_thousand_rows(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    page = window.submit_page
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "test-model-sample.jsonl"
    big = qwen_plus_file(tmp_path / "fifty-thousand.jsonl", 50_000)

    async def scenario() -> None:
        await window.start()
        window.select_region("intl")  # checking and estimating need no key
        assert await page.load_file(sample) is not None
        await wait_for(lambda: "Cost: free" in page.estimate_label.text(), what="free")
        assert page.last_estimate is not None and page.last_estimate.requests == 2

        assert await page.load_file(big) is not None
        await wait_for(lambda: "Input tokens: 500,000 (exact)" in page.estimate_label.text(), 30, "big estimate")
        text = page.estimate_label.text()
        assert "output tokens: 5,000,000 to 5,000,000" in text and "thinking off" in text
        assert "USD 3.10 to USD 3.10" in text  # (500,000 × 0.4 + 5,000,000 × 1.2) / 10^6 × 50 %
        assert "as listed on https://www.alibabacloud.com/" in text
        shot(window, "estimate-fifty-thousand")

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def _price(model: str, input_price: float, output_price: float) -> dict[str, object]:
    return {
        "region": REGION,
        "model": model,
        "currency": "USD",
        "tiers": [{"up_to_input_tokens": None, "input": input_price, "output": output_price}],
        "listed_on": "test",
        "listed_date": "2026-12-01",
    }


def write_prices(*entries: dict[str, object]) -> None:
    (app_paths().ensure().config / "prices.json").write_text(json.dumps({"prices": list(entries)}), encoding="utf-8")


async def _ready_comparison(window: MainWindow, controller: AppController, source: Path, models: list[str]) -> None:
    page = window.submit_page
    await _ready(window, controller, source)
    page.compare_models = list(models)  # what the builder's "Compare with" sets


def test_a_comparison_confirms_every_variants_estimate_and_the_total(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox, memory_keyring: MemoryKeyring, tmp_path
) -> None:
    """Every variant is billed: the confirmation lists each one's estimate (an unknown price said) and the total."""
    setup(controller, sandbox)
    write_prices(_price("qwen-plus", 0.4, 1.2), _price("qwen-turbo", 0.05, 0.2))
    window = MainWindow(controller)
    qtbot.addWidget(window)
    page = window.submit_page
    source = qwen_plus_file(tmp_path / "reviews.jsonl", n=200)

    async def scenario() -> None:
        await _ready_comparison(window, controller, source, ["qwen-turbo", "qwen-flash"])
        start = batches(sandbox)
        page.submit_button.click()
        [dialog] = await wait_for(lambda: dialogs(window), timeout=15, what="confirmation")
        text = dialog.text.text()
        assert "3 batches, each billed" in text and "600 requests in all" in text
        # qwen-plus: 2,000 input tokens at 0.4 + 20,000 output at 1.2 per million, half price for batch
        assert "<b>qwen-plus</b>: 200 requests · USD 0.0124 to USD 0.0124" in text
        assert "<b>qwen-turbo</b>: 200 requests · USD 0.0021 to USD 0.0021" in text
        assert "<b>qwen-flash</b>: 200 requests · unknown to unknown" in text
        assert "no price is known for qwen-flash" in text
        assert "All 3 batches together:" in text and "Cost at batch prices: unknown" in text, (
            "one unknown: total unknown"
        )
        assert "This will be billed to the key of Test Singapore." in text
        shot(dialog, "confirm-submit-variants")
        dialog.cancel_button.click()
        await wait_for(lambda: page.submit_button.isEnabled() and not page._submitting, what="back to ready")
        assert batches(sandbox) == start and await controller.jobs() == [], "cancel sends none of the variants"

        page.submit_button.click()
        [dialog] = await wait_for(lambda: dialogs(window), timeout=15, what="second confirmation")
        dialog.submit_button.click()
        await wait_for(lambda: len(page.last_jobs) == 3, timeout=20, what="three batches")
        assert batches(sandbox) == start + 3
        assert [j.model for j in page.last_jobs] == ["qwen-plus", "qwen-turbo", "qwen-flash"]

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_the_cap_counts_every_variant_of_a_comparison(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox, memory_keyring: MemoryKeyring, tmp_path
) -> None:
    """Each variant alone is under the cap, both together are not: refused, nothing sent."""
    setup(controller, sandbox)
    write_prices(_price("qwen-plus", 0.4, 1.2), _price("qwen-turbo", 0.05, 0.2))
    controller.settings.set("max_cost_per_job", 0.013)  # qwen-plus 0.0124, qwen-turbo 0.0021
    window = MainWindow(controller)
    qtbot.addWidget(window)
    page = window.submit_page
    source = qwen_plus_file(tmp_path / "capped.jsonl", n=200)

    async def scenario() -> None:
        await _ready_comparison(window, controller, source, ["qwen-turbo"])
        start = batches(sandbox)
        page.submit_button.click()
        await wait_for(lambda: not window.notice.isHidden(), timeout=15, what="refusal")
        message = window.notice.message
        assert "Not submitted: this job may cost up to USD 0.0144" in message and "400 requests" in message
        assert not dialogs(window)
        assert batches(sandbox) == start and await controller.jobs() == []
        await wait_for(lambda: page.submit_button.isEnabled(), what="ready again")

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_comparison_confirmation_and_results_show_money_per_variant(
    qtbot,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox,
    memory_keyring: MemoryKeyring,
    tmp_path,
    language: str,
) -> None:
    """Look at it, in English and Chinese: the confirmation's per-variant estimates, then the results'
    per-variant actual cost (a variant without a price says so) and the XLSX summary in that language."""
    setup(controller, sandbox)
    write_prices(_price("qwen-plus", 0.4, 1.2))
    install_language(language, QLocale("en_US"))
    messages.clear_cache()  # core's sentences are cached per process in the language of the time
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    page = window.submit_page
    source = qwen_plus_file(tmp_path / "reviews.jsonl", n=20)
    chinese = language == "zh_CN"

    async def scenario() -> None:
        await _ready_comparison(window, controller, source, ["qwen-flash"])
        page.submit_button.click()
        [dialog] = await wait_for(lambda: dialogs(window), timeout=15, what="confirmation")
        await asyncio.sleep(0.05)
        text = dialog.text.text()
        assert ("全部 2 个批量任务合计" if chinese else "All 2 batches together:") in text
        assert ("尚不知道 qwen-flash" if chinese else "no price is known for qwen-flash") in text
        assert dialog.text.width() >= dialog.text.minimumSizeHint().width() or dialog.text.wordWrap()
        shot(dialog, f"variants-{language}-1-confirm")
        dialog.submit_button.click()
        await wait_for(lambda: len(page.last_jobs) == 2, timeout=20, what="two batches")
        jobs = page.last_jobs
        sandbox.clock.advance(3600)
        await window.jobs_page.refresh_now()
        for job in jobs:
            record = await controller.job(job.id)
            assert record is not None and record.results_downloaded_at, record
        await controller.read_prices()
        assert window.jobs_page.select_job(jobs[1].id)
        await asyncio.sleep(0.05)
        detail = window.jobs_page.detail.toPlainText()
        # the detail pane: this variant's cost (no price: said) and what the comparison costs in all
        together = "全部 2 个变体合计" if chinese else "All 2 variants together"
        assert together in detail and ("未知（" if chinese else "unknown (no price is known") in detail
        shot(window, f"variants-{language}-0-jobs")
        results = await window.jobs_page.open_results(await controller.job(jobs[0].id))
        await wait_for(lambda: results.statuses_ready, what="the status pass")
        results.resize(1100, 760)
        results.show()
        await asyncio.sleep(0.05)
        summary = results.summary.text()
        if chinese:
            assert "按批量价格的费用：qwen-plus USD " in summary and "qwen-flash 未知（" in summary
            assert "全部变体：未知（" in summary, "one variant without a price: the total is unknown"
        else:
            assert "Cost at batch prices: qwen-plus USD " in summary and "qwen-flash unknown (no price" in summary
            assert "all variants: unknown (" in summary
        shot(results, f"variants-{language}-2-results")
        dest = tmp_path / "variants.xlsx"
        await results.export("xlsx", dest)
        book = openpyxl.load_workbook(dest)
        assert book.sheetnames == (["回答", "摘要"] if chinese else ["Answers", "Summary"])  # the tabs too
        labels = [row[0].value for row in book[book.sheetnames[1]].iter_rows()]
        cost_label = "qwen-flash · 按批量价格的费用" if chinese else "qwen-flash · cost at batch prices"
        assert cost_label in labels
        if chinese:
            assert not [label for label in labels if "tokens" in label or "cost" in label], labels
        results.close()
        await asyncio.sleep(0.05)

    try:
        qloop.run_until_complete(scenario())
    finally:
        install_language("en")
        messages.clear_cache()
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_the_confirmation_does_not_count_again_the_tokens_the_estimate_just_counted(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox, memory_keyring: MemoryKeyring, tmp_path
) -> None:
    """At a million rows the second count took 17–38 s between the Submit press and the confirmation."""
    setup(controller, sandbox)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    page = window.submit_page
    source = qwen_plus_file(tmp_path / "reviews.jsonl", n=40)

    async def scenario() -> None:
        await _ready(window, controller, source)
        await wait_for(lambda: "Input tokens: 400 (exact)" in page.estimate_label.text(), what="estimate shown")
        assert controller.estimates.counted == 1
        shown = page.last_estimate
        page.submit_button.click()
        [dialog] = await wait_for(lambda: dialogs(window), what="confirmation")
        assert "40 request(s)" in dialog.text.text()
        assert controller.estimates.counted == 1, "the confirmation counted the same bytes again"
        confirmed = page.last_estimate  # the submit's own check, shown again
        assert confirmed is not None and shown is not None and confirmed is not shown
        assert (confirmed.input_tokens, confirmed.digest) == (shown.input_tokens, shown.digest)
        dialog.cancel_button.click()
        await wait_for(lambda: page.submit_button.isEnabled() and not page._submitting, what="back to ready")

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))
