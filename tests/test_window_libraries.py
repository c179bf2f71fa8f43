"""A Linux desktop without libxcb-cursor0: the app says in plain words which package to install,
instead of Qt's abort ("Could not load the Qt platform plugin xcb …")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.app import missing_libraries_message, missing_window_libraries

ALL_THERE = {"xcb", "xcb-cursor", "xcb-icccm", "xcb-image", "xcb-keysyms", "xcb-randr", "xcb-render-util"}
ALL_THERE |= {"xcb-shape", "xcb-xkb", "xkbcommon-x11"}


def finder(missing: set[str]):
    return lambda name: None if name in missing or name not in ALL_THERE else f"lib{name}.so"


def test_a_missing_xcb_cursor_is_named_with_its_package() -> None:
    find = finder({"xcb-cursor"})
    assert missing_window_libraries("linux", {}, find) == ["libxcb-cursor0"]
    assert missing_window_libraries("linux", {"QT_QPA_PLATFORM": "xcb"}, find) == ["libxcb-cursor0"]
    message = missing_libraries_message(["libxcb-cursor0"])
    assert "sudo apt install libxcb-cursor0" in message and "xcb-util-cursor" in message


def test_only_checked_when_qt_will_use_x11() -> None:
    find = finder({"xcb-cursor"})
    assert missing_window_libraries("linux", {"QT_QPA_PLATFORM": "offscreen"}, find) == []
    assert missing_window_libraries("linux", {"QT_QPA_PLATFORM": "wayland"}, find) == []
    assert missing_window_libraries("linux", {"WAYLAND_DISPLAY": "wayland-0"}, find) == []
    assert missing_window_libraries("win32", {}, find) == []
    assert missing_window_libraries("darwin", {}, find) == []
    assert missing_window_libraries("linux", {}, finder(set())) == []
    assert missing_window_libraries("linux", {}, lambda name: None) == [], "a probe that finds nothing is no proof"


def test_the_app_stops_with_the_message_before_qt_aborts(tmp_path: Path) -> None:
    """The real start-up path, in a subprocess that cannot find libxcb-cursor: exit 2 and the words."""
    code = (
        "import ctypes.util, sys\n"
        "real = ctypes.util.find_library\n"
        "ctypes.util.find_library = lambda name: None if name == 'xcb-cursor' else (real(name) or 'lib.so')\n"
        "from desktop_app.app import main\n"
        "sys.exit(main(['--home', sys.argv[1]]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "home")], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2, done.stderr
    assert "libxcb-cursor0" in done.stderr and "sudo apt install" in done.stderr
    assert "qt.qpa.plugin" not in done.stderr  # Qt never got to abort
