"""The editor's steps as coroutines over the AppController, with no Qt in them.

Every blocking call (reading the table, building, indexing, validating, writing, splitting, hashing)
runs in a worker thread, so the window's slots stay thin and the UI thread never stalls. Tests
await these directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core import wording, workflow
from desktop_app.core.builder.checks import check_spec
from desktop_app.core.builder.jsonl import BuildReport
from desktop_app.core.builder.rehearsal import rehearsal_file, variant_file
from desktop_app.core.builder.render import render_request
from desktop_app.core.builder.spec import RequestSpec
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.jsonl_index import index_lines
from desktop_app.core.ledger import JobRecord, JobRelation
from desktop_app.core.limits import MAX_NAME_CHARS, TEST_MODEL
from desktop_app.core.regions import Endpoint
from desktop_app.core.request_doc import DocCheck, DocSnapshot, RequestDocument, check_document, notes_by_line
from desktop_app.core.tables.encoding import EncodingGuess, detect_encoding
from desktop_app.core.tables.model import Row, Table
from desktop_app.core.tables.readers import WORKBOOK_SUFFIXES, open_table
from desktop_app.core.validate import Problem
from desktop_app.services import split as split_service
from desktop_app.services.sheet import sheet_for_submit
from desktop_app.ui.controller import AppController
from desktop_app.ui.messages import error_text

log = logging.getLogger(__name__)

PREVIEW_ROWS = 200
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")


@dataclass(frozen=True)
class ImportOptions:
    """How to read a table; None means "detect"."""

    encoding: str | None = None
    delimiter: str | None = None
    has_header: bool | None = None
    sheet: str | None = None


@dataclass
class TableInfo:
    """An opened table and the first rows to show."""

    table: Table
    preview: list[Row]
    options: ImportOptions
    detected: EncodingGuess | None  # the encoding guess (text files)


@dataclass
class Built:
    """A table turned into a request file, opened as a document."""

    report: BuildReport
    doc: RequestDocument | None  # None when the mapping had errors (nothing written)
    source: dict[str, Any] = field(default_factory=dict)  # answers.source.SourceSpec JSON for the ledger


@dataclass(frozen=True)
class RehearsalOutcome:
    """What a finished rehearsal says, in plain words."""

    ok: bool
    succeeded: int
    failed: int
    messages: tuple[str, ...]  # the first few error messages, when any


def looks_like_jsonl(path: Path) -> bool:
    """A request file rather than a table: by suffix, or a text file whose first line is a JSON object."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return True
    if suffix in WORKBOOK_SUFFIXES:
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(64 * 1024)
    except OSError:
        return False
    first = head.removeprefix(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0].strip()
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(orjson.loads(first), dict)
    except orjson.JSONDecodeError:
        return False


def _safe_stem(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("._")[:60] or "requests"


class EditorActions:
    """The editor's work, off the UI thread."""

    def __init__(self, controller: AppController) -> None:
        self.controller = controller
        self._scratch_lock = asyncio.Lock()

    @property
    def drafts(self) -> Path:
        """Where built files and the files actually uploaded are kept (the ledger points at them)."""
        return self.controller.paths.requests

    @property
    def scratch(self) -> Path:
        """A scratch copy for validating an edited document."""
        return self.controller.paths.cache / "editor" / "check.jsonl"

    def _draft(self, stem: str, suffix: str = ".jsonl") -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        return self.drafts / f"{_safe_stem(stem)}-{stamp}-{uuid.uuid4().hex[:6]}{suffix}"

    # ----- tables -------------------------------------------------------------------------------
    async def open_table(self, path: Path, options: ImportOptions) -> TableInfo:
        """Open a table with the given overrides and read its first rows (worker thread)."""

        def work() -> TableInfo:
            detected = None
            if options.encoding is None and path.suffix.lower() not in WORKBOOK_SUFFIXES:
                with contextlib.suppress(BatchDeskError):
                    detected = detect_encoding(path)
            table = open_table(
                path,
                encoding=options.encoding,
                delimiter=options.delimiter,
                has_header=options.has_header,
                sheet=options.sheet,
            )
            try:
                preview = table.preview(PREVIEW_ROWS)
            except BaseException:
                table.close()
                raise
            return TableInfo(table, preview, options, detected or table.encoding)

        return await asyncio.to_thread(work)

    async def close_table(self, table: Table | None) -> None:
        """Release a table's file (worker thread: a workbook may take a moment)."""
        if table is not None:
            await asyncio.to_thread(table.close)

    async def render(
        self, spec: RequestSpec, columns: Sequence[str], row: Row | None, base_dir: Path | None, region_id: str
    ) -> tuple[dict[str, Any] | None, list[Problem], str | None]:
        """The request for one row, the mapping's problems and the render error (worker: images are read)."""
        region = self.controller.region(region_id)

        def work() -> tuple[dict[str, Any] | None, list[Problem], str | None]:
            problems = check_spec(spec, columns, region=region)
            if row is None or any(p.severity == "error" for p in problems):
                return None, problems, None
            try:
                return render_request(spec, row.as_dict(columns), row.number, base_dir=base_dir), problems, None
            except BatchDeskError as exc:
                return None, problems, error_text(exc)

        return await asyncio.to_thread(work)

    async def build(self, table: Table, spec: RequestSpec, region_id: str, stem: str) -> Built:
        """Write every row as a request (worker thread) and open the result as a document."""
        from desktop_app.core.builder.jsonl import build_jsonl

        region = self.controller.region(region_id)
        dest = self._draft(stem)

        def work() -> Built:
            report = build_jsonl(table, spec, dest, region=region)  # also keeps the sheet (report.source)
            if not report.written:
                return Built(report, None)
            doc = RequestDocument.open(dest)
            # only the rows a problem names: a dict of every row was ~40 MB at a million (issue 13)
            named = {p.line for p in report.problems if p.line is not None}
            line_of_row = {row: line for line, row in enumerate(report.row_numbers) if row in named} if named else {}
            doc.notes = notes_by_line(report.problems, line_of_row)
            doc.sheet_rows = report.row_numbers
            return Built(report, doc, report.source)

        return await asyncio.to_thread(work)

    async def build_prompt_variant(
        self, table: Table, spec: RequestSpec, template: str, region_id: str, stem: str
    ) -> Path:
        """The same rows with another prompt template (a comparison's second prompt), built and written
        with the app's files (worker thread). Raises BatchDeskError when that template cannot be used."""
        from dataclasses import replace

        from desktop_app.core.builder.jsonl import build_jsonl

        region = self.controller.region(region_id)
        dest = self._draft(f"{stem}-prompt-b")

        def work() -> Path:
            report = build_jsonl(table, replace(spec, template=template), dest, region=region, source=False)
            if not report.ok:
                first = next((p for p in report.problems if p.severity == "error"), None)
                dest.unlink(missing_ok=True)
                reason: wording.Param = wording.HAS_ERRORS
                if first is not None:
                    reason = first.text or wording.Matched(first.message)
                raise BatchDeskError(wording.SECOND_PROMPT(reason=reason))
            return dest

        return await asyncio.to_thread(work)

    async def _sheet(self, path: Path, source: dict[str, Any] | None) -> dict[str, Any] | None:
        """The sheet a job from ``path`` carries (``services.sheet``): the build's, else the one the
        build pass left beside the file (a file made with ``desktop-app-cli convert``)."""
        try:
            return (await sheet_for_submit(path, self.drafts, source)).source
        except OSError as exc:  # the job goes without the sheet's columns; the answers are all there
            log.warning("the sheet's rows beside %s could not be kept: %s", path.name, exc.strerror or exc)
            return None

    # ----- request files ------------------------------------------------------------------------
    async def open_requests(self, path: Path) -> RequestDocument:
        """Index a JSONL file (worker thread)."""
        return await asyncio.to_thread(RequestDocument.open, path)

    async def check(self, snapshot: DocSnapshot, region_id: str, cancel: threading.Event | None = None) -> DocCheck:
        """Validate a snapshot against the region's rules (worker thread; one at a time)."""
        region = self.controller.region(region_id)
        scratch = self.scratch
        count_request = self.controller.request_counter

        def work() -> DocCheck:
            try:
                return check_document(snapshot, scratch, region=region, cancel=cancel, count_request=count_request)
            finally:
                scratch.unlink(missing_ok=True)  # a copy of a big file is not left in the cache

        async with self._scratch_lock:
            return await asyncio.to_thread(work)

    async def save(self, snapshot: DocSnapshot, dest: Path) -> Any:
        """Save as UTF-8 JSONL (no BOM, compact); returns the saved file's line index."""

        def work() -> Any:
            snapshot.write(dest, normalize=True)
            return index_lines(dest)

        return await asyncio.to_thread(work)

    async def file_for_upload(self, doc_path: Path | None, snapshot: DocSnapshot, stem: str) -> Path:
        """The file to upload: the user's own file when unedited, else a compact copy kept with the app.

        Whether it is unedited is a pass over every row (a worker's: 0.1 s of the UI thread for a million
        rows, issue 13)."""
        if doc_path is not None and await asyncio.to_thread(lambda: snapshot.pristine):
            return doc_path
        dest = self._draft(stem)
        await asyncio.to_thread(snapshot.write, dest, normalize=True)
        return dest

    async def check_file(self, path: Path, region_id: str) -> DocCheck:
        """Validate the exact file that will be uploaded."""
        doc = await asyncio.to_thread(RequestDocument.open, path)
        try:
            return await self.check(doc.snapshot(), region_id)
        finally:
            doc.close()

    # ----- submitting ---------------------------------------------------------------------------
    async def submit(
        self,
        path: Path,
        check: DocCheck,
        region_id: str,
        *,
        name: str,
        description: str,
        completion_window: str,
        progress: Callable[[int, int], None] | None = None,
        source: dict[str, Any] | None = None,
        allow_duplicate: bool = False,
        finish_callback: str = "",
    ) -> JobRecord:
        """Upload one checked file and create its batch."""
        if not check.ok:
            raise BatchDeskError(wording.STILL_HAS_ERRORS)
        return await self.controller.submit(
            path,
            check.report,
            region_id,
            name=name,
            description=description,
            completion_window=completion_window,
            progress=progress,
            source=await self._sheet(path, source),
            allow_duplicate=allow_duplicate,
            finish_callback=finish_callback,
        )

    async def submit_parts(
        self,
        path: Path,
        check: DocCheck,
        region_id: str,
        *,
        name: str,
        description: str,
        completion_window: str,
        progress: Callable[[int, int, int], None] | None = None,
        source: dict[str, Any] | None = None,
        allow_duplicate: bool = False,
        finish_callback: str = "",
    ) -> list[JobRecord]:
        """Split a file over the limits into parts that each fit and submit them as one job group.

        Each part is a job with relation ``part``, a shared ``group_id`` and its ``part_index``
        (0-based), recorded before its upload. ``progress(part, done, total)`` with part 1-based.
        """
        if not check.needs_split:
            raise BatchDeskError(wording.NO_SPLIT)
        completion_window = self.controller.batch_options(name, description, completion_window)
        metadata = self.controller.finish_metadata(finish_callback, region_id)
        source = await self._sheet(path, source)
        folder = split_service.parts_folder(self.drafts, path.stem)
        service = await self.controller.service(region_id)
        report = check.report
        # the same call as `desktop-app-cli submit` of a file too large for one batch
        return await split_service.submit_parts(
            service,
            self.controller.ledger,
            path,
            check.parts,
            folder,
            name=name,
            description=description,
            completion_window=completion_window,
            endpoint=report.endpoint or "",
            model=report.models[0] if report.models else "",
            progress=progress,
            source=source or None,
            allow_duplicate=allow_duplicate,
            metadata=metadata,
        )

    async def prepare_variants(
        self,
        path: Path,
        check: DocCheck,
        region_id: str,
        *,
        models: Sequence[str] = (),
        files: Sequence[tuple[str, Path]] = (),
        main_label: str | None = None,
    ) -> list[tuple[str, Path, DocCheck]]:
        """Write and check every variant's file of a comparison (nothing is sent): (label, file, check),
        the checked file first."""
        if not check.ok:
            raise BatchDeskError(wording.STILL_HAS_ERRORS)
        main = main_label or (check.report.models[0] if check.report.models else "")
        ready: list[tuple[str, Path, DocCheck]] = [(main, path, check)]
        for label, extra in files:
            extra_check = await self.check_file(extra, region_id)
            if not extra_check.ok:
                raise BatchDeskError(wording.VARIANT_FAILED(model=label))
            ready.append((label, extra, extra_check))
        for model in models:
            dest = self._draft(f"{path.stem}-{model}")
            await asyncio.to_thread(variant_file, path, dest, model)
            variant_check = await self.check_file(dest, region_id)
            if not variant_check.ok:
                raise BatchDeskError(wording.VARIANT_FAILED(model=model))
            ready.append((model, dest, variant_check))
        return ready

    async def submit_variants(
        self,
        path: Path,
        check: DocCheck,
        region_id: str,
        *,
        models: Sequence[str] = (),
        files: Sequence[tuple[str, Path]] = (),
        main_label: str | None = None,
        name: str,
        description: str,
        completion_window: str,
        progress: Callable[[int, int, int], None] | None = None,
        source: dict[str, Any] | None = None,
        allow_duplicate: bool = False,
        finish_callback: str = "",
        ready: Sequence[tuple[str, Path, DocCheck]] | None = None,
    ) -> list[JobRecord]:
        """Compare models or prompts: the checked file as it is, plus one copy per model in ``models``
        (only ``body.model`` changed) and the ready ``files`` (label, path — e.g. a second prompt), each
        its own batch (the service's rule: one model per file), recorded as one group (relation
        ``variant``). ``main_label`` names the checked file's variant (default: its model).

        Every file is written and checked before anything is sent (``ready``: the files
        :meth:`prepare_variants` already wrote and checked — the confirmation estimated those very
        files). ``progress(variant, done, total)``.
        """
        completion_window = self.controller.batch_options(name, description, completion_window)
        metadata = self.controller.finish_metadata(finish_callback, region_id)
        if ready is None:
            ready = await self.prepare_variants(
                path, check, region_id, models=models, files=files, main_label=main_label
            )
        source = await self._sheet(path, source)
        service = await self.controller.service(region_id)
        group = uuid.uuid4().hex
        jobs: list[JobRecord] = []
        for number, (label, file, file_check) in enumerate(ready, 1):
            suffix = f" · {label}"
            bound = None
            if progress is not None:

                def bound(done: int, total: int, number: int = number) -> None:
                    progress(number, done, total)

            report = file_check.report
            job = await workflow.submit_file(
                service,
                self.controller.ledger,
                file,
                name=name[: MAX_NAME_CHARS - len(suffix)] + suffix,
                description=description,
                completion_window=completion_window,
                endpoint=report.endpoint or "",
                model=report.models[0] if report.models else label,
                request_count=report.requests,
                progress=bound,
                relation=JobRelation.VARIANT.value,
                group_id=group,
                part_index=number - 1,
                source={**(source or {}), "variant": label},
                allow_duplicate=allow_duplicate,
                metadata=metadata,
            )
            jobs.append(job)
        return jobs

    # ----- rehearsal ----------------------------------------------------------------------------
    async def rehearse(self, snapshot: DocSnapshot, region_id: str, *, name: str) -> JobRecord:
        """Send up to the first 100 requests, rewritten for the free test model, in the same region."""
        dest = self._draft(f"rehearsal-{name}")
        report = await asyncio.to_thread(rehearsal_file, snapshot.requests(), dest)
        if report.requests == 0:
            raise BatchDeskError(wording.NOTHING_TO_TRY)
        service = await self.controller.service(region_id)
        title = f"Rehearsal · {name}"[:MAX_NAME_CHARS]
        return await workflow.submit_file(
            service,
            self.controller.ledger,
            dest,
            name=title,
            description="Trial run on the free test model",
            completion_window="24h",
            endpoint=Endpoint.TEST.value,
            model=TEST_MODEL,
            request_count=report.requests,
        )

    async def rehearsal_outcome(self, job: JobRecord) -> RehearsalOutcome:
        """Read a finished rehearsal's counts and first error messages (worker thread)."""

        def work() -> RehearsalOutcome:
            messages: list[str] = []
            if job.error_path:
                with contextlib.suppress(OSError), open(job.error_path, "rb") as handle:
                    for raw in handle:
                        message = _error_message(raw)
                        if message and message not in messages:
                            messages.append(message)
                        if len(messages) >= 3:
                            break
            for error in job.errors[:3]:
                text = str(error.get("message") or "")
                if text and text not in messages:
                    messages.append(text)
            if not messages and job.last_error and job.status != "completed":
                messages.append(job.last_error)
            succeeded = job.result_succeeded if job.result_succeeded is not None else job.completed
            failed = job.result_failed if job.result_failed is not None else job.failed
            ok = job.status == "completed" and failed == 0 and succeeded > 0
            return RehearsalOutcome(ok, succeeded, failed, tuple(messages))

        return await asyncio.to_thread(work)


def _error_message(raw: bytes) -> str:
    """The message of one error-file line (``response.body.error.message`` or ``error.message``)."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return ""
    if not isinstance(obj, dict):
        return ""
    candidates: list[Any] = []
    response = obj.get("response")
    if isinstance(response, dict):
        body = response.get("body")
        if isinstance(body, dict):
            candidates.append(body.get("error"))
    candidates.append(obj.get("error"))
    for error in candidates:
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
    return ""
