"""Settings: the API key of each region (set, test, remove), custom endpoints, and the window's language."""

from __future__ import annotations

import asyncio
import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import BatchDeskError
from desktop_app.core.regions import Region, custom_region
from desktop_app.ui.controller import AppController
from desktop_app.ui.i18n import LANGUAGE_NAMES, LANGUAGES, language_for_locale
from desktop_app.ui.messages import error_text, region_name
from desktop_app.ui.messages import text as catalogue_text
from desktop_app.ui.tasks import TaskOwner

GREEN, RED, GREY, AMBER = "#1b7f3b", "#b3261e", "#5e5c64", "#a05a00"


class RegionKeyRow:
    """The widgets of one region's key: field, Save, Test, Remove, and a status line."""

    def __init__(self, region: Region, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.region = region
        name = region_name(region)
        label = QLabel(f"<b>{html.escape(name)}</b>", parent)
        self.field = QLineEdit(parent)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(
            QCoreApplication.translate("RegionKeyRow", "Paste the API key (sk-…) for this region")
        )
        self.field.setAccessibleName(
            QCoreApplication.translate("RegionKeyRow", "API key for {region}").format(region=name)
        )
        label.setBuddy(self.field)
        self.save_button = QPushButton(QCoreApplication.translate("RegionKeyRow", "Save"), parent)
        self.test_button = QPushButton(QCoreApplication.translate("RegionKeyRow", "Test"), parent)
        self.remove_button = QPushButton(QCoreApplication.translate("RegionKeyRow", "Remove"), parent)
        self.save_button.setAccessibleName(
            QCoreApplication.translate("RegionKeyRow", "Save the key for {region}").format(region=name)
        )
        self.test_button.setAccessibleName(
            QCoreApplication.translate("RegionKeyRow", "Test the key for {region}").format(region=name)
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("RegionKeyRow", "Remove the key for {region}").format(region=name)
        )
        self.status = QLabel("", parent)
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(
            QCoreApplication.translate("RegionKeyRow", "Key status for {region}").format(region=name)
        )
        grid.addWidget(label, row, 0)
        grid.addWidget(self.field, row, 1)
        grid.addWidget(self.save_button, row, 2)
        grid.addWidget(self.test_button, row, 3)
        grid.addWidget(self.remove_button, row, 4)
        grid.addWidget(self.status, row + 1, 1, 1, 4)

    def set_status(self, text: str, colour: str = GREY) -> None:
        """Show a line of status (simple HTML) under the field."""
        self.status.setText(f"<span style='color:{colour}'>{text}</span>")


class SettingsDialog(QDialog):
    """Non-modal dialog; every action runs as an owned task with the window's error boundary.

    Signals:
        keys_changed: a key was saved or removed.
        language_changed(str): the language setting changed ("" = the system's); applies on restart.
        restart_requested: the user pressed "Restart now" to see the new language.
    """

    keys_changed = Signal()
    language_changed = Signal(str)
    restart_requested = Signal()

    def __init__(self, controller: AppController, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tasks = tasks
        self.setWindowTitle(self.tr("Settings"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each region has <b>its own API key</b>: a Singapore key does not work in Beijing. Keys are kept "
                "in your system's keychain, never in a file, and are never shown again after saving."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backend_label = QLabel(self.tr("Looking for the system keychain…"), self)
        self.backend_label.setWordWrap(True)
        self.backend_label.setTextFormat(Qt.TextFormat.RichText)
        self.backend_label.setAccessibleName(self.tr("Where keys are stored"))
        layout.addWidget(self.backend_label)

        box = QGroupBox(self.tr("API keys by region"), self)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.grid = grid
        self.rows: dict[str, RegionKeyRow] = {}
        for region in controller.regions():
            if region.needs_key:
                self._add_row(region, grid)
        layout.addWidget(box)

        custom = QGroupBox(self.tr("Add another OpenAI-compatible endpoint"), self)
        custom_layout = QHBoxLayout(custom)
        self.custom_name = QLineEdit(custom)
        self.custom_name.setPlaceholderText(self.tr("Name, e.g. Frankfurt"))
        self.custom_name.setAccessibleName(self.tr("Custom endpoint name"))
        self.custom_url = QLineEdit(custom)
        self.custom_url.setPlaceholderText(self.tr("Base URL, e.g. https://example.com/compatible-mode/v1"))
        self.custom_url.setAccessibleName(self.tr("Custom endpoint base URL"))
        self.add_button = QPushButton(self.tr("Add endpoint"), custom)
        self.add_button.setAccessibleName(self.tr("Add the custom endpoint"))
        self.add_button.clicked.connect(self._add_custom)
        custom_layout.addWidget(self.custom_name, 1)
        custom_layout.addWidget(self.custom_url, 2)
        custom_layout.addWidget(self.add_button)
        self.custom_status = QLabel("", custom)
        self.custom_status.setWordWrap(True)
        self.custom_status.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(custom)
        layout.addWidget(self.custom_status)

        layout.addWidget(self._build_language_box())
        layout.addWidget(self._build_spending_box())
        layout.addWidget(self._build_background_box())
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # ----- spending cap ---------------------------------------------------------------------------
    def _build_spending_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Spending cap"), self)
        row = QHBoxLayout(box)
        label = QLabel(self.tr("&Cap per job:"), box)
        self.cap_spin = QDoubleSpinBox(box)
        self.cap_spin.setObjectName("max_cost_per_job")
        self.cap_spin.setAccessibleName(self.tr("Spending cap per job"))
        self.cap_spin.setDecimals(2)
        self.cap_spin.setRange(0.0, 1_000_000.0)
        self.cap_spin.setSingleStep(1.0)
        self.cap_spin.setSpecialValueText(self.tr("no cap"))
        self.cap_spin.setValue(float(self.controller.settings.get("max_cost_per_job")))
        self.cap_spin.valueChanged.connect(self._on_cap_changed)
        label.setBuddy(self.cap_spin)
        note = QLabel(
            html.escape(
                self.tr(
                    "In the region's currency. A submit whose upper estimate is above it — or cannot be "
                    "estimated — is refused with the numbers. The free test model and the sandbox are never capped."
                )
            ),
            box,
        )
        note.setWordWrap(True)
        row.addWidget(label)
        row.addWidget(self.cap_spin)
        row.addWidget(note, 1)
        return box

    def _on_cap_changed(self, value: float) -> None:
        self.controller.settings.set("max_cost_per_job", float(value))

    # ----- language -------------------------------------------------------------------------------
    def _build_language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"), self)
        row = QHBoxLayout(box)
        label = QLabel(self.tr("&Language of the window:"), box)
        self.language_combo = QComboBox(box)
        self.language_combo.setAccessibleName(self.tr("Language of the window"))
        label.setBuddy(self.language_combo)
        system = LANGUAGE_NAMES[language_for_locale(QLocale.system())]
        self.language_combo.addItem(self.tr("The system's language ({language})").format(language=system), "")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        current = self.controller.settings.get("language")
        index = self.language_combo.findData(current if current in LANGUAGES else "")
        self.language_combo.setCurrentIndex(max(index, 0))
        self._language_at_start = self.language_combo.currentData()
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        self.language_note = QLabel(
            html.escape(self.tr("A new language takes effect after you restart Batch Desk.")), box
        )
        self.language_note.setWordWrap(True)
        self.language_note.setTextFormat(Qt.TextFormat.RichText)
        self.restart_button = QPushButton(self.tr("Restart now"), box)
        self.restart_button.setAccessibleName(self.tr("Restart Batch Desk in the new language"))
        self.restart_button.clicked.connect(self.restart_requested)
        self.restart_button.hide()
        row.addWidget(label)
        row.addWidget(self.language_combo)
        row.addWidget(self.language_note, 1)
        row.addWidget(self.restart_button)
        return box

    def _build_background_box(self) -> QGroupBox:
        """Keep checking from the tray after the window closes (a job can run for 14 days)."""
        box = QGroupBox(self.tr("When the window is closed"), self)
        column = QVBoxLayout(box)
        self.background_check = QCheckBox(
            self.tr("Keep checking jobs in the background, from an icon in the system tray (menu bar)"), box
        )
        self.background_check.setAccessibleName(self.tr("Keep checking jobs in the background"))
        has_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.background_check.setChecked(bool(self.controller.settings.get("check_in_background")) and has_tray)
        self.background_check.setEnabled(has_tray)
        self.background_check.toggled.connect(lambda on: self.controller.settings.set("check_in_background", on))
        self.background_note = QLabel(box)
        self.background_note.setWordWrap(True)
        self.background_note.setStyleSheet("color: palette(placeholder-text);")
        if has_tray:
            self.background_note.setText(
                self.tr(
                    "Batch Desk then tells you when a job ends even after you close its window; choose Quit "
                    "(Ctrl+Q) to stop it."
                )
            )
        else:
            self.background_note.setText(
                self.tr(
                    "This desktop shows no tray icons, so checking stops when the window closes. Your jobs keep "
                    "running on the server (up to 14 days): start Batch Desk again and it picks them up and "
                    "downloads the answers."
                )
            )
        column.addWidget(self.background_check)
        column.addWidget(self.background_note)
        return box

    def _on_language_chosen(self, _index: int) -> None:
        code = str(self.language_combo.currentData() or "")
        self.controller.settings.set("language", code)
        if code != self._language_at_start:
            self.language_note.setText(
                "<b>" + html.escape(self.tr("Saved. Restart Batch Desk to see the new language.")) + "</b>"
            )
        else:
            self.language_note.setText(
                html.escape(self.tr("A new language takes effect after you restart Batch Desk."))
            )
        self.restart_button.setVisible(code != self._language_at_start)
        self.language_changed.emit(code)

    # ----- keys -----------------------------------------------------------------------------------
    def _add_row(self, region: Region, grid: QGridLayout) -> RegionKeyRow:
        row = RegionKeyRow(region, grid, len(self.rows) * 2, self)
        row.save_button.clicked.connect(lambda: self.tasks.spawn(self.save_key(region.id), self.tr("save the key")))
        row.test_button.clicked.connect(lambda: self.tasks.spawn(self.test_key(region.id), self.tr("test the key")))
        row.remove_button.clicked.connect(
            lambda: self.tasks.spawn(self.remove_key(region.id), self.tr("remove the key"))
        )
        self.rows[region.id] = row
        return row

    async def load(self) -> None:
        """Show where keys live and which regions have one (masked)."""
        status = await self._backend_text()
        self.backend_label.setText(status)
        for region_id, row in self.rows.items():
            state = await self.controller.key_state(region_id)
            if state.has_key:
                row.set_status(html.escape(self.tr("A key is stored ({masked}).").format(masked=state.masked)), GREEN)
            elif row.region.key_url:
                row.set_status(
                    self.tr("No key yet. Get one at <a href='{url}'>the {region} console</a>.").format(
                        url=row.region.key_url, region=html.escape(region_name(row.region))
                    )
                )
            else:
                row.set_status(html.escape(self.tr("No key yet.")))

    async def _backend_text(self) -> str:
        status = await asyncio.to_thread(self.controller.keystore.backend_status)
        if status.available:
            return self.tr("Keys are stored in: <b>{where}</b>.").format(
                where=html.escape(catalogue_text(status.place))
            )
        if status.why is not None:  # a sentence of its own: never inside brackets (that read "(… time.).")
            text = self.tr("⚠ {problem} Nothing is written to disk.").format(
                problem=html.escape(catalogue_text(status.why))
            )
        else:
            text = self.tr(
                "⚠ No system keychain is available ({problem}). A key you save is kept <b>for this session "
                "only</b> and forgotten when the app closes — nothing is written to disk."
            ).format(problem=html.escape(self.tr("no keychain service was found")))
        return f"<span style='color:{AMBER}'>" + text + "</span>"

    async def save_key(self, region_id: str) -> None:
        """Store the typed key, then clear the field."""
        row = self.rows[region_id]
        key = row.field.text().strip()
        if not key:
            row.set_status(html.escape(self.tr("Paste a key first.")), RED)
            return
        where = await self.controller.save_key(region_id, key)
        row.field.clear()
        row.set_status(
            html.escape(
                # ``where`` is a sentence of its own ("Saved in the system keychain.")
                self.tr("{where} Press Test to check it with the server.").format(where=catalogue_text(where))
            ),
            GREEN,
        )
        self.keys_changed.emit()

    async def test_key(self, region_id: str) -> bool:
        """Check the typed key (or the stored one) with one cheap list call."""
        row = self.rows[region_id]
        key = row.field.text().strip()
        if not key:
            stored = await asyncio.to_thread(self.controller.keystore.get, region_id)
            key = stored or ""
        if not key:
            row.set_status(html.escape(self.tr("There is no key to test. Paste one first.")), RED)
            return False
        row.set_status(html.escape(self.tr("Testing…")))
        try:
            await self.controller.test_key(region_id, key)
        except BatchDeskError as exc:
            row.set_status(html.escape(error_text(exc)), RED)
            return False
        row.set_status(html.escape(self.tr("✓ The key works in this region.")), GREEN)
        return True

    async def remove_key(self, region_id: str) -> None:
        """Forget the stored key."""
        await self.controller.remove_key(region_id)
        self.rows[region_id].set_status(html.escape(self.tr("Removed. This region has no key now.")))
        self.keys_changed.emit()

    def _add_custom(self) -> None:
        try:
            region = custom_region(self.custom_name.text(), self.custom_url.text())
        except ValueError as exc:
            self.custom_status.setText(f"<span style='color:{RED}'>{html.escape(error_text(exc))}</span>")
            return
        entries = list(self.controller.settings.get("custom_endpoints"))
        entries = [e for e in entries if custom_region(str(e["name"]), str(e["base_url"])).id != region.id]
        entries.append({"name": region.name, "base_url": region.base_url})
        self.controller.settings.set("custom_endpoints", entries)
        if region.id not in self.rows:
            self._add_row(region, self.grid)
        self.custom_name.clear()
        self.custom_url.clear()
        self.custom_status.setText(
            html.escape(
                self.tr("Added “{name}”. Save its key above; it appears in the region list after a restart.").format(
                    name=region.name
                )
            )
        )
