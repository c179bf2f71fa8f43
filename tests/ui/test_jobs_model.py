"""The jobs table model: Qt's model checks, in-place updates, and selection that survives a refresh."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop_app.core.ledger import JobRecord
from desktop_app.ui.jobs_model import COL_PROGRESS, COL_STATUS, JobsTableModel, ProgressRole


def make_job(job_id: int, status: str = "in_progress", completed: int = 0) -> JobRecord:
    return JobRecord(
        id=job_id,
        region_id="sandbox",
        batch_id=f"batch_{job_id}",
        status=status,
        name=f"任务 {job_id}",
        request_count=10,
        total=10,
        completed=completed,
        created_at=1_760_000_000 + job_id,
    )


def test_model_passes_qt_model_checks(qtmodeltester) -> None:
    model = JobsTableModel({"sandbox": "Sandbox"})
    model.update_jobs([make_job(1), make_job(2, "completed", 10), make_job(3, "failed")])
    qtmodeltester.check(model, force_py=True)


def test_refresh_updates_rows_in_place_and_keeps_selection(qtbot) -> None:
    model = JobsTableModel({"sandbox": "Sandbox"})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    model.update_jobs([make_job(3), make_job(2), make_job(1)])
    view.selectRow(1)  # job 2
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))

    model.update_jobs([make_job(3), make_job(2, "completed", 10), make_job(1)])

    assert resets == []
    assert changed == [1]
    selected = view.selectionModel().selectedRows()
    assert [model.job_at(i.row()).id for i in selected] == [2]
    assert model.index(1, COL_STATUS).data() == "Completed"
    assert model.index(1, COL_PROGRESS).data(ProgressRole) == (10, 0, 10)


def test_new_jobs_go_on_top_and_selection_follows_its_job(qtbot) -> None:
    model = JobsTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    model.update_jobs([make_job(1)])
    view.selectRow(0)
    model.update_jobs([make_job(2), make_job(1, completed=4)])
    assert model.rowCount() == 2
    assert model.job_at(0).id == 2
    selected = view.selectionModel().selectedRows()
    assert [model.job_at(i.row()).id for i in selected] == [1]
    assert model.index(1, COL_PROGRESS).data() == "4 / 10"


def test_status_is_shown_by_text_and_icon_not_colour_alone() -> None:
    model = JobsTableModel()
    model.update_jobs([make_job(1, "failed"), make_job(2, "create_unknown")])
    for row in range(2):
        index = model.index(row, COL_STATUS)
        assert index.data(Qt.ItemDataRole.DisplayRole)
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()


def test_removed_jobs_disappear() -> None:
    model = JobsTableModel()
    model.update_jobs([make_job(1), make_job(2)])
    model.update_jobs([replace(make_job(2), completed=1)])
    assert model.rowCount() == 1 and model.job_at(0).id == 2
    assert model.row_of(2) == 0 and model.row_of(1) is None
