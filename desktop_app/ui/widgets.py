"""Small reusable widgets: the notice bar, the file drop zone, a label that shortens long paths, and a
scroll area that scrolls only up and down."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

NOTICE_STYLES = {
    "info": ("#e8f0fe", "#1a5fb4", "ℹ"),
    "sandbox": ("#fff4d6", "#7a4f00", "⚑"),
    "success": ("#e6f4ea", "#1b7f3b", "✓"),
    "warning": ("#fff4d6", "#7a4f00", "⚠"),
    "error": ("#fce8e6", "#b3261e", "✕"),
}


ZERO_WIDTH_SPACE = "\u200b"
LONGEST_UNBROKEN = 24  # characters a label may need on one line before a break is offered
_SEPARATORS = re.compile(r"([/\\_.\-])")
_LONG_RUN = re.compile(r"[^\s<>]{" + str(LONGEST_UNBROKEN + 1) + ",}")
_ATOMS = re.compile(r"&#?\w+;|.", re.DOTALL)


def breakable(text: str) -> str:
    """``text`` with invisible line-break chances inside long unbroken runs (a path, a file name).

    A word-wrapped label cannot break a 150-character path, so it widens the whole window to fit it
    (a results window grew to 1,453 px after an export to a deep folder). A zero-width space goes
    after each path separator, ``_``, ``-`` and ``.`` of such a run, and after every
    :data:`LONGEST_UNBROKEN` characters of a run with none. Works on plain text and on the simple
    HTML the notices show: tags and character references (``&amp;``) are never split.
    """

    def split_run(match: re.Match[str]) -> str:
        pieces: list[str] = []
        for part in _SEPARATORS.sub(r"\1" + ZERO_WIDTH_SPACE, match.group(0)).split(ZERO_WIDTH_SPACE):
            atoms = _ATOMS.findall(part)
            chunks = ["".join(atoms[i : i + LONGEST_UNBROKEN]) for i in range(0, len(atoms), LONGEST_UNBROKEN)]
            pieces.append(ZERO_WIDTH_SPACE.join(chunks))
        return ZERO_WIDTH_SPACE.join(pieces)

    return _LONG_RUN.sub(split_run, text)


class NoticeBar(QFrame):
    """A coloured, non-modal message strip with an optional close button.

    Signals:
        closed: the user dismissed the notice.
    """

    closed = Signal()

    def __init__(self, kind: str = "info", closable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)  # callers pass escaped text or simple HTML
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setOpenExternalLinks(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self._dismiss)
        self.close_button.setVisible(closable)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = kind
        self.message = ""  # the text last shown, as given (the label's has invisible line-break chances)
        self.set_kind(kind)
        self.hide()

    def set_kind(self, kind: str) -> None:
        """Switch colours and icon."""
        self.kind = kind
        background, foreground, symbol = NOTICE_STYLES[kind]
        self.setStyleSheet(
            f"QFrame#noticeBar {{ background: {background}; border: 1px solid {foreground}; border-radius: 4px; }}"
            f"QLabel {{ color: {foreground}; }}"
        )
        self.icon.setText(symbol)

    def show_message(self, text: str, kind: str | None = None) -> None:
        """Show ``text`` (plain text or simple HTML)."""
        if kind:
            self.set_kind(kind)
        self.message = text
        self.text.setText(breakable(text))
        self.setAccessibleDescription(text)
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.closed.emit()


class SavedFileBar(QWidget):
    """After an export: what was saved, with *Open* and *Show in folder* (one widget for every place
    that exports, so they behave alike). Hidden until :meth:`show_saved`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedFileBar")
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel("", self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Exported file"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the exported file"))
        self.open_button.clicked.connect(lambda: self.open_saved(folder=False))
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.setAccessibleName(self.tr("Show the exported file in its folder"))
        self.folder_button.clicked.connect(lambda: self.open_saved(folder=True))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.hide()

    def show_saved(self, path: Path, text: str) -> None:
        """Show ``text`` (plain) about the file at ``path`` and offer to open it or its folder."""
        self.path = path
        self.label.setText(breakable(text))
        self.show()

    def open_saved(self, *, folder: bool) -> None:
        """Open the saved file with its usual app, or its folder in the file manager."""
        if self.path is None:
            return
        self.open_url(QUrl.fromLocalFile(str(self.path.parent if folder else self.path)))


class DropZone(QFrame):
    """A large target for dropping a file, with an Open button for keyboard and mouse users.

    Signals:
        file_dropped(list): local paths dropped on the zone.
        open_requested: the Open button was pressed.
    """

    file_dropped = Signal(list)
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setMinimumHeight(120)
        self._set_highlight(False)
        self.title = QLabel(self.tr("Drop a batch file (.jsonl) here"), self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(
            self.tr("One JSON request per line, as the Batch API expects. Nothing is uploaded until you press Submit."),
            self,
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open file…"), self)
        self.open_button.setAccessibleName(self.tr("Open a batch file"))
        self.open_button.clicked.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_compact(self, current_name: str) -> None:
        """Shrink once a file is open, leaving room for its report."""
        self.title.setText(self.tr("{name} is open — drop another file to replace it").format(name=current_name))
        self.hint.hide()
        self.setMinimumHeight(0)
        self.setMaximumHeight(110)

    def _set_highlight(self, on: bool) -> None:
        colour = "#1a5fb4" if on else "#9a9996"
        background = "#e8f0fe" if on else "palette(base)"
        self.setStyleSheet(
            f"QFrame#dropZone {{ border: 2px dashed {colour}; border-radius: 8px; background: {background}; }}"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            self._set_highlight(True)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.file_dropped.emit(paths)
        else:
            event.ignore()


class ElidedLabel(QLabel):
    """One line (a folder path, say) cut in the middle with "…" when the label is too narrow; the
    whole text is in the tooltip and :meth:`full_text`."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """Show ``text`` (shortened to fit)."""
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        """The text before shortening."""
        return self._full

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down only: it is never narrower than its content needs, so a splitter or a small
    window cannot cut the form off on the right (a plain scroll area's minimum width is tiny)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        return QSize(content.minimumSizeHint().width() + bar + frame, hint.height())
