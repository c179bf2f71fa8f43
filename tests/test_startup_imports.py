"""Start-up cost as people meet it (issue 13): the offline commands never import the network SDK.

``import openai`` alone costs ~0.5 s and ~45 MB; ``convert``, ``validate`` and ``export`` never talk to
a region, so a fresh interpreter runs each of them through the real CLI entry point and reports
whether ``openai`` / ``httpx2`` got loaded. The window's first screen must not load them either: the
controller makes its first ``BatchService`` in a worker thread, which is where the SDK comes in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SDK = ("openai", "httpx2")

PROBE = r"""
import json, sys
from desktop_app.cli import main
codes = [main(argv) for argv in json.loads(sys.argv[1])]
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("openai", "httpx2"))
print(json.dumps({"codes": codes, "loaded": loaded}))
"""


def _run(code: str, *args: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_convert_validate_export_never_import_the_sdk(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id,text\n1,hello\n2,\n", encoding="utf-8")  # row 2 has a problem: the error path too
    good = tmp_path / "good.csv"
    good.write_text("id,text\n1,hello\n2,world\n", encoding="utf-8")
    out = tmp_path / "requests.jsonl"
    argv = [
        ["convert", str(good), "--template", "{text}", "--id-column", "id", "-o", str(out)],
        ["convert", str(sheet), "--template", "{text}", "--id-column", "id", "-o", str(tmp_path / "bad.jsonl")],
        ["validate", str(out)],
        ["validate", str(tmp_path / "missing.jsonl")],
        [
            "export",
            str(DATA / "seed002_output_test_model.jsonl"),
            "--input",
            str(DATA / "seed002_input_test_model.jsonl"),
            "-o",
            str(tmp_path / "answers.csv"),
        ],
    ]
    report = _run(PROBE, json.dumps(argv))
    assert report["codes"] == [0, 1, 0, 2, 0]  # every command really ran, failures included
    assert report["loaded"] == []
    assert (tmp_path / "answers.csv").stat().st_size > 0


WINDOW_PROBE = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_API", "pyside6")
import desktop_app.app, desktop_app.ui.main_window, desktop_app.ui.controller, desktop_app.core.jobs
import desktop_app.core.workflow, desktop_app.core.service
before = sorted(m for m in sys.modules if m.split(".")[0] in ("openai", "httpx2"))
from desktop_app.core.regions import builtin_region
from desktop_app.core.service import BatchService
service = BatchService(builtin_region("sandbox"), "", base_url="http://127.0.0.1:9")
print(json.dumps({"before": before, "after": "openai" in sys.modules}))
"""


def test_window_modules_leave_the_sdk_to_the_first_client() -> None:
    report = _run(WINDOW_PROBE)
    assert report["before"] == []
    assert report["after"] is True  # the first client does load it
