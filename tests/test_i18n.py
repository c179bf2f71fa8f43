"""Languages: choosing one, complete and well-formed catalogs, and core's messages worded in the UI.

* Every string the code marks for translation is in every catalog, finished, with the same
  ``{placeholders}`` and ``&`` shortcut as the English (``packaging/update_translations.py`` checks).
* The compiled ``.qm`` files say what the ``.ts`` files say (nobody forgot to run lrelease).
* Every message the validator, the request builder, the table reader and the typed errors produce for
  a corpus of broken input is matched by a template of ``desktop_app/ui/messages.py`` — so it is worded
  in the window's language, not left in core's English.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.core import errors, wording
from desktop_app.core.builder.checks import check_rows, check_spec
from desktop_app.core.builder.images import ImageError
from desktop_app.core.builder.jsonl import build_jsonl
from desktop_app.core.builder.rehearsal import rehearsal_file
from desktop_app.core.builder.spec import EndpointKind, RequestSpec
from desktop_app.core.builder.split import SplitError, plan_split
from desktop_app.core.builder.template import TemplateError, parse_template
from desktop_app.core.outputs import OutputColumn, OutputKind, parse_answer
from desktop_app.core.regions import CN, INTL, SANDBOX, custom_region
from desktop_app.core.tables.errors import RaggedRowError, TableError
from desktop_app.core.tables.readers import open_table
from desktop_app.core.validate import (
    Problem,
    ValidationReport,
    _file_checks,
    validate_batch_options,
    validate_finish_callback,
    validate_jsonl,
)
from desktop_app.ui import messages
from desktop_app.ui.i18n import LANGUAGES, install_language, language_for_locale, pick_language, translations_dir

ROOT = Path(__file__).resolve().parents[1]
OPEN, CLOSE = "⟦", "⟧"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the English marked ``⟦…⟧`` and records what was asked.

    A visible text without the mark did not go through Qt's translation system.
    """

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        self.asked.add((context, source, disambiguation or ""))
        return OPEN + source + CLOSE

    def isEmpty(self) -> bool:
        return False


@contextlib.contextmanager
def pseudo_translation() -> Iterator[PseudoTranslator]:
    """The pseudo translator, installed while the block runs (a QApplication must exist)."""
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    messages.clear_cache()
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
        messages.clear_cache()


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[PseudoTranslator]:
    """The pseudo translator installed for one test."""
    with pseudo_translation() as translator:
        yield translator


def load_catalog_script() -> ModuleType:
    """``packaging/update_translations.py`` as a module (one source of truth for the catalog checks)."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def catalogs() -> ModuleType:
    return load_catalog_script()


@pytest.fixture(scope="module")
def extracted(catalogs: ModuleType) -> set[tuple[str, str, str]]:
    """Every (context, source, comment) the code marks for translation (a fresh lupdate run)."""
    return catalogs.extracted()


# -- choosing the language ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_Hans_HK", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_Hant_CN", "zh_TW"),
        ("ja_JP", "ja"),
        ("id_ID", "id"),
        ("in_ID", "id"),
        ("en_US", "en"),
        ("de_DE", "en"),
        ("C", "en"),
    ],
)
def test_system_locale_maps_to_a_supported_language(locale: str, language: str) -> None:
    assert language_for_locale(QLocale(locale)) == language


def test_the_setting_wins_over_the_system_and_unknown_settings_are_ignored() -> None:
    assert pick_language("ja", QLocale("zh_CN")) == "ja"
    assert pick_language("", QLocale("zh_HK")) == "zh_TW"
    assert pick_language("klingon", QLocale("id_ID")) == "id"


def test_installing_a_language_loads_the_app_and_qt_catalogs_and_sets_the_locale(qapp: QApplication) -> None:
    before = QLocale()
    try:
        setup = install_language("zh_CN", QLocale("en_US"))
        assert [p.name for p in setup.loaded] == ["batch_desk_zh_CN.qm", "qtbase_zh_CN.qm"]
        assert QLocale().name() == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "Ready") == "就绪"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.button(QDialogButtonBox.StandardButton.Close).text() == "关闭", "Qt's own words are translated"
        # A Hong Kong system gets the Traditional catalog but keeps Hong Kong's formats.
        setup = install_language("zh_TW", QLocale("zh_HK"))
        assert setup.locale.name() == "zh_HK"
        assert QCoreApplication.translate("MainWindow", "Ready") == "就緒"
        setup = install_language("id", QLocale("en_US"))
        assert QLocale().toString(1234567) == "1.234.567"
        assert setup.missing == ["qtbase_id.qm"]  # Qt ships none: its few own words stay English
        setup = install_language("en")
        assert setup.loaded == []
        assert QCoreApplication.translate("MainWindow", "Ready") == "Ready"
    finally:
        install_language("en")
        QLocale.setDefault(before)
        messages.clear_cache()


# -- the catalogs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_catalog_holds_every_string_of_the_code_translated(
    catalogs: ModuleType, extracted: set[tuple[str, str, str]], language: str
) -> None:
    report = catalogs.check_catalog(catalogs.ts_path(language), language, extracted)
    problems = [f"missing: [{c}] {s!r}" for c, s, _ in report.missing]
    problems += [f"unfinished: [{m.context}] {m.source!r}" for m in report.unfinished]
    problems += [f"broken: [{m.context}] {m.source!r}: {why}" for m, why in report.broken]
    assert not problems, (
        f"{language}: run `.venv/bin/python packaging/update_translations.py` and translate:\n" + "\n".join(problems)
    )
    assert report.total >= len(extracted)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_compiled_catalog_says_what_the_ts_file_says(catalogs: ModuleType, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(catalogs.qm_path(language))), "the .qm file exists and loads"
    stale = []
    for message in catalogs.read_ts(catalogs.ts_path(language)):
        if message.kind or len(message.translations) != 1:
            continue
        got = translator.translate(message.context, message.source, message.comment or None)
        if got != message.translations[0]:
            stale.append(f"[{message.context}] {message.source!r}")
    assert not stale, "the .qm is older than the .ts; run packaging/update_translations.py:\n" + "\n".join(stale[:20])


def test_catalogs_are_found_where_a_frozen_bundle_puts_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    # packaging/batch-desk.spec copies resources/ to <bundle>/resources; resources_dir() follows sys._MEIPASS.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", "/opt/BatchDesk/_internal", raising=False)
    assert translations_dir() == Path("/opt/BatchDesk/_internal/resources/translations")


def test_every_template_of_messages_py_is_in_its_context(extracted: set[tuple[str, str, str]]) -> None:
    have = {(c, s) for c, s, _ in extracted}
    missing = [(c, s) for c, s in messages.known_templates() if (c, s) not in have]
    assert not missing, f"lupdate does not see these (not a literal QT_TRANSLATE_NOOP?): {missing[:5]}"


# -- core's messages in the window's language -----------------------------------------------------


def _request(i: int, **body: object) -> dict[str, object]:
    return {
        "custom_id": str(i),
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": "hi"}], **body},
    }


def _validator_problems(folder: Path) -> list[Problem]:
    lines = [
        _request(1),
        "",
        [1, 2],
        _request(1),
        {**_request(3), "custom_id": 5},
        {**_request(4), "method": "GET"},
        {**_request(5), "body": "x"},
        _request(6, temperature=3),
        _request(7, top_p=2),
        '{"custom_id": "8", "method": ',
        "{",
        "]",
        {"custom_id": "9", "method": "POST", "url": "/v1/chat/completions"},
        {"custom_id": "10", "method": "POST", "url": None, "body": {"model": "qwen-plus", "messages": []}},
        {**_request(11), "url": "https://x/compatible-mode/v1/chat/completions"},
        {**_request(11), "url": "/v2/nothing"},
        {**_request(12), "url": "/v1/embeddings"},
        {**_request(13), "body": {"messages": []}},
        {**_request(14), "body": {"model": "qwen-max-weird", "messages": []}},
        {**_request(15), "body": {"model": "text-embedding-v4", "input": "x"}},
        {**_request(15), "url": "/v1/embeddings", "body": {"model": "text-embedding-v4"}},
        _request(16, enable_thinking="yes"),
        _request(17, enable_thinking=True),
        _request(18, enable_thinking=False),
        {**_request(19), "body": {"model": "qwen-plus"}},
        {**_request(20), "url": "/v1/chat/ds-test"},
    ]
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    files = {
        "mixed.jsonl": text.encode(),
        "bom.jsonl": b"\xef\xbb\xbf"
        + json.dumps(_request(1)).encode()
        + b"\n"
        + json.dumps(_request(2, enable_thinking=True)).encode()
        + b"\n\xff\xfe bad\n\xef\xbb\xbf{}\n",
        "thinking.jsonl": (json.dumps(_request(1, enable_thinking=True)) + "\n" + json.dumps(_request(2))).encode(),
        "utf16.jsonl": "{}".encode("utf-16"),
        "pdf.jsonl": b"%PDF-1.4 xxx",
        "zip.jsonl": b"PK\x03\x04xxxx",
        "xls.jsonl": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1xxxx",
        "empty.jsonl": b"",
        "png.jsonl": b"\x89PNG\r\n\x1a\n0000",
        "gzip.jsonl": b"\x1f\x8bxxxxxxxx",
        "big.jsonl": b'{"custom_id": "1", "x": "' + b"a" * (6 * 1024 * 1024 + 10) + b'"}\n',
        "window.jsonl": (
            json.dumps(
                {**_request(1), "body": {"model": "qwen-max", "messages": [{"role": "user", "content": "w " * 40_000}]}}
            )
            + "\n"
        ).encode(),
        "test-model.jsonl": "".join(
            json.dumps(
                {**_request(i), "url": "/v1/chat/ds-test", "body": {"model": "batch-test-model", "messages": []}}
            )
            + "\n"
            for i in range(101)
        ).encode(),
    }
    problems: list[Problem] = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        problems += validate_jsonl(path, region=INTL).problems
        if name == "mixed.jsonl":
            problems += validate_jsonl(path, endpoint="/v1/chat/completions").problems
    facts = ValidationReport(path=None, requests=60_000, bytes=600 * 1024 * 1024, models=("batch-test-model",))

    def add(line: int | None, code: str, text: wording.Text, severity: object = None, **params: object) -> None:
        problems.append(Problem(line, code, severity, wording.english(text), dict(params), text))  # type: ignore[arg-type]

    _file_checks(facts, add)
    problems += validate_batch_options("x" * 200, "y" * 2000, "5h")
    problems += validate_batch_options("", "", "99d") + validate_batch_options("", "", "abc")
    for url, region in (
        ("https://hooks.example.com/x", "intl"),
        ("http://hooks.example.com/x", "cn"),
        ("not a url", "cn"),
        ("https://192.168.0.2/x", "cn"),
    ):
        problems += validate_finish_callback(url, region)
    return problems


def _builder_problems(folder: Path) -> list[Problem]:
    (folder / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    (folder / "notes.txt").write_text("not a picture")
    with open(folder / "huge.png", "wb") as huge:  # sparse: over the 4 MB image limit without writing it
        huge.truncate(5 * 1024 * 1024)
    (folder / "sub").mkdir()
    csv = folder / "rows.csv"
    csv.write_text(
        "id,text,lang,img\n"
        "1,Hello,ja,pic.png\n"
        ",Hello,ja,\n"
        "1,Hello,ja,\n"
        "3,,,\n"
        "4,Hi,,\n"
        "5,Hi,ja,missing.png\n"
        "6,Hi,ja,notes.txt\n"
        "7,Hi,ja,sub\n"
        "8,Hi,ja,pic.png,extra\n"
        "9,Hi\n"
        "10,Hi,ja,huge.png\n"
        "11,Gar\ufffdbled,ja,\n",
        encoding="utf-8",
    )
    table = open_table(csv)
    columns = table.columns
    problems: list[Problem] = []
    with table:
        spec = RequestSpec(template="Translate {text} into {lang}", id_column="id", image_column="img")
        problems += check_rows(table, spec, region=INTL)
        problems += check_rows(table, RequestSpec(template="{text}{lang}"), region=INTL)
    # issue 10: a GBK row in a UTF-8 file, mojibake, a Hangul row in a Chinese file
    mixed = folder / "mixed.csv"
    chinese = "".join(f"今天天气很好我们去公园散步吧{i}\n" for i in range(30))
    mixed.write_bytes(("text\n" + chinese).encode() + "你好吗\n".encode("gbk") + "cafÃ©\n콱봤各썹 콱봤찐\n".encode())
    with open_table(mixed) as table:
        problems += check_rows(table, RequestSpec(template="{text}"), region=INTL)
    for spec in (
        RequestSpec(template=" "),
        RequestSpec(template="Use {txet} and {nothing}"),
        RequestSpec(template="Use {text"),
        RequestSpec(template="Use {} here"),
        RequestSpec(template="Use } here"),
        RequestSpec(template="{text}", system="Be {nice"),
        RequestSpec(template="{text}", id_column="nope", image_column="nada"),
        RequestSpec(template="{text}", model=" "),
        RequestSpec(template="{text}", model="text-embedding-v4"),
        RequestSpec(template="{text}", model="qwen-unknown", temperature=5, top_p=3, max_tokens=0, dimensions=0),
        RequestSpec(
            template="{text}", model="text-embedding-v4", endpoint=EndpointKind.EMBEDDINGS, system="x", temperature=1
        ),
        RequestSpec(template="{text}", dimensions=64, image_column="img"),
        # output columns (issue 12)
        RequestSpec(
            template="{text}",
            outputs=(
                OutputColumn(""),
                OutputColumn("a"),
                OutputColumn("A"),
                OutputColumn("b", OutputKind.LABEL, labels=("x",)),
                OutputColumn("c", OutputKind.LABELS, labels=tuple(str(n) for n in range(60))),
                *(OutputColumn(f"n{n}") for n in range(20)),
            ),
        ),
        RequestSpec(template="{text}", model="qwen-vl-plus", outputs=(OutputColumn("a"),)),
        RequestSpec(template="{text}", enable_thinking=True, outputs=(OutputColumn("a"),)),
        RequestSpec(
            template="{text}",
            model="text-embedding-v4",
            endpoint=EndpointKind.EMBEDDINGS,
            dimensions=1000,
            outputs=(OutputColumn("a"),),
        ),
    ):
        problems += check_spec(spec, columns, region=CN)
    long_text = folder / "long.csv"
    long_text.write_text("text\n" + "长" * 9000 + "\n", encoding="utf-8")
    with open_table(long_text) as table:
        embed = RequestSpec(template="{text}", model="text-embedding-v4", endpoint=EndpointKind.EMBEDDINGS)
        problems += build_jsonl(table, embed, folder / "long.jsonl").problems
    return problems


def test_why_an_answer_needs_another_try_is_worded(pseudo: PseudoTranslator) -> None:
    columns = (
        OutputColumn("n", OutputKind.NUMBER),
        OutputColumn("ok", OutputKind.YES_NO),
        OutputColumn("one", OutputKind.LABEL, labels=("a", "b")),
        OutputColumn("many", OutputKind.LABELS, labels=("a", "b")),
    )
    answers = [
        "",
        "nope",
        "[1]",
        '{"ok": true, "one": "a", "many": []}',
        '{"n": true, "ok": true, "one": "a", "many": []}',
        '{"n": "x", "ok": true, "one": "a", "many": []}',
        '{"n": 1, "ok": "maybe", "one": "a", "many": []}',
        '{"n": 1, "ok": true, "one": "z", "many": []}',
        '{"n": 1, "ok": true, "one": "a", "many": 5}',
        '{"n": 1, "ok": true, "one": "a", "many": ["z"]}',
    ]
    reasons = [parse_answer(text, columns).problem for text in answers]
    assert all(reasons)
    unworded = [r for r in reasons if not messages.core_text(r).startswith(OPEN)]
    assert not unworded, unworded


def _errors(folder: Path) -> list[BaseException]:
    region = INTL.name
    found: list[BaseException] = [
        errors.AuthError(region),
        errors.PermissionDenied(region, "Access denied."),
        errors.PermissionDenied(CN.name),
        errors.NotFound(region, wording.BATCH_ID(batch_id="batch_123")),
        errors.NotFound(region, wording.FILE_ID(file_id="file-abc")),
        errors.NotFound(region, wording.UPLOAD_ADDRESS(region=wording.region(region))),
        errors.NotFound(region),
        errors.BadRequest(region, "InvalidParameter: bad model"),
        errors.BadRequest(region),
        errors.RateLimited(region, "Requests rate limit exceeded"),
        errors.RateLimited(region),
        errors.ServerError(region, 503),
        errors.ServerError(region),
        errors.UnexpectedResponse(SANDBOX.name, wording.CALL_NOT_BATCH(call="retrieve")),
        errors.AmbiguousCreate(region),
        errors.AmbiguousCreate(region, reason=errors.AmbiguousCreate.STILL_PENDING),
        errors.translate(RuntimeError("boom"), region),
        errors.translate(ConnectionRefusedError(), region),
        errors.translate(ConnectionResetError(), region),
        errors.translate(TimeoutError(), region),
        errors.translate(ValueError("not json"), region),
        RaggedRowError(3, 4, 5),
    ]
    for what in (
        wording.ANSWER_FIELDS,
        wording.UPLOAD_NO_ID,
        wording.NO_FILE_LIST,
        wording.FILE_LIST_FORMAT,
        wording.CREATE_NO_ID,
        wording.BATCH_LIST_FORMAT,
        wording.TOO_MANY_BATCHES,
    ):
        found.append(errors.UnexpectedResponse(region, what))
    try:
        custom_region("x", "ftp://nowhere")
    except ValueError as exc:
        found.append(exc)
    bad_files = {
        "empty.csv": b"",
        "blank.csv": b"   \n\n",
        "image.csv": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        "archive.zip": b"PK\x03\x04" + b"\x00" * 64,
        "broken.xlsx": b"PK\x03\x04" + b"[Content_Types].xml" + b"\x00" * 64,
        "old.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
    }
    for name, data in bad_files.items():
        (folder / name).write_bytes(data)
    targets: list[tuple[Path, dict[str, str]]] = [(folder / name, {}) for name in bad_files]
    targets += [(folder / "nowhere.csv", {}), (folder, {})]
    (folder / "latin.csv").write_bytes("a,b\nx,\xe9t\xe9\n".encode("cp1252"))
    targets += [(folder / "latin.csv", {"encoding": "klingon"})]
    for path, options in targets:
        try:
            with open_table(path, **options) as table:
                list(table.iter_rows())
        except TableError as exc:
            found.append(exc)
    (folder / "latin2.csv").write_bytes(b"a,b\n" + b"x,y\n" * 5 + "x,\xe9t\xe9\n".encode("cp1252"))
    try:
        with open_table(folder / "latin2.csv", encoding="utf-8") as table:
            list(table.iter_rows())
    except TableError as exc:
        found.append(exc)
    for template in ("a {b", "{}", "}"):
        try:
            parse_template(template)
        except TemplateError as exc:
            found.append(exc)
    big = folder / "big.jsonl"
    big.write_bytes(b'{"a": "' + b"x" * 3000 + b'"}\n')
    try:
        plan_split(big, max_bytes=1000)
    except SplitError as exc:
        found.append(exc)
    try:
        rehearsal_file(
            [{"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": {"input": "y" * 1_100_000}}],
            folder / "rehearsal.jsonl",
        )
    except SplitError as exc:
        found.append(exc)
    found.append(ImageError(wording.B_IMAGE_FOLDER(name="sub"), code="image_missing"))
    found += _hostile_errors(folder)
    return found


def _hostile_errors(folder: Path) -> list[BaseException]:
    """Issue 10's messages: a device, a zip bomb, a huge workbook, a long cell, a stalled download."""
    import zipfile

    from desktop_app.core.errors import NetworkError
    from desktop_app.core.tables import errors as table_errors
    from desktop_app.core.tables import workbook

    found: list[BaseException] = []
    for attempt in (lambda: open_table("/dev/null"),):
        try:
            attempt()
        except table_errors.TableError as exc:
            found.append(exc)
    bomb = folder / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (11 * 1024 * 1024))
    try:
        open_table(bomb)
    except table_errors.TableError as exc:
        found.append(exc)
    found.append(
        table_errors.FileTooLargeError(wording.T_INFLATES_TOO_MUCH(name="big.xlsx", size_mb="3,000", max_mb=2048))
    )
    found.append(workbook._long_cell("Sheet1", 7, 2))
    for reason in (
        "the download was cut off before it was complete",
        "the download is too slow to finish (the server sends almost nothing)",
        "the download stopped: the server sent nothing for too long",
    ):
        found.append(NetworkError(INTL.name, reason))
    return found


def test_every_core_problem_of_the_corpus_is_worded_by_the_ui(pseudo: PseudoTranslator, tmp_path: Path) -> None:
    problems = _validator_problems(tmp_path) + _builder_problems(tmp_path)
    codes = {p.code for p in problems}
    # the corpus reaches the builder's codes (image_type, text_replaced and line_too_large need a real
    # build: tests/test_wording_catalogue.py walks their keys), each with its catalogue key
    builder = {
        *("blank_cell", "blank_id", "dimensions", "duplicate_id", "embedding_too_long", "empty_prompt"),
        *("foreign_encoding", "garbled_text", "id_column_missing", "image_blank", "image_column_missing"),
        *("image_missing", "image_model", "image_too_large", "json_mode_off", "max_tokens", "model_missing"),
        *("model_region", "mojibake_text", "output_labels", "output_labels_many", "output_name_empty"),
        *("output_name_repeated", "outputs_too_many", "ragged_row", "temperature", "template_empty"),
        *("template_syntax", "top_p", "unknown_placeholder", "unlikely_script", "unused_setting", "url_model"),
    }
    assert builder <= codes, sorted(builder - codes)
    free = [f"{p.code}: {p.message!r}" for p in problems if p.text is None]
    assert not free, "a problem without its catalogue key (core/wording.py):\n" + "\n".join(free)
    unworded = [f"{p.code}: {p.message!r}" for p in problems if not messages.problem_text(p).startswith(OPEN)]
    assert not unworded, "add a template to desktop_app/ui/messages.py for:\n" + "\n".join(unworded)


def test_every_error_of_the_corpus_is_worded_by_the_ui(pseudo: PseudoTranslator, tmp_path: Path) -> None:
    found = _errors(tmp_path)
    kinds = {type(e).__name__ for e in found}
    assert {"FileMissingError", "FileUnreadableError", "EmptyFileError", "BinaryFileError", "DecodeError"} <= kinds
    unworded = [f"{type(e).__name__}: {e}" for e in found if not messages.error_text(e).startswith(OPEN)]
    assert not unworded, "add a template to desktop_app/ui/messages.py for:\n" + "\n".join(unworded)


def test_english_words_inside_messages_are_translated_too(pseudo: PseudoTranslator, tmp_path: Path) -> None:
    refused = errors.translate(ConnectionRefusedError(), INTL.name)
    text = messages.error_text(refused)
    assert f"{OPEN}{INTL.name}{CLOSE}" in text, "the region's name"
    assert f"{OPEN}the connection was refused" in text, "the network reason"
    path = tmp_path / "x.jsonl"
    path.write_text('[1]\n{"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n')
    worded = [messages.problem_text(p) for p in validate_jsonl(path).problems]
    assert any(f"{OPEN}a list{CLOSE}" in w for w in worded)
    spec = RequestSpec(template="{text}", model="text-embedding-v4", endpoint=EndpointKind.EMBEDDINGS, system="x")
    unused = next(p for p in check_spec(spec, ["text"]) if p.code == "unused_setting")
    assert f"{OPEN}system prompt{CLOSE}" in messages.problem_text(unused)


def test_an_unknown_message_stays_as_core_wrote_it(pseudo: PseudoTranslator) -> None:
    problem = Problem(3, "brand_new_code", "warning", "Line 3: something new.", {"line": 3})  # type: ignore[arg-type]
    assert messages.problem_text(problem) == "Line 3: something new."
    assert messages.error_text(errors.BatchDeskError("A sentence nobody templated.")) == "A sentence nobody templated."


def test_messages_read_in_chinese_with_locale_numbers(qapp: QApplication, tmp_path: Path) -> None:
    before = QLocale()
    try:
        install_language("zh_CN", QLocale("zh_CN"))
        messages.clear_cache()
        path = tmp_path / "x.jsonl"
        path.write_text('{"custom_id": "1", "method": "GET", "url": "/v1/chat/completions", "body": {}}\n')
        text = messages.problem_text(next(p for p in validate_jsonl(path).problems if p.code == "method"))
        assert "第 1 行" in text or "第1行" in text, text
        assert '"GET"' in text and "POST" in text
        count = next(p for p in validate_batch_options("x" * 150, "", "24h"))
        assert "150" in messages.problem_text(count)
        assert messages.region_name(INTL) != INTL.name
        install_language("id", QLocale("id_ID"))
        messages.clear_cache()
        facts = ValidationReport(path=None, requests=60_000)
        found: list[Problem] = []
        _file_checks(
            facts,
            lambda line, code, text, severity=None, **params: found.append(
                Problem(line, code, severity, wording.english(text), dict(params), text)  # type: ignore[arg-type]
            ),
        )
        too_many = next(p for p in found if p.code == "too_many_requests")
        assert "60.000" in messages.problem_text(too_many), "Indonesian groups thousands with a dot"
    finally:
        install_language("en")
        QLocale.setDefault(before)
        messages.clear_cache()


def test_why_an_encoding_was_chosen_is_worded_too(pseudo: PseudoTranslator) -> None:
    from desktop_app.core.tables.encoding import guess_encoding

    samples = [
        "a,b\n".encode("utf-8-sig"),
        "a,b\n".encode("utf-32"),
        "a,b\n".encode("utf-16"),
        "a,b\n".encode("utf-16-le"),
        b"a,b\nc,d\n",
        "名前,年齢\n太郎,3\n".encode(),
        ("名前,年齢\n" * 40).encode("cp932"),
    ]
    guesses = [guess_encoding(data, whole=True) for data in samples]
    unworded = [g.reason for g in guesses if not messages.text(g.why).startswith(OPEN)]
    assert not unworded, unworded
    assert f"{OPEN}Japanese (Shift-JIS / CP932){CLOSE}" in messages.text(guesses[-1].why), "the encoding's name too"


def test_every_verdict_is_worded(pseudo: PseudoTranslator) -> None:
    from desktop_app.core.answers.verdict import Verdict

    assert all(messages.verdict_text(v).startswith(OPEN) for v in Verdict), (
        "core/answers/verdict.py VERDICT_TEXT changed"
    )


def test_notes_about_answers_that_do_not_belong_are_worded(pseudo: PseudoTranslator) -> None:
    """Issue 10: the job details window shows these next to the job's errors."""
    from desktop_app.core.answers.verdict import stray_answer_notes
    from desktop_app.core.workflow import ID_REUSED_MESSAGE

    for note in stray_answer_notes(1234, 2):  # keyed (round 3)
        assert messages.text(note).startswith(OPEN), note
    assert messages.core_text(ID_REUSED_MESSAGE).startswith(OPEN)  # stored English (last_error)


def test_a_failed_upload_stored_in_the_job_list_is_worded(pseudo: PseudoTranslator) -> None:
    """core/workflow.py stores "Upload failed: <the error's English>" as the job's last_error; it read in
    English in every language (no template matched it)."""
    from desktop_app.core import errors
    from desktop_app.core.regions import INTL

    network = errors.NetworkError(INTL.name, wording.NET_RESET).user_message
    for stored in (f"Upload failed: {network}", "Upload failed: Stopped before it finished."):
        shown = messages.core_text(stored)
        assert shown.startswith(OPEN + "Upload failed: " + OPEN) and shown.endswith(CLOSE + CLOSE), shown
    assert f"{OPEN}the connection was reset{CLOSE}" in messages.core_text(f"Upload failed: {network}")


def test_a_notice_about_one_job_names_it_in_every_language(qapp: QApplication) -> None:
    """ "A job is no longer on the server" left the reader guessing which one: the notices of a refresh
    name the job, and the name survives translation."""
    from desktop_app.core.jobs import job_notice
    from desktop_app.core.ledger import JobRecord

    gone = wording.JOB_GONE(name="商品评论 GBK")
    failed = job_notice(
        JobRecord(id=7, region_id="sandbox", batch_id=None, status="completed", name="商品评论 GBK"),
        wording.said("The download was cut off."),
    )
    before = QLocale()
    try:
        for language, want in (
            ("ja", "ジョブ「商品评论 GBK」"),
            ("zh_CN", "任务“商品评论 GBK”"),
            ("id", 'Tugas "商品评论 GBK"'),
        ):
            install_language(language, QLocale("en_US"))
            messages.clear_cache()
            assert messages.text(gone).startswith(want), language
            assert messages.text(failed).startswith(want), language
    finally:
        install_language("en")
        QLocale.setDefault(before)
        messages.clear_cache()
    assert str(failed) == 'Job "商品评论 GBK": The download was cut off.'
