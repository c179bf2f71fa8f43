"""Table model of a validation report's problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from desktop_app.core.validate import Problem, Severity
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.messages import problem_text, severity_text

COL_LINE, COL_SEVERITY, COL_MESSAGE = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("ProblemsModel", "Line"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Severity"),
    QT_TRANSLATE_NOOP("ProblemsModel", "What to fix"),
)


class ProblemsModel(QAbstractTableModel):
    """Problems in file order; file-level problems (no line) first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        """Replace the whole list (a new file was validated)."""
        self.beginResetModel()
        self._problems = sorted(problems, key=lambda p: (p.line is not None, p.line or 0))
        self.endResetModel()

    def problem_at(self, row: int) -> Problem | None:
        """The problem on a row."""
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProblemsModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        problem = self.problem_at(index.row()) if index.isValid() else None
        if problem is None:
            return None
        is_error = problem.severity == Severity.ERROR
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_LINE:
                return self.tr("whole file") if problem.line is None else str(problem.line)
            if column == COL_SEVERITY:
                return severity_text(problem.severity)
            if column == COL_MESSAGE:
                return problem_text(problem)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_MESSAGE:
            return self.tr("{message}\n\n(code: {code})").format(message=problem_text(problem), code=problem.code)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_SEVERITY:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical if is_error else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_SEVERITY:
            return QBrush(QColor("#b3261e" if is_error else "#a05a00"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
