"""The vendor's CSV → JSONL script, reproduced faithfully as the benchmark baseline (not app code).

Source: the Model Studio Batch page, Traditional Chinese copy (``shared/seeds/002_*.txt``, section
"CSV 轉 JSONL"). The only change is that the two file names are parameters instead of the literal
``"input_demo.csv"`` / ``"input_demo.jsonl"``; the body is the vendor's code, line for line:

.. code-block:: python

    import csv
    import json
    def messages_builder_example(content):
        messages = [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": content}]
        return messages

    with open("input_demo.csv", "r") as fin:
        with open("input_demo.jsonl", 'w', encoding='utf-8') as fout:
            csvreader = csv.reader(fin)
            for row in csvreader:
                body = {"model": "qwen-turbo", "messages": messages_builder_example(row[1])}
                # 選擇Embedding文本向量模型進行調用時,url的值需填寫"/v1/embeddings",其他模型填寫/v1/chat/completions
                request = {"custom_id": row[0], "method": "POST", "url": "/v1/chat/completions", "body": body}
                fout.write(json.dumps(request, separators=(',', ':'), ensure_ascii=False) + "\\n")

Note what it assumes: the platform's default encoding (GBK on a Chinese Windows, so a UTF-8 file
fails there and a GBK file fails on Linux/macOS), column 1 = id, column 2 = the whole prompt, no
header row (a header becomes a request), a fixed model and system prompt, and no checks at all.
"""

import csv
import json
import sys


def messages_builder_example(content):  # type: ignore[no-untyped-def]
    messages = [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": content}]
    return messages


def convert(src, dest):  # type: ignore[no-untyped-def]
    """The vendor's script with its two file names as parameters."""
    # kept exactly as the vendor wrote it (nested with, mode "r", platform default encoding)
    with open(src, "r") as fin:  # noqa: SIM117, UP015
        with open(dest, "w", encoding="utf-8") as fout:
            csvreader = csv.reader(fin)
            for row in csvreader:
                body = {"model": "qwen-turbo", "messages": messages_builder_example(row[1])}
                # 選擇Embedding文本向量模型進行調用時,url的值需填寫"/v1/embeddings",其他模型填寫/v1/chat/completions
                request = {"custom_id": row[0], "method": "POST", "url": "/v1/chat/completions", "body": body}
                fout.write(json.dumps(request, separators=(",", ":"), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    convert(
        sys.argv[1] if len(sys.argv) > 1 else "input_demo.csv", sys.argv[2] if len(sys.argv) > 2 else "input_demo.jsonl"
    )
