"""``mypy --strict`` over the whole package, the window included (``[tool.mypy]`` in ``pyproject.toml``).

The run starts from an empty cache in a temporary folder (as CI does, and so nothing is written into
the repository); cold it takes about 8 s on the development machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for this file's runs: the first starts cold, the second reuses PySide6's stubs."""
    return tmp_path_factory.mktemp("mypy-cache")


def _mypy(project: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """Run mypy with the project's configuration over the ``desktop_app`` in ``project``."""
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "MYPY_CACHE_DIR")}
    env["PYTHONPATH"] = str(project)
    env["NO_COLOR"] = "1"
    env["MYPY_FORCE_COLOR"] = "0"
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(project / "pyproject.toml"), "--cache-dir", str(cache)],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
        timeout=300,
        check=False,
    )


def _modules(package: Path) -> int:
    return sum(1 for path in package.rglob("*.py") if "__pycache__" not in path.parts)


def test_mypy_strict_finds_nothing_in_any_module(cache_dir: Path) -> None:
    proc = _mypy(ROOT, cache_dir)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # Every module of the package is checked (the window too): a narrower ``files`` fails here.
    checked = re.search(r"no issues found in (\d+) source files", proc.stdout)
    assert checked is not None, proc.stdout
    assert int(checked.group(1)) == _modules(ROOT / "desktop_app")


def test_a_window_module_is_checked_strictly(tmp_path: Path, cache_dir: Path) -> None:
    shutil.copytree(ROOT / "desktop_app", tmp_path / "desktop_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    widgets = tmp_path / "desktop_app" / "ui" / "widgets.py"
    widgets.write_text(
        widgets.read_text(encoding="utf-8")
        + "\n\nfrom PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_NOOP  # noqa: E402\n"
        + "_WORD: str = _QT_NOOP('Widgets', 'Word')\n\n\n"
        + "def _untyped(value):\n    return value\n",
        encoding="utf-8",
    )
    proc = _mypy(tmp_path, cache_dir)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    # PySide6's own marker is typed ``object`` (ui/i18n.py has the typed one) ...
    assert re.search(r"desktop_app/ui/widgets\.py:\d+: error: .*\"object\".*\"str\"", proc.stdout), proc.stdout
    # ... and the window is strict, not only plainly checked: an unannotated function is an error.
    assert re.search(r"desktop_app/ui/widgets\.py:\d+: error: Function is missing", proc.stdout), proc.stdout
    assert "Found 2 errors in 1 file" in proc.stdout
