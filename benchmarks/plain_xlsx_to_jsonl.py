"""The plain way to turn a workbook into batch JSONL: the vendor's CSV script with openpyxl's reader
in place of ``csv.reader`` (benchmark baseline, not app code).

    python benchmarks/plain_xlsx_to_jsonl.py book.xlsx out.jsonl

Like the vendor script it assumes column 1 = id, column 2 = the prompt, and checks nothing; unlike the
app it shows raw cell values (an id formatted ``000123`` comes out ``123``, a date as ``2026-01-05
00:00:00``). Row 1 is skipped as the header.
"""

import json
import sys

import openpyxl


def messages_builder_example(content):
    return [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": content}]


def main(src: str, dest: str) -> None:
    book = openpyxl.load_workbook(src, read_only=True, data_only=True)
    sheet = book.worksheets[0]
    with open(dest, "w", encoding="utf-8") as fout:
        for row in sheet.iter_rows(min_row=2, values_only=True):
            body = {"model": "qwen-turbo", "messages": messages_builder_example(str(row[1]))}
            request = {"custom_id": str(row[0]), "method": "POST", "url": "/v1/chat/completions", "body": body}
            fout.write(json.dumps(request, separators=(",", ":"), ensure_ascii=False) + "\n")
    book.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
