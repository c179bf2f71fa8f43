"""Re-run the failed and missing requests of a job: the same step for the window's Re-run button and
``desktop-app-cli rerun``.

The job is asked :func:`~desktop_app.services.job_actions.can_rerun` first (the same refusal words in
both faces), then :func:`desktop_app.core.workflow.submit_rerun` builds the re-run's file, runs the
billing gate (:mod:`desktop_app.services.billing`) and submits it in one ledger reservation: a second
re-run of the same job while one is open is refused in the same transaction that records it, so two
presses, a window and a CLI, or two processes never bill it twice.
"""

from __future__ import annotations

import os

from desktop_app.core import workflow
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.ledger import JobRecord, Ledger
from desktop_app.core.service import BatchService, ProgressCallback
from desktop_app.services.billing import Gate
from desktop_app.services.job_actions import Decision, can_rerun, rerun_family, root_id


async def rerun_decision(ledger: Ledger, job: JobRecord) -> Decision:
    """May ``job`` be re-run now? (:func:`can_rerun` with its family read from the ledger, off the loop.)"""

    def family() -> list[JobRecord]:
        return rerun_family(root_id(job), ledger.jobs())

    return can_rerun(job, await ledger.call(family))


async def rerun(
    service: BatchService,
    ledger: Ledger,
    job: JobRecord,
    results_dir: str | os.PathLike[str],
    *,
    before_submit: Gate | None = None,
    progress: ProgressCallback | None = None,
) -> JobRecord:
    """Submit the failed and missing requests of ``job`` again as a linked job (its answers merge into the
    same results); ``before_submit`` (the billing gate) runs on the re-run's file first and may raise to
    stop it. Raises BatchDeskError with the :data:`~desktop_app.services.job_actions.REASONS` text when the
    job may not be re-run."""
    decision = await rerun_decision(ledger, job)
    if not decision:
        raise BatchDeskError(decision.text)
    return await workflow.submit_rerun(
        service, ledger, job, results_dir, before_submit=before_submit, progress=progress
    )
