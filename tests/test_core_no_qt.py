"""The layering rule, mechanically: core and the CLI import neither PySide6 nor qasync.

A fresh interpreter imports every module under ``desktop_app/core`` (found with pkgutil, so modules
added later are covered too) and ``desktop_app.cli``, then reports which GUI modules got loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import importlib, json, pkgutil, sys
import desktop_app.core as core
names = sorted(m.name for m in pkgutil.walk_packages(core.__path__, core.__name__ + "."))
for name in names:
    importlib.import_module(name)
importlib.import_module("desktop_app.cli")
forbidden = ("PySide6", "qasync", "shiboken6", "desktop_app.ui")
loaded = sorted(m for m in sys.modules if any(m == f or m.startswith(f + ".") for f in forbidden))
print(json.dumps({"modules": names, "loaded": loaded}))
"""


def test_core_and_cli_never_import_qt() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_API", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert {"desktop_app.core.validate", "desktop_app.core.answers.view", "desktop_app.core.export"} <= set(
        report["modules"]
    )
    assert report["loaded"] == []
