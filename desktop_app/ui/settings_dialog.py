"""API key settings: set, test and remove the key of each region; add custom endpoints."""

from __future__ import annotations

import asyncio
import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import BatchDeskError
from desktop_app.core.regions import Region, custom_region
from desktop_app.ui.controller import AppController
from desktop_app.ui.tasks import TaskOwner


class RegionKeyRow:
    """The widgets of one region's key: field, Save, Test, Remove, and a status line."""

    def __init__(self, region: Region, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.region = region
        label = QLabel(f"<b>{html.escape(region.name)}</b>", parent)
        self.field = QLineEdit(parent)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText("Paste the API key (sk-…) for this region")
        self.field.setAccessibleName(f"API key for {region.name}")
        self.save_button = QPushButton("Save", parent)
        self.test_button = QPushButton("Test", parent)
        self.remove_button = QPushButton("Remove", parent)
        for button, verb in ((self.save_button, "Save"), (self.test_button, "Test"), (self.remove_button, "Remove")):
            button.setAccessibleName(f"{verb} key for {region.name}")
        self.status = QLabel("", parent)
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(True)
        grid.addWidget(label, row, 0)
        grid.addWidget(self.field, row, 1)
        grid.addWidget(self.save_button, row, 2)
        grid.addWidget(self.test_button, row, 3)
        grid.addWidget(self.remove_button, row, 4)
        grid.addWidget(self.status, row + 1, 1, 1, 4)

    def set_status(self, text: str, colour: str = "#5e5c64") -> None:
        """Show a line of status under the field."""
        self.status.setText(f"<span style='color:{colour}'>{text}</span>")


class SettingsDialog(QDialog):
    """Non-modal dialog; every action runs as an owned task with the window's error boundary.

    Signals:
        keys_changed: a key was saved or removed.
    """

    keys_changed = Signal()

    def __init__(self, controller: AppController, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tasks = tasks
        self.setWindowTitle("API keys")
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Each region has <b>its own API key</b>: a Singapore key does not work in Beijing. Keys are kept in "
            "your system's keychain, never in a file, and are never shown again after saving.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backend_label = QLabel("Looking for the system keychain…", self)
        self.backend_label.setWordWrap(True)
        layout.addWidget(self.backend_label)

        box = QGroupBox("Regions", self)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.rows: dict[str, RegionKeyRow] = {}
        for region in controller.regions():
            if region.needs_key:
                self._add_row(region, grid)
        self.grid = grid
        layout.addWidget(box)

        custom = QGroupBox("Add another OpenAI-compatible endpoint", self)
        custom_layout = QHBoxLayout(custom)
        self.custom_name = QLineEdit(custom)
        self.custom_name.setPlaceholderText("Name, e.g. Frankfurt")
        self.custom_name.setAccessibleName("Custom endpoint name")
        self.custom_url = QLineEdit(custom)
        self.custom_url.setPlaceholderText("Base URL, e.g. https://example.com/compatible-mode/v1")
        self.custom_url.setAccessibleName("Custom endpoint base URL")
        add_button = QPushButton("Add endpoint", custom)
        add_button.clicked.connect(self._add_custom)
        custom_layout.addWidget(self.custom_name, 1)
        custom_layout.addWidget(self.custom_url, 2)
        custom_layout.addWidget(add_button)
        self.custom_status = QLabel("", custom)
        layout.addWidget(custom)
        layout.addWidget(self.custom_status)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_row(self, region: Region, grid: QGridLayout) -> RegionKeyRow:
        row = RegionKeyRow(region, grid, len(self.rows) * 2, self)
        row.save_button.clicked.connect(lambda: self.tasks.spawn(self.save_key(region.id), "save the key"))
        row.test_button.clicked.connect(lambda: self.tasks.spawn(self.test_key(region.id), "test the key"))
        row.remove_button.clicked.connect(lambda: self.tasks.spawn(self.remove_key(region.id), "remove the key"))
        self.rows[region.id] = row
        return row

    async def load(self) -> None:
        """Show where keys live and which regions have one (masked)."""
        status = await self._backend_text()
        self.backend_label.setText(status)
        for region_id, row in self.rows.items():
            state = await self.controller.key_state(region_id)
            if state.has_key:
                row.set_status(f"A key is stored ({html.escape(state.masked)}).", "#1b7f3b")
            else:
                hint = (
                    f" Get one at <a href='{row.region.key_url}'>the {html.escape(row.region.name)} console</a>."
                    if row.region.key_url
                    else ""
                )
                row.set_status(f"No key yet.{hint}")

    async def _backend_text(self) -> str:
        status = await asyncio.to_thread(self.controller.keystore.backend_status)
        if status.available:
            return f"Keys are stored in: <b>{html.escape(status.where)}</b>."
        problem = html.escape(status.problem or "no keychain service was found")
        return (
            f"<span style='color:#a05a00'>⚠ No system keychain is available ({problem}). A key you save is kept "
            "<b>for this session only</b> and forgotten when the app closes — nothing is written to disk.</span>"
        )

    async def save_key(self, region_id: str) -> None:
        """Store the typed key, then clear the field."""
        row = self.rows[region_id]
        key = row.field.text().strip()
        if not key:
            row.set_status("Paste a key first.", "#b3261e")
            return
        where = await self.controller.save_key(region_id, key)
        row.field.clear()
        row.set_status(f"Saved ({html.escape(where)}). Press Test to check it with the server.", "#1b7f3b")
        self.keys_changed.emit()

    async def test_key(self, region_id: str) -> bool:
        """Check the typed key (or the stored one) with one cheap list call."""
        row = self.rows[region_id]
        key = row.field.text().strip() or (await asyncio.to_thread(self.controller.keystore.get, region_id)) or ""
        if not key:
            row.set_status("There is no key to test. Paste one first.", "#b3261e")
            return False
        row.set_status("Testing…")
        try:
            await self.controller.test_key(region_id, key)
        except BatchDeskError as exc:
            row.set_status(html.escape(exc.user_message), "#b3261e")
            return False
        row.set_status("✓ The key works in this region.", "#1b7f3b")
        return True

    async def remove_key(self, region_id: str) -> None:
        """Forget the stored key."""
        await self.controller.remove_key(region_id)
        self.rows[region_id].set_status("Removed. This region has no key now.")
        self.keys_changed.emit()

    def _add_custom(self) -> None:
        try:
            region = custom_region(self.custom_name.text(), self.custom_url.text())
        except ValueError as exc:
            self.custom_status.setText(f"<span style='color:#b3261e'>{html.escape(str(exc))}</span>")
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
            f"Added “{html.escape(region.name)}”. Save its key above; it appears in the region list after a restart."
        )
