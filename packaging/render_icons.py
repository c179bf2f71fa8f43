"""Render the application icon from its SVG: PNGs, a Windows .ico and a macOS .icns.

    .venv/bin/python packaging/render_icons.py          # rewrite resources/icons/*
    .venv/bin/python packaging/render_icons.py --check  # exit 1 when a render is missing or older than the SVG

Only Qt is needed (QSvgRenderer from PySide6.QtSvg); the ICO and ICNS containers are written here
by hand, so no Pillow. Both containers hold PNG images, which Windows Vista+ and macOS 10.7+ read.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "batch-desk.svg"
NAME = "batch-desk"

PNG_SIZES = (16, 32, 48, 64, 128, 256)  # resources/icons/batch-desk-<n>.png, what the app loads
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # Windows: explorer, taskbar, alt-tab
# macOS: (OSType, pixel size). icp4/icp5/icp6 = 16/32/64, ic07/ic08/ic09 = 128/256/512,
# ic11/ic12/ic13/ic14 = the @2x variants of 16/32/128/256.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def outputs() -> list[Path]:
    """Every file this script writes."""
    pngs = [ICONS / f"{NAME}-{n}.png" for n in PNG_SIZES]
    return [*pngs, ICONS / f"{NAME}.ico", ICONS / f"{NAME}.icns"]


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise SystemExit(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container (ICONDIR + ICONDIRENTRY x n + PNG payloads), smallest image first."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for n in sizes:
        data = pngs[n]
        side = 0 if n >= 256 else n  # 0 means 256
        # width, height, palette colours, reserved, colour planes, bits per pixel, bytes, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS container: 'icns' + total length, then (OSType, length, PNG) chunks; big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[n])) + pngs[n] for kind, n in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def stale() -> list[Path]:
    """Renders that are missing or older than the SVG."""
    source = SVG.stat().st_mtime
    return [p for p in outputs() if not p.exists() or p.stat().st_mtime < source]


def render_all() -> list[Path]:
    """Write every PNG, the ICO and the ICNS; returns the paths written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # Qt wants an application object
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(n for _, n in ICNS_TYPES)})
    pngs = {n: render_png(SVG, n) for n in sizes}
    written = []
    for n in PNG_SIZES:
        path = ICONS / f"{NAME}-{n}.png"
        path.write_bytes(pngs[n])
        written.append(path)
    for path, data in (
        (ICONS / f"{NAME}.ico", ico_bytes({n: pngs[n] for n in ICO_SIZES})),
        (ICONS / f"{NAME}.icns", icns_bytes(pngs)),
    ):
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report renders missing or older than the SVG")
    args = parser.parse_args(argv)
    if args.check:
        old = stale()
        for path in old:
            print(f"stale: {path.relative_to(ROOT)}")
        return 1 if old else 0
    for path in render_all():
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
