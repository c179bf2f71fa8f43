"""The sandbox over real HTTP: an aiohttp app in a daemon thread with its own event loop.

Three region namespaces share one port: ``/v1`` ("sandbox", any key), ``/intl/compatible-mode/v1``
(keys ``sk-sandbox-intl-...``) and ``/cn/compatible-mode/v1`` (keys ``sk-sandbox-cn-...``). A control
API under ``/_sandbox`` moves the clock and arms faults for tests running in another process.

Every request passes a gate (issue 10): a browser page must not reach the sandbox. Requests with any
``Origin`` header, or (when listening on loopback) a ``Host`` other than the loopback address it
listens on (DNS rebinding), are refused. The control API also needs the per-run random token in the
``X-Sandbox-Token`` header (:attr:`SandboxServer.control_token`, printed by ``python -m
desktop_app.sandbox``) and JSON bodies (``Content-Type: application/json``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import tempfile
import threading
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import BodyPartReader, web

from desktop_app.sandbox.clock import SandboxClock
from desktop_app.sandbox.engine import (
    SAMPLE_KEYS,
    ApiError,
    FileRecord,
    Namespace,
    SandboxEngine,
    SandboxTiming,
    bad_request,
    key_accepted,
)
from desktop_app.sandbox.faults import Fault, FaultRegistry

__all__ = ["PREFIXES", "SAMPLE_KEYS", "SandboxServer", "SandboxTiming"]

log = logging.getLogger(__name__)

PREFIXES: dict[str, str] = {
    "sandbox": "/v1",
    "intl": "/intl/compatible-mode/v1",
    "cn": "/cn/compatible-mode/v1",
}
CONTROL_PREFIX = "/_sandbox"
CONTROL_TOKEN_HEADER = "X-Sandbox-Token"
CONTROL_TOKEN_ENV = "BATCH_DESK_SANDBOX_TOKEN"  # a fixed token for a sandbox started by another program
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
CHUNK_BYTES = 64 * 1024
SHUTDOWN_TIMEOUT_S = 0.5


@dataclass
class _Json:
    status: int
    body: Any


@dataclass
class _File:
    record: FileRecord


_Reply = _Json | _File
_Impl = Callable[[web.Request, Namespace], Awaitable[_Reply]]


def error_payload(
    status: int,
    message: str,
    code: str,
    type_: str = "invalid_request_error",
    param: str | None = None,
    request_id: str | None = None,
) -> dict[str, Any]:
    """An OpenAI-style error body."""
    return {
        "error": {"message": message, "type": type_, "param": param, "code": code},
        "request_id": request_id or str(uuid.uuid4()),
    }


_DEFAULT_FAULT_ERRORS: dict[int, tuple[str, str, str]] = {
    400: ("invalid_parameter_error", "invalid_request_error", "Injected fault: bad request."),
    401: ("invalid_api_key", "invalid_request_error", "Incorrect API key provided."),
    404: ("not_found", "invalid_request_error", "Injected fault: not found."),
    429: ("limit_requests", "limit_requests", "Requests rate limit exceeded, please try again later."),
    500: ("internal_error", "internal_error", "Injected fault: internal server error."),
    502: ("bad_gateway", "internal_error", "Injected fault: bad gateway."),
    503: ("service_unavailable", "internal_error", "Injected fault: service unavailable."),
    504: ("gateway_timeout", "internal_error", "Injected fault: gateway timeout."),
}


def _fault_reply(fault: Fault, request_id: str) -> _Json:
    status = fault.status or 500
    if fault.body is not None:
        return _Json(status, fault.body)
    code, type_, message = _DEFAULT_FAULT_ERRORS.get(
        status, ("injected_fault", "internal_error", f"Injected fault: HTTP {status}.")
    )
    return _Json(status, error_payload(status, message, code, type_, request_id=request_id))


def _api_error_reply(exc: ApiError, request_id: str) -> _Json:
    body = error_payload(exc.status, exc.message, exc.code, exc.type, exc.param, request_id)
    return _Json(exc.status, body)


def _bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return key.strip() or None


class SandboxServer:
    """A local emulator of the Batch File API, on a real port, with a controllable clock.

    Use ``start()``/``stop()`` or ``with SandboxServer() as srv:``. ``clock`` and ``faults`` may be
    used from any thread.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        speed: float = 1.0,
        timing: SandboxTiming | None = None,
        storage_dir: Path | str | None = None,
        list_rate_per_min: int = 100,
        control_token: str | None = None,
    ) -> None:
        self.host = host
        self.control_token = control_token or os.environ.get(CONTROL_TOKEN_ENV) or secrets.token_urlsafe(24)
        self.port = port
        self.timing = timing or SandboxTiming()
        self.clock = SandboxClock(speed=speed)
        self.faults = FaultRegistry()
        self.list_rate_per_min = list_rate_per_min
        self._storage_dir = Path(storage_dir) if storage_dir is not None else None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.engine: SandboxEngine | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._root: str | None = None
        self._startup_error: BaseException | None = None
        self._late_tasks: set[asyncio.Task[None]] = set()
        self._list_lag = 0.0

    # ---- lifecycle -----------------------------------------------------------------------------

    def start(self) -> str:
        """Start listening in a daemon thread; return the root URL once the port is open."""
        if self._thread is not None:
            raise RuntimeError("the sandbox server is already running")
        if self._storage_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="batch-desk-sandbox-")
            storage = Path(self._tmp.name)
        else:
            storage = self._storage_dir
            storage.mkdir(parents=True, exist_ok=True)
        # A storage folder of its own (the app's data folder) keeps files, batches and time across restarts.
        persistent = self._storage_dir is not None
        self.engine = SandboxEngine(self.clock.now, storage, self.timing, self.list_rate_per_min, persistent=persistent)
        saved = self.engine.saved_now
        if saved is not None and saved > self.clock.now():
            self.clock.advance(saved - self.clock.now())  # time continues from where it stopped, never back
        self.list_lag = self._list_lag
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="sandbox-server", daemon=True)
        self._thread.start()
        ready.wait()
        if self._startup_error is not None:
            error, self._startup_error = self._startup_error, None
            self._thread.join()
            self._thread = None
            self._cleanup_storage()
            raise error
        assert self._root is not None
        return self._root

    def stop(self) -> None:
        """Stop serving, wait for the thread, remove the temporary storage (if any)."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        self._thread = None
        self._root = None
        self._cleanup_storage()

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def root(self) -> str:
        """``http://host:port`` of the running server."""
        if self._root is None:
            raise RuntimeError("the sandbox server is not running; call start() first")
        return self._root

    def base_url(self, namespace: str = "sandbox") -> str:
        """The OpenAI-compatible base URL of a region namespace: "sandbox", "intl" or "cn"."""
        if namespace not in PREFIXES:
            raise ValueError(f"unknown namespace {namespace!r}; expected one of {sorted(PREFIXES)}")
        return f"{self.root}{PREFIXES[namespace]}"

    def _cleanup_storage(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def _serve(self, ready: threading.Event) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._open())
        except BaseException as exc:
            self._startup_error = exc
            ready.set()
            loop.close()
            return
        ready.set()
        try:
            loop.run_forever()
        finally:
            if self._runner is not None:
                loop.run_until_complete(self._runner.cleanup())
            # Handlers still sleeping in an injected delay: cancel them rather than leak them.
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    async def _open(self) -> None:
        runner = web.AppRunner(
            self._make_app(), handle_signals=False, access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT_S
        )
        await runner.setup()
        self._runner = runner
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        host, port = runner.addresses[0][:2]
        shown = f"[{host}]" if ":" in str(host) else str(host)
        self._root = f"http://{shown}:{port}"

    # ---- the app -------------------------------------------------------------------------------

    def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._gate, _json_errors])
        routes: list[tuple[str, str, str, _Impl]] = [
            ("POST", "/files", "upload", self._upload),
            ("GET", "/files", "files_list", self._files_list),
            ("GET", "/files/{file_id}", "file_retrieve", self._file_retrieve),
            ("GET", "/files/{file_id}/content", "content", self._content),
            ("DELETE", "/files/{file_id}", "delete", self._delete),
            ("POST", "/batches", "create", self._create),
            ("GET", "/batches", "list", self._list),
            ("GET", "/batches/{batch_id}", "retrieve", self._retrieve),
            ("POST", "/batches/{batch_id}/cancel", "cancel", self._cancel),
        ]
        for namespace, prefix in PREFIXES.items():
            for method, path, name, impl in routes:
                app.router.add_route(method, prefix + path, self._handler(namespace, name, impl))
        app.router.add_post(f"{CONTROL_PREFIX}/faults", self._control_add_fault)
        app.router.add_get(f"{CONTROL_PREFIX}/faults", self._control_list_faults)
        app.router.add_delete(f"{CONTROL_PREFIX}/faults", self._control_clear_faults)
        app.router.add_post(f"{CONTROL_PREFIX}/clock", self._control_clock)
        app.router.add_post(f"{CONTROL_PREFIX}/list_lag", self._control_list_lag)
        app.router.add_get(f"{CONTROL_PREFIX}/health", self._control_health)
        return app

    @web.middleware
    async def _gate(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Refuse browsers (any Origin), foreign Host names, and control calls without the token or JSON."""
        if request.headers.get("Origin") is not None:
            return _refused("Requests from web pages are not accepted by the sandbox.")
        if self.host in _LOOPBACK and self._root is not None:
            port = self._root.rsplit(":", 1)[-1]
            if request.host.lower() not in {f"{name}:{port}" for name in _LOOPBACK}:
                return _refused("The sandbox only answers requests addressed to its loopback address.")
        if request.path == CONTROL_PREFIX or request.path.startswith(CONTROL_PREFIX + "/"):
            given = request.headers.get(CONTROL_TOKEN_HEADER, "")
            if not secrets.compare_digest(given.encode(), self.control_token.encode()):
                return _refused(f"The sandbox control API needs the {CONTROL_TOKEN_HEADER} header of this run.", 401)
            if request.method not in ("GET", "HEAD", "DELETE") and request.content_type != "application/json":
                return _refused("The sandbox control API accepts only Content-Type: application/json.", 415)
        return await handler(request)

    def _ns(self, namespace: str) -> Namespace:
        assert self.engine is not None
        return self.engine.namespace(namespace)

    def _handler(
        self, namespace: str, route: str, impl: _Impl
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def handle(request: web.Request) -> web.StreamResponse:
            request_id = str(uuid.uuid4())
            if not key_accepted(namespace, _bearer(request)):
                return _json_response(_Json(401, _unauthorized(namespace, request_id)), request_id)
            fault = self.faults.take(route, namespace)
            if fault is not None and fault.late is not None:
                # Answer the fault now; the backend still does the work a moment later.
                await request.read()  # cached on the request: the late handler reads it from there
                self._spawn_late(fault.late, impl, request, self._ns(namespace))
                if fault.drop:
                    return _abort(request)
                return _json_response(_fault_reply(fault, request_id), request_id)
            if fault is not None and not fault.after_effect:
                if fault.delay:
                    if request.body_exists and request.content_type == "application/json":
                        # The request has arrived; the server is slow to act on it. Reading the body
                        # first means the work still happens if the client gives up waiting, as
                        # with a slow backend behind a gateway (a late create still creates).
                        await request.read()
                    await asyncio.sleep(fault.delay)
                if fault.drop:
                    if route == "upload":
                        with contextlib.suppress(Exception):
                            await request.content.readany()
                    return _abort(request)
                if fault.status is not None:
                    return _json_response(_fault_reply(fault, request_id), request_id)
            try:
                reply = await impl(request, self._ns(namespace))
            except ApiError as exc:
                reply = _api_error_reply(exc, request_id)
            cut = None
            if fault is not None:
                cut = fault.drop_after_bytes
                if fault.after_effect:
                    if fault.delay:
                        await asyncio.sleep(fault.delay)
                    if fault.drop:
                        return _abort(request)
                    if fault.status is not None:
                        reply = _fault_reply(fault, request_id)
            if isinstance(reply, _File):
                return await _stream_file(request, reply.record, request_id, cut)
            if cut is not None:
                return await _send_cut(request, reply, request_id, cut)
            return _json_response(reply, request_id)

        return handle

    def _spawn_late(self, late: float, impl: _Impl, request: web.Request, ns: Namespace) -> None:
        """Run ``impl`` on the (already read) request ``late`` seconds from now (the "late" fault)."""

        async def later() -> None:
            await asyncio.sleep(late)
            with contextlib.suppress(ApiError):
                await impl(request, ns)

        task = asyncio.get_running_loop().create_task(later())
        self._late_tasks.add(task)
        task.add_done_callback(self._late_tasks.discard)

    # ---- routes (each runs engine calls in a worker thread: they may read or write files) -----

    async def _upload(self, request: web.Request, ns: Namespace) -> _Reply:
        if not request.content_type.startswith("multipart/"):
            raise bad_request("Upload the file as multipart/form-data with fields 'file' and 'purpose'.")
        reader = await request.multipart()
        purpose: str | None = None
        filename = ""
        tmp: Path | None = None
        try:
            while (part := await reader.next()) is not None:
                if not isinstance(part, BodyPartReader):
                    continue
                if part.name == "purpose":
                    purpose = (await part.read(decode=True)).decode("utf-8", "replace").strip()
                elif part.name == "file" and tmp is None:
                    filename = part.filename or "file.jsonl"
                    tmp = ns.upload_target()
                    with open(tmp, "wb") as handle:
                        while chunk := await part.read_chunk(CHUNK_BYTES):
                            handle.write(chunk)
                else:
                    await part.release()
            if tmp is None:
                raise bad_request("The multipart field 'file' is missing.", "file")
            if purpose != "batch":
                raise bad_request(f"purpose must be 'batch', got {purpose!r}.", "purpose")
            record = await asyncio.to_thread(ns.register_upload, tmp, filename, purpose)
            tmp = None
            return _Json(200, record)
        finally:
            if tmp is not None:
                tmp.unlink(missing_ok=True)

    async def _files_list(self, request: web.Request, ns: Namespace) -> _Reply:
        return _Json(200, await asyncio.to_thread(ns.list_files, dict(request.query)))

    async def _file_retrieve(self, request: web.Request, ns: Namespace) -> _Reply:
        return _Json(200, await asyncio.to_thread(ns.get_file, request.match_info["file_id"]))

    async def _content(self, request: web.Request, ns: Namespace) -> _Reply:
        return _File(await asyncio.to_thread(ns.content_file, request.match_info["file_id"]))

    async def _delete(self, request: web.Request, ns: Namespace) -> _Reply:
        return _Json(200, await asyncio.to_thread(ns.delete_file, request.match_info["file_id"]))

    async def _create(self, request: web.Request, ns: Namespace) -> _Reply:
        try:
            payload = await request.json()
        except ValueError:
            raise bad_request("The request body must be JSON.") from None
        return _Json(200, await asyncio.to_thread(ns.create_batch, payload))

    async def _retrieve(self, request: web.Request, ns: Namespace) -> _Reply:
        return _Json(200, await asyncio.to_thread(ns.get_batch, request.match_info["batch_id"]))

    async def _list(self, request: web.Request, ns: Namespace) -> _Reply:
        query = dict(request.query)

        def rate_then_list() -> dict[str, Any]:
            ns.check_list_rate()
            return ns.list_batches(query)

        return _Json(200, await asyncio.to_thread(rate_then_list))

    async def _cancel(self, request: web.Request, ns: Namespace) -> _Reply:
        return _Json(200, await asyncio.to_thread(ns.cancel_batch, request.match_info["batch_id"]))

    # ---- control API ---------------------------------------------------------------------------

    async def _control_add_fault(self, request: web.Request) -> web.StreamResponse:
        try:
            data = await request.json()
            if not isinstance(data, dict):
                raise ValueError("send a JSON object")
            fault = self.faults.add_from_json(data)
        except (ValueError, TypeError) as exc:
            return _control_error(str(exc))
        return web.json_response({"id": fault.id, "route": fault.route, "times": fault.times})

    async def _control_list_faults(self, request: web.Request) -> web.StreamResponse:
        faults = [
            {
                "id": f.id,
                "route": f.route,
                "status": f.status,
                "delay": f.delay,
                "drop": f.drop,
                "times": f.times,
                "after_effect": f.after_effect,
                "drop_after_bytes": f.drop_after_bytes,
                "namespace": f.namespace,
                "late": f.late,
                "hits": f.hits,
            }
            for f in self.faults.pending()
        ]
        return web.json_response({"faults": faults})

    async def _control_clear_faults(self, request: web.Request) -> web.StreamResponse:
        self.faults.clear()
        return web.json_response({"cleared": True})

    async def _control_clock(self, request: web.Request) -> web.StreamResponse:
        try:
            data = await request.json()
            if not isinstance(data, dict) or not set(data) <= {"advance", "speed"} or not data:
                raise ValueError('send {"advance": seconds} and/or {"speed": factor}')
            if "speed" in data:
                self.clock.speed = float(data["speed"])
            if "advance" in data:
                self.clock.advance(float(data["advance"]))
        except (ValueError, TypeError) as exc:
            return _control_error(str(exc))
        return web.json_response({"now": self.clock.now(), "speed": self.clock.speed})

    async def _control_list_lag(self, request: web.Request) -> web.StreamResponse:
        try:
            data = await request.json()
            if not isinstance(data, dict) or set(data) != {"seconds"}:
                raise ValueError('send {"seconds": real seconds a new batch stays out of list answers}')
            self.list_lag = float(data["seconds"])
        except (ValueError, TypeError) as exc:
            return _control_error(str(exc))
        return web.json_response({"list_lag": self.list_lag})

    @property
    def list_lag(self) -> float:
        """Real seconds a new batch stays out of list answers, in every namespace (0: none)."""
        return self._list_lag

    @list_lag.setter
    def list_lag(self, seconds: float) -> None:
        if not seconds >= 0:
            raise ValueError("the list lag must be >= 0 seconds")
        self._list_lag = float(seconds)
        if self.engine is not None:
            for ns in self.engine.namespaces.values():
                ns.list_lag_s = self._list_lag

    def batch_count(self, namespace: str = "sandbox") -> int:
        """Batches held in ``namespace``: what a test counts to prove a file was billed once."""
        return self._ns(namespace).batch_count()

    async def _control_health(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(
            {
                "status": "ok",
                "now": self.clock.now(),
                "speed": self.clock.speed,
                "base_urls": {name: self.base_url(name) for name in PREFIXES},
                "sample_keys": SAMPLE_KEYS,
            }
        )


def _refused(message: str, status: int = 403) -> web.Response:
    return web.json_response(error_payload(status, message, "access_denied"), status=status)


def _control_error(message: str) -> web.Response:
    return web.json_response(error_payload(400, message, "invalid_parameter_error"), status=400)


def _unauthorized(namespace: str, request_id: str) -> dict[str, Any]:
    hint = {
        "sandbox": "The sandbox accepts any non-empty key.",
        "intl": "This sandbox region accepts keys starting with sk-sandbox-intl-.",
        "cn": "This sandbox region accepts keys starting with sk-sandbox-cn-.",
    }[namespace]
    return error_payload(401, f"Incorrect API key provided. {hint}", "invalid_api_key", request_id=request_id)


def _json_bytes(body: Any) -> bytes:
    if isinstance(body, str | bytes):
        return body.encode("utf-8") if isinstance(body, str) else body
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _json_response(reply: _Json, request_id: str) -> web.Response:
    return web.Response(
        status=reply.status,
        body=_json_bytes(reply.body),
        content_type="application/json",
        charset="utf-8",
        headers={"x-request-id": request_id},
    )


def _abort(request: web.Request) -> web.StreamResponse:
    """Close the connection at once; the response returned here never reaches the client."""
    transport = request.transport
    if transport is not None:
        transport.abort()
    return web.Response(status=500)


async def _send_cut(request: web.Request, reply: _Json, request_id: str, cut: int) -> web.StreamResponse:
    data = _json_bytes(reply.body)
    response = web.StreamResponse(status=reply.status, headers={"x-request-id": request_id})
    response.content_type = "application/json"
    response.content_length = len(data)
    await response.prepare(request)
    if cut:
        await response.write(data[:cut])
    return _abort_after(request, response)


def _abort_after(request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
    transport = request.transport
    if transport is not None:
        transport.abort()
    return response


async def _stream_file(
    request: web.Request, record: FileRecord, request_id: str, cut: int | None
) -> web.StreamResponse:
    """Send a stored file with chunked encoding; stop and abort after ``cut`` bytes when set."""
    response = web.StreamResponse(
        status=200,
        headers={
            "x-request-id": request_id,
            "Content-Disposition": f'attachment; filename="{record.filename}"',
        },
    )
    response.content_type = "application/octet-stream"
    response.enable_chunked_encoding()
    try:
        handle = open(record.path, "rb")  # noqa: SIM115 - closed in finally
    except FileNotFoundError:
        return _json_response(
            _Json(404, error_payload(404, f"No such file: {record.id}", "not_found", request_id=request_id)),
            request_id,
        )
    try:
        await response.prepare(request)
        sent = 0
        while chunk := handle.read(CHUNK_BYTES):
            if cut is not None and sent + len(chunk) >= cut:
                await response.write(chunk[: cut - sent])
                return _abort_after(request, response)
            await response.write(chunk)
            sent += len(chunk)
        if cut is not None:
            return _abort_after(request, response)
        await response.write_eof()
        return response
    finally:
        handle.close()


@web.middleware
async def _json_errors(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Unknown paths, wrong methods and crashes answer OpenAI-style JSON like every other error."""
    request_id = str(uuid.uuid4())
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status, "http_error")
        body = error_payload(exc.status, f"{exc.reason}: {request.method} {request.path}", code, request_id=request_id)
        return web.json_response(body, status=exc.status, headers={"x-request-id": request_id})
    except ApiError as exc:
        return _json_response(_api_error_reply(exc, request_id), request_id)
    except (asyncio.CancelledError, ConnectionError):
        raise
    except Exception:
        log.exception("sandbox: unhandled error in %s %s", request.method, request.path)
        body = error_payload(
            500,
            "The sandbox hit an internal error.",
            "internal_error",
            "internal_error",
            request_id=request_id,
        )
        return web.json_response(body, status=500, headers={"x-request-id": request_id})
