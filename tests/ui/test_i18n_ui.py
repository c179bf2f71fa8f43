"""Every visible string goes through Qt's translation system, and the screens hold up in five languages.

With a pseudo translator installed (every lookup answers ``⟦English⟧``), the main window is walked
through its screens — first start with the welcome panel, the column mapping of a spreadsheet, the
request editor, the jobs page with a finished job, the results window, settings, about — and every
text a person can see or hear (labels, buttons, group titles, tabs, placeholders, tooltips,
accessible names, menus, table headers, window titles) must carry the mark. A text without it was
never passed to ``tr()``; the allow-list below names the few texts that are data, not words.

The strings the code asked Qt to translate during the tour must also be ones ``lupdate`` extracts —
``QCoreApplication.translate(ctx, variable)`` without a ``QT_TRANSLATE_NOOP`` next to the literal
would pass the pseudo test but never reach a catalog.

Screenshots of the main screens in every language go to ``$BATCH_DESK_SHOTS/i18n-<lang>-<screen>.png``.
"""

from __future__ import annotations

import asyncio
import gc
import html
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui import messages
from desktop_app.ui.controller import AppController
from desktop_app.ui.i18n import LANGUAGE_NAMES, LANGUAGES, install_language
from desktop_app.ui.jobs_model import COL_PROGRESS, COL_STATUS
from desktop_app.ui.main_window import TAB_JOBS, TAB_SUBMIT, MainWindow
from tests.test_i18n import CLOSE, OPEN, PseudoTranslator, load_catalog_script, pseudo_translation
from tests.ui.conftest import wait_for

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture(autouse=True)
def collect_in_the_main_thread() -> Iterator[None]:
    """Collect this test's windows here, in the main thread (see tests/ui/test_keyboard.py)."""
    yield
    gc.collect()


# Texts that are data or names, not words to translate.
ALLOWED_EXACT = {
    APP_NAME,
    "Python",
    "PySide6",
    "Qt",
    "qasync",
    "openai",
    "keyring",
    "JSON",
    "JSONL",
    "CSV",
    "API Key",
    *LANGUAGE_NAMES.values(),
}
ALLOWED_PATTERNS = [
    re.compile(p)
    for p in (
        r"^[^A-Za-z]*$",  # no Latin letter: numbers, symbols (✕ ① ›), user data in Chinese or Japanese
        r"^UTF-\d+( [LB]E)?$",  # an encoding's technical name
        r"^[\w.\- ]+\.(jsonl|csv|xlsx|txt|png|log)$",  # a file name
        r"^[a-z0-9][a-z0-9._\-]*$",  # one lower-case token: a model (qwen-plus), a codec (utf-8), an id
        r"^/\S*$",  # a path or an endpoint (/v1/chat/completions)
        r"^https?://\S+$",  # an address
        r"^\d+\s*[hd]$",  # a completion window (24h, 7d)
        r"^(batch|file)[_-]\S+$",  # a batch or file id
        r"^\d+(\.\d+)+( \(\w+\))?$",  # a version: 3.11.7 (CPython)
        r"^[A-Za-z0-9]+([-_.][\w.]+)+$",  # a platform or package token: Linux-6.1-x86_64-with-glibc2.36
    )
]
_MARKED = re.compile(re.escape(OPEN) + r"[^" + OPEN + CLOSE + r"]*" + re.escape(CLOSE))
_TAGS = re.compile(r"<[^>]+>")
_DATA = re.compile(r"https?://\S+|[\w.\-/]+\.(?:jsonl|csv|xlsx|png)\b|/[\w./\-]+|\b[a-z]+[-_][\w\-]+")
_ENGLISH_RUN = re.compile(r"\b[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}\b")


@dataclass(frozen=True)
class Finding:
    """A visible text that did not go through tr()."""

    where: str
    what: str
    text: str

    def __str__(self) -> str:
        return f"{self.where} · {self.what}: {self.text!r}"


def _plain(text: str) -> str:
    return html.unescape(_TAGS.sub(" ", text)).strip()


def untranslated(text: str) -> str | None:
    """Why ``text`` looks untranslated under the pseudo translator, or None."""
    plain = _plain(text)
    if plain.endswith(":") and plain[:-1] in ALLOWED_EXACT:  # "Python:" in the About dialog's versions
        return None
    if not plain or plain in ALLOWED_EXACT or any(p.match(plain) for p in ALLOWED_PATTERNS):
        return None
    if OPEN not in text:
        return "not marked"
    rest = plain
    while True:  # drop marked spans, innermost first
        shorter = _MARKED.sub(" ", rest)
        if shorter == rest:
            break
        rest = shorter
    rest = _DATA.sub(" ", rest)
    if _ENGLISH_RUN.search(rest):
        return "English words outside the marked text"
    return None


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or '?'})"


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """Every (kind, text) a person can see or hear on one widget."""
    yield from (
        ("tooltip", widget.toolTip()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
        ("what's this", widget.whatsThis()),
        ("status tip", widget.statusTip()),
    )
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTextBrowser):
        yield "text", widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            yield "column header", str(header or "")
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            yield "column header tooltip", str(tip or "")
    if isinstance(widget, QMainWindow):
        yield "status bar", widget.statusBar().currentMessage()
        for action in widget.menuBar().actions():
            yield from _menu_texts(action.menu(), action.text())


def _menu_texts(menu: Any, title: str) -> Iterator[tuple[str, str]]:
    yield "menu", title
    if isinstance(menu, QMenu):
        for action in menu.actions():
            if action.isSeparator():
                continue
            yield "menu item", action.text()
            yield "menu item tip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
            yield "menu item status tip", action.statusTip()
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), action.text())


def walk(roots: Iterable[QWidget]) -> list[Finding]:
    """Untranslated texts of every widget under ``roots`` (hidden ones too: they show up later)."""
    found: set[Finding] = set()
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            for kind, text in texts_of(widget):
                why = untranslated(text or "")
                if why:
                    found.add(Finding(_name(widget), f"{kind} ({why})", text))
    return sorted(found, key=str)


def app_contexts(asked: Iterable[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The lookups of our code (Qt's own classes ask too: QPlatformTheme, QLineEdit, …)."""
    return {key for key in asked if not re.match(r"^Q[A-Z]", key[0])}


# -- the tour -------------------------------------------------------------------------------------


def top_levels() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


async def tour(window: MainWindow, sandbox: SandboxServer, at: Callable[[str, QWidget], None]) -> None:
    """Walk the main screens; ``at(name, widget)`` is called on each (to photograph or inspect it)."""

    async def settle() -> None:
        # Let queued events and layouts run on the loop itself (no nested processEvents in a coroutine).
        for _ in range(3):
            await asyncio.sleep(0.02)

    await window.start()
    await settle()
    at("1-start", window)
    await window.submit_page.load_file(SAMPLES / "translation-sample.csv")
    await settle()
    at("2-columns", window)
    await window.submit_page.build_requests()
    await settle()
    at("3-editor", window)

    await window.submit_page.load_file(SAMPLES / "test-model-sample.jsonl")
    await settle()
    job = await window.submit_page.submit()
    assert job is not None
    sandbox.clock.advance(3600)
    await window.jobs_page.refresh_now()
    await wait_for(lambda: (window.jobs_page.selected_job() or job).has_local_results, what="answers downloaded")
    window.tabs.setCurrentIndex(TAB_JOBS)
    await settle()
    at("4-jobs", window)
    selected = window.jobs_page.selected_job()
    assert selected is not None
    results = await window.jobs_page.open_results(selected)
    await settle()
    at("5-results", results)
    window.tabs.setCurrentIndex(TAB_SUBMIT)

    settings = window.open_settings()
    await settings.load()
    await settle()
    at("6-settings", settings)
    if hasattr(window, "open_about"):
        about = window.open_about()
        await about.load()
        await settle()
        at("7-about", about)

    # The confirmation of a billed submit (intl prices are known: the full wording shows).
    from desktop_app.core.estimate import check_submit, estimate_file
    from desktop_app.core.regions import INTL
    from desktop_app.ui.confirm_dialog import ConfirmSubmitDialog

    billed = Path(window.controller.paths.data) / "billed.jsonl"
    body = {"model": "qwen-plus", "messages": [{"role": "user", "content": "你好"}], "max_tokens": 100}
    billed.write_text(json.dumps({"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": body}))
    check = check_submit(await asyncio.to_thread(estimate_file, billed, INTL), INTL, None)
    confirm = ConfirmSubmitDialog(check, window)
    confirm.open()
    await settle()
    # Whose key pays is said in the window's language (it was English in every language).
    from desktop_app.ui.messages import region_name

    assert confirm.text.text().count(html.escape(region_name(INTL))) == 2, confirm.text.text()
    at("8-confirm", confirm)
    confirm.reject()


def shooter(language: str) -> Callable[[str, QWidget], None]:
    """Save each screen as ``i18n-<language>-<screen>.png`` when ``BATCH_DESK_SHOTS`` names a folder."""
    folder = os.environ.get("BATCH_DESK_SHOTS")

    def at(name: str, widget: QWidget) -> None:
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(Path(folder) / f"i18n-{language}-{name}.png"))

    return at


def close_all(window: MainWindow, qloop: asyncio.AbstractEventLoop) -> None:
    for widget in top_levels():
        if widget is not window:
            widget.close()
    window.close()
    qloop.run_until_complete(_until_shut_down(window))


async def _until_shut_down(window: MainWindow) -> None:
    """Wait until the window's own shutdown (tasks cancelled, clients closed) has finished."""
    for _ in range(500):
        if window._shutdown_done:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the window did not shut down")


def test_every_visible_string_is_translatable(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, pseudo: PseudoTranslator
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    findings: set[Finding] = set()

    def at(_name: str, _widget: QWidget) -> None:
        findings.update(walk(top_levels()))

    qloop.run_until_complete(tour(window, sandbox, at))
    close_all(window, qloop)
    assert not findings, "visible texts that do not go through tr():\n" + "\n".join(map(str, sorted(findings, key=str)))


def test_every_string_asked_for_is_in_the_catalogs(
    qtbot,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    pseudo: PseudoTranslator,
    extracted: set[tuple[str, str, str]],
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qloop.run_until_complete(tour(window, sandbox, lambda _name, _widget: None))
    close_all(window, qloop)
    asked = app_contexts(pseudo.asked)
    assert len(asked) > 100
    unknown = sorted(asked - extracted)
    assert not unknown, (
        "translated at run time but invisible to lupdate (wrap the literal in QT_TRANSLATE_NOOP with a literal "
        "context):\n" + "\n".join(f"[{c}] {s!r}" for c, s, _ in unknown)
    )


@pytest.fixture
def extracted() -> set[tuple[str, str, str]]:
    return load_catalog_script().extracted()


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[PseudoTranslator]:
    with pseudo_translation() as translator:
        yield translator


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_screens_in_each_language(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, language: str
) -> None:
    """Build the screens in each language: nothing is cut off, and pictures are saved to look at."""
    before = QLocale()
    install_language(language, QLocale("en_US"))
    messages.clear_cache()
    try:
        window = MainWindow(controller)
        qtbot.addWidget(window)
        window.show()
        clipped: list[str] = []
        shoot = shooter(language)

        def at(name: str, widget: QWidget) -> None:
            shoot(name, widget)
            clipped.extend(f"{name}: {text}" for text in clipped_texts([widget]))
            if widget is window:
                clipped.extend(f"{name}: {text}" for text in window_problems(window))

        qloop.run_until_complete(tour(window, sandbox, at))
        close_all(window, qloop)
        assert not clipped, f"{language}: texts cut off:\n" + "\n".join(clipped)
    finally:
        install_language("en")
        QLocale.setDefault(before)
        messages.clear_cache()


def clipped_texts(roots: Iterable[QWidget]) -> list[str]:
    """Buttons and one-line labels narrower than their text (a longer language broke the layout)."""
    out = []
    for root in roots:
        for widget in root.findChildren(QWidget):
            if not widget.isVisible() or widget.width() <= 0:
                continue
            one_line_label = isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull()
            if not (isinstance(widget, QAbstractButton) or one_line_label):
                continue
            text = widget.text()  # type: ignore[attr-defined]
            need = widget.minimumSizeHint().width()
            if text and widget.width() + 2 < need:
                out.append(f"{_name(widget)} {widget.width()} < {need}: {_plain(text)[:60]!r}")
    return out


DEFAULT_WIDTH = 1100
HEADROOM = 0.9  # a system font a size larger than the test's must still fit the default window


def window_problems(window: MainWindow) -> list[str]:
    """Layout faults a person would see at the default size: a window that must be wider than its
    default (with room for a larger system font), a jobs-table cell or header narrower than its text,
    a scroll area that cuts its form off on the right."""
    out = []
    need = window.minimumSizeHint().width()
    if need > DEFAULT_WIDTH * HEADROOM:
        out.append(f"the window needs {need} px (default {DEFAULT_WIDTH}, at most {int(DEFAULT_WIDTH * HEADROOM)})")
    view = window.jobs_page.view
    model = view.model()
    header = view.horizontalHeader()
    cell = view.fontMetrics()
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        width = header.sectionSize(column)
        label = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if header.fontMetrics().horizontalAdvance(label) + 12 > width:
            out.append(f"jobs header {label!r} cut off ({width} px)")
        if column == COL_PROGRESS:
            continue
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            icon = 22 if column == COL_STATUS else 0
            if text and cell.horizontalAdvance(text) + icon + 8 > width:
                out.append(f"jobs cell {text!r} under {label!r} cut off ({width} px)")
    return out


def test_the_mapping_form_is_never_cut_off_by_the_splitter(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController
) -> None:
    """Dragging the divider towards the form (or a larger font) shrinks the reading side, never the form:
    every field of the mapping form keeps the width its text needs ("Insert c…" was cut off)."""
    from PySide6.QtWidgets import QScrollArea, QSplitter

    for language in LANGUAGES:
        install_language(language, QLocale("en_US"))
        messages.clear_cache()
        try:
            window = MainWindow(controller)
            qtbot.addWidget(window)
            window.resize(DEFAULT_WIDTH, 760)
            window.show()
            qloop.run_until_complete(window.submit_page.load_file(SAMPLES / "translation-sample.csv"))
            setup = window.submit_page.setup_page
            splitter = setup.findChild(QSplitter)
            splitter.setSizes([10_000, 1])  # the user drags the divider all the way right
            qloop.run_until_complete(asyncio.sleep(0.05))
            form = setup.insert_button.parentWidget()
            scroll = next(a for a in setup.findChildren(QScrollArea) if a.widget() is form)
            assert scroll.viewport().width() >= form.minimumSizeHint().width(), language
            for widget in (setup.insert_button, setup.max_tokens_spin, setup.model_combo, setup.kind_combo):
                visible = widget.visibleRegion().boundingRect().width()
                assert visible >= widget.minimumSizeHint().width(), (language, widget.accessibleName(), visible)
            window.close()
            qloop.run_until_complete(asyncio.sleep(0.05))
        finally:
            install_language("en")
            messages.clear_cache()


def test_the_language_is_chosen_in_settings_and_used_from_the_next_start(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController
) -> None:
    from desktop_app.ui.i18n import pick_language

    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_settings()
    combo = dialog.language_combo
    assert combo.itemData(0) == "" and "system" in combo.itemText(0), "first: follow the system"
    assert [combo.itemData(i) for i in range(1, combo.count())] == list(LANGUAGES)
    combo.setCurrentIndex(combo.findData("ja"))
    assert controller.settings.get("language") == "ja"
    assert "Restart" in dialog.language_note.text()
    assert pick_language(controller.settings.get("language"), QLocale("en_US")) == "ja"
    combo.setCurrentIndex(0)
    assert controller.settings.get("language") == ""
    dialog.close()
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))
