"""A deep export folder or a long file name never widens a window past the screen (the results window
grew to 1,453 px after saving to a deep folder: a label cannot wrap a path with no spaces)."""

from __future__ import annotations

import asyncio
import html
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import TAB_JOBS, MainWindow
from desktop_app.ui.widgets import LONGEST_UNBROKEN, ZERO_WIDTH_SPACE, NoticeBar, breakable
from tests.ui.conftest import shot, wait_for
from tests.ui.test_results_model import downloaded_job

DEFAULT_WIDTH = 1100


def test_breakable_offers_breaks_in_long_runs_only_and_keeps_markup_whole() -> None:
    assert breakable("Saved 20 rows.") == "Saved 20 rows."
    path = "/home/someone/customer-feedback/exports/答え_results_final.csv"
    shown = breakable(path)
    assert shown.replace(ZERO_WIDTH_SPACE, "") == path
    assert all(len(run) <= LONGEST_UNBROKEN + 1 for run in shown.split(ZERO_WIDTH_SPACE))
    no_separator = "x" * 100
    assert max(len(run) for run in breakable(no_separator).split(ZERO_WIDTH_SPACE)) == LONGEST_UNBROKEN
    markup = "<b>" + html.escape("&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&") + "</b>"
    assert "&amp;" in breakable(markup) and "&a" + ZERO_WIDTH_SPACE not in breakable(markup)
    assert breakable(markup).startswith("<b>") and breakable(markup).endswith("</b>")


def test_a_notice_with_a_deep_path_wraps_instead_of_widening(qtbot: Any) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    message = "Saved 5 rows to /data/" + "_".join(["customer_feedback_for_the_quarterly_review_2026"] * 4) + ".csv"
    bar.show_message(html.escape(message), "success")
    assert bar.message == html.escape(message), "the text as given stays readable for the code"
    assert bar.minimumSizeHint().width() < 600


def test_exporting_to_a_deep_folder_keeps_the_results_window_at_its_size(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path
) -> None:
    job_id = downloaded_job(controller.ledger, tmp_path, 20, failed={1}, missing={2}, name="deep")
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(TAB_JOBS)

    async def scenario() -> None:
        await window.start()
        job = await controller.job(job_id)
        results = await window.jobs_page.open_results(job)
        await wait_for(lambda: results.statuses_ready, what="statuses")
        results.resize(DEFAULT_WIDTH, 760)
        folder = tmp_path / "customer-feedback-translation-batch-2026" / "exports-for-the-quarterly-review"
        dest = folder / ("答え_" * 4 + "results_final_version_2_with_every_comment_reviewed_by_the_team_" * 3 + ".csv")
        folder.mkdir(parents=True)
        await results.export("csv", dest)
        await asyncio.sleep(0.05)
        assert results.minimumSizeHint().width() <= DEFAULT_WIDTH
        assert results.width() == DEFAULT_WIDTH, "the window did not grow"
        for label in (results.notice.text, results.saved_bar.label, results.footer):
            assert isinstance(label, QLabel)
            assert label.geometry().right() <= results.width(), label.text()
            assert label.height() >= label.heightForWidth(label.width()), "no line of it is cut off"
        assert str(dest) in results.notice.message
        shot(results, "results-deep-export-path")
        results.close()

    qloop.run_until_complete(scenario())
