"""The base of every error the app shows to a person, in a module light enough for the ledger.

:mod:`desktop_app.core.errors` re-exports it next to the network errors (which need ``openai``); the
ledger raises :class:`~desktop_app.core.ledger.LedgerError`, a subclass, without loading the SDK.
"""

from __future__ import annotations

from desktop_app.core.logging_setup import redact


class BatchDeskError(Exception):
    """Base of every error the app shows to a person."""

    retryable: bool = False

    def __init__(
        self,
        user_message: str,
        *,
        detail: str = "",
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        will_retry: bool = False,
    ) -> None:
        self.user_message = redact(user_message)
        self.detail = redact(detail)  # technical detail for the log / a "details" box
        self.status = status
        self.code = redact(code) if code else code
        self.request_id = request_id
        self.retry_after = retry_after
        self.will_retry = will_retry
        super().__init__(self.user_message)

    def __str__(self) -> str:
        return self.user_message
