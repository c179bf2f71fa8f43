"""Table models of the editor: the requests (over a RequestDocument), their problems, and a table's first rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.core.request_doc import RequestDocument
from desktop_app.core.tables.model import Row
from desktop_app.core.validate import Problem, Severity
from desktop_app.ui.messages import problem_text, settings_text

COL_SHEET_ROW, COL_ID, COL_PROMPT, COL_SYSTEM, COL_MODEL, COL_SETTINGS = range(6)
FIELD_OF_COLUMN = {COL_ID: "custom_id", COL_PROMPT: "prompt", COL_SYSTEM: "system", COL_MODEL: "model"}
# which cell a problem is about (the rest of its row is tinted lightly)
_CODE_COLUMN = {
    "custom_id_type": COL_ID,
    "duplicate_custom_id": COL_ID,
    "blank_id": COL_ID,
    "duplicate_id": COL_ID,
    "missing_field": COL_ID,
    "model_missing": COL_MODEL,
    "model_region": COL_MODEL,
    "mixed_model": COL_MODEL,
    "url_model": COL_MODEL,
    "empty_prompt": COL_PROMPT,
    "blank_cell": COL_PROMPT,
    "messages": COL_PROMPT,
    "embedding_input": COL_PROMPT,
    "invalid_json": COL_PROMPT,
    "not_object": COL_PROMPT,
    "encoding": COL_PROMPT,
    "line_too_large": COL_PROMPT,
    "image_missing": COL_PROMPT,
    "image_too_large": COL_PROMPT,
    "image_type": COL_PROMPT,
    "temperature": COL_SETTINGS,
    "top_p": COL_SETTINGS,
    "thinking_type": COL_SETTINGS,
    "mixed_thinking": COL_SETTINGS,
}
ERROR_TINT, ERROR_CELL = QColor("#fdecee"), QColor("#f6c4c9")
WARNING_TINT, WARNING_CELL = QColor("#fff7e0"), QColor("#ffe3a3")
DISPLAY_CHARS = 240


def one_line(text: str, limit: int = DISPLAY_CHARS) -> str:
    """Text for a single-line cell: line breaks shown as ⏎, cut at ``limit`` characters."""
    flat = text[: limit + 1].replace("\r\n", "\n").replace("\n", " ⏎ ")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass
class RowMark:
    """The problems of one row."""

    error: bool = False
    messages: list[str] = field(default_factory=list)
    columns: set[int] = field(default_factory=set)


def _icons() -> tuple[QIcon, QIcon]:
    style = QApplication.style()
    return (
        style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
        style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
    )


class RequestsTableModel(QAbstractTableModel):
    """The requests of a :class:`RequestDocument`, one row per line, parsed when shown.

    Signals:
        edited: the document changed (a cell, or rows added, deleted or duplicated).
    """

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = RequestDocument()
        self._marks: dict[int, RowMark] = {}
        self._error_icon, self._warning_icon = _icons()
        self._headers = (
            self.tr("Sheet row"),
            self.tr("ID (custom_id)"),
            self.tr("Prompt"),
            self.tr("System prompt"),
            self.tr("Model"),
            self.tr("Settings"),
        )

    # ----- content ------------------------------------------------------------------------------
    def set_document(self, doc: RequestDocument) -> None:
        """Show another document (the old one is closed)."""
        self.beginResetModel()
        old, self.doc = self.doc, doc
        self._marks = {}
        self.endResetModel()
        if old is not doc:
            old.close()

    def set_problems(self, problems: list[Problem]) -> None:
        """Highlight the rows the problems are about (``line`` = 1-based row)."""
        marks: dict[int, RowMark] = {}
        rows = len(self.doc)
        for problem in problems:
            if problem.line is None or not 1 <= problem.line <= rows:
                continue
            mark = marks.setdefault(problem.line - 1, RowMark())
            mark.error = mark.error or problem.severity is Severity.ERROR
            mark.messages.append(problem_text(problem))
            column = _CODE_COLUMN.get(problem.code)
            if column is not None:
                mark.columns.add(column)
        changed = set(self._marks) | set(marks)
        self._marks = marks
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0),
                self.index(max(changed), self.columnCount() - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def mark(self, row: int) -> RowMark | None:
        """The problems of a row, if any."""
        return self._marks.get(row)

    # ----- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.doc)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in FIELD_OF_COLUMN and self.doc.fields(index.row()).kind == "request":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.doc):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            name = FIELD_OF_COLUMN.get(column)
            return getattr(self.doc.fields(row), name) if name else None
        if role == Qt.ItemDataRole.BackgroundRole:
            mark = self._marks.get(row)
            if mark is None:
                return None
            strong = column in mark.columns or (not mark.columns and column == COL_ID)
            if mark.error:
                return QBrush(ERROR_CELL if strong else ERROR_TINT)
            return QBrush(WARNING_CELL if strong else WARNING_TINT)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ID:
            mark = self._marks.get(row)
            if mark is not None:
                return self._error_icon if mark.error else self._warning_icon
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PROMPT:
            if self.doc.fields(row).kind == "invalid":
                return QBrush(QColor("#8c1d18"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SHEET_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: int, column: int) -> str:
        fields = self.doc.fields(row)
        if column == COL_SHEET_ROW:
            sheet_row = self.doc.sheet_row(row)
            return "" if sheet_row is None else str(sheet_row)
        if fields.kind == "blank":
            return self.tr("(empty line)") if column == COL_PROMPT else ""
        if fields.kind == "invalid":
            return one_line(fields.prompt) if column == COL_PROMPT else ("—" if column == COL_ID else "")
        if column == COL_ID:
            return fields.custom_id
        if column == COL_PROMPT:
            text = one_line(fields.prompt)
            if fields.images:
                text = self.tr("[{count} image(s)] ").format(count=fields.images) + text
            return text
        if column == COL_SYSTEM:
            return one_line(fields.system, 120)
        if column == COL_MODEL:
            return fields.model
        if column == COL_SETTINGS:
            return settings_text(fields.settings)
        return ""

    def _tooltip(self, row: int, column: int) -> str | None:
        lines: list[str] = []
        mark = self._marks.get(row)
        if mark is not None:
            lines.extend(mark.messages[:6])
            if len(mark.messages) > 6:
                lines.append(self.tr("…and {count} more").format(count=len(mark.messages) - 6))
        fields = self.doc.fields(row)
        if column in (COL_PROMPT, COL_SYSTEM) and fields.kind == "request":
            text = fields.prompt if column == COL_PROMPT else fields.system
            if text:
                lines.append(text[:1500] + ("…" if len(text) > 1500 else ""))
        if column == COL_SETTINGS and fields.settings:
            lines.append(settings_text(fields.settings))
        if fields.kind == "invalid" and column == COL_PROMPT:
            lines.append(self.tr("This line is not a JSON request. Fix it in the box on the right, then Apply."))
        elif column in FIELD_OF_COLUMN and fields.kind == "request":
            lines.append(self.tr("Double-click to edit."))
        return "\n\n".join(lines) if lines else None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        name = FIELD_OF_COLUMN.get(index.column())
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or name is None:
            return False
        text = "" if value is None else str(value)
        if name in ("custom_id", "model"):
            text = text.strip()
        version = self.doc.version
        if not self.doc.set_field(index.row(), name, text):
            return False
        if self.doc.version != version:
            self._row_changed(index.row())
        return True

    # ----- structural edits ---------------------------------------------------------------------
    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edited.emit()

    def set_line(self, row: int, line: bytes) -> None:
        """Replace a row's whole line (the JSON box's Apply)."""
        self.doc.set_raw(row, line)
        self._row_changed(row)

    def insert_lines(self, row: int, lines: list[bytes]) -> None:
        """Insert lines before ``row``."""
        if not lines:
            return
        self.beginInsertRows(QModelIndex(), row, row + len(lines) - 1)
        self.doc.insert(row, lines)
        self._shift_marks(row, len(lines))
        self.endInsertRows()
        self.edited.emit()

    def remove_rows(self, rows: list[int]) -> None:
        """Delete rows (any order, duplicates ignored)."""
        for first, count in _ranges(sorted(set(rows), reverse=True)):
            self.beginRemoveRows(QModelIndex(), first, first + count - 1)
            self.doc.remove(first, count)
            self._drop_marks(first, count)
            self.endRemoveRows()
        if rows:
            self.edited.emit()

    def _shift_marks(self, row: int, count: int) -> None:
        self._marks = {(r + count if r >= row else r): m for r, m in self._marks.items()}

    def _drop_marks(self, first: int, count: int) -> None:
        self._marks = {
            (r - count if r >= first + count else r): m
            for r, m in self._marks.items()
            if not first <= r < first + count
        }


def _ranges(descending: list[int]) -> list[tuple[int, int]]:
    """Contiguous ``(first, count)`` ranges of row numbers given in descending order (last range first)."""
    out: list[tuple[int, int]] = []
    for row in descending:
        if out and out[-1][0] - 1 == row:
            out[-1] = (row, out[-1][1] + 1)
        else:
            out.append((row, 1))
    return out


COL_WHERE, COL_MESSAGE = range(2)


class EditorProblemsModel(QAbstractTableModel):
    """The problems of the requests, in row order; file-wide problems first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._error_icon, self._warning_icon = _icons()
        self._headers = (self.tr("Where"), self.tr("What to fix"))

    def set_problems(self, problems: list[Problem]) -> None:
        """Replace the list (a new check finished)."""
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem_at(self, row: int) -> Problem | None:
        """The problem on a row."""
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def codes(self) -> set[str]:
        """Every problem code listed."""
        return {p.code for p in self._problems}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def where(self, problem: Problem) -> str:
        """``Whole file``, ``Line 4`` or ``Line 4 · sheet row 5``."""
        if problem.line is None:
            return self.tr("Whole file")
        sheet_row = problem.params.get("row")
        if isinstance(sheet_row, int) and sheet_row != problem.line:
            return self.tr("Line {line} · sheet row {row}").format(line=problem.line, row=sheet_row)
        return self.tr("Line {line}").format(line=problem.line)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        problem = self.problem_at(index.row()) if index.isValid() else None
        if problem is None:
            return None
        column = index.column()
        is_error = problem.severity is Severity.ERROR
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHERE:
                return self.where(problem)
            if column == COL_MESSAGE:
                return problem_text(problem)
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = self.tr("Error — must be fixed before submitting") if is_error else self.tr("Warning")
            return self.tr("{kind}\n\n{message}\n\n(code: {code})").format(
                kind=kind, message=problem_text(problem), code=problem.code
            )
        if role == Qt.ItemDataRole.DecorationRole and column == COL_WHERE:
            return self._error_icon if is_error else self._warning_icon
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_WHERE:
            return QBrush(QColor("#b3261e" if is_error else "#7a4f00"))
        return None


class TablePreviewModel(QAbstractTableModel):
    """The first rows of a table as read with the current import options (vertical header: sheet row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._rows: list[Row] = []

    def set_rows(self, columns: tuple[str, ...], rows: list[Row]) -> None:
        """Show other rows."""
        self.beginResetModel()
        self._columns = tuple(columns)
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        """The table row shown on a view row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section] if 0 <= section < len(self._columns) else None
        row = self.row_at(section)
        return str(row.number) if row is not None else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        value = row.values[index.column()] if index.column() < len(row.values) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(value, 120)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = value[:1500]
            if row.ragged:
                tip += "\n\n" + self.tr("Row {row} has {cells} cells; the table has {columns} columns.").format(
                    row=row.number, cells=row.width, columns=len(self._columns)
                )
            return tip or None
        if role == Qt.ItemDataRole.BackgroundRole and row.ragged:
            return QBrush(WARNING_TINT)
        return None
