"""The vendor's own "JSONL result → CSV" script (seed 002, section "JSONL 結果轉 CSV"), as the baseline.

Source (``shared/seeds/002_*.txt``), line for line:

.. code-block:: python

    import json
    import csv
    columns = ["custom_id",
               "model",
               "request_id",
               "status_code",
               "error_code",
               "error_message",
               "created",
               "content",
               "usage"]

    def dict_get_string(dict_obj, path):
        obj = dict_obj
        try:
            for element in path:
                obj = obj[element]
            return obj
        except:
            return None

    with open("result.jsonl", "r") as fin:
        with open("result.csv", 'w', encoding='utf-8') as fout:
            rows = [columns]
            for line in fin:
                request_result = json.loads(line)
                row = [dict_get_string(request_result, ["custom_id"]),
                       dict_get_string(request_result, ["response", "body", "model"]),
                       dict_get_string(request_result, ["response", "request_id"]),
                       dict_get_string(request_result, ["response", "status_code"]),
                       dict_get_string(request_result, ["error", "error_code"]),
                       dict_get_string(request_result, ["error", "error_message"]),
                       dict_get_string(request_result, ["response", "body", "created"]),
                       dict_get_string(request_result, ["response", "body", "choices", 0, "message", "content"]),
                       dict_get_string(request_result, ["response", "body", "usage"])]
                rows.append(row)
            writer = csv.writer(fout)
            writer.writerows(rows)

Reproduced faithfully: the same columns, the same ``dict_get_string`` with its bare ``except``, the
same ``open(..., "r")`` with the platform's default encoding, every row collected in a list first and
written with ``csv.writer(...).writerows`` as UTF-8 *without* a BOM (so Excel shows CJK text as
garbage). The only change: the file names ``result.jsonl`` / ``result.csv`` are parameters.

    python -m benchmarks.vendor_jsonl_to_csv result.jsonl result.csv
"""

import csv
import json
import sys

columns = [
    "custom_id",
    "model",
    "request_id",
    "status_code",
    "error_code",
    "error_message",
    "created",
    "content",
    "usage",
]


def dict_get_string(dict_obj, path):  # type: ignore[no-untyped-def]
    obj = dict_obj
    try:
        for element in path:
            obj = obj[element]
        return obj
    except:  # noqa: E722 - as in the vendor's script
        return None


def convert(result_path: str, csv_path: str) -> int:
    """The vendor's script body with the two file names as parameters; returns the rows written."""
    with open(result_path, "r") as fin:  # noqa: UP015, SIM117 - as the vendor wrote it (default encoding)
        with open(csv_path, "w", encoding="utf-8") as fout:
            rows = [columns]
            for line in fin:
                request_result = json.loads(line)
                row = [
                    dict_get_string(request_result, ["custom_id"]),
                    dict_get_string(request_result, ["response", "body", "model"]),
                    dict_get_string(request_result, ["response", "request_id"]),
                    dict_get_string(request_result, ["response", "status_code"]),
                    dict_get_string(request_result, ["error", "error_code"]),
                    dict_get_string(request_result, ["error", "error_message"]),
                    dict_get_string(request_result, ["response", "body", "created"]),
                    dict_get_string(request_result, ["response", "body", "choices", 0, "message", "content"]),
                    dict_get_string(request_result, ["response", "body", "usage"]),
                ]
                rows.append(row)
            writer = csv.writer(fout)
            writer.writerows(rows)
    return len(rows) - 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m benchmarks.vendor_jsonl_to_csv RESULT.jsonl RESULT.csv")
    print(convert(sys.argv[1], sys.argv[2]))
