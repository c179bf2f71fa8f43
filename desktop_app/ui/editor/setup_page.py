"""Step 2 for a spreadsheet: how to read it (encoding, separator, header, sheet) and how its columns become requests."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.builder.spec import DEFAULT_MODELS, EndpointKind, RequestSpec, guess_text_column
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.limits import TEST_MODEL
from desktop_app.core.outputs import Preset, preset_template
from desktop_app.core.regions import Region
from desktop_app.core.request_doc import fields_of
from desktop_app.core.tables.dialect import delimiter_name
from desktop_app.core.tables.encoding import ENCODING_CHOICES, encoding_label
from desktop_app.core.tables.model import Row
from desktop_app.core.validate import Problem, Severity
from desktop_app.ui.editor.actions import PREVIEW_ROWS, EditorActions, ImportOptions, TableInfo
from desktop_app.ui.editor.models import TablePreviewModel, one_line
from desktop_app.ui.editor.outputs_box import OutputColumnsBox
from desktop_app.ui.host import PageHost
from desktop_app.ui.messages import error_text, problem_text, tr_fragment
from desktop_app.ui.messages import text as catalogue_text
from desktop_app.ui.widgets import VerticalScrollArea

DELIMITER_CHOICES = (",", "\t", ";", "|")
_ID_HINTS = ("custom_id", "id", "编号", "序号", "番号", "ｉｄ", "no", "no.", "key", "编码", "番号id")
PREVIEW_JSON_CHARS = 20_000


def mono_font() -> QFont:
    """The system's fixed-width font (for JSON)."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def pretty_request(obj: dict[str, Any]) -> str:
    """The request as indented JSON, with embedded images shortened."""

    def shorten(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: shorten(v) for k, v in value.items()}
        if isinstance(value, list):
            return [shorten(v) for v in value]
        if isinstance(value, str) and value.startswith("data:") and len(value) > 120:
            return f"{value[:60]}… ({len(value) // 1024:,} KB)"
        return value

    text = json.dumps(shorten(obj), ensure_ascii=False, indent=2)
    return text if len(text) <= PREVIEW_JSON_CHARS else text[:PREVIEW_JSON_CHARS] + "\n…"


class SetupPage(QWidget):
    """Import options with a live preview of the table, and the column mapping with a live request preview.

    Signals:
        build_requested: the user pressed "Create requests".
        back_requested: the user wants to choose another file.
    """

    build_requested = Signal()
    back_requested = Signal()

    def __init__(self, host: PageHost, ops: EditorActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ops = ops
        self.info: TableInfo | None = None
        self.path: Path | None = None
        self.spec_problems: list[Problem] = []
        self.render_error: str | None = None
        self.preview_request: dict[str, Any] | None = None
        self._generation = 0
        self._render_in_flight = False
        self._render_again = False
        self._filling = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_read_side(splitter))
        splitter.addWidget(self._build_map_side(splitter))
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Choose another file"), self)
        self.back_button.setAccessibleName(self.tr("Choose another file"))
        self.back_button.clicked.connect(self.back_requested)
        self.build_status = QLabel("", self)
        self.build_status.setWordWrap(True)
        self.build_status.setAccessibleName(self.tr("Mapping status"))
        self.build_button = QPushButton(self.tr("Create requests →"), self)
        self.build_button.setAccessibleName(self.tr("Create the requests"))
        self.build_button.setDefault(True)
        self.build_button.setMinimumWidth(200)
        self.build_button.clicked.connect(self._on_build_clicked)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.build_status, 1)
        bottom.addWidget(self.build_button)
        layout.addLayout(bottom)

        self.render_timer = QTimer(self)
        self.render_timer.setObjectName("mappingPreviewTimer")
        self.render_timer.setSingleShot(True)
        self.render_timer.setInterval(150)
        self.render_timer.timeout.connect(self._on_render_timer)
        self._connect_mapping()

    # ----- building the widgets -----------------------------------------------------------------
    def _build_read_side(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("1. How to read the file"), parent)
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.encoding_combo = QComboBox(box)
        self.encoding_combo.setAccessibleName(self.tr("Text encoding"))
        for codec, label in ENCODING_CHOICES:
            self.encoding_combo.addItem(tr_fragment(label), codec)
        self.encoding_label = QLabel(self.tr("Te&xt encoding:"), box)
        self.encoding_label.setBuddy(self.encoding_combo)
        self.delimiter_combo = QComboBox(box)
        self.delimiter_combo.setAccessibleName(self.tr("Column separator"))
        names = {
            ",": self.tr("Comma ( , )"),
            "\t": self.tr("Tab"),
            ";": self.tr("Semicolon ( ; )"),
            "|": self.tr("Pipe ( | )"),
        }
        for delimiter in DELIMITER_CHOICES:
            self.delimiter_combo.addItem(names[delimiter], delimiter)
        self.delimiter_label = QLabel(self.tr("&Separator:"), box)
        self.delimiter_label.setBuddy(self.delimiter_combo)
        self.sheet_combo = QComboBox(box)
        self.sheet_combo.setAccessibleName(self.tr("Worksheet"))
        self.sheet_label = QLabel(self.tr("S&heet:"), box)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.header_check = QCheckBox(self.tr("The first row holds the column names"), box)
        self.header_check.setAccessibleName(self.tr("First row is a header"))
        form.addRow(self.encoding_label, self.encoding_combo)
        form.addRow(self.delimiter_label, self.delimiter_combo)
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow("", self.header_check)
        layout.addLayout(form)
        self.detected_label = QLabel("", box)
        self.detected_label.setWordWrap(True)
        self.detected_label.setAccessibleName(self.tr("What was detected"))
        self.detected_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.detected_label)
        self.read_error = QLabel("", box)
        self.read_error.setWordWrap(True)
        self.read_error.setStyleSheet("color: #b3261e;")
        self.read_error.setAccessibleName(self.tr("Problem reading the file"))
        self.read_error.hide()
        layout.addWidget(self.read_error)
        self.preview_caption = QLabel("", box)
        self.preview_caption.setWordWrap(True)
        layout.addWidget(self.preview_caption)
        self.preview_model = TablePreviewModel(self)
        self.preview_view = QTableView(box)
        self.preview_view.setAccessibleName(self.tr("Preview of the table"))
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_view.setWordWrap(False)
        self.preview_view.verticalHeader().setDefaultSectionSize(24)
        self.preview_view.horizontalHeader().setDefaultSectionSize(140)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.selectionModel().selectionChanged.connect(self._on_preview_selection)
        layout.addWidget(self.preview_view, 1)

        self.encoding_combo.activated.connect(self._on_read_option_changed)
        self.delimiter_combo.activated.connect(self._on_read_option_changed)
        self.sheet_combo.activated.connect(self._on_read_option_changed)
        self.header_check.clicked.connect(self._on_read_option_changed)
        return box

    def _build_map_side(self, parent: QWidget) -> QWidget:
        side = QSplitter(Qt.Orientation.Vertical, parent)
        side.setChildrenCollapsible(False)
        box = QGroupBox(self.tr("2. Turn each row into a request"), side)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(4, 4, 4, 4)
        scroll = VerticalScrollArea(box)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.id_combo = QComboBox(inner)
        self.id_combo.setAccessibleName(self.tr("Request ID column"))
        self.id_combo.setToolTip(
            self.tr(
                "Each request needs its own ID, so each answer can be matched to its row. "
                "Pick a column, or let the app number the rows."
            )
        )
        form.addRow(self.tr("&ID:"), self.id_combo)

        template_row = QHBoxLayout()
        self.template_edit = QPlainTextEdit(inner)
        self.template_edit.setAccessibleName(self.tr("Prompt template"))
        self.template_edit.setPlaceholderText(self.tr("e.g. Translate into English: {text}"))
        self.template_edit.setToolTip(
            self.tr(
                "The prompt sent for each row. {column} is replaced by that row's cell; write {{ or }} for a brace."
            )
        )
        self.template_edit.setTabChangesFocus(True)
        self.template_edit.setFixedHeight(58)
        self.insert_button = QToolButton(inner)
        self.insert_button.setText(self.tr("Insert column ▾"))
        self.insert_button.setAccessibleName(self.tr("Insert a column into the prompt"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = QMenu(self.insert_button)
        self.insert_button.setMenu(self.insert_menu)
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignTop)
        template_label = QLabel(self.tr("&Prompt:"), inner)
        template_label.setBuddy(self.template_edit)
        form.addRow(template_label, template_row)

        self.system_edit = QPlainTextEdit(inner)
        self.system_edit.setAccessibleName(self.tr("System prompt"))
        self.system_edit.setPlaceholderText(
            self.tr("Optional: instructions for every request, e.g. You are a careful translator.")
        )
        self.system_edit.setTabChangesFocus(True)
        self.system_edit.setFixedHeight(42)
        system_label = QLabel(self.tr("S&ystem prompt:"), inner)
        system_label.setBuddy(self.system_edit)
        form.addRow(system_label, self.system_edit)

        self.kind_combo = QComboBox(inner)
        self.kind_combo.setAccessibleName(self.tr("Kind of request"))
        self.kind_combo.addItem(self.tr("Chat (answers)"), EndpointKind.CHAT.value)
        self.kind_combo.addItem(self.tr("Embeddings (vectors)"), EndpointKind.EMBEDDINGS.value)
        self.kind_combo.addItem(self.tr("Free test model (dummy answers)"), EndpointKind.TEST.value)
        self.kind_combo.setToolTip(
            self.tr(
                "Chat: the model writes an answer to each prompt. Embeddings: a vector for each text. "
                "Free test model: checks the file and the connection; the answers are placeholders."
            )
        )

        self.model_combo = QComboBox(inner)
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_combo.setAccessibleName(self.tr("Model"))
        self.model_note = QLabel("", inner)
        self.model_note.setWordWrap(True)
        self.model_note.setStyleSheet("color: #7a4f00;")
        self.model_note.hide()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo, 2)
        model_label = QLabel(self.tr("&Model:"), inner)
        model_label.setBuddy(self.model_combo)
        kind_row.addWidget(model_label)
        kind_row.addWidget(self.model_combo, 3)
        kind_label = QLabel(self.tr("&Kind:"), inner)
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, kind_row)
        form.addRow("", self.model_note)

        self.temperature_spin = QDoubleSpinBox(inner)
        self.temperature_spin.setRange(-0.1, 1.99)
        self.temperature_spin.setSingleStep(0.1)
        self.temperature_spin.setDecimals(2)
        self.temperature_spin.setSpecialValueText(self.tr("model default"))
        self.temperature_spin.setValue(-0.1)
        self.temperature_spin.setAccessibleName(self.tr("Temperature"))
        self.temperature_spin.setToolTip(self.tr("Lower is more predictable, higher more varied (0 up to 2)."))
        self.top_p_spin = QDoubleSpinBox(inner)
        self.top_p_spin.setRange(-0.05, 1.0)
        self.top_p_spin.setSingleStep(0.05)
        self.top_p_spin.setDecimals(2)
        self.top_p_spin.setSpecialValueText(self.tr("model default"))
        self.top_p_spin.setValue(-0.05)
        self.top_p_spin.setAccessibleName(self.tr("top_p"))
        self.max_tokens_spin = QSpinBox(inner)
        self.max_tokens_spin.setRange(0, 1_000_000)
        self.max_tokens_spin.setSingleStep(100)
        self.max_tokens_spin.setSpecialValueText(self.tr("model default"))
        self.max_tokens_spin.setAccessibleName(self.tr("Longest answer in tokens (max_tokens)"))
        # Captions above their fields: side by side the row was wider than the window in Indonesian.
        params = QGridLayout()
        params.setVerticalSpacing(1)
        for column, (label, widget) in enumerate(
            (
                (self.tr("Temperature"), self.temperature_spin),
                (self.tr("top_p"), self.top_p_spin),
                (self.tr("Max tokens"), self.max_tokens_spin),
            )
        ):
            caption = QLabel(label, inner)
            caption.setBuddy(widget)
            params.addWidget(caption, 0, column)
            params.addWidget(widget, 1, column)
            params.setColumnStretch(column, 1)
        form.addRow(self.tr("Settings:"), params)

        self.thinking_combo = QComboBox(inner)
        self.thinking_combo.setAccessibleName(self.tr("Thinking mode (enable_thinking)"))
        self.thinking_combo.addItem(self.tr("Off — answer directly (enable_thinking: false)"), False)
        self.thinking_combo.addItem(self.tr("On — think first (enable_thinking: true)"), True)
        self.thinking_note = QLabel(
            self.tr(
                "Thinking tokens are billed as output tokens: with thinking on, answers cost more and take longer."
            ),
            inner,
        )
        self.thinking_note.setWordWrap(True)
        self.thinking_note.setStyleSheet("color: palette(placeholder-text);")
        thinking_box = QVBoxLayout()
        thinking_box.setSpacing(2)
        thinking_box.addWidget(self.thinking_combo)
        thinking_box.addWidget(self.thinking_note)
        thinking_label = QLabel(self.tr("&Thinking:"), inner)
        thinking_label.setBuddy(self.thinking_combo)
        form.addRow(thinking_label, thinking_box)

        self.image_combo = QComboBox(inner)
        self.image_combo.setAccessibleName(self.tr("Image column"))
        self.image_combo.setToolTip(
            self.tr(
                "For vision models (qwen-vl-*): a column with image web addresses or file paths. "
                "Local pictures are embedded (at most 4 MB each)."
            )
        )
        form.addRow(self.tr("I&mages:"), self.image_combo)

        self.outputs_box = OutputColumnsBox(inner)
        self.outputs_box.changed.connect(self._schedule_render)
        self.outputs_box.preset_chosen.connect(self._apply_preset)
        outputs_label = QLabel(self.tr("Ans&wer columns:"), inner)
        outputs_label.setBuddy(self.outputs_box.preset_combo)
        form.addRow(outputs_label, self.outputs_box)

        self.spec_label = QLabel("", inner)
        self.spec_label.setWordWrap(True)
        self.spec_label.setTextFormat(Qt.TextFormat.RichText)
        self.spec_label.setAccessibleName(self.tr("Problems with the mapping"))
        form.addRow(self.spec_label)
        scroll.setWidget(inner)
        outer.addWidget(scroll)

        preview_box = QGroupBox(self.tr("3. The request for the selected row"), side)
        preview_layout = QVBoxLayout(preview_box)
        self.preview_label = QLabel(self.tr("Select a row on the left to see its request."), preview_box)
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        self.preview_label.setAccessibleName(self.tr("Prompt of the selected row"))
        self.json_preview = QPlainTextEdit(preview_box)
        self.json_preview.setReadOnly(True)
        self.json_preview.setFont(mono_font())
        self.json_preview.setAccessibleName(self.tr("Request preview (JSON)"))
        self.json_preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.json_preview, 1)
        side.addWidget(box)
        side.addWidget(preview_box)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        return side

    def _connect_mapping(self) -> None:
        for combo in (self.id_combo, self.image_combo, self.thinking_combo):
            combo.currentIndexChanged.connect(self._schedule_render)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.model_combo.currentTextChanged.connect(self._schedule_render)
        self.template_edit.textChanged.connect(self._schedule_render)
        self.system_edit.textChanged.connect(self._schedule_render)
        self.temperature_spin.valueChanged.connect(self._schedule_render)
        self.top_p_spin.valueChanged.connect(self._schedule_render)
        self.max_tokens_spin.valueChanged.connect(self._schedule_render)

    # ----- the file -----------------------------------------------------------------------------
    def show_table(self, path: Path, info: TableInfo) -> None:
        """Show a freshly opened table (closing the previous one) and guess a mapping."""
        old = self.info
        self.path = path
        self.info = info
        if old is not None and old.table is not info.table:
            self.host.tasks.spawn(self.ops.close_table(old.table), self.tr("close the previous table"))
        self._fill_read_options(info)
        self._fill_columns(info, guess=old is None or old.table.path != info.table.path)
        self._schedule_render()

    def close_table(self) -> None:
        """Forget the table (another file was opened)."""
        if self.info is not None:
            self.host.tasks.spawn(self.ops.close_table(self.info.table), self.tr("close the table"))
        self.info = None
        self.path = None

    def _fill_read_options(self, info: TableInfo) -> None:
        table = info.table
        self._filling = True
        try:
            text_file = table.format == "csv"
            for widget in (self.encoding_combo, self.encoding_label, self.delimiter_combo, self.delimiter_label):
                widget.setVisible(text_file)
            for widget in (self.sheet_combo, self.sheet_label):
                widget.setVisible(bool(table.sheets))
            if table.encoding is not None:
                index = self._encoding_index(table.encoding.encoding)
                if index < 0:
                    self.encoding_combo.addItem(tr_fragment(table.encoding.label), table.encoding.encoding)
                    index = self.encoding_combo.count() - 1
                self.encoding_combo.setCurrentIndex(index)
            if table.delimiter is not None:
                index = self.delimiter_combo.findData(table.delimiter)
                self.delimiter_combo.setCurrentIndex(max(index, 0))
            self.sheet_combo.clear()
            for sheet in table.sheets:
                self.sheet_combo.addItem(sheet, sheet)
            if table.sheet:
                self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(table.sheet), 0))
            self.header_check.setChecked(table.has_header)
        finally:
            self._filling = False
        facts: list[str] = []
        if text_file and table.encoding is not None:
            if info.options.encoding is None:
                facts.append(
                    self.tr("Detected encoding: {label}. {reason}").format(
                        label=tr_fragment(encoding_label(table.encoding.encoding)),
                        reason=catalogue_text(table.encoding.why),
                    )
                )
            else:
                facts.append(
                    self.tr("Read as {label} (your choice).").format(
                        label=tr_fragment(encoding_label(table.encoding.encoding))
                    )
                )
            if table.delimiter is not None:
                facts.append(
                    self.tr("Cells separated by: {name}.").format(name=tr_fragment(delimiter_name(table.delimiter)))
                )
        if table.sheet:
            facts.append(self.tr("Sheet “{sheet}” of {count}.").format(sheet=table.sheet, count=len(table.sheets)))
        facts.append(
            self.tr("If the text below looks wrong (boxes or odd characters), choose another encoding.")
            if text_file
            else self.tr("Numbers and dates are shown as Excel shows them.")
        )
        self.detected_label.setText(" ".join(facts))
        self.read_error.hide()
        if self.row_count() is not None:
            caption = self.tr("{name}: {rows} rows · {columns} columns.").format(
                name=table.path.name, rows=f"{len(info.preview):,}", columns=len(table.columns)
            )
        else:
            caption = self.tr("{name}: about {rows} rows · {columns} columns. The first {shown} rows:").format(
                name=table.path.name,
                rows=f"{table.estimated_rows:,}",
                columns=len(table.columns),
                shown=len(info.preview),
            )
        self.preview_caption.setText(caption)
        self.preview_model.set_rows(table.columns, info.preview)
        self.preview_view.resizeColumnsToContents()
        header = self.preview_view.horizontalHeader()
        for column in range(len(table.columns)):
            header.resizeSection(column, max(60, min(header.sectionSize(column), 220)))
        if info.preview:
            self.preview_view.selectRow(0)

    def row_count(self) -> int | None:
        """The table's data rows when known (a small table: the preview holds them all), else None."""
        if self.info is None:
            return None
        if self.info.table.row_count is not None:
            return self.info.table.row_count
        return len(self.info.preview) if len(self.info.preview) < PREVIEW_ROWS else None

    def _encoding_index(self, codec: str) -> int:
        label = tr_fragment(encoding_label(codec))
        for index in range(self.encoding_combo.count()):
            if self.encoding_combo.itemData(index) == codec or self.encoding_combo.itemText(index) == label:
                return index
        return -1

    def _fill_columns(self, info: TableInfo, *, guess: bool) -> None:
        columns = info.table.columns
        previous_id = self.id_combo.currentData()
        previous_image = self.image_combo.currentData()
        self._filling = True
        try:
            self.id_combo.clear()
            self.id_combo.addItem(self.tr("Number the rows for me (row-2, row-3, …)"), None)
            self.image_combo.clear()
            self.image_combo.addItem(self.tr("No images"), None)
            for name in columns:
                self.id_combo.addItem(self.tr("Column “{name}”").format(name=name), name)
                self.image_combo.addItem(self.tr("Column “{name}”").format(name=name), name)
            self.insert_menu.clear()
            for name in columns:
                action = self.insert_menu.addAction(name)
                action.triggered.connect(lambda _checked=False, n=name: self._insert_placeholder(n))
            if guess:
                id_column = _guess_id_column(columns, info.preview)
                self.id_combo.setCurrentIndex(max(self.id_combo.findData(id_column), 0) if id_column else 0)
                text_column = guess_text_column(columns, info.preview, id_column)
                if text_column is not None and not self.template_edit.toPlainText().strip():
                    self.template_edit.setPlainText("{" + text_column + "}")
                self.refresh_models()
            else:
                self.id_combo.setCurrentIndex(max(self.id_combo.findData(previous_id), 0))
                self.image_combo.setCurrentIndex(max(self.image_combo.findData(previous_image), 0))
        finally:
            self._filling = False

    def _insert_placeholder(self, name: str) -> None:
        self.template_edit.insertPlainText("{" + name + "}")
        self.template_edit.setFocus()

    def read_options(self) -> ImportOptions:
        """The import options as the pickers show them (what the user may have overridden)."""
        assert self.info is not None
        table = self.info.table
        if table.format == "csv":
            return ImportOptions(
                encoding=self.encoding_combo.currentData(),
                delimiter=self.delimiter_combo.currentData(),
                has_header=self.header_check.isChecked(),
            )
        return ImportOptions(has_header=self.header_check.isChecked(), sheet=self.sheet_combo.currentData())

    def _on_read_option_changed(self, *_args: object) -> None:
        if self._filling or self.info is None or self.path is None:
            return
        self.host.tasks.spawn(self.reopen(self.read_options()), self.tr("read the file again"))

    async def reopen(self, options: ImportOptions) -> bool:
        """Read the table again with other options (live preview); False when it cannot be read so."""
        if self.path is None:
            return False
        self._generation += 1
        generation = self._generation
        try:
            info = await self.ops.open_table(self.path, options)
        except (BatchDeskError, OSError) as exc:
            if generation == self._generation:
                reason = error_text(exc) if isinstance(exc, BatchDeskError) else (exc.strerror or str(exc))
                self.read_error.setText(self.tr("The file cannot be read this way: {reason}").format(reason=reason))
                self.read_error.show()
                self.preview_model.set_rows((), [])
                self.build_button.setEnabled(False)
            return False
        if generation != self._generation:
            await self.ops.close_table(info.table)
            return False
        self.show_table(self.path, info)
        return True

    # ----- mapping ------------------------------------------------------------------------------
    def refresh_models(self, region: Region | None = None) -> None:
        """Offer the region's documented models for the chosen kind (free text stays allowed)."""
        region = region or self.host.controller.region(self.host.region_id)
        kind = EndpointKind(self.kind_combo.currentData())
        current = self.model_combo.currentText().strip()
        if kind is EndpointKind.TEST:
            models = [TEST_MODEL]
        elif kind is EndpointKind.EMBEDDINGS:
            models = [m for m in region.models if m.startswith("text-embedding")] or [DEFAULT_MODELS["embeddings"]]
        else:
            models = [m for m in region.models if m != TEST_MODEL and not m.startswith("text-embedding")]
            models = models or [DEFAULT_MODELS["chat"]]
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItems(models)
        keep = current and (kind is not EndpointKind.TEST) and _kind_of(current) is kind
        if keep:
            self.model_combo.setCurrentText(current)
        else:
            default = DEFAULT_MODELS[kind.value]
            self.model_combo.setCurrentText(default if default in models or not models else models[0])
        self.model_combo.blockSignals(False)
        self.model_combo.setEnabled(kind is not EndpointKind.TEST)
        self._schedule_render()

    def _on_kind_changed(self, _index: int) -> None:
        kind = EndpointKind(self.kind_combo.currentData())
        chat_like = kind is not EndpointKind.EMBEDDINGS
        for widget in (self.system_edit, self.temperature_spin, self.top_p_spin, self.max_tokens_spin):
            widget.setEnabled(chat_like)
        self.thinking_combo.setEnabled(chat_like)
        self.image_combo.setEnabled(chat_like)
        self.outputs_box.setEnabled(kind is EndpointKind.CHAT)
        self.refresh_models()

    def spec(self) -> RequestSpec:
        """The mapping as the form shows it."""
        kind = EndpointKind(self.kind_combo.currentData())
        chat_like = kind is not EndpointKind.EMBEDDINGS
        temperature = self.temperature_spin.value()
        top_p = self.top_p_spin.value()
        return RequestSpec(
            template=self.template_edit.toPlainText(),
            model=self.model_combo.currentText().strip(),
            endpoint=kind,
            id_column=self.id_combo.currentData(),
            system=(self.system_edit.toPlainText() or None) if chat_like else None,
            temperature=round(temperature, 2) if chat_like and temperature >= 0 else None,
            top_p=round(top_p, 2) if chat_like and top_p >= 0 else None,
            max_tokens=(self.max_tokens_spin.value() or None) if chat_like else None,
            enable_thinking=bool(self.thinking_combo.currentData()) if chat_like else None,
            image_column=self.image_combo.currentData() if chat_like else None,
            outputs=self.outputs_box.columns() if kind is EndpointKind.CHAT else (),
        )

    def compare_models(self) -> list[str]:
        """Other models the same rows go to, one batch each (chat only)."""
        if EndpointKind(self.kind_combo.currentData()) is not EndpointKind.CHAT:
            return []
        main = self.model_combo.currentText().strip()
        return [m for m in self.outputs_box.compare_models() if m != main]

    def compare_prompt(self) -> str:
        """A second prompt for the same rows and model (chat only; empty: none)."""
        if EndpointKind(self.kind_combo.currentData()) is not EndpointKind.CHAT or self.compare_models():
            return ""
        return self.outputs_box.compare_prompt()

    def _apply_preset(self, preset: Preset) -> None:
        """A common job was picked: its template, pointing at the text column the page guessed."""
        text_column = None
        if self.info is not None:
            text_column = guess_text_column(self.info.table.columns, self.info.preview, self.id_combo.currentData())
        self.template_edit.setPlainText(preset_template(preset, text_column))

    def selected_row(self) -> Row | None:
        """The table row chosen for the preview (the first one by default)."""
        rows = self.preview_view.selectionModel().selectedRows()
        if rows:
            return self.preview_model.row_at(rows[0].row())
        return self.preview_model.row_at(0)

    def _on_preview_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._schedule_render()

    def _schedule_render(self, *_args: object) -> None:
        if not self._filling:
            self.render_timer.start()

    def _on_render_timer(self) -> None:
        if self._render_in_flight:
            self._render_again = True
            return
        self.host.tasks.spawn(self.update_preview(), self.tr("show the request preview"))

    async def update_preview(self) -> None:
        """Check the mapping and render the selected row's request (worker thread)."""
        if self.info is None:
            return
        self._render_in_flight = True
        try:
            spec = self.spec()
            row = self.selected_row()
            table = self.info.table
            base_dir = table.path.parent
            request, problems, error = await self.ops.render(spec, table.columns, row, base_dir, self.host.region_id)
            self.spec_problems = problems
            self.render_error = error
            self.preview_request = request
            self._show_spec_problems(problems)
            self._show_preview(row, request, error)
        finally:
            self._render_in_flight = False
        if self._render_again:
            self._render_again = False
            self._on_render_timer()

    def _show_spec_problems(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        lines = []
        for problem in problems:
            if problem.code == "model_region":
                continue  # said right under the model box
            colour = "#b3261e" if problem.severity is Severity.ERROR else "#7a4f00"
            mark = "✕" if problem.severity is Severity.ERROR else "⚠"
            lines.append(f"<span style='color:{colour}'>{mark} {html.escape(problem_text(problem))}</span>")
        id_note = self._id_note()
        if id_note:
            lines.append(f"<span style='color:#7a4f00'>⚠ {html.escape(id_note)}</span>")
        self.spec_label.setText("<br>".join(lines))
        self.spec_label.setVisible(bool(lines))
        region_warning = next((p for p in problems if p.code == "model_region"), None)
        self.model_note.setVisible(region_warning is not None)
        if region_warning is not None:
            self.model_note.setText(self.tr("⚠ Not in this region's documented batch models — it may not work there."))
        ready = self.info is not None and not errors
        self.build_button.setEnabled(ready)
        if self.info is not None:
            known = self.row_count()
            # An estimate ("~204" for a 200-row sheet) is no count: the button names one only when known.
            self.build_button.setText(
                self.tr("Create {rows} requests →").format(rows=f"{known:,}")
                if known is not None
                else self.tr("Create requests →")
            )
        if errors:
            self.build_status.setText(self.tr("Fix the problem shown in red to continue."))
        elif ready:
            self.build_status.setText(
                self.tr("Next: create the requests, then check and edit them before anything is sent.")
            )

    def _id_note(self) -> str:
        """Blank and repeated IDs among the rows shown (all of them are listed after Create)."""
        column = self.id_combo.currentData()
        if self.info is None or column is None or column not in self.info.table.columns:
            return ""
        index = self.info.table.column_index(column)
        values = [row.values[index].strip() for row in self.info.preview]
        blank = sum(1 for v in values if not v)
        repeated = len([v for v in values if v]) - len({v for v in values if v})
        if not blank and not repeated:
            return ""
        return self.tr(
            "Column “{column}”: {blank} blank and {repeated} repeated ID(s) in the rows shown. Every request needs "
            "its own ID: fix them in the next step, or let the app number the rows."
        ).format(column=column, blank=blank, repeated=repeated)

    def _show_preview(self, row: Row | None, request: dict[str, Any] | None, error: str | None) -> None:
        if row is None:
            self.preview_label.setText(self.tr("The table has no data rows."))
            self.json_preview.setPlainText("")
            return
        if error:
            self.preview_label.setText(
                self.tr("Sheet row {row} cannot become a request: {reason}").format(row=row.number, reason=error)
            )
            self.json_preview.setPlainText("")
            return
        if request is None:
            self.preview_label.setText(
                self.tr("Fix the mapping above to see the request for sheet row {row}.").format(row=row.number)
            )
            self.json_preview.setPlainText("")
            return
        prompt = fields_of(b"", request).prompt
        self.preview_label.setText(
            self.tr("Sheet row {row} → prompt: <b>{prompt}</b>").format(
                row=row.number, prompt=html.escape(one_line(prompt, 160))
            )
        )
        text = pretty_request(request)
        self.json_preview.setPlainText(text)
        # scroll to the user's message: the part that changes from row to row
        at = text.find('"role": "user"')
        if at >= 0:
            cursor = self.json_preview.textCursor()
            cursor.setPosition(min(len(text), at + 200))
            self.json_preview.setTextCursor(cursor)
            self.json_preview.ensureCursorVisible()

    def _on_build_clicked(self) -> None:
        if self.build_button.isEnabled():
            self.build_requested.emit()


def _kind_of(model: str) -> EndpointKind:
    if model == TEST_MODEL:
        return EndpointKind.TEST
    if model.startswith("text-embedding"):
        return EndpointKind.EMBEDDINGS
    return EndpointKind.CHAT


def _guess_id_column(columns: tuple[str, ...], rows: list[Row]) -> str | None:
    """A column named like an id whose first cells are filled and distinct."""
    for index, name in enumerate(columns):
        if name.strip().casefold() in _ID_HINTS or name.strip().casefold().endswith(("_id", " id")):
            values = [r.values[index].strip() for r in rows[:100]]
            if values and all(values) and len(set(values)) == len(values):
                return name
    return None
