"""What may be done with a job, and why not: one set of rules for the window and the command line.

Each ``can_*`` function is pure (a :class:`~desktop_app.core.ledger.JobRecord` in, a :class:`Decision`
out: no ledger, no network). A refusal carries a stable ``reason`` code and its ``values``; its
``text`` is a :mod:`~desktop_app.core.wording` text: the CLI shows its English ``message``, the window
words it in its language (``desktop_app/ui/messages.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

from desktop_app.core import wording as w
from desktop_app.core.answers.lineage import open_rerun
from desktop_app.core.answers.verdict import Verdict
from desktop_app.core.ledger import JobRecord, JobRelation

# The statuses a cancel can still stop (``cancelling`` is already on its way).
CANCELLABLE_STATUSES = frozenset({"validating", "in_progress", "finalizing"})
# Verdicts after which some requests have no successful answer: a re-run may help.
ATTENTION_VERDICTS = frozenset(v.value for v in Verdict if v.needs_attention)

# reason code -> its wording (core/wording.py), with {named} values
REASONS: Mapping[str, w.Wording] = {
    "never_created_cancel": w.NEVER_CREATED_CANCEL,
    "never_created_download": w.NEVER_CREATED_DOWNLOAD,
    "never_created_rerun": w.NEVER_CREATED_RERUN,
    "never_created_files": w.NEVER_CREATED_FILES,
    "already_ended": w.ALREADY_ENDED,
    "already_cancelling": w.ALREADY_CANCELLING,
    "not_finished": w.NOT_FINISHED,
    "still_running_files": w.STILL_RUNNING_FILES,
    "already_downloaded": w.ALREADY_DOWNLOADED,
    "not_downloaded": w.NOT_DOWNLOADED,
    "no_requests": w.NO_REQUESTS,
    "nothing_to_rerun": w.NOTHING_TO_RERUN,
    "rerun_open": w.RERUN_OPEN,
    "files_gone": w.FILES_GONE,
    "submit_again_unconfirmed": w.SUBMIT_AGAIN_UNCONFIRMED,
    "submit_again_running": w.SUBMIT_AGAIN_RUNNING,
    "submit_again_created": w.SUBMIT_AGAIN_CREATED,
}


@dataclass(frozen=True)
class Decision:
    """Whether an action is allowed; when not, ``reason`` (a :data:`REASONS` code) and its ``values``."""

    allowed: bool
    reason: str = ""
    values: Mapping[str, object] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return self.allowed

    @property
    def text(self) -> w.Text:
        """The reason as a catalogue text (a job's status worded as one); an empty text when allowed."""
        if not self.reason:
            return _EMPTY()
        values = {k: w.Status(str(v)) if k == "status" else cast("w.Param", v) for k, v in self.values.items()}
        return REASONS[self.reason](**values)

    @property
    def message(self) -> str:
        """The English reason ("" when allowed)."""
        return w.english(self.text)


ALLOWED = Decision(True)
_EMPTY = w.Wording("job.allowed", w.ERRORS, "")


def _no(reason: str, **values: object) -> Decision:
    return Decision(False, reason, values)


def rerun_family(root_id: int, records: Iterable[JobRecord]) -> list[JobRecord]:
    """Every re-run below the job ``root_id`` (re-runs of re-runs too), found among ``records``."""
    by_parent: dict[int, list[JobRecord]] = {}
    for record in records:
        if record.relation == JobRelation.RERUN and record.parent_job_id is not None:
            by_parent.setdefault(record.parent_job_id, []).append(record)
    found: list[JobRecord] = []
    todo, seen = [root_id], {root_id}
    while todo:
        for child in by_parent.get(todo.pop(), ()):
            if child.id not in seen:
                seen.add(child.id)
                found.append(child)
                todo.append(child.id)
    return found


def root_id(job: JobRecord) -> int:
    """The id of the job a re-run's answers merge into (the job itself when it is no re-run)."""
    return job.parent_job_id if job.is_rerun and job.parent_job_id is not None else job.id


def open_rows(job: JobRecord) -> int:
    """Requests of a downloaded job without a successful answer (0 when not counted yet)."""
    if job.result_succeeded is None:
        return 0
    return max(0, (job.request_count or job.total or 0) - job.result_succeeded)


def can_rerun(job: JobRecord, family: Iterable[JobRecord], *, still_open: int | None = None) -> Decision:
    """May the failed and missing requests of ``job`` be sent again? ``family``: :func:`rerun_family`
    of its root (a re-run whose create failed never ran and does not block). ``still_open``: the failed +
    missing rows of the merged results when they are counted (the results window), else the job's own
    counts decide."""
    if not job.batch_id:
        return _no("never_created_rerun")
    if not job.has_local_results:
        return _no("not_downloaded")
    if not job.input_path:
        return _no("no_requests")
    if still_open is not None:
        if still_open <= 0:
            return _no("nothing_to_rerun")
    elif job.verdict not in ATTENTION_VERDICTS and not open_rows(job):
        return _no("nothing_to_rerun")
    if open_rerun(family) is not None:
        return _no("rerun_open")
    return ALLOWED


def can_cancel(job: JobRecord) -> Decision:
    """May the server be asked to stop ``job``?"""
    if not job.batch_id:
        return _no("never_created_cancel")
    if job.status == "cancelling":
        return _no("already_cancelling")
    if job.is_terminal:
        return _no("already_ended", status=job.status)
    if job.status not in CANCELLABLE_STATUSES:
        return _no("already_ended", status=job.status or "unknown")
    return ALLOWED


def can_download(job: JobRecord) -> Decision:
    """May the answers of ``job`` be downloaded now (a finished job whose answers are not here yet)?"""
    if not job.batch_id:
        return _no("never_created_download")
    if not job.is_terminal:
        return _no("not_finished", status=job.status or "unknown")
    if job.has_local_results:
        return _no("already_downloaded")
    return ALLOWED


def can_open_results(job: JobRecord) -> Decision:
    """Are the answers of ``job`` here to look at?"""
    return ALLOWED if job.has_local_results else _no("not_downloaded")


def can_export(job: JobRecord) -> Decision:
    """May the answers of ``job`` be written next to its requests (CSV / XLSX)?"""
    if not job.has_local_results:
        return _no("not_downloaded")
    if not job.input_path:
        return _no("no_requests")
    return ALLOWED


def can_delete_remote_files(job: JobRecord) -> Decision:
    """May the input / output / error files of ``job`` be deleted from the server? Result files only
    once the answers are downloaded (the server cannot send them again)."""
    if not job.batch_id:
        return _no("never_created_files")
    if not job.is_terminal:
        return _no("still_running_files")
    input_left = bool(job.input_file_id and not job.remote_input_deleted_at)
    results_left = bool(
        job.has_local_results and (job.output_file_id or job.error_file_id) and not job.remote_results_deleted_at
    )
    if input_left or results_left:
        return ALLOWED
    if (job.output_file_id or job.error_file_id) and not job.remote_results_deleted_at:
        return _no("not_downloaded")
    return _no("files_gone")


def can_submit_again(job: JobRecord) -> Decision:
    """May the file of ``job`` be sent again from the jobs view? Only a *Not created* job (its create
    was refused, never sent, or the settle period passed without the batch): nothing was billed."""
    if job.status in ("creating", "create_unknown"):
        return _no("submit_again_unconfirmed")
    if job.status in ("uploading", "uploaded"):
        return _no("submit_again_running")
    if job.batch_id or job.status != "create_failed":
        return _no("submit_again_created")
    if not job.input_path or not job.input_sha256:
        return _no("no_requests")
    return ALLOWED
