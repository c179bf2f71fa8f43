"""The confirmation before a billed submit: a non-modal dialog awaited through a future.

No ``exec()`` (no nested event loop inside a coroutine): :func:`confirm_submit` shows the dialog and
awaits its answer. The answer is given once; a second Enter or click cannot answer again, and the
dialog is gone after the first.
"""

from __future__ import annotations

import asyncio
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.estimate import SubmitCheck
from desktop_app.ui.estimate_text import estimate_html, variants_html
from desktop_app.ui.messages import tr_fragment


class ConfirmSubmitDialog(QDialog):
    """Region, model, requests, the estimate and whose key pays; Submit is the default button."""

    def __init__(self, check: SubmitCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_submit")
        self.setWindowTitle(self.tr("Confirm the billed submit"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        est = check.estimate
        region = html.escape(tr_fragment(check.region_name))  # a built-in region's name is translated
        head = self.tr("<b>{region}</b> · model <b>{model}</b> · {requests} request(s)").format(
            region=region, model=html.escape(est.model), requests=f"{est.requests:,}"
        )
        billed = self.tr("This will be billed to the key of {region}.").format(region=region)
        body = estimate_html(est)
        if check.variants:
            head = self.tr("<b>{region}</b> · {count} batches, each billed · {requests} requests in all").format(
                region=region, count=len(check.variants), requests=f"{est.requests:,}"
            )
            total = self.tr("<b>All {count} batches together:</b>").format(count=len(check.variants))
            body = f"{variants_html(check.variants)}<br><br>{total}<br>{body}"
        self.text = QLabel(f"{head}<br>{body}<br><b>{billed}</b>", self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(460)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(self)
        self.submit_button = QPushButton(self.tr("Submit and pay"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.submit_button.setDefault(True)
        self.submit_button.setAutoRepeat(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self.finished.connect(self._answer)

    def _answer(self, result: int) -> None:
        if not self.answer.done():  # answered once; anything after that is ignored
            self.answer.set_result(result == QDialog.DialogCode.Accepted)


async def confirm_submit(check: SubmitCheck, parent: QWidget | None) -> bool:
    """Show the confirmation and wait for it (True: submit). Cancelled awaiting closes it unanswered."""
    dialog = ConfirmSubmitDialog(check, parent)
    dialog.open()
    try:
        return await asyncio.shield(dialog.answer)
    except asyncio.CancelledError:
        dialog.reject()
        raise
