"""The text behind "Copy diagnostics": what support needs to know, and never a key.

Versions (the app, Python, the libraries that matter — Qt's read from package metadata, so this module
stays Qt-free), the operating system, the regions and which one is in use, the keychain backend, the
app's folders, and the last lines and errors of the log. Every line goes through
:func:`desktop_app.core.logging_setup.redact`, and addresses lose any ``user:password@`` part, so the
text can be pasted into a bug report as it is.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import sys
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from desktop_app import APP_NAME, __version__
from desktop_app.core.logging_setup import LOG_FILE_NAME, redact
from desktop_app.core.paths import AppPaths
from desktop_app.core.regions import Region
from desktop_app.core.secrets import KeyStore

LOG_TAIL_LINES = 40
LAST_ERRORS = 10
LOG_SCAN_LINES = 5_000  # how far back "last errors" looks (within the last _TAIL_BYTES of the log)
_TAIL_BYTES = 256 * 1024  # read at most this much of the end of the log
# Distribution names to report, first one installed wins per label.
_PACKAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Qt for Python", ("PySide6-Essentials", "PySide6")),
    ("qasync", ("qasync",)),
    ("openai", ("openai",)),
    ("httpx2", ("httpx2",)),
    ("keyring", ("keyring",)),
    ("platformdirs", ("platformdirs",)),
    ("orjson", ("orjson",)),
    ("aiohttp", ("aiohttp",)),
)


def package_version(*names: str) -> str:
    """The installed version of the first of ``names`` found (without importing it), or "not installed"."""
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "not installed"


def safe_url(url: str | None) -> str:
    """``url`` without user info, query or fragment (they can carry tokens)."""
    if not url:
        return "-"
    try:
        parts = urlsplit(url)
    except ValueError:
        return redact(url)
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return redact(urlunsplit((parts.scheme, host, parts.path, "", "")))


def log_tail(log_dir: Path, lines: int = LOG_TAIL_LINES) -> list[str]:
    """The last ``lines`` lines of the current log file (empty when there is none)."""
    path = Path(log_dir) / LOG_FILE_NAME
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - _TAIL_BYTES))
            data = handle.read()
    except OSError:
        return []
    text = data.decode("utf-8", "replace")
    found = text.splitlines()
    if size > _TAIL_BYTES and found:
        found = found[1:]  # the first line is probably cut in the middle
    return found[-lines:] if lines > 0 else []


def last_errors(lines: Iterable[str], count: int = LAST_ERRORS) -> list[str]:
    """The last ``count`` log lines at WARNING level or above."""
    picked = [line for line in lines if " ERROR " in line or " WARNING " in line or " CRITICAL " in line]
    return picked[-count:] if count > 0 else []


def diagnostics_text(
    paths: AppPaths,
    *,
    keystore: KeyStore | None = None,
    regions: Iterable[Region] = (),
    current_region: str | None = None,
    log_lines: int = LOG_TAIL_LINES,
) -> str:
    """The whole report as plain text (redacted line by line)."""
    out: list[str] = [f"{APP_NAME} {__version__}", ""]
    out.append("[versions]")
    out.append(f"python: {platform.python_version()} ({platform.python_implementation()}, {sys.executable})")
    for label, names in _PACKAGES:
        out.append(f"{label}: {package_version(*names)}")
    out.append("")
    out.append("[system]")
    out.append(f"os: {platform.platform()}")
    out.append(f"machine: {platform.machine() or '-'}")
    out.append(f"qt platform: {os.environ.get('QT_QPA_PLATFORM', '-')}")
    out.append("")
    out.append("[regions]")
    out.append(f"current: {current_region or '-'}")
    for region in regions:
        needs = "key needed" if region.needs_key else "no key needed"
        out.append(f"{region.id}: {region.name} · {region.kind.value} · {safe_url(region.base_url)} · {needs}")
    out.append("")
    out.append("[keychain]")
    if keystore is None:
        out.append("backend: not checked")
    else:
        try:
            status = keystore.backend_status()
        except Exception as exc:  # diagnostics must never fail because the keychain does
            out.append(f"backend: error ({type(exc).__name__})")
        else:
            out.append(f"backend: {status.backend_name}")
            out.append(f"available: {'yes' if status.available else 'no'} ({status.where})")
            if status.problem:
                out.append(f"problem: {status.problem}")
    out.append("")
    out.append("[folders]")
    for label, folder in (
        ("config", paths.config),
        ("data", paths.data),
        ("cache", paths.cache),
        ("logs", paths.logs),
        ("results", paths.results),
    ):
        out.append(f"{label}: {folder}")
    recent = log_tail(paths.logs, LOG_SCAN_LINES)  # errors are looked for further back than we print
    tail = recent[-log_lines:] if log_lines > 0 else []
    out.append("")
    out.append("[last errors]")
    out += last_errors(recent) or ["(none in the last lines of the log)"]
    out.append("")
    out.append(f"[last {len(tail)} log lines]")
    out += tail or ["(the log is empty)"]
    return "\n".join(redact(line) for line in out) + "\n"
