"""Step 3: the requests table (edit, add, delete, duplicate, find), its problems, and the JSON of one request."""

from __future__ import annotations

import asyncio
import bisect
import json
import threading
from typing import Any

import orjson
from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import wording
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.request_doc import DocCancelled, DocCheck, RequestDocument
from desktop_app.ui.editor.actions import EditorActions
from desktop_app.ui.editor.models import (
    COL_ID,
    COL_MESSAGE,
    COL_MODEL,
    COL_PROMPT,
    COL_SETTINGS,
    COL_SHEET_ROW,
    COL_SYSTEM,
    COL_WHERE,
    EditorProblemsModel,
    RequestsTableModel,
)
from desktop_app.ui.editor.setup_page import mono_font
from desktop_app.ui.host import PageHost

JSON_BOX_MAX_BYTES = 200_000
ROW_HEIGHT = 26
WRAP_PROBLEMS_UP_TO = 150


class MultilineDelegate(QStyledItemDelegate):
    """Edits prompts in a multi-line box (line breaks survive); other cells in a line edit."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        if index.column() in (COL_PROMPT, COL_SYSTEM):
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(self.tr("Edit the text; click outside the cell to keep it, Esc to cancel"))
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QPlainTextEdit):
            rect = option.rect
            rect.setHeight(max(rect.height(), 140))
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)


class RoomyDelegate(QStyledItemDelegate):
    """Wrapped text with a little spare height: a line holding CJK text is taller than Qt's estimate."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


class ProblemsView(QTableView):
    """The problems list; its wrapped rows are measured again whenever its width changes."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.resized.emit()


class RequestsEditor(QWidget):
    """The requests table with find, row actions, the problems panel and a JSON box for one request.

    Signals:
        checked(object): a DocCheck for the current version of the document.
        changed: the document was edited (or replaced).
    """

    checked = Signal(object)
    changed = Signal()

    def __init__(self, host: PageHost, ops: EditorActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ops = ops
        self.check: DocCheck | None = None
        self._check_doc: RequestDocument | None = None
        self._check_region = ""
        self._cancel: threading.Event | None = None
        self._find_key: tuple[str, int, int] | None = None
        self._matches: list[int] = []
        self._json_row: int | None = None
        self._json_text = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_toolbar())

        self.model = RequestsTableModel(self)
        self.model.edited.connect(self._on_edited)
        self.model.dataChanged.connect(self._on_data_changed)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Requests"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(MultilineDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PROMPT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_SHEET_ROW, 80),
            (COL_ID, 150),
            (COL_SYSTEM, 160),
            (COL_MODEL, 120),
            (COL_SETTINGS, 150),
        ):
            header.resizeSection(column, width)
        self.view.setColumnHidden(COL_SHEET_ROW, True)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        QShortcut(
            QKeySequence.StandardKey.Delete, self.view, self.delete_rows, context=Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(QKeySequence("Ctrl+D"), self.view, self.duplicate_rows, context=Qt.ShortcutContext.WidgetShortcut)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self._build_lower(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        # Let go of the source file between reads (Windows would not let other programs rename or
        # delete it while it is open) and notice when another program changed it underneath.
        self.release_timer = QTimer(self)
        self.release_timer.setObjectName("requestsFileReleaseTimer")
        self.release_timer.setInterval(3000)
        self.release_timer.timeout.connect(self._release_file)
        self.release_timer.start()
        self._changed_warned = False

        self.check_timer = QTimer(self)
        self.check_timer.setObjectName("requestsCheckTimer")
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(300)
        self.check_timer.timeout.connect(self._on_check_timer)

    # ----- widgets ------------------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("＋ Add row"), self)
        self.add_button.setAccessibleName(self.tr("Add a request"))
        self.add_button.setToolTip(self.tr("A new, empty request below the selected row"))
        self.add_button.clicked.connect(self.add_row)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.setAccessibleName(self.tr("Duplicate the selected requests"))
        self.duplicate_button.setToolTip(self.tr("Copies of the selected rows with new IDs (Ctrl+D)"))
        self.duplicate_button.clicked.connect(self.duplicate_rows)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected requests"))
        self.delete_button.setToolTip(self.tr("Delete the selected rows (Delete key)"))
        self.delete_button.clicked.connect(self.delete_rows)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find… (Ctrl+F)"))
        self.find_edit.setAccessibleName(self.tr("Find text"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(200)
        self.find_edit.setToolTip(self.tr("Searches IDs, prompts, system prompts and models"))
        self.find_edit.returnPressed.connect(lambda: self.request_find(False))
        self.find_prev = QToolButton(self)
        self.find_prev.setText("▲")
        self.find_prev.setAccessibleName(self.tr("Find previous"))
        self.find_prev.setToolTip(self.tr("Previous match"))
        self.find_prev.clicked.connect(lambda: self.request_find(True))
        self.find_next = QToolButton(self)
        self.find_next.setText("▼")
        self.find_next.setAccessibleName(self.tr("Find next"))
        self.find_next.setToolTip(self.tr("Next match (Enter)"))
        self.find_next.clicked.connect(lambda: self.request_find(False))
        self.find_label = QLabel("", self)
        self.find_label.setAccessibleName(self.tr("Find result"))
        self.find_label.setMinimumWidth(90)
        for widget in (self.add_button, self.duplicate_button, self.delete_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.find_edit)
        bar.addWidget(self.find_prev)
        bar.addWidget(self.find_next)
        bar.addWidget(self.find_label)
        return bar

    def _build_lower(self, parent: QWidget) -> QWidget:
        lower = QSplitter(Qt.Orientation.Horizontal, parent)
        lower.setChildrenCollapsible(False)
        problems_box = QWidget(lower)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 4, 0, 0)
        self.problems_label = QLabel(self.tr("Checking…"), problems_box)
        self.problems_label.setAccessibleName(self.tr("Problems summary"))
        self.problems_label.setWordWrap(True)
        self.problems_model = EditorProblemsModel(self)
        self.problems_view = ProblemsView(problems_box)
        self.problems_view.resized.connect(lambda: QTimer.singleShot(0, self._fit_problem_rows))
        self.problems_view.setAccessibleName(self.tr("Problems found in the requests"))
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.verticalHeader().hide()
        self.problems_view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.problems_view.setWordWrap(True)
        self.problems_view.setItemDelegate(RoomyDelegate(self.problems_view))
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_WHERE, 170)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_problem_rows())
        self.problems_view.clicked.connect(self._on_problem_clicked)
        self.problems_view.activated.connect(self._on_problem_clicked)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problems_view, 1)
        problems_layout.addStretch(0)  # keeps the label at the top while the list is hidden

        json_box = QWidget(lower)
        json_layout = QVBoxLayout(json_box)
        json_layout.setContentsMargins(0, 4, 0, 0)
        self.json_label = QLabel(self.tr("Select a request to see all of it here."), json_box)
        self.json_label.setWordWrap(True)
        self.json_edit = QPlainTextEdit(json_box)
        self.json_edit.setFont(mono_font())
        self.json_edit.setAccessibleName(self.tr("The selected request as JSON"))
        self.json_edit.setReadOnly(True)
        self.json_edit.textChanged.connect(self._on_json_text_changed)
        buttons = QHBoxLayout()
        self.json_error = QLabel("", json_box)
        self.json_error.setWordWrap(True)
        self.json_error.setStyleSheet("color: #b3261e;")
        self.apply_button = QPushButton(self.tr("Apply"), json_box)
        self.apply_button.setAccessibleName(self.tr("Apply the JSON changes to the request"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_json)
        self.revert_button = QPushButton(self.tr("Undo changes"), json_box)
        self.revert_button.setAccessibleName(self.tr("Undo the JSON changes"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(lambda: self._show_json(self._json_row))
        buttons.addWidget(self.json_error, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        json_layout.addWidget(self.json_label)
        json_layout.addWidget(self.json_edit, 1)
        json_layout.addLayout(buttons)
        lower.addWidget(problems_box)
        lower.addWidget(json_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        return lower

    # ----- the document -------------------------------------------------------------------------
    @property
    def doc(self) -> RequestDocument:
        """The document shown."""
        return self.model.doc

    def set_document(self, doc: RequestDocument) -> None:
        """Show another document; a check starts right away."""
        if self._cancel is not None:
            self._cancel.set()
        self.check = None
        self._find_key = None
        self._changed_warned = False
        self.model.set_document(doc)
        self.view.setColumnHidden(COL_SHEET_ROW, doc.sheet_rows is None)
        self.problems_model.set_problems([])
        self.problems_label.setText(self.tr("Checking every request…"))
        self._json_row = None
        if len(doc):
            self.view.selectRow(0)
        else:
            self._show_json(None)
        self.changed.emit()

    def _release_file(self) -> None:
        doc = self.doc
        doc.release()
        index = doc.index
        if index is None or self._changed_warned:
            return
        if not index.unchanged():
            self._changed_warned = True
            self.host.show_error(
                self.tr(
                    "{name} was changed or removed by another program while it is open here. The table may "
                    "show wrong rows: open the file again (your edits here are kept if you save them first)."
                ).format(name=index.path.name)
            )

    def document_saved(self) -> None:
        """The document was rebased on the file it was saved to: same rows, fresh reads."""
        if len(self.doc):
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(self.doc) - 1, 5))
        self.changed.emit()
        self.schedule_check(0)

    @property
    def current_check(self) -> DocCheck | None:
        """The last check, when it is about the document as it is now and the region chosen now."""
        check = self.check
        if (
            check is None
            or self._check_doc is not self.doc
            or check.version != self.doc.version
            or self._check_region != self.host.region_id
        ):
            return None
        return check

    def schedule_check(self, delay_ms: int | None = None) -> None:
        """Check again after a short pause (``check_timer``'s interval): edits in a row are checked once."""
        self.check_timer.start(self.check_timer.interval() if delay_ms is None else delay_ms)

    def _on_check_timer(self) -> None:
        self.host.tasks.spawn(self.check_now(), self.tr("check the requests"))

    async def check_now(self) -> DocCheck | None:
        """Validate the document as it is now (worker thread); None when it changed meanwhile."""
        self.check_timer.stop()
        doc = self.doc
        region_id = self.host.region_id
        snapshot = doc.snapshot()
        if self._cancel is not None:
            self._cancel.set()
        cancel = threading.Event()
        self._cancel = cancel
        self.problems_label.setText(self.tr("Checking every request…"))
        try:
            result = await self.ops.check(snapshot, region_id, cancel)
        except DocCancelled:
            return None
        finally:
            if self._cancel is cancel:
                self._cancel = None
        if doc is not self.doc or result.version != doc.version or region_id != self.host.region_id:
            return None
        self._apply_check(result, region_id)
        return result

    async def ensure_checked(self) -> DocCheck:
        """The check of the document as it is now (runs one when needed)."""
        for _ in range(5):
            current = self.current_check
            if current is not None:
                return current
            result = await self.check_now()
            if result is not None:
                return result
            await asyncio.sleep(0.05)
        raise BatchDeskError(wording.REQUESTS_KEPT_CHANGING)

    def _apply_check(self, check: DocCheck, region_id: str) -> None:
        self.check = check
        self._check_doc = self.doc
        self._check_region = region_id
        self.problems_model.set_problems(check.problems)
        self.model.set_problems(check.problems)
        self.problems_view.setVisible(bool(check.problems))
        self._fit_problem_rows()
        QTimer.singleShot(0, self._fit_problem_rows)  # again once the layout has settled
        errors, warnings = check.errors, check.warnings
        if not check.problems:
            text = self.tr("<span style='color:#1b7f3b'>✓ No problems found.</span>")
        else:
            text = self.tr(
                "Problems: <b>{errors}</b> error(s), <b>{warnings}</b> warning(s) — click one to go to its line."
            ).format(errors=f"{errors:,}", warnings=f"{warnings:,}")
            if check.report.problems_truncated:
                text += " " + self.tr("Only the first {shown} are listed.").format(shown=f"{len(check.problems):,}")
        self.problems_label.setText(text)
        self.checked.emit(check)

    def _fit_problem_rows(self) -> None:
        """Wrap the messages (row heights follow the text) while the list is short enough to measure."""
        if 0 < self.problems_model.rowCount() <= WRAP_PROBLEMS_UP_TO:
            self.problems_view.resizeRowsToContents()

    # ----- edits --------------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self._find_key = None
        self.changed.emit()
        self.schedule_check()

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = None) -> None:
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return  # only the highlighting changed
        row = self._json_row
        if row is not None and top_left.row() <= row <= bottom_right.row() and not self.apply_button.isEnabled():
            self._show_json(row)

    def selected_rows(self) -> list[int]:
        """The selected rows, in order."""
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    def current_row(self) -> int | None:
        """The row with the keyboard focus, if any."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def add_row(self) -> int:
        """Add an empty request below the current row and start editing its prompt."""
        current = self.current_row()
        row = len(self.doc) if current is None else current + 1
        self.model.insert_lines(row, [self.doc.new_request(current)])
        self.jump_to_row(row, COL_PROMPT)
        self.view.edit(self.model.index(row, COL_PROMPT))
        return row

    def duplicate_rows(self) -> list[int]:
        """Copy the selected rows (new IDs) right after the last of them; the copies get selected."""
        rows = self.selected_rows()
        if not rows:
            return []
        lines = self.doc.duplicate_lines(rows)
        at = rows[-1] + 1
        self.model.insert_lines(at, lines)
        new_rows = list(range(at, at + len(lines)))
        self._select_rows(new_rows)
        return new_rows

    def delete_rows(self) -> int:
        """Delete the selected rows; returns how many."""
        rows = self.selected_rows()
        if not rows:
            return 0
        self.model.remove_rows(rows)
        if len(self.doc):
            self.jump_to_row(min(rows[0], len(self.doc) - 1))
        else:
            self._show_json(None)
        return len(rows)

    def _select_rows(self, rows: list[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, COL_ID), flags)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], COL_ID), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(self.model.index(rows[0], COL_ID))
            self._show_json(rows[0])

    def jump_to_row(self, row: int, column: int = COL_ID) -> None:
        """Select a row and scroll it into the middle of the table."""
        if not 0 <= row < len(self.doc):
            return
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_problem_clicked(self, index: QModelIndex) -> None:
        problem = self.problems_model.problem_at(index.row())
        if problem is None or problem.line is None:
            return
        column = COL_ID
        mark = self.model.mark(problem.line - 1)
        if mark is not None and mark.columns:
            column = min(mark.columns)
        self.jump_to_row(problem.line - 1, column)
        self.view.setFocus()

    # ----- find ---------------------------------------------------------------------------------
    def focus_find(self) -> None:
        """Put the cursor in the find box (Ctrl+F)."""
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def request_find(self, backwards: bool) -> None:
        """Find the next (or previous) row containing the find box's text."""
        if self.find_edit.text().strip():
            self.host.tasks.spawn(
                self.find_text(self.find_edit.text(), backwards=backwards), self.tr("search the requests")
            )

    async def find_text(self, query: str, *, backwards: bool = False) -> int | None:
        """Go to the next row (after the current one, wrapping) matching ``query``; None when none does."""
        doc = self.doc
        key = (query.casefold().strip(), id(doc), doc.version)
        if key != self._find_key:
            self.find_label.setText(self.tr("Searching…"))
            matches = await asyncio.to_thread(doc.snapshot().find, query)
            if doc is not self.doc:
                return None
            self._find_key, self._matches = key, matches
        matches = self._matches
        if not matches:
            self.find_label.setText(self.tr("No match"))
            return None
        current = self.current_row()
        if current is None:
            position = len(matches) - 1 if backwards else 0
        elif backwards:
            position = bisect.bisect_left(matches, current) - 1
        else:
            position = bisect.bisect_right(matches, current)
        position %= len(matches)
        row = matches[position]
        self.jump_to_row(row, COL_PROMPT)
        self.find_label.setText(self.tr("{n} of {total}").format(n=position + 1, total=len(matches)))
        return row

    # ----- JSON box -----------------------------------------------------------------------------
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_json(current.row() if current.isValid() else None)

    def _show_json(self, row: int | None) -> None:
        self.json_error.setText("")
        if row is None or not 0 <= row < len(self.doc):
            self._json_row = None
            self.json_label.setText(self.tr("Select a request to see all of it here."))
            self._set_json_text("", read_only=True)
            return
        self._json_row = row
        raw = self.doc.raw(row)
        if len(raw) > JSON_BOX_MAX_BYTES:
            self.json_label.setText(
                self.tr("Line {line} is {size} KB — too large to show and edit here.").format(
                    line=row + 1, size=f"{len(raw) // 1024:,}"
                )
            )
            self._set_json_text("", read_only=True)
            return
        obj = self.doc.request(row)
        if obj is not None:
            text = json.dumps(obj, ensure_ascii=False, indent=2)
            self.json_label.setText(
                self.tr("Line {line} — edit any field here, then press Apply:").format(line=row + 1)
            )
        else:
            text = raw.decode("utf-8", "replace")
            self.json_label.setText(
                self.tr("Line {line} is not a JSON request. Fix it here, then press Apply:").format(line=row + 1)
            )
        self._set_json_text(text, read_only=False)

    def _set_json_text(self, text: str, *, read_only: bool) -> None:
        self._json_text = text
        self.json_edit.blockSignals(True)
        self.json_edit.setPlainText(text)
        self.json_edit.blockSignals(False)
        self.json_edit.setReadOnly(read_only)
        self.apply_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    def _on_json_text_changed(self) -> None:
        changed = self.json_edit.toPlainText() != self._json_text
        self.apply_button.setEnabled(changed and self._json_row is not None)
        self.revert_button.setEnabled(changed)

    def apply_json(self) -> bool:
        """Replace the selected row with the JSON box's text (refused when it is not valid JSON)."""
        row = self._json_row
        if row is None:
            return False
        text = self.json_edit.toPlainText()
        if not text.strip():
            line = b""
        else:
            try:
                obj = orjson.loads(text.encode("utf-8", "surrogatepass"))
            except (orjson.JSONDecodeError, UnicodeEncodeError) as exc:
                self.json_error.setText(
                    self.tr("Not valid JSON yet ({detail}); the request was not changed.").format(detail=str(exc)[:120])
                )
                return False
            line = orjson.dumps(obj)
        self.apply_button.setEnabled(False)
        self.model.set_line(row, line)
        self._show_json(row)
        return True
