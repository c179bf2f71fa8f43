"""``python -m desktop_app.sandbox``: run the sandbox in the foreground until Ctrl-C (or SIGTERM)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from desktop_app.sandbox.engine import SAMPLE_KEYS
from desktop_app.sandbox.server import CONTROL_TOKEN_HEADER, PREFIXES, SandboxServer


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app.sandbox",
        description="Local emulator of the Model Studio Batch File API (OpenAI-compatible).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    parser.add_argument("--speed", type=float, default=1.0, help="sandbox seconds per real second (default 1.0)")
    parser.add_argument(
        "--storage-dir", default=None, help="keep files, batches and the clock here, so jobs survive a restart"
    )
    return parser


def run(argv: list[str] | None = None) -> int:
    """Start the sandbox, print its URLs and keys, serve until interrupted; return an exit code."""
    args = _parser().parse_args(argv)
    if args.speed < 0:
        print("error: --speed must be >= 0", file=sys.stderr)
        return 2
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    server = SandboxServer(host=args.host, port=args.port, speed=args.speed, storage_dir=args.storage_dir)
    try:
        root = server.start()
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, _on_signal)
    try:
        print(f"Batch Desk sandbox listening on {root} (speed {args.speed:g}x)")
        for name in PREFIXES:
            print(f"  {name:<8} base URL {server.base_url(name)}   key {SAMPLE_KEYS[name]}")
        print(
            f"  control  {root}/_sandbox/health | /_sandbox/clock | /_sandbox/faults   "
            f"header {CONTROL_TOKEN_HEADER}: {server.control_token}"
        )
        print("Press Ctrl-C to stop.", flush=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.stop()
    print("Sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(run())
