"""The job-action rules (``services/job_actions.py``): what the window enables, what the CLI refuses and
what ``workflow.submit_rerun`` guards are one set of pure functions, so the faces cannot disagree."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core import workflow
from desktop_app.core.answers.verdict import Verdict
from desktop_app.core.ledger import JobRecord, JobRelation, Ledger, LocalState
from desktop_app.core.regions import SANDBOX
from desktop_app.core.service import BatchService
from desktop_app.services import job_actions
from desktop_app.services.job_actions import (
    REASONS,
    can_cancel,
    can_delete_remote_files,
    can_download,
    can_export,
    can_rerun,
    rerun_family,
)

NOW = 1_700_000_000.0


def job(**values: object) -> JobRecord:
    base: dict[str, object] = {"id": 1, "region_id": "sandbox", "batch_id": "batch_1", "status": "completed"}
    base.update(values)
    return JobRecord(**base)  # type: ignore[arg-type]


DONE_WITH_FAILURES = job(
    input_path="/data/in.jsonl",
    results_downloaded_at=NOW,
    request_count=10,
    result_succeeded=8,
    result_failed=2,
    verdict=Verdict.COMPLETE_WITH_FAILURES.value,
    input_file_id="file-in",
    output_file_id="file-out",
    error_file_id="file-err",
)


def rerun_child(child_id: int, **values: object) -> JobRecord:
    return job(id=child_id, parent_job_id=1, relation=JobRelation.RERUN.value, **values)


def test_a_rerun_whose_create_failed_does_not_block_another_rerun() -> None:
    # The window used to disable Re-run here while core allowed it: the child never reached the server.
    failed_create = rerun_child(2, batch_id=None, status=LocalState.CREATE_FAILED.value)
    assert can_rerun(DONE_WITH_FAILURES, [failed_create]).allowed


@pytest.mark.parametrize(
    "child",
    [
        rerun_child(2, status="in_progress"),  # still running
        rerun_child(2, status="completed"),  # ended, answers not downloaded yet
        rerun_child(2, batch_id=None, status=LocalState.CREATE_UNKNOWN.value),  # may exist: unknown
        rerun_child(2, batch_id=None, status=LocalState.CREATING.value),
    ],
    ids=["running", "not-downloaded", "create-unknown", "creating"],
)
def test_an_open_rerun_blocks_another(child: JobRecord) -> None:
    decision = can_rerun(DONE_WITH_FAILURES, [child])
    assert not decision.allowed and decision.reason == "rerun_open"
    assert "could send the same requests twice" in decision.message


def test_rerun_refusals_say_why() -> None:
    complete = dataclasses.replace(DONE_WITH_FAILURES, result_succeeded=10, verdict=Verdict.COMPLETE.value)
    assert can_rerun(complete, []).reason == "nothing_to_rerun"
    assert can_rerun(dataclasses.replace(DONE_WITH_FAILURES, input_path=None), []).reason == "no_requests"
    assert can_rerun(dataclasses.replace(DONE_WITH_FAILURES, results_downloaded_at=None), []).reason == (
        "not_downloaded"
    )
    assert can_rerun(job(batch_id=None, status="create_failed"), []).reason == "never_created_rerun"
    assert job_actions.open_rows(DONE_WITH_FAILURES) == 2


def test_the_family_is_found_among_records_like_the_ledger_finds_it() -> None:
    records = [
        DONE_WITH_FAILURES,
        rerun_child(2, status="completed", results_downloaded_at=NOW),
        job(id=3, parent_job_id=2, relation="rerun", status="in_progress"),  # a re-run of a re-run
        job(id=4, parent_job_id=1, relation="part", status="in_progress"),  # a split part is no re-run
        job(id=5, status="in_progress"),
    ]
    assert [r.id for r in rerun_family(1, records)] == [2, 3]
    assert job_actions.root_id(records[1]) == 1 and job_actions.root_id(DONE_WITH_FAILURES) == 1


def test_cancel_download_export_and_delete_rules() -> None:
    running = job(status="in_progress")
    assert can_cancel(running).allowed
    assert can_cancel(job(status="cancelling")).reason == "already_cancelling"
    ended = can_cancel(job(status="completed"))
    assert ended.reason == "already_ended" and ended.message == (
        "This job already ended (completed); there is nothing to cancel."
    )
    assert can_cancel(job(batch_id=None, status="create_failed")).reason == "never_created_cancel"

    assert can_download(job(status="completed")).allowed
    not_yet = can_download(running)
    assert not_yet.reason == "not_finished" and "(status: in_progress)" in not_yet.message
    assert can_download(DONE_WITH_FAILURES).reason == "already_downloaded"

    assert can_export(DONE_WITH_FAILURES).allowed
    assert can_export(job()).reason == "not_downloaded"

    assert can_delete_remote_files(DONE_WITH_FAILURES).allowed
    assert can_delete_remote_files(running).reason == "still_running_files"
    # Answers not downloaded: the result files must stay (the server cannot send them again).
    waiting = job(output_file_id="file-out", input_file_id="file-in", remote_input_deleted_at=NOW)
    assert can_delete_remote_files(waiting).reason == "not_downloaded"
    gone = dataclasses.replace(DONE_WITH_FAILURES, remote_input_deleted_at=NOW, remote_results_deleted_at=NOW)
    assert can_delete_remote_files(gone).reason == "files_gone"


def test_every_reason_has_its_text() -> None:
    for code, text in REASONS.items():
        assert text and code, code


def test_core_submit_rerun_asks_the_same_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``workflow.submit_rerun`` refuses exactly when ``can_rerun`` says ``rerun_open``."""
    import asyncio

    ledger = Ledger(tmp_path / "ledger.sqlite3")
    try:
        parent_id = ledger.record_intent(region_id="sandbox", name="p", input_path=str(tmp_path / "in.jsonl"))
        child_id = ledger.record_intent(
            region_id="sandbox", name="c", parent_job_id=parent_id, relation=JobRelation.RERUN.value
        )
        child = ledger.record_failure(child_id, "the upload failed")
        assert child.status == LocalState.CREATE_FAILED
        parent = ledger.get(parent_id)
        assert parent is not None
        family = workflow._family(ledger, parent)
        assert [c.id for c in family] == [child_id]
        assert job_actions.can_rerun(dataclasses.replace(DONE_WITH_FAILURES, id=parent_id), family).allowed, (
            "the create-failed child does not block"
        )

        reached: list[str] = []

        def build_called(*_args: object, **_kwargs: object) -> None:
            reached.append("build")
            raise RuntimeError("stop here: the guard was passed")

        monkeypatch.setattr(workflow, "build_rerun_input", build_called)
        monkeypatch.setattr(workflow, "open_results", _FakeResults)
        service = BatchService(SANDBOX, "sandbox", base_url="http://127.0.0.1:9/v1")
        try:
            with pytest.raises(RuntimeError, match="guard was passed"):
                asyncio.run(workflow.submit_rerun(service, ledger, parent, tmp_path / "results"))
            assert reached == ["build"]
            ledger.record_intent(
                region_id="sandbox", name="c2", parent_job_id=parent_id, relation=JobRelation.RERUN.value
            )  # uploading: may still reach the server
            family = workflow._family(ledger, parent)
            assert (
                job_actions.can_rerun(dataclasses.replace(DONE_WITH_FAILURES, id=parent_id), family).reason
                == "rerun_open"
            )
            with pytest.raises(workflow.BatchDeskError, match="has not finished"):
                asyncio.run(workflow.submit_rerun(service, ledger, parent, tmp_path / "results"))
        finally:
            asyncio.run(service.aclose())
    finally:
        ledger.close()


class _FakeResults:
    """Stands in for ``open_results``: the view has the input (the guard is what is under test)."""

    has_input = True
    input_problem = ""

    def __init__(self, *_args: object) -> None:
        pass

    def __enter__(self) -> _FakeResults:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None


def test_merged_counts_decide_when_the_results_window_knows_them() -> None:
    # The parent's own counts say 2 open rows; the merged results (a re-run answered them) say none.
    answered_by_rerun = rerun_child(2, status="completed", results_downloaded_at=NOW)
    assert can_rerun(DONE_WITH_FAILURES, [answered_by_rerun]).allowed
    assert can_rerun(DONE_WITH_FAILURES, [answered_by_rerun], still_open=0).reason == "nothing_to_rerun"
    complete = dataclasses.replace(DONE_WITH_FAILURES, result_succeeded=10, verdict=Verdict.COMPLETE.value)
    assert can_rerun(complete, [], still_open=1).allowed
