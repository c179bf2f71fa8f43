"""What a page of the main window may ask of the window around it."""

from __future__ import annotations

from typing import Protocol

from desktop_app.ui.controller import AppController
from desktop_app.ui.tasks import TaskOwner


class PageHost(Protocol):
    """The main window, as its pages see it."""

    controller: AppController
    tasks: TaskOwner

    @property
    def region_id(self) -> str:
        """The region new batches go to."""
        ...

    def show_error(self, message: str) -> None:
        """A non-modal error strip."""
        ...

    def show_info(self, message: str, kind: str = "success") -> None:
        """A non-modal info strip."""
        ...
