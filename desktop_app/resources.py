"""Where the bundled read-only files (samples, icons, translations) are, from source or frozen. Qt-free.

A source checkout keeps them in ``<repo>/resources``; a PyInstaller bundle unpacks them to
``<sys._MEIPASS>/resources`` (the ``_internal`` folder of a one-folder build; ``Contents/Resources``
inside a macOS ``.app``), which is where ``packaging/batch-desk.spec`` puts them.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Reverse-DNS id shared by the Linux desktop entry, the AppStream metainfo, the hicolor icon name and
# QGuiApplication.setDesktopFileName (so Wayland compositors match the window to its .desktop file).
DESKTOP_ID = "io.github.batchdesk.BatchDesk"
ICON_NAME = "batch-desk"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def resources_dir() -> Path:
    """The ``resources`` folder: inside the bundle when frozen, else next to the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder under :func:`resources_dir` (not checked for existence)."""
    return resources_dir().joinpath(*parts)


def app_icon_files() -> list[Path]:
    """The application icon's PNG renders that exist, smallest first (empty if none are installed)."""
    icons = resource_path("icons")
    return [p for p in (icons / f"{ICON_NAME}-{n}.png" for n in ICON_SIZES) if p.is_file()]
