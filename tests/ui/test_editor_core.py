"""The editor's Qt-free core: the line index and the editable request document (no QApplication needed)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import orjson
import pytest

from desktop_app.core import jsonl_index
from desktop_app.core.jsonl_index import index_lines, strip_terminator
from desktop_app.core.request_doc import (
    RequestDocument,
    check_document,
    fields_of,
    normalize_line,
    notes_by_line,
    with_field,
)
from desktop_app.core.validate import Problem, Severity


def request(cid: str, prompt: str = "你好", **body: object) -> bytes:
    return orjson.dumps(
        {
            "custom_id": cid,
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": prompt}], **body},
        }
    )


@pytest.mark.parametrize("chunk", [1, 3, 7, 1 << 20])
def test_index_finds_every_line_as_readline_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(jsonl_index, "CHUNK_BYTES", chunk)
    rng = random.Random(chunk)
    for trial in range(40):
        pieces = [b"", b"a", b"bb\r", b'{"x": 1}', b"\n", "東京".encode(), b"z" * rng.randint(0, 40)]
        data = b"".join(rng.choice(pieces) + (b"\n" if rng.random() < 0.8 else b"") for _ in range(rng.randint(0, 25)))
        path = tmp_path / f"{trial}.jsonl"
        path.write_bytes(data)
        index = index_lines(path)
        expected = io.BytesIO(data).readlines()
        assert len(index) == len(expected)
        with open(path, "rb") as handle:
            assert [index.read(handle, i) for i in range(len(index))] == [strip_terminator(x) for x in expected]
            if expected:
                assert index.read_run(handle, 0, len(index)) == [strip_terminator(x) for x in expected]


def test_fields_and_edits_keep_images_and_other_settings() -> None:
    obj = orjson.loads(
        orjson.dumps(
            {
                "custom_id": "v1",
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {
                    "model": "qwen-vl-plus",
                    "messages": [
                        {"role": "system", "content": "Be brief."},
                        {
                            "role": "user",
                            "content": [
                                {"type": "image_url", "image_url": {"url": "https://x/a.png"}},
                                {"type": "text", "text": "What is this?"},
                            ],
                        },
                    ],
                    "temperature": 0.3,
                    "enable_thinking": False,
                },
            }
        )
    )
    fields = fields_of(b"", obj)
    assert (fields.custom_id, fields.prompt, fields.system, fields.images) == ("v1", "What is this?", "Be brief.", 1)
    assert fields.settings == "temperature 0.3 · thinking off"
    new = with_field(obj, "prompt", "这是什么？")
    assert new["body"]["messages"][1]["content"][0]["type"] == "image_url", "the image stays"
    assert fields_of(b"", new).prompt == "这是什么？"
    assert obj["body"]["messages"][1]["content"][1]["text"] == "What is this?", "the original is not modified"
    assert with_field(obj, "system", "")["body"]["messages"][0]["role"] == "user"
    embedding = {"custom_id": "e", "url": "/v1/embeddings", "body": {"model": "text-embedding-v4", "input": "a"}}
    assert with_field(embedding, "prompt", "b")["body"] == {"model": "text-embedding-v4", "input": "b"}
    assert fields_of(b"   ", None).kind == "blank" and fields_of(b"{oops", None).kind == "invalid"
    assert normalize_line(b'\xef\xbb\xbf{ "a" : [1, 2] }', first=True) == b'{"a":[1,2]}'
    assert normalize_line(b"{broken") == b"{broken"


def test_document_edits_snapshot_and_save(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\r\n".join([request("a"), request("b", "東京"), b"", request("c")]) + b"\r\n")
    original = path.read_bytes()
    doc = RequestDocument.open(path)
    assert len(doc) == 4 and doc.snapshot().pristine and not doc.dirty
    assert doc.set_field(1, "custom_id", "b2")
    doc.insert(4, [doc.new_request(0)])
    doc.insert(0, doc.duplicate_lines([0]))
    doc.remove(3)  # the blank line (shifted by the insert)
    assert [doc.fields(r).custom_id for r in range(len(doc))] == ["a-copy", "a", "b2", "c", "new-5"]
    assert doc.dirty and not doc.snapshot().pristine
    assert doc.sheet_row(0) is None and doc.source_line(1) == 0 and doc.is_edited(2)

    snapshot = doc.snapshot()
    assert snapshot.find("东京") == [] and snapshot.find("東京") == [2] and snapshot.find("A-COPY") == [0]
    dest = tmp_path / "out.jsonl"
    lines, size = snapshot.write(dest)
    data = dest.read_bytes()
    assert (lines, size) == (5, len(data))
    assert b"\r" not in data and data.count(b"\n") == 5
    assert all(orjson.dumps(orjson.loads(x)) == x for x in data.splitlines())
    doc.rebase(index_lines(dest))
    assert not doc.dirty and doc.snapshot().pristine
    assert [doc.fields(r).custom_id for r in range(len(doc))] == ["a-copy", "a", "b2", "c", "new-5"]
    again = tmp_path / "again.jsonl"
    doc.snapshot().write(again)
    assert again.read_bytes() == data, "saving a saved file changes nothing"
    doc.close()
    assert path.read_bytes() == original, "the source is never written"


def test_check_merges_build_notes_until_a_row_is_edited(tmp_path: Path) -> None:
    path = tmp_path / "built.jsonl"
    path.write_bytes(b"\n".join([request("r-1"), request(""), request("r-3", " ")]) + b"\n")
    doc = RequestDocument.open(path)
    build_problems = [
        Problem(3, "blank_id", Severity.ERROR, "Row 3: the id is blank.", {"row": 3}),
        Problem(4, "empty_prompt", Severity.ERROR, "Row 4: the prompt is empty.", {"row": 4}),
    ]
    doc.notes = notes_by_line(build_problems, {2: 0, 3: 1, 4: 2})
    scratch = tmp_path / "scratch.jsonl"
    check = check_document(doc.snapshot(), scratch)
    assert [(p.line, p.code) for p in check.problems] == [(2, "blank_id"), (3, "empty_prompt")]
    assert check.problems[0].params["row"] == 3, "the build's wording, with the spreadsheet row"
    assert check.errors == 2 and not check.ok and check.checked_path == path

    doc.set_field(1, "custom_id", "r-2")
    doc.set_field(2, "prompt", "")  # still empty, now edited: the editor's own check reports it
    check = check_document(doc.snapshot(), scratch)
    assert [(p.line, p.code) for p in check.problems] == [(3, "empty_prompt")]
    assert check.checked_path == scratch
    doc.set_field(2, "prompt", "写点什么")
    assert check_document(doc.snapshot(), scratch).ok
    doc.close()


def test_a_large_utf8_csv_is_not_called_binary(tmp_path: Path) -> None:
    """Regression (found by the editor benchmark): the detection sample was cut inside multi-byte characters."""
    from desktop_app.core.tables.encoding import detect_encoding
    from desktop_app.core.tables.files import SAMPLE_HEAD_BYTES
    from desktop_app.core.tables.readers import open_table

    line = "東京" * 100 + "a\n"  # 602 bytes: the 256 KB mark falls inside a character
    assert (SAMPLE_HEAD_BYTES % len(line.encode())) % 3 != 0
    path = tmp_path / "big.csv"
    path.write_text("text\n" + line * 4000, encoding="utf-8")
    assert detect_encoding(path).encoding == "utf-8"
    with open_table(path) as table:
        assert table.columns == ("text",) and len(table.preview(5)) == 5
