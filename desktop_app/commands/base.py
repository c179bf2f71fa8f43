"""What every subcommand shares: the exit codes, the shape of a subcommand, and how it prints.

``desktop_app.cli`` (the dispatcher) and the modules of ``desktop_app.commands`` both import this
module, never each other's internals, so there is no import cycle between them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass

EXIT_OK = 0  # success
EXIT_PROBLEMS = 1  # the file or the job has problems (validation errors, unfinished, cannot be cancelled)
EXIT_USAGE = 2  # usage, key, file or network problems
PROG = "desktop-app-cli"


@dataclass(frozen=True)
class Command:
    """One subcommand.

    ``configure`` adds its arguments to its subparser and ``run`` executes the parsed namespace. A
    ``raw`` command instead receives its arguments untouched (it parses them itself).
    """

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int] | None = None
    raw: Callable[[list[str]], int] | None = None


def out(text: str = "") -> None:
    """One line of the command's result on stdout."""
    print(text, file=sys.stdout, flush=True)


def err(text: str, command: str = "") -> None:
    """One line on stderr, prefixed with the program (and subcommand) name."""
    print(f"{PROG}{' ' + command if command else ''}: {text}", file=sys.stderr, flush=True)


def emit_json(data: object) -> None:
    """``data`` as one JSON line on stdout (non-ASCII kept readable)."""
    out(json.dumps(data, ensure_ascii=False))


def add_yes(parser: argparse.ArgumentParser) -> None:
    """``--yes``: do not ask before a billed submit at a terminal."""
    parser.add_argument(
        "--yes",
        action="store_true",
        help="do not ask before a billed submit (at a terminal the command asks after printing the estimate; "
        "in scripts, where nobody can answer, running the command is the confirmation)",
    )


def agrees_to_pay(args: argparse.Namespace) -> bool:
    """After the estimate was printed: may this billed submit go?

    At a terminal the person is asked (Enter alone, or anything but y / yes, cancels). With ``--yes`` or
    ``--json``, or with no terminal to ask (a script, a pipe), running the command is the confirmation
    and ``--max-cost`` is the guard.
    """
    if getattr(args, "yes", False) or getattr(args, "json", False):
        return True
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return True
    # The question goes to stdout with the estimate (input() would write it to stderr at a terminal).
    sys.stdout.write("Submit and pay? Type y and press Enter (anything else cancels): ")
    sys.stdout.flush()
    answer = sys.stdin.readline()  # "" at end of input: cancelled
    return answer.strip().lower() in ("y", "yes")


def fail(args: argparse.Namespace, message: str, code: int, *, command: str = "", **json_fields: object) -> int:
    """Report a failure on stderr (with ``--json`` also as ``{"error", "exit_code", **json_fields}`` on
    stdout); return ``code``."""
    if getattr(args, "json", False):
        emit_json({"error": message, "exit_code": code, **json_fields})
    err(message, command)
    return code
