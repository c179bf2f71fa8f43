"""``desktop-app-cli convert``: a spreadsheet (CSV/TSV/TXT/XLSX/XLS/ODS) to a batch input JSONL file.

Same core as the window: :func:`desktop_app.core.tables.readers.open_table` reads the table (encoding,
delimiter, header and sheet detected unless given), :func:`desktop_app.core.builder.jsonl.build_jsonl`
writes and validates the requests.

Exit codes: 0 written and nothing blocks the upload (warnings allowed), 1 problems (an unknown
placeholder, blank or repeated ids, empty prompts, any validation error), 2 usage or I/O problems
(the input cannot be read, the output cannot be written).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.commands.base import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Command, fail

if TYPE_CHECKING:
    from desktop_app.core.outputs import OutputColumn, Preset

NAME = "convert"
HELP = "turn a CSV/TSV/TXT/XLSX/XLS/ODS table into a batch input JSONL file"

_DELIMITERS = {",": ",", "comma": ",", ";": ";", "semicolon": ";", "|": "|", "pipe": "|", "tab": "\t", "\\t": "\t"}
_DELIMITERS["\t"] = "\t"


def _delimiter(text: str) -> str:
    key = text if text in _DELIMITERS else text.lower()
    if key not in _DELIMITERS:
        raise argparse.ArgumentTypeError("use one of: comma, semicolon, tab, pipe (or , ; | \\t)")
    return _DELIMITERS[key]


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the ``convert`` arguments."""
    from desktop_app.core.regions import BUILTIN_REGIONS

    parser.add_argument("input", type=Path, help="the table: .csv, .tsv, .txt, .xlsx, .xls or .ods")
    parser.add_argument(
        "--template", help='the prompt, e.g. "Translate {text} into {lang}" (required unless --preset gives one)'
    )
    parser.add_argument("-o", "--output", type=Path, help="the JSONL file to write (default: INPUT with .jsonl)")
    parser.add_argument("--id-column", metavar="C", help="the column holding each request's id (default: row-N)")
    parser.add_argument("--system", help="a system prompt (may use {column} placeholders too)")
    parser.add_argument("--endpoint", choices=("chat", "embeddings", "test"), default="chat", help="request kind")
    parser.add_argument("--model", help="model name (default: qwen-plus / text-embedding-v4 / batch-test-model)")
    parser.add_argument("--encoding", metavar="E", help="text encoding of a CSV (default: detected)")
    parser.add_argument("--delimiter", type=_delimiter, metavar="D", help="comma, semicolon, tab or pipe")
    header = parser.add_mutually_exclusive_group()
    header.add_argument("--header", dest="header", action="store_true", default=None, help="row 1 is a header")
    header.add_argument("--no-header", dest="header", action="store_false", help="row 1 is data")
    parser.add_argument("--sheet", metavar="S", help="the workbook sheet (default: the first with data)")
    parser.add_argument("--temperature", type=float, help="0 up to (not including) 2")
    parser.add_argument("--top-p", type=float, help="0 to 1")
    parser.add_argument("--max-tokens", type=int, help="the longest answer, in tokens")
    parser.add_argument(
        "--thinking", choices=("on", "off"), help="set enable_thinking explicitly (thinking tokens are billed)"
    )
    parser.add_argument("--image-column", metavar="C", help="a column of image URLs or file paths (qwen-vl-*)")
    parser.add_argument("--dimensions", type=int, help="embedding vector size")
    answers = parser.add_argument_group(
        "answers in columns",
        "ask for one JSON object per answer and split it into columns (export --layout sheet writes them)",
    )
    answers.add_argument(
        "--output-column",
        action="append",
        default=[],
        metavar="SPEC",
        help="name:kind[:labels[:description]], repeated; kinds: text, number, yes_no, label, labels; labels "
        'separated by |, e.g. "sentiment:label:positive|negative|neutral:the review\'s sentiment"',
    )
    answers.add_argument("--outputs", type=Path, metavar="FILE", help="the output columns as a JSON list (a file)")
    answers.add_argument(
        "--preset",
        choices=("classify", "extract", "translate", "summarise", "summarize"),
        help="a common job: its prompt (unless --template) and its output columns (unless given)",
    )
    answers.add_argument("--labels", metavar="L", help="classify: the labels, separated by | (default: sentiment)")
    answers.add_argument("--language", metavar="LANG", help="translate: into which language (default: English)")
    answers.add_argument("--words", type=int, metavar="N", help="summarise: at most N words (default: 30)")
    answers.add_argument(
        "--text-column", metavar="C", help="the column the preset's prompt reads (default: the longest text)"
    )
    parser.add_argument("--region", choices=[r.id for r in BUILTIN_REGIONS], help="warn about undocumented models")
    parser.add_argument("--split", action="store_true", help="also write parts when over the file limits")
    parser.add_argument("--verify", action="store_true", help="re-read the written file with the full validator")
    parser.add_argument("--max-problems", type=int, default=1000, metavar="N", help="list at most N row problems")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")


def run(args: argparse.Namespace) -> int:
    """Convert; print a summary; return the exit code."""
    from desktop_app.core.builder.jsonl import BuildReport, build_jsonl
    from desktop_app.core.builder.source import record_parts
    from desktop_app.core.builder.spec import DEFAULT_MODELS, EndpointKind, RequestSpec, guess_text_column
    from desktop_app.core.builder.split import plan_split, split_jsonl
    from desktop_app.core.errors import BatchDeskError
    from desktop_app.core.outputs import preset_template
    from desktop_app.core.regions import builtin_region
    from desktop_app.core.tables.readers import open_table

    src: Path = args.input
    out: Path = args.output or src.with_suffix(".jsonl")
    if out.resolve() == src.resolve():
        return _fail(args, "the output would overwrite the input; choose another name with -o", EXIT_USAGE)
    kind = EndpointKind(args.endpoint)
    try:
        outputs, preset = _outputs(args)
    except (OSError, ValueError) as exc:
        return _fail(args, str(exc), EXIT_USAGE)
    if args.template is None and preset is None:
        return _fail(args, "give the prompt with --template (or choose a --preset)", EXIT_USAGE)
    spec = RequestSpec(
        template=args.template or "",
        outputs=outputs,
        model=args.model or DEFAULT_MODELS[kind.value],
        endpoint=kind,
        id_column=args.id_column,
        system=args.system,
        temperature=args.temperature,
        top_p=args.top_p,
        max_tokens=args.max_tokens,
        enable_thinking=None if args.thinking is None else args.thinking == "on",
        image_column=args.image_column,
        dimensions=args.dimensions,
    )
    region = builtin_region(args.region) if args.region else None
    parts: list[Path] = []
    try:
        with open_table(
            src, encoding=args.encoding, delimiter=args.delimiter, has_header=args.header, sheet=args.sheet
        ) as table:
            if args.template is None and preset is not None:
                text_column = args.text_column or guess_text_column(table.columns, table.preview(), args.id_column)
                spec = replace(spec, template=preset_template(preset, text_column))
            report: BuildReport = build_jsonl(
                table, spec, out, region=region, max_problems=args.max_problems, verify=args.verify
            )
            source = _source_facts(table)
        if args.split and report.written and report.needs_split:
            parts = split_jsonl(out, parts=plan_split(report, test_model=spec.effective_model == "batch-test-model"))
            record_parts(out, parts)  # each part, submitted on its own, keeps the sheet too
    except BatchDeskError as exc:
        return _fail(args, exc.user_message, EXIT_USAGE, type(exc).__name__)
    except OSError as exc:
        from desktop_app.core.fileutil import describe_os_error

        return _fail(args, describe_os_error(exc), EXIT_USAGE)
    code = EXIT_OK if report.ok else EXIT_PROBLEMS
    if args.json:
        data: dict[str, Any] = {**report.to_json(), "input": str(src), **source, "parts": [str(p) for p in parts]}
        data["outputs"] = [c.to_json() for c in spec.outputs]
        data["sheet_kept"] = report.source.get("rows_path")
        print(json.dumps(data, ensure_ascii=False))
        return code
    _print_summary(report, source, parts)
    if spec.outputs and report.written:
        print(
            "  Answers asked for as one JSON object with the columns: "
            + ", ".join(c.name for c in spec.outputs)
            + " (export --layout sheet splits them)"
        )
    return code


def _outputs(args: argparse.Namespace) -> tuple[tuple[OutputColumn, ...], Preset | None]:
    """The output columns asked for (``--output-column``, ``--outputs``, or the preset's) and the preset.

    Raises ValueError (a spec or file that cannot be used) or OSError (the file cannot be read)."""
    from desktop_app.core.outputs import make_preset, outputs_from_file, parse_labels, parse_output_column

    preset = None
    if args.preset:
        options: dict[str, Any] = {}
        if args.labels is not None:
            options["labels"] = parse_labels(args.labels)
        if args.language is not None:
            options["language"] = args.language
        if args.words is not None:
            options["words"] = args.words
        preset = make_preset(args.preset, **options)
    elif args.labels is not None or args.language is not None or args.words is not None:
        raise ValueError("--labels, --language and --words go with --preset")
    if args.output_column and args.outputs:
        raise ValueError("give the output columns with --output-column or with --outputs, not both")
    if args.outputs:
        return outputs_from_file(args.outputs), preset
    if args.output_column:
        return tuple(parse_output_column(spec) for spec in args.output_column), preset
    return (preset.outputs if preset is not None else ()), preset


def _source_facts(table: Any) -> dict[str, Any]:
    guess = table.encoding
    return {
        "format": table.format,
        "encoding_detected": None
        if guess is None
        else {
            "encoding": guess.encoding,
            "label": guess.label,
            "confidence": guess.confidence,
            "had_bom": guess.had_bom,
            "reason": guess.reason,
        },
        "delimiter": table.delimiter,
        "sheet": table.sheet,
        "sheets": list(table.sheets),
        "has_header": table.has_header,
        "columns": list(table.columns),
        "rows": table.row_count,
    }


def _fail(args: argparse.Namespace, message: str, code: int, kind: str = "usage") -> int:
    return fail(args, message, code, command=NAME, ok=False, kind=kind)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def _print_summary(report: Any, source: dict[str, Any], parts: list[Path]) -> None:
    from desktop_app.core.tables.dialect import delimiter_name

    how: list[str] = []
    if source["encoding_detected"]:
        how.append(source["encoding_detected"]["label"])
    if source["delimiter"]:
        how.append(f"{delimiter_name(source['delimiter'])}-separated")
    if source["sheet"]:
        how.append(f'sheet "{source["sheet"]}"')
    how.append("header in row 1" if source["has_header"] else "no header row")
    rows = source["rows"]
    print(f"Read {rows if rows is not None else '?'} rows ({', '.join(how)}); columns: {', '.join(source['columns'])}")
    if report.written:
        print(
            f"Wrote {report.dest}: {report.requests:,} requests, {_size(report.bytes)}, model {report.model}, "
            f"endpoint {report.endpoint}"
        )
        if report.source.get("rows_path"):
            print(
                f"  Kept the sheet's rows in {report.source['rows_path']}: a job submitted from this file shows "
                "your columns next to the answers"
            )
    else:
        print("Nothing was written: fix the problems below first.")
    if report.ok:
        verdict = "OK: ready to upload"
        if report.warning_count:
            verdict += f" ({report.warning_count:,} warning{'s' if report.warning_count != 1 else ''})"
    else:
        verdict = f"NOT OK: {report.error_count:,} errors, {report.warning_count:,} warnings"
    print("  " + verdict)
    if report.needs_split:
        if parts:
            print(f"  Over the per-file limits: split into {len(parts)} parts:")
            for part in parts:
                print(f"    {part}")
        else:
            print("  Over the per-file limits: run again with --split to write parts that each fit.")
    for problem in report.problems:
        where = f"row {problem.line}" if problem.line is not None else "mapping"
        if problem.line is not None and problem.code not in ("line_too_large",) and "row" in problem.params:
            where = f"row {problem.params['row']}"
        print(f"{where}: [{problem.code}] {problem.message}")
    if report.problems_truncated:
        print(f"... and {report.problems_truncated:,} more problems not listed (use --max-problems to list more).")


COMMANDS: tuple[Command, ...] = (Command(NAME, HELP, configure, run),)
