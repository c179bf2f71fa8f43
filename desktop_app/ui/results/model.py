"""The results table: a model over a :class:`~desktop_app.core.answers.view.ResultsView` that fetches rows
in blocks (in a worker thread when the window gives it a loader), so 50,000 rows open in a blink.

Filtering by status is a row *order* (the view's indices to show, computed in a worker thread) rather
than a ``QSortFilterProxyModel``: a Python ``filterAcceptsRow`` over 50,000 rows costs ~35 ms to set up
and ~200 ms per filter change on the UI thread (measured), while setting an order is one reset.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.core.answers.rows import ResultRow, RowStatus
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.outputs import NEEDS_ANOTHER_TRY, display_value, parse_answer
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP

BLOCK_ROWS = 200  # rows fetched at once
MAX_BLOCKS = 60  # blocks kept (12,000 rows); older ones are fetched again when scrolled back to
CELL_CHARS = 400  # characters of a long text shown in a cell (the row detail shows everything)
TOOLTIP_CHARS = 1500

RowRole = Qt.ItemDataRole.UserRole + 1  # the ResultRow (None while its block is loading)
IndexRole = Qt.ItemDataRole.UserRole + 2  # the row's index in the view (input order)
StatusRole = Qt.ItemDataRole.UserRole + 3  # RowStatus

_CONTEXT = "ResultsTableModel"
LOADING = "…"

STATUS_TEXT = {
    RowStatus.SUCCEEDED: QT_TRANSLATE_NOOP("ResultsTableModel", "Succeeded"),
    RowStatus.FAILED: QT_TRANSLATE_NOOP("ResultsTableModel", "Failed"),
    RowStatus.MISSING: QT_TRANSLATE_NOOP("ResultsTableModel", "Missing"),
}
STATUS_COLOUR = {RowStatus.SUCCEEDED: "#1b7f3b", RowStatus.FAILED: "#b3261e", RowStatus.MISSING: "#8a4b00"}
_STATUS_ICON = {
    RowStatus.SUCCEEDED: QStyle.StandardPixmap.SP_DialogApplyButton,
    RowStatus.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    RowStatus.MISSING: QStyle.StandardPixmap.SP_MessageBoxQuestion,
}
# Columns that only appear once a loaded row has a value in them.
OPTIONAL_COLUMNS = frozenset({"reasoning_content", "embedding_dim", "answered_by"})

BlockLoader = Callable[[int, int, list[int]], None]
"""``loader(generation, block, indices)``: fetch the rows at those view indices, then call
:meth:`ResultsTableModel.block_loaded` with the same generation and block."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(status: RowStatus) -> str:
    """Plain words for a row status."""
    return _tr(STATUS_TEXT[status])


@dataclass(frozen=True)
class Column:
    """One column: ``key`` is a ResultRow field, ``"row"``, ``"tokens"`` or ``"source:<n>"``."""

    key: str
    header: str


def columns_for(view: ResultsView) -> list[Column]:
    """The columns of a view: the original spreadsheet columns when the job came from one, else the
    prompt; then the answer and everything known about it."""
    # The sheet's own ID column *is* the request ID: shown once, under the sheet's name for it (the
    # window showed both "ID" and the sheet's "id", side by side, with the same values).
    id_column = getattr(view, "id_column", None)
    own_id = id_column if id_column in view.source_columns else None
    columns = [
        Column("row", QCoreApplication.translate("ResultsTableModel", "#")),
        Column("custom_id", own_id or QCoreApplication.translate("ResultsTableModel", "ID")),
    ]
    if view.source_columns:
        columns += [Column(f"source:{n}", header) for n, header in enumerate(view.source_columns) if header != own_id]
    else:
        columns.append(Column("prompt", QCoreApplication.translate("ResultsTableModel", "Prompt")))
    columns.append(Column("status", QCoreApplication.translate("ResultsTableModel", "Status")))
    columns += [Column(f"output:{n}", c.name) for n, c in enumerate(view.outputs)]
    columns += [
        Column("content", QCoreApplication.translate("ResultsTableModel", "Answer")),
        Column("reasoning_content", QCoreApplication.translate("ResultsTableModel", "Reasoning")),
        Column("finish_reason", QCoreApplication.translate("ResultsTableModel", "Finish reason")),
        Column("error_code", QCoreApplication.translate("ResultsTableModel", "Error code")),
        Column("error_message", QCoreApplication.translate("ResultsTableModel", "Error message")),
        Column("tokens", QCoreApplication.translate("ResultsTableModel", "Tokens")),
        Column("embedding_dim", QCoreApplication.translate("ResultsTableModel", "Embedding dimension")),
        Column("answered_by", QCoreApplication.translate("ResultsTableModel", "Answered by re-run")),
    ]
    return columns


def one_line(text: str, limit: int = CELL_CHARS) -> str:
    """A cell's text: line breaks shown as ``↵``, cut at ``limit`` characters."""
    short = text[:limit]
    if "\n" in short or "\r" in short:
        short = short.replace("\r\n", " ↵ ").replace("\n", " ↵ ").replace("\r", " ↵ ")
    return short + ("…" if len(text) > limit else "")


def tokens_text(row: ResultRow) -> str:
    """``"352 (12 in + 340 out)"``; empty without usage."""
    if row.total_tokens is None and row.prompt_tokens is None:
        return ""
    total = (
        row.total_tokens if row.total_tokens is not None else (row.prompt_tokens or 0) + (row.completion_tokens or 0)
    )
    if row.completion_tokens is None:
        return f"{total:,}"
    return QCoreApplication.translate("ResultsTableModel", "{total} ({prompt} in + {completion} out)").format(
        total=f"{total:,}", prompt=f"{row.prompt_tokens or 0:,}", completion=f"{row.completion_tokens:,}"
    )


class ResultsTableModel(QAbstractTableModel):
    """The rows of a results view in input order (optionally only some, see :meth:`set_order`).

    ``custom_id`` and the status come from the view's index at once; the other cells appear when their
    block of :data:`BLOCK_ROWS` rows is loaded. Without a loader blocks load synchronously (tests).

    Signals:
        column_found(str): a loaded row has a value in an optional column (reasoning, embedding, re-run).
    """

    column_found = Signal(str)

    def __init__(
        self,
        view: ResultsView,
        rows: int | None = None,
        loader: BlockLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.total = len(view) if rows is None else rows
        self.columns = columns_for(view)
        self._keys = [column.key for column in self.columns]
        self.loader = loader
        self._order: Sequence[int] | None = None  # view indices shown; None: all, in input order
        self._statuses: Sequence[RowStatus] | None = None
        self._blocks: OrderedDict[int, list[ResultRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self.found: set[str] = set()
        self._icons: dict[RowStatus, QIcon] = {}

    # -- Qt API --

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self.total if self._order is None else len(self._order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        key = self._keys[index.column()]
        at = self.view_index(index.row())
        if role == IndexRole:
            return at
        if role == StatusRole:
            return self.status_of(index.row())
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icon(self.status_of(index.row())) if key == "status" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status" or (key == "content" and self.status_of(index.row()) is RowStatus.FAILED):
                return QBrush(QColor(STATUS_COLOUR[self.status_of(index.row())]))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("row", "tokens", "embedding_dim"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RowRole):
            return None
        if key == "row" and role == Qt.ItemDataRole.DisplayRole:
            return f"{at + 1:,}"
        if key == "custom_id" and role == Qt.ItemDataRole.DisplayRole:
            return self.view.custom_id(at)
        if key == "status" and role == Qt.ItemDataRole.DisplayRole:
            status = self.status_of(index.row())
            if status is RowStatus.FAILED and self.view.outputs:
                loaded = self.row_at(index.row())
                if loaded is not None and loaded.error_code == NEEDS_ANOTHER_TRY:
                    return QCoreApplication.translate("ResultsTableModel", "Needs another try")
            return status_text(status)
        row = self.row_at(index.row())
        if role == RowRole:
            return row
        if row is None:
            return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        return self._display(row, key)

    def _text(self, row: ResultRow, key: str) -> str:
        if key.startswith("source:"):
            n = int(key[7:])
            return row.source[n] if n < len(row.source) else ""
        if key.startswith("output:"):
            if row.status is not RowStatus.SUCCEEDED:
                return ""
            values = parse_answer(row.content, self.view.outputs).values
            n = int(key[7:])
            return display_value(
                values[n] if n < len(values) else None,
                yes=QCoreApplication.translate("ResultsTableModel", "yes"),
                no=QCoreApplication.translate("ResultsTableModel", "no"),
            )
        if key == "content" and row.status is RowStatus.FAILED and not row.content:
            reason = ": ".join(part for part in (row.error_code, row.error_message) if part)
            return QCoreApplication.translate("ResultsTableModel", "Error: {reason}").format(
                reason=reason or QCoreApplication.translate("ResultsTableModel", "no reason given")
            )
        if key == "content" and not row.content and row.embedding_dim:
            count = row.embedding_count or 1
            return QCoreApplication.translate("ResultsTableModel", "[{count} embedding(s), {dim} dimensions]").format(
                count=count, dim=f"{row.embedding_dim:,}"
            )
        if key == "tokens":
            return tokens_text(row)
        value = getattr(row, key, "")
        if value is None:
            return ""
        return value if isinstance(value, str) else f"{value:,}" if isinstance(value, int) else str(value)

    def _display(self, row: ResultRow, key: str) -> str:
        return one_line(self._text(row, key))

    def _tooltip(self, row: ResultRow, key: str) -> str | None:
        if key == "tokens" and row.reasoning_tokens:
            return QCoreApplication.translate(
                "ResultsTableModel", "{text}; {thinking} of the output tokens were thinking"
            ).format(text=tokens_text(row), thinking=f"{row.reasoning_tokens:,}")
        text = self._text(row, key)
        if len(text) > 40 or "\n" in text:
            return text[:TOOLTIP_CHARS] + ("…" if len(text) > TOOLTIP_CHARS else "")
        return None

    # -- rows --

    def view_index(self, row: int) -> int:
        """The view index (input order) shown on a model row."""
        return row if self._order is None else self._order[row]

    def status_of(self, row: int) -> RowStatus:
        """The status of a model row (exact once :meth:`set_statuses` ran or the row is loaded)."""
        at = self.view_index(row)
        if self._statuses is not None:
            return self._statuses[at]
        loaded = self._cached(row)
        return loaded.status if loaded is not None else self.view.quick_status(at)

    def _cached(self, row: int) -> ResultRow | None:
        block = self._blocks.get(row // BLOCK_ROWS)
        if block is None:
            return None
        offset = row % BLOCK_ROWS
        return block[offset] if offset < len(block) else None

    def row_at(self, row: int) -> ResultRow | None:
        """The loaded row (None while its block is being fetched: one is requested)."""
        number = row // BLOCK_ROWS
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            offset = row % BLOCK_ROWS
            return block[offset] if offset < len(block) else None
        self._request(number)
        return self._cached(row)

    def block_indices(self, number: int) -> list[int]:
        """The view indices of one block of model rows."""
        start = number * BLOCK_ROWS
        end = min(self.rowCount(), start + BLOCK_ROWS)
        if self._order is None:
            return list(range(start, end))
        return list(self._order[start:end])

    def _request(self, number: int) -> None:
        if number in self._pending:
            return
        indices = self.block_indices(number)
        if not indices:
            return
        if self.loader is None:
            self._store(number, [self.view.row(i) for i in indices])
            return
        self._pending.add(number)
        self.loader(self._generation, number, indices)

    def _store(self, number: int, rows: list[ResultRow]) -> None:
        self._blocks[number] = rows
        self._blocks.move_to_end(number)
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        for row in rows:
            if row.reasoning_content and "reasoning_content" not in self.found:
                self._found("reasoning_content")
            if row.embedding_dim and "embedding_dim" not in self.found:
                self._found("embedding_dim")
            if row.answered_by and "answered_by" not in self.found:
                self._found("answered_by")

    def _found(self, key: str) -> None:
        self.found.add(key)
        self.column_found.emit(key)

    def block_loaded(self, generation: int, number: int, rows: list[ResultRow]) -> None:
        """A block fetched by the loader arrived (ignored when the order changed meanwhile)."""
        if generation != self._generation:
            return
        self._pending.discard(number)
        self._store(number, rows)
        first = number * BLOCK_ROWS
        last = min(self.rowCount(), first + len(rows)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def block_failed(self, generation: int, number: int) -> None:
        """The loader could not fetch a block: it will be asked again when the rows are shown again."""
        if generation == self._generation:
            self._pending.discard(number)

    def prefetch(self, first: int, last: int) -> None:
        """Ask for the blocks covering model rows ``first..last`` (e.g. the visible rows)."""
        for number in range(max(0, first) // BLOCK_ROWS, max(0, last) // BLOCK_ROWS + 1):
            if number not in self._blocks:
                self._request(number)

    def grow(self, total: int) -> None:
        """More rows are indexed: show ``total`` rows (the table opened with the first ones)."""
        if total <= self.total:
            return
        if self._order is not None:  # a filtered order lists its own rows
            self.total = total
            return
        self.beginInsertRows(QModelIndex(), self.total, total - 1)
        self.total = total
        self.endInsertRows()

    def set_statuses(self, statuses: Sequence[RowStatus]) -> None:
        """The exact status of every row (computed in a worker thread)."""
        self._statuses = statuses
        column = self._keys.index("status")
        if self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    @property
    def order(self) -> Sequence[int] | None:
        """The view indices shown (None: every row)."""
        return self._order

    def set_order(self, order: Sequence[int] | None) -> None:
        """Show only these view indices, in this order (None: every row in input order)."""
        self.beginResetModel()
        self._order = order
        self._generation += 1
        self._blocks.clear()
        self._pending.clear()
        self.endResetModel()

    def column_index(self, key: str) -> int:
        """The column number of a key (see :class:`Column`)."""
        return self._keys.index(key)

    def icon(self, status: RowStatus) -> QIcon:
        """The icon shown next to a status (made once per status)."""
        icon = self._icons.get(status)
        if icon is None:
            style = QApplication.style() if QApplication.instance() is not None else None
            icon = style.standardIcon(_STATUS_ICON[status]) if style is not None else QIcon()
            self._icons[status] = icon
        return icon
