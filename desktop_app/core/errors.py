"""Typed errors with plain-language messages for people who are not programmers.

Every error carries ``user_message`` (what happened, what to do), ``retryable`` (trying the same call
again later can work) and ``will_retry`` (the app itself will try or check again). ``str(error)`` is the
user message. No message ever contains an API key or a header: server-provided text is passed through
:func:`desktop_app.core.logging_setup.redact`.

:func:`translate` turns an exception from the ``openai`` SDK / ``httpx2`` / the OS into one of these.
"""

from __future__ import annotations

import email.utils
import sys
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx2
    import openai

from desktop_app.core import wording as w
from desktop_app.core.error_base import BatchDeskError as BatchDeskError  # the base lives in a light module
from desktop_app.core.limits import RETRIEVABLE_DAYS
from desktop_app.core.logging_setup import redact

_MAX_SERVER_TEXT = 300


class AuthError(BatchDeskError):
    """401: the region refused the key (usually a key of another region)."""

    def __init__(self, region_name: str, **kwargs: Any) -> None:
        super().__init__(w.AUTH_REFUSED(region=w.region(region_name)), **kwargs)


def _said(server_message: str) -> str:
    return server_message.rstrip(" .")


class PermissionDenied(BatchDeskError):
    """403: the key is valid but may not do this."""

    def __init__(self, region_name: str, server_message: str = "", **kwargs: Any) -> None:
        region = w.region(region_name)
        text = (
            w.PERMISSION_DENIED_SAID(region=region, said=_said(server_message))
            if _said(server_message)
            else w.PERMISSION_DENIED(region=region)
        )
        super().__init__(text, **kwargs)


class NotFound(BatchDeskError):
    """404: the batch or file does not exist (any more) in this region."""

    def __init__(self, region_name: str, what: w.Wording | w.Text = w.THE_ITEM, **kwargs: Any) -> None:
        super().__init__(w.NOT_FOUND(what=what, region=w.region(region_name), days=RETRIEVABLE_DAYS), **kwargs)


class BadRequest(BatchDeskError):
    """400/422 (and other 4xx): the server rejected the request as given."""

    def __init__(self, region_name: str, server_message: str = "", **kwargs: Any) -> None:
        said: w.Param = _said(server_message) or w.NO_REASON
        super().__init__(w.BAD_REQUEST(region=w.region(region_name), said=said), **kwargs)


class RateLimited(BatchDeskError):
    """429: too many requests; safe to retry later."""

    retryable = True

    def __init__(self, region_name: str, server_message: str = "", **kwargs: Any) -> None:
        region = w.region(region_name)
        text = (
            w.RATE_LIMITED_SAID(region=region, said=_said(server_message))
            if _said(server_message)
            else w.RATE_LIMITED(region=region)
        )
        super().__init__(text, **kwargs)


class ServerError(BatchDeskError):
    """5xx: the server failed; usually temporary."""

    retryable = True

    def __init__(self, region_name: str, status: int | None = None, **kwargs: Any) -> None:
        region = w.region(region_name)
        text = w.SERVER_ERROR_STATUS(region=region, status=status) if status else w.SERVER_ERROR(region=region)
        super().__init__(text, status=status, **kwargs)


class NetworkError(BatchDeskError):
    """No usable answer: connection refused or reset, name lookup failed, timeout, cut-off download."""

    retryable = True

    def __init__(self, region_name: str, reason: w.Wording | w.Text = w.NET_FAILED, **kwargs: Any) -> None:
        super().__init__(w.NETWORK(region=w.region(region_name), reason=reason), **kwargs)


class UnexpectedResponse(BatchDeskError):
    """The server answered, but not like a Batch API (HTML page, missing fields, unknown route)."""

    def __init__(self, region_name: str, what: w.Wording | w.Text, **kwargs: Any) -> None:
        kwargs.setdefault("detail", w.english(what))
        super().__init__(w.UNEXPECTED_RESPONSE(region=w.region(region_name), what=what), **kwargs)


class AmbiguousCreate(BatchDeskError):
    """Create's outcome is unknown: the answer was lost or an error, and the batch is not listed (yet)."""

    retryable = False

    LOOKUP_FAILED = w.CREATE_LOOKUP_FAILED
    STILL_PENDING = w.CREATE_STILL_PENDING
    NOT_LISTED = w.CREATE_NOT_LISTED

    def __init__(
        self, region_name: str, input_file_id: str = "", *, reason: w.Wording = LOOKUP_FAILED, **kwargs: Any
    ) -> None:
        kwargs.setdefault("will_retry", True)
        self.input_file_id = input_file_id
        self.reason_text = reason.english
        super().__init__(w.AMBIGUOUS_CREATE(region=w.region(region_name), reason=reason), **kwargs)


# --- translation -------------------------------------------------------------------------------


def server_message(body: object, fallback: str = "") -> str:
    """The human-readable message of an error body (OpenAI style or DashScope style), sanitised."""
    message: object = None
    if isinstance(body, Mapping):
        inner = body.get("error")
        if isinstance(inner, Mapping):
            message = inner.get("message") or inner.get("code")
        elif isinstance(inner, str):
            message = inner
        if not message:
            message = body.get("message") or body.get("msg") or body.get("code")
    elif isinstance(body, str):
        message = body
    text = str(message) if message else fallback
    text = " ".join(text.split())
    if len(text) > _MAX_SERVER_TEXT:
        text = text[: _MAX_SERVER_TEXT - 1] + "…"
    return redact(text)


def _error_code(body: object) -> str | None:
    if isinstance(body, Mapping):
        inner = body.get("error")
        source = inner if isinstance(inner, Mapping) else body
        code = source.get("code")
        return str(code) if code is not None else None
    return None


def retry_after_seconds(headers: Mapping[str, str] | None, now: float | None = None) -> float | None:
    """Seconds asked for by ``Retry-After`` / ``retry-after-ms`` (number or HTTP date), else None."""
    if not headers:
        return None
    lowered = {k.lower(): v for k, v in headers.items()}
    raw_ms = lowered.get("retry-after-ms")
    if raw_ms:
        try:
            return max(0.0, float(raw_ms) / 1000.0)
        except ValueError:
            pass
    raw = lowered.get("retry-after")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _loaded(*names: str) -> tuple[type[BaseException], ...]:
    """The exception classes ``module.Class`` of the modules already imported.

    An exception of a module that was never imported cannot exist, so the checks below look only at
    loaded modules and never import the ``openai`` SDK (~0.5 s) or ``httpx2`` themselves: ``convert``,
    ``validate`` and ``export`` never load them, the window loads them with its first network call.
    """
    found: list[type[BaseException]] = []
    for name in names:
        module_name, _, attr = name.rpartition(".")
        module = sys.modules.get(module_name)
        if module is not None:
            found.append(getattr(module, attr))
    return tuple(found)


def _describe_transport(exc: BaseException) -> w.Wording:
    """A plain reason for a transport failure (timeouts, refusals, cut-offs)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 8:
        chain.append(current)
        current = current.__cause__ or current.__context__
    timeouts = (*_loaded("openai.APITimeoutError", "httpx2.TimeoutException"), TimeoutError)
    connect_errors = _loaded("httpx2.ConnectError")
    cut_offs = _loaded("httpx2.RemoteProtocolError", "httpx2.ReadError", "anyio.EndOfStream")
    for err in chain:
        if isinstance(err, timeouts):
            return w.NET_TIMEOUT
        if isinstance(err, ConnectionRefusedError):
            return w.NET_REFUSED
        if isinstance(err, connect_errors):
            text = str(err).lower()
            if "name" in text and ("resolve" in text or "known" in text or "service" in text):
                return w.NET_NO_NAME
            if "refused" in text:
                return w.NET_REFUSED
            return w.NET_NO_CONNECTION
        if isinstance(err, cut_offs):
            return w.NET_CUT_OFF
        if isinstance(err, (ConnectionResetError, BrokenPipeError)):
            return w.NET_RESET
    return w.NET_FAILED


def is_transport_error(exc: BaseException) -> bool:
    """True for failures where no (complete) answer arrived."""
    loaded = _loaded(
        "openai.APIConnectionError", "httpx2.TransportError", "anyio.EndOfStream", "anyio.BrokenResourceError"
    )
    return isinstance(exc, (*loaded, ConnectionError, TimeoutError))


def translate(exc: BaseException, region_name: str, *, what: w.Wording | w.Text = w.THE_ITEM) -> BatchDeskError:
    """Map any exception from a service call to a :class:`BatchDeskError` (returned, not raised)."""
    if isinstance(exc, BatchDeskError):
        return exc
    api_status = _loaded("openai.APIStatusError")
    if api_status and isinstance(exc, api_status):
        exc = cast("openai.APIStatusError", exc)
        status = exc.status_code
        body = exc.body
        if body is None or body == "":
            try:
                body = exc.response.text
            except Exception:  # a streamed body that was not read
                body = None
        message = server_message(body, fallback=f"HTTP {status}")
        common: dict[str, Any] = {
            "detail": f"HTTP {status}: {message}",
            "code": _error_code(body),
            "request_id": exc.request_id or _header(exc.response, "x-dashscope-request-id"),
        }
        if status == 401:
            return AuthError(region_name, status=status, **common)
        if status == 403:
            return PermissionDenied(region_name, message, status=status, **common)
        if status == 404:
            return NotFound(region_name, what, status=status, **common)
        if status == 429:
            return RateLimited(
                region_name,
                message,
                status=status,
                retry_after=retry_after_seconds(dict(exc.response.headers)),
                **common,
            )
        if status >= 500:
            return ServerError(
                region_name, status, retry_after=retry_after_seconds(dict(exc.response.headers)), **common
            )
        if status in (408, 425):
            return NetworkError(region_name, w.NET_GAVE_UP, status=status, **common)
        return BadRequest(region_name, message, status=status, **common)
    if is_transport_error(exc):
        reason = _describe_transport(exc)
        return NetworkError(region_name, reason, detail=f"{type(exc).__name__}: {reason.english}")
    if isinstance(exc, _loaded("openai.APIResponseValidationError")):
        return UnexpectedResponse(region_name, w.ANSWER_FIELDS)
    if isinstance(exc, ValueError):  # JSON decoding of a non-JSON answer
        return UnexpectedResponse(region_name, w.ANSWER_NOT_JSON, detail=type(exc).__name__)
    return BatchDeskError(
        w.SOMETHING_WRONG(region=w.region(region_name), kind=type(exc).__name__),
        detail=redact(f"{type(exc).__name__}: {exc}"),
    )


def _header(response: httpx2.Response | None, name: str) -> str | None:
    if response is None:
        return None
    value = response.headers.get(name)
    return str(value) if value is not None else None
