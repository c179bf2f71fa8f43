"""Command-line tools without Qt: ``desktop-app-cli validate | export | sandbox``.

Exit codes: 0 success, 1 the file has errors (``validate``), 2 usage or I/O problems.

Commands are :class:`~desktop_app.commands.base.Command` objects registered in :data:`COMMANDS` (see
:func:`register`): the ones here, plus ``COMMANDS`` of each module in :mod:`desktop_app.commands`
(``convert``, ``submit``, ``estimate``, ``jobs``, ``download``, ``cancel``, ``rerun``, ``files``,
``keys``); ``main`` builds the parser from that registry. A module of :data:`COMMAND_MODULES` is
imported only when one of its commands runs or the whole parser is built (``--help``): ``validate`` of
a small file is mostly start-up (issue 13).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.commands.base import EXIT_OK as EXIT_OK
from desktop_app.commands.base import EXIT_PROBLEMS as EXIT_PROBLEMS
from desktop_app.commands.base import EXIT_USAGE as EXIT_USAGE
from desktop_app.commands.base import PROG as PROG
from desktop_app.commands.base import Command as Command
from desktop_app.commands.base import err as _err
from desktop_app.commands.base import out as _out
from desktop_app.core.regions import BUILTIN_REGIONS, SUPPORTED_ENDPOINTS, builtin_region

COMMANDS: dict[str, Command] = {}
# The commands that live in their own modules, by name: the module is imported when first needed.
COMMAND_MODULES: dict[str, str] = {
    "convert": "desktop_app.commands.convert",
    "submit": "desktop_app.commands.jobs",
    "estimate": "desktop_app.commands.jobs",
    "jobs": "desktop_app.commands.jobs",
    "download": "desktop_app.commands.jobs",
    "cancel": "desktop_app.commands.jobs",
    "rerun": "desktop_app.commands.jobs",
    "files": "desktop_app.commands.files",
    "keys": "desktop_app.commands.keys",
}
_loaded: set[str] = set()


def register(command: Command) -> Command:
    """Add a subcommand to the registry (later registrations with the same name replace it)."""
    COMMANDS[command.name] = command
    return command


def _load(module: str) -> None:
    """Import a command module and register its ``COMMANDS`` (a command registered already is kept)."""
    if module in _loaded:
        return
    _loaded.add(module)
    for command in importlib.import_module(module).COMMANDS:
        COMMANDS.setdefault(command.name, command)


def _command(name: str) -> Command | None:
    """The registered command ``name``, importing its module if it has one; ``None`` when unknown."""
    if name not in COMMANDS and name in COMMAND_MODULES:
        _load(COMMAND_MODULES[name])
    return COMMANDS.get(name)


def _utf8_streams() -> None:
    """Make CJK text printable even where the console or a redirect defaults to a legacy code page."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and callable(reconfigure):
            with contextlib.suppress(ValueError, OSError):  # a stream that refuses: leave it
                reconfigure(encoding="utf-8", errors="backslashreplace")


def _log_to_file() -> None:
    """Internal log lines ("Keychain read failed…") go to the log file, never onto the user's terminal.

    The file (and the app's folders) are looked up with the first line: most commands log nothing.
    """
    from desktop_app.core.logging_setup import configure_logging_lazily

    def folder() -> Path:
        from desktop_app.core.paths import app_paths

        return app_paths().logs

    configure_logging_lazily(folder)


def _human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


# -- validate ------------------------------------------------------------------------------------


def _configure_validate(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the input JSONL file")
    parser.add_argument("--endpoint", choices=SUPPORTED_ENDPOINTS, help="the endpoint every line's url must equal")
    parser.add_argument(
        "--region",
        choices=[r.id for r in BUILTIN_REGIONS],
        help="warn about models this region does not document",
    )
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
    parser.add_argument("--max-problems", type=int, default=1000, metavar="N", help="list at most N line problems")
    parser.add_argument(
        "--full",
        action="store_true",
        help="check every line even of a file too large to upload (by default it is refused from its size)",
    )


def _run_validate(args: argparse.Namespace) -> int:
    from desktop_app.core.validate import validate_jsonl

    path: Path = args.file
    region = builtin_region(args.region) if args.region else None
    try:
        report = validate_jsonl(
            path,
            endpoint=args.endpoint,
            region=region,
            max_problems=args.max_problems,
            refuse_oversized=not args.full,
        )
    except OSError as exc:
        _err(f"cannot read {path}: {exc.strerror or exc}")  # names the user's file (and a device / pipe)
        return EXIT_USAGE
    if args.json:
        _out(json.dumps(report.to_json(), ensure_ascii=False))
        return EXIT_OK if report.ok else EXIT_PROBLEMS

    _out(str(path))
    facts = [
        f"requests: {report.requests:,}" if report.lines_checked else "requests: not counted",
        f"size: {_human_size(report.bytes)}",
        f"model: {', '.join(report.models) or '-'}",
        f"endpoint: {report.endpoint or '-'}",
        f"thinking: {report.thinking.value}",
    ]
    _out("  " + "   ".join(facts))
    if report.ok:
        verdict = "OK: ready to upload"
        if report.warning_count:
            verdict += f" ({_plural(report.warning_count, 'warning')})"
    else:
        verdict = (
            f"NOT OK: {_plural(report.error_count, 'error')}, {_plural(report.warning_count, 'warning')}"
            " - fix the errors before uploading"
        )
    _out("  " + verdict)
    if report.counts:
        kinds = ", ".join(f"{code} x{count:,}" for code, count in report.counts.items())
        _out(f"  problems by kind: {kinds}")
    for problem in report.problems:
        where = f"line {problem.line}" if problem.line is not None else "file"
        _out(f"{where}: [{problem.code}] {problem.detail}")
    if report.problems_truncated:
        _out(f"... and {report.problems_truncated:,} more problems not listed (use --max-problems to list more).")
    if not report.lines_checked:
        _out("(refused from its size alone; the lines were not read - use --full to check every line anyway)")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


# -- export --------------------------------------------------------------------------------------


def _export_sheet(args: argparse.Namespace, endpoint: str) -> int:
    """``export --layout sheet``: the window's layout, from the files alone (no spreadsheet here)."""
    from desktop_app.core.answers.source import SourceSpec
    from desktop_app.core.answers.view import ResultsView
    from desktop_app.core.builder.source import source_for_file
    from desktop_app.core.outputs import outputs_in_file
    from desktop_app.core.sheet import Variant, export_sheet

    if args.columns:
        _err("--columns applies to --layout columns only")
        return EXIT_USAGE
    # the output columns the requests asked for (convert --output-column / --preset), read back from them
    outputs = outputs_in_file(args.input)
    source = SourceSpec.from_json(source_for_file(args.input).source)  # the sheet `convert` kept, if any
    with ResultsView.from_paths(args.input, args.results, args.errors, source=source, outputs=outputs) as view:
        # an embeddings job by its endpoint, as the window and ``download`` decide (one pass over the answers)
        report = export_sheet([Variant("", view, embeddings="embedding" in endpoint)], args.output, "csv")
        summary = view.summary()
    needs_another_try = report.variants[0].needs_another_try if report.variants else 0
    if args.json:
        extra = {
            "vectors": str(report.vectors_path) if report.vectors_path else None,
            "output_columns": [c.name for c in outputs],
            "needs_another_try": needs_another_try,
        }
        _out(json.dumps({"rows": report.rows, "output": str(args.output), **extra, **summary.to_json()}))
        return EXIT_OK
    _out(f"Wrote {_plural(report.rows, 'row')} to {args.output}")
    _out(f"  succeeded: {summary.succeeded:,}   failed: {summary.failed:,}   missing: {summary.missing:,}")
    if outputs:
        _out(
            f"  answers split into: {', '.join(c.name for c in outputs)}"
            + (f" ({needs_another_try:,} did not fit them: status 'needs another try')" if needs_another_try else "")
        )
    if report.vectors_path is not None:
        _out(f"  vectors ({report.vector_dim} numbers each): {report.vectors_path}")
    return EXIT_OK


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("results", type=Path, nargs="?", help="the downloaded output (result) JSONL file")
    parser.add_argument("--input", type=Path, required=True, help="the input JSONL file that was submitted")
    parser.add_argument("--errors", type=Path, help="the downloaded error JSONL file")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the CSV file to write")
    parser.add_argument("--columns", help="comma-separated column names (default: the standard set)")
    parser.add_argument(
        "--layout",
        choices=("columns", "sheet"),
        default="columns",
        help="columns: the technical columns (default); sheet: request id, prompt, answer, status — the "
        "window's layout (an embeddings job also gets its vectors as JSON arrays and a .npy file)",
    )
    parser.add_argument("--utc", action="store_true", help="write times in UTC instead of local time")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")


def _run_export(args: argparse.Namespace) -> int:
    from datetime import UTC

    from desktop_app.core.answers.rerun import input_endpoint
    from desktop_app.core.answers.view import ResultsView
    from desktop_app.core.export import DEFAULT_COLUMNS, EMBEDDING_COLUMNS, export_csv

    if args.results is None and args.errors is None:
        _err("give the results file, the --errors file, or both")
        return EXIT_USAGE
    try:
        from desktop_app.core.startup import start_up, sweep_destination

        start_up()  # crash leftovers in the app's folders, and
        sweep_destination(args.output)  # the temp file of an export of this file a crash interrupted
        endpoint = input_endpoint(args.input)  # also: a missing or unreadable input is an error here
        if args.layout == "sheet":
            return _export_sheet(args, endpoint)
        for given in (args.results, args.errors):
            if given is not None:
                given.open("rb").close()  # the view skips absent answer files; a named one must be there
        # The streaming view the window uses: one pass per file, rows never all in memory at once.
        with ResultsView.from_paths(args.input, args.results, args.errors) as view:
            if args.columns:
                columns: Sequence[str] = [c.strip() for c in args.columns.split(",") if c.strip()]
            elif "embedding" in endpoint:
                columns = EMBEDDING_COLUMNS
            else:
                columns = DEFAULT_COLUMNS
            written = export_csv(view, args.output, columns, tz=UTC if args.utc else None)
            summary = view.summary()
    except OSError as exc:
        from desktop_app.core.fileutil import describe_os_error

        _err(describe_os_error(exc))
        return EXIT_USAGE
    except ValueError as exc:
        _err(str(exc))
        return EXIT_USAGE
    if args.json:
        _out(json.dumps({"rows": written, "output": str(args.output), **summary.to_json()}, ensure_ascii=False))
        return EXIT_OK
    _out(f"Wrote {_plural(written, 'row')} to {args.output}")
    _out(f"  succeeded: {summary.succeeded:,}   failed: {summary.failed:,}   missing: {summary.missing:,}")
    extras = [
        (summary.unknown, "answers for ids not in the input"),
        (summary.duplicates, "repeated answers ignored"),
        (summary.without_id, "answers without a custom_id"),
        (summary.unreadable, "unreadable result lines"),
        (summary.input_skipped, "input lines skipped (no usable custom_id)"),
        (summary.input_duplicates, "input lines repeating an id"),
    ]
    for count, text in extras:
        if count:
            _out(f"  {count:,} {text}")
    if summary.total_tokens:
        _out(
            f"  tokens (succeeded rows): prompt {summary.prompt_tokens:,}, "
            f"completion {summary.completion_tokens:,}, total {summary.total_tokens:,}"
        )
    return EXIT_OK


# -- sandbox -------------------------------------------------------------------------------------


def _configure_sandbox(parser: argparse.ArgumentParser) -> None:
    # Documentation only: the arguments are handed to the sandbox, which parses them itself.
    parser.add_argument("--port", type=int, help="port to listen on")
    parser.add_argument("--speed", type=float, help="how much faster than real time batches run")


def _run_sandbox(argv: list[str]) -> int:
    try:
        from desktop_app.sandbox.__main__ import run
    except ImportError as exc:
        _err(f"the sandbox is not available: {exc}")
        return EXIT_USAGE
    try:
        result = run(argv)
    except SystemExit as exc:  # the sandbox's own argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return int(result) if result is not None else EXIT_OK


register(Command("validate", "check an input JSONL file before uploading", _configure_validate, _run_validate))
register(
    Command(
        "export",
        "join downloaded results with the input and write an Excel-ready CSV",
        _configure_export,
        _run_export,
    )
)
register(Command("sandbox", "run the local Batch API emulator", _configure_sandbox, raw=_run_sandbox))


# -- entry point ---------------------------------------------------------------------------------


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser for every command, in the order of :data:`COMMANDS` then :data:`COMMAND_MODULES`.

    ``only``: the command about to run; the others are left out, their modules not imported.
    """
    if only is None:
        for module in dict.fromkeys(COMMAND_MODULES.values()):
            _load(module)
    parser = argparse.ArgumentParser(
        prog=PROG, description="Batch Desk tools for the Model Studio Batch File API (no window)."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = [only] if only is not None else [*COMMANDS, *(n for n in COMMAND_MODULES if n not in COMMANDS)]
    for name in names:
        command = _command(name)
        if command is None:
            continue
        child = sub.add_parser(command.name, help=command.help, description=command.help)
        command.configure(child)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code (never raises SystemExit)."""
    _utf8_streams()
    args_list = list(sys.argv[1:] if argv is None else argv)
    chosen = _command(args_list[0]) if args_list else None
    if chosen is not None and chosen.raw is not None:
        return chosen.raw(args_list[1:])
    parser = build_parser(chosen.name if chosen is not None else None)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    command = COMMANDS[args.command]
    assert command.run is not None
    _log_to_file()
    try:
        return command.run(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly, as the Python docs recommend
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEMS


if __name__ == "__main__":
    sys.exit(main())
