"""Submit a file too large for one batch as one job group: the window's "Submit as N parts" and
``desktop-app-cli submit`` of such a file make this same call.

The file is cut into consecutive parts that each fit (``core.builder.split.plan_split`` / ``split_jsonl``:
concatenated they are the original bytes); each part is a job with relation ``part``, a shared
``group_id`` and its ``part_index``, recorded before its upload like every submit. Their answers come
back together (``core.answers.lineage.open_group_results``).
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from desktop_app.core import workflow
from desktop_app.core.builder.split import Part, plan_split, split_jsonl
from desktop_app.core.ledger import JobRecord, JobRelation, Ledger
from desktop_app.core.limits import MAX_NAME_CHARS, TEST_MODEL
from desktop_app.core.request_doc import LIMIT_CODES
from desktop_app.core.service import BatchService
from desktop_app.core.validate import Severity, ValidationReport


def split_plan(path: Path, report: ValidationReport) -> list[Part] | None:
    """The parts a checked file would be sent as, when a split is what it needs: its only errors are
    the per-file limits (requests, bytes, the test model's), and the parts number two or more. None
    otherwise (it fits, or other errors must be fixed first). Blocking: reads the file."""
    errors = [p for p in report.problems if p.severity is Severity.ERROR]
    if not errors or not all(p.code in LIMIT_CODES for p in errors):
        return None
    parts = plan_split(path, test_model=TEST_MODEL in report.models)
    return parts if len(parts) > 1 else None


def parts_folder(drafts: Path, stem: str) -> Path:
    """A new folder under ``drafts`` (the app's requests folder) for the parts of the file ``stem``."""
    safe = re.sub(r"[^\w.-]+", "_", stem, flags=re.UNICODE).strip("._")[:60] or "requests"
    return drafts / f"{safe}-parts-{uuid.uuid4().hex[:6]}"


def part_name(name: str, number: int, count: int) -> str:
    """``name (part 2 of 3)``, the name cut so the whole stays within the service's limit."""
    suffix = f" (part {number} of {count})"
    return name[: MAX_NAME_CHARS - len(suffix)] + suffix


async def submit_parts(
    service: BatchService,
    ledger: Ledger,
    path: Path,
    parts: Sequence[Part],
    parts_dir: Path,
    *,
    name: str,
    description: str,
    completion_window: str,
    endpoint: str,
    model: str,
    progress: Callable[[int, int, int], None] | None = None,
    source: Mapping[str, Any] | None = None,
    allow_duplicate: bool = False,
    metadata: Mapping[str, str] | None = None,
) -> list[JobRecord]:
    """Write the parts into ``parts_dir`` and submit them as one job group, in order.

    ``progress(part, done, total)`` with part 1-based. A part's submit that fails stops the rest (the
    parts already sent keep running; each is a job of its own in the list)."""
    files = await asyncio.to_thread(split_jsonl, path, parts_dir, parts=parts)
    group = uuid.uuid4().hex
    count = len(files)
    jobs: list[JobRecord] = []
    for number, (part, part_path) in enumerate(zip(parts, files, strict=True), 1):
        bound = None
        if progress is not None:

            def bound(done: int, total: int, number: int = number) -> None:
                progress(number, done, total)

        job = await workflow.submit_file(
            service,
            ledger,
            part_path,
            name=part_name(name, number, count),
            description=description,
            completion_window=completion_window,
            endpoint=endpoint,
            model=model,
            request_count=part.requests,
            progress=bound,
            relation=JobRelation.PART.value,
            group_id=group,
            part_index=number - 1,
            source=source or None,
            allow_duplicate=allow_duplicate,
            metadata=metadata,
        )
        jobs.append(job)
    return jobs
