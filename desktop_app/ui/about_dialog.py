"""Help ▸ About: the app's version, the versions it runs on, its folders, the keychain, the licence."""

from __future__ import annotations

import asyncio
import html
import platform
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.core.diagnostics import package_version
from desktop_app.core.paths import AppPaths
from desktop_app.core.secrets import KeyStore
from desktop_app.ui.messages import text as catalogue_text
from desktop_app.ui.widgets import ElidedLabel

LICENCE = "Apache-2.0"
LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0"


def open_folder(path: Path) -> bool:
    """Open a folder in the system's file manager (created first if missing)."""
    path.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AboutDialog(QDialog):
    """Versions, folders with "Open" links, the keychain in use, and the licence. Non-modal.

    ``load()`` fills in the keychain line (the keychain may block, so it is asked off the UI thread).
    """

    def __init__(self, paths: AppPaths, keystore: KeyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.keystore = keystore
        self.opened: list[Path] = []  # folders opened from here (tests read it)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.resize(720, 560)
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel(self)
        app_icon = QApplication.windowIcon()
        if not app_icon.isNull():
            icon.setPixmap(app_icon.pixmap(64, 64))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(
            f"<h2>{html.escape(APP_NAME)} {html.escape(__version__)}</h2>"
            + html.escape(
                self.tr("Batch jobs for Alibaba Cloud Model Studio: spreadsheet in, Excel-ready answers out.")
            ),
            self,
        )
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        layout.addLayout(head)

        versions = QGroupBox(self.tr("Versions"), self)
        form = QFormLayout(versions)
        self.version_labels: dict[str, QLabel] = {}
        for name, value in (
            (APP_NAME, __version__),
            ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
            ("PySide6", package_version("PySide6-Essentials", "PySide6")),
            ("Qt", qVersion()),
            ("qasync", package_version("qasync")),
            ("openai", package_version("openai")),
            ("keyring", package_version("keyring")),
            (self.tr("System"), platform.platform(terse=True)),
        ):
            label = QLabel(html.escape(value), versions)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(html.escape(name) + ":", label)
            self.version_labels[name] = label
        layout.addWidget(versions)

        folders = QGroupBox(self.tr("Folders the app uses"), self)
        folder_grid = QGridLayout(folders)
        folder_grid.setColumnStretch(1, 1)
        self.folder_labels: dict[str, ElidedLabel] = {}
        self.folder_buttons: dict[str, QPushButton] = {}
        for row, (key, name, path) in enumerate(
            (
                ("config", self.tr("Settings"), paths.config),
                ("data", self.tr("Jobs and answers"), paths.data),
                ("cache", self.tr("Cache"), paths.cache),
                ("logs", self.tr("Logs"), paths.logs),
            )
        ):
            label = ElidedLabel(str(path), folders)  # a long path is cut in the middle; all of it in the tooltip
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(self.tr("{folder} folder").format(folder=name))
            button = QPushButton(self.tr("Open"), folders)
            button.setAccessibleName(self.tr("Open the {folder} folder").format(folder=name))
            button.clicked.connect(lambda _checked=False, folder=path: self.open_folder(folder))
            folder_grid.addWidget(QLabel(name + ":", folders), row, 0)
            folder_grid.addWidget(label, row, 1)
            folder_grid.addWidget(button, row, 2)
            self.folder_labels[key] = label
            self.folder_buttons[key] = button
        layout.addWidget(folders)

        self.keychain_label = QLabel(self.tr("Keychain: looking…"), self)
        self.keychain_label.setWordWrap(True)
        self.keychain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keychain_label.setAccessibleName(self.tr("Keychain in use"))
        layout.addWidget(self.keychain_label)
        self.licence_label = QLabel(
            self.tr("Licence: <a href='{url}'>{licence}</a>. Made for people who are not programmers.").format(
                url=LICENCE_URL, licence=LICENCE
            ),
            self,
        )
        self.licence_label.setOpenExternalLinks(True)
        self.licence_label.setAccessibleName(self.tr("Licence"))
        layout.addWidget(self.licence_label)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_folder(self, path: Path) -> None:
        """Open one of the app's folders in the file manager."""
        self.opened.append(path)
        open_folder(path)

    async def load(self) -> str:
        """Ask the keychain which backend it uses (off the UI thread); returns the shown text."""
        status = await asyncio.to_thread(self.keystore.backend_status)
        if status.available:
            text = self.tr("Keychain: {where}.").format(where=catalogue_text(status.place))
        else:
            text = self.tr("Keychain: none available — keys are kept for this session only.")
        self.keychain_label.setText(text)
        # the technical name is for bug reports, not for reading
        self.keychain_label.setToolTip(status.backend_name)
        return text
