"""The plain way to count a batch file's input tokens, as a script with the vendor SDK's tokenizer does:
``json.loads`` each line, render the chat template, NFC-normalise, ``encode`` with tiktoken over the same
Qwen vocabulary (``resources/tokenizer/qwen.tiktoken``), one thread, no price.

    python benchmarks/plain_token_count.py requests.jsonl

The baseline of ``benchmarks.cli_whole --only estimate`` (whole processes against
``desktop-app-cli estimate``). Imports nothing of Batch Desk.
"""

import base64
import json
import sys
import unicodedata
from pathlib import Path

import tiktoken

# dashscope/tokenizers/qwen_tokenizer.py (Apache-2.0)
PAT = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""  # noqa: E501
SPECIAL = ("<|endoftext|>", "<|im_start|>", "<|im_end|>", *(f"<|extra_{i}|>" for i in range(205)))


def main(path: str) -> None:
    vocab = Path(__file__).resolve().parent.parent / "resources" / "tokenizer" / "qwen.tiktoken"
    ranks = {}
    for line in vocab.read_bytes().splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    enc = tiktoken.Encoding(
        "Qwen", pat_str=PAT, mergeable_ranks=ranks, special_tokens={t: 151643 + i for i, t in enumerate(SPECIAL)}
    )
    total = requests = 0
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            body = json.loads(raw)["body"]
            requests += 1
            text = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in body["messages"])
            text += "<|im_start|>assistant\n"
            total += len(enc.encode(unicodedata.normalize("NFC", text), allowed_special="all"))
    print(f"{total} input tokens, {requests} requests")


if __name__ == "__main__":
    main(sys.argv[1])
