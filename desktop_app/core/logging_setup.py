"""Logging for the whole app: a rotating file in the log folder, with secrets scrubbed from every record.

The redaction registry is process-wide: :func:`register_secret` is called whenever a key is loaded or
typed, and :func:`redact` is used by logging and by :mod:`desktop_app.core.errors` so no message the
user or a log file sees ever carries a key.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

LOG_FILE_NAME = "batch-desk.log"
MAX_LOG_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

REDACTED = "sk-***"
# Anything that looks like a DashScope/OpenAI key. Wider than ``sk-[A-Za-z0-9]{8,}`` on purpose: it also
# catches keys with dashes or underscores (``sk-sandbox-intl-...``).
KEY_PATTERN = re.compile(r"sk-[A-Za-z0-9][A-Za-z0-9_\-]{7,}")
_BEARER_PATTERN = re.compile(r"(?i)(bearer\s+)[^\s'\",;]+")
# ``Authorization: <key>`` without "Bearer" (some servers echo the header as they got it).
_AUTH_HEADER_PATTERN = re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(?!bearer\s)[^\s'\",;]+")

_lock = threading.Lock()
_secrets: set[str] = set()
_short_patterns: dict[str, re.Pattern[str]] = {}
# Shorter secrets (custom endpoints have them) are only replaced as a whole token, so a key like "abc1"
# removes "abc1" from "invalid key abc1" but leaves "abc12" alone.
_MIN_SECRET_CHARS = 12


def register_secret(secret: str | None) -> None:
    """Remember ``secret`` (any length) so it is removed from every later log record and error message."""
    if secret and secret.strip():
        value = secret.strip()
        with _lock:
            _secrets.add(value)
            if len(value) < _MIN_SECRET_CHARS:
                _short_patterns[value] = re.compile(rf"(?<![A-Za-z0-9_\-]){re.escape(value)}(?![A-Za-z0-9_\-])")


def unregister_secret(secret: str | None) -> None:
    """Forget a secret (after the user deleted the key). Harmless when unknown."""
    if secret:
        with _lock:
            _secrets.discard(secret.strip())
            _short_patterns.pop(secret.strip(), None)


def redact(text: str) -> str:
    """``text`` with every registered secret, ``sk-...`` key and bearer token replaced."""
    if not text:
        return text
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
        short = dict(_short_patterns)
    for secret in known:
        if secret in text:
            pattern = short.get(secret)
            text = pattern.sub(REDACTED, text) if pattern is not None else text.replace(secret, REDACTED)
    text = KEY_PATTERN.sub(REDACTED, text)
    text = _AUTH_HEADER_PATTERN.sub(r"\1***", text)
    return _BEARER_PATTERN.sub(r"\1***", text)


def _redact_arg(value: object) -> object:
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    text = str(value)
    cleaned = redact(text)
    return value if cleaned == text else cleaned


class SecretRedactingFilter(logging.Filter):
    """Scrubs secrets from a record's message, arguments and formatted traceback. Never drops records."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep what we have, still scrubbed
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILTER = SecretRedactingFilter()
_configured_handler: logging.Handler | None = None


def secret_filter() -> SecretRedactingFilter:
    """The single filter instance; attach it to any extra handler (a UI log pane, stderr)."""
    return _FILTER


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's logs to a rotating file in ``log_dir``; safe to call more than once.

    Returns the log file path. Every root handler (including ones added before this call) gets the
    redacting filter.
    """
    global _configured_handler
    log_dir = Path(log_dir)
    old = os.umask(0o077)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
    finally:
        os.umask(old)
    log_file = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    with _lock:
        handler = _configured_handler
        if handler is not None and Path(getattr(handler, "baseFilename", "")) != log_file.resolve():
            root.removeHandler(handler)
            handler.close()
            handler = None
        if handler is None:
            handler = _file_handler(log_file)
            _configured_handler = handler
        if handler not in root.handlers:
            root.addHandler(handler)
    handler.setLevel(level)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for existing in root.handlers:
        if _FILTER not in existing.filters:
            existing.addFilter(_FILTER)
    # The SDK logs request options at DEBUG (headers included): keep it quiet unless asked for.
    for noisy in ("openai", "httpx2", "httpcore2", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(level, logging.INFO))
    return log_file


def _file_handler(log_file: Path) -> logging.Handler:
    import logging.handlers  # socket, pickle, queue: ~5 ms a quick command need not pay (issue 13)

    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    return handler


class _OpenOnFirstRecord(logging.Handler):
    """Stands in for the log file until the first record arrives, then makes it (folder, handler) and
    hands every record on; a folder that cannot be made drops the records, never prints them."""

    def __init__(self, log_dir: Callable[[], Path], level: int) -> None:
        super().__init__(level)
        self._log_dir = log_dir
        self._file: logging.Handler | None = None
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self._failed:
            try:
                folder = Path(self._log_dir())
                old = os.umask(0o077)
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                finally:
                    os.umask(old)
                self._file = _file_handler(folder / LOG_FILE_NAME)
                self._file.setLevel(self.level)
                self._file.addFilter(_FILTER)
            except OSError:
                self._failed = True
        if self._file is not None:
            self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def configure_logging_lazily(log_dir: Callable[[], Path], level: int = logging.INFO) -> None:
    """Like :func:`configure_logging` for a short command: the same file, filter and levels, but the
    folder is looked up and the file handler made only when the first record is logged (most runs of
    ``validate`` log nothing; the set-up was ~10 ms of its 60 ms, issue 13)."""
    global _configured_handler
    root = logging.getLogger()
    with _lock:
        if _configured_handler is not None:  # a command run again in one process: its folder may differ
            root.removeHandler(_configured_handler)
            _configured_handler.close()
        _configured_handler = _OpenOnFirstRecord(log_dir, level)
        root.addHandler(_configured_handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for existing in root.handlers:
        if _FILTER not in existing.filters:
            existing.addFilter(_FILTER)
    for noisy in ("openai", "httpx2", "httpcore2", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(level, logging.INFO))


def shutdown_logging() -> None:
    """Detach and close the file handler (tests, and before moving the log folder)."""
    global _configured_handler
    with _lock:
        handler = _configured_handler
        _configured_handler = None
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
