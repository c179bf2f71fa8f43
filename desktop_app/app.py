"""Composition root: the one place that builds everything and runs the Qt + asyncio loop."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from desktop_app import APP_NAME, __version__

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from desktop_app.core.secrets import KeyStore
    from desktop_app.sandbox.server import SandboxServer
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger("desktop_app")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options of the window."""
    parser = argparse.ArgumentParser(prog="desktop-app", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--home", help="keep every app folder (settings, jobs, logs) under this folder")
    parser.add_argument("--sandbox-speed", type=float, default=1.0, help="sandbox seconds per real second (demos)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, start the sandbox, report the keychain found, close, and exit 0 when all worked",
    )
    parser.add_argument("--screenshot", metavar="PNG", help="with --self-test: save a picture of the window")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


# Shared libraries Qt's X11 platform plugin (xcb) loads, and the Debian/Ubuntu package of each. Qt 6.5+
# needs libxcb-cursor0, which many desktops do not have installed.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-randr", "libxcb-randr0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xcb-xkb", "libxcb-xkb1"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
)


def missing_window_libraries(
    platform: str | None = None,
    environ: dict[str, str] | None = None,
    find: object = None,
) -> list[str]:
    """The Debian package names of X11 libraries Qt will need but cannot find (Linux, xcb only).

    Checked only when Qt will use X11: ``QT_QPA_PLATFORM`` is ``xcb`` or unset outside a Wayland
    session (offscreen, wayland, … need none of them).
    """
    import ctypes.util

    platform = sys.platform if platform is None else platform
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return []
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    wayland = bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    if chosen not in ("", "xcb") or (not chosen and wayland):
        return []
    finder = find if callable(find) else ctypes.util.find_library
    if not finder("xcb"):  # the probe itself does not work here (no ldconfig, NixOS…): let Qt try
        return []
    return [package for library, package in XCB_LIBRARIES if not finder(library)]


def missing_libraries_message(packages: list[str]) -> str:
    """Plain words: what is missing and the command that installs it."""
    return (
        f"{APP_NAME} cannot open its window: this computer is missing system libraries for windows on "
        f"Linux (X11): {', '.join(packages)}.\n"
        f"Install them, then start {APP_NAME} again:\n"
        f"    Debian / Ubuntu:  sudo apt install {' '.join(packages)}\n"
        "    Fedora:           sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-image xcb-util-keysyms "
        "xcb-util-renderutil libxkbcommon-x11\n"
        "    Arch:             sudo pacman -S xcb-util-cursor xcb-util-wm xcb-util-image xcb-util-keysyms "
        "xcb-util-renderutil libxkbcommon-x11"
    )


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log anything that escaped every boundary; never kill the window for it."""
    log.error("Uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))


def main(argv: list[str] | None = None) -> int:
    """Start the window; returns the process exit code."""
    sys.excepthook = _excepthook
    # No automatic collection while ~100,000 start-up objects are created (it only rescans them; the
    # GUI-thread collector takes over below and freezes them once the first screen is filled).
    gc.disable()
    args = parse_args(argv)
    from desktop_app.core.paths import HOME_ENV, app_paths

    if args.home:
        os.environ[HOME_ENV] = args.home
    paths = app_paths().ensure()

    from desktop_app.core.logging_setup import configure_logging

    configure_logging(paths.logs)
    log.info("%s %s starting; data in %s", APP_NAME, __version__, paths.data)

    # Qt's own message for a missing X11 library is an abort with words no user can act on.
    missing = missing_window_libraries()
    if missing:
        message = missing_libraries_message(missing)
        log.error("cannot open a window: %s", message)
        print(message, file=sys.stderr, flush=True)
        return EXIT_CANNOT_START

    # Crash recovery (core/startup.py): remove the temp files of a download or export a crash cut short
    # (only when no other Batch Desk process runs), and tell later processes that this one runs.
    from desktop_app.core.startup import start_up

    start_up(paths)

    from desktop_app.core.ledger import Ledger, LedgerError
    from desktop_app.core.secrets import KeyStore
    from desktop_app.core.settings import FLUSH_TIMEOUT_S, Settings

    try:
        ledger = Ledger(paths.ledger_db)
    except LedgerError as exc:  # damaged or locked job list: there is no window yet to show it in
        return _cannot_start(exc.user_message, self_test=args.self_test)
    settings = Settings(paths.settings_file)
    keystore = KeyStore()

    os.environ.setdefault("QT_API", "pyside6")
    import qasync

    from desktop_app.ui.controller import AppController
    from desktop_app.ui.gc_guard import GuiThreadCollector
    from desktop_app.ui.main_window import MainWindow

    app = _qt_app()
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    _set_app_icon(app)
    app.setQuitOnLastWindowClosed(False)
    # Language (issue 6): translation catalogs and the locale of dates and numbers, before any widget exists.
    from desktop_app.ui.i18n import setup_language

    setup_language(settings.get("language"))

    # The sandbox (an aiohttp server: ~0.15 s to import and start) comes up after the first paint, in a
    # worker thread; the jobs view and the sandbox region wait for it (issue 13: first paint ≤ 0.4 s).
    sandbox: list[SandboxServer] = []
    controller = AppController(paths, ledger, keystore, settings, None)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    collector = GuiThreadCollector(app)  # Qt objects must never be freed by a worker thread's collection
    collector.start()
    # A worker thread running Python (the results index, a check, an export) gives up the interpreter
    # when the UI thread asks, after this long: 5 ms by default, paid at EVERY call from Qt into Python
    # (a table's paint makes hundreds: data() per cell and role) while a worker runs. 1 ms halved the
    # longest stalls of the results window's loading (issue 13: 115 → 70 ms); 0.2 ms took the rest —
    # 42-63 → 12-19 ms while 200,000 rows open, the status pass 5 % slower (docs/decisions.md).
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    window = MainWindow(controller)
    closed: asyncio.Future[None] = loop.create_future()

    def finish() -> None:
        if not closed.done():
            closed.set_result(None)

    # The loop ends when the window has shut down — not when it went to the tray (background checking).
    app.lastWindowClosed.connect(lambda: None if window.resident else finish())
    window.shut_down.connect(finish)

    outcome = {"code": 0}

    async def run() -> None:
        window.show()
        from desktop_app.ui import messages

        # The notices' 235 translation patterns, compiled in a worker: the first notice compiled them on
        # the UI thread (20–60 ms of a 10,000-job first refresh, issue 13).
        warmed = asyncio.ensure_future(asyncio.to_thread(messages.warm_up))
        try:
            sandbox.append(await asyncio.to_thread(_start_sandbox, args.sandbox_speed, paths.data / "sandbox"))
            controller.sandbox_base_url = sandbox[0].base_url("sandbox")
        except Exception:  # e.g. no free port: the real regions still work; the sandbox says it is off
            log.exception("the sandbox could not start")
        await window.tasks.spawn(window.start(), "start up")
        try:
            await warmed
        except Exception:  # a broken template: the notices show core's English, as before
            log.exception("the notices' templates could not be compiled")
        collector.freeze_start_up()  # what lives now lives as long as the app: no collection rescans it
        if args.self_test:
            outcome["code"] = await _self_test(window, keystore, args.screenshot)
            window.close()
        await closed

    try:
        with loop:
            loop.run_until_complete(run())
    finally:
        sys.setswitchinterval(switch_interval)
        settings.flush(FLUSH_TIMEOUT_S)  # also when the loop ended another way (a relaunch reads them)
        collector.stop()
        for server in sandbox:
            server.stop()
        ledger.close()
        log.info("%s stopped", APP_NAME)
    if window.restart_requested:  # Settings ▸ Language ▸ Restart now
        _relaunch()
    return outcome["code"]


def relaunch_command() -> list[str]:
    """The command line that started this process (``python -m desktop_app …``, the ``desktop-app``
    script, or the frozen app), with the running interpreter or executable first."""
    argv = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    return [sys.executable, *argv[1:]]


def _relaunch() -> None:
    import subprocess

    command = relaunch_command()
    log.info("restarting: %s", command)
    try:
        subprocess.Popen(command, close_fds=True)
    except OSError as exc:
        log.error("could not restart: %s", exc)
        print(f"{APP_NAME} could not restart itself ({exc}); start it again.", file=sys.stderr)


EXIT_CANNOT_START = 2
UI_SWITCH_INTERVAL_S = 0.0002


def _start_sandbox(speed: float, storage: Path) -> SandboxServer:
    """Import and start the in-app sandbox (run in a worker thread). It keeps its jobs in the data
    folder: they survive closing the app, as the notice promises."""
    from desktop_app.sandbox.server import SandboxServer

    server = SandboxServer(speed=speed, storage_dir=storage)
    server.start()
    return server


def _cannot_start(message: str, *, self_test: bool) -> int:
    """Say why the app cannot start (e.g. a damaged job list; the message names the backup copy) in a
    plain message box and on stderr; return :data:`EXIT_CANNOT_START`.

    Runs before the asyncio loop exists, so the box's blocking ``exec()`` is fine. With ``--self-test``
    (never interactive) the box closes itself once it is on screen and prints ``start-up error box:
    shown``, so CI checks this path offscreen (tests/reliability/test_crash.py).
    """
    log.error("cannot start: %s", message)
    print(f"{APP_NAME} cannot start: {message}", file=sys.stderr, flush=True)
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    app = _qt_app()
    app.setApplicationName(APP_NAME)
    box = QMessageBox(
        QMessageBox.Icon.Critical, APP_NAME, f"{APP_NAME} cannot start.", QMessageBox.StandardButton.Close
    )
    box.setInformativeText(message)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
    if self_test:

        def report_and_close() -> None:
            print(f"start-up error box: {'shown' if box.isVisible() else 'NOT shown'}", flush=True)
            box.done(0)

        QTimer.singleShot(0, report_and_close)
    box.exec()
    return EXIT_CANNOT_START


async def _self_test(window: MainWindow, keystore: KeyStore, screenshot: str | None) -> int:
    """Check the parts a broken install would lose; print one line each; 0 when all are fine."""
    status = await asyncio.to_thread(keystore.backend_status)
    found, usable = await asyncio.to_thread(_keyring_backends)
    checks = {
        "window shown": window.isVisible(),
        "app icon": bool(window.windowIcon().availableSizes()),  # PNGs from resources/icons, readable
        "sandbox answers": await _sandbox_answers(window),
        "token counting": await asyncio.to_thread(_tokens_counted),
    }
    print(f"keychain: {status.backend_name} ({'available' if status.available else 'not available'}: {status.where})")
    print(f"keyring backends found: {', '.join(found) or 'none'}")
    print(f"keyring backends usable: {', '.join(usable) or 'none'}")
    for name, ok in checks.items():
        print(f"{name}: {'ok' if ok else 'FAILED'}")
    if screenshot:
        window.grab().save(screenshot)
    return 0 if all(checks.values()) else 1


def _tokens_counted() -> bool:
    """The Qwen vocabulary and tiktoken made it into the install, and the token process starts (a
    frozen app needs ``multiprocessing.freeze_support()`` in its entry script): the window's token
    counter counts a known text in its own process, as the estimate does."""
    from desktop_app.services.token_process import TokenProcess

    worker = TokenProcess()
    try:
        return worker.count_request({"input": "Hello!"}) == 2 and not worker.gui_in_child
    except Exception:
        log.exception("token counting failed")
        return False
    finally:
        worker.close()


def _qt_app() -> QApplication:
    """The process's QApplication (the one already made, e.g. by a test, else a new one)."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])


def _set_app_icon(app: QApplication) -> None:
    """Window and taskbar icon from resources/icons (source checkout or frozen bundle)."""
    from PySide6.QtGui import QIcon

    from desktop_app.resources import DESKTOP_ID, app_icon_files

    icon = QIcon()
    for png in app_icon_files():
        icon.addFile(str(png))
    if icon.isNull():
        log.warning("application icon not found under %s", "resources/icons")
    else:
        app.setWindowIcon(icon)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland/X11: match the window to its .desktop entry


def _keyring_backends() -> tuple[list[str], list[str]]:
    """keyring's backend classes loaded from its entry points, and those viable here (frozen-app check)."""
    import keyring.backend

    def name(cls: type) -> str:
        return f"{cls.__module__.removeprefix('keyring.backends.')}.{cls.__qualname__}"

    usable = sorted(name(type(b)) for b in keyring.backend.get_all_keyring())  # loads the entry points
    found = sorted(name(cls) for cls in getattr(keyring.backend.KeyringBackend, "_classes", ()))
    return found, usable


async def _sandbox_answers(window: MainWindow) -> bool:
    """One cheap list call against the in-app sandbox, over HTTP like any region."""
    service = await window.controller.service("sandbox")
    page = await service.list(limit=1)
    return page.items is not None


if __name__ == "__main__":
    raise SystemExit(main())
