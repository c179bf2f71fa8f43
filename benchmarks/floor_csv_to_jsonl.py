"""The floor for ``convert``: the fastest plain CSV → JSONL pipeline, with no checks at all (not app code).

    python -m benchmarks.floor_csv_to_jsonl rows.csv out.jsonl

The vendor's job done with the fastest parts this machine has: the C ``csv`` reader over a UTF-8
file and ``orjson`` for each request, every line joined and written once. No encoding detection, no
header detection, no per-row checks, no sheet snapshot, no hash, no fsync, no atomic rename. Its
output is byte-identical to the vendor script's. It exists to show how far *any* single-process
Python conversion can go below the vendor's script: the issue's goal (ours ≤ 0.5× the vendor) is
below this floor when the floor itself is above 0.5×.
"""

import csv
import sys

import orjson


def convert(src: str, dest: str) -> None:
    """Every row's request, as the vendor writes it, with the fastest plain calls."""
    lines = []
    with open(src, encoding="utf-8", newline="") as fin:
        for row in csv.reader(fin):
            body = {
                "model": "qwen-turbo",
                "messages": [
                    {"role": "system", "content": "You are a helpful assistant."},
                    {"role": "user", "content": row[1]},
                ],
            }
            request = {"custom_id": row[0], "method": "POST", "url": "/v1/chat/completions", "body": body}
            lines.append(orjson.dumps(request))
    with open(dest, "wb") as fout:
        fout.write(b"\n".join(lines) + b"\n")


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
