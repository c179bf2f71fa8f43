"""Who may import whom, checked by import-linter (``[tool.importlinter]`` in ``pyproject.toml``).

``lint-imports`` reads every ``import`` statement of the package — also those inside functions, which
the runtime probe of ``tests/test_core_no_qt.py`` cannot see because it only imports the modules.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def _lint(package_root: Path) -> subprocess.CompletedProcess[str]:
    """Run ``lint-imports`` with the project's contracts over the ``desktop_app`` found in ``package_root``."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_API", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(package_root)
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-c", LINT, "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        cwd=package_root,
        timeout=120,
        check=False,
    )


def test_every_layer_contract_is_kept() -> None:
    proc = _lint(ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" not in proc.stdout.replace("0 broken", "")
    assert "Contracts: 6 kept, 0 broken." in proc.stdout


PROBE = (
    "import importlib, sys; importlib.import_module('desktop_app.core.limits'); "
    "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync')))"
)


def test_a_qt_import_hidden_inside_a_core_function_breaks_the_contract(tmp_path: Path) -> None:
    copy = tmp_path / "desktop_app"
    shutil.copytree(ROOT / "desktop_app", copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    limits = copy / "core" / "limits.py"
    limits.write_text(
        limits.read_text(encoding="utf-8")
        + "\n\ndef _sneaky() -> None:\n    from PySide6.QtCore import QObject  # noqa: F401\n",
        encoding="utf-8",
    )
    # The runtime probe (import the module, look at sys.modules) does not notice: nothing calls _sneaky.
    env = {k: v for k, v in os.environ.items() if k not in ("QT_API", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(tmp_path)
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60, check=False
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "[]"
    # The linter reads the statement and names the line.
    proc = _lint(tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "core is Qt-free" in proc.stdout and "BROKEN" in proc.stdout
    assert "desktop_app.core.limits -> PySide6" in proc.stdout


def test_the_window_importing_the_sandbox_breaks_the_contract(tmp_path: Path) -> None:
    copy = tmp_path / "desktop_app"
    shutil.copytree(ROOT / "desktop_app", copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    widgets = copy / "ui" / "widgets.py"
    widgets.write_text(
        widgets.read_text(encoding="utf-8") + "\n\nfrom desktop_app.sandbox import engine  # noqa: E402,F401\n",
        encoding="utf-8",
    )
    proc = _lint(tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "desktop_app.ui.widgets -> desktop_app.sandbox.engine" in proc.stdout
