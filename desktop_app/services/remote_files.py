"""The files stored in a region's account: which job uses each one, a page of them, deleting, and how
close the account is to its limits — the window's Files dialog and ``desktop-app-cli files`` ask here.

Listing, deleting (jobs that used a deleted file are marked in the ledger) and counting are
:mod:`desktop_app.core.jobs`; this module adds the rule both faces show: which job a file belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from desktop_app.core.jobs import (
    DeleteReport,
    FilesPage,
    StorageUsage,
    delete_remote_files,
    list_remote_files,
    storage_usage,
)
from desktop_app.core.ledger import JobRecord, Ledger
from desktop_app.core.service import BatchService

FileRole = Literal["input", "answers", "errors"]

__all__ = [
    "DeleteReport",
    "FilesPage",
    "StorageUsage",
    "UsedBy",
    "delete_files",
    "files_page",
    "files_used_by",
    "usage",
]


@dataclass(frozen=True)
class UsedBy:
    """The job a stored file belongs to, and as what."""

    role: FileRole
    job_name: str
    job_id: int


def files_used_by(jobs: Iterable[JobRecord], region_id: str) -> dict[str, UsedBy]:
    """File id → the ledger job of ``region_id`` that uploaded it (input) or got it (answers, errors)."""
    used: dict[str, UsedBy] = {}
    for job in jobs:
        if job.region_id != region_id:
            continue
        name = job.name or job.batch_id or ""
        roles: tuple[tuple[str | None, FileRole], ...] = (
            (job.input_file_id, "input"),
            (job.output_file_id, "answers"),
            (job.error_file_id, "errors"),
        )
        for file_id, role in roles:
            if file_id:
                used[file_id] = UsedBy(role, name, job.id)
    return used


async def files_page(service: BatchService, after: str | None = None) -> FilesPage:
    """One page of the files stored in the account (newest first)."""
    return await list_remote_files(service, after=after)


async def delete_files(service: BatchService, file_ids: Iterable[str], ledger: Ledger) -> DeleteReport:
    """Delete files from the account (one by one; a file already gone counts as deleted); the ledger's
    jobs that used them are marked, so neither face offers a download that would fail."""
    return await delete_remote_files(service, list(file_ids), ledger)


async def usage(service: BatchService) -> StorageUsage:
    """How close the account is to 10,000 files / 100 GB (walks the whole file list)."""
    return await storage_usage(service)
