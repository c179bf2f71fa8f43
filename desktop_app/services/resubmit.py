"""Submit a *Not created* job's file again ("Submit again" in the jobs view), in one reservation.

The new job takes the old one's place in the same ledger transaction that reserves the file
(``Ledger.record_intent(replaces_job_id=…)``), so two presses, two windows or two processes can never
both send it; everything the old job knew (name, window, endpoint, model, family, spreadsheet) goes
with it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from desktop_app.core import wording as w
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.fileutil import sha256_file
from desktop_app.core.ledger import JobRecord, Ledger, ReplacedAlready
from desktop_app.core.service import BatchService, ProgressCallback
from desktop_app.core.workflow import submit_file
from desktop_app.services.job_actions import can_submit_again


async def submit_again(
    service: BatchService,
    ledger: Ledger,
    job: JobRecord,
    *,
    progress: ProgressCallback | None = None,
    before_submit: Callable[[Path], Awaitable[None]] | None = None,
) -> JobRecord:
    """Send ``job``'s file again as a new job replacing it; ``before_submit`` (estimate, cap,
    confirmation) runs first and may raise to stop it. Raises BatchDeskError with the reason when the
    job may not be submitted again or its file is not the one that was checked."""
    decision = can_submit_again(job)
    if not decision:
        raise BatchDeskError(decision.text)
    assert job.input_path is not None
    path = Path(job.input_path)

    def unchanged() -> bool:
        try:
            return path.is_file() and sha256_file(path) == job.input_sha256
        except OSError:
            return False

    if not await asyncio.to_thread(unchanged):
        raise BatchDeskError(w.RESUBMIT_FILE_CHANGED(path=str(path)))
    if before_submit is not None:
        await before_submit(path)
    metadata = {k: v for k, v in job.metadata.items() if k not in ("ds_name", "ds_description")}
    try:
        return await submit_file(
            service,
            ledger,
            path,
            name=job.name,
            description=job.description,
            completion_window=job.completion_window,
            endpoint=job.endpoint,
            model=job.model,
            request_count=job.request_count,
            metadata=metadata or None,
            progress=progress,
            parent_job_id=job.parent_job_id,
            relation=job.relation,
            group_id=job.group_id,
            part_index=job.part_index,
            source=job.source or None,
            replaces_job_id=job.id,
        )
    except ReplacedAlready:
        raise BatchDeskError(w.RESUBMIT_ALREADY) from None
