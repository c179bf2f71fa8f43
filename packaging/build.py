"""Build the one-folder app with PyInstaller and say how long it took and how big it is.

    .venv/bin/pip install -e ".[bundle]"
    .venv/bin/python packaging/build.py                  # -> dist/BatchDesk/
    .venv/bin/python packaging/build.py --dist /tmp/out --work /tmp/work

Runs on the platform it builds for (PyInstaller does not cross-compile). Nothing is downloaded.
On Linux the bundle also gets ``share/`` (desktop entry, AppStream metainfo, hicolor icons) laid out
as under a ``/usr`` or ``~/.local`` prefix; see packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "batch-desk.spec"
NAME = "BatchDesk"
sys.path.insert(0, str(ROOT))

from desktop_app.resources import DESKTOP_ID, ICON_NAME, ICON_SIZES  # noqa: E402


def folder_size(path: Path) -> int:
    """Bytes in every regular file under ``path`` (symlinks not followed, not counted twice)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(dist: Path) -> Path:
    """The app's executable inside a finished build."""
    return dist / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def add_linux_share(bundle: Path) -> None:
    """share/applications, share/metainfo and share/icons/hicolor inside the bundle folder."""
    share = bundle / "share"
    apps = share / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    entry = (PACKAGING / f"{DESKTOP_ID}.desktop").read_text("utf-8")
    # The bundle has no `desktop-app` script: start the executable, expected on PATH (see README).
    entry = entry.replace("\nExec=desktop-app ", f"\nExec={NAME} ")
    (apps / f"{DESKTOP_ID}.desktop").write_text(entry, "utf-8")
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / f"{DESKTOP_ID}.metainfo.xml", metainfo / f"{DESKTOP_ID}.metainfo.xml")
    icons = ROOT / "resources" / "icons"
    for n in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{n}x{n}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"{ICON_NAME}-{n}.png", target / f"{DESKTOP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / f"{ICON_NAME}.svg", scalable / f"{DESKTOP_ID}.svg")


def build(dist: Path, work: Path, *, clean: bool = False, verbose: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    sys.path.insert(0, str(PACKAGING))
    import render_icons

    if any(not path.exists() for path in render_icons.outputs()):  # a fresh checkout keeps them in git
        print("icons: rendering from the SVG")
        render_icons.render_all()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "INFO" if verbose else "WARN",
    ]
    if clean:
        command.append("--clean")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run([*command, str(SPEC)], check=True, cwd=ROOT, env=env)
    bundle = dist / NAME
    if sys.platform.startswith("linux"):
        add_linux_share(bundle)
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--verbose", action="store_true", help="PyInstaller's INFO log")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    bundle = build(args.dist.resolve(), args.work.resolve(), clean=args.clean, verbose=args.verbose)
    seconds = time.perf_counter() - started
    size = folder_size(bundle)
    print(f"built {bundle} in {seconds:.1f} s; folder size {size / 1e6:.0f} MB")
    print(f"run:  {executable(args.dist.resolve())} --self-test")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
