"""Bundles: resources found from source and frozen, the icon set, the Linux desktop files, and (marker
``bundle``) a real PyInstaller build started offscreen with ``--self-test``."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import resources
from desktop_app.resources import DESKTOP_ID, ICON_NAME, ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# --- resources ------------------------------------------------------------------------------------


def test_resources_dir_in_a_source_checkout() -> None:
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource_path("samples", "test-model-sample.jsonl").is_file()


def test_resources_dir_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.app_icon_files() == []  # nothing unpacked there: no icon, and no crash


def test_resources_module_has_no_qt() -> None:
    code = "import sys, desktop_app.resources; assert not any(m.startswith('PySide6') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# --- the icon ---------------------------------------------------------------------------------------


def test_every_png_render_exists_at_its_size() -> None:
    files = resources.app_icon_files()
    assert [png_size(p.read_bytes()) for p in files] == [(n, n) for n in ICON_SIZES]


def test_svg_is_valid_for_qt() -> None:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / f"{ICON_NAME}.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 256


def test_ico_holds_each_size_as_png() -> None:
    data = (ICONS / f"{ICON_NAME}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 6)
    sizes = []
    for i in range(count):
        width, height, _, _, planes, bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        side = width or 256
        assert (height or 256) == side and planes == 1 and bpp == 32
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert sizes == [16, 32, 48, 64, 128, 256]


def test_icns_chunks_are_pngs_of_the_declared_size() -> None:
    data = (ICONS / f"{ICON_NAME}.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}
    expected |= {b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = png_size(data[at + 8 : at + length])[0]
        at += length
    assert found == expected


# --- Linux desktop integration ----------------------------------------------------------------------


def test_desktop_entry_names_the_icon_and_matches_the_metainfo() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Batch Desk"
    assert desktop["Icon"] == DESKTOP_ID

    meta = ET.parse(PACKAGING / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert meta.get("type") == "desktop-application"
    assert meta.findtext("id") == DESKTOP_ID
    assert meta.findtext("launchable[@type='desktop-id']") == f"{DESKTOP_ID}.desktop"
    assert meta.findtext("project_license") == "Apache-2.0"
    from desktop_app import __version__

    assert meta.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_passes_appstreamcli() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(PACKAGING / f"{DESKTOP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / f"{DESKTOP_ID}.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


# --- the frozen app ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the one-folder app once for this module (~25-30 s here) and return its folder."""
    pytest.importorskip("PyInstaller", reason='PyInstaller not installed: pip install -e ".[bundle]"')
    if not sys.platform.startswith("linux"):
        pytest.skip("the frozen-app test runs on Linux (offscreen); build elsewhere with packaging/build.py")
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--dist", str(out / "dist"), "--work", str(out / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "built " in done.stdout and " MB" in done.stdout
    return out / "dist" / "BatchDesk"


def run_frozen(
    bundle: Path, home: Path, *args: str, wrap: list[str] | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Start the frozen executable offscreen with every app folder under ``home``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BATCH_DESK_HOME": str(home), **(env or {})}
    env.pop("DASHSCOPE_API_KEY", None)
    return subprocess.run(
        [*(wrap or []), str(bundle / "BatchDesk"), "--self-test", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def lines_starting(text: str, prefix: str) -> list[str]:
    return [line.removeprefix(prefix) for line in text.splitlines() if line.startswith(prefix)]


@pytest.mark.bundle
@pytest.mark.timeout(900)
def test_frozen_app_self_test_finds_keyring_backends_and_the_sandbox(bundle: Path, tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    done = run_frozen(bundle, tmp_path / "home", "--screenshot", str(shot))
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    # keyring's entry points and every backend module made it into the bundle ...
    (found,) = lines_starting(out, "keyring backends found: ")
    for backend in ("SecretService.Keyring", "Windows.WinVaultKeyring", "macOS.Keyring", "kwallet.DBusKeyring"):
        assert backend in found
    # ... and one was picked (on a headless machine: fail.Keyring, i.e. "session memory only").
    (keychain,) = lines_starting(out, "keychain: ")
    assert keychain.startswith("keyring.backends.")
    assert "fail.Keyring" in lines_starting(out, "keyring backends usable: ")[0]
    for check in ("window shown", "app icon", "sandbox answers", "token counting"):
        assert f"{check}: ok" in out
    assert "FAILED" not in out
    assert png_size(shot.read_bytes())[0] > 400, "a picture of the window was saved"

    internal = bundle / "_internal"
    assert (internal / "resources" / "samples" / "test-model-sample.jsonl").is_file()
    assert (internal / "resources" / "icons" / f"{ICON_NAME}-256.png").is_file()
    assert (bundle / "share" / "applications" / f"{DESKTOP_ID}.desktop").is_file()
    assert (bundle / "share" / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()
    assert (bundle / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{DESKTOP_ID}.png").is_file()
    assert not (internal / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6").exists(), "unused Qt modules stay out"


@pytest.mark.bundle
@pytest.mark.timeout(900)
@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (Debian: dbus gnome-keyring)",
)
def test_frozen_app_uses_a_real_secret_service(bundle: Path, tmp_path: Path) -> None:
    """Under a private D-Bus session with an unlocked GNOME Keyring the frozen app picks Secret Service."""
    fake_home = tmp_path / "user"
    fake_home.mkdir()
    script = 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" "$@"'
    done = run_frozen(
        bundle,
        tmp_path / "home",
        wrap=["dbus-run-session", "--", "sh", "-c", script],
        env={"HOME": str(fake_home), "XDG_RUNTIME_DIR": str(fake_home)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (keychain,) = lines_starting(done.stdout, "keychain: ")
    assert keychain.startswith("keyring.backends.SecretService.Keyring (available"), keychain
