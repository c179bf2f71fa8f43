"""The step every submit takes before it sends a file: the estimate, the cap, then the confirmation.

One gate for the window (whose ``confirm`` shows a dialog) and the command line (whose ``on_check``
prints the estimate; running the command is its confirmation, as for ``submit``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from desktop_app.core.estimate import Estimator, SubmitCheck, SubmitNotConfirmed, prepare_submit
from desktop_app.core.regions import Region

Gate = Callable[[Path], Awaitable[None]]
Confirm = Callable[[SubmitCheck], Awaitable[bool]]


def billing_gate(
    region: Region,
    cap: float | None,
    confirm: Confirm | None = None,
    *,
    on_check: Callable[[SubmitCheck], None] | None = None,
    estimator: Estimator | None = None,
) -> Gate:
    """A ``before_submit`` step: estimate ``path`` (worker thread), refuse it over ``cap``
    (``CostCapExceeded``), show the check to ``on_check``, then — when billed — ``confirm`` must answer
    True (else ``SubmitNotConfirmed``: nothing was sent). ``estimator``: the window's token process
    (default: in this process, as the command line counts)."""

    async def gate(path: Path) -> None:
        check = await asyncio.to_thread(prepare_submit, path, region, cap, estimator=estimator)
        if on_check is not None:
            on_check(check)
        if check.confirm and (confirm is None or not await confirm(check)):
            raise SubmitNotConfirmed

    return gate
