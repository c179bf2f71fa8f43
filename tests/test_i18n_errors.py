"""Every error a person can see is worded in the window's language — checked by walking the classes.

The test imports every module of ``desktop_app.core`` and ``desktop_app.services`` (and the window's
controller), finds every :class:`BatchDeskError` subclass, and needs at least one sample of each (a new
class without a sample fails here: add one to :func:`samples`). Each sample goes through
``ui/messages.py`` under a translator that turns every letter it translates into full-width letters
(``Ａｂｃ``) and keeps ``{holes}``: an ASCII word left in the result is English that no template or
fragment caught — a whole untemplated message, or an English word inside a hole. Values that are the
user's or the server's own data (a batch id, a file name, a server's reason) are declared per sample
and allowed. Every refusal text of ``services/job_actions.py`` is walked the same way.
"""

from __future__ import annotations

import ast
import contextlib
import csv
import importlib
import json
import pkgutil
import re
import sqlite3
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

import desktop_app.core
import desktop_app.services
from desktop_app.core import errors, ledger, wording, workflow
from desktop_app.core.answers import lineage, rerun
from desktop_app.core.error_base import BatchDeskError
from desktop_app.core.ledger import JobRecord, Ledger
from desktop_app.core.regions import CN, INTL, SANDBOX, custom_region
from desktop_app.core.tables import csvfile, readers, workbook
from desktop_app.core.tables import errors as table_errors
from desktop_app.services import job_actions, regions
from desktop_app.ui import controller, messages
from tests.test_i18n import _errors as corpus_errors


def _wide(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "a" <= c.lower() <= "z" else c for c in text)


def _shout(source: str) -> str:
    """``source`` with its letters full-width and its ``{holes}`` (and ``{{``/``}}``) kept."""
    try:
        parts = list(string.Formatter().parse(source))
    except ValueError:
        return _wide(source)
    out: list[str] = []
    for literal, name, spec, conversion in parts:
        out.append(_wide(literal).replace("{", "{{").replace("}", "}}"))
        if name is not None:
            out.append("{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    return "".join(out)


class FullWidthTranslator(QTranslator):
    """Answers every lookup with the English in full-width letters (a language no English word survives)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _shout(source)

    def isEmpty(self) -> bool:
        return False


@contextlib.contextmanager
def full_width() -> Iterator[None]:
    translator = FullWidthTranslator()
    QCoreApplication.installTranslator(translator)
    messages.clear_cache()
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        messages.clear_cache()


def english_left(text: str, data: tuple[str, ...]) -> list[str]:
    """ASCII words in ``text`` once the declared data values are taken out."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return re.findall(r"[A-Za-z]{2,}", text)


@dataclass(frozen=True)
class Sample:
    error: BaseException
    data: tuple[str, ...] = ()  # the user's / the server's own values, allowed to stay as they are


def _job(**values: object) -> JobRecord:
    base: dict[str, object] = {"id": 7, "region_id": "intl", "batch_id": "batch_7", "status": "completed"}
    base.update(values)
    return JobRecord(**base)  # type: ignore[arg-type]


def samples(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[Sample]:
    """One or more real instances of every error class (built the way the code builds them)."""
    region = INTL.name
    where = (str(folder), "sqlite", "damaged")  # a path, and the name of the copy of a damaged file
    mine = custom_region("我的端点", "https://example.invalid/v1")
    found = [
        Sample(errors.AuthError(region)),
        Sample(errors.AuthError(mine.name), (mine.name,)),
        Sample(errors.PermissionDenied(region, "拒绝访问"), ("拒绝访问",)),
        Sample(errors.PermissionDenied(CN.name)),
        Sample(errors.NotFound(region, wording.BATCH_ID(batch_id="batch_123")), ("batch_123",)),
        Sample(errors.NotFound(region)),
        Sample(errors.BadRequest(region, "参数无效"), ("参数无效",)),
        Sample(errors.BadRequest(region)),
        Sample(errors.RateLimited(region)),
        Sample(errors.ServerError(region, 503)),
        Sample(errors.NetworkError(region, wording.NET_RESET)),
        Sample(errors.UnexpectedResponse(SANDBOX.name, wording.CREATE_NO_ID)),
        Sample(errors.AmbiguousCreate(region)),
        Sample(errors.AmbiguousCreate(region, reason=errors.AmbiguousCreate.STILL_PENDING)),
        # the job list
        Sample(ledger._damaged(folder / "任务.sqlite3", sqlite3.OperationalError("database is locked")), where),
        Sample(ledger._damaged(folder / "任务.sqlite3", sqlite3.DatabaseError("file is not a database")), where),
        # submits, downloads, re-runs
        Sample(workflow.NoResultsYet("in_progress")),
        Sample(workflow.NoResultsYet("expired")),
        Sample(workflow.NoResultsYet("")),
        Sample(workflow.AlreadySubmitted(_job(name="季度报告", created_at=1_700_000_000.0)), ("batch_7",)),
        Sample(workflow.AlreadySubmitted(_job(name="季度报告", batch_id=None, status="create_unknown"))),
        Sample(workflow.AlreadySubmitted(_job(name="", batch_id=None, status="creating", created_at=1_700_000_000.0))),
        Sample(rerun.NothingToRerun()),
        Sample(controller.MissingKey(INTL)),
        Sample(controller.MissingKey(mine), (mine.name,)),
        Sample(regions.SandboxNotRunning()),
    ]
    damaged = folder / "坏.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    try:
        Ledger(damaged)
    except ledger.LedgerError as exc:
        found.append(Sample(exc, where))
    with Ledger(folder / "ok.sqlite3") as led:
        job_id = led.record_intent(region_id="sandbox", name="x")
        record = led.get(job_id)
        assert record is not None
        try:
            lineage.open_results(led, record)
        except lineage.ResultsUnavailable as exc:
            found.append(Sample(exc))
    # the table reader: the three kinds the corpus of tests/test_i18n.py does not reach
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "数据"
    book.active["A1"] = "问题"
    xlsx = folder / "表.xlsx"
    book.save(xlsx)
    for options in ({"sheet": "汇总"},):
        try:
            with readers.open_table(xlsx, **options) as table:
                list(table.iter_rows())
        except table_errors.TableError as exc:
            found.append(Sample(exc))
    with monkeypatch.context() as patch:
        patch.setattr(workbook, "MAX_WORKBOOK_BYTES", 10)
        try:
            readers.open_table(xlsx)
        except table_errors.FileTooLargeError as exc:
            found.append(Sample(exc))
    long_cell = folder / "长.csv"
    long_cell.write_text("问题,答案\n" + "甲," + "乙" * 50 + "\n", encoding="utf-8")
    old_limit = csv.field_size_limit()
    try:
        with monkeypatch.context() as patch:
            patch.setattr(csvfile, "_set_field_limit", lambda: csv.field_size_limit(10))  # a cell "too long"
            with readers.open_table(long_cell) as table:
                list(table.iter_rows())
    except table_errors.CsvFormatError as exc:
        found.append(Sample(exc, (str(exc.detail),)))  # Python's own words about the CSV
    finally:
        csv.field_size_limit(old_limit)
    # the estimate before a billed submit (core/estimate.py)
    from desktop_app.core import estimate

    asked = folder / "估算.jsonl"
    body = {"model": "qwen-plus", "messages": [{"role": "user", "content": "你好"}], "max_tokens": 100}
    asked.write_text(json.dumps({"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": body}))
    bounded = estimate.estimate_file(asked, INTL)
    money = ("USD", "CNY", "US$", "qwen", "plus")  # currency codes and the model's name are data
    found.append(Sample(estimate.CostCapExceeded(bounded, 0.0001), money))
    del body["max_tokens"]
    asked.write_text(json.dumps({"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": body}))
    unbounded = estimate.estimate_file(asked, INTL)
    found.append(Sample(estimate.CostCapExceeded(unbounded, 0.0001), money))
    found.append(Sample(estimate.SubmitNotConfirmed()))
    found.append(Sample(estimate.TokenCountFailed(detail="exit code -9")))
    # TableError itself is only raised through its subclasses; a message of its own is worded like them
    found.append(Sample(table_errors.TableError(wording.T_CLOSED)))
    return found


def _import_everything() -> None:
    for package in (desktop_app.core, desktop_app.services):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)


def _subclasses(cls: type) -> set[type]:
    found: set[type] = set()
    todo = [cls]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found and sub.__module__.startswith("desktop_app."):
                found.add(sub)
                todo.append(sub)
    return found


def test_every_error_class_has_a_sample_and_every_sample_is_translated(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_everything()
    classes = _subclasses(BatchDeskError)
    walked = samples(tmp_path, monkeypatch)
    (tmp_path / "corpus").mkdir()
    corpus = [Sample(e) for e in corpus_errors(tmp_path / "corpus") if isinstance(e, BatchDeskError)]
    covered = {type(s.error) for s in [*walked, *corpus]}
    missing = sorted(f"{c.__module__}.{c.__qualname__}" for c in classes - covered)
    assert not missing, "add a sample of these error classes to tests/test_i18n_errors.py:\n" + "\n".join(missing)

    leaks: list[str] = []
    with full_width():
        for sample in walked:
            shown = messages.error_text(sample.error)
            words = english_left(shown, sample.data)
            if words:
                leaks.append(f"{type(sample.error).__name__}: {words} in {shown!r}")
    assert not leaks, "English reaches the window (add a template or fragment to ui/messages.py):\n" + "\n".join(leaks)


def test_every_job_action_refusal_is_translated(qapp: QApplication) -> None:
    values: dict[str, dict[str, object]] = {
        "already_ended": {"status": "expired"},
        "not_finished": {"status": "validating"},
    }
    leaks = []
    with full_width():
        for code in job_actions.REASONS:
            decision = job_actions.Decision(False, code, values.get(code, {}))
            shown = messages.error_text(BatchDeskError(decision.message))
            if english_left(shown, ()):
                leaks.append(f"{code}: {shown!r}")
    assert not leaks, "\n".join(leaks)


def test_the_walk_catches_an_untemplated_message_and_an_english_hole(qapp: QApplication) -> None:
    """The check itself can fail: a new sentence, or an English status inside a known one."""
    with full_width():
        assert english_left(messages.error_text(BatchDeskError("A sentence nobody templated.")), ())
        shown = messages.error_text(workflow.NoResultsYet("in_progress"))
        assert not english_left(shown, ())
        assert english_left(shown.replace(_wide("Running"), "Running"), ())


ROOT = Path(__file__).resolve().parents[1]


def _literal_messages() -> list[tuple[str, str]]:
    """``(where, message)`` for every ``SomeError("a literal sentence")`` the app's Qt-free code raises."""
    names = {c.__name__ for c in _subclasses(BatchDeskError)} | {"BatchDeskError"}
    files = [
        *sorted((ROOT / "desktop_app" / "core").rglob("*.py")),
        *sorted((ROOT / "desktop_app" / "services").rglob("*.py")),
    ]
    files += [ROOT / "desktop_app" / "ui" / "controller.py", ROOT / "desktop_app" / "ui" / "editor" / "actions.py"]
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            first = node.args[0]
            if name in names and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", first.value))
    return found


def test_every_literal_error_message_is_translated(qapp: QApplication) -> None:
    _import_everything()
    found = _literal_messages()
    # every module raises catalogue keys now (tests/test_wording_catalogue.py); a literal added later must
    # still be worded by the matcher's templates
    leaks = []
    with full_width():
        for where, message in found:
            shown = messages.error_text(BatchDeskError(message))
            if english_left(shown, ()):
                leaks.append(f"{where}: {message!r}")
    assert not leaks, "add a template to ui/messages.py for:\n" + "\n".join(leaks)


def test_the_messages_issue_11_found_in_english_read_in_japanese(qapp: QApplication) -> None:
    from PySide6.QtCore import QLocale

    from desktop_app.ui.i18n import install_language

    before = QLocale()
    try:
        install_language("ja", QLocale("ja_JP"))
        messages.clear_cache()
        shown = [
            messages.error_text(workflow.AlreadySubmitted(_job(name="季度报告", created_at=1_700_000_000.0))),
            messages.error_text(workflow.NoResultsYet("in_progress")),
            messages.error_text(controller.MissingKey(INTL)),
            messages.error_text(rerun.NothingToRerun()),
            messages.error_text(BatchDeskError(job_actions.can_cancel(_job(status="expired")).message)),
        ]
        assert "季度报告" in shown[0] and "batch_7" in shown[0] and "課金" in shown[0]
        assert "実行中" in shown[1] or "状態" in shown[1]
        assert "API キー" in shown[2] and "Singapore" not in shown[2]
        assert "再実行するもの" in shown[3]
        assert "キャンセルするもの" in shown[4]
        assert not [s for s in shown if english_left(s, ("batch_7", "API"))], shown
    finally:
        install_language("en")
        QLocale.setDefault(before)
        messages.clear_cache()
