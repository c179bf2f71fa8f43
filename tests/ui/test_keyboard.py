"""The whole path works from the keyboard, shortcuts are discoverable, and every control has a name.

* Open (Ctrl+O) → type the file name in the dialog → Enter; Submit (Ctrl+Return); Refresh (F5); Export
  (Ctrl+E) → type where → Enter: a CSV of the answers, without touching the mouse.
* Every shortcut sits on a menu entry (so the menu shows it); mnemonics do not clash within a menu.
* Tab reaches every control of the first screen.
* Every visible interactive control has an accessible name a screen reader can read (its own, its
  text, or its buddy label's) — checked on every main screen and dialog.
"""

from __future__ import annotations

import asyncio
import gc
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import TAB_JOBS, MainWindow
from tests.ui.conftest import wait_for
from tests.ui.test_i18n_ui import top_levels, tour

# The file dialog's completer popup asks the offscreen platform for things it cannot do; not our bug.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", "This plugin does not support grabbing the keyboard"
)
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture(autouse=True)
def collect_in_the_main_thread() -> Iterator[None]:
    """Collect this test's windows and dialogs here, in the main thread: a collection that happens to
    run in a worker thread later destroys their timers there ("Timers cannot be stopped from another
    thread"), failing an unrelated test."""
    yield
    gc.collect()


CTRL = Qt.KeyboardModifier.ControlModifier


def _press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def _file_dialog() -> QFileDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None)


async def _answer_file_dialog(name: str | None = None) -> None:
    """Type a file name into the open/save dialog (or keep its suggestion) and press Enter."""
    dialog = await wait_for(_file_dialog, what="a file dialog")
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None and dialog.focusWidget() is edit, "the file name field has the focus when it opens"
    if name is not None:
        edit.selectAll()
        QTest.keyClicks(edit, name)
    await asyncio.sleep(0.1)  # the dialog lists the folder in the background
    _press(edit, Qt.Key.Key_Return)
    await wait_for(lambda: not dialog.isVisible(), what="the dialog closes")


def test_the_whole_flow_works_without_a_mouse(
    qtbot,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setattr(Path, "home", lambda: tmp_path)  # where the Open dialog starts
    controller.settings.set("welcome_seen", True)
    source = tmp_path / "requests.jsonl"
    source.write_bytes((SAMPLES / "test-model-sample.jsonl").read_bytes())
    answers = tmp_path / "requests-answers.csv"  # the Export dialog's suggestion, next to the requests
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()

    async def scenario() -> None:
        await window.start()
        _press(window, Qt.Key.Key_O, CTRL)
        await _answer_file_dialog(source.name)
        report = await wait_for(lambda: window.submit_page.current_report, what="the file is checked")
        assert report.ok
        await wait_for(lambda: window.submit_page.submit_button.isEnabled(), what="submit enabled")

        _press(window.focusWidget() or window, Qt.Key.Key_Return, CTRL)
        await wait_for(lambda: window.jobs_page.model.rowCount() == 1, what="the job is listed")
        assert window.tabs.currentIndex() == TAB_JOBS
        sandbox.clock.advance(3600)
        _press(window.focusWidget() or window, Qt.Key.Key_F5)
        await wait_for(
            lambda: (job := window.jobs_page.selected_job()) is not None and job.results_downloaded_at,
            what="answers downloaded after F5",
        )
        _press(window.focusWidget() or window, Qt.Key.Key_E, CTRL)
        await _answer_file_dialog()
        await wait_for(answers.exists, what="the CSV is written")

    qloop.run_until_complete(scenario())
    assert "What is 2+2?" in answers.read_text(encoding="utf-8-sig")
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_every_shortcut_is_on_a_menu_entry(qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    shortcuts = {name: {s.toString() for s in action.shortcuts()} for name, action in window.actions_by_name.items()}
    assert "Ctrl+O" in shortcuts["open"]
    assert "Ctrl+Return" in shortcuts["submit"]
    assert "F5" in shortcuts["refresh"]
    assert "Ctrl+E" in shortcuts["export"]
    assert "Ctrl+Q" in shortcuts["quit"]
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["File", "Edit", "Jobs", "Help"]
    listed = {action.objectName() for menu in menus.values() for action in menu.actions()}
    assert {"open", "export", "quit", "refresh", "submit", "welcome", "diagnostics", "logs", "about"} <= listed
    for title, menu in [("menu bar", window.menuBar()), *menus.items()]:
        assert_unique_mnemonics(title, menu.actions())
    every = [s for keys in shortcuts.values() for s in keys]
    assert len(every) == len(set(every)), "no key does two things"
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def assert_unique_mnemonics(where: str, actions: Iterable[object]) -> None:
    letters = []
    for action in actions:
        text = action.text()  # type: ignore[attr-defined]
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            letters.append(match.group(1).lower())
    assert len(letters) == len(set(letters)), f"{where}: two entries share a mnemonic: {letters}"


def test_help_menu_entries_work(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("desktop_app.ui.about_dialog.QDesktopServices.openUrl", lambda url: opened.append(url.path()))
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()

    async def scenario() -> None:
        window.actions_by_name["logs"].trigger()
        assert opened == [str(controller.paths.logs)]
        about = window.open_about()
        text = await about.load()
        assert "Keychain" in text
        assert "PySide6" in about.version_labels and "openai" in about.version_labels
        for key in ("config", "data", "cache", "logs"):
            assert about.folder_labels[key].full_text() == str(getattr(controller.paths, key))
            about.folder_buttons[key].click()
        assert opened[1:] == [
            str(controller.paths.config),
            str(controller.paths.data),
            str(controller.paths.cache),
            str(controller.paths.logs),
        ]
        about.close()

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_tab_reaches_every_control_of_the_first_screen(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qloop.run_until_complete(window.start())
    window.region_combo.setFocus()
    wanted = [w for w in interactive(window) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()]
    seen: set[int] = set()
    for _ in range(3 * len(wanted) + 5):
        focus = QApplication.focusWidget()
        if focus is not None:
            seen.add(id(focus))
        _press(focus or window, Qt.Key.Key_Tab)
    missed = [accessible_name(w) or type(w).__name__ for w in wanted if id(w) not in seen]
    assert not missed, f"Tab never reaches: {missed}"
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


# -- accessible names -----------------------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def interactive(root: QWidget) -> list[QWidget]:
    """Visible controls a person operates (not Qt's inner parts: a combo's line edit, table corners)."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView) or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox) or widget.metaObject().className() == "QTableCornerButton":
            continue
        if isinstance(widget, QAbstractItemView) and isinstance(parent, QWidget) and parent.inherits("QComboBox"):
            continue
        out.append(widget)
    return out


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads: set explicitly, else the text, else the buddy label's."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "") or widget.accessibleName()


def unnamed(roots: Iterable[QWidget]) -> list[str]:
    found = []
    for root in roots:
        for widget in interactive(root):
            name = accessible_name(widget).replace("&", "")
            if not re.search(r"[^\W\d_]", name):  # no letter: empty, or a bare symbol such as ✕
                found.append(f"{type(widget).__name__} in {type(root).__name__}: {name!r}")
    return sorted(set(found))


def test_every_control_has_an_accessible_name(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    missing: set[str] = set()

    def at(_name: str, _widget: QWidget) -> None:
        missing.update(unnamed(top_levels()))

    qloop.run_until_complete(tour(window, sandbox, at))
    for widget in top_levels():
        if widget is not window:
            widget.close()
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))
    assert not missing, "controls without an accessible name:\n" + "\n".join(sorted(missing))


def test_menus_show_their_shortcuts(qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    open_action = window.actions_by_name["open"]
    assert open_action in file_menu.actions()
    assert open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_ctrl_enter_right_after_an_edit_submits_once_and_a_second_press_is_answered(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    """An edit re-checks the requests after a short pause, and the Submit button is off meanwhile: a
    Ctrl+Enter in that moment used to be dropped without a word. It must submit (after the check) —
    exactly once, even when pressed twice; the second press is told a submit is on its way."""
    from desktop_app.ui.editor.models import COL_PROMPT

    controller.settings.set("welcome_seen", True)
    source = tmp_path / "requests.jsonl"
    source.write_bytes((SAMPLES / "test-model-sample.jsonl").read_bytes())
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    page = window.submit_page
    infos: list[str] = []
    shown = window.show_info

    def record(text: str, *args: object, **kwargs: object) -> None:
        infos.append(text)
        shown(text, *args, **kwargs)  # type: ignore[arg-type]

    window.show_info = record  # type: ignore[method-assign]

    async def scenario() -> None:
        await window.start()
        _press(window, Qt.Key.Key_Return, CTRL)  # nothing to submit yet: said, not swallowed
        assert infos == ["There is nothing to submit yet: add a file and create its requests first."]
        await page.load_file(source)
        await wait_for(lambda: page.submit_button.isEnabled(), what="submit enabled")
        model = page.editor.model
        assert model.setData(model.index(0, COL_PROMPT), "What is 3+3?")
        assert not page.submit_button.isEnabled(), "the edit is being re-checked"
        _press(window, Qt.Key.Key_Return, CTRL)
        _press(window, Qt.Key.Key_Return, CTRL)  # an impatient second press
        await wait_for(lambda: window.jobs_page.model.rowCount() == 1, what="the job is submitted")
        await asyncio.sleep(0.5)

    qloop.run_until_complete(scenario())
    jobs = controller.ledger.jobs()
    assert len(jobs) == 1 and jobs[0].batch_id, "one press, one job: never dropped, never doubled"
    assert "The batch is already being submitted." in infos
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))
