"""The first-run welcome panel: the three steps, where to get a key, and a sample to try in the sandbox.

It sits at the top of the main window on the first start (setting ``welcome_seen``), is dismissed with
one click, and comes back from Help ▸ Welcome. "Try the sample in the sandbox" switches to the Sandbox
region and opens ``resources/samples/test-model-sample.jsonl`` in step 1: two requests for the free
test model, answered on this computer.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app import APP_NAME
from desktop_app.core.regions import Region, RegionKind
from desktop_app.resources import resource_path
from desktop_app.ui.messages import region_name

SAMPLE_FILE = "test-model-sample.jsonl"


def sample_path() -> Path:
    """The sample batch file the welcome panel opens (source checkout or frozen bundle)."""
    return resource_path("samples", SAMPLE_FILE)


class WelcomePanel(QFrame):
    """Three steps, key links per region, a one-click sample, and a dismiss button.

    Signals:
        try_sample_requested: open the sample in the sandbox.
        keys_requested: open the API key settings.
        dismissed: the user closed the panel ("Got it").
    """

    try_sample_requested = Signal()
    keys_requested = Signal()
    dismissed = Signal()

    def __init__(self, regions: Iterable[Region], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setStyleSheet(
            "QFrame#welcomePanel { background: #f3f6fc; border: 1px solid #a7bfe8; border-radius: 6px; }"
            "QFrame#welcomePanel QLabel { background: transparent; }"
        )
        self.setAccessibleName(self.tr("Welcome"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 10, 10)

        head = QHBoxLayout()
        self.title = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title)
        head.addStretch(1)
        self.dismiss_button = QPushButton(self.tr("&Got it — hide this"), self)
        self.dismiss_button.setAccessibleName(self.tr("Hide the welcome panel"))
        self.dismiss_button.setToolTip(self.tr("Help ▸ Welcome shows it again."))
        self.dismiss_button.clicked.connect(self._dismiss)
        head.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)

        self.intro = QLabel(
            self.tr(
                "Send thousands of prompts to Alibaba Cloud Model Studio as one batch job — at half the price "
                "of one-by-one calls, without writing code. Three steps:"
            ),
            self,
        )
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        steps = QGridLayout()
        steps.setHorizontalSpacing(18)
        self.step_labels: list[QLabel] = []
        for column, (title, text) in enumerate(
            (
                (
                    self.tr("① Add your file"),
                    self.tr(
                        "Drop a spreadsheet (Excel, CSV) or a JSONL batch file on the window, or press "
                        "Open file (Ctrl+O)."
                    ),
                ),
                (
                    self.tr("② Check"),
                    self.tr(
                        "Every documented limit is checked before anything is uploaded. Problems are listed "
                        "with their line and what to do."
                    ),
                ),
                (
                    self.tr("③ Submit"),
                    self.tr(
                        "Press Submit (Ctrl+Enter). The job appears under Jobs and results; when it ends, "
                        "export the answers for Excel (Ctrl+E)."
                    ),
                ),
            )
        ):
            label = QLabel(f"<b>{html.escape(title)}</b><br>{html.escape(text)}", self)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            steps.addWidget(label, 0, column)
            steps.setColumnStretch(column, 1)
            self.step_labels.append(label)
        outer.addLayout(steps)

        self.keys_label = QLabel(self._keys_html(regions), self)
        self.keys_label.setWordWrap(True)
        self.keys_label.setTextFormat(Qt.TextFormat.RichText)
        self.keys_label.setOpenExternalLinks(True)
        self.keys_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.keys_label.setAccessibleName(self.tr("Where to get an API key"))
        outer.addWidget(self.keys_label)

        actions = QHBoxLayout()
        self.sample_button = QPushButton(self.tr("&Try the sample in the sandbox"), self)
        self.sample_button.setAccessibleName(self.tr("Try the sample in the sandbox"))
        self.sample_button.setToolTip(
            self.tr("Opens a two-line batch file for the free test model and switches to the Sandbox region.")
        )
        self.sample_button.clicked.connect(self.try_sample_requested)
        self.sample_button.setEnabled(sample_path().is_file())
        self.keys_button = QPushButton(self.tr("Enter API &keys…"), self)
        self.keys_button.setAccessibleName(self.tr("Open the API key settings"))
        self.keys_button.clicked.connect(self.keys_requested)
        self.sample_note = QLabel(
            self.tr("The sandbox answers on this computer: nothing is sent to Alibaba Cloud and nothing is billed."),
            self,
        )
        self.sample_note.setWordWrap(True)
        actions.addWidget(self.sample_button)
        actions.addWidget(self.keys_button)
        actions.addWidget(self.sample_note, 1)
        outer.addLayout(actions)

    def _keys_html(self, regions: Iterable[Region]) -> str:
        lines = [
            html.escape(
                self.tr(
                    "For real answers you need an API key. Each region has its own key — a Singapore key "
                    "does not work in Beijing:"
                )
            )
        ]
        for region in regions:
            if region.kind is not RegionKind.VENDOR or not region.key_url:
                continue
            link = self.tr("get a key in the Model Studio console")
            if region.id == "cn":
                link = self.tr("get a key in the Model Studio console (Beijing)")
            lines.append(
                f"• <b>{html.escape(region_name(region))}</b>: "
                f"<a href='{html.escape(region.key_url, quote=True)}'>{html.escape(link)}</a>"
            )
        return "<br>".join(lines)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
