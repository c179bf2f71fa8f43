"""The request id of a row, the one place this rule lives.

Generated ids are ``row-<n>`` with ``n`` the spreadsheet row number, so an answer can be traced back to
its row. Ids from a column are trimmed of surrounding spaces. The build, the row checks and the source
snapshot all call :func:`row_id` / :func:`row_ids`; :data:`ROW_ID_TEMPLATE` tells the results how
generated ids were made.
"""

from __future__ import annotations

from collections.abc import Sequence

ROW_ID_TEMPLATE = "row-{row}"  # generated ids, as answers.source.SourceSpec.id_template spells them


def row_id(values: Sequence[str], number: int, id_index: int | None) -> str:
    """A row's request id (``custom_id``): the id column's cell without surrounding spaces, or
    ``row-<n>`` with ``n`` the spreadsheet row number when no id column is chosen. The one place
    this rule lives (build, checks, the source snapshot)."""
    return values[id_index].strip() if id_index is not None else f"row-{number}"


def row_ids(rows_values: Sequence[Sequence[str]], numbers: Sequence[int], id_index: int | None) -> list[str]:
    """:func:`row_id` for a batch of rows at once (the build's fast path)."""
    if id_index is None:
        return [f"row-{n}" for n in numbers]
    return [v[id_index].strip() for v in rows_values]
