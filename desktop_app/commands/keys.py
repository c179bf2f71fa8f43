"""``desktop-app-cli keys list | set | test | delete``: the Settings dialog's API keys without a window.

The same calls (``services.keys``) and the same keychain (``core.secrets.KeyStore``) as the window. A key
is read from standard input or a hidden prompt — never from the command line (it would stay in the shell
history and the process list) — and it is never printed or logged: ``list`` shows it masked (``sk-…wxyz``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.commands.base import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Command
from desktop_app.commands.base import emit_json as _emit_json
from desktop_app.commands.base import fail as _fail
from desktop_app.commands.base import out as _out

if TYPE_CHECKING:
    from desktop_app.core.regions import Region

NO_KEY_NEEDED = "the sandbox needs no key: it answers on this computer"
NOT_SAVED = (
    "no system keychain is available on this computer, so the key could not be saved for later commands. "
    "On the command line, set DASHSCOPE_API_KEY instead."
)


def configure_keys(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``keys``."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every region and whether it has a key (masked)")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    save = actions.add_parser(
        "set", help="save a region's key in the system keychain: read from standard input or a hidden prompt"
    )
    save.add_argument("region", metavar="REGION", help="intl, cn or a custom endpoint id")
    test = actions.add_parser("test", help="check a region's saved key (else DASHSCOPE_API_KEY) with one cheap call")
    test.add_argument("region", metavar="REGION", help="intl, cn or a custom endpoint id")
    test.add_argument("--base-url", metavar="URL", help="the address to test against instead of the region's")
    delete = actions.add_parser("delete", help="forget a region's key")
    delete.add_argument("region", metavar="REGION", help="intl, cn or a custom endpoint id")
    for child in (save, test, delete):
        child.add_argument("--json", action="store_true", help="print one JSON object")


def _region(region_id: str) -> Region:
    from desktop_app.commands.jobs import CliError, _regions
    from desktop_app.services.regions import find_region

    known = _regions()
    region = find_region(known.values(), region_id)
    if region is None:
        raise CliError(f"unknown region {region_id!r}; use one of: {', '.join(known)}")
    return region


def _read_secret(region: Region) -> str:
    """The key from a hidden prompt on a terminal, else the first line of standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"API key for {region.name} (typing is not shown): ")
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.strip()


def run_keys(args: argparse.Namespace) -> int:
    """``keys``: list, save, test or forget API keys."""
    from desktop_app.commands.jobs import CliError
    from desktop_app.core.errors import AuthError, BatchDeskError
    from desktop_app.core.secrets import KeyStore, StoredWhere
    from desktop_app.services import keys

    store = KeyStore()
    try:
        if args.action == "list":
            return _list(store, args)
        region = _region(args.region)
        if args.action == "delete":
            keys.remove_key(store, region.id)
            if args.json:
                _emit_json({"region": region.id, "deleted": True})
            else:
                _out(f"Removed. {region.name} has no key now.")
            return EXIT_OK
        if args.action == "set":
            if not region.needs_key:
                return _fail(args, NO_KEY_NEEDED, EXIT_USAGE)
            try:
                where = keys.save_key(store, region.id, _read_secret(region))
            except ValueError as exc:  # nothing typed or piped in
                return _fail(args, str(exc), EXIT_USAGE)
            if where is StoredWhere.SESSION:
                keys.remove_key(store, region.id)
                return _fail(args, NOT_SAVED, EXIT_USAGE)
            if args.json:
                _emit_json({"region": region.id, "saved": where.value, "masked": keys.key_state(store, region).masked})
            else:
                _out(f"{where.description} ({region.name}: {keys.key_state(store, region).masked})")
                _out(f"  Check it with the server: desktop-app-cli keys test {region.id}")
            return EXIT_OK
        return _test(store, region, args)
    except CliError as exc:
        return _fail(args, exc.message, exc.code)
    except AuthError as exc:
        return _fail(args, exc.user_message, EXIT_PROBLEMS)
    except BatchDeskError as exc:
        return _fail(args, exc.user_message, EXIT_USAGE)


def _list(store: Any, args: argparse.Namespace) -> int:
    from desktop_app.commands.jobs import _regions
    from desktop_app.services import keys

    states = [(region, keys.key_state(store, region)) for region in _regions().values() if region.needs_key]
    status = store.backend_status()
    where = status.where if status.available else keys.SESSION_ONLY.english
    if args.json:
        _emit_json(
            {
                "keys": [
                    {"region": r.id, "name": r.name, "has_key": s.has_key, "masked": s.masked or None}
                    for r, s in states
                ],
                "stored_in": where,
            }
        )
        return EXIT_OK
    header = ("REGION", "NAME", "KEY")
    rows = [header, *((r.id, r.name, s.masked if s.has_key else "(none)") for r, s in states)]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        _out("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    _out(f"Keys are stored in: {where}.")
    return EXIT_OK


def _test(store: Any, region: Region, args: argparse.Namespace) -> int:
    import asyncio

    from desktop_app.commands.jobs import SANDBOX_HINT, CliError, _key_for
    from desktop_app.services import keys
    from desktop_app.services.regions import SandboxNotRunning, clean_base_url, service_address

    try:
        override = clean_base_url(args.base_url)
    except ValueError:
        raise CliError("--base-url must start with http:// or https://") from None
    try:
        address = service_address(region, sandbox_url=None, override=override)
    except SandboxNotRunning:
        raise CliError(SANDBOX_HINT) from None
    saved = region.needs_key and bool(store.get(region.id))
    key = _key_for(region)
    asyncio.run(keys.test_key(region, key, base_url=address))
    source = "the saved key" if saved or not region.needs_key else "DASHSCOPE_API_KEY"
    if args.json:
        _emit_json({"region": region.id, "works": True, "key": source})
    else:
        _out(f"✓ The key works in {region.name} ({source}).")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command(
        "keys",
        "list, save, test or forget the API key of each region (the Settings dialog's keys)",
        configure_keys,
        run_keys,
    ),
)
