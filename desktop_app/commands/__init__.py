"""CLI subcommands that live in their own modules; ``desktop_app.cli`` registers them.

Each module exposes ``COMMANDS``: a tuple of :class:`desktop_app.commands.base.Command` (name, help line,
``configure(parser)``, ``run(args) -> int``), and imports the core lazily inside ``run`` so
``desktop-app-cli --help`` stays fast. Exit codes, output and failure printing come from
:mod:`desktop_app.commands.base` (0 success, 1 problems found, 2 usage or I/O problems); a command never
imports ``desktop_app.cli`` (an import-linter contract in ``pyproject.toml``).
"""
