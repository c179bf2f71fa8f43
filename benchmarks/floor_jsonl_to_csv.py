"""The floor for ``export``: the fastest plain JSONL → CSV pipeline, with no join and no checks (not app code).

    python -m benchmarks.floor_jsonl_to_csv result.csv result.jsonl [error.jsonl ...]

The vendor's "JSONL result → CSV" job (its nine columns, in its order) done with the fastest parts
this machine has, in one process for both files: ``orjson`` for each line and the C ``csv`` writer,
streamed. It does less than ours: no join with the user's rows or the request file, no Excel-safe
cells, no BOM, no atomic write. It shows how far a single-process plain export goes below the
vendor's script (which runs once per file).
"""

import csv
import sys
from typing import Any

import orjson

from benchmarks.vendor_jsonl_to_csv import columns as COLUMNS  # the vendor's nine, in its order


def _at(value: Any, *path: str | int) -> Any:
    """``value[path[0]][path[1]]…``, or None where the path is not there (the vendor's ``dict_get_string``)."""
    try:
        for key in path:
            value = value[key]
        return value
    except (KeyError, IndexError, TypeError):
        return None


def export(dest: str, sources: list[str]) -> None:
    """One CSV of every answer line in ``sources``, in the vendor's columns."""
    loads = orjson.loads
    with open(dest, "w", encoding="utf-8", newline="") as fout:
        writer = csv.writer(fout)
        writer.writerow(COLUMNS)
        for source in sources:
            with open(source, "rb") as fin:
                for line in fin:
                    answer = loads(line)
                    response = answer.get("response") or {}
                    body = response.get("body") or {}
                    error = answer.get("error") or {}
                    writer.writerow(
                        [
                            answer.get("custom_id"),
                            _at(body, "model"),
                            _at(response, "request_id"),
                            _at(response, "status_code"),
                            _at(error, "error_code"),
                            _at(error, "error_message"),
                            _at(body, "created"),
                            _at(body, "choices", 0, "message", "content"),
                            _at(body, "usage"),
                        ]
                    )


if __name__ == "__main__":
    export(sys.argv[1], sys.argv[2:])
