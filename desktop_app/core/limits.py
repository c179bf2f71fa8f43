"""Every documented number of the Batch File API (reference §2, §3, §5), in one module."""

from __future__ import annotations

import re

from desktop_app.core import wording

# The reference says 500 MB, 6 MB and 1 MB without saying 10^6 or 2^20 bytes: we read the smaller
# (decimal) one, so a file we accept fits either reading, and split parts are planned under it.
MB = 1_000_000
MIB = 1024 * 1024
SIZE_UNIT_NOTE = "1 MB = 1,000,000 bytes here: the service does not say which megabyte it means, so the smaller is used"

# §3 input file rules
MAX_REQUESTS_PER_FILE = 50_000
MAX_FILE_BYTES = 500 * MB
MAX_FILE_BYTES_OLD_PAGE = 100 * MB  # the older page's limit; informational only
MAX_LINE_BYTES = 6 * MB
XLSX_MAX_ROWS = 1_048_576  # rows of one Excel worksheet, the header row included
TEST_MODEL = "batch-test-model"
TEST_MODEL_MAX_BYTES = 1 * MB
TEST_MODEL_MAX_LINES = 100
TEST_MODEL_MAX_CONCURRENT_TASKS = 2
ALLOWED_METHOD = "POST"

# §2 create parameters
MAX_NAME_CHARS = 100  # metadata.ds_name
MAX_DESCRIPTION_CHARS = 200  # metadata.ds_description
MIN_WINDOW_HOURS = 24
MAX_WINDOW_HOURS = 336  # 14 days
DEFAULT_COMPLETION_WINDOW = "24h"
RETRIEVABLE_DAYS = 30  # a batch can be retrieved only within 30 days of creation

# §2 list
LIST_LIMIT_MIN = 1
LIST_LIMIT_MAX = 100
LIST_LIMIT_DEFAULT = 20
LIST_MAX_INPUT_FILE_IDS = 20
LIST_TIME_FORMAT = "%Y%m%d%H%M%S"  # yyyyMMddHHmmss for create_after / create_before

# §2 files
MAX_STORED_FILES = 10_000
MAX_STORED_BYTES = 100 * 1000 * MB  # 100 GB (decimal, the smaller reading)

# §5 rate limits, per account and minute
RATE_CREATE_PER_MIN = 1_000
MAX_CONCURRENT_TASKS = 1_000
RATE_RETRIEVE_PER_MIN = 1_000
RATE_LIST_PER_MIN = 100
RATE_CANCEL_PER_MIN = 1_000
MIN_POLL_INTERVAL_S = 60.0  # vendor guidance: poll no faster than once a minute, back off

# §3 body parameters
TEMPERATURE_MIN = 0.0
TEMPERATURE_MAX_EXCLUSIVE = 2.0
TOP_P_MIN = 0.0
TOP_P_MAX = 1.0

# §6 billing
BATCH_PRICE_FACTOR = 0.5

# Embeddings (text-embedding-v4 on the OpenAI-compatible endpoint; Model Studio's model table)
EMBEDDING_MAX_INPUTS = 10  # strings in one request's "input" (the builder sends one per row)
EMBEDDING_MAX_TOKENS_PER_INPUT = 8_192
EMBEDDING_DIMENSIONS: dict[str, tuple[int, ...]] = {
    "text-embedding-v4": (2048, 1536, 1024, 768, 512, 256, 128, 64),
    "text-embedding-v3": (1024, 768, 512, 256, 128, 64),
}

# -- the completion window, as people type it and as the service wants it ------------------------

_WINDOW = re.compile(r"\s*0*(\d{1,6})\s*([hHdD])\s*")


def completion_window_hours(text: str) -> int:
    """Hours in a completion window such as ``24h`` or ``2d`` (24h..336h, i.e. 1d..14d).

    Units are case-insensitive; spaces and leading zeros are ignored.

    Raises:
        ValueError: with a plain message when the text is not a whole number of hours or days in range.
    """
    match = _WINDOW.fullmatch(text or "")
    if match is None:
        raise WindowError(wording.P_WINDOW_FORMAT(value=repr(text)))
    number, unit = int(match.group(1)), match.group(2).lower()
    hours = number * 24 if unit == "d" else number
    if not MIN_WINDOW_HOURS <= hours <= MAX_WINDOW_HOURS:
        says = wording.P_WINDOW_SHORT if hours < MIN_WINDOW_HOURS else wording.P_WINDOW_LONG
        raise WindowError(says(min_hours=MIN_WINDOW_HOURS, max_hours=MAX_WINDOW_HOURS, value=text.strip()))
    return hours


class WindowError(ValueError):
    """A completion window that cannot be sent; ``text`` is the catalogue message (``str()`` its English)."""

    def __init__(self, text: wording.Text) -> None:
        super().__init__(wording.english(text))
        self.text = text


def canonical_completion_window(text: str) -> str:
    """The form the service accepts for what a person typed: ``48H`` → ``48h``, `` 2D `` → ``2d``,
    ``048h`` → ``48h`` (the unit they chose, lower case, no spaces or leading zeros).

    Every place a window enters (the window's field, ``--window``, the settings file) calls this, so
    only this form is recorded and sent.

    Raises:
        ValueError: see :func:`completion_window_hours`.
    """
    hours = completion_window_hours(text)
    return f"{hours // 24}d" if text.strip()[-1] in "dD" else f"{hours}h"
