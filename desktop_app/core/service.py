"""Async facade over the OpenAI-compatible Batch File API of one region.

:class:`BatchService` wraps ``openai.AsyncOpenAI(max_retries=0)`` and does its own retrying, because
the rules differ per call:

* Safe calls (retrieve, list, download, delete, upload, cancel) retry 429 / 5xx / network failures
  with exponential back-off and jitter, honouring ``Retry-After``. Other 4xx are not retried.
* ``create`` is never retried blindly. A 429 or a connection that never opened means "not created":
  it may be sent again. Any other failure (timeout, connection dropped after sending, 5xx, an answer
  that cannot be read) is ambiguous: the batch is looked up by its input file id; if it is listed it
  is returned, otherwise :class:`~desktop_app.core.errors.AmbiguousCreate` is raised — a batch not
  listed *yet* may still exist (the list lags behind creates), so this never creates a second one.

Every answer is read as plain JSON and normalised with tolerant parsers (:meth:`BatchInfo.from_api`,
:meth:`FileInfo.from_api`), so servers that send fewer fields than OpenAI does still work.

Every failure is raised as a :class:`~desktop_app.core.errors.BatchDeskError` with a plain message.
Keys never appear in logs or messages. Close the service with :meth:`aclose` on the loop that made it.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

import orjson

from desktop_app.core import limits
from desktop_app.core import wording as w
from desktop_app.core.batch import MAX_BYTES, BatchInfo, JobStatus, opt_count, opt_str, opt_timestamp
from desktop_app.core.errors import (
    AmbiguousCreate,
    BadRequest,
    BatchDeskError,
    NetworkError,
    NotFound,
    UnexpectedResponse,
    translate,
)
from desktop_app.core.fileutil import atomic_write
from desktop_app.core.logging_setup import register_secret
from desktop_app.core.regions import Region, RegionKind

if TYPE_CHECKING:
    import httpx2
    import openai
else:  # imported with the first client (~0.5 s): convert, validate and export never need them
    from desktop_app.core.lazy import lazy_module

    httpx2 = lazy_module("httpx2")
    openai = lazy_module("openai")

log = logging.getLogger("desktop_app.service")
_RNG = random.Random()

T = TypeVar("T")
ProgressCallback = Callable[[int, int], None]
SleepFunc = Callable[[float], Awaitable[Any]]

DOWNLOAD_CHUNK_BYTES = 256 * 1024
DOWNLOAD_IDLE_S = 60.0  # a download that receives nothing this long has stopped
STALL_WINDOW_S = 30.0  # ... and one that receives less than STALL_MIN_BYTES in any such window stalls
STALL_MIN_BYTES = 16 * 1024
UPLOAD_MAX_READ_BYTES = 1024 * 1024  # the reader hands out at most this much per read()
SANDBOX_PLACEHOLDER_KEY = "sandbox-no-key"
WAIT_NOTICE_S = 10.0  # a call without an answer this long is told to ``on_wait`` (then every 10 s more)
LOOKUP_PAGE_LIMIT = 100
LOOKUP_MAX_PAGES = 10
LIST_TIME_ZONE = timezone(timedelta(hours=8))  # create_after / create_before are read in UTC+8


# --- value types ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """How safe calls are retried.

    Attributes:
        attempts: total tries including the first (1 = never retry).
        base: delay after the first failure, in seconds; doubles each time.
        cap: longest computed delay.
        jitter: fraction of each delay that is random (0 = none, 0.5 = between 50 % and 100 %).
        max_retry_after: longest ``Retry-After`` the app honours (a server asking for an hour gets this).
        budget: seconds after the first attempt when no further retry starts (every call is bounded).
    """

    attempts: int = 5
    base: float = 1.0
    cap: float = 30.0
    jitter: float = 0.5
    max_retry_after: float = 60.0
    budget: float = 240.0

    def delay(self, failed_attempt: int, retry_after: float | None = None, rng: random.Random | None = None) -> float:
        """Seconds to wait after attempt number ``failed_attempt`` (1-based) failed."""
        if retry_after is not None:
            return max(0.0, min(retry_after, self.max_retry_after))
        computed = min(self.cap, self.base * (2.0 ** max(0, failed_attempt - 1)))
        spread = computed * min(max(self.jitter, 0.0), 1.0)
        roll: float = (rng or _RNG).random()
        return computed - spread + spread * roll


@dataclass(frozen=True)
class RetryNotice:
    """Told to ``on_retry`` before the service waits and tries again."""

    operation: str  # "upload", "create", "retrieve", "list", "download", "delete", "cancel", "create-check"
    attempt: int  # the attempt about to be made (2 = first retry)
    attempts: int  # the most attempts that will be made
    delay: float  # seconds until then
    error: BatchDeskError  # what went wrong

    @property
    def message(self) -> str:
        """E.g. "Server busy, retrying in 4 s (attempt 2 of 5)"."""
        seconds = max(1, round(self.delay))
        if self.operation == "create-check":
            return f"Checking whether the batch was created, in {seconds} s"
        reason = "Connection problem" if isinstance(self.error, NetworkError) else "Server busy"
        return f"{reason}, retrying in {seconds} s (attempt {self.attempt} of {self.attempts})"


@dataclass(frozen=True)
class WaitNotice:
    """Told to ``on_wait`` while a call has had no answer for a while, and once more when it ends."""

    operation: str  # as in RetryNotice
    waited: float  # seconds since the call was sent
    limit: float  # the client timeout: the call gives up (and may be retried) after this long
    finished: bool = False  # the call ended (answered, failed or cancelled): stop saying "waiting"

    @property
    def message(self) -> str:
        """E.g. "No answer from the server yet (10 s); still waiting, for up to 60 s"."""
        if self.finished:
            return "The server answered."
        return f"No answer from the server yet ({round(self.waited)} s); still waiting, for up to {round(self.limit)} s"


@dataclass(frozen=True)
class FileInfo:
    """An uploaded or produced file, normalised."""

    id: str
    bytes: int | None = None
    filename: str | None = None
    created_at: int | None = None
    purpose: str | None = None
    status: str | None = None

    @classmethod
    def from_api(cls, obj: Any) -> FileInfo:
        """Build from a plain mapping; missing or null fields become None."""
        data = obj if isinstance(obj, Mapping) else {}
        return cls(
            id=str(data.get("id") or ""),
            bytes=opt_count(data.get("bytes"), MAX_BYTES),
            filename=opt_str(data.get("filename")),
            created_at=opt_timestamp(data.get("created_at")),
            purpose=opt_str(data.get("purpose")),
            status=opt_str(data.get("status")),
        )


@dataclass(frozen=True)
class BatchPage:
    """One page of the batch list."""

    items: list[BatchInfo] = field(default_factory=list)
    has_more: bool = False
    last_id: str | None = None
    first_id: str | None = None


class _CreateOutcome(Enum):
    NOT_CREATED = "not_created"  # 429, or the connection never opened: safe to send again
    REJECTED = "rejected"  # a definite 4xx answer: do not send again
    AMBIGUOUS = "ambiguous"  # may or may not exist: look it up first


# --- upload reader -------------------------------------------------------------------------------


class ProgressReader(io.RawIOBase):
    """A read-only file wrapper that reports bytes handed to the HTTP client.

    The multipart encoder reads it in small chunks while sending, so the file is never held in memory.
    ``max_read`` records the largest single read (tests use it to prove streaming).
    """

    def __init__(self, path: Path, progress: ProgressCallback | None = None) -> None:
        super().__init__()
        self._path = Path(path)
        self._fh = open(self._path, "rb")  # noqa: SIM115 - closed in close()
        self._progress = progress
        self.total = os.fstat(self._fh.fileno()).st_size
        self.done = 0
        self.max_read = 0
        self.name = self._path.name

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fh.fileno()

    def tell(self) -> int:
        return self._fh.tell()

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        position = self._fh.seek(offset, whence)
        if position == 0 and whence == os.SEEK_SET:
            self.done = 0  # a resend starts over
        return position

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0 or size > UPLOAD_MAX_READ_BYTES:
            size = UPLOAD_MAX_READ_BYTES
        chunk = self._fh.read(size)
        self.max_read = max(self.max_read, len(chunk))
        if chunk:
            self.done += len(chunk)
            if self._progress is not None:
                try:
                    self._progress(self.done, self.total)
                except Exception:  # a broken progress bar must not break the upload
                    log.exception("upload progress callback failed")
        return chunk

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._fh.close()
        super().close()


# --- the service ---------------------------------------------------------------------------------


class BatchService:
    """The Batch File API of one region. Create one per region and key; close with :meth:`aclose`."""

    def __init__(
        self,
        region: Region,
        api_key: str,
        *,
        base_url: str | None = None,
        timeout: float = 60.0,
        retry: RetryPolicy = RetryPolicy(),
        sleep: SleepFunc = asyncio.sleep,
        on_retry: Callable[[RetryNotice], None] | None = None,
        on_wait: Callable[[WaitNotice], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        # Programmer errors, never shown to a person: every caller resolves the address and the key
        # first (services.regions.service_address raises SandboxNotRunning, read_key MissingKey; a custom
        # endpoint's address is checked where it is typed, and the key test refuses an empty key).
        url = (base_url or region.base_url or "").strip().rstrip("/")
        if not url:
            raise ValueError(f"BatchService needs an address for region {region.id!r}")
        key = (api_key or "").strip()
        if not key:
            if region.kind is not RegionKind.SANDBOX:
                raise ValueError(f"BatchService needs an API key for region {region.id!r}")
            key = SANDBOX_PLACEHOLDER_KEY
        if region.needs_key:
            register_secret(key)
        self.region = region
        self.base_url = url
        self.retry = retry
        self.on_retry = on_retry
        self.on_wait = on_wait
        self.timeout = timeout
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._client = openai.AsyncOpenAI(
            api_key=key,
            base_url=url,
            timeout=timeout,
            max_retries=0,
            organization=None,
            project=None,
        )

    async def __aenter__(self) -> BatchService:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client (call on the loop that created the service)."""
        await self._client.close()

    # -- retry plumbing --

    def _notify(self, notice: RetryNotice) -> None:
        log.warning(
            "%s on %s failed (%s); %s",
            notice.operation,
            self.region.id,
            notice.error.detail or type(notice.error).__name__,
            notice.message,
        )
        if self.on_retry is not None:
            try:
                self.on_retry(notice)
            except Exception:
                log.exception("on_retry callback failed")

    async def _watched(self, operation: str, pending: Awaitable[T]) -> T:
        """Await one call; while it has no answer, tell ``on_wait`` after :data:`WAIT_NOTICE_S` and every
        10 s more (a loop timer: nothing blocks), and once more when it ends. Downloads report their own
        progress and idle limits, so they are not watched."""
        if self.on_wait is None or operation == "download":
            return await pending
        loop = asyncio.get_running_loop()
        started = loop.time()
        told = False
        handle: asyncio.TimerHandle | None = None

        def tell() -> None:
            nonlocal handle, told
            told = True
            self._tell_wait(WaitNotice(operation, loop.time() - started, self.timeout))
            handle = loop.call_later(10.0, tell)

        handle = loop.call_later(WAIT_NOTICE_S, tell)
        try:
            return await pending
        finally:
            if handle is not None:
                handle.cancel()
            if told:
                self._tell_wait(WaitNotice(operation, loop.time() - started, self.timeout, finished=True))

    def _tell_wait(self, notice: WaitNotice) -> None:
        if not notice.finished:
            log.info("%s on %s: %s", notice.operation, self.region.id, notice.message)
        if self.on_wait is not None:
            try:
                self.on_wait(notice)
            except Exception:
                log.exception("on_wait callback failed")

    def _translate(self, exc: BaseException, what: w.Wording | w.Text) -> BatchDeskError:
        return translate(exc, self.region.name, what=what)

    async def _safe(
        self,
        operation: str,
        call: Callable[[int], Awaitable[T]],
        *,
        what: w.Wording | w.Text = w.THE_ITEM,
        attempts: int | None = None,
    ) -> T:
        """Run ``call(attempt)`` with retries for transient failures; raise a BatchDeskError."""
        total = max(1, attempts if attempts is not None else self.retry.attempts)
        attempt = 0
        started = time.monotonic()
        slept = 0.0  # the delays asked for (a test's fake sleep takes no time but counts)
        while True:
            attempt += 1
            try:
                return await self._watched(operation, call(attempt))
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                err = self._translate(exc, what)
                retry = err.retryable and attempt < total
                delay = self.retry.delay(attempt, err.retry_after, self._rng) if retry else 0.0
                if retry and max(time.monotonic() - started, slept) + delay > self.retry.budget:
                    retry = False  # every call is bounded: no retry starts after the budget
                if not retry:
                    log.warning(
                        "%s on %s failed after %d attempt(s): %s",
                        operation,
                        self.region.id,
                        attempt,
                        err.detail or type(err).__name__,
                    )
                    if err is exc:
                        raise
                    raise err from exc
                self._notify(RetryNotice(operation, attempt + 1, total, delay, err))
                slept += delay
                await self._sleep(delay)

    def _json(self, response: Any, what: str) -> Any:
        """The JSON body of a raw SDK response; UnexpectedResponse when it is not JSON."""
        http: httpx2.Response = response.http_response
        try:
            return orjson.loads(http.content)
        except orjson.JSONDecodeError as exc:
            kind = http.headers.get("content-type", "unknown type")
            raise UnexpectedResponse(
                self.region.name,
                w.CALL_NOT_JSON(call=what, kind=kind),
                status=http.status_code,
            ) from exc

    @staticmethod
    def _request_id(response: Any) -> str:
        headers = response.http_response.headers
        return str(headers.get("x-request-id") or headers.get("x-dashscope-request-id") or "-")

    def _batch(self, data: Any, what: str) -> BatchInfo:
        if not isinstance(data, Mapping):
            raise UnexpectedResponse(self.region.name, w.CALL_NOT_BATCH(call=what))
        return BatchInfo.from_api(data)

    # -- files --

    async def upload(self, path: str | os.PathLike[str], progress: ProgressCallback | None = None) -> FileInfo:
        """Upload a JSONL input file (``purpose=batch``), streamed from disk, reporting progress."""
        path = Path(path)
        size = path.stat().st_size

        async def once(attempt: int) -> FileInfo:
            reader = ProgressReader(path, progress)
            try:
                response = await self._client.files.with_raw_response.create(
                    file=(path.name, cast("IO[bytes]", reader)), purpose="batch"
                )
            finally:
                reader.close()
            info = FileInfo.from_api(self._json(response, "upload"))
            if not info.id:
                raise UnexpectedResponse(self.region.name, w.UPLOAD_NO_ID)
            log.info(
                "upload %s (%d bytes) to %s -> %s [request %s]",
                path.name,
                size,
                self.region.id,
                info.id,
                self._request_id(response),
            )
            return info

        return await self._safe("upload", once, what=w.UPLOAD_ADDRESS(region=w.region(self.region.name)))

    async def download(
        self, file_id: str, dest: str | os.PathLike[str], progress: ProgressCallback | None = None
    ) -> Path:
        """Stream a file's content to ``dest`` atomically: an interrupted download leaves nothing.

        Bounded (issue 10): a server that sends nothing for :data:`DOWNLOAD_IDLE_S`, or less than
        :data:`STALL_MIN_BYTES` in any :data:`STALL_WINDOW_S` (a slow-loris body), is a network
        failure; so is a body shorter than its ``Content-Length`` or, without one, a body whose last
        line has no line end (a cut that ended with a clean close).
        """
        dest = Path(dest)

        async def once(attempt: int) -> Path:
            async with self._client.files.with_streaming_response.content(file_id) as response:
                headers = response.http_response.headers
                encoded = headers.get("content-encoding", "identity").lower() not in ("", "identity")
                total = 0 if encoded else opt_count(headers.get("content-length"), MAX_BYTES) or 0
                done = 0
                last = b""
                window_start = time.monotonic()
                window_bytes = 0
                with atomic_write(dest) as handle:
                    chunks = response.iter_bytes(DOWNLOAD_CHUNK_BYTES).__aiter__()
                    while True:
                        try:
                            chunk = await asyncio.wait_for(chunks.__anext__(), DOWNLOAD_IDLE_S)
                        except StopAsyncIteration:
                            break
                        except TimeoutError as exc:
                            raise NetworkError(
                                self.region.name,
                                w.DOWNLOAD_IDLE(seconds=round(DOWNLOAD_IDLE_S)),
                                detail=f"idle after {done} bytes",
                            ) from exc
                        handle.write(chunk)
                        done += len(chunk)
                        if chunk:
                            last = chunk[-1:]
                        window_bytes += len(chunk)
                        now = time.monotonic()
                        if now - window_start >= STALL_WINDOW_S:
                            if window_bytes < STALL_MIN_BYTES:
                                raise NetworkError(
                                    self.region.name,
                                    w.DOWNLOAD_TOO_SLOW,
                                    detail=f"{window_bytes} bytes in {now - window_start:.0f} s after {done} bytes",
                                )
                            window_start, window_bytes = now, 0
                        if progress is not None:
                            try:
                                progress(done, total)
                            except Exception:
                                log.exception("download progress callback failed")
                    if total and done != total:
                        raise NetworkError(
                            self.region.name,
                            w.DOWNLOAD_CUT_OFF,
                            detail=f"got {done} of {total} bytes",
                        )
                    if not total and done and last != b"\n":
                        raise NetworkError(
                            self.region.name,
                            w.DOWNLOAD_CUT_OFF,
                            detail=f"{done} bytes; the last line has no line end",
                        )
            log.info("download %s from %s -> %s (%d bytes)", file_id, self.region.id, dest, done)
            return dest

        return await self._safe("download", once, what=w.FILE_ID(file_id=file_id))

    async def file_info(self, file_id: str) -> FileInfo:
        """Metadata of one file (size, name)."""

        async def once(attempt: int) -> FileInfo:
            response = await self._client.files.with_raw_response.retrieve(file_id)
            info = FileInfo.from_api(self._json(response, "file"))
            return info if info.id else replace(info, id=file_id)

        return await self._safe("file_info", once, what=w.FILE_ID(file_id=file_id))

    async def delete_file(self, file_id: str) -> None:
        """Delete a file from the account's storage. A file already gone after a retry counts as deleted."""

        async def once(attempt: int) -> None:
            try:
                await self._client.files.with_raw_response.delete(file_id)
            except openai.NotFoundError:
                if attempt > 1:  # our earlier attempt probably deleted it
                    return
                raise
            log.info("delete file %s on %s", file_id, self.region.id)

        await self._safe("delete", once, what=w.FILE_ID(file_id=file_id))

    async def list_files(
        self, *, purpose: str | None = None, limit: int | None = None, after: str | None = None
    ) -> list[FileInfo]:
        """One page of the account's files (newest first, as the server orders them)."""
        kwargs: dict[str, Any] = {}
        if purpose is not None:
            kwargs["purpose"] = purpose
        if limit is not None:
            kwargs["limit"] = limit
        if after is not None:
            kwargs["after"] = after

        async def once(attempt: int) -> list[FileInfo]:
            try:
                response = await self._client.files.with_raw_response.list(**kwargs)
            except openai.NotFoundError as exc:
                raise UnexpectedResponse(self.region.name, w.NO_FILE_LIST) from exc
            data = self._json(response, "file list")
            items = data.get("data") if isinstance(data, Mapping) else None
            if not isinstance(items, list):
                raise UnexpectedResponse(self.region.name, w.FILE_LIST_FORMAT)
            return [f for f in (FileInfo.from_api(item) for item in items) if f.id]

        return await self._safe("list_files", once)

    # -- batches --

    async def create(
        self,
        input_file_id: str,
        endpoint: str,
        *,
        name: str = "",
        description: str = "",
        completion_window: str = limits.DEFAULT_COMPLETION_WINDOW,
        metadata: Mapping[str, str] | None = None,
    ) -> BatchInfo:
        """Create a batch; never sends a second create after an ambiguous answer (module docstring)."""
        meta: dict[str, str] = {str(k): str(v) for k, v in (metadata or {}).items()}
        if name:
            meta["ds_name"] = name
        if description:
            meta["ds_description"] = description
        policy = self.retry
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._watched(
                    "create",
                    self._client.batches.with_raw_response.create(
                        input_file_id=input_file_id,
                        endpoint=endpoint,  # type: ignore[arg-type]  # the SDK lists OpenAI's endpoints only
                        completion_window=completion_window,  # type: ignore[arg-type]  # SDK says Literal["24h"]
                        metadata=meta or None,
                    ),
                )
                info = self._batch(self._json(response, "create"), "create")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                err = self._translate(exc, w.THE_INPUT_FILE)
                outcome = _create_outcome(exc)
                log.warning(
                    "create for %s on %s failed (%s): %s",
                    input_file_id,
                    self.region.id,
                    outcome.value,
                    err.detail or type(err).__name__,
                )
                if outcome is _CreateOutcome.REJECTED:
                    raise err from exc
                if outcome is _CreateOutcome.NOT_CREATED:
                    if attempt >= policy.attempts:
                        raise err from exc
                    delay = policy.delay(attempt, err.retry_after, self._rng)
                    self._notify(RetryNotice("create", attempt + 1, policy.attempts, delay, err))
                    await self._sleep(delay)
                    continue
                found = await self._check_after_ambiguous(input_file_id, err)
                if found is not None:
                    log.info("create for %s: the batch exists after all: %s", input_file_id, found.id)
                    return found
                # Not listed is not absent: the list lags behind creates (eventually consistent), and a
                # gateway may answer 5xx while the backend still creates the batch a moment later.
                # Never send a second create; the job stays unconfirmed until reconcile sees it or the
                # settle period passes (workflow.CREATE_SETTLE_S).
                reason = AmbiguousCreate.STILL_PENDING if _may_still_land(exc) else AmbiguousCreate.NOT_LISTED
                raise AmbiguousCreate(
                    self.region.name,
                    input_file_id,
                    reason=reason,
                    detail=f"create failed ambiguously; not listed yet: {err.detail or type(err).__name__}",
                ) from exc
            if not info.id:
                # Accepted, but the answer has no id: find the batch by its file instead.
                found = await self._check_after_ambiguous(
                    input_file_id, UnexpectedResponse(self.region.name, w.CREATE_NO_ID)
                )
                if found is None:
                    raise AmbiguousCreate(
                        self.region.name,
                        input_file_id,
                        detail="create answered without an id; lookup found none",
                    )
                return found
            log.info(
                "create %s on %s from %s -> %s (%s) [request %s]",
                endpoint,
                self.region.id,
                input_file_id,
                info.id,
                info.status,
                self._request_id(response),
            )
            return info

    async def _check_after_ambiguous(self, input_file_id: str, cause: BatchDeskError) -> BatchInfo | None:
        """Look the batch up after an ambiguous create. None = confirmed absent; raise when unknown."""
        delay = self.retry.delay(1, None, self._rng)  # let a slow create land before looking
        self._notify(RetryNotice("create-check", 1, 1, delay, cause))
        await self._sleep(delay)
        try:
            return await self.find_batch_by_input_file(input_file_id)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            err = self._translate(exc, w.THE_BATCH_LIST)
            log.error("create for %s: outcome unknown and the check failed: %s", input_file_id, err.detail)
            raise AmbiguousCreate(
                self.region.name,
                input_file_id,
                detail=f"create: {cause.detail or type(cause).__name__}; check: {err.detail or type(err).__name__}",
            ) from exc

    async def retrieve(self, batch_id: str) -> BatchInfo:
        """The current state of one batch."""

        async def once(attempt: int) -> BatchInfo:
            response = await self._client.batches.with_raw_response.retrieve(batch_id)
            info = self._batch(self._json(response, "batch"), "batch")
            if not info.id:
                info = _with_id(info, batch_id)
            log.debug("retrieve %s on %s: %s", batch_id, self.region.id, info.status)
            return info

        return await self._safe("retrieve", once, what=w.BATCH_ID(batch_id=batch_id))

    async def list(
        self,
        *,
        after: str | None = None,
        limit: int = limits.LIST_LIMIT_DEFAULT,
        name: str | None = None,
        statuses: Iterable[str] | None = None,
        input_file_ids: Sequence[str] | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
    ) -> BatchPage:
        """One page of batches, newest first, with the service's filters (reference §2 "List")."""
        query: dict[str, str] = {}
        if name:
            query["ds_name"] = name
        if statuses:
            query["status"] = ",".join(str(s) for s in statuses)
        if input_file_ids:
            ids = [str(i) for i in input_file_ids]
            if len(ids) > limits.LIST_MAX_INPUT_FILE_IDS:
                raise ValueError(f"At most {limits.LIST_MAX_INPUT_FILE_IDS} input file ids per list call.")
            query["input_file_ids"] = ",".join(ids)
        if created_after is not None:
            query["create_after"] = format_list_time(created_after)
        if created_before is not None:
            query["create_before"] = format_list_time(created_before)
        limit = max(limits.LIST_LIMIT_MIN, min(limits.LIST_LIMIT_MAX, int(limit)))
        kwargs: dict[str, Any] = {"limit": limit}
        if after:
            kwargs["after"] = after
        if query:
            kwargs["extra_query"] = query

        async def once(attempt: int) -> BatchPage:
            try:
                response = await self._client.batches.with_raw_response.list(**kwargs)
            except openai.NotFoundError as exc:
                raise UnexpectedResponse(self.region.name, w.NO_BATCH_LIST, status=404) from exc
            return self._page(self._json(response, "batch list"))

        return await self._safe("list", once, what=w.THE_BATCH_LIST)

    def _page(self, data: Any) -> BatchPage:
        items_raw = data.get("data") if isinstance(data, Mapping) else None
        if not isinstance(items_raw, list):
            raise UnexpectedResponse(self.region.name, w.BATCH_LIST_FORMAT)
        items = [BatchInfo.from_api(item) for item in items_raw if isinstance(item, Mapping)]
        dropped = len(items_raw) - len([i for i in items if i.id])
        if dropped:
            log.warning("list on %s: %d entries without an id were skipped", self.region.id, dropped)
        items = [i for i in items if i.id]
        last_id = opt_str(data.get("last_id")) or (items[-1].id if items else None)
        return BatchPage(
            items=items,
            has_more=bool(data.get("has_more")),
            last_id=last_id,
            first_id=opt_str(data.get("first_id")) or (items[0].id if items else None),
        )

    async def cancel(self, batch_id: str) -> BatchInfo:
        """Ask the server to cancel; finished requests are still billed. Returns the batch (cancelling)."""

        async def once(attempt: int) -> BatchInfo:
            try:
                response = await self._client.batches.with_raw_response.cancel(batch_id)
            except (openai.BadRequestError, openai.ConflictError):
                if attempt == 1:
                    raise
                # An earlier attempt may have got through: if the batch is cancelling now, that's success.
                current = await self.retrieve(batch_id)
                if current.status in (JobStatus.CANCELLING, JobStatus.CANCELLED) or current.is_terminal:
                    return current
                raise
            info = self._batch(self._json(response, "cancel"), "cancel")
            if not info.id:
                info = _with_id(info, batch_id)
            log.info("cancel %s on %s: %s", batch_id, self.region.id, info.status)
            return info

        return await self._safe("cancel", once, what=w.BATCH_ID(batch_id=batch_id))

    async def find_batch_by_input_file(self, input_file_id: str) -> BatchInfo | None:
        """The newest batch made from ``input_file_id``, or None when the server confirms there is none.

        Raises a BatchDeskError when absence cannot be confirmed (lookup failed, or the list does not
        say which file each batch used).
        """
        after: str | None = None
        for _ in range(LOOKUP_MAX_PAGES):
            page = await self.list(after=after, limit=LOOKUP_PAGE_LIMIT, input_file_ids=[input_file_id])
            matches = [b for b in page.items if b.input_file_id == input_file_id]
            if matches:
                return max(matches, key=lambda b: b.created_at or 0)
            if any(b.input_file_id is None for b in page.items):
                raise UnexpectedResponse(self.region.name, w.BATCH_LIST_NO_FILE)
            if not page.has_more or not page.last_id:
                return None
            after = page.last_id
        raise UnexpectedResponse(self.region.name, w.TOO_MANY_BATCHES)

    async def check_key(self) -> None:
        """A cheap call (list, limit 1) that raises AuthError for a refused key."""
        await self.list(limit=1)


# --- helpers -------------------------------------------------------------------------------------


def format_list_time(moment: datetime) -> str:
    """``yyyyMMddHHmmss`` for the list filters, as wall-clock time in UTC+8 (the time of both documented
    regions, Beijing and Singapore). Naive datetimes are taken as this computer's local time."""
    return moment.astimezone(LIST_TIME_ZONE).strftime(limits.LIST_TIME_FORMAT)


def _cause_chain(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _create_outcome(exc: BaseException) -> _CreateOutcome:
    """Decide whether a failed create might have created the batch."""
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429:
            return _CreateOutcome.NOT_CREATED
        if exc.status_code >= 500 or exc.status_code == 408:
            return _CreateOutcome.AMBIGUOUS
        return _CreateOutcome.REJECTED
    if isinstance(exc, BadRequest | NotFound):
        return _CreateOutcome.REJECTED
    if isinstance(exc, openai.APIConnectionError):
        never_connected = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)
        if any(isinstance(e, never_connected) for e in _cause_chain(exc)):
            return _CreateOutcome.NOT_CREATED
    return _CreateOutcome.AMBIGUOUS


def _may_still_land(exc: BaseException) -> bool:
    """True when the request was sent but no answer came in time: the server may still act on it."""
    not_sent = (httpx2.ConnectTimeout, httpx2.PoolTimeout)
    chain = _cause_chain(exc)
    if any(isinstance(e, not_sent) for e in chain):
        return False
    return any(isinstance(e, (openai.APITimeoutError, httpx2.TimeoutException, TimeoutError)) for e in chain)


def _with_id(info: BatchInfo, batch_id: str) -> BatchInfo:
    return replace(info, id=batch_id)
