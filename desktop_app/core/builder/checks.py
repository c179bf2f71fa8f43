"""Every problem before building: the mapping's (:func:`check_spec`) and each row's (:func:`check_rows`),
with the row numbers the spreadsheet shows (reusing :class:`~desktop_app.core.validate.Problem`)."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop_app.core import wording as w
from desktop_app.core.builder.images import (
    IMAGE_SCHEMES,
    MAX_IMAGE_BYTES,
    ImageError,
    image_path,
    image_size,
    too_large_message,
)
from desktop_app.core.builder.render import Compiled
from desktop_app.core.builder.spec import BuildCancelled, EndpointKind, RequestSpec
from desktop_app.core.builder.template import TemplateError, parse_template
from desktop_app.core.idmap import IdMap
from desktop_app.core.limits import (
    EMBEDDING_DIMENSIONS,
    TEMPERATURE_MAX_EXCLUSIVE,
    TEMPERATURE_MIN,
    TOP_P_MAX,
    TOP_P_MIN,
)
from desktop_app.core.outputs import check_outputs
from desktop_app.core.regions import Endpoint, Region, endpoint_for_model
from desktop_app.core.scripts import ScriptProfile
from desktop_app.core.tables.encoding import encoding_label
from desktop_app.core.tables.errors import ReadCancelled
from desktop_app.core.tables.model import Row, Table
from desktop_app.core.validate import Problem, Severity


def make_problem(
    line: int | None, code: str, message: w.Text, severity: Severity = Severity.ERROR, **params: object
) -> Problem:
    """A problem of the build (``line`` is the spreadsheet row) worded by ``message``."""
    if line is not None:
        params = {"row": line, **params}
    return Problem(line, code, severity, w.english(message), params, message)


def check_spec(spec: RequestSpec, columns: Sequence[str], *, region: Region | None = None) -> list[Problem]:
    """Problems with the mapping itself (no rows read); errors here stop a build before it starts."""
    problems: list[Problem] = []
    if not spec.template.strip():
        problems.append(make_problem(None, "template_empty", w.B_TEMPLATE_EMPTY()))
    for text, label in ((spec.template, "template"), (spec.system or "", "system prompt")):
        if not text:
            continue
        try:
            parse_template(text).resolve(columns)
        except TemplateError as exc:
            code = exc.code or "template_syntax"
            said = exc.text if label == "template" else w.B_IN_SYSTEM_PROMPT(message=exc.text)
            problems.append(make_problem(None, code, said))
    for name, what, missing in (
        (spec.id_column, "id", w.B_ID_COLUMN_CHOOSE),
        (spec.image_column, "image", w.B_IMAGE_COLUMN_CHOOSE),
    ):
        if name is not None and name not in columns:
            problems.append(
                make_problem(
                    None, f"{what}_column_missing", missing(column=name, columns=", ".join(columns[:30])), column=name
                )
            )
    model = spec.effective_model
    if not model:
        problems.append(make_problem(None, "model_missing", w.B_MODEL_MISSING()))
    else:
        expected = endpoint_for_model(model)
        if expected != spec.url and not (spec.endpoint is EndpointKind.CHAT and expected == Endpoint.CHAT):
            kind = {Endpoint.EMBEDDINGS.value: "embeddings", Endpoint.TEST.value: "test"}.get(expected, "chat")
            problems.append(
                make_problem(
                    None,
                    "url_model",
                    w.B_URL_MODEL(model=model, kind=w.word(kind), chosen=w.word(spec.endpoint.value)),
                    model=model,
                    expected=expected,
                )
            )
        if region is not None and not region.documents_model(model):
            problems.append(
                make_problem(
                    None,
                    "model_region",
                    w.B_MODEL_REGION(model=model, region=w.region(region.name)),
                    Severity.WARNING,
                    model=model,
                    region=region.id,
                )
            )
    chat_like = spec.endpoint is not EndpointKind.EMBEDDINGS
    if spec.temperature is not None and not (TEMPERATURE_MIN <= spec.temperature < TEMPERATURE_MAX_EXCLUSIVE):
        problems.append(
            make_problem(
                None,
                "temperature",
                w.B_TEMPERATURE(value=str(spec.temperature)),
                value=spec.temperature,
            )
        )
    if spec.top_p is not None and not (TOP_P_MIN <= spec.top_p <= TOP_P_MAX):
        problems.append(make_problem(None, "top_p", w.B_TOP_P(value=str(spec.top_p)), value=spec.top_p))
    if spec.max_tokens is not None and spec.max_tokens < 1:
        problems.append(
            make_problem(None, "max_tokens", w.B_MAX_TOKENS(value=str(spec.max_tokens)), value=spec.max_tokens)
        )
    if spec.dimensions is not None and spec.dimensions < 1:
        problems.append(
            make_problem(None, "dimensions", w.B_DIMENSIONS(value=str(spec.dimensions)), value=spec.dimensions)
        )
    allowed = EMBEDDING_DIMENSIONS.get(model)
    if not chat_like and spec.dimensions is not None and allowed and spec.dimensions not in allowed:
        problems.append(
            make_problem(
                None,
                "dimensions",
                w.B_DIMENSIONS_SIZES(model=model, sizes=", ".join(map(str, allowed)), value=str(spec.dimensions)),
                value=spec.dimensions,
            )
        )
    if not chat_like:
        unused = [
            name
            for name, value in (
                ("system prompt", spec.system),
                ("temperature", spec.temperature),
                ("top_p", spec.top_p),
                ("max_tokens", spec.max_tokens),
                ("enable_thinking", spec.enable_thinking),
                ("image column", spec.image_column),
            )
            if value not in (None, "")
        ]
        if unused:
            problems.append(
                make_problem(
                    None,
                    "unused_setting",
                    w.B_UNUSED_SETTINGS(settings=w.listing([w.word(name) for name in unused])),
                    Severity.WARNING,
                    settings=unused,
                )
            )
    elif spec.dimensions is not None:
        problems.append(
            make_problem(
                None,
                "unused_setting",
                w.B_UNUSED_DIMENSIONS(),
                Severity.WARNING,
                settings=["dimensions"],
            )
        )
    for code, message in check_outputs(spec.outputs, columns):
        problems.append(make_problem(None, code, message))
    if spec.outputs and not chat_like:
        problems.append(
            make_problem(
                None,
                "unused_setting",
                w.B_UNUSED_SETTINGS(settings=w.listing([w.word("output columns")])),
                Severity.WARNING,
                settings=["output columns"],
            )
        )
    elif spec.outputs and spec.endpoint is EndpointKind.CHAT and not spec.json_mode:
        problems.append(
            make_problem(
                None,
                "json_mode_off",
                w.B_JSON_MODE_THINKING() if spec.enable_thinking else w.B_JSON_MODE_MODEL(model=model),
                Severity.WARNING,
                model=model,
            )
        )
    if spec.image_column is not None and chat_like and "-vl" not in model and "ocr" not in model:
        problems.append(
            make_problem(
                None,
                "image_model",
                w.B_IMAGE_MODEL(model=model),
                Severity.WARNING,
                model=model,
            )
        )
    return problems


_PROFILE_ROWS = 200  # the first rows tell which scripts a file is written in


class RowChecker:
    """Per-row checks shared by :func:`check_rows` and :func:`build_jsonl`."""

    def __init__(self, compiled: Compiled, columns: Sequence[str], max_problems: int) -> None:
        self.compiled = compiled
        self.columns = columns
        self.max_problems = max(0, max_problems)
        self.problems: list[Problem] = []
        self.truncated = 0
        self.counts: dict[str, int] = {}
        self.errors = 0
        self.warnings = 0
        self.seen = IdMap(sharded=False)  # every id's first row
        self.id_column = compiled.spec.id_column
        # issue 10: rows read in another encoding than the file's, and the scripts the file uses
        self.row_encodings: Mapping[int, str] = {}
        self.profile: ScriptProfile | None = None

    def attach(self, table: Table) -> None:
        """Judge rows against ``table``: the rows it read in another encoding, the scripts its first rows use."""
        self.row_encodings = table.row_encodings
        self.profile = ScriptProfile(" ".join(row.values) for row in table.preview(_PROFILE_ROWS))

    def plain_utf8(self, data: bytes) -> bool:
        """The UTF-8 request lines hold no replacement mark, mojibake or unlikely script (a fast test;
        False means "check each row")."""
        return self.profile is None or self.profile.plain_utf8(data)

    def unusual(self, prompt: str) -> tuple[str, str] | None:
        """The prompt looks misread (mojibake, a script the file does not use); None when it looks fine."""
        return None if self.profile is None or prompt.isascii() else self.profile.unusual(prompt)

    def add(self, problem: Problem) -> None:
        self.counts[problem.code] = self.counts.get(problem.code, 0) + 1
        if problem.severity is Severity.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        if len(self.problems) < self.max_problems:
            self.problems.append(problem)
        else:
            self.truncated += 1

    def check(self, row: Row, cid: str, prompt: str) -> None:
        number = row.number
        if not cid:
            self.add(
                make_problem(
                    number,
                    "blank_id",
                    w.B_BLANK_ID(row=number, column=str(self.id_column)),
                )
            )
        else:
            first = self.seen.setdefault(cid, number)
            if first != number:
                self.add(
                    make_problem(
                        number,
                        "duplicate_id",
                        w.B_DUPLICATE_ID(row=number, id=cid, first_row=first),
                        id=cid,
                        first_row=first,
                    )
                )
        if not prompt or prompt.isspace():
            self.add(
                make_problem(
                    number,
                    "empty_prompt",
                    w.B_EMPTY_PROMPT(row=number),
                )
            )
        else:
            values = row.values
            for index in self.compiled.prompt_columns:
                cell = values[index]
                if not cell or cell.isspace():
                    name = self.columns[index]
                    self.add(
                        make_problem(
                            number,
                            "blank_cell",
                            w.B_BLANK_CELL(row=number, column=name),
                            Severity.WARNING,
                            column=name,
                        )
                    )
        if "\ufffd" in prompt:  # issue 10: never "ready" with unreadable characters, unsaid
            self.add(
                make_problem(
                    number,
                    "garbled_text",
                    w.B_GARBLED(row=number),
                    Severity.WARNING,
                )
            )
        codec = self.row_encodings.get(number)
        if codec is not None and codec != "?":
            label = encoding_label(codec)
            self.add(
                make_problem(
                    number,
                    "foreign_encoding",
                    w.B_FOREIGN_ENCODING(row=number, encoding=w.word(label)),
                    Severity.WARNING,
                    encoding=label,
                )
            )
        elif "\ufffd" not in prompt:
            unusual = self.unusual(prompt)
            if unusual is not None and unusual[0] == "mojibake":
                self.add(
                    make_problem(
                        number,
                        "mojibake_text",
                        w.B_MOJIBAKE(row=number, sample=unusual[1]),
                        Severity.WARNING,
                        sample=unusual[1],
                    )
                )
            elif unusual is not None:
                self.add(
                    make_problem(
                        number,
                        "unlikely_script",
                        w.B_UNLIKELY_SCRIPT(row=number, script=w.word(unusual[1])),
                        Severity.WARNING,
                        script=unusual[1],
                    )
                )
        if row.extra or row.short:
            width = len(self.columns)
            if row.extra:
                extra = ", ".join(repr(c[:20]) for c in row.extra[:3])
                detail = w.B_RAGGED_EXTRA(row=number, cells=row.width, columns=width, extra=extra)
            else:
                detail = w.B_RAGGED_SHORT(row=number, cells=row.width, columns=width)
            self.add(
                make_problem(
                    number,
                    "ragged_row",
                    detail,
                    Severity.WARNING,
                    cells=row.width,
                    columns=width,
                )
            )
        image_index = self.compiled.image_index
        if image_index is not None:
            cell = row.values[image_index].strip()
            if not cell:
                self.add(
                    make_problem(
                        number,
                        "image_blank",
                        w.B_IMAGE_BLANK(row=number),
                        Severity.WARNING,
                    )
                )
            elif not cell.lower().startswith((*IMAGE_SCHEMES, "data:")):
                try:
                    path = image_path(cell, self.compiled.base_dir)
                    size = image_size(path, cell)
                    if size > MAX_IMAGE_BYTES:
                        raise ImageError(too_large_message(cell, size), code="image_too_large")
                except ImageError as exc:
                    self.add(
                        make_problem(number, exc.code or "image_missing", w.B_IN_ROW(row=number, message=exc.text))
                    )


def check_rows(
    table: Table,
    spec: RequestSpec,
    *,
    region: Region | None = None,
    max_problems: int = 1000,
    cancel: threading.Event | None = None,
) -> list[Problem]:
    """Every problem of the mapping and of each row, before anything is built.

    Returns the spec problems (``line`` None) followed by row problems (``line`` = the spreadsheet
    row): ``blank_id``, ``duplicate_id``, ``empty_prompt``, ``blank_cell`` (warning), ``ragged_row``
    (warning), ``garbled_text`` (warning), ``image_missing``, ``image_too_large``, ``image_blank``
    (warning). Row problems are capped at ``max_problems``. When the spec has errors the rows are not read.

    Raises:
        TableError: reading the rows failed (e.g. a decoding error).
        BuildCancelled: ``cancel`` was set.
    """
    spec_problems = check_spec(spec, table.columns, region=region)
    if any(p.severity is Severity.ERROR for p in spec_problems):
        return spec_problems
    compiled = Compiled(spec, table.columns, image_base(spec, table))
    checker = RowChecker(compiled, table.columns, max_problems)
    checker.attach(table)
    prompt = compiled.prompt
    custom_id = compiled.custom_id
    try:
        with checker.seen:
            for row in table.iter_rows(cancel=cancel):
                values = row.values
                checker.check(row, custom_id(values, row.number), prompt(values))
    except ReadCancelled as exc:
        raise BuildCancelled from exc
    return spec_problems + checker.problems


def image_base(spec: RequestSpec, table: Table) -> Path:
    return spec.image_folder or table.path.parent
