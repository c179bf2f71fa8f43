"""The jobs table model and its proxy, without the window: Qt's model checks, in-place updates, and the
selection and scroll position that survive refresh ticks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop_app.core.jobs import JobFilter
from desktop_app.core.ledger import JobRecord
from desktop_app.ui.jobs_model import (
    COL_CREATED,
    COL_EXPIRES,
    COL_NAME,
    COL_PROGRESS,
    COL_RUNNING,
    COL_STATUS,
    JobsFilterProxy,
    JobsTableModel,
    ProgressRole,
    SortRole,
)

NOW = 1_760_000_000.0


pytestmark = pytest.mark.usefixtures("collect_qt_garbage")


def make_job(job_id: int, status: str = "in_progress", completed: int = 0, **extra: object) -> JobRecord:
    values: dict[str, object] = {
        "id": job_id,
        "region_id": "sandbox",
        "batch_id": f"batch_{job_id}",
        "status": status,
        "name": f"任务 {job_id}",
        "request_count": 10,
        "total": 10,
        "completed": completed,
        "created_at": NOW - 3600 + job_id,
        "in_progress_at": int(NOW - 1800),
        "expires_at": int(NOW + 7200),
    }
    values.update(extra)
    return JobRecord(**values)  # type: ignore[arg-type]


def make_model(jobs: list[JobRecord]) -> JobsTableModel:
    model = JobsTableModel({"sandbox": "Sandbox"}, clock=lambda: NOW)
    model.update_jobs(jobs)
    return model


def view_over(qtbot: object, model: object) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return view


def test_model_passes_qt_model_checks_through_updates(qtmodeltester) -> None:
    model = make_model([make_job(1), make_job(2, "completed", 10, verdict="complete"), make_job(3, "failed")])
    qtmodeltester.check(model, force_py=True)
    # The tester watches every signal of these updates: removals, in-place changes, insertions.
    model.update_jobs([make_job(4), make_job(1, completed=5), make_job(2, "completed", 10)])
    model.update_jobs([make_job(5), make_job(4, "completed", 10)])
    assert [model.job_at(r).id for r in range(model.rowCount())] == [5, 4]


def test_proxy_passes_qt_model_checks_through_updates(qtmodeltester) -> None:
    model = make_model([make_job(1), make_job(2, "completed", 10, verdict="complete"), make_job(3, "failed")])
    proxy = JobsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_CREATED, Qt.SortOrder.DescendingOrder)
    proxy.set_job_filter(JobFilter(statuses=frozenset({"in_progress", "failed"})))
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 2
    model.update_jobs([make_job(4), make_job(1, completed=5), make_job(2, "completed", 10)])
    assert [proxy.view_at(r).key for r in range(proxy.rowCount())] == [4, 1]
    proxy.set_job_filter(JobFilter())
    assert proxy.rowCount() == 3


def test_rows_show_every_column_and_roles_not_served_are_none() -> None:
    model = make_model([make_job(1, completed=4, failed=1, model="qwen-plus", endpoint="/v1/chat/completions")])
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:4] == ["任务 1", "Sandbox", "Running", "5 / 10, 1 failed"]
    assert row[COL_RUNNING] == "30 min" and row[COL_EXPIRES] == "2 h 00 min"
    assert "qwen-plus" in row and "/v1/chat/completions" in row
    assert model.index(0, COL_PROGRESS).data(ProgressRole) == (4, 1, 10)
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.CheckStateRole) is None
    assert model.index(0, COL_PROGRESS).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.rowCount(model.index(0, 0)) == 0, "a table: no children"
    assert model.index(0, COL_CREATED).data(SortRole) == NOW - 3600 + 1


def test_incomplete_is_not_shown_as_completed_and_status_has_icon_and_words(qapp) -> None:
    jobs = [
        make_job(1, "completed", 10, verdict="complete"),
        make_job(2, "completed", 8, verdict="incomplete"),
        make_job(3, "cancelled", 3, verdict="partial"),
        make_job(4, "failed"),
        make_job(5, "create_unknown", batch_id=None),
    ]
    model = make_model(jobs)
    texts = {model.job_at(r).id: model.index(r, COL_STATUS).data() for r in range(5)}
    assert texts[1] == "Completed"
    assert texts[2] == "Incomplete: answers missing"
    assert texts[3] == "Cancelled, partial"
    assert texts[5] == "Unconfirmed"
    for row in range(5):
        index = model.index(row, COL_STATUS)
        assert index.data(Qt.ItemDataRole.DisplayRole)
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    colours = {model.job_at(r).id: model.index(r, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) for r in range(5)}
    assert colours[1].color() != colours[2].color(), "incomplete looks different from done"
    assert "not done" in model.index(next(r for r in range(5) if model.job_at(r).id == 2), COL_STATUS).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_refresh_updates_rows_in_place_and_keeps_selection(qtbot) -> None:
    model = make_model([make_job(3), make_job(2), make_job(1)])
    view = view_over(qtbot, model)
    view.selectRow(1)  # job 2
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=None: changed.append((top.row(), bottom.row())))

    model.update_jobs([make_job(3), make_job(2, "completed", 10), make_job(1)])

    assert resets == []
    assert changed == [(1, 1)]
    assert [model.job_at(i.row()).id for i in view.selectionModel().selectedRows()] == [2]
    assert model.index(1, COL_STATUS).data() == "Completed"
    assert model.index(1, COL_PROGRESS).data(ProgressRole) == (10, 0, 10)


def test_new_jobs_go_on_top_removed_ones_go_and_selection_follows_its_job(qtbot) -> None:
    model = make_model([make_job(1), make_job(2)])
    view = view_over(qtbot, model)
    view.selectRow(model.row_of(1))
    model.update_jobs([make_job(5), make_job(4), make_job(1, completed=4)])
    assert [model.job_at(r).id for r in range(model.rowCount())] == [5, 4, 1]
    assert [model.job_at(i.row()).id for i in view.selectionModel().selectedRows()] == [1]
    assert model.row_of(2) is None and model.row_of(1) == 2
    assert model.index(2, COL_PROGRESS).data() == "4 / 10"


def test_selection_and_scroll_survive_many_ticks_through_the_sorted_proxy(qtbot) -> None:
    jobs = [make_job(i, completed=i % 10) for i in range(1, 301)]
    model = make_model(jobs)
    proxy = JobsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_CREATED, Qt.SortOrder.DescendingOrder)
    view = view_over(qtbot, proxy)
    view.resize(900, 400)
    view.show()
    target = proxy.mapFromSource(model.index(model.row_of(150), 0))
    view.selectRow(target.row())
    view.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)
    scroll = view.verticalScrollBar().value()
    assert scroll > 0
    for tick in range(1, 6):
        jobs = [replace(j, completed=min(10, j.completed + 1)) if j.id % 3 == tick % 3 else j for j in jobs]
        jobs[149] = replace(jobs[149], completed=tick, status="in_progress")  # the selected job changes too
        model.update_jobs(jobs)
        [selected] = view.selectionModel().selectedRows()
        assert proxy.view_at(selected.row()).key == 150
        assert view.verticalScrollBar().value() == scroll


def test_proxy_filters_like_the_server_and_sorts_by_numbers(qtbot) -> None:
    jobs = [
        make_job(1, "completed", 10, name="翻訳 alpha", created_at=NOW - 40 * 86400),
        make_job(2, "in_progress", 2, name="Beta review"),
        make_job(3, "failed", name="alpha two", region_id="intl"),
        make_job(4, "in_progress", 9, name="gamma"),
    ]
    model = make_model(jobs)
    proxy = JobsFilterProxy()
    proxy.setSourceModel(model)

    def shown() -> list[int]:
        return sorted(proxy.view_at(r).key for r in range(proxy.rowCount()))

    proxy.set_job_filter(JobFilter(name="ALPHA"))
    assert shown() == [1, 3]
    proxy.set_job_filter(JobFilter(statuses=frozenset({"in_progress"})))
    assert shown() == [2, 4]
    proxy.set_job_filter(JobFilter(region_ids=frozenset({"intl"})))
    assert shown() == [3]
    week_ago = datetime.fromtimestamp(NOW) - timedelta(days=7)
    proxy.set_job_filter(JobFilter(created_after=week_ago))
    assert shown() == [2, 3, 4]
    proxy.set_job_filter(JobFilter())
    proxy.sort(COL_PROGRESS, Qt.SortOrder.DescendingOrder)
    assert [proxy.view_at(r).key for r in range(4)] == [1, 4, 2, 3]  # 100 %, 90 %, 20 %, 0 %
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [proxy.view_at(r).key for r in range(4)][:2] == [3, 2]  # "alpha two", "Beta review": case-insensitive


def test_clock_columns_repaint_without_a_reset() -> None:
    now = [NOW]
    model = JobsTableModel({"sandbox": "Sandbox"}, clock=lambda: now[0])
    model.update_jobs([make_job(1)])
    seen: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=None: seen.append((top.column(), bottom.column())))
    assert model.index(0, COL_RUNNING).data() == "30 min"
    now[0] += 1800
    model.tick_clock()
    assert seen == [(COL_RUNNING, COL_EXPIRES)]
    assert model.index(0, COL_RUNNING).data() == "1 h 00 min"
    assert model.index(0, COL_EXPIRES).data() == "1 h 30 min"
    model.update_jobs([make_job(1, "completed", 10)])
    seen.clear()
    model.tick_clock()
    assert seen == [], "nothing runs: nothing to repaint"


def _highlight_fraction(image: object, y: int, highlight: object) -> float:
    from PySide6.QtGui import QColor

    hits = 0
    for x in range(image.width()):  # type: ignore[attr-defined]
        pixel = QColor(image.pixel(x, y))  # type: ignore[attr-defined]
        if all(abs(a - b) < 40 for a, b in zip(pixel.getRgb()[:3], highlight.getRgb()[:3], strict=True)):  # type: ignore[attr-defined]
            hits += 1
    return hits / image.width()  # type: ignore[attr-defined]


@pytest.mark.parametrize("done", [2, 5, 8])
def test_progress_bar_fills_its_share_of_the_cell_from_the_left(qtbot, done: int) -> None:
    """A running job's bar is horizontal: at 5/10 about half the cell's width is filled, on every line
    through the bar's middle (the old delegate drew a vertical bar: a thin stripe across the full width)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from desktop_app.ui.jobs_model import ProgressDelegate

    model = make_model([make_job(1, completed=done)])
    view = view_over(qtbot, model)
    delegate = ProgressDelegate(view)
    width, height = 240, 28
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, width, height)
    option.widget = view
    option.state = QStyle.StateFlag.State_Enabled
    option.palette = view.palette()
    option.fontMetrics = view.fontMetrics()
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, COL_PROGRESS))
    painter.end()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    middle = [_highlight_fraction(image, y, highlight) for y in range(height // 2 - 4, height // 2 + 5)]
    expected = done / 10
    # Filled share of the cell (minus the bar's margins), on every line through the bar's middle.
    assert all(abs(fraction - expected) < 0.12 for fraction in middle), (expected, middle)


# ----- big tables in slices (issue 13: no UI-thread stall over 50 ms) ------------------------------------


def test_first_fill_of_many_jobs_comes_in_slices_newest_first_and_yields_to_the_loop(qapp) -> None:
    import asyncio

    from desktop_app.core.jobs import merge_views
    from desktop_app.ui.jobs_model import FILL_SLICE
    from tests.qt_loop import qasync_loop

    jobs = [make_job(i, "completed", 10) for i in range(1, 3 * FILL_SLICE + 41)]
    views = merge_views(jobs, {"sandbox": "Sandbox"})
    model = JobsTableModel({"sandbox": "Sandbox"}, clock=lambda: NOW)
    proxy = JobsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_CREATED, Qt.SortOrder.DescendingOrder)
    seen: list[int] = []  # row counts the loop saw while the fill ran

    async def scenario() -> None:
        async def watch() -> None:
            while model.rowCount() < len(jobs):
                seen.append(model.rowCount())
                await asyncio.sleep(0)

        watcher = asyncio.ensure_future(watch())
        await model.fill_in_slices(views, jobs)
        await watcher

    with qasync_loop(qapp) as loop:
        loop.run_until_complete(scenario())
    assert model.rowCount() == len(jobs)
    assert FILL_SLICE in seen and 2 * FILL_SLICE in seen  # the loop ran between the slices
    assert max(seen) < len(jobs)
    newest_first = [proxy.view_at(r).key for r in range(proxy.rowCount())]
    assert newest_first == sorted((j.id for j in jobs), reverse=True)
    assert model.record(jobs[0].id) == jobs[0]  # records of every row, not only the first slice


def test_a_refresh_during_a_sliced_fill_wins(qapp) -> None:
    import asyncio

    from desktop_app.core.jobs import merge_views
    from desktop_app.ui.jobs_model import FILL_SLICE
    from tests.qt_loop import qasync_loop

    jobs = [make_job(i) for i in range(1, 4 * FILL_SLICE)]
    newer = [replace(j, completed=3) for j in jobs[:-5]]  # five jobs gone, every other one changed
    model = JobsTableModel({"sandbox": "Sandbox"}, clock=lambda: NOW)

    async def scenario() -> None:
        fill = asyncio.ensure_future(model.fill_in_slices(merge_views(jobs, model.region_names), jobs))
        await asyncio.sleep(0.003)
        assert 0 < model.rowCount() < len(jobs)
        model.update_jobs(newer)  # a refresh tick lands mid-fill
        await fill

    with qasync_loop(qapp) as loop:
        loop.run_until_complete(scenario())
    assert sorted(model.job_at(r).id for r in range(model.rowCount())) == [j.id for j in newer]
    assert {model.job_at(r).completed for r in range(model.rowCount())} == {3}


def test_thousands_of_changed_rows_are_signalled_in_slices_and_flushed_before_the_next_update(
    qtmodeltester, qapp
) -> None:
    from desktop_app.ui.jobs_model import FILL_SLICE

    jobs = [make_job(i) for i in range(1, 4 * FILL_SLICE + 1)]
    model = make_model(jobs)
    proxy = JobsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_CREATED, Qt.SortOrder.DescendingOrder)
    signalled: list[int] = []
    model.dataChanged.connect(lambda top, bottom, *_: signalled.append(bottom.row() - top.row() + 1))
    model.update_jobs([replace(j, completed=5) for j in jobs])
    assert sum(signalled) == FILL_SLICE  # the first slice now, the rest on the next loop turns
    changed_col = COL_PROGRESS
    shown = {proxy.index(r, changed_col).data(ProgressRole) for r in range(proxy.rowCount())}
    assert len(shown) == 2  # part old, part new for a moment
    # A new update shifts row numbers: the pending changes are flushed first, so nothing is lost.
    model.update_jobs([replace(j, completed=7) for j in jobs[3:]])
    assert model.rowCount() == len(jobs) - 3
    qapp.processEvents()
    qapp.processEvents()
    assert {model.job_at(r).completed for r in range(model.rowCount())} == {7}
    for row in range(proxy.rowCount()):
        assert proxy.index(row, COL_PROGRESS).data(ProgressRole) == model.index(
            model.row_of(proxy.view_at(row).key), COL_PROGRESS
        ).data(ProgressRole)
    qtmodeltester.check(model, force_py=True)
