"""``desktop-app-cli submit | jobs | download | cancel | rerun``: the jobs side of the app, without a window.

The same core as the window: :func:`desktop_app.core.workflow.submit_file` (the ledger records the
intent before any network call), :func:`desktop_app.core.jobs.sync_region` (list pages merged into the
ledger), :func:`desktop_app.core.workflow.download_results` (atomic, kept in the app's results folder,
usage and verdict recorded) and :mod:`desktop_app.core.export`.

Where: ``--region intl|cn`` (or a custom endpoint id from the settings), or ``--base-url URL`` for any
OpenAI-compatible endpoint (with ``--region`` too, the URL replaces that region's address). The
sandbox keeps its state only in its own process, so ``--region sandbox`` needs ``--base-url`` of a
running ``desktop-app-cli sandbox``. The key comes from the system keychain (saved by the app), else
from ``$DASHSCOPE_API_KEY``; it is never printed.

Exit codes: 0 success; 1 the file or the job has problems (validation errors; ``submit --wait``: the
job did not end with every request answered; ``download``: not finished yet; ``cancel``: cannot be
cancelled); 2 usage, key, file or network problems.

This module exposes :data:`COMMANDS` (one :class:`~desktop_app.commands.base.Command` per subcommand),
which ``desktop_app.cli`` registers; the core is imported lazily inside ``run``.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import time
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.commands.base import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Command, add_yes, agrees_to_pay
from desktop_app.commands.base import emit_json as _emit_json
from desktop_app.commands.base import err as _err
from desktop_app.commands.base import fail as _fail
from desktop_app.commands.base import out as _out

if TYPE_CHECKING:
    from desktop_app.core.answers.view import ResultsView
    from desktop_app.core.jobs import JobView
    from desktop_app.core.ledger import JobRecord, Ledger
    from desktop_app.core.regions import Region
    from desktop_app.core.service import BatchService

if TYPE_CHECKING:
    import asyncio
else:  # imported when a command runs: convert, validate and export never pay for it (issue 13)
    from desktop_app.core.lazy import lazy_module

    asyncio = lazy_module("asyncio")


SANDBOX_HINT = (
    "the sandbox keeps its jobs only inside its own process, so each command must talk to a running one: "
    "start `desktop-app-cli sandbox --port 8765` in another terminal, then add "
    "--base-url http://127.0.0.1:8765/v1 (keep --region sandbox)"
)


class CliError(Exception):
    """A problem that ends the command with ``code`` and a plain message."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        self.message = message
        self.code = code
        super().__init__(message)


# -- output -------------------------------------------------------------------------------------


def _iso(epoch: float | None) -> str | None:
    if not epoch:
        return None
    return datetime.fromtimestamp(epoch).astimezone().isoformat(timespec="seconds")


def _when(epoch: float | None) -> str:
    return datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M") if epoch else ""


# -- shared arguments ---------------------------------------------------------------------------


def _add_target(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--region",
        metavar="R",
        help="intl, cn, sandbox (needs --base-url) or a custom endpoint id from the app's settings"
        + ("" if required else " (default: every region with a key)"),
    )
    parser.add_argument("--base-url", metavar="URL", help="an OpenAI-compatible endpoint, e.g. http://host/v1")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def _regions() -> dict[str, Region]:
    from desktop_app.core.paths import app_paths
    from desktop_app.core.settings import Settings
    from desktop_app.services.regions import known_regions

    return {region.id: region for region in known_regions(Settings(app_paths().settings_file))}


def _settings_value(key: str) -> Any:
    from desktop_app.core.paths import app_paths
    from desktop_app.core.settings import Settings

    return Settings(app_paths().settings_file).get(key)


def _resolve(args: argparse.Namespace) -> tuple[Region, str | None]:
    """The region to talk to and the base URL that overrides its address (if any): the window's rules
    (``services.regions``), with the CLI's usage hints."""
    from desktop_app.services.regions import SandboxNotRunning, clean_base_url, find_region, region_at, service_address

    known = _regions()
    try:
        base_url = clean_base_url(args.base_url)
    except ValueError:
        raise CliError("--base-url must start with http:// or https://") from None
    if args.region:
        region = find_region(known.values(), args.region)
        if region is None:
            raise CliError(f"unknown region {args.region!r}; use one of: {', '.join(known)} (or --base-url URL)")
        try:
            service_address(region, sandbox_url=None, override=base_url)
        except SandboxNotRunning:
            raise CliError(SANDBOX_HINT) from None
        return region, base_url
    if base_url is None:
        raise CliError("say where: --region intl|cn (or a custom endpoint id) or --base-url URL")
    return region_at(known.values(), base_url), None


def _key_for(region: Region) -> str:
    """The keychain's key for ``region``, else ``$DASHSCOPE_API_KEY`` (``services.regions.read_key``)."""
    from desktop_app.core.secrets import KeyStore
    from desktop_app.services.regions import MissingKey, read_key

    try:
        return read_key(KeyStore(), region, from_env=True)
    except MissingKey as exc:
        # The window's words, plus what only the command line offers.
        raise CliError(f"{exc.user_message} {MISSING_KEY_CLI_HINT}") from None


MISSING_KEY_CLI_HINT = "On the command line, DASHSCOPE_API_KEY works too (each region has its own key)."


def _service(region: Region, base_url: str | None) -> BatchService:
    from desktop_app.core.service import BatchService

    return BatchService(
        region, _key_for(region), base_url=base_url, on_retry=_show_retry, on_wait=_show_wait, sleep=_countdown
    )


def _show_retry(notice: Any) -> None:
    """A retry is never silent: one line on stderr (stdout stays clean for --json)."""
    _err(f"  {notice.message}")


def _show_wait(notice: Any) -> None:
    """A server that does not answer is never silent either: a line on stderr every 10 s of waiting."""
    if not notice.finished:
        _err(f"  {notice.message}")


async def _countdown(seconds: float) -> None:
    """Sleep ``seconds``; on a terminal, count down the seconds left on one line."""
    if seconds < 2 or not sys.stderr.isatty():
        await asyncio.sleep(seconds)
        return
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        sys.stderr.write(f"\r  next try in {int(left + 0.999)} s ")
        sys.stderr.flush()
        await asyncio.sleep(min(1.0, left))
    sys.stderr.write("\r" + " " * 24 + "\r")
    sys.stderr.flush()


def _run_async(args: argparse.Namespace, coro_factory: Callable[[], Coroutine[Any, Any, int]]) -> int:
    from desktop_app.core.errors import BatchDeskError
    from desktop_app.core.startup import start_up
    from desktop_app.core.workflow import AlreadySubmitted

    try:
        start_up()  # a crash's leftover temp files go; tells other Batch Desk processes this one runs
        return asyncio.run(coro_factory())
    except CliError as exc:
        return _fail(args, exc.message, exc.code)
    except AlreadySubmitted as exc:
        if exc.earlier.is_unfinished_intent:  # unconfirmed: no hint towards a second bill
            return _fail(args, f"{exc.user_message} Nothing was sent.", EXIT_PROBLEMS)
        return _fail(args, f"{exc.user_message} Nothing was sent. Add --again to submit it anyway.", EXIT_PROBLEMS)
    except BatchDeskError as exc:  # a locked or damaged job list (LedgerError) too
        return _fail(args, exc.user_message, EXIT_USAGE)
    except OSError as exc:
        from desktop_app.core.fileutil import describe_os_error

        return _fail(args, describe_os_error(exc), EXIT_USAGE)
    except Exception:  # a bug or a server answer nobody foresaw: a plain line (JSON with --json), not a traceback
        logging.getLogger("desktop_app.cli").exception("%s stopped by an unexpected error", args.command)
        return _fail(args, UNEXPECTED_MESSAGE, EXIT_USAGE)


UNEXPECTED_MESSAGE = (
    "an unexpected problem stopped the command; nothing was sent twice. The details are in the log "
    "(desktop-app-cli diagnostics); try again, and report it if it repeats"
)


def _ledger() -> Ledger:
    from desktop_app.core.ledger import Ledger

    return Ledger()


def _results_dir() -> Path:
    from desktop_app.core.paths import app_paths

    return app_paths().ensure().results


# -- job facts ----------------------------------------------------------------------------------


def _job_json(job: JobRecord, view: JobView | None = None) -> dict[str, Any]:
    from desktop_app.core.jobs import JobView

    row = view or JobView.from_record(job)
    now = time.time()
    return {
        "job_id": job.id,
        "batch_id": job.batch_id,
        "region": job.region_id,
        "name": row.name,
        "status": job.status,
        "verdict": job.verdict,
        "extra_answers": job.result_unknown,
        "repeated_answers": job.result_duplicates,
        "request_counts": {"total": row.total, "completed": job.completed, "failed": job.failed},
        "created_at": _iso(row.created_at),
        "finished_at": _iso(job.finished_at),
        "expires_in_s": row.expires_in(now),
        "running_s": row.running_seconds(now),
        "model": job.model or None,
        "endpoint": job.endpoint or None,
        "input_file_id": job.input_file_id,
        "output_file_id": job.output_file_id,
        "error_file_id": job.error_file_id,
        "has_local_results": job.has_local_results,
        "output_path": job.output_path,
        "error_path": job.error_path,
        "usage": None
        if job.total_tokens is None
        else {
            "prompt_tokens": job.prompt_tokens,
            "completion_tokens": job.completion_tokens,
            "total_tokens": job.total_tokens,
            "reasoning_tokens": job.reasoning_tokens,
        },
        "cost": _cost_json(job),
        "parent_job_id": job.parent_job_id,
        "relation": job.relation,
        "last_error": job.last_error,
    }


def _cost_json(job: JobRecord) -> dict[str, Any]:
    """The job's actual cost at batch prices from its answers' usage (amount None: unknown, with why)."""
    from desktop_app.core.estimate import actual_cost

    cost = actual_cost(job)
    return {"amount": cost.amount, "currency": cost.currency, "unknown_because": cost.reason or None}


def _print_job(job: JobRecord) -> None:
    from desktop_app.core.answers.verdict import VERDICT_TEXT, Verdict, stray_answer_notes

    total = job.total or job.request_count or 0
    _out(f"{job.name or job.batch_id}  [{job.region_id}]  {job.batch_id or '(no batch id)'}")
    _out(f"  status: {job.status}   done: {job.completed + job.failed:,}/{total:,} (failed {job.failed:,})")
    if job.verdict:
        try:
            _out(f"  verdict: {VERDICT_TEXT[Verdict(job.verdict)].english}")
        except ValueError:
            _out(f"  verdict: {job.verdict}")
    for note in stray_answer_notes(job.result_unknown, job.result_duplicates):
        _out(f"  note: {note}")
    if job.total_tokens is not None:
        _out(
            f"  tokens (answered requests): prompt {job.prompt_tokens or 0:,}, completion "
            f"{job.completion_tokens or 0:,} (thinking included), total {job.total_tokens or 0:,}"
        )
        from desktop_app.core.estimate import actual_cost, format_cost

        cost = actual_cost(job)
        if cost.amount is None:
            _out(f"  cost at batch prices: unknown ({cost.reason})")
        else:
            amount = "free" if cost.currency is None else format_cost(cost.amount, cost.currency)
            _out(f"  cost at batch prices: {amount}")
    if job.last_error:
        _out(f"  note: {job.last_error}")


def _completion_window(text: str) -> str:
    """``--window`` as the service wants it (``48H`` → ``48h``), or a usage error naming the range."""
    from desktop_app.core.limits import canonical_completion_window

    try:
        return canonical_completion_window(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# -- submit -------------------------------------------------------------------------------------


def configure_submit(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``submit``."""
    parser.add_argument("file", type=Path, help="the input JSONL file")
    _add_target(parser, required=True)
    parser.add_argument("--name", help="task name (default: the file name), at most 100 characters")
    parser.add_argument("--description", default="", help="task description, at most 200 characters")
    parser.add_argument(
        "--window",
        default="24h",
        type=_completion_window,
        help="completion window, 24h..336h or 1d..14d (default 24h)",
    )
    parser.add_argument(
        "--again",
        action="store_true",
        help="submit even though this exact file was already submitted to the region (a second bill)",
    )
    parser.add_argument(
        "--max-cost",
        type=float,
        metavar="AMOUNT",
        help="refuse the submit when the upper cost estimate is above AMOUNT (in the region's currency) or "
        "cannot be estimated; default: the cap in the app's Settings",
    )
    add_yes(parser)
    _add_wait_options(parser)


def _add_wait_options(parser: argparse.ArgumentParser) -> None:
    """``--wait`` and what it does once the job ended (``submit``, ``rerun``)."""
    parser.add_argument("--wait", action="store_true", help="wait for the job to end, then download the answers")
    parser.add_argument("-o", "--output-dir", type=Path, help="with --wait: also copy the answers and a CSV here")
    parser.add_argument("--xlsx", action="store_true", help="with --wait and -o: also write results.xlsx")
    parser.add_argument(
        "--layout",
        choices=("columns", "sheet"),
        default="columns",
        help="results.csv with the technical columns (default), or the window's layout: the sheet's own "
        "columns (jobs made in the window), then the answers (split into output columns), then a status",
    )
    parser.add_argument(
        "--poll-every",
        type=float,
        default=10.0,
        metavar="S",
        help="with --wait: seconds between checks in the first minutes (then ≥ 60 s, backing off)",
    )
    parser.add_argument("--max-wait", type=float, metavar="S", help="with --wait: give up waiting after S seconds")


def run_submit(args: argparse.Namespace) -> int:
    """``submit``: validate, upload, create, record; optionally wait and download."""
    from desktop_app.core.validate import validate_batch_options, validate_jsonl

    try:
        region, base_url = _resolve(args)
    except CliError as exc:
        return _fail(args, exc.message, exc.code)
    path: Path = args.file
    name = args.name if args.name is not None else path.stem
    option_problems = validate_batch_options(name, args.description, args.window)
    if option_problems:
        return _fail(args, " ".join(p.message for p in option_problems), EXIT_USAGE)
    if args.poll_every <= 0:
        return _fail(args, "--poll-every must be more than 0", EXIT_USAGE)
    from desktop_app.core.regions import RegionKind

    try:
        report = validate_jsonl(path, region=region if region.kind is not RegionKind.CUSTOM else None)
    except OSError as exc:
        return _fail(args, f"cannot read {path}: {exc.strerror or exc}", EXIT_USAGE)
    parts = None
    if not report.ok:
        from desktop_app.core.builder.split import SplitError
        from desktop_app.services.split import split_plan

        try:
            parts = split_plan(path, report)  # over a per-file limit only: sent as parts, as the window does
        except (SplitError, OSError):
            parts = None
    if not report.ok and parts is None:
        if args.json:
            _emit_json({"error": "the file has problems; nothing was uploaded", "validation": report.to_json()})
        else:
            _out(f"{path}: NOT submitted — {report.error_count:,} error(s); fix them first:")
            for problem in report.problems[:50]:
                where = f"line {problem.line}" if problem.line is not None else "file"
                _out(f"  {where}: [{problem.code}] {problem.detail}")
        return EXIT_PROBLEMS

    try:
        check = _estimate_for_submit(path, region, args.max_cost)
    except CliError as exc:
        return _fail(args, exc.message, exc.code)
    if parts is not None and not args.json:
        _out(
            f"{path.name}: {report.requests:,} requests ({report.bytes / (1024 * 1024):.1f} MB), more than one batch "
            f"may hold: it is sent as {len(parts)} parts of at most {max(p.requests for p in parts):,} requests, "
            "one job group whose answers come back together."
        )
    if not args.json:
        for line in _estimate_lines(check.estimate):
            _out(f"  {line}")
        if check.confirm:
            from desktop_app.core.estimate import confirmation_text

            _out(f"  {confirmation_text(check)}")
    if check.confirm and not agrees_to_pay(args):
        from desktop_app.core.estimate import SubmitNotConfirmed

        return _fail(args, SubmitNotConfirmed().user_message, EXIT_PROBLEMS)

    async def main() -> int:
        from desktop_app.core import workflow

        source = await _sheet_of(path, args)
        service = _service(region, base_url)
        try:
            with _ledger() as ledger:
                if parts is not None:
                    return await _submit_parts(service, ledger, path, parts, report, name, args, source)
                job = await workflow.submit_file(
                    service,
                    ledger,
                    path,
                    name=name,
                    description=args.description,
                    completion_window=args.window,
                    endpoint=report.endpoint or "",
                    model=report.models[0] if report.models else "",
                    request_count=report.requests,
                    allow_duplicate=args.again,
                    source=source,
                )
                if job.batch_id is None:  # create_unknown: never resubmit blindly
                    return _fail(args, job.last_error or "it is not known whether the batch was created", 1)
                if not args.json:
                    _out(f"Submitted {path.name}: {report.requests:,} requests as {job.batch_id} ({region.name}).")
                if not args.wait:
                    if args.json:
                        _emit_json({"job": _job_json(job)})
                    return EXIT_OK
                return await _wait_and_download(service, ledger, job, args)
        finally:
            await service.aclose()

    return _run_async(args, main)


async def _wait_and_download(service: BatchService, ledger: Ledger, job: JobRecord, args: argparse.Namespace) -> int:
    """``--wait``: wait for ``job`` to end, download its answers (and with ``-o`` copy them out);
    ``--max-wait`` covers the wait and the download."""
    started = time.monotonic()
    ended = await _wait(service, ledger, job, args)
    if ended is None:
        return _fail(args, "stopped waiting (--max-wait); the job goes on — check it with `jobs`", 1)
    if args.max_wait is None:
        return await _finish_download(service, ledger, ended, args, strict=True)
    try:
        async with asyncio.timeout(max(0.0, args.max_wait - (time.monotonic() - started))):
            return await _finish_download(service, ledger, ended, args, strict=True)
    except TimeoutError:
        return _fail(args, MAX_WAIT_DOWNLOAD_MESSAGE, 1)


async def _submit_parts(
    service: BatchService,
    ledger: Ledger,
    path: Path,
    parts: Any,
    report: Any,
    name: str,
    args: argparse.Namespace,
    source: dict[str, Any] | None = None,
) -> int:
    """A file over the per-file limits: its parts as one job group (``services.split``, the window's
    call); with ``--wait`` every part is waited for and downloaded, and ``-o`` gets one merged CSV.
    ``source``: the sheet the whole file was built from (every part carries it)."""
    from desktop_app.core.paths import app_paths
    from desktop_app.services.split import parts_folder, submit_parts

    folder = parts_folder(app_paths().ensure().requests, path.stem)  # where the window keeps them
    jobs = await submit_parts(
        service,
        ledger,
        path,
        parts,
        folder,
        name=name,
        description=args.description,
        completion_window=args.window,
        endpoint=report.endpoint or "",
        model=report.models[0] if report.models else "",
        source=source,
        allow_duplicate=args.again,
    )
    unknown = [job for job in jobs if job.batch_id is None]
    if not args.json:
        for job in jobs:
            _out(f"Submitted {job.name}: {job.request_count or 0:,} requests as {job.batch_id or '(not known yet)'}.")
    if unknown:  # create_unknown: never resubmit blindly
        return _fail(args, unknown[0].last_error or "it is not known whether a part's batch was created", 1)
    if not args.wait:
        if args.json:
            _emit_json({"group_id": jobs[0].group_id, "jobs": [_job_json(job) for job in jobs]})
        return EXIT_OK
    from desktop_app.core import workflow
    from desktop_app.core.answers.verdict import Verdict

    started = time.monotonic()
    done: list[JobRecord] = []
    for job in jobs:
        if args.max_wait is not None:
            args.max_wait = max(0.0, args.max_wait - (time.monotonic() - started))
            started = time.monotonic()
        ended = await _wait(service, ledger, job, args)
        if ended is None:
            return _fail(args, "stopped waiting (--max-wait); the parts go on — check them with `jobs`", 1)
        done.append(
            await workflow.download_results(
                service,
                ledger,
                ended,
                _results_dir(),
                delete_remote=bool(_settings_value("delete_remote_after_download")),
            )
        )
    copied: dict[str, str] = {}
    group_id = str(done[0].group_id)
    if args.output_dir is not None:
        copied = await asyncio.to_thread(
            _copy_out_group, ledger, group_id, args.output_dir, args.layout, getattr(args, "xlsx", False)
        )
    if args.json:
        _emit_json({"group_id": group_id, "jobs": [_job_json(job) for job in done], "files": copied})
    else:
        for job in done:
            _print_job(job)
        for kind, where in copied.items():
            _out(f"  {kind} (every part, in the file's order): {where}")
    return EXIT_OK if all(job.verdict == Verdict.COMPLETE.value for job in done) else EXIT_PROBLEMS


def _copy_out_group(ledger: Ledger, group_id: str, folder: Path, layout: str, xlsx: bool = False) -> dict[str, str]:
    """``results.csv`` (and ``results.xlsx``) over every part of a split submit, in the input's order
    (the window's merged view)."""
    from desktop_app.core.answers.lineage import open_group_results
    from desktop_app.core.startup import sweep_destination

    folder.mkdir(parents=True, exist_ok=True)
    for name in ("results.csv", "results.xlsx"):
        sweep_destination(folder / name)  # the temp file of a write a crash interrupted
    with open_group_results(ledger, group_id) as view:
        embeddings = len(view) > 0 and view.row(0).embedding_dim is not None
        return _write_results(view, folder, xlsx=xlsx, layout=layout, model="", embeddings=embeddings)


async def _sheet_of(path: Path, args: argparse.Namespace) -> dict[str, Any] | None:
    """The sheet ``convert`` built ``path`` from (the job then shows the user's columns, as the window's
    does), its rows copied into the app's folder; None (with a note) when the file changed since."""
    from desktop_app.core.fileutil import describe_os_error
    from desktop_app.core.paths import app_paths
    from desktop_app.services.sheet import sheet_for_submit

    try:
        found = await sheet_for_submit(path, app_paths().ensure().requests)
    except OSError as exc:
        if not args.json:
            _out(f"  note: the sheet's rows could not be kept ({describe_os_error(exc)}); the answers are exported "
                 "with the prompts only")  # fmt: skip
        return None
    if found.stale and not args.json:
        _out(f"  note: {path.name} changed since `convert` wrote it, so the job does not carry the sheet's columns; "
             "the answers are exported with the prompts")  # fmt: skip
    return found.source


MAX_WAIT_DOWNLOAD_MESSAGE = (
    "stopped waiting (--max-wait) while the answers were downloading; the job is finished and nothing "
    "was lost — get the answers with `download`"
)
UNKNOWN_STATUS_POLLS = 3  # polls in a row with a status the API does not document before --wait gives up


async def _wait(service: BatchService, ledger: Ledger, job: JobRecord, args: argparse.Namespace) -> JobRecord | None:
    """Poll with the app's schedule (fast at first, then ≥ 60 s backing off) until the job ends.

    A status the API does not document, seen :data:`UNKNOWN_STATUS_POLLS` times in a row, ends the wait
    with a plain message (it could otherwise go on forever).
    """
    from desktop_app.core import workflow
    from desktop_app.core.batch import JobStatus
    from desktop_app.core.refresh import RefreshSchedule

    unknown = 0
    schedule = RefreshSchedule(clock=time.monotonic, fast_s=args.poll_every)
    schedule.kick()
    started = time.monotonic()
    shown = ""
    while not job.is_terminal:
        delay = schedule.next_delay(changed=False, active_jobs=1) or schedule.fast_s
        if args.max_wait is not None:
            left = args.max_wait - (time.monotonic() - started)
            if left <= 0:
                return None
            delay = min(delay, left)
        await asyncio.sleep(delay)
        previous = (job.status, job.completed, job.failed)
        job = await workflow.refresh_job(service, ledger, job)
        if (job.status, job.completed, job.failed) != previous:
            schedule.reset_backoff()
        unknown = unknown + 1 if JobStatus.parse(job.status) is None else 0
        if unknown >= UNKNOWN_STATUS_POLLS:
            raise CliError(
                f"the service reports the status {job.status[:40]!r}, which Batch Desk does not know; stopped "
                "waiting. The job is kept — check it later with `jobs`",
                EXIT_PROBLEMS,
            )
        line = f"  {job.status}: {job.completed + job.failed:,}/{job.total or job.request_count or 0:,}"
        if line != shown and not args.json:
            _out(line)
            shown = line
    return job


async def _finish_download(
    service: BatchService, ledger: Ledger, job: JobRecord, args: argparse.Namespace, *, strict: bool
) -> int:
    from desktop_app.core import workflow
    from desktop_app.core.answers.verdict import Verdict

    job = await workflow.download_results(
        service,
        ledger,
        job,
        _results_dir(),
        delete_remote=bool(_settings_value("delete_remote_after_download")),
    )
    copied: dict[str, str] = {}
    if getattr(args, "output_dir", None) is not None:
        copied = await asyncio.to_thread(
            _copy_out, ledger, job, args.output_dir, getattr(args, "xlsx", False), getattr(args, "layout", "columns")
        )
    if args.json:
        _emit_json({"job": _job_json(job), "files": copied})
    else:
        _print_job(job)
        if job.output_path or job.error_path:
            _out(f"  answers kept in: {Path(job.output_path or job.error_path or '').parent}")
        for kind, where in copied.items():
            _out(f"  {kind}: {where}")
    if strict and job.verdict != Verdict.COMPLETE.value:
        return EXIT_PROBLEMS
    return EXIT_OK


def _copy_out(ledger: Ledger, job: JobRecord, folder: Path, xlsx: bool, layout: str = "columns") -> dict[str, str]:
    """Copy the raw answer files to ``folder`` and write ``results.csv`` (and ``results.xlsx``), with the
    technical columns or (``layout="sheet"``) the window's layout."""
    from desktop_app.core.answers.lineage import open_results
    from desktop_app.core.fileutil import atomic_write
    from desktop_app.core.startup import sweep_destination

    folder.mkdir(parents=True, exist_ok=True)
    for name in [Path(p).name for p in (job.output_path, job.error_path) if p] + ["results.csv", "results.xlsx"]:
        sweep_destination(folder / name)  # the temp file of a copy a crash interrupted
    written: dict[str, str] = {}
    for kind, source in (("output", job.output_path), ("errors", job.error_path)):
        if source and Path(source).is_file():
            dest = folder / Path(source).name
            with open(source, "rb") as src, atomic_write(dest) as out:
                shutil.copyfileobj(src, out, 1 << 20)
            written[kind] = str(dest)
    with open_results(ledger, job) as view:
        embeddings = "embedding" in (job.endpoint or "") if layout == "sheet" else None
        written.update(_write_results(view, folder, xlsx=xlsx, layout=layout, model=job.model, embeddings=embeddings))
    return written


def _write_results(
    view: ResultsView, folder: Path, *, xlsx: bool, layout: str, model: str, embeddings: bool | None
) -> dict[str, str]:
    """``results.csv`` (and ``results.xlsx``) of ``view`` in ``folder``: the technical columns, or
    (``layout="sheet"``) the window's layout; ``embeddings`` None = judged from the first row."""
    from desktop_app.core.export import DEFAULT_COLUMNS, EMBEDDING_COLUMNS, export_csv, export_xlsx

    written: dict[str, str] = {}
    if embeddings is None:
        embeddings = len(view) > 0 and view.row(0).embedding_dim is not None
    if layout == "sheet":
        from desktop_app.core.sheet import Variant, export_sheet

        variant = Variant(model, view, embeddings=embeddings)
        for kind in ("csv", "xlsx") if xlsx else ("csv",):
            path = folder / f"results.{kind}"
            report = export_sheet([variant], path, kind)
            written[kind] = str(path)
            if report.vectors_path is not None:
                written["vectors"] = str(report.vectors_path)
        return written
    columns = EMBEDDING_COLUMNS if embeddings else DEFAULT_COLUMNS
    csv_path = folder / "results.csv"
    export_csv(view, csv_path, columns)
    written["csv"] = str(csv_path)
    if xlsx:
        xlsx_path = folder / "results.xlsx"
        export_xlsx(view, xlsx_path, columns)
        written["xlsx"] = str(xlsx_path)
    return written


# -- jobs ---------------------------------------------------------------------------------------


def configure_jobs(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``jobs``."""
    _add_target(parser, required=False)
    parser.add_argument("--status", help="comma-separated statuses, e.g. in_progress,completed")
    parser.add_argument("--name", help="only jobs whose name contains this text")
    parser.add_argument("--limit", type=int, default=100, help="jobs to fetch per region from the server (1-100)")
    parser.add_argument("--offline", action="store_true", help="show the local job list without asking the servers")
    parser.add_argument(
        "--since", metavar="DATE", help="only jobs created on or after this local date (2026-12-06), as the window"
    )
    parser.add_argument("--until", metavar="DATE", help="only jobs created on or before this local date (inclusive)")


def run_jobs(args: argparse.Namespace) -> int:
    """``jobs``: the servers' newest jobs merged with the local ledger."""
    from desktop_app.core.jobs import JobFilter

    statuses = frozenset(s.strip() for s in (args.status or "").split(",") if s.strip())
    targets: list[tuple[Region, str | None]] = []
    explicit = bool(args.region or args.base_url)
    try:
        if explicit:
            targets.append(_resolve(args))
        elif not args.offline:
            targets = _regions_with_keys()
    except CliError as exc:
        return _fail(args, exc.message, exc.code)
    from desktop_app.services.job_filters import check_range, created_between, parse_day

    try:
        since = parse_day(args.since, "--since") if args.since else None
        until = parse_day(args.until, "--until") if args.until else None
        check_range(since, until)
    except ValueError as exc:
        return _fail(args, str(exc), EXIT_USAGE)
    after, before = created_between(since, until)  # the window's "between" dates: whole local days
    job_filter = JobFilter(statuses=statuses, name=args.name or "", created_after=after, created_before=before)
    if not 1 <= args.limit <= 100:
        return _fail(args, "--limit must be between 1 and 100", EXIT_USAGE)

    async def main() -> int:
        from desktop_app.core import workflow
        from desktop_app.core.errors import BatchDeskError
        from desktop_app.core.jobs import merge_views, sync_region

        problems: list[str] = []
        with _ledger() as ledger:
            if not args.offline:
                for region, base_url in targets:
                    try:
                        service = _service(region, base_url)
                    except CliError as exc:
                        if explicit:
                            raise
                        problems.append(exc.message)
                        continue
                    try:
                        await sync_region(service, ledger, job_filter, limit=args.limit)
                        # Submits a crash left without a batch id: look them up (never creates anything).
                        await workflow.reconcile_unfinished(service, ledger)
                    except BatchDeskError as exc:
                        if explicit:
                            raise
                        problems.append(exc.user_message)
                    finally:
                        await service.aclose()
            shown = JobFilter(
                statuses=statuses,
                name=args.name or "",
                created_after=after,
                created_before=before,
                region_ids=frozenset(r.id for r, _ in targets) if explicit else frozenset(),
            )
            jobs = await asyncio.to_thread(ledger.jobs)
        labels = {r.id: r.label for r in _regions().values()}
        views = merge_views(jobs, labels, shown)
        by_id = {job.id: job for job in jobs}
        for problem in problems:
            _err(problem)
        if args.json:
            _emit_json({"jobs": [_job_json(by_id[v.key], v) for v in views], "problems": problems})
            return EXIT_OK
        _print_table(views)
        return EXIT_OK

    return _run_async(args, main)


def _regions_with_keys() -> list[tuple[Region, str | None]]:
    from desktop_app.core.secrets import KeyStore
    from desktop_app.services.regions import regions_with_keys

    return [(region, None) for region in regions_with_keys(_regions().values(), KeyStore())]


def _print_table(views: Sequence[JobView]) -> None:
    if not views:
        _out("No jobs.")
        return
    now = time.time()
    header = ("NAME", "REGION", "STATUS", "DONE", "CREATED", "EXPIRES IN", "BATCH ID")
    rows = []
    from desktop_app.core.jobs import format_duration

    for v in views:
        status = v.status + (f" ({v.verdict})" if v.verdict and v.verdict != "complete" else "")
        rows.append(
            (
                v.name[:40],
                v.region_label,
                status,
                f"{v.done:,}/{v.total:,}",
                _when(v.created_at),
                format_duration(v.expires_in(now)),
                v.batch_id or "-",
            )
        )
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        _out("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(r)).rstrip())


# -- download -----------------------------------------------------------------------------------


def configure_download(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``download``."""
    parser.add_argument("batch_id", help="the batch id (batch_...)")
    _add_target(parser, required=True)
    parser.add_argument("-o", "--output-dir", type=Path, required=True, help="folder for the answers and a CSV")
    parser.add_argument("--xlsx", action="store_true", help="also write results.xlsx")
    parser.add_argument(
        "--group",
        action="store_true",
        help="the batch is one part of a split file: download every part and write one results file over all "
        "of them, in the file's order",
    )
    parser.add_argument(
        "--layout",
        choices=("columns", "sheet"),
        default="columns",
        help="results.csv with the technical columns (default), or the window's layout: the sheet's own "
        "columns (jobs made in the window), then the answers (split into output columns), then a status",
    )


def run_download(args: argparse.Namespace) -> int:
    """``download``: fetch a finished job's answers (kept in the app) and copy them with a CSV to DIR."""
    try:
        region, base_url = _resolve(args)
    except CliError as exc:
        return _fail(args, exc.message, exc.code)

    async def main() -> int:
        from desktop_app.core import workflow
        from desktop_app.core.ledger import JobRelation
        from desktop_app.services.job_actions import can_download

        service = _service(region, base_url)
        try:
            with _ledger() as ledger:
                job = await _known_job(service, ledger, args.batch_id)
                if args.group:
                    return await _download_group(service, ledger, job, args)
                job = await workflow.refresh_job(service, ledger, job)
                allowed = can_download(job)
                if allowed.reason == "not_finished":
                    return _fail(
                        args,
                        f"{allowed.message} ({job.completed + job.failed:,}/{job.total:,} done; try again later)",
                        EXIT_PROBLEMS,
                    )
                if not allowed and allowed.reason != "already_downloaded":  # downloaded: copy them out again
                    return _fail(args, allowed.message, EXIT_PROBLEMS)
                code = await _finish_download(service, ledger, job, args, strict=False)
                if job.group_id and job.relation == JobRelation.PART and not args.json:
                    parts = len(await asyncio.to_thread(ledger.group, job.group_id))
                    _out(
                        f"  this is part {(job.part_index or 0) + 1} of {parts} of a split file: "
                        f"`download --group {job.batch_id}` writes one results file over every part"
                    )
                return code
        finally:
            await service.aclose()

    return _run_async(args, main)


async def _download_group(service: BatchService, ledger: Ledger, job: JobRecord, args: argparse.Namespace) -> int:
    """``download --group``: every finished part of ``job``'s split file downloaded, then one
    ``results.csv`` (``.xlsx``) over all parts in the file's order; the parts still running are named."""
    from desktop_app.core import workflow
    from desktop_app.core.answers.verdict import Verdict
    from desktop_app.core.ledger import JobRelation
    from desktop_app.services.job_actions import can_download

    if not job.group_id or job.relation != JobRelation.PART.value:
        return _fail(args, f"{args.batch_id} is not a part of a split file; download it without --group", EXIT_USAGE)
    parts = await asyncio.to_thread(ledger.group, job.group_id)
    done: list[JobRecord] = []
    waiting: list[str] = []
    for number, part in enumerate(parts, 1):
        if part.batch_id is not None:
            part = await workflow.refresh_job(service, ledger, part)
        allowed = can_download(part)
        if allowed.reason in ("not_finished", "never_created_download"):
            waiting.append(f"part {number}: {part.status or 'unknown'}")
            continue
        if allowed:
            part = await workflow.download_results(
                service,
                ledger,
                part,
                _results_dir(),
                delete_remote=bool(_settings_value("delete_remote_after_download")),
            )
        elif allowed.reason != "already_downloaded":
            return _fail(args, f"part {number} of {len(parts)}: {allowed.message}", EXIT_PROBLEMS)
        done.append(part)
    if waiting:
        return _fail(
            args,
            f"{len(waiting)} of {len(parts)} parts are not finished ({'; '.join(waiting[:5])}"
            f"{'; …' if len(waiting) > 5 else ''}); the finished ones are downloaded — try again later",
            EXIT_PROBLEMS,
        )
    copied = await asyncio.to_thread(
        _copy_out_group, ledger, str(job.group_id), args.output_dir, args.layout, bool(args.xlsx)
    )
    if args.json:
        _emit_json({"group_id": job.group_id, "jobs": [_job_json(part) for part in done], "files": copied})
    else:
        for part in done:
            _print_job(part)
        for kind, where in copied.items():
            _out(f"  {kind} (every part, in the file's order): {where}")
    return EXIT_OK if all(part.verdict == Verdict.COMPLETE.value for part in done) else EXIT_PROBLEMS


async def _known_job(service: BatchService, ledger: Ledger, batch_id: str) -> JobRecord:
    """The ledger's job for ``batch_id``, imported from the server when it was made elsewhere."""
    found = await asyncio.to_thread(ledger.find_batch, service.region.id, batch_id)
    if found is not None:
        return found
    batch = await service.retrieve(batch_id)
    return await asyncio.to_thread(ledger.update_from_batch, service.region.id, batch)


# -- cancel -------------------------------------------------------------------------------------


def configure_cancel(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cancel``."""
    parser.add_argument("batch_id", help="the batch id (batch_...)")
    _add_target(parser, required=True)


def run_cancel(args: argparse.Namespace) -> int:
    """``cancel``: ask the server to stop a job (requests already finished are still billed)."""
    try:
        region, base_url = _resolve(args)
    except CliError as exc:
        return _fail(args, exc.message, exc.code)

    async def main() -> int:
        from desktop_app.core import workflow
        from desktop_app.core.errors import BadRequest
        from desktop_app.services.job_actions import can_cancel

        service = _service(region, base_url)
        try:
            with _ledger() as ledger:
                job = await _known_job(service, ledger, args.batch_id)
                job = await workflow.refresh_job(service, ledger, job)
                allowed = can_cancel(job)
                if not allowed:
                    return _fail(args, allowed.message, EXIT_PROBLEMS)
                try:
                    batch = await service.cancel(args.batch_id)
                except BadRequest as exc:
                    return _fail(args, exc.user_message, EXIT_PROBLEMS)
                job = await asyncio.to_thread(ledger.update_from_batch, region.id, batch)
        finally:
            await service.aclose()
        if args.json:
            _emit_json({"job": _job_json(job)})
        else:
            _out(f"Cancelling {args.batch_id} (status: {job.status}).")
            _out(
                "  Requests that already finished keep their answers and ARE billed; the rest will not run. "
                "Download the partial answers with `download` once it shows cancelled."
            )
        return EXIT_OK

    return _run_async(args, main)


# -- rerun --------------------------------------------------------------------------------------


def configure_rerun(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``rerun``."""
    parser.add_argument("batch_id", help="the batch id (batch_...) of a downloaded job with failed or missing answers")
    _add_target(parser, required=True)
    parser.add_argument(
        "--max-cost",
        type=float,
        metavar="AMOUNT",
        help="refuse the re-run when its upper cost estimate is above AMOUNT (in the region's currency) or "
        "cannot be estimated; default: the cap in the app's Settings",
    )
    add_yes(parser)
    _add_wait_options(parser)


def run_rerun(args: argparse.Namespace) -> int:
    """``rerun``: the window's Re-run button — submit the failed and missing requests of a job again as a
    linked job whose answers merge into the same results (``services.rerun``)."""
    try:
        region, base_url = _resolve(args)
        cap = _cap(args.max_cost)
    except CliError as exc:
        return _fail(args, exc.message, exc.code)

    def show(check: Any) -> None:
        if not args.json:
            _out("Re-run of the failed and missing requests:")
            for line in _estimate_lines(check.estimate):
                _out(f"  {line}")
            if check.confirm:
                from desktop_app.core.estimate import confirmation_text

                _out(f"  {confirmation_text(check)}")

    async def agreed(_check: Any) -> bool:
        return agrees_to_pay(args)  # asked at a terminal, as for `submit` (the estimate is printed first)

    async def main() -> int:
        from desktop_app.core.answers.lineage import ResultsUnavailable
        from desktop_app.core.answers.rerun import NothingToRerun
        from desktop_app.core.estimate import CostCapExceeded, SubmitNotConfirmed
        from desktop_app.services import rerun as rerun_service
        from desktop_app.services.billing import billing_gate

        service = _service(region, base_url)
        try:
            with _ledger() as ledger:
                job = await _known_job(service, ledger, args.batch_id)
                decision = await rerun_service.rerun_decision(ledger, job)
                if not decision:  # the window's refusal, in the same words
                    return _fail(args, decision.message, EXIT_PROBLEMS)
                gate = billing_gate(region, cap, agreed, on_check=show)
                try:
                    child = await rerun_service.rerun(service, ledger, job, _results_dir(), before_submit=gate)
                except CostCapExceeded as exc:
                    return _fail(args, exc.user_message + " Nothing was sent.", EXIT_PROBLEMS)
                except SubmitNotConfirmed as exc:
                    return _fail(args, exc.user_message, EXIT_PROBLEMS)
                except (NothingToRerun, ResultsUnavailable) as exc:
                    return _fail(args, exc.user_message, EXIT_PROBLEMS)
                if child.batch_id is None:  # create_unknown: never resubmit blindly
                    return _fail(
                        args, child.last_error or "it is not known whether the batch was created", EXIT_PROBLEMS
                    )
                if args.wait:  # the answers merge into the original job's: -o gets the merged results
                    if not args.json:
                        _out(f"Re-run submitted: {child.request_count or 0:,} request(s) as {child.batch_id}.")
                    return await _wait_and_download(service, ledger, child, args)
        finally:
            await service.aclose()
        if args.json:
            _emit_json({"job": _job_json(child), "parent_batch_id": job.batch_id})
        else:
            _out(
                f"Re-run submitted: {child.request_count or 0:,} request(s) as {child.batch_id} ({child.name}). Its "
                "answers merge into the results of the original job; get them with `download` once it has finished."
            )
        return EXIT_OK

    return _run_async(args, main)


# -- estimate -----------------------------------------------------------------------------------


def _cap(value: float | None) -> float | None:
    """The cap to apply: ``--max-cost`` when given, else the app's Settings (0: none)."""
    if value is not None:
        if value < 0:
            raise CliError("--max-cost must be 0 or more")
        return value or None
    from desktop_app.core.paths import app_paths
    from desktop_app.core.settings import Settings

    saved = float(Settings(app_paths().settings_file).get("max_cost_per_job"))
    return saved if saved > 0 else None


def _estimate_for_submit(path: Path, region: Region, max_cost: float | None) -> Any:
    """The one core rule (estimate + cap) before a submit; a refusal becomes CliError(1)."""
    from desktop_app.core.estimate import CostCapExceeded, prepare_submit

    cap = _cap(max_cost)
    try:
        return prepare_submit(path, region, cap)
    except CostCapExceeded as exc:
        raise CliError(exc.user_message + " Nothing was sent.", EXIT_PROBLEMS) from exc
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _estimate_lines(est: Any) -> list[str]:
    from desktop_app.core.estimate import summary_lines

    return summary_lines(est)


def configure_estimate(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``estimate``."""
    parser.add_argument("file", type=Path, help="the input JSONL file")
    parser.add_argument("--region", default="intl", metavar="R", help="intl (default), cn, sandbox or a custom id")
    parser.add_argument(
        "--output-tokens",
        type=int,
        metavar="N",
        help="expected answer length per request for the low end (default: 100, stated)",
    )
    parser.add_argument("--json", action="store_true", help="print the estimate as one JSON object")


def run_estimate(args: argparse.Namespace) -> int:
    """``estimate``: exact input tokens, output range and batch cost of a JSONL file (offline)."""
    from desktop_app.core.estimate import estimate_file

    region = _regions().get(args.region)
    if region is None:
        return _fail(args, f"unknown region {args.region!r}; use one of: {', '.join(_regions())}", EXIT_USAGE)
    if args.output_tokens is not None and args.output_tokens < 0:
        return _fail(args, "--output-tokens must be 0 or more", EXIT_USAGE)
    try:
        est = estimate_file(args.file, region, output_low_per_request=args.output_tokens)
    except OSError as exc:
        return _fail(args, f"cannot read {args.file}: {exc.strerror or exc}", EXIT_USAGE)
    if args.json:
        _emit_json(est.to_json())
    else:
        _out(str(args.file))
        for line in _estimate_lines(est):
            _out(f"  {line}")
    return EXIT_OK


# -- registry -----------------------------------------------------------------------------------

COMMANDS: tuple[Command, ...] = (
    Command(
        "submit", "validate, upload and start a batch (optionally wait and download)", configure_submit, run_submit
    ),
    Command(
        "estimate",
        "count a JSONL file's tokens and estimate its batch cost (offline)",
        configure_estimate,
        run_estimate,
    ),
    Command("jobs", "list jobs: the servers' newest merged with the local job list", configure_jobs, run_jobs),
    Command(
        "download", "download a finished job's answers (and a CSV) into a folder", configure_download, run_download
    ),
    Command("cancel", "cancel a running job (finished requests are still billed)", configure_cancel, run_cancel),
    Command(
        "rerun",
        "submit the failed and missing requests of a downloaded job again (answers merge into its results)",
        configure_rerun,
        run_rerun,
    ),
)
