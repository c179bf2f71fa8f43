"""The builder's "answers" section: output columns (name, kind, labels, description), presets for the
common jobs, and the models to compare. The rules live in :mod:`desktop_app.core.outputs`; this widget
only edits them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.outputs import PRESETS, OutputColumn, OutputKind, Preset, parse_labels
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP

MAX_COMPARED = 2  # with the main model: three variants at most

KIND_TEXT: dict[OutputKind, str] = {
    OutputKind.TEXT: QT_TRANSLATE_NOOP("OutputColumnsBox", "text"),
    OutputKind.NUMBER: QT_TRANSLATE_NOOP("OutputColumnsBox", "number"),
    OutputKind.YES_NO: QT_TRANSLATE_NOOP("OutputColumnsBox", "yes / no"),
    OutputKind.LABEL: QT_TRANSLATE_NOOP("OutputColumnsBox", "one label"),
    OutputKind.LABELS: QT_TRANSLATE_NOOP("OutputColumnsBox", "several labels"),
}
PRESET_TEXT: dict[str, str] = {
    "classify": QT_TRANSLATE_NOOP("OutputColumnsBox", "Classify into labels"),
    "extract": QT_TRANSLATE_NOOP("OutputColumnsBox", "Extract fields"),
    "translate": QT_TRANSLATE_NOOP("OutputColumnsBox", "Translate into a language"),
    "summarise": QT_TRANSLATE_NOOP("OutputColumnsBox", "Summarise in N words"),
}
COL_NAME, COL_KIND, COL_LABELS, COL_DESCRIPTION = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutputColumnsBox", text)


class OutputColumnsBox(QWidget):
    """Output columns, presets and compared models.

    Signals:
        changed: anything in the section changed (the mapping preview renders again).
        preset_chosen(object): a :class:`~desktop_app.core.outputs.Preset` was picked (the page fills the
            template; this widget has already filled the columns).
    """

    changed = Signal()
    preset_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        top = QHBoxLayout()
        self.preset_combo = QComboBox(self)
        self.preset_combo.setAccessibleName(self.tr("Common jobs"))
        self.preset_combo.addItem(self.tr("Start from a common job…"), None)
        for preset in PRESETS:
            self.preset_combo.addItem(_tr(PRESET_TEXT[preset.key]), preset.key)
        self.preset_combo.setToolTip(
            self.tr("Fills the prompt and the output columns for a common job; you can edit everything.")
        )
        self.preset_combo.activated.connect(self._on_preset)
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(10)
        self.add_button = QPushButton(self.tr("Add column"), self)
        self.add_button.setAccessibleName(self.tr("Add an output column"))
        self.add_button.clicked.connect(lambda: self.add_column(OutputColumn("", OutputKind.TEXT)))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected output column"))
        self.remove_button.clicked.connect(self._remove_selected)
        top.addWidget(self.preset_combo, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout.addLayout(top)

        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Output columns"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Kind"), self.tr("Labels (comma-separated)"), self.tr("What it holds")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_LABELS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_NAME, 85)
        header.resizeSection(COL_KIND, 112)
        header.resizeSection(COL_LABELS, 185)
        self.table.setMinimumHeight(96)
        self.table.setMaximumHeight(140)
        self.table.itemChanged.connect(self._on_item_changed)
        self.hint = QLabel(
            self.tr(
                "Empty: one free answer per row. With columns, each answer is asked for as JSON and split into "
                "them; an answer that does not fit is marked “needs another try”."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.table)
        layout.addWidget(self.hint)

        compare = QHBoxLayout()
        compare_label = QLabel(self.tr("Co&mpare with:"), self)
        self.compare_edit = QLineEdit(self)
        self.compare_edit.setAccessibleName(self.tr("Other models to compare"))
        self.compare_edit.setPlaceholderText(self.tr("other models, comma-separated, e.g. qwen-flash"))
        self.compare_edit.setToolTip(
            self.tr(
                "The same rows go to each model as its own batch (each one is billed); the results put the "
                "models' answers side by side. At most two more models."
            )
        )
        compare_label.setBuddy(self.compare_edit)
        compare.addWidget(compare_label)
        compare.addWidget(self.compare_edit, 1)
        layout.addLayout(compare)
        prompt_row = QHBoxLayout()
        prompt_label = QLabel(self.tr("Or a second &prompt:"), self)
        self.prompt_edit = QPlainTextEdit(self)
        self.prompt_edit.setAccessibleName(self.tr("Second prompt to compare"))
        self.prompt_edit.setPlaceholderText(
            self.tr("the same rows with another prompt, e.g. Is this review positive? {text}")
        )
        self.prompt_edit.setToolTip(
            self.tr(
                "Prompt A is the prompt above, prompt B this one: the same rows go through the same model twice, "
                "as two batches (each billed), and the results put both answers side by side."
            )
        )
        self.prompt_edit.setTabChangesFocus(True)
        self.prompt_edit.setFixedHeight(42)
        self.prompt_edit.textChanged.connect(self._on_compare_changed)
        self.compare_edit.textChanged.connect(lambda _text: self._on_compare_changed())
        prompt_label.setBuddy(self.prompt_edit)
        prompt_row.addWidget(prompt_label)
        prompt_row.addWidget(self.prompt_edit, 1)
        layout.addLayout(prompt_row)

    # ----- rows -------------------------------------------------------------------------------------
    def add_column(self, column: OutputColumn) -> None:
        """Append one output column."""
        self._filling = True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, COL_NAME, QTableWidgetItem(column.name))
            kind = QComboBox(self.table)
            kind.setAccessibleName(self.tr("Kind of output column"))
            for value, text in KIND_TEXT.items():
                kind.addItem(_tr(text), value.value)
            kind.setCurrentIndex(max(0, kind.findData(column.kind.value)))
            kind.currentIndexChanged.connect(lambda _i: self._on_kind_changed())
            self.table.setCellWidget(row, COL_KIND, kind)
            self.table.setItem(row, COL_LABELS, QTableWidgetItem(", ".join(column.labels)))
            self.table.setItem(row, COL_DESCRIPTION, QTableWidgetItem(column.description))
        finally:
            self._filling = False
        self._on_kind_changed()

    def set_columns(self, columns: tuple[OutputColumn, ...]) -> None:
        """Replace every output column."""
        self._filling = True
        try:
            self.table.setRowCount(0)
        finally:
            self._filling = False
        for column in columns:
            self.add_column(column)
        self.changed.emit()

    def columns(self) -> tuple[OutputColumn, ...]:
        """The output columns as shown (rows without a name and without labels are ignored)."""
        found: list[OutputColumn] = []
        for row in range(self.table.rowCount()):
            name = self._text(row, COL_NAME)
            combo = self.table.cellWidget(row, COL_KIND)
            kind = OutputKind(combo.currentData()) if isinstance(combo, QComboBox) else OutputKind.TEXT
            labels = parse_labels(self._text(row, COL_LABELS)) if kind in (OutputKind.LABEL, OutputKind.LABELS) else ()
            description = self._text(row, COL_DESCRIPTION)
            if not name and not labels and not description:
                continue
            found.append(OutputColumn(name, kind, description, labels))
        return tuple(found)

    def compare_models(self) -> list[str]:
        """The other models to run the same rows through (at most :data:`MAX_COMPARED`)."""
        names = [part.strip() for part in self.compare_edit.text().replace("，", ",").split(",")]
        return list(dict.fromkeys(n for n in names if n))[:MAX_COMPARED]

    def compare_prompt(self) -> str:
        """A second prompt template for the same rows and model (empty: none)."""
        return self.prompt_edit.toPlainText().strip()

    def _on_compare_changed(self) -> None:
        # one kind of comparison at a time: other models, or a second prompt
        self.prompt_edit.setEnabled(not self.compare_edit.text().strip())
        self.compare_edit.setEnabled(not self.prompt_edit.toPlainText().strip())
        self.changed.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.changed.emit()

    def _on_kind_changed(self) -> None:
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, COL_KIND)
            labelled = isinstance(combo, QComboBox) and combo.currentData() in (OutputKind.LABEL, OutputKind.LABELS)
            item = self.table.item(row, COL_LABELS)
            if item is not None:
                item.setToolTip("" if labelled else self.tr("Only for the kinds with labels"))
        if not self._filling:
            self.changed.emit()

    def _on_preset(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        preset: Preset | None = next((p for p in PRESETS if p.key == key), None)
        if preset is None:
            return
        self.set_columns(preset.outputs)
        self.preset_chosen.emit(preset)
        self.preset_combo.setCurrentIndex(0)
