"""``desktop-app-cli files list | delete | quota``: the window's Files dialog without a window.

The same calls (``services.remote_files``): a page of the account's files with the job each belongs to,
deleting files (jobs that used them are marked in the ledger, so nothing offers a download that would
fail) and how close the account is to its limits (10,000 files / 100 GB).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from desktop_app.commands.base import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Command
from desktop_app.commands.base import emit_json as _emit_json
from desktop_app.commands.base import fail as _fail
from desktop_app.commands.base import out as _out

FILES_MAX_PAGES = 50  # `files list --all` stops after this many pages (and says so)


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} B"


def _add_where(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--region / --base-url / --json before or after the action (``files --region cn list`` and
    ``files list --region cn`` both work)."""
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--region",
        metavar="R",
        default=default,
        help="intl, cn, sandbox (needs --base-url) or a custom endpoint id (default: the one region with a key)",
    )
    parser.add_argument("--base-url", metavar="URL", default=default, help="an OpenAI-compatible endpoint")
    parser.add_argument(
        "--json", action="store_true", default=False if top else argparse.SUPPRESS, help="print one JSON object"
    )


def configure_files(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``files``."""
    _add_where(parser, top=True)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the files stored in the account, newest first, and the job of each")
    listing.add_argument("--all", action="store_true", help="every page, not only the newest 100 files")
    _add_where(listing, top=False)
    delete = actions.add_parser("delete", help="delete files from the account (cannot be undone)")
    delete.add_argument("file_ids", nargs="+", metavar="FILE_ID", help="ids from `files list` (file-...)")
    delete.add_argument("--yes", action="store_true", help="really delete (required: it cannot be undone)")
    _add_where(delete, top=False)
    quota = actions.add_parser("quota", help="how close the account is to 10,000 files / 100 GB")
    _add_where(quota, top=False)


def _target(args: argparse.Namespace) -> Any:
    from desktop_app.commands.jobs import CliError, _regions_with_keys, _resolve

    if args.region or args.base_url:
        return _resolve(args)
    keyed = _regions_with_keys()
    if len(keyed) == 1:
        return keyed[0]
    raise CliError("say which region's files: --region intl|cn (or a custom endpoint id) or --base-url URL")


def run_files(args: argparse.Namespace) -> int:
    """``files``: list, delete or count a region's stored files."""
    from desktop_app.commands.jobs import CliError, _ledger, _run_async, _service

    try:
        region, base_url = _target(args)
    except CliError as exc:
        return _fail(args, exc.message, exc.code)
    if args.action == "delete" and not args.yes:
        return _fail(
            args,
            "deleting files from the server cannot be undone: add --yes to delete them. Answers already "
            "downloaded stay on this computer, but a job whose files are gone cannot be downloaded again.",
            EXIT_USAGE,
        )

    async def main() -> int:
        import asyncio

        from desktop_app.services import remote_files

        service = _service(region, base_url)
        try:
            with _ledger() as ledger:
                jobs = await ledger.call(ledger.jobs)
                used = await asyncio.to_thread(remote_files.files_used_by, jobs, region.id)
                if args.action == "list":
                    return await _list(service, used, args)
                if args.action == "quota":
                    usage = await remote_files.usage(service)
                    if args.json:
                        _emit_json(
                            {
                                "region": region.id,
                                "files": usage.files,
                                "bytes": usage.bytes,
                                "max_files": usage.max_files,
                                "max_bytes": usage.max_bytes,
                                "fraction": round(usage.fraction, 4),
                                "near_limit": usage.near_limit,
                                "complete": usage.complete,
                            }
                        )
                    else:
                        _out(f"{region.name}: {usage.message}")
                    return EXIT_OK
                report = await remote_files.delete_files(service, args.file_ids, ledger)
        finally:
            await service.aclose()
        if args.json:
            _emit_json({"deleted": list(report.deleted), "failed": report.failed})
        else:
            for file_id in report.deleted:
                who = used.get(file_id)
                _out(f"deleted {file_id}" + (f"  ({who.role} of “{who.job_name}”)" if who else ""))
            for file_id, reason in report.failed.items():
                _out(f"NOT deleted {file_id}: {reason}")
            _out(f"Deleted {len(report.deleted):,} file(s) from the server.")
        return EXIT_PROBLEMS if report.failed else EXIT_OK

    return _run_async(args, main)


async def _list(service: Any, used: dict[str, Any], args: argparse.Namespace) -> int:
    from desktop_app.services import remote_files

    files: list[Any] = []
    after: str | None = None
    has_more = False
    for _ in range(FILES_MAX_PAGES if args.all else 1):
        page = await remote_files.files_page(service, after)
        files += page.files
        after, has_more = page.last_id, page.has_more
        if not has_more:
            break
    if args.json:
        _emit_json(
            {
                "files": [
                    {
                        "id": f.id,
                        "filename": f.filename,
                        "purpose": f.purpose,
                        "bytes": f.bytes,
                        "created_at": f.created_at,
                        "used_by": None
                        if f.id not in used
                        else {"role": used[f.id].role, "job": used[f.id].job_name, "job_id": used[f.id].job_id},
                    }
                    for f in files
                ],
                "has_more": has_more,
            }
        )
        return EXIT_OK
    if not files:
        _out("No files stored.")
        return EXIT_OK
    header = ("FILE ID", "NAME", "PURPOSE", "SIZE", "UPLOADED", "USED BY")
    rows = [
        (
            f.id,
            (f.filename or "")[:40],
            f.purpose or "",
            _size(f.bytes),
            datetime.fromtimestamp(f.created_at).strftime("%Y-%m-%d %H:%M") if f.created_at else "",
            f"{used[f.id].role} of “{used[f.id].job_name[:40]}”" if f.id in used else "",
        )
        for f in files
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        _out("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    if has_more:
        _out("... more files on the server: add --all to list every page.")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command(
        "files",
        "list, delete and count the files stored in a region's account (the window's Files dialog)",
        configure_files,
        run_files,
    ),
)
