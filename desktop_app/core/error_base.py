"""The base of every error the app shows to a person, in a module light enough for the ledger.

:mod:`desktop_app.core.errors` re-exports it next to the network errors (which need ``openai``); the
ledger raises :class:`~desktop_app.core.ledger.LedgerError`, a subclass, without loading the SDK.

An error carries its message as a :class:`~desktop_app.core.wording.Text` (a catalogue key plus the
values of its holes): the window words it in its language, ``user_message`` is the English. A plain
string is still accepted for messages of modules not moved to the catalogue yet (``text`` is None).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.core.logging_setup import redact
from desktop_app.core.wording import Param, Text, Wording, english, said


class BatchDeskError(Exception):
    """Base of every error the app shows to a person."""

    retryable: bool = False

    def __init__(
        self,
        user_message: str | Text | Wording,
        *,
        detail: str = "",
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        will_retry: bool = False,
    ) -> None:
        if isinstance(user_message, Wording):
            user_message = user_message()
        self.text: Text | None = user_message if isinstance(user_message, Text) else None
        self.user_message = redact(english(user_message) if self.text is not None else str(user_message))
        self.detail = redact(detail)  # technical detail for the log / a "details" box
        self.status = status
        self.code = redact(code) if code else code
        self.request_id = request_id
        self.retry_after = retry_after
        self.will_retry = will_retry
        super().__init__(self.user_message)

    @property
    def message_key(self) -> str | None:
        """The catalogue key of the message (None: a plain English message)."""
        return self.text.key if self.text is not None else None

    @property
    def said(self) -> Text:
        """The message as a catalogue text (a plain English message is wrapped, for the old matcher)."""
        return self.text if self.text is not None else said(self.user_message)

    @property
    def params(self) -> Mapping[str, Param]:
        """The values of the message's holes."""
        return self.text.params if self.text is not None else {}

    def __str__(self) -> str:
        return self.user_message
