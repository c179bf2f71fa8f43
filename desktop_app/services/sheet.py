"""Which spreadsheet a job carries — the one question both faces ask before a submit (issue 11).

The build pass keeps the sheet beside the requests (``core/builder/source.py``); a job that carries
its description shows the user's own columns next to the answers. The window passes the description
of the build it holds (edits included); otherwise — the CLI's ``submit``, or a request file opened in
the window — the description left beside the file is attached when the file is byte for byte as
built, its rows copied into the app's folder first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.core.builder.source import FoundSource, source_for_file


async def sheet_for_submit(path: Path, keep_in: Path, built: Mapping[str, Any] | None = None) -> FoundSource:
    """The sheet a job submitted from ``path`` carries: ``built`` when the caller holds one, else the
    one beside the file (:func:`~desktop_app.core.builder.source.source_for_file`, in a worker thread).

    Raises:
        OSError: the rows could not be copied into ``keep_in``.
    """
    if built:
        return FoundSource(dict(built))
    return await asyncio.to_thread(source_for_file, path, keep_in=keep_in)
